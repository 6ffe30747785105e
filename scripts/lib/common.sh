# common.sh — shared helpers for the project's scripts (sourced, not run).
# Sets: TP (third-party folder), and functions log, die, as_root, use_emscripten, ensure_binaryen,
# ensure_browser.
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
# binaryen's wasm-opt for the web build (scripts/binaryen/package.json pins it; cmake/WebApp.cmake
# runs it after each link): installed with npm when missing or when the pin changed.
ensure_binaryen() {
  local dir="$here/scripts/binaryen"
  if node -e "const w = require('$dir/package.json').devDependencies.binaryen;
    process.exit(require('$dir/node_modules/binaryen/package.json').version === w ? 0 : 1)" 2>/dev/null; then
    return 0
  fi
  command -v npm >/dev/null || die "npm not found: run scripts/setup.sh"
  log "installing binaryen's wasm-opt for the web build (scripts/binaryen, pinned)"
  (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null) \
    || die "npm ci in scripts/binaryen failed"
}
# Debian's chromium and the npm packages of tests/browser (playwright-core drives chromium; never
# a downloaded browser): the browser tests need them, and so does the web build, whose module
# split records readers' visits in a browser (scripts/lib/split-wasm.mjs).
ensure_browser() {
  if [[ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]]; then  # the browser tests' harness launches this one
    [[ -n "${CHROMIUM:-}" ]] && die "CHROMIUM=$CHROMIUM is not an executable"
    [[ -n "${MM_SKIP_APT:-}" ]] && die "no /usr/bin/chromium (Debian's chromium package), and MM_SKIP_APT is set"
    log "installing Debian's chromium"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends chromium >/dev/null
  fi
  local bt="$here/tests/browser"
  if ! (cd "$bt" && node -e "require('playwright-core'); require('axe-core')" 2>/dev/null); then
    command -v npm >/dev/null || die "npm not found: run scripts/setup.sh"
    log "installing npm packages for the browser tests"
    (cd "$bt" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}
