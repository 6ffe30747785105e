// publish.mjs — turns the web build (build/web/site: plain names, web/js/ as separate files, the
// page without its text version) into the folder to upload to a static host or CDN, dist/.
// scripts/build-web.sh runs it after every build; scripts/publish.sh runs it again, e.g. into
// another folder. docs/hosting.md describes the result and how to serve it. It is the one program
// that writes dist/:
//
//   node scripts/lib/publish.mjs [--site DIR] [--out DIR] [--cli PATH] [--public-url URL]
//        (defaults: build/web/site, dist, build/native-tools/motive-matrix or $MM_CLI, $PUBLIC_URL)
//
// The site is never changed. The output folder is rebuilt from scratch each run, then swapped in,
// so running it twice gives the same bytes:
//   - app.js: web/js/*.js joined in APP_SCRIPTS' order inside one function, so the page loads one
//     script (and the offline file inlines one). But classroom.js (the classroom modes, ?mode=
//     predict|class) stays a script of its own, with the English page.cr.* words after it, so a
//     reader's first load carries neither: app.js loads it in those modes (index.html's
//     data-classroom names it); the offline file inlines it.
//   - index.html gets its text version: the story its script tag names (data-story), rendered by
//     `motive-matrix html` (src/core/text_version.h), replaces the <!--mm:text-version--> marker
//     (or an earlier <!--mm:text-version:begin-->…<!--mm:text-version:end--> block). The first
//     paint, and what screen readers, search engines, reader modes and print read.
//     MM_TEXT_HEADING_OFFSET=N (or headingOffset) starts its headings at h(1+N).
//   - every file index.html loads (scripts, styles, wasm, the story, fonts) and every file those
//     styles load (fonts) gets a content-hashed name, name.<10 hex>.ext, and the references in
//     index.html (<link href>, <script src>, data-wasm/data-story/data-fonts/data-classroom) and in the CSS
//     (url(...)) are rewritten; classroom.css takes classroom.js's hashed name. The unhashed originals are left out, except stories/*.json,
//     which keep their names for ?story= links.
//   - index.html, embed.js, demo/, favicon.svg and the schema keep stable names.
//   - offline/motive-matrix.html: the whole explainer in one file that opens from file://.
//   - cards/<story>.png (1200×630 social cards), oembed/<story>.json and the page's og:*,
//     twitter:card and oEmbed discovery tags, absolute with --public-url / PUBLIC_URL (share-meta.mjs).
//   - the page's own story also inside index.html (#mm-story), so the first load needs no fetch for it.
//   - the first-load fonts cut to the characters of the page's story and the locales, the whole
//     faces under fonts/full/ for other stories (font-subset.mjs).
//   - .br and .gz beside every compressible file (only where smaller), and publish-manifest.json.
//   - every script but embed.js is minified with terser (Debian package `terser`, installed by setup.sh):
//     Emscripten's glue shrinks from 26 to 18 KB brotli (docs/benchmarks.md, "Levers").
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompress, constants as Z, gzip } from "node:zlib";
import { promisify } from "node:util";
import { HASHED_NAME, TYPES } from "./server.mjs";
import { subsetFonts } from "./font-subset.mjs";
import { shareMeta } from "./share-meta.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const HASHED_EXT = new Set([".js", ".mjs", ".wasm", ".css", ".json", ".ttf", ".otf", ".woff", ".woff2"]);
const STABLE = new Set(["index.html", "embed.js"]);
const KEEP_ORIGINAL = (rel) => /^stories\/[^/]+\.json$/.test(rel);
const COMPRESS_EXT = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".ttf", ".otf", ".txt", ".xml", ".map"]);
const TEXT_EXT = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".xml", ".map"]);
const MARKER = "publish-manifest.json";
// The page's script, web/js/*.js, in the order they are joined (each file's header says what it
// provides and what it uses from the files before it).
export const APP_SCRIPTS = ["config.js", "words.js", "host.js", "chrome.js", "bridge.js", "deferred.js", "api.js", "main.js"];
// Scripts of their own, loaded by app.js only when needed (each defines one window global):
// name → the prefix of the English words (assets/locales/en.json) that go with it instead of
// into index.html, set as window.<global>.words; and its stylesheet, if any, which is published
// under the script's own hashed name with .css (classroom.<hash>.js → classroom.<hash>.css), so
// the page finds it without an attribute of its own.
export const LAZY_SCRIPTS = { "classroom.js": { global: "mmClassroom", words: "page.cr.", css: "classroom.css" } };
const lazyCss = (rel) => (LAZY_SCRIPTS[rel] && LAZY_SCRIPTS[rel].css) || null;
// The name a lazy script's stylesheet is published under: the script's, with .css. The page
// derives it the same way (web/js/config.js, classroomCss): that naming is the contract.
const cssNameOf = (jsName) => jsName.replace(/\.m?js$/, ".css");
const lazyWords = (key) => Object.values(LAZY_SCRIPTS).some((l) => key.startsWith(l.words));

