// bundled_story.h — the bundled story (assets/stories/witkoff-call-leak.json), loaded once, for the
// unit and UI tests that check behaviour on real content.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/story_loader.h"

namespace mm::test {

inline const Story& BundledStory() {
  static const LoadResult r = LoadStoryFile(std::string(MM_SOURCE_DIR) + "/assets/stories/witkoff-call-leak.json");
  EXPECT_TRUE(r.ok()) << "the bundled story must load cleanly";
  return r.story;
}

}  // namespace mm::test
