// font-subset.mjs — at publish time, cuts the four first-load font faces down to the characters the
// page's own story and the interface language it opens in use, and keeps the whole faces beside
// them for any other story or language (docs/benchmarks.md, "Levers"; docs/hosting.md).
//
// The build's faces (cmake/Fonts.cmake) hold all of Basic Latin, Latin-1 and the typographic
// punctuation that src/core/glyph_coverage.h promises, for any story. A published page mostly
// shows one story in one language, so the faces its first load fetches are cut again, with the
// same fontTools (`python3 -m fontTools.subset`, Debian's python3-fonttools, installed by
// scripts/setup.sh), to: what the module draws of its own (ALWAYS: digits, Dear ImGui's "?" and
// "…", the joining punctuation and curly quotes of src/ui), and every character, Basic Latin
// included, of the page's story, of the page's text and of the interface languages it opens in:
// English (built into the module, and what any failure falls back to) and the shipped locale of
// the story's own language, if there is one. Another language (?lang=de, or a runtime story in
// French) has letters the cut lacks (ß, «, ç…), as may another story ("$", "[", "ø"), so those get
// the whole faces. The whole faces go to fonts/full/ (same file names, so the module knows each
// face) and the page's script tag gets
//   data-fonts-full="fonts/full/…"   the whole faces, in data-fonts' order
//   data-fonts-chars=" 0…é"          every character the cut faces hold
//   data-fonts-langs="en …"          the interface languages whose words they hold
// web/js/main.js fetches the whole faces instead when a story's or locale's strings have a
// character the cut faces lack (and the canvas can draw), and from the start when ?lang= names a
// shipped language outside data-fonts-langs; the coverage the loader checks is unchanged.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";

// Always in the cut: what the module draws of its own, whatever the story and language. Digits
// (dates, counts, ranks); the space, no-break space and the punctuation src/ui joins strings with
// (", ", ": ", "; ", " · ", " × ", " — ", "+" of "+N", "(…)"); the curly quotes src/ui/text.cpp puts
// around every quote and turns inner quotation marks into (“ ” ‘ ’); Dear ImGui's fallback "?"
// and its ellipsis "…" (or "..."). Any other character comes from a story or a locale file, which
// web/js/main.js checks against data-fonts-chars before the module gets the faces.
const ALWAYS = " 0123456789?.,:;+()\u00a0\u00b7\u00d7\u2014\u2018\u2019\u201c\u201d\u2026";

// Every string value of a JSON text, joined; the raw text when it is not JSON. A locale file's
// placeholders ("{n}", "{sources_pos}") are never drawn: `locale` leaves them out.
const PLACEHOLDER = /\{[A-Za-z0-9_]+\}/g;
function jsonChars(text, locale = false) {
  let out = "";
  const walk = (v) => {
    if (typeof v === "string") out += (locale ? v.replace(PLACEHOLDER, " ") : v) + " ";
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);  // keys are never drawn
  };
  try { walk(JSON.parse(text)); } catch { out = text; }
  return out;
}

// The text a page shows: its text content (no tags, scripts or styles) and its controls' value
// and placeholder attributes, with numeric and common named character references decoded.
const NAMED = { nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };
const pageText = (html) => [
  html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ").replace(/<[^>]*>/g, " "),
  ...[...html.matchAll(/\s(?:value|placeholder)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]),
].join(" ")
  .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#([0-9]+);/g, (_, d) => String.fromCodePoint(Number(d)))
  .replace(/&([a-z]+);/gi, (all, n) => NAMED[n.toLowerCase()] ?? all);

// The story's "language" tag, or "" (not JSON, or none given).
function storyLanguage(text) {
  try { const s = JSON.parse(text); return s && typeof s.language === "string" ? s.language : ""; } catch { return ""; }
}
// Whether two BCP 47 tags name the same language (their first subtags agree: "pt" and "pt-BR"), as
// the module's locale matching does for the story's language; the browser's check (main.js) is the
// safety net for any other case.
export const sameLanguage = (a, b) => !!a && !!b && a.split("-")[0].toLowerCase() === b.split("-")[0].toLowerCase();

// A letter's other case as src/core/wording.cpp's UpperOf / LowerOf give it, for Basic Latin and
// Latin-1 (the module upper-cases kickers and changes a phrase's first letter): "x" → "X", "é" → "É".
export function otherCase(cp) {
  if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0xe0 && cp <= 0xfe && cp !== 0xf7)) return cp - 32;
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0xc0 && cp <= 0xde && cp !== 0xd7)) return cp + 32;
  return cp;
}