const sha = (buf) => createHash("sha256").update(buf).digest("hex");
const hashedName = (rel, buf) => {
  const ext = posix.extname(rel);
  return rel.slice(0, rel.length - ext.length) + "." + sha(buf).slice(0, 10) + ext;
};
const isLocal = (ref) => ref && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i.test(ref);
const splitRef = (ref) => { const m = /^([^?#]*)(.*)$/.exec(ref); return [m[1], m[2]]; };

function listFiles(dir, prefix = "") {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const abs = join(dir, name), rel = prefix ? prefix + "/" + name : name;
    if (statSync(abs).isDirectory()) out.push(...listFiles(abs, rel));
    else out.push(rel);
  }
  return out;
}

// ------------------------------------------------------------------------------ the site
// Minifies one script with terser; without terser the script is published as it is, with a
// warning (the payload budget test then fails, which is the right place to notice).
let terserMissing = false;
export function minifyJs(rel, buf, log = console.warn) {
  if (terserMissing) return buf;
  try {
    // Debian's terser finds its own modules through NODE_PATH when node is not Debian's.
    const env = { ...process.env, NODE_PATH: ["/usr/share/nodejs", process.env.NODE_PATH].filter(Boolean).join(":") };
    return execFileSync(process.env.MM_TERSER || "terser", ["--compress", "passes=2", "--mangle"],
      { input: buf, env, maxBuffer: 64 << 20, stdio: ["pipe", "pipe", "pipe"] });
  } catch (e) {
    if (e.code === "ENOENT") {
      terserMissing = true;
      log(`[motive-matrix] warning: terser not found (run scripts/setup.sh); scripts are published unminified`);
      return buf;
    }
    throw new Error(`terser could not minify ${rel}: ${String(e.stderr || e.message).trim()}`);
  }
}

// Joins js/*.js into app.js (APP_SCRIPTS) and writes LAZY_SCRIPTS beside it, each followed by its
// English words; a module in neither list is an error, so that none is silently left out of the page.
function bundleApp(files) {
  const modules = [...files.keys()].filter((rel) => rel.startsWith("js/"));
  if (!modules.length) return;
  const unknown = modules.filter((rel) => !APP_SCRIPTS.includes(rel.slice(3)) && !LAZY_SCRIPTS[rel.slice(3)]);
  if (unknown.length) throw new Error(`${unknown.join(", ")}: not in publish.mjs's APP_SCRIPTS (the order of the page's script) nor LAZY_SCRIPTS`);
  const en = JSON.parse(readFileSync(join(repo, "assets", "locales", "en.json"), "utf8"));
  for (const [name, lazy] of Object.entries(LAZY_SCRIPTS)) {
    const buf = files.get("js/" + name);
    if (!buf) throw new Error(`js/${name} is missing from the build (LAZY_SCRIPTS names it)`);
    files.delete("js/" + name);
    const words = Object.fromEntries(Object.entries(en).filter(([k]) => k.startsWith(lazy.words)));
    files.set(name, Buffer.from(`// ${name} — web/js/${name} and its English words (${lazy.words}*), by scripts/lib/publish.mjs.\n` +
      buf.toString("utf8") + `\nwindow.${lazy.global}.words = ${JSON.stringify(words)};\n`));
  }
  const parts = APP_SCRIPTS.map((name) => {
    const buf = files.get("js/" + name);
    if (!buf) throw new Error(`js/${name} is missing from the build (APP_SCRIPTS names it)`);
    files.delete("js/" + name);
    return buf.toString("utf8");
  });
  files.set("app.js", Buffer.from("// app.js — web/js/" + APP_SCRIPTS.join(", ") + ", joined by scripts/lib/publish.mjs.\n" +
    '(function () {\n"use strict";\n' + parts.join("\n") + "})();\n"));
}

// Writes the text version of the page's own story into index.html (see the header).
const TEXT = { marker: "<!--mm:text-version-->", begin: "<!--mm:text-version:begin-->", end: "<!--mm:text-version:end-->" };
function injectTextVersion(files, site, { cli, headingOffset }) {
  let page = files.get("index.html").toString("utf8");
  const count = (s) => page.split(s).length - 1;
  const markers = count(TEXT.marker), begins = count(TEXT.begin), ends = count(TEXT.end);
  const replace = begins === 1 && ends === 1 && markers === 0 && page.indexOf(TEXT.begin) < page.indexOf(TEXT.end);
  if (!replace && !(markers === 1 && begins === 0 && ends === 0)) {
    throw new Error(`index.html: expected one ${TEXT.marker} or one ${TEXT.begin}…${TEXT.end} pair; ` +
      `found ${markers} marker(s), ${begins} begin, ${ends} end`);
  }
  const tag = /<script\b[^>]*\sdata-story\s*=\s*"([^"]*)"/i.exec(page);
  if (!tag) throw new Error("index.html has no <script data-story=…>: which story's text version?");
  const story = join(site, ...splitRef(tag[1])[0].split("/"));
  if (!existsSync(story)) throw new Error(`no story at ${story} (index.html's data-story)`);
  if (!existsSync(cli)) {
    throw new Error(`no motive-matrix tool at ${cli} to render the text version ` +
      "(cmake -S . -B build/native-tools -DMM_BUILD_UI_TESTS=OFF && cmake --build build/native-tools --target motive-matrix)");
  }
  let fragment;
  try {
    // The tool prints the diagnostics itself (on stderr) when the story is invalid.
    fragment = execFileSync(cli, ["html", story, "--heading-offset", String(headingOffset)],
      { encoding: "utf8", maxBuffer: 256 << 20, stdio: ["ignore", "pipe", "inherit"] });
  } catch (e) {
    throw new Error(`could not render ${story} (see the diagnostics above)`);
  }
  if (!fragment.trim()) throw new Error("motive-matrix html printed nothing");
  // The writer escapes every story string, so the fragment never holds "<!--": the markers stay unambiguous.
  if (Object.values(TEXT).some((m) => fragment.includes(m))) throw new Error("the text version contains a marker; refusing to write it");
  const block = TEXT.begin + "\n" + fragment.replace(/\n+$/, "") + "\n" + TEXT.end;
  page = replace
    ? page.slice(0, page.indexOf(TEXT.begin)) + block + page.slice(page.indexOf(TEXT.end) + TEXT.end.length)
    : page.replace(TEXT.marker, () => block);
  files.set("index.html", Buffer.from(page));
}

