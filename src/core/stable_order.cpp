// stable_order.cpp — indices ordered by key, ties in index order (stable_order.h).
#include "stable_order.h"

#include <algorithm>
#include <utility>

namespace mm {

std::vector<int> StableOrder(const std::vector<int64_t>& keys) {
  std::vector<std::pair<int64_t, int>> pairs(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) pairs[i] = {keys[i], static_cast<int>(i)};
  std::sort(pairs.begin(), pairs.end());  // the index breaks ties: stable
  std::vector<int> order(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) order[i] = pairs[i].second;
  return order;
}

}  // namespace mm
