#!/usr/bin/env bash
# bench.sh — one command for the performance figures in docs/benchmarks.md.
#
#   scripts/bench.sh            build the release web app, the reference and the native core, then
#                               measure everything (about 15 minutes on 2 cores)
#   scripts/bench.sh --quick    fewer loads, frames and seconds (a smoke run, about 8 minutes)
#   scripts/bench.sh --no-build measure what dist/ and build/reference/ hold now
#   scripts/bench.sh --no-lighthouse  without the Lighthouse run (tests/bench/lighthouse.mjs)
#
# Steps: scripts/build-web.sh (dist/), scripts/build-reference.sh (build/reference/: Dear ImGui
# 1.86's example_emscripten_opengl3 with the same flags), a Release native build of the core
# (build/bench-native/) with tests/bench/load_bench.cpp, the scale story from scripts/gen-story.mjs
# (build/bench/big-story.json), then tests/bench/bench.mjs in headless Chromium.
#
# Writes docs/benchmarks.json (everything, machine-readable) and the generated block of
# docs/benchmarks.md (between its bench:begin / bench:end markers; the prose around it is kept).
# build/bench/native.json holds the native timings. Other options are passed to bench.mjs
# (e.g. --loads 7, --idle 20, --frames 400, --json FILE, --md FILE).
# Leaves nothing running: bench.mjs closes its browser and servers, even on failure or Ctrl-C.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/lib/common.sh"
cd "$here"

build=1
pass=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --no-lighthouse) ;;  # read below
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) pass+=("$a") ;;
  esac
done
out="$here/build/bench"
mkdir -p "$out"

[[ -d "$here/tests/browser/node_modules/playwright-core" ]] \
  || die "no playwright-core in tests/browser/node_modules (run scripts/setup.sh)"
[[ -x "${CHROMIUM:-/usr/bin/chromium}" ]] || die "no Chromium at ${CHROMIUM:-/usr/bin/chromium} (run scripts/setup.sh)"

if ((build)); then
  log "bench: release web build (scripts/build-web.sh)"
  "$here/scripts/build-web.sh"
  log "bench: reference build (scripts/build-reference.sh)"
  "$here/scripts/build-reference.sh"
fi

# ---- native: load + validate the scale story -------------------------------------------------
native_dir="$here/build/bench-native"
if ((build)) || [[ ! -x "$native_dir/load_bench" ]]; then
  log "bench: native Release build of the core (build/bench-native)"
  if [[ ! -f "$native_dir/CMakeCache.txt" ]]; then
    cmake -S "$here" -B "$native_dir" -DCMAKE_BUILD_TYPE=Release -DMM_BUILD_UI_TESTS=OFF >/dev/null
  fi
  cmake --build "$native_dir" --target mm_core motive-matrix -j"$(nproc)" >/dev/null
  "${CXX:-g++}" -O2 -DNDEBUG -std=c++17 -DJSON_USE_IMPLICIT_CONVERSIONS=0 -I"$here/src" \
    "$here/tests/bench/load_bench.cpp" "$native_dir/libmm_core.a" -o "$native_dir/load_bench"
fi

big="$out/big-story.json"
node "$here/scripts/gen-story.mjs" --out "$big"
"$native_dir/motive-matrix" check "$big" >/dev/null || die "the generated scale story does not validate: $native_dir/motive-matrix check $big"
bundled="$here/assets/stories/witkoff-call-leak.json"
load_json="$("$native_dir/load_bench" --runs 21 "$big" "$bundled")"
# The CLI end to end (process start, read, validate, print), median of 7 runs.
cli_ms=()
for _ in 1 2 3 4 5 6 7; do
  t0=$(date +%s%N); "$native_dir/motive-matrix" check "$big" >/dev/null; t1=$(date +%s%N)
  cli_ms+=("$(( (t1 - t0) / 1000 ))")
done
cli_median_us=$(printf '%s\n' "${cli_ms[@]}" | sort -n | sed -n 4p)
node -e '
  const [load, cliUs] = [JSON.parse(process.argv[1]), Number(process.argv[2])];
  const out = { build: "Release (-O2, g++)", ...load, cliRuns: 7, cliMs: { median: cliUs / 1000 } };
  require("fs").writeFileSync(process.argv[3], JSON.stringify(out, null, 1) + "\n");
  console.error(`[bench] native: load+validate median ${load.loadMs.median.toFixed(2)} ms; motive-matrix check ${(cliUs / 1000).toFixed(1)} ms`);
' "$load_json" "$cli_median_us" "$out/native.json"

# ---- browser --------------------------------------------------------------------------------
log "bench: browser measurements (headless Chromium)"
node "$here/tests/bench/bench.mjs" --big-story "$big" --native "$out/native.json" \
  --command "scripts/bench.sh${*:+ $*}" "${pass[@]}"

# ---- Lighthouse: mobile, simulated throttling, median of 3, on dist/ served as a host should -----
# tests/lighthouse pins the npm package (installed here on first use: it is only for this bench).
# --no-lighthouse skips it. The figures go to build/bench/lighthouse.json and are printed;
# docs/benchmarks.md ("Lighthouse") records them with this command.
if [[ " $* " != *" --no-lighthouse "* ]]; then
  lh="$here/tests/lighthouse"
  if [[ ! -d "$lh/node_modules/lighthouse" ]]; then
    log "bench: installing Lighthouse (tests/lighthouse, pinned)"
    (cd "$lh" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null) || die "npm ci in tests/lighthouse failed"
  fi
  log "bench: Lighthouse, mobile, simulated throttling, median of 3 (tests/bench/lighthouse.mjs)"
  node "$here/tests/bench/lighthouse.mjs" --runs 3 --json "$out/lighthouse.json" >/dev/null
  node -e '
    const s = require(process.argv[1]), m = s.median;
    console.error(`[bench] Lighthouse ${s.lighthouse} (median of ${s.runs}): performance ${m.scores.performance}, ` +
      `accessibility ${m.scores.accessibility}, best practices ${m.scores["best-practices"]}, SEO ${m.scores.seo}; ` +
      `TBT ${Math.round(m.metrics.tbt)} ms, LCP ${(m.metrics.lcp / 1000).toFixed(2)} s, FCP ${(m.metrics.fcp / 1000).toFixed(2)} s`);
  ' "$out/lighthouse.json"
fi
