// did_you_mean.h — which known names an unknown one is most likely a typo of.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mm::load {

// Levenshtein distance (insertions, deletions, substitutions), in bytes.
size_t EditDistance(std::string_view a, std::string_view b);

// Close enough to be a typo of each other: at most a quarter of the longer length apart (1 to 3
// edits), and not the same. `distance`, if given, receives the distance when it was computed.
bool LooksLikeTypo(std::string_view typed, std::string_view known, size_t* distance = nullptr);

// The first of `known` (in its order) that `typed` looks like a typo of.
std::optional<std::string_view> FirstLikelyTypo(std::string_view typed, const std::vector<std::string_view>& known);

// Indices of at most `count` of `known` to offer for an unknown `typed`: likely typos first,
// closest first, then the rest in their order. With rank = false (a caller out of budget: each
// ranking costs an edit distance per known name), simply the first `count`.
std::vector<size_t> Suggestions(std::string_view typed, const std::vector<std::string>& known, size_t count,
                                bool rank);

}  // namespace mm::load
