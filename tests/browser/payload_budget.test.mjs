// payload_budget.test.mjs — the first-load transfer budget, deterministic (no browser): the brotli
// (quality 11) size of every file a first load needs, read from the built dist/ — the
// preload / script / stylesheet / icon links of dist/index.html, the wasm, story and fonts its
// script tags name (or app.js's defaults) — must stay within the budget. docs/benchmarks.md
// explains the figure and where the bytes go; scripts/bench.sh measures the same list in a browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dist } from "./harness.mjs";
import { payload, firstLoadFiles } from "../bench/payload.mjs";

// The goal is 180 KB (issue "Performance: a benchmark, a payload budget, zero idle cost, and
// scale"), and 240 KB in the issue "Share, export and a fast first load". Dear ImGui + SDL2 + the
// WebGL backend drawing an empty frame already cost 167 KB brotli (docs/benchmarks.md, "The
// payload floor"). The test holds the measured total plus a small margin, so nothing grows
// unnoticed: 287.5 KB after lean SDL2, terser and the Latin-1/-Ext font split (343.3 KB before),
// 298.3 KB with clipping, 312.9 KB with the story vocabulary and the interface languages; then
// 278.7 KB (December 2026): the fonts cut at publish time to the page's story and the locales
// (−14.2 KB), no Emscripten GL look-up table (−7.0 KB), no Dear ImGui default font (−9.4 KB), the
// story inside index.html (−4.3 KB); 279.7 KB with the Download panel (+1.0 KB: the CSV writer,
// the image verb, the panel). 240 KB is not reached: "The first-load levers of issue 16" in docs/benchmarks.md.
// Then +10.0 KB with the classroom's predict-then-reveal and class view (issue "In the classroom",
// which allows the reading mode's first load 15 KB for all its features): +6.3 KB of wasm (answer
// codes, gaps, tallies, the classroom cells and state), +2.2 KB of page script (web/js/classroom.js),
// +0.8 KB of English page words, +0.6 KB of CSS. Then +7.9 KB for the guided tour and presenter mode
// (+6.1 KB wasm, +0.7 KB the bundled story's tour, +0.8 KB page). Then +6.8 KB for the evidence lens
// (docs/evidence-lens.md: +5.9 KB wasm, +0.7 KB text version and page words, +0.2 KB script and
// style). Then −2.5 KB (305.1 → 302.6 KB): the classroom modes' page script and English words
// (web/js/classroom.js, page.cr.*) left the first load; publishing writes them as classroom.<hash>.js,
// which the page loads only for ?mode=predict|class (app.js −1.8 KB, index.html −0.7 KB), so the
// budget and the js and html shares drop by as much. Then 301.7 KB: the classroom's styles left
// app.css too (web/classroom.css, −0.6 KB), and the published page carries its story without
// indentation and its head without the editors' comments (−0.3 KB); 301.6 KB once the classroom's
// failure alert used the page's existing phrases. Measured directly, the
// classroom features (tour, presenter, predict, class view) take the reading mode's first load
// from 279.6 to 294.7 KB (+15.08 KB, of which about 1.3 KB is the bundled story's own tour text):
// "Payload" in docs/benchmarks.md. Then 294.2 KB (−7.4 KB, fonts 32.8 → 25.1 KB): the cut faces hold
// the page's story and the languages it opens in (English for the bundled story), not every locale,
// and of Basic Latin only what the page, its languages and the module use; another language or
// story fetches the whole faces (scripts/lib/font-subset.mjs). And the wasm levers of December 2026
// (binaryen's wasm-opt, Dear ImGui without the .ini reader's sscanf, gamepads and file functions,
// SDL2 without its offscreen and dummy video drivers: wasm 230.3 -> 215.5 KB; "Levers" in
// docs/benchmarks.md). Then, on one build ("Levers" in docs/benchmarks.md): strtod, strtof and
// strtold answered by src/platform/strtod.cpp instead of musl's __floatscan and its binary128
// soft float (-4.9 KB); one nlohmann/json type in the wasm (-0.3 KB), the wasm features every
// target browser runs (-0.9 KB), SDL's unused pointer lock, fullscreen, swap interval,
// beforeunload and asyncify out of the glue (-1.6 KB), and SDL's window framebuffer and Dear
// ImGui's .ini handlers out of the wasm (-1.6 KB). Then the module in two halves (271.2 -> 236.8
// KB): what readers' visits run, and the rest, fetched on the reader's first interaction
// (scripts/lib/split-wasm.mjs, web/js/deferred.js; payload.mjs leaves data-wasm-deferred out of
// the first load, and split.test.mjs checks in a browser that reading alone never fetches it): the
// wasm's share is now the first half's (173 KB), and the js's takes the glue's split support and
// deferred.js (+1.0 KB). Then the first frame drawn off screen and copied onto the canvas once the
// GPU has rendered it (src/platform/offscreen_first_frame.h): the glue's fence, fence-wait and blit
// calls take the js from 22,127 to 22,300 bytes, the old ceiling itself, so its share is now
// 22.6 KB; with the wasm's +0.25 KB, 237,194 -> 237,620 bytes in all (ae6302f's build and this one,
// on one machine). Then the matrix's pager line for a grid wider than a phone ("Suspects 4–6 of 12",
// back and next, a finger's sideways drag; src/core/view/column_pager.h): reader code, so in the
// first half: 237,651 bytes in all (c64332b's clean-clone build) -> 238,840 to 239,197 over six
// builds of it on one machine (the split moves the first half by up to ~350 bytes from build to
// build), so the wasm's share is now 176 KB. The budget is the goal. Never raise it without saying why there.
const GOAL_BYTES = 240_000;
const BUDGET_BYTES = Number(process.env.MM_PAYLOAD_BUDGET || GOAL_BYTES);
// No single file type may silently take over the budget either. The page (html) carries its
// story since the story went inside it.
const SHARE_LIMITS = { wasm: 176_000, js: 22_600, font: 25_500, story: 7_000, html: 14_500, css: 3_600, other: 2_000 };

