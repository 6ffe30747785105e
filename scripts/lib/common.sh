# common.sh — shared helpers for the project's scripts (sourced, not run).
# Sets: TP (third-party folder), and functions log, die, as_root, use_emscripten.
TP="${MM_THIRD_PARTY:-$here/third_party}"
log() { printf '\033[1m[motive-matrix]\033[0m %s\n' "$*" >&2; }
die() { printf '[motive-matrix] error: %s\n' "$*" >&2; exit 1; }
as_root() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }
# Debian's emscripten 3.1.6 needs acorn from /usr/share/nodejs for -O1 and above.
use_emscripten() {
  if [[ -n "${EMSDK:-}" && -f "$EMSDK/emsdk_env.sh" ]]; then source "$EMSDK/emsdk_env.sh" >/dev/null 2>&1; fi
  command -v emcc >/dev/null || die "emcc not found (run scripts/setup.sh, or set EMSDK)"
  if [[ -d /usr/share/nodejs ]]; then export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"; fi
}