// Writes the page's own English words (assets/locales/en.json's page.* and alert.* phrases, but
// LAZY_SCRIPTS' words, which come with their scripts) into index.html's <script
// type="application/json" id="mm-words"> block (web/js/words.js): other languages come with their
// locale files, fetched when used.
const WORDS_MARKER = "<!--mm:words-->";
function injectWords(files) {
  let page = files.get("index.html").toString("utf8");
  if (!page.includes(WORDS_MARKER)) return;
  const en = JSON.parse(readFileSync(join(repo, "assets", "locales", "en.json"), "utf8"));
  const words = Object.fromEntries(Object.entries(en).filter(([k]) => (k.startsWith("page.") || k.startsWith("alert.")) && !lazyWords(k)));
  const json = JSON.stringify(words).replace(/</g, "\\u003c");
  files.set("index.html", Buffer.from(page.replace(WORDS_MARKER, () => json)));
}

// The page's own story goes into the served index.html too, as <script type="application/json"
// id="mm-story"> at the end of <body> (web/js/main.js reads it; ?story= still fetches): one
// request fewer, and brotli shares the words the story and its text version have in common
// (−4.3 KB on the first load, docs/benchmarks.md). Its preload goes; the file stays, for ?story=
// links and "Get the data". Every "<" is written \u003c, so nothing in it can end the element.
// The head's comments in shell.html are notes for the people who edit it, not for readers: the
// published page leaves them out (the body's <!--mm:…--> markers stay, for publishing again).
function stripHeadComments(files) {
  const page = files.get("index.html");
  if (!page) return;
  files.set("index.html", Buffer.from(page.toString("utf8").replace(/<head>[\s\S]*?<\/head>/i,
    (head) => head.replace(/[ \t]*<!--(?!mm:)[\s\S]*?-->[ \t]*\n?/g, ""))));
}

