// languages_fonts.test.mjs — the fonts each interface language needs (scripts/lib/font-subset.mjs,
// web/js/main.js). A published page's first-load faces are cut to its story and the languages it
// opens in (data-fonts-langs: English for the bundled story); ?lang=de, fr or uk fetches the whole
// faces (uk also the -Ext files, for Cyrillic), from the start rather than after its locale file.
// "No missing glyph" is checked on the bytes the page really fetched: every character of the
// language's words (and of what the canvas labels) that the canvas promises to draw — the ranges of
// src/core/glyph_coverage.h, as cmake/Fonts.cmake lists them — is in the cmap of the faces the page
// hands the module. The offline file, which inlines the whole faces, speaks every language without
// a request. Screenshots (fonts-*.png in build/screenshots): the bundled story, a fixture story,
// ?lang=uk and ?lang=de at 1280×800 and 390×844. And, without a browser: a page whose story is
// German gets a cut for English and German.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, serve, waitForFirstFrame, settle, screenshotPath, repo, dist, site } from "./harness.mjs";
import { decodePng, inkShare } from "./png.mjs";
import { subsetFonts } from "../../scripts/lib/font-subset.mjs";

const json = (rel) => JSON.parse(readFileSync(join(repo, rel), "utf8"));
const locale = (tag) => json(`assets/locales/${tag}.json`);
const story = json("assets/stories/witkoff-call-leak.json");
const FACES = ["NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSerif-Bold"];
// The bundled story with Basic Latin characters it does not use ("$", "[", "]", "!", "X"), in a
// name the canvas draws.
const asciiStory = JSON.parse(JSON.stringify(story));
asciiStory.suspects[0].name = asciiStory.suspects[0].short = "X-Fund [$5M]!";
let browser, server, base;

before(async () => {
  browser = await launch();
  ({ server, url: base } = await serve({
    "/fixtures/wide-sparse.json": (req, res) => res.writeHead(200, { "Content-Type": "application/json" })
      .end(readFileSync(join(repo, "tests/fixtures/stories/wide-sparse.json"))),
    "/fixtures/ascii.json": (req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(asciiStory)),
  }));
});
after(async () => { await browser?.close(); server?.close(); });

// The code points the canvas promises to draw: cmake/Fonts.cmake's two lists (a unit test ties
// them to src/core/glyph_coverage.h).
const cmake = readFileSync(join(repo, "cmake/Fonts.cmake"), "utf8");
const rangesOf = (name) => new RegExp(`set\\(${name} "([^"]+)"\\)`).exec(cmake)[1].split(",")
  .map((r) => r.replace(/^U\+/, "").split("-").map((h) => parseInt(h, 16))).map(([a, b]) => [a, b ?? a]);
const LATIN1 = rangesOf("MM_FONT_UNICODES"), EXT = rangesOf("MM_FONT_UNICODES_EXT");
const inRanges = (rs, cp) => rs.some(([a, b]) => cp >= a && cp <= b);
const drawable = (cp) => inRanges(LATIN1, cp) || inRanges(EXT, cp);

// Every string value of a JSON value (keys are never drawn); a locale's words without their
// placeholders ("{n}"), which are never drawn either.
const words = (tag) => values(locale(tag)).map((w) => w.replace(/\{[A-Za-z0-9_]+\}/g, ""));
const values = (v) => typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(values) :
  v && typeof v === "object" ? Object.values(v).flatMap(values) : [];
// A letter in the other case, as src/core/wording.cpp's UpperOf / LowerOf change it (Basic Latin
// and Latin-1): the canvas upper-cases kickers ("Explainer" → "EXPLAINER") and changes a phrase's
// first letter.
const otherCase = (cp) => (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xe0 && cp <= 0xfe && cp !== 0xf7) ? cp - 32 :
  (cp >= 0x41 && cp <= 0x5a) || (cp >= 0xc0 && cp <= 0xde && cp !== 0xd7) ? cp + 32 : cp;
// The drawable code points of some texts, above the control characters, in both cases.
const codepoints = (texts) => new Set(texts.flatMap((t) => [...t].flatMap((c) => [c.codePointAt(0), otherCase(c.codePointAt(0))]))
  .filter((cp) => cp >= 0x20 && drawable(cp)));