// The characters of `texts`, in both cases, that fall inside the faces' Latin-1 file (Basic Latin
// included; the -Ext files and anything the canvas cannot draw are not this file's business), with
// ALWAYS, sorted.
export function cutChars(texts, inFaces) {
  const set = new Set(ALWAYS);
  for (const t of texts) {
    for (const c of t) {
      for (const cp of [c.codePointAt(0), otherCase(c.codePointAt(0))]) if (inFaces(cp)) set.add(String.fromCodePoint(cp));
    }
  }
  return [...set].sort((a, b) => a.codePointAt(0) - b.codePointAt(0)).join("");
}

// The Latin-1 file's ranges, read from cmake/Fonts.cmake's MM_FONT_UNICODES (one source of truth
// with the build; a unit test ties that list to src/core/glyph_coverage.h).
export function latin1Ranges(repo) {
  const cmake = readFileSync(join(repo, "cmake", "Fonts.cmake"), "utf8");
  const m = /set\(MM_FONT_UNICODES "([^"]+)"\)/.exec(cmake);
  if (!m) throw new Error("cmake/Fonts.cmake: no MM_FONT_UNICODES");
  return m[1].split(",").map((r) => r.replace(/^U\+/, "").split("-").map((h) => parseInt(h, 16))).map(([a, b]) => [a, b ?? a]);
}

function subsetOne(python, buf, chars) {
  const dir = mkdtempSync(join(tmpdir(), "mm-subset-"));
  try {
    writeFileSync(join(dir, "in.ttf"), buf);
    writeFileSync(join(dir, "chars.txt"), chars);
    // The build's options (cmake/Fonts.cmake), so the cut faces differ from the whole ones only in glyphs.
    execFileSync(python, ["-m", "fontTools.subset", join(dir, "in.ttf"), `--text-file=${join(dir, "chars.txt")}`,
      "--layout-features=kern", "--no-hinting", "--desubroutinize",
      "--name-IDs=0,1,2,3,4,5,6", `--output-file=${join(dir, "out.ttf")}`], { stdio: ["ignore", "ignore", "pipe"] });
    return readFileSync(join(dir, "out.ttf"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const attrOf = (tag, name) => { const m = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, "i").exec(tag); return m ? m[1] : null; };
const escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

// files: Map rel → Buffer (the collected site). Returns a new Map with the cut faces in place of
// data-fonts' files, the whole ones under fonts/full/, and the script tag's three new attributes;
// `files` is left as it is (the offline file keeps the whole faces: a classroom copy must show
// any story). Without fontTools the site is returned unchanged, with a warning.
export function subsetFonts(files, { repo, python = process.env.MM_PYTHON_WITH_FONTTOOLS || "/usr/bin/python3", log = console.warn } = {}) {
  const page = files.get("index.html").toString("utf8");
  const tag = /<script\b[^>]*\sdata-fonts\s*=[^>]*>/i.exec(page)?.[0];
  if (!tag) return files;
  const fonts = attrOf(tag, "data-fonts").split(/\s+/).filter(Boolean);
  if (!fonts.length || fonts.some((f) => !files.has(posix.normalize(f)))) return files;
  const ranges = latin1Ranges(repo);
  const inFaces = (cp) => ranges.some(([a, b]) => cp >= a && cp <= b);
  const texts = [pageText(page)];
  const story = attrOf(tag, "data-story");
  let storyLang = "";
  if (story && files.has(posix.normalize(story))) {
    const text = files.get(posix.normalize(story)).toString("utf8");
    texts.push(jsonChars(text));
    storyLang = storyLanguage(text);
  }
  texts.push(jsonChars(readFileSync(join(repo, "assets", "locales", "en.json"), "utf8"), true)); // built into the module
  const langs = ["en"];
  for (const [rel, buf] of files) {
    const m = /^locales\/([^/]+)\.json$/.exec(rel);
    if (!m || !sameLanguage(m[1], storyLang) || langs.includes(m[1])) continue;
    langs.push(m[1]);
    texts.push(jsonChars(buf.toString("utf8"), true));
  }
  const chars = cutChars(texts, inFaces);

  const out = new Map(files);
  const full = [];
  try {
    for (const f of fonts) {
      const rel = posix.normalize(f), whole = posix.join(posix.dirname(rel), "full", posix.basename(rel));
      out.set(whole, files.get(rel));
      out.set(rel, subsetOne(python, files.get(rel), chars));
      full.push(whole);
    }
  } catch (e) {
    log(`[motive-matrix] warning: fonts not cut to the story's characters (${String(e.stderr || e.message).trim().split("\n").pop()}); publishing the whole faces`);
    return files;
  }
  const newTag = tag.replace(/\sdata-fonts\s*=/i,
    (m) => ` data-fonts-full="${full.join(" ")}" data-fonts-chars="${escapeAttr(chars)}" data-fonts-langs="${langs.join(" ")}"${m}`);
  out.set("index.html", Buffer.from(page.replace(tag, () => newTag)));
  return out;
}
