#!/usr/bin/env bash
# fuzz.sh [SECONDS] — builds the libFuzzer harnesses (tests/fuzz) with clang into build/fuzz and
# runs each in turn; SECONDS (default 60) is the total, split between them (the loader gets
# two thirds). Exits non-zero if a harness finds a crash, a hang or a leak; the input is then
# in build/fuzz/findings/ (turn it into a regression test: tests/unit/regressions/, see
# docs/reliability.md).
#
#   MM_FUZZ_JOBS=N          parallel fuzzing processes per harness (default 1)
#   MM_FUZZ_MAX_LEN=BYTES   -max_len for the story loader (default 4096; URL state uses 256)
#   MM_FUZZ_KEEP_CORPUS=1   keep the corpora grown in build/fuzz/corpus between runs (default: yes;
#                           MM_FUZZ_KEEP_CORPUS=0 starts from the seeds again)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/lib/common.sh"

total="${1:-60}"
[[ "$total" =~ ^[0-9]+$ && "$total" -ge 2 ]] || die "usage: scripts/fuzz.sh [SECONDS ≥ 2]"
command -v clang++ >/dev/null || die "clang++ not found (apt-get install clang)"
jobs="${MM_FUZZ_JOBS:-1}"
max_len="${MM_FUZZ_MAX_LEN:-4096}"

build="$here/build/fuzz"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  CC=clang CXX=clang++ cmake -S "$here" -B "$build" -DMM_FUZZ=ON -DMM_BUILD_UI_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
log "building the fuzz harnesses (clang, ASan + UBSan + libFuzzer)"
cmake --build "$build" -j"$(nproc)" --target fuzz_story_loader fuzz_url_state >/dev/null

# Working corpora live in the build tree; the committed seeds are only read.
work="$build/corpus"
findings="$build/findings"
[[ "${MM_FUZZ_KEEP_CORPUS:-1}" == 0 ]] && rm -rf "$work"
mkdir -p "$work/story" "$work/hash" "$findings"

loader_s=$(( total * 2 / 3 )); url_s=$(( total - loader_s ))
status=0
run() { # run NAME SECONDS MAX_LEN CORPUS SEEDS...
  local name=$1 secs=$2 len=$3 corpus=$4; shift 4
  local log="$build/$name.log"
  log "fuzzing $name for ${secs}s (max_len $len, $jobs job(s))"
  local args=(-max_total_time="$secs" -max_len="$len" -timeout=10 -rss_limit_mb=2048
              -malloc_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/$name-"
              -dict="$here/tests/fuzz/story.dict")
  [[ $name == fuzz_url_state ]] && args=("${args[@]/-dict=*/-dict=$here/tests/fuzz/hash.dict}")
  if ((jobs > 1)); then args+=(-fork="$jobs" -ignore_crashes=0); fi
  local rc=0
  ( cd "$build" && "./$name" "${args[@]}" "$corpus" "$@" ) >"$log" 2>&1 || rc=$?
  local runs secs_done cov
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | awk '{s+=$1} END {if (NR) print s}' || true)
  secs_done=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
  printf '[motive-matrix] %s: %s executions; %s; %s; corpus %s files\n' "$name" "${runs:-?}" \
    "${secs_done:-no summary}" "${cov:-no coverage line}" "$(ls "$corpus" | wc -l)" >&2
  if ((rc != 0)); then
    log "$name FAILED (exit $rc): see $log and $findings/"
    # The line after "invariant broken" is what broke it (the message, the path): CI shows only this.
    grep -E -A1 'ERROR: |SUMMARY: |invariant broken|Test unit written' "$log" | head -20 >&2 || true
    status=1
  fi
}

run fuzz_story_loader "$loader_s" "$max_len" "$work/story" \
  "$here/tests/fuzz/corpus/story" "$here/assets/stories"
run fuzz_url_state "$url_s" 256 "$work/hash" "$here/tests/fuzz/corpus/hash"
exit $status
