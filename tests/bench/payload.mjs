// payload.mjs — what a first load of the explainer fetches, read from the built site (dist/),
// and its size raw, gzip -9 and brotli (quality 11). Deterministic: no browser, no network.
// Used by tests/browser/payload_budget.test.mjs (the budget) and tests/bench/bench.mjs (the table).
//
// The list: every preload / script / stylesheet / icon link of dist/index.html; the wasm, story and
// fonts named in the data-* attributes of its script tags (what the page's script fetches; not
// data-fonts-ext, which only a story with Latin Extended-A or Cyrillic fetches, nor
// data-fonts-full, the whole faces a story with characters outside the published ones fetches,
// nor data-story when the page carries its story inside, as a published page does), or else the
// defaults written in dist/app.js; and the wasm next to each Emscripten glue script.
import { readFileSync, existsSync } from "node:fs";
import { join, normalize } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

export function compressedSizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

// Same-origin relative URLs of the first load, in the order a reader would see them named.
export function firstLoadFiles(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = ["index.html"];
  const add = (u) => {
    if (!u || /^[a-z]+:|^\/\//i.test(u)) return; // other origins are not ours to count
    const clean = normalize(u.replace(/[?#].*$/, "")).replace(/^\/+/, "");
    if (!files.includes(clean)) files.push(clean);
  };
  const attr = (tag, name) => { const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag); return m ? (m[2] ?? m[3] ?? m[4]) : null; };
  for (const tag of html.match(/<link\b[^>]*>/gi) || []) {
    const rel = (attr(tag, "rel") || "").toLowerCase().split(/\s+/);
    if (rel.some((r) => ["preload", "modulepreload", "stylesheet", "icon"].includes(r))) add(attr(tag, "href"));
  }
  // Scripts, and the files app.js is told about in their data-* attributes (data-wasm, data-story,
  // data-fonts: space-separated).
  const covered = new Set();
  for (const tag of html.match(/<script\b[^>]*>/gi) || []) {
    add(attr(tag, "src"));
    for (const m of tag.matchAll(/\sdata-([a-z-]+)\s*=\s*"([^"]*)"/gi)) {
      // fetched only for stories with Latin Extended-A or Cyrillic, or with a character the cut faces lack
      if (m[1] === "fonts-ext" || m[1] === "fonts-full") continue;
      // the module's second half: fetched on the reader's first interaction (web/js/deferred.js)
      if (m[1] === "wasm-deferred") continue;
      if (m[1] === "story" && /<script\b[^>]*\sid="mm-story"/i.test(html)) continue; // written into the page itself
      for (const f of m[2].split(/\s+/)) if (isAsset(f) && existsSync(join(dist, f))) { add(f); covered.add(kindOf(f)); }
    }
  }
  // The defaults app.js falls back to (string literals naming a story, font or wasm that exists),
  // for the kinds the page does not name.
  if (existsSync(join(dist, "app.js"))) {
    const app = readFileSync(join(dist, "app.js"), "utf8");
    for (const m of app.matchAll(/"([^"\n]*)"/g)) {
      for (const f of m[1].split(/\s+/)) {
        if (isAsset(f) && !covered.has(kindOf(f)) && existsSync(join(dist, f))) add(f);
      }
    }
  }
  // The wasm next to each Emscripten glue script.
  for (const f of [...files]) {
    if (f.endsWith(".js") && existsSync(join(dist, f.replace(/\.js$/, ".wasm")))) add(f.replace(/\.js$/, ".wasm"));
  }
  return files;
}

const isAsset = (f) => /^([\w-]+\/)*[\w.-]+\.(wasm|ttf|otf|woff2?)$/.test(f) || /^stories\/[\w.-]+\.json$/.test(f);

export function kindOf(file) {
  if (/\.wasm$/.test(file)) return "wasm";
  if (/\.(ttf|otf|woff2?)$/.test(file)) return "font";
  if (/stories\/.*\.json$/.test(file)) return "story";
  if (/\.js$/.test(file)) return "js";
  if (/\.css$/.test(file)) return "css";
  if (/\.html$/.test(file)) return "html";
  return "other";
}

// [{ file, kind, raw, gzip, brotli, missing? }] plus the total.
export function payload(dist, files = firstLoadFiles(dist)) {
  const rows = files.map((file) => {
    const path = join(dist, file);
    if (!existsSync(path)) return { file, kind: kindOf(file), raw: 0, gzip: 0, brotli: 0, missing: true };
    return { file, kind: kindOf(file), ...compressedSizes(readFileSync(path)) };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}
