// did_you_mean.cpp — edit distances and the ranking of known names for "did you mean" hints.
#include "core/load/did_you_mean.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace mm::load {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

bool LooksLikeTypo(std::string_view typed, std::string_view known, size_t* distance) {
  const size_t longer = std::max(typed.size(), known.size());
  const size_t shorter = std::min(typed.size(), known.size());
  const size_t allowed = std::max<size_t>(1, std::min<size_t>(3, longer / 4));
  if (longer - shorter > allowed) return false;
  const size_t d = EditDistance(typed, known);
  if (distance) *distance = d;
  return d > 0 && d <= allowed;
}

std::optional<std::string_view> FirstLikelyTypo(std::string_view typed, const std::vector<std::string_view>& known) {
  for (const std::string_view candidate : known) {
    if (LooksLikeTypo(typed, candidate)) return candidate;
  }
  return std::nullopt;
}

std::vector<size_t> Suggestions(std::string_view typed, const std::vector<std::string>& known, size_t count,
                                bool rank) {
  std::vector<std::pair<size_t, size_t>> ranked;  // (distance or SIZE_MAX, position)
  ranked.reserve(known.size());
  for (size_t i = 0; i < known.size(); ++i) {
    size_t distance = SIZE_MAX;
    if (rank && !LooksLikeTypo(typed, known[i], &distance)) distance = SIZE_MAX;
    ranked.emplace_back(distance, i);
  }
  const size_t shown = std::min(count, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + shown, ranked.end());
  std::vector<size_t> out;
  out.reserve(shown);
  for (size_t k = 0; k < shown; ++k) out.push_back(ranked[k].second);
  return out;
}

}  // namespace mm::load
