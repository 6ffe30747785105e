// offscreen_first_frame.h — the first frame drawn into a texture and shown once the GPU has
// rendered it, so that the start-up has no long wait for the GPU on the page's main thread.
//
// Why: a WebGL canvas's draw calls are rendered when the browser composites the canvas. A
// browser that composites in software (no usable GPU; SwiftShader) reads the canvas back to do
// so, and the page's main thread waits in that read-back until the GPU has rendered the frame.
// For the first frame that includes building the GPU's pipeline: 140–280 ms in one task on this
// project's test machines, the longest task of the start-up (docs/lighthouse.md). Drawn into a
// texture with a fence behind it, the frame is rendered while the main thread is free; once the
// fence has passed, one copy puts it on the canvas, and the read-back waits for that copy only.
// The cost, where the browser composites on the GPU and had no such wait: the same first frame an
// animation frame or two later, and a texture the canvas's size for that long.
#pragma once

struct ImDrawData;
struct ImVec4;

namespace mm::platform {

struct OffscreenFrame {
  unsigned framebuffer = 0, texture = 0;
  void* fence = nullptr;       // a GLsync; null: nothing pending
  int width = 0, height = 0;   // the texture's size: the canvas's drawing buffer when drawn
  int polls = 0;               // animation frames spent waiting for the fence
};

// Draws `draw_data`, on `clear`, into a new texture of the drawing buffer's size (width ×
// height), puts a fence behind it and hands the work to the GPU. False if it cannot (a canvas
// larger than the GPU's textures): then nothing is pending, and the caller draws on the canvas.
bool DrawOffscreen(OffscreenFrame& frame, ImDrawData* draw_data, const ImVec4& clear, int width, int height);

// Whether the GPU has finished the frame; it does not wait. After kMaxPolls calls it answers yes
// anyway (a GPU that never signals): showing the frame then waits for the GPU, as it used to.
bool OffscreenDone(OffscreenFrame& frame);

// Copies the frame onto the canvas if the drawing buffer still has its size (true), and frees it
// either way. False means the canvas changed size meanwhile: the frame must be drawn again.
bool PresentOffscreen(OffscreenFrame& frame, int width, int height);

// After a lost context: the GL objects died with it; only the record is cleared.
void ForgetOffscreen(OffscreenFrame& frame);

}  // namespace mm::platform
