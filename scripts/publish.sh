#!/usr/bin/env bash
# publish.sh — publishes the web build again (scripts/build-web.sh already does this into dist/),
# e.g. into another folder: turns build/web/site into a folder to upload to any static host or
# CDN (docs/hosting.md) with scripts/lib/publish.mjs:
#   one page script (app.js), the text version in index.html, content-hashed names for the files
#   index.html loads (cache them forever), stable names for index.html and embed.js, .br and .gz
#   beside each file, the demo article (demo/), and offline/motive-matrix.html, the whole
#   explainer in one file that opens from file://. The text version needs the native tool that
#   build-web.sh builds (build/native-tools; MM_CLI overrides).
# Running it again rebuilds the folder from scratch (same bytes).
# Usage: scripts/publish.sh [OUT]    (default dist/, or MM_PUBLISH_DIR=OUT; MM_SITE_DIR picks the build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/lib/common.sh"
site="${MM_SITE_DIR:-$here/build/web/site}"
out="${1:-${MM_PUBLISH_DIR:-$here/dist}}"
command -v node >/dev/null || die "node not found (run scripts/setup.sh)"
[[ -f "$site/index.html" && -f "$site/motive-matrix.wasm" ]] || die "no web build in $site: run scripts/build-web.sh first"
node "$here/scripts/lib/publish.mjs" --site "$site" --out "$out"
log "publishable site in $out/ (upload it as it is; see docs/hosting.md)"
