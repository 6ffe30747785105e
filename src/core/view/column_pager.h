// column_pager.h — paging through the columns of a grid wider than its box: which columns are
// wholly in view at a sideways scroll, and where "next" and "back" scroll to.
//
// The matrix of a large story (twelve suspects on a phone) shows a few columns at a time. Its
// pager line says which ("Suspects 4–6 of 12") and turns the page a screenful at a time, always
// to a column's left edge, so that no page starts with half a column.
#pragma once

#include <vector>

namespace mm {

struct ColumnPage {
  int first = 0, last = -1;  // the columns wholly in view, [first, last]; last < first if none is
  int count = 0;             // all the columns
  bool can_back = false, can_next = false;
  float back_to = 0, next_to = 0;  // the scroll each goes to (valid when it can)
};

// `edges`: the left edge of each column from the first column's, and the right edge of the last
// (size columns + 1). `gutter`: blank space at each column's right, which may be out of view.
// `scroll`: how far the columns are scrolled; `view`: the width they show in; `scroll_max`: how
// far the window really scrolls, which may fall short of edges.back() - view by a fraction of a
// pixel (imgui rounds sizes and scrolls down); a negative one means exactly that difference.
ColumnPage PageColumns(const std::vector<float>& edges, float gutter, float scroll, float view, float scroll_max = -1);

}  // namespace mm
