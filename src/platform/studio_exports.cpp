// studio_exports.cpp — the editors' studio's own wasm module (web/studio/): page → wasm functions
// of page_api.h's "studio module" section. Linked only into studio-core (cmake/WebApp.cmake), never
// into the explainer, so readers never download it; the logic is the core's (core/studio).
#include <emscripten.h>

#include <string>
#include <string_view>

#include "core/studio/studio_service.h"
#include "platform/page_api.h"

namespace {

// Strings returned to the studio live here until the next call that returns one.
std::string g_studio_reply;
const char* StudioReply(std::string text) {
  g_studio_reply = std::move(text);
  return g_studio_reply.c_str();
}

std::string_view Bytes(const char* s, int size) {
  return s && size > 0 ? std::string_view(s, static_cast<size_t>(size)) : std::string_view();
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* mm_studio_check(const char* story, int story_size, const char* sources_json,
                                                 int sources_size) {
  return StudioReply(mm::studio::CheckJson(Bytes(story, story_size), Bytes(sources_json, sources_size)));
}

EMSCRIPTEN_KEEPALIVE const char* mm_studio_import(const char* sheets_json, int size) {
  return StudioReply(mm::studio::ImportJson(Bytes(sheets_json, size)));
}

}  // extern "C"
