// column_pager.cpp — see column_pager.h.
#include "core/view/column_pager.h"

#include <algorithm>

namespace mm {
namespace {
constexpr float kSlack = 0.5f;  // scroll positions are fractional CSS pixels
}  // namespace

ColumnPage PageColumns(const std::vector<float>& edges, float gutter, float scroll, float view, float scroll_max) {
  ColumnPage page;
  page.count = edges.empty() ? 0 : (int)edges.size() - 1;
  if (page.count == 0 || view <= 0) return page;
  const float max_scroll = std::max(0.0f, scroll_max >= 0 ? std::min(scroll_max, edges.back() - view) : edges.back() - view);
  scroll = std::clamp(scroll, 0.0f, max_scroll);
  const float right = scroll + view;
  const auto whole = [&](int c) { return edges[c] >= scroll - kSlack && edges[c + 1] - gutter <= right + kSlack; };
  int c = 0;
  while (c < page.count && edges[c] < scroll - kSlack) ++c;
  page.first = c;
  while (c < page.count && whole(c)) ++c;
  page.last = c - 1;

  page.can_back = scroll > kSlack;
  if (page.can_back) {
    // The earliest column whose left edge is at most a view before the first one in view: the
    // columns just passed fill the view again. If that is the column itself (it is wider than
    // the view), one column back.
    const float from = page.first < page.count ? edges[page.first] : right;
    int b = page.first;
    while (b > 0 && from - edges[b - 1] <= view + kSlack) --b;
    if (b == page.first && b > 0) --b;
    page.back_to = std::min(edges[b], max_scroll);
  }
  page.can_next = scroll < max_scroll - kSlack;
  if (page.can_next) {
    // The first column not wholly in view starts the next page; if none is wholly in view (a
    // column wider than the view), the one after the first.
    const int n = page.last >= page.first ? page.last + 1 : std::min(page.first + 1, page.count - 1);
    page.next_to = std::min(edges[n], max_scroll);
    if (page.next_to <= scroll + kSlack) page.next_to = max_scroll;  // always a step forward
  }
  return page;
}

}  // namespace mm
