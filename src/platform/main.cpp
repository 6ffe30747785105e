// main.cpp — entry point of the web build. Sets up graphics and returns; everything after is
// driven by the page (data arriving, input, resizes) through the JS bridge.
#include <emscripten.h>

#include "platform/app.h"

int main() {
  mm::platform::App& app = mm::platform::TheApp();
  app.dpr = (float)emscripten_get_device_pixel_ratio();
  if (!mm::platform::Init(app)) return 1;
  // The runtime stays alive after main returns (EXIT_RUNTIME is off): frames come from
  // requestAnimationFrame callbacks that RequestFrame schedules.
  return 0;
}