function inlineStory(files) {
  let page = files.get("index.html").toString("utf8");
  const tag = /<script\b[^>]*\sdata-story\s*=\s*"([^"]*)"/i.exec(page);
  if (!tag || page.includes('id="mm-story"')) return files;
  const rel = posix.normalize(splitRef(tag[1])[0]);
  if (!files.has(rel) || !/<\/body>/i.test(page)) return files;
  // Without its indentation (the file under stories/ keeps it, for people and for ?story= links):
  // a reader's first load need not carry the whitespace.
  const json = JSON.stringify(JSON.parse(files.get(rel).toString("utf8"))).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  page = page.replace(/[ \t]*<link\b[^>]*\srel\s*=\s*"preload"[^>]*>[ \t]*\n?/gi, (link) => (attr(link, "href") === tag[1] ? "" : link));
  page = page.replace(/<\/body>/i, () => '<script type="application/json" id="mm-story">' + json.replace(/\s+$/, "") + "</script>\n</body>");
  const out = new Map(files);
  out.set("index.html", Buffer.from(page));
  return out;
}

// files: Map rel → Buffer: the site with app.js joined, the text version and the page's words
// written in, scripts minified.
function collect(site, options) {
  const files = new Map();
  for (const rel of listFiles(site)) {
    if (/\.(br|gz)$/.test(rel) || rel.startsWith("offline/") || rel === MARKER) continue;
    files.set(rel, readFileSync(join(site, rel)));
  }
  bundleApp(files);
  injectTextVersion(files, site, options);
  injectWords(files);
  stripHeadComments(files);
  for (const [rel, buf] of files) {
    // embed.js is left as written: hosts copy it into their articles and may want to read it.
    if (/\.m?js$/.test(rel) && rel !== "embed.js") files.set(rel, minifyJs(rel, buf));
  }
  return files;
}

// Rewrites url(...) in a stylesheet at `rel`; returns the new text.
function rewriteCss(text, rel, rename) {
  return text.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (all, q, ref) => {
    if (!isLocal(ref)) return all;
    const [path, rest] = splitRef(ref);
    const target = posix.normalize(posix.join(posix.dirname(rel), path));
    const to = rename(target);
    if (!to) return all;
    return "url(" + q + posix.relative(posix.dirname(rel), to) + rest + q + ")";
  });
}

