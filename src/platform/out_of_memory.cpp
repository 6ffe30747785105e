// out_of_memory.cpp — see out_of_memory.h.
//
// The build links with ABORTING_MALLOC=0 and ALLOW_MEMORY_GROWTH=1: when WebAssembly.Memory.grow
// fails (a phone under memory pressure, or the 2 GB ceiling) malloc returns null instead of
// aborting with a generic message. Each allocator below turns that null into one clear ending.
#include "platform/out_of_memory.h"

#include <cstdlib>
#include <new>

#include <imgui.h>

#include "platform/page_api.h"

namespace mm::platform {
namespace {

[[noreturn]] void OutOfMemory() {
  JsOutOfMemory();
  std::abort();
}

void* ImGuiAlloc(size_t size, void* /*user*/) {
  void* p = std::malloc(size);
  if (!p && size) OutOfMemory();
  return p;
}

void ImGuiFree(void* p, void* /*user*/) { std::free(p); }

}  // namespace

void InstallOutOfMemoryHandlers() {
  std::set_new_handler(OutOfMemory);
  ImGui::SetAllocatorFunctions(ImGuiAlloc, ImGuiFree);
}

}  // namespace mm::platform
