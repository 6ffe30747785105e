// font-subset.mjs — at publish time, cuts the four first-load font faces down to the characters the
// page's own story and the interface language it opens in use, and keeps the whole faces beside
// them for any other story or language (docs/benchmarks.md, "Levers"; docs/hosting.md).
//
// The build's faces (cmake/Fonts.cmake) hold all of Basic Latin, Latin-1 and the typographic
// punctuation that src/core/glyph_coverage.h promises, for any story. A published page mostly
// shows one story in one language, so the faces its first load fetches are cut again, with the
// same fontTools (`python3 -m fontTools.subset`, Debian's python3-fonttools, installed by
// scripts/setup.sh), to: Basic Latin (always: digits, and any ASCII a runtime ?story= brings), the
// no-break space and ellipsis (Dear ImGui's), and every other character of the page's story, of the
// page itself and of the interface languages it opens in: English (built into the module, and what
// any failure falls back to) and the shipped locale of the story's own language, if there is one.
// Another language (?lang=de, or a runtime story in French) has letters the cut lacks (ß, «, ç…),
// so it gets the whole faces. The whole faces go to fonts/full/ (same file names, so the module
// knows each face) and the page's script tag gets
//   data-fonts-full="fonts/full/…"   the whole faces, in data-fonts' order
//   data-fonts-chars="é…"            the characters above U+007E the cut faces hold
//   data-fonts-langs="en …"          the interface languages whose words they hold
// web/js/main.js fetches the whole faces instead when a story or locale has a character the cut
// faces lack (and the canvas can draw), and from the start when ?lang= names a shipped language
// outside data-fonts-langs; the coverage the loader checks is unchanged.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";

const ALWAYS = "\u00a0\u2026"; // beside Basic Latin: the no-break space, Dear ImGui's ellipsis

// Every string (and key) of a JSON text, joined; the raw text when it is not JSON.
function jsonChars(text) {
  let out = "";
  const walk = (v) => {
    if (typeof v === "string") out += v;
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) { out += k; walk(x); }
  };
  try { walk(JSON.parse(text)); } catch { out = text; }
  return out;
}

// HTML text with its numeric and common named character references decoded.
const NAMED = { nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };
const htmlChars = (html) => html
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

// The characters above U+007E of `texts` that fall inside the faces' Latin-1 file (the -Ext
// files and anything the canvas cannot draw are not this file's business), sorted.
export function extraChars(texts, inFaces) {
  const set = new Set(ALWAYS);
  for (const t of texts) for (const c of t) if (c.codePointAt(0) > 0x7e && inFaces(c.codePointAt(0))) set.add(c);
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
      "--unicodes=U+0020-007E", "--layout-features=kern", "--no-hinting", "--desubroutinize",
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
  const texts = [htmlChars(page)];
  const story = attrOf(tag, "data-story");
  let storyLang = "";
  if (story && files.has(posix.normalize(story))) {
    const text = files.get(posix.normalize(story)).toString("utf8");
    texts.push(jsonChars(text));
    storyLang = storyLanguage(text);
  }
  texts.push(jsonChars(readFileSync(join(repo, "assets", "locales", "en.json"), "utf8"))); // built into the module
  const langs = ["en"];
  for (const [rel, buf] of files) {
    const m = /^locales\/([^/]+)\.json$/.exec(rel);
    if (!m || !sameLanguage(m[1], storyLang) || langs.includes(m[1])) continue;
    langs.push(m[1]);
    texts.push(jsonChars(buf.toString("utf8")));
  }
  const chars = extraChars(texts, inFaces);

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
