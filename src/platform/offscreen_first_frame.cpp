// offscreen_first_frame.cpp — see offscreen_first_frame.h.
#include "platform/offscreen_first_frame.h"

#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace mm::platform {
namespace {

// About a second of animation frames. On this project's test machines (SwiftShader, 2 cores) the
// fence of a 1280×800 canvas at 2× passes after about 14 (tests/browser/first_frame.test.mjs).
constexpr int kMaxPolls = 60;

void Free(OffscreenFrame& frame) {
  if (frame.fence) glDeleteSync(static_cast<GLsync>(frame.fence));
  if (frame.framebuffer) glDeleteFramebuffers(1, &frame.framebuffer);
  if (frame.texture) glDeleteTextures(1, &frame.texture);
  frame = OffscreenFrame{};
}

}  // namespace

bool DrawOffscreen(OffscreenFrame& frame, ImDrawData* draw_data, const ImVec4& clear, int width, int height) {
  // A texture larger than the GPU allows would leave the framebuffer incomplete. Asking the GPU
  // whether it is complete (glCheckFramebufferStatus) would make the page wait for it, which is
  // what this file avoids; the limit is known without asking.
  GLint max_size = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_size);
  if (frame.fence || width <= 0 || height <= 0 || width > max_size || height > max_size) return false;
  GLint last_texture = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &last_texture);
  glGenTextures(1, &frame.texture);
  glBindTexture(GL_TEXTURE_2D, frame.texture);
  // The drawing buffer's format (RGBA, 8 bits a channel; premultiplied like it), so the copy is
  // exact: the canvas shows the pixels a direct draw would have given.
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last_texture));
  glGenFramebuffers(1, &frame.framebuffer);
  glBindFramebuffer(GL_FRAMEBUFFER, frame.framebuffer);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, frame.texture, 0);
  frame.width = width;
  frame.height = height;
  glClearColor(clear.x, clear.y, clear.z, clear.w);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(draw_data);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  // A fence makes the GPU process submit the work now (a flush alone leaves ANGLE's Vulkan back
  // end recording until the next read-back), and tells us when it is done.
  frame.fence = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!frame.fence) {  // no fence (a context lost in this very task): nothing can be waited for
    Free(frame);
    return false;
  }
  glFlush();
  return true;
}

bool OffscreenDone(OffscreenFrame& frame) {
  if (!frame.fence) return true;
  if (++frame.polls > kMaxPolls) return true;
  // A zero timeout: WebGL never blocks here, it reports the state the GPU last gave.
  const GLenum state = glClientWaitSync(static_cast<GLsync>(frame.fence), 0, 0);
  return state == GL_ALREADY_SIGNALED || state == GL_CONDITION_SATISFIED || state == GL_WAIT_FAILED;
}

bool PresentOffscreen(OffscreenFrame& frame, int width, int height) {
  const bool same_size = frame.framebuffer && width == frame.width && height == frame.height;
  if (same_size) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, frame.framebuffer);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glDisable(GL_SCISSOR_TEST);  // a blit is clipped by the scissor box
    glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
  }
  Free(frame);
  return same_size;
}

void ForgetOffscreen(OffscreenFrame& frame) { frame = OffscreenFrame{}; }

}  // namespace mm::platform
