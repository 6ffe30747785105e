// js_bridge.h — calls from C++ to the page (web/app.js). The calls the other way are the
// exported mm_* functions in js_bridge.cpp.
#pragma once

namespace mm::platform {

struct App;

void JsFirstFrame();                    // performance.mark('first-frame') and reveal the canvas
void JsSelectionChanged(const App& app);  // URL hash, 'select' listeners
void JsGraphicsState(bool available);   // context lost / restored
void JsFatal(const char* message);      // the interactive view cannot run
void JsContentHeight(float css_px);     // the explainer's full height changed (iframe auto-height)

}  // namespace mm::platform