// A TrueType font's cmap: the code points it maps (formats 4 and 12, the ones fontTools writes).
function cmapOf(buf) {
  const b = Buffer.from(buf), cps = new Set();
  const tables = b.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) if (b.toString("latin1", 12 + 16 * i, 16 + 16 * i) === "cmap") cmap = b.readUInt32BE(12 + 16 * i + 8);
  assert.ok(cmap >= 0, "the font has a cmap");
  for (let i = 0, n = b.readUInt16BE(cmap + 2); i < n; i++) {
    const sub = cmap + b.readUInt32BE(cmap + 4 + 8 * i + 4), format = b.readUInt16BE(sub);
    if (format === 4) {
      const segs = b.readUInt16BE(sub + 6) / 2, ends = sub + 14, starts = ends + 2 * segs + 2;
      const deltas = starts + 2 * segs, offsets = deltas + 2 * segs;
      for (let s = 0; s < segs; s++) {
        const end = b.readUInt16BE(ends + 2 * s), start = b.readUInt16BE(starts + 2 * s);
        const delta = b.readUInt16BE(deltas + 2 * s), ro = b.readUInt16BE(offsets + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const g = ro === 0 ? (c + delta) & 0xffff : b.readUInt16BE(offsets + 2 * s + ro + 2 * (c - start));
          if (g !== 0) cps.add(c);
        }
      }
    } else if (format === 12) {
      for (let g = 0, groups = b.readUInt32BE(sub + 12); g < groups; g++) {
        const at = sub + 16 + 12 * g, start = b.readUInt32BE(at), end = b.readUInt32BE(at + 4);
        for (let c = start; c <= end; c++) cps.add(c);
      }
    }
  }
  return cps;
}
const missing = (need, cmaps) => [...need].filter((cp) => !cmaps.some((m) => m.has(cp))).map((cp) => String.fromCodePoint(cp));

// Opens `path` and records each font it fetches (path under fonts/ without the hash → bytes) and
// the order of its requests.
async function load(path, opts = {}) {
  const context = await browser.newContext({ viewport: { width: opts.width || 1280, height: opts.height || 800 },
    deviceScaleFactor: 2, isMobile: !!opts.mobile, hasTouch: !!opts.mobile });
  const page = await context.newPage();
  const errors = [], requests = [], fonts = new Map(), bodies = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => {
    const m = /\/fonts\/(.*?)(?:\.[0-9a-f]{10})?\.ttf$/.exec(r.url());
    if (m && r.ok()) bodies.push(r.body().then((b) => fonts.set(m[1], b), () => {}));
  });
  await page.goto(base + path);
  await waitForFirstFrame(page);
  await settle(page);
  await page.evaluate(() => document.fonts.ready);
  await Promise.all(bodies);
  return { page, context, errors, requests, fonts };
}