// Applies fn(ref) → ref' to every reference attribute of <link> and <script> tags in html.
// data-fonts, data-fonts-ext, data-fonts-full and data-locales hold space-separated lists.
const REF_ATTRS = /(\s(?:href|src|data-wasm|data-wasm-deferred|data-story|data-fonts|data-fonts-ext|data-fonts-full|data-locales|data-classroom)\s*=\s*)("([^"]*)"|'([^']*)')/gi;
function mapTagRefs(html, fn) {
  return html.replace(/<(?:link|script)\b[^>]*>/gi, (tag) =>
    tag.replace(REF_ATTRS, (all, pre, quoted, dq, sq) => {
      const value = dq !== undefined ? dq : sq;
      const mapped = value.split(/(\s+)/).map((tok) => (/^\s*$/.test(tok) ? tok : fn(tok))).join("");
      return pre + '"' + mapped + '"';
    }));
}

// A build whose module was not split (scripts/lib/split-wasm.mjs) has no second half to name; a
// first half without its second would stop at its first deferred call, so it is refused.
function withoutMissingHalf(files) {
  let index = files.get("index.html").toString("utf8");
  const wasm = (/\sdata-wasm\s*=\s*"([^"]*)"/i.exec(index) || [])[1];
  index = index.replace(/\sdata-wasm-deferred\s*=\s*"([^"]*)"/i, (all, ref) => {
    if (files.has(posix.normalize(splitRef(ref)[0]))) return all;
    const first = wasm && files.get(posix.normalize(splitRef(wasm)[0]));
    if (first && WebAssembly.Module.imports(new WebAssembly.Module(first)).some((i) => i.module === "placeholder")) {
      throw new Error(`${wasm} is the first half of a split module, and its second half (${ref}) is not in the build: run scripts/build-web.sh again`);
    }
    return "";
  });
  files.set("index.html", Buffer.from(index));
  return files;
}

// Hashes what index.html loads, recursively through stylesheets. Returns { files, renames }.
function hashSite(files) {
  const renames = new Map(); // rel → hashed rel
  const out = new Map(files);
  const visiting = new Set();
  function rename(rel) {
    if (renames.has(rel)) return renames.get(rel);
    if (!out.has(rel) || STABLE.has(rel) || !HASHED_EXT.has(posix.extname(rel)) || HASHED_NAME.test(rel)) return null;
    if (visiting.has(rel)) return null;
    visiting.add(rel);
    let buf = out.get(rel);
    if (posix.extname(rel) === ".css") buf = Buffer.from(rewriteCss(buf.toString("utf8"), rel, rename));
    // A lazy script's stylesheet takes the script's name: one hash over both.
    const css = lazyCss(rel) && out.has(lazyCss(rel)) ? lazyCss(rel) : null;
    const to = hashedName(rel, css ? Buffer.concat([buf, out.get(css)]) : buf);
    out.set(to, buf);
    if (!KEEP_ORIGINAL(rel)) out.delete(rel);
    renames.set(rel, to);
    if (css) {
      const cssTo = cssNameOf(to);
      out.set(cssTo, out.get(css));
      out.delete(css);
      renames.set(css, cssTo);
    }
    visiting.delete(rel);
    return to;
  }
  const index = out.get("index.html").toString("utf8");
  const rewritten = mapTagRefs(index, (ref) => {
    if (!isLocal(ref)) return ref;
    const [path, rest] = splitRef(ref);
    const to = rename(posix.normalize(path));
    return to ? to + rest : ref;
  });
  out.set("index.html", Buffer.from(rewritten));
  return { files: out, renames };
}

