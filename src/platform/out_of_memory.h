// out_of_memory.h — what happens when the browser refuses the explainer more memory.
#pragma once

namespace mm::platform {

// Makes every allocation failure end the same way: the page is told (web/js/bridge.js then says so
// and keeps the text version on screen) and the module aborts. Covers operator new (the core,
// nlohmann/json, the standard library) and Dear ImGui's allocator (the font atlas, draw lists),
// which would otherwise write through a null pointer. Call once, before ImGui::CreateContext.
void InstallOutOfMemoryHandlers();

}  // namespace mm::platform
