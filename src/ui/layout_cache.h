// layout_cache.h — the geometry panels derive from the story and the fonts, kept between frames.
//
// Measuring wrapped text is most of a frame's work, and in a large story most items are off
// screen, where only their heights matter: so that the page scrolls the right distance and
// reports its height (FrameIO::content_height). Panels measure once per story, fonts and
// width, keep the result here, and lay out and draw only what meets the visible rectangle.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/story.h"
#include "ui/fonts.h"
#include "ui/virtual_list.h"

namespace mm::ui {

// What every measurement depends on besides its own text: which story (a load replaces the
// story in place, so its address is not enough) and the fonts' size, scale and glyphs (the
// reader's text size, devicePixelRatio, glyphs fetched later for a Cyrillic story).
struct MeasureKey {
  const Story* story = nullptr;
  uint64_t generation = 0;
  const ImFont* font = nullptr;
  float font_size = 0, global_scale = 0;
  int glyphs = 0;
  uint64_t words = 0;  // the interface language (core/locale.h): other words, other widths
  bool operator==(const MeasureKey& o) const;
};
MeasureKey MakeMeasureKey(const Story& story, const Fonts& fonts);

// A value computed from a key and kept until the key changes.
template <typename Key, typename Value>
class Memo {
 public:
  template <typename Make>
  const Value& Get(const Key& key, Make&& make) {
    if (!value_ || !(key_ == key)) {
      value_ = make();
      key_ = key;
    }
    return *value_;
  }

 private:
  Key key_{};
  std::optional<Value> value_;
};

// The row offsets of lists that belong to the story (an item's quotes, its editor's notes), by
// the list's address and the width they are laid out at.
class ListRowsCache {
 public:
  template <typename Make>
  const RowOffsets& Get(const MeasureKey& key, const void* list, float width, Make&& make) {
    // Stories have thousands of lists; a reader looks at a few. Forgetting all now and then
    // keeps memory bounded without any bookkeeping.
    if (lists_.size() > 512) lists_.clear();
    return lists_[list].Get(std::make_tuple(key, width), make);
  }

 private:
  std::unordered_map<const void*, Memo<std::tuple<MeasureKey, float>, RowOffsets>> lists_;
};

// Each panel's own cache, private to its .cpp (a shared_ptr can own an incomplete type).
struct MatrixCache;          // matrix_panel.cpp
struct DetailCache;          // detail_panel.cpp
struct TimelineAxisCache;    // timeline_axis.cpp
struct TimelineListCache;    // timeline_list.cpp
struct GoalsReactionsCache;  // goals_reactions_panel.cpp

struct LayoutCache {
  ListRowsCache lists;
  std::shared_ptr<MatrixCache> matrix;
  std::shared_ptr<DetailCache> detail;
  std::shared_ptr<TimelineAxisCache> timeline_axis;
  std::shared_ptr<TimelineListCache> timeline_list;
  std::shared_ptr<GoalsReactionsCache> goals_reactions;
};

// One of the panel caches, created on first use.
template <typename T>
T& CacheSlot(std::shared_ptr<T>& slot) {
  if (!slot) slot = std::make_shared<T>();
  return *slot;
}

}  // namespace mm::ui
