// main.cpp — entry point of the web build. Sets up graphics and returns; everything after is
// driven by the page (data arriving, input, resizes) through the page API (page_api.h).
#include "platform/app.h"

int main() {
  if (!mm::platform::Init(mm::platform::TheApp())) return 1;
  // The runtime stays alive after main returns (EXIT_RUNTIME is off): frames come from
  // requestAnimationFrame callbacks that RequestFrame schedules.
  return 0;
}
