// js_hooks.cpp — wasm → page: each call runs the Module.mmOn* hook web/js/bridge.js installed,
// if there is one (page_api.h lists them), so the module never depends on a particular page.
#include <emscripten.h>

#include "platform/page_api.h"

namespace {

EM_JS(void, mm_js_first_frame, (), { if (Module.mmOnFirstFrame) Module.mmOnFirstFrame(); });
EM_JS(void, mm_js_select, (const char* state_json), {
  if (Module.mmOnSelect) Module.mmOnSelect(UTF8ToString(state_json));
});
EM_JS(void, mm_js_content_height, (float h), { if (Module.mmOnContentHeight) Module.mmOnContentHeight(h); });
EM_JS(void, mm_js_graphics, (int available), { if (Module.mmOnGraphics) Module.mmOnGraphics(!!available); });
EM_JS(void, mm_js_fatal, (const char* message), { if (Module.mmOnFatal) Module.mmOnFatal(UTF8ToString(message)); });
EM_JS(void, mm_js_out_of_memory, (), { if (Module.mmOnOutOfMemory) Module.mmOnOutOfMemory(); });

}  // namespace

namespace mm::platform {

void JsFirstFrame() { mm_js_first_frame(); }
void JsSelectionChanged(const std::string& state) { mm_js_select(state.c_str()); }
void JsContentHeight(float css_px) { mm_js_content_height(css_px); }
void JsGraphicsState(bool available) { mm_js_graphics(available ? 1 : 0); }
void JsFatal(const char* message) { mm_js_fatal(message); }
void JsOutOfMemory() { mm_js_out_of_memory(); }

}  // namespace mm::platform
