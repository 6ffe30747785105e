// layout.cpp — from a window size to the layout the panels follow.
#include "ui/layout.h"

namespace mm::ui {

Layout MakeLayout(float width, float height) {
  Layout l;
  l.width = width;
  l.height = height;
  // Below 900 CSS px the side-by-side layout leaves the matrix too narrow to read.
  l.phone = width < 900.0f;
  l.touch_target = l.phone ? 44.0f : 28.0f;
  l.margin = width < 480.0f ? 14.0f : (l.phone ? 20.0f : 28.0f);
  return l;
}

}  // namespace mm::ui
