// layout.h — the layout a frame is drawn for: its size in CSS pixels and what follows from it
// (phone or desktop, touch-target size, page margin).
#pragma once

namespace mm::ui {

struct Layout {
  float width = 0, height = 0;
  bool phone = false;                 // narrow: one column, tabs, transposed matrix
  float touch_target = 28;            // minimum hit size; 44 on phone (WCAG / Apple HIG)
  float margin = 24;                  // page margin
};
Layout MakeLayout(float width, float height);

}  // namespace mm::ui