// -------------------------------------------------------------------------- offline file
const scriptText = (js) => js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
const attr = (tag, name) => {
  const m = new RegExp("\\s" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", "i").exec(tag);
  return m ? (m[1] !== undefined ? m[1] : m[2]) : null;
};
const mime = (path) => (TYPES[posix.extname(path)] || "application/octet-stream").split(";")[0];
export const OFFLINE_CSP = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; " +
  "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

// One HTML file with everything inside: styles in <style>, motive-matrix.js, the classroom script
// (data-classroom, which app.js then finds defined) and app.js as inline scripts at the end of
// <body> (app.js looks up the page's elements as it starts), and the wasm,
// story and fonts in window.motiveMatrixAssets, which app.js uses instead of fetching. The
// stylesheet's @font-face rules for those fonts become FontFace objects made from the same bytes,
// so nothing is stored twice. A CSP meta tag forbids every network request.
function offlineHtml(files) {
  const get = (rel) => {
    const buf = files.get(posix.normalize(rel));
    if (!buf) throw new Error(`offline: index.html refers to ${rel}, which is not in the build`);
    return buf;
  };
  let html = get("index.html").toString("utf8");
  const scripts = [];
  let appTag = null;
  html = html.replace(/[ \t]*<script\b([^>]*)>\s*<\/script>[ \t]*\n?/gi, (all, attrs) => {
    const src = attr(all, "src");
    if (!src || !isLocal(src)) return all;
    scripts.push({ src, attrs });
    if (attr(all, "data-wasm") !== null) appTag = all;
    return "";
  });
  if (!appTag) throw new Error("offline: no <script data-wasm=…> (app.js) in index.html");
  const wasm = attr(appTag, "data-wasm"), deferred = attr(appTag, "data-wasm-deferred"), story = attr(appTag, "data-story");
  // In app.js's order: the Latin-1 files, then the -Ext files (all inlined: a classroom copy
  // must show any story it is given without a network).
  const fonts = ((attr(appTag, "data-fonts") || "") + " " + (attr(appTag, "data-fonts-ext") || "")).split(/\s+/).filter(Boolean);
  const faces = [];
  html = html.replace(/[ \t]*<link\b[^>]*>[ \t]*\n?/gi, (tag) => {
    const rel = (attr(tag, "rel") || "").toLowerCase(), href = attr(tag, "href");
    if (!href || !isLocal(href)) return tag;
    if (rel === "preload" || rel === "modulepreload" || rel === "prefetch" || rel === "manifest") return "";
    if (rel === "stylesheet") {
      let css = get(splitRef(href)[0]).toString("utf8");
      css = css.replace(/@font-face\s*\{([^}]*)\}/g, (rule, body) => {
        const src = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(body);
        if (!src) return rule;
        const path = posix.normalize(posix.join(posix.dirname(href), splitRef(src[1])[0]));
        const i = fonts.indexOf(path);
        const desc = (name) => { const m = new RegExp("(?:^|;)\\s*" + name + "\\s*:\\s*([^;]+)").exec(body); return m ? m[1].trim() : null; };
        if (i >= 0) {
          const d = {};
          for (const [k, css] of [["weight", "font-weight"], ["style", "font-style"], ["display", "font-display"], ["unicodeRange", "unicode-range"]]) if (desc(css)) d[k] = desc(css);
          faces.push([desc("font-family").replace(/^["']|["']$/g, ""), i, d]);
          return "";
        }
        return rule.replace(src[1], `data:${mime(path)};base64,${get(path).toString("base64")}`);
      });
      return "<style>\n" + css.replace(/<\/(style)/gi, "<\\/$1").replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (all, q, ref) => {
        if (!isLocal(ref)) return all;
        const path = posix.normalize(posix.join(posix.dirname(href), splitRef(ref)[0]));
        return files.has(path) ? `url("data:${mime(path)};base64,${files.get(path).toString("base64")}")` : all;
      }) + "</style>\n";
    }
    if (rel === "icon" || rel === "apple-touch-icon") {
      const path = splitRef(href)[0];
      return tag.replace(href, `data:${mime(path)};base64,${get(path).toString("base64")}`);
    }
    return tag;
  });
  // Every interface language too: a classroom copy works in any of them without a network.
  const locales = Object.fromEntries((attr(appTag, "data-locales") || "").split(/\s+/).filter(Boolean)
    .map((f) => [posix.basename(f).split(".")[0], get(f).toString("utf8")]));
  const assets = { wasm: get(wasm).toString("base64"), deferred: deferred ? get(deferred).toString("base64") : undefined, story: get(story).toString("utf8"), fonts: fonts.map((f) => get(f).toString("base64")), locales };
  const json = (v) => JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  const boot = "window.motiveMatrixAssets = " + json(assets) + ";\n" +
    "(function (a, faces) {\n" +
    "  if (!window.FontFace || !document.fonts) return;\n" +
    "  faces.forEach(function (f) {\n" +
    "    var s = atob(a.fonts[f[1]]), b = new Uint8Array(s.length);\n" +
    "    for (var i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);\n" +
    "    try { document.fonts.add(new FontFace(f[0], b.buffer, f[2])); } catch (e) { }\n" +
    "  });\n" +
    "})(window.motiveMatrixAssets, " + json(faces) + ");\n";
  let tail = "<script>\n" + boot + "</script>\n";
  const classroom = attr(appTag, "data-classroom");
  const classroomCss = classroom && lazyCss("classroom.js") ? cssNameOf(splitRef(classroom)[0]) : null;
  if (classroom) tail += "<script>\n" + scriptText(get(splitRef(classroom)[0]).toString("utf8")) + "\n</script>\n";
  if (classroomCss) tail += "<style>\n" + get(splitRef(classroomCss)[0]).toString("utf8").replace(/<\/(style)/gi, "<\\/$1") + "\n</style>\n";
  for (const s of scripts) {
    const keep = s.attrs.replace(/\s(?:src|defer|async|data-classroom)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi, "");
    tail += "<script" + keep + ">\n" + scriptText(get(splitRef(s.src)[0]).toString("utf8")) + "\n</script>\n";
  }
  // The head's comments describe the served page (preloads, "no inline script"): not this one.
  html = html.replace(/<head>[\s\S]*?<\/head>/i, (head) => head.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\n?/g, ""));
  if (!/<\/body>/i.test(html)) throw new Error("offline: index.html has no </body>");
  html = html.replace(/<\/body>/i, () => tail + "</body>");
  html = html.replace(/(<meta\s+charset[^>]*>)/i, (m) =>
    m + '\n<meta http-equiv="Content-Security-Policy" content="' + OFFLINE_CSP + '">');
  const leftover = [...html.matchAll(/<(?:img|link|script|iframe|source|video|audio)\b[^>]*\s(?:src|href)\s*=\s*["']([^"']+)["']/gi)]
    .map((m) => m[1]).filter((r) => isLocal(r) && !r.startsWith("#"));
  if (leftover.length) console.warn(`offline: references left that will not load: ${leftover.join(", ")}`);
  return Buffer.from(html);
}

// -------------------------------------------------------------------------- compression
// Compressed in zlib's thread pool, all files at once: the wasm and the offline file dominate.
const brotliP = promisify(brotliCompress), gzipP = promisify(gzip);
async function precompress(files) {
  await Promise.all([...files].map(async ([rel, buf]) => {
    const ext = posix.extname(rel);
    if (!COMPRESS_EXT.has(ext) || buf.length < 256) return;
    const [gz, br] = await Promise.all([gzipP(buf, { level: 9 }), brotliP(buf, { params: {
      [Z.BROTLI_PARAM_QUALITY]: 11,
      [Z.BROTLI_PARAM_MODE]: TEXT_EXT.has(ext) ? Z.BROTLI_MODE_TEXT : ext === ".ttf" || ext === ".otf" ? Z.BROTLI_MODE_FONT : Z.BROTLI_MODE_GENERIC,
      [Z.BROTLI_PARAM_SIZE_HINT]: buf.length,
    } })]);
    if (gz.length < buf.length) files.set(rel + ".gz", gz);
    if (br.length < buf.length) files.set(rel + ".br", br);
  }));
}

// ------------------------------------------------------------------------------ publish
export async function publish({ site = join(repo, "build/web/site"), out = join(repo, "dist"),
  cli = process.env.MM_CLI || join(repo, "build/native-tools/motive-matrix"),
  headingOffset = Number(process.env.MM_TEXT_HEADING_OFFSET || 0), publicUrl = process.env.PUBLIC_URL || "",
  log = console.log } = {}) {
  site = resolve(site); out = resolve(out);
  if (!existsSync(join(site, "index.html"))) throw new Error(`${site}/index.html not found: run scripts/build-web.sh first`);
  const inside = (a, b) => a === b || a.startsWith(b + sep);
  if (inside(out, site) || inside(site, out)) throw new Error(`the output folder (${out}) must be outside the build (${site}) and not contain it`);
  if (existsSync(out) && readdirSync(out).length && !existsSync(join(out, MARKER))) {
    throw new Error(`${out} exists and was not written by publish (no ${MARKER}); refusing to replace it`);
  }
  const source = withoutMissingHalf(collect(site, { cli: resolve(cli), headingOffset }));
  if (!/\sdata-wasm\s*=/.test(source.get("index.html").toString("utf8"))) {
    throw new Error("index.html has no <script data-wasm=…>: this build is older than publishing support");
  }
  // The served page fetches faces cut to its story's characters (font-subset.mjs); the offline
  // file keeps the whole ones.
  // Social cards, oEmbed files and the page's og:/twitter: tags first: the cards use the whole faces.
  const shared = shareMeta(source, { repo, publicUrl });
  const { files, renames } = hashSite(inlineStory(subsetFonts(shared, { repo })));
  files.set("offline/motive-matrix.html", offlineHtml(source));
  const manifest = { renames: Object.fromEntries([...renames].sort()), files: {} };
  for (const [rel, buf] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) manifest.files[rel] = { bytes: buf.length, sha256: sha(buf) };
  await precompress(files);
  files.set(MARKER, Buffer.from(JSON.stringify(manifest, null, 2) + "\n"));

  // Write next to the output, then swap, so a server pointed at `out` never sees half a site.
  const tmp = `${out}.tmp-${process.pid}`, old = `${out}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [rel, buf] of files) {
    const abs = join(tmp, ...rel.split("/"));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, buf);
  }
  mkdirSync(dirname(out), { recursive: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });

  const size = (rel) => files.get(rel)?.length ?? 0;
  log(`published ${relative(process.cwd(), site) || "."} → ${relative(process.cwd(), out) || "."}: ` +
      `${files.size} files, ${renames.size} renamed with content hashes`);
  for (const [from, to] of renames) {
    log(`  ${from.padEnd(34)} → ${to}  (${size(to)} B, br ${size(to + ".br") || "-"} B, gz ${size(to + ".gz") || "-"} B)`);
  }
  log(`  offline/motive-matrix.html  (${size("offline/motive-matrix.html")} B, br ${size("offline/motive-matrix.html.br")} B)`);
  return { out, renames, manifest };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2), opt = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--site") opt.site = args[++i];
    else if (args[i] === "--out") opt.out = args[++i];
    else if (args[i] === "--cli") opt.cli = args[++i];
    else if (args[i] === "--public-url") opt.publicUrl = args[++i];
    else { console.error(`usage: publish.mjs [--site DIR] [--out DIR] [--cli PATH] [--public-url URL]  (unknown argument ${args[i]})`); process.exit(2); }
  }
  publish(opt).catch((e) => { console.error(`[motive-matrix] error: ${e.message}`); process.exit(1); });
}
