// payload_budget.test.mjs — the first-load transfer budget, deterministic (no browser): the brotli
// (quality 11) size of every file a first load needs, read from the built dist/ — the
// preload / script / stylesheet / icon links of dist/index.html, the wasm, story and fonts its
// script tags name (or app.js's defaults) — must stay within the budget. docs/benchmarks.md
// explains the figure and where the bytes go; scripts/bench.sh measures the same list in a browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { dist } from "./harness.mjs";
import { payload, firstLoadFiles } from "../bench/payload.mjs";

// The goal is 180 KB (issue "Performance: a benchmark, a payload budget, zero idle cost, and
// scale"). On this stack it is out of reach (docs/benchmarks.md, "The payload floor"): Dear
// ImGui + SDL2 + the WebGL backend drawing an empty frame already cost 167 KB brotli, and the four
// Latin-1 faces 47 KB. The test holds the measured total plus a small margin, so nothing grows
// unnoticed: 287.5 KB measured after lean SDL2, terser and the Latin-1/-Ext font split (343.3 KB
// before), then 298.3 KB with clipping and the timeline's overflow markers (+11 KB of wasm that
// take the largest story's frame from 31 ms to 0.2 ms), then 312.9 KB with the vocabulary that
// speaks each story's own words and its dates at their precision (+7.4 KB of wasm, of which
// 2.4 KB are the English phrases), the interface languages (the English phrases move into
// assets/locales/en.json, built in; +0.8 KB of page script, +0.9 KB of page words and text
// version) and the page↔wasm seam (−1.6 KB): "Payload" in docs/benchmarks.md. Then 319.9 KB
// (from 313.1 KB) with the evidence lens (docs/evidence-lens.md: +5.9 KB of wasm for its rules,
// sentences, control and detail, and the English phrases that explain them; +0.7 KB of text
// version and page words in index.html; +0.2 KB of page script and style). Never raise it
// without saying why there.
const GOAL_BYTES = 180_000;
const BUDGET_BYTES = Number(process.env.MM_PAYLOAD_BUDGET || 323_500);
// No single file type may silently take over the budget either.
const SHARE_LIMITS = { wasm: 234_000, js: 26_000, font: 50_000, story: 12_000, html: 12_000, css: 4_000, other: 2_000 };

const kb = (b) => (b / 1000).toFixed(1) + " KB";

test("dist/ holds every file a first load needs", () => {
  assert.ok(existsSync(join(dist, "index.html")), `no ${dist}/index.html: run scripts/build-web.sh first`);
  const files = firstLoadFiles(dist);
  for (const kind of [/\.wasm$/, /\.js$/, /^stories\/.+\.json$/, /^fonts\//, /\.css$/]) {
    assert.ok(files.some((f) => kind.test(f)), `the first-load list has no ${kind} file: ${files.join(", ")}`);
  }
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