const kb = (b) => (b / 1000).toFixed(1) + " KB";

test("dist/ holds every file a first load needs", () => {
  assert.ok(existsSync(join(dist, "index.html")), `no ${dist}/index.html: run scripts/build-web.sh first`);
  const files = firstLoadFiles(dist);
  for (const kind of [/\.wasm$/, /\.js$/, /^fonts\//, /\.css$/]) {
    assert.ok(files.some((f) => kind.test(f)), `the first-load list has no ${kind} file: ${files.join(", ")}`);
  }
  // The story: a file, or written into the page (a published page: scripts/lib/publish.mjs).
  const inline = /<script\b[^>]*\sid="mm-story"[^>]*>\s*\{/.test(readFileSync(join(dist, "index.html"), "utf8"));
  assert.ok(inline || files.some((f) => /^stories\/.+\.json$/.test(f)), `no story in the first load: ${files.join(", ")}`);
  const missing = payload(dist, files).rows.filter((r) => r.missing).map((r) => r.file);
  assert.deepEqual(missing, [], "files named by index.html / app.js are missing from dist/");
});

test(`first-load transfer, brotli 11, stays within ${kb(BUDGET_BYTES)} (goal ${kb(GOAL_BYTES)})`, () => {
  const { rows, total } = payload(dist);
  const table = rows.map((r) => `  ${r.file.padEnd(44)} ${kb(r.raw).padStart(9)} raw ${kb(r.brotli).padStart(9)} brotli`).join("\n");
  console.log(`first-load files (${rows.length}):\n${table}\n  total ${kb(total.raw)} raw, ${kb(total.gzip)} gzip -9, ${kb(total.brotli)} brotli 11`);
  assert.ok(total.brotli <= BUDGET_BYTES,
    `first load is ${kb(total.brotli)} brotli, over the ${kb(BUDGET_BYTES)} budget by ${kb(total.brotli - BUDGET_BYTES)}:\n${table}`);
  const byKind = {};
  for (const r of rows) byKind[r.kind] = (byKind[r.kind] || 0) + r.brotli;
  for (const [kind, bytes] of Object.entries(byKind)) {
    if (SHARE_LIMITS[kind] !== undefined) {
      assert.ok(bytes <= SHARE_LIMITS[kind], `${kind} files take ${kb(bytes)} brotli, over their ${kb(SHARE_LIMITS[kind])} share`);
    }
  }
});

// The module's second half is fetched on the reader's first interaction (tests/bench/payload.mjs
// leaves it out of the first load; tests/browser/split.test.mjs watches a browser not fetch it
// before). What an interacting reader downloads in all is held too: the split costs such a reader
// 10.1 KB more than the whole module did (docs/benchmarks.md, "The module in two halves").
const WITH_SECOND_HALF_BYTES = 285_000;
test(`with the second half, an interacting reader's download stays within ${kb(WITH_SECOND_HALF_BYTES)}`, () => {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const second = (/\sdata-wasm-deferred="([^"]+)"/.exec(html) || [])[1];
  assert.ok(second && existsSync(join(dist, second)), "index.html names the module's second half, and it is in dist/");
  const first = payload(dist).total.brotli, extra = payload(dist, [second]).total.brotli;
  console.log(`first load ${kb(first)}; the second half ${kb(extra)}; in all ${kb(first + extra)} brotli`);
  assert.ok(first + extra <= WITH_SECOND_HALF_BYTES, `first load and second half: ${kb(first + extra)}`);
});