test("the published cut holds English and the bundled story; the page fetches only it", async () => {
  const langs = /data-fonts-langs="([^"]*)"/.exec(readFileSync(join(dist, "index.html"), "utf8"));
  assert.ok(langs, "index.html names the languages its cut faces hold");
  assert.deepEqual(langs[1].split(" "), ["en"], "the bundled story is English");
  // main.js looks each character up once: the module may change its case, so the cut must hold
  // the other case of every letter it holds.
  const chars = /data-fonts-chars="([^"]*)"/.exec(readFileSync(join(dist, "index.html"), "utf8"));
  assert.ok(chars, "index.html lists the cut's characters");
  const cut = new Set([...chars[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&")].map((c) => c.codePointAt(0)));
  assert.ok(cut.has("x".codePointAt(0)) && cut.has("X".codePointAt(0)), "the bundled story's x and X");
  assert.deepEqual([...cut].filter((cp) => !cut.has(otherCase(cp))).map((cp) => String.fromCodePoint(cp)), [], "every letter in both cases");
  const { page, context, errors, fonts } = await load("/");
  assert.deepEqual([...fonts.keys()].sort(), [...FACES].sort(), "only the four cut faces");
  const need = codepoints([...words("en"), ...values(story)]);
  for (const face of FACES) assert.deepEqual(missing(need, [cmapOf(fonts.get(face))]), [], `${face} lacks none of en.json's or the story's characters`);
  const labels = (await page.evaluate(() => window.motiveMatrix.layout())).map((b) => b.label || "");
  for (const face of FACES) assert.deepEqual(missing(codepoints(labels), [cmapOf(fonts.get(face))]), [], `${face}: every canvas label`);
  // The page's own text (controls, text version, hidden or not; not the monospace embed code, nor
  // <noscript>, raw text while scripts run) needs no font but the cut, save for what Noto lacks
  // altogether (the minus of "A−": Debian's Noto Sans 2.004 has no arrows, minus or check mark).
  const text = await page.evaluate(() => {
    const b = document.body.cloneNode(true);
    b.querySelectorAll("script, style, textarea, noscript").forEach((e) => e.remove());
    return b.textContent;
  });
  for (const face of FACES) {
    const whole = cmapOf(readFileSync(join(site, "fonts", face + ".ttf")));
    const need = new Set([...codepoints([text])].filter((cp) => whole.has(cp)));
    assert.deepEqual(missing(need, [cmapOf(fonts.get(face))]), [], `${face}: every character of the page's text`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a story with Basic Latin the cut lacks ($, [, ], !) gets the whole faces, and the canvas draws its name", async () => {
  const { page, context, errors, fonts } = await load("/?story=/fixtures/ascii.json");
  assert.ok(!cmapOf(fonts.get("NotoSans-Regular")).has("$".codePointAt(0)), "the cut faces lack $");
  for (const face of FACES) assert.ok(fonts.has("full/" + face), `fetched full/${face}`);
  const labels = (await page.evaluate(() => window.motiveMatrix.layout())).map((b) => b.label || "");
  assert.ok(labels.some((l) => l.includes("X-Fund [$5M]!")), "the canvas lays out the name");
  for (const face of FACES) assert.deepEqual(missing(codepoints([...labels, ...values(asciiStory)]), [cmapOf(fonts.get("full/" + face))]), [], `${face}: every character`);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [tag, sample] of [["de", "ß"], ["fr", "«"], ["uk", "»"]]) {
  test(`?lang=${tag}: the whole faces come at once, and they hold every character of its words`, async () => {
    const need = codepoints(words(tag));
    const needsExt = [...need].some((cp) => inRanges(EXT, cp));
    const { page, context, errors, requests, fonts } = await load(`/?lang=${tag}`, { width: 390, height: 844, mobile: true });
    assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
    // Without the whole faces the page would miss letters: the cut faces lack `sample`.
    assert.ok(!cmapOf(fonts.get("NotoSans-Regular")).has(sample.codePointAt(0)), `the cut faces lack ${sample}`);
    for (const face of FACES) assert.ok(fonts.has("full/" + face), `fetched full/${face}`);
    for (const face of FACES) assert.equal(fonts.has(face + "-Ext"), needsExt, `${face}-Ext fetched only for Latin Extended-A or Cyrillic words`);
    // What the module gets: the whole faces, and the -Ext files when fetched (main.js).
    const used = (face) => [cmapOf(fonts.get("full/" + face)), ...(needsExt ? [cmapOf(fonts.get(face + "-Ext"))] : [])];
    for (const face of FACES) assert.deepEqual(missing(need, used(face)), [], `${face}: every character of ${tag}.json`);
    const labels = (await page.evaluate(() => window.motiveMatrix.layout())).map((b) => b.label || "");
    for (const face of FACES) assert.deepEqual(missing(codepoints(labels), used(face)), [], `${face}: every canvas label`);
    // Asked for beside the locale file, not after it (data-fonts-langs tells the page it will need them).
    const firstFull = requests.findIndex((u) => /\/fonts\/full\//.test(u)), localeReq = requests.findIndex((u) => new RegExp(`/locales/${tag}\\.`).test(u));
    assert.ok(firstFull >= 0 && localeReq >= 0 && firstFull < localeReq, "the whole faces are requested before the locale file");
    // The text version draws with them too (main.js adds them to document.fonts).
    // (the stylesheet's eight @font-face rules, then the four whole faces main.js adds)
    const faces = await page.evaluate(() => [...document.fonts].filter((f) => /MM Noto/.test(f.family)).map((f) => f.status));
    assert.equal(faces.length, 12, `the stylesheet's faces and the whole ones (${faces})`);
    assert.deepEqual(faces.slice(8), ["loaded", "loaded", "loaded", "loaded"]);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a page whose story is German (de-AT) is cut for English and German, not the other languages", () => {
  const fonts = FACES.map((f) => `fonts/${f}.ttf`);
  const html = `<!doctype html><title>t</title><script src="app.js" data-story="stories/s.json" data-fonts="${fonts.join(" ")}"></script>`;
  const files = new Map([["index.html", Buffer.from(html)],
    ["stories/s.json", Buffer.from(JSON.stringify({ ...json("tests/fixtures/stories/minimal.json"), language: "de-AT" }))]]);
  for (const tag of ["de", "fr", "es", "pt-BR", "uk"]) files.set(`locales/${tag}.json`, readFileSync(join(repo, `assets/locales/${tag}.json`)));
  for (const f of fonts) files.set(f, readFileSync(join(site, f)));
  const out = subsetFonts(files, { repo, log: (m) => assert.fail(m) });
  assert.match(out.get("index.html").toString("utf8"), /data-fonts-langs="en de"/);
  for (const f of fonts) {
    const cut = cmapOf(out.get(f));
    assert.deepEqual(missing(codepoints(words("de")), [cut]), [], `${f} holds every character of de.json`);
    for (const c of "çñ«ã") assert.ok(!cut.has(c.codePointAt(0)), `${f}: no ${c} (French, Spanish, Portuguese, Ukrainian only)`);
    assert.ok(out.get(f.replace("fonts/", "fonts/full/")).equals(files.get(f)), `${f}: the whole face under fonts/full/`);
  }
});

test("the offline file speaks every language from file:// with the whole faces it carries", async () => {
  const url = pathToFileURL(join(dist, "offline/motive-matrix.html")).href;
  for (const tag of ["en", "de", "fr", "es", "pt-BR", "uk"]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [], requests = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${url}?lang=${tag}`);
    await waitForFirstFrame(page);
    await settle(page);
    assert.deepEqual(requests.filter((u) => !/^(data|blob):/.test(u) && !u.startsWith(url)), [], `${tag}: nothing but the file itself`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
    if (tag !== "en") assert.equal((await page.locator("#mm-copy-link").first().innerText()).trim(), locale(tag)["page.copy_link"]);
    // Its inline faces: data-fonts' four, then the four -Ext files (config.js).
    const inline = await page.evaluate(() => window.motiveMatrixAssets.fonts);
    const cmaps = inline.map((b64) => cmapOf(Buffer.from(b64, "base64")));
    const need = codepoints([...words(tag), ...values(story)]);
    for (let i = 0; i < 4; i++) assert.deepEqual(missing(need, [cmaps[i], cmaps[i + 4]]), [], `${tag}: ${FACES[i]} holds every character`);
    assert.deepEqual(errors, [], tag);
    await context.close();
  }
});

test("screenshots: the bundled story, a fixture story, ?lang=uk and ?lang=de at desktop and phone sizes", async () => {
  for (const [name, path] of [["bundled", "/"], ["fixture-wide-sparse", "/?story=/fixtures/wide-sparse.json"], ["uk", "/?lang=uk"], ["de", "/?lang=de"]]) {
    for (const [size, width, height, mobile] of [["desktop-1280x800", 1280, 800, false], ["phone-390x844", 390, 844, true]]) {
      const { page, context, errors } = await load(path, { width, height, mobile });
      const file = screenshotPath(`fonts-${name}-${size}.png`);
      await page.screenshot({ path: file });
      assert.ok(inkShare(decodePng(readFileSync(file))) > 0.04, `${file} is nearly blank`);
      assert.deepEqual(errors, [], `${name} ${size}`);
      await context.close();
    }
  }
});
