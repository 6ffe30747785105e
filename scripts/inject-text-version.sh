#!/usr/bin/env bash
# inject-text-version.sh — writes a story's text version (semantic HTML, `motive-matrix html`)
# into the built page, so that screen readers, search engines, reader modes and print get the
# whole story before (and without) the WebAssembly.
#
#   scripts/inject-text-version.sh DIST_INDEX STORY_JSON [CLI]
#
# DIST_INDEX  the built page, e.g. dist/index.html; it must contain either the marker
#             <!--mm:text-version--> (from shell.html) or a previous injection
#             <!--mm:text-version:begin-->…<!--mm:text-version:end--> (which is replaced, so running
#             this twice gives the same page).
# STORY_JSON  the story to render; an invalid story prints check's diagnostics and exits 1.
# CLI         the native tool (default: build/native-tools/motive-matrix, as scripts/build-web.sh
#             builds it; MM_CLI overrides too).
# MM_TEXT_HEADING_OFFSET=N starts the headings at h(1+N) (default 0: the page has no <h1> of its own).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/lib/common.sh"

(($# >= 2 && $# <= 3)) || die "usage: scripts/inject-text-version.sh DIST_INDEX STORY_JSON [CLI]"
index="$1"
story="$2"
cli="${3:-${MM_CLI:-$here/build/native-tools/motive-matrix}}"
[[ -f "$index" ]] || die "no page at $index (build the web app first: scripts/build-web.sh)"
[[ -f "$story" ]] || die "no story at $story"
[[ -x "$cli" ]] || die "no motive-matrix tool at $cli (cmake -S . -B build/native-tools && cmake --build build/native-tools --target motive-matrix)"
command -v python3 >/dev/null || die "python3 is needed to edit the page"

fragment="$(mktemp)"
trap 'rm -f "$fragment"' EXIT
# The tool prints the diagnostics itself (on stderr) when the story is invalid.
"$cli" html "$story" --heading-offset "${MM_TEXT_HEADING_OFFSET:-0}" >"$fragment" \
  || die "could not render $story (see the diagnostics above)"

# The fragment never contains "<!--" or "-->" (the writer escapes every story string), so the
# markers below are unambiguous. Written to a temporary file and renamed: never half a page.
python3 - "$index" "$fragment" <<'PY'
import os, sys, tempfile

index_path, fragment_path = sys.argv[1], sys.argv[2]
MARKER = "<!--mm:text-version-->"
BEGIN = "<!--mm:text-version:begin-->"
END = "<!--mm:text-version:end-->"

with open(index_path, encoding="utf-8", newline="") as f:
    page = f.read()
with open(fragment_path, encoding="utf-8", newline="") as f:
    fragment = f.read()
if not fragment.strip():
    sys.exit("inject-text-version: the tool printed nothing")
if MARKER in fragment or BEGIN in fragment or END in fragment:
    sys.exit("inject-text-version: the fragment contains a marker; refusing to write it")

block = BEGIN + "\n" + fragment.rstrip("\n") + "\n" + END

begins, ends, markers = page.count(BEGIN), page.count(END), page.count(MARKER)
if begins == 1 and ends == 1 and markers == 0:
    start = page.index(BEGIN)
    stop = page.index(END)
    if stop < start:
        sys.exit(f"inject-text-version: {index_path}: {END} comes before {BEGIN}")
    page = page[:start] + block + page[stop + len(END):]
elif begins == 0 and ends == 0 and markers == 1:
    page = page.replace(MARKER, block, 1)
else:
    sys.exit(f"inject-text-version: {index_path}: expected one {MARKER} or one {BEGIN}…{END} pair; "
             f"found {markers} marker(s), {begins} begin, {ends} end")

folder = os.path.dirname(os.path.abspath(index_path))
fd, tmp = tempfile.mkstemp(prefix=".index.", suffix=".html", dir=folder)
try:
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.write(page)
    os.chmod(tmp, os.stat(index_path).st_mode & 0o777)
    os.replace(tmp, index_path)
except BaseException:
    os.unlink(tmp)
    raise
PY
log "text version of $(basename "$story") written into $index"
