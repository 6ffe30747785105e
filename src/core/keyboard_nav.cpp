// keyboard_nav.cpp — Tab, arrow, Enter and Escape moves between and within the panels (keyboard_nav.h).
#include "keyboard_nav.h"

#include <algorithm>
#include <cstdint>

#include "core/stable_order.h"

namespace mm {
namespace {

int ItemCount(const Story& s, const NavContext& ctx, NavPanel p) {
  switch (p) {
    case NavPanel::Tabs: return ctx.tab_count;
    case NavPanel::Lens: return ctx.lens_count;
    case NavPanel::Timeline: return (int)s.events.size();
    case NavPanel::Goals: return (int)s.goals.size();
    case NavPanel::Reactions: return (int)s.reactions.size();
    case NavPanel::Matrix: return (int)(s.suspects.size() * s.motives.size());
    case NavPanel::None: return 0;
  }
  return 0;
}

int Rows(const Story& s, const NavContext& ctx) { return (int)(ctx.transposed ? s.motives.size() : s.suspects.size()); }
int Cols(const Story& s, const NavContext& ctx) { return (int)(ctx.transposed ? s.suspects.size() : s.motives.size()); }

// Keeps the focus inside the panel's current bounds (stories and layouts change under it).
void Clamp(const Story& s, const NavContext& ctx, NavState& st) {
  st.row = std::clamp(st.row, 0, std::max(0, Rows(s, ctx) - 1));
  st.col = std::clamp(st.col, 0, std::max(0, Cols(s, ctx) - 1));
  st.index = std::clamp(st.index, 0, std::max(0, ItemCount(s, ctx, st.panel) - 1));
}

// Panels with something to focus, in Tab order.
std::vector<NavPanel> Usable(const Story& s, const NavContext& ctx) {
  std::vector<NavPanel> out;
  for (NavPanel p : ctx.panels)
    if (ItemCount(s, ctx, p) > 0) out.push_back(p);
  return out;
}

}  // namespace

std::vector<int> MatrixSuspects(const Story& story, bool neutral_order) {
  if (!neutral_order) return RankedSuspects(story);
  const auto name = [&](size_t s) -> const std::string& {
    return story.suspects[s].short_label.empty() ? story.suspects[s].name : story.suspects[s].short_label;
  };
  // Each suspect's key is how many names sort before its own (a few suspects: no sort of its own
  // in the wasm, core's one stable sort orders them, equal names in story order).
  std::vector<int64_t> keys(story.suspects.size(), 0);
  for (size_t a = 0; a < keys.size(); ++a)
    for (size_t b = 0; b < keys.size(); ++b) keys[a] += name(b) < name(a) ? 1 : 0;
  return StableOrder(keys);
}

Selection FocusedItem(const Story& story, const NavContext& ctx, const NavState& st) {
  switch (st.panel) {
    case NavPanel::Matrix: {
      const std::vector<int> ranked = MatrixSuspects(story, ctx.neutral_order);
      const int r = st.row, c = st.col;
      const int suspect_pos = ctx.transposed ? c : r, motive = ctx.transposed ? r : c;
      if (suspect_pos < 0 || suspect_pos >= (int)ranked.size() || motive < 0 || motive >= (int)story.motives.size())
        return {};
      return Selection::Cell(ranked[suspect_pos], motive);
    }
    case NavPanel::Timeline:
      if (st.index >= 0 && st.index < (int)story.events.size()) return Selection::Event(st.index);
      return {};
    case NavPanel::Goals:
      if (st.index >= 0 && st.index < (int)story.goals.size()) return Selection::Goal(st.index);
      return {};
    case NavPanel::Reactions:
      if (st.index >= 0 && st.index < (int)story.reactions.size()) return Selection::Reaction(st.index);
      return {};
    case NavPanel::Tabs:
    case NavPanel::Lens:
    case NavPanel::None:
      return {};
  }
  return {};
}

NavResult Navigate(const Story& story, const NavContext& ctx, NavState& st, NavCommand cmd) {
  NavResult res;
  const std::vector<NavPanel> panels = Usable(story, ctx);
  if (cmd == NavCommand::NextStep || cmd == NavCommand::PrevStep) return res;  // the tour's (core/tour.h)
  if (cmd == NavCommand::Blur) {
    st.ring = false;
    st.panel = NavPanel::None;
    return res;
  }
  if (panels.empty()) return res;  // nothing to focus: every key goes to the browser

  if (cmd == NavCommand::NextPanel || cmd == NavCommand::PrevPanel) {
    const bool next = cmd == NavCommand::NextPanel;
    auto it = std::find(panels.begin(), panels.end(), st.panel);
    if (it == panels.end()) {  // entering the canvas: first panel (Tab) or last (Shift-Tab)
      st.panel = next ? panels.front() : panels.back();
    } else {
      const long pos = it - panels.begin() + (next ? 1 : -1);
      if (pos < 0 || pos >= (long)panels.size()) {  // leaving the canvas
        st.panel = NavPanel::None;
        st.ring = false;
        return res;
      }
      st.panel = panels[(size_t)pos];
    }
    st.ring = true;
    st.row = st.col = st.index = 0;
    Clamp(story, ctx, st);
    res.handled = res.scroll_to_focus = true;
    return res;
  }

  if (st.panel == NavPanel::None) return res;  // arrows before any Tab: not ours
  Clamp(story, ctx, st);
  st.ring = true;
  res.handled = true;
  const int n = ItemCount(story, ctx, st.panel);
  switch (cmd) {
    case NavCommand::Left:
    case NavCommand::Right:
    case NavCommand::Up:
    case NavCommand::Down: {
      const int d = (cmd == NavCommand::Left || cmd == NavCommand::Up) ? -1 : 1;
      if (st.panel == NavPanel::Matrix) {
        if (cmd == NavCommand::Left || cmd == NavCommand::Right) st.col = std::clamp(st.col + d, 0, Cols(story, ctx) - 1);
        else st.row = std::clamp(st.row + d, 0, Rows(story, ctx) - 1);
      } else {
        st.index = std::clamp(st.index + d, 0, n - 1);
        if (st.panel == NavPanel::Tabs) res.activate_tab = true;  // tabs follow focus (ARIA tabs pattern)
        if (st.panel == NavPanel::Lens) res.activate_lens = true;  // so does a radio group
      }
      res.scroll_to_focus = true;
      break;
    }
    case NavCommand::Home:
    case NavCommand::End: {
      const bool home = cmd == NavCommand::Home;
      if (st.panel == NavPanel::Matrix) st.col = home ? 0 : Cols(story, ctx) - 1;
      else st.index = home ? 0 : n - 1;
      if (st.panel == NavPanel::Tabs) res.activate_tab = true;
      if (st.panel == NavPanel::Lens) res.activate_lens = true;
      res.scroll_to_focus = true;
      break;
    }
    case NavCommand::Activate:
      if (st.panel == NavPanel::Tabs) res.activate_tab = true;
      else if (st.panel == NavPanel::Lens) res.activate_lens = true;
      else {
        res.select = true;
        res.selection = FocusedItem(story, ctx, st);
      }
      break;
    case NavCommand::Clear:
      res.select = true;
      res.selection = {};
      break;
    default:
      break;
  }
  return res;
}

}  // namespace mm
