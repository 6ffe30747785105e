// load_bench.cpp — in-process timing of mm::LoadStory (parse + validate + build the model) on
// story files, for scripts/bench.sh. Prints one JSON object on stdout.
//
// Usage: load_bench [--runs N] SCALE_STORY.json [BUNDLED_STORY.json]
// Build (scripts/bench.sh does this): g++ -O2 -std=c++17 -Isrc tests/bench/load_bench.cpp
//        build/bench-native/libmm_core.a -o build/bench-native/load_bench
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/story_loader.h"

namespace {

struct Stats {
  double median = 0, min = 0, max = 0;
};

Stats Time(const std::string& text, int runs, bool* ok) {
  std::vector<double> ms;
  ms.reserve(runs);
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    const mm::LoadResult r = mm::LoadStory(text);
    const auto t1 = std::chrono::steady_clock::now();
    *ok = r.ok();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  Stats s;
  s.min = ms.front();
  s.max = ms.back();
  s.median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
  return s;
}

bool Read(const char* path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 21;
  std::vector<const char*> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else files.push_back(argv[i]);
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: load_bench [--runs N] SCALE_STORY.json [BUNDLED_STORY.json]\n");
    return 2;
  }
  std::string scale, bundled;
  if (!Read(files[0], &scale)) { std::fprintf(stderr, "load_bench: cannot read %s\n", files[0]); return 2; }
  bool ok = false, bundled_ok = true;
  Time(scale, 2, &ok);  // warm-up: page faults, allocator
  const Stats s = Time(scale, runs, &ok);
  Stats b;
  if (files.size() > 1) {
    if (!Read(files[1], &bundled)) { std::fprintf(stderr, "load_bench: cannot read %s\n", files[1]); return 2; }
    b = Time(bundled, runs * 5, &bundled_ok);
  }
  std::printf("{\"runs\":%d,\"bytes\":%zu,\"ok\":%s,\"loadMs\":{\"median\":%.3f,\"min\":%.3f,\"max\":%.3f}", runs, scale.size(),
              ok ? "true" : "false", s.median, s.min, s.max);
  if (files.size() > 1)
    std::printf(",\"bundledOk\":%s,\"bundledMs\":{\"median\":%.4f,\"min\":%.4f}", bundled_ok ? "true" : "false", b.median, b.min);
  std::printf("}\n");
  return ok && bundled_ok ? 0 : 1;
}
