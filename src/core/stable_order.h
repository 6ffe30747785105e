// stable_order.h — indices ordered by a number, ties kept in index order: the one sort behind
// every "stable order" in core (the ranking, the events by date, findings in document order,
// a suspect's motives). Each std::stable_sort with its own comparator costs the wasm about 4 KB;
// one std::sort of (key, index) pairs serves them all.
#pragma once

#include <cstdint>
#include <vector>

namespace mm {

std::vector<int> StableOrder(const std::vector<int64_t>& keys);

}  // namespace mm
