// publish.test.mjs — scripts/publish.sh's output: content-hashed names that index.html and the
// stylesheet really use, .br/.gz that decompress to the originals, a site that runs under the
// Content-Security-Policy docs/hosting.md recommends (served the way the docs ask, precompressed),
// the offline single file running from file:// without a single network request, the classroom
// modes' script kept out of a reader's load (loaded for ?mode=, inline offline), and what sharing
// needs: social cards, og:/twitter: tags and oEmbed, relative or absolute (PUBLIC_URL).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { launch, site as dist, repo, waitForFirstFrame, settle } from "./harness.mjs";
import { decodePng, inkShare } from "./png.mjs";
import { publish, LAZY_SCRIPTS } from "../../scripts/lib/publish.mjs";
import { startServer, CSP, HASHED_NAME } from "../../scripts/lib/server.mjs";

let browser, server, base, out, first;

before(async () => {
  out = join(mkdtempSync(join(tmpdir(), "mm-publish-")), "site");
  first = await publish({ site: dist, out, log: () => {} });
  browser = await launch();
  ({ server, url: base } = await startServer(out, 0, { published: true, headers: { "Content-Security-Policy": CSP } }));
});
after(async () => { await browser?.close(); server?.close(); if (out) rmSync(join(out, ".."), { recursive: true, force: true }); });

function walk(dir, prefix = "") {
  return readdirSync(dir).flatMap((n) => statSync(join(dir, n)).isDirectory() ? walk(join(dir, n), prefix + n + "/") : [prefix + n]);
}
// Local references of index.html's <link>/<script> tags, data-fonts split.
function indexRefs(html) {
  const refs = [];
  for (const tag of html.match(/<(?:link|script)\b[^>]*>/gi) || []) {
    for (const m of tag.matchAll(/\s(href|src|data-wasm|data-story|data-fonts)\s*=\s*"([^"]*)"/gi)) {
      refs.push(...m[2].split(/\s+/).filter((r) => r && !/^(?:[a-z]+:|\/|#)/i.test(r)));
    }
  }
  return refs;
}
// Records CSP violations in every frame of the page (before any of its scripts run).
async function watchCsp(page) {
  const violations = [];
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return violations;
}

test("every file index.html and its stylesheet load has a content-hashed name that exists", () => {
  const html = readFileSync(join(out, "index.html"), "utf8");
  const refs = indexRefs(html);
  const hashed = refs.filter((r) => HASHED_NAME.test(r));
  for (const kind of [/^motive-matrix\.[0-9a-f]{10}\.wasm$/, /^motive-matrix\.[0-9a-f]{10}\.js$/, /^app\.[0-9a-f]{10}\.js$/,
    /^app\.[0-9a-f]{10}\.css$/, /^stories\/.+\.[0-9a-f]{10}\.json$/, /^fonts\/.+\.[0-9a-f]{10}\.ttf$/]) {
    assert.ok(hashed.some((r) => kind.test(r)), `index.html refers to a file like ${kind}`);
  }
  for (const r of refs) {
    assert.ok(HASHED_NAME.test(r) || /\.svg$/.test(r), `index.html refers to ${r} by an unhashed name`);
    assert.ok(statSync(join(out, r)).isFile(), `${r} exists`);
  }
  const css = refs.find((r) => /\.css$/.test(r));
  const urls = [...readFileSync(join(out, css), "utf8").matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]);
  assert.ok(urls.length >= 4, "the stylesheet's @font-face rules are there");
  for (const u of urls.filter((u) => !u.startsWith("data:"))) {
    assert.match(u, HASHED_NAME, `${css} refers to ${u} by an unhashed name`);
    assert.ok(statSync(join(out, posix.dirname(css), u)).isFile(), `${u} exists`);
  }
  // The content of a hashed file is what its name says, and the originals are gone (but stories keep theirs).
  // A lazy script and its stylesheet share one name: the hash of the script then the stylesheet.
  const pairs = Object.entries(LAZY_SCRIPTS).filter(([, l]) => l.css).map(([js, l]) => [js, l.css]);
  for (const [js, css] of pairs) {
    const [jsTo, cssTo] = [first.manifest.renames[js], first.manifest.renames[css]];
    assert.equal(cssTo, jsTo.replace(/\.js$/, ".css"), `${css} takes ${js}'s name`);
    const both = createHash("sha256").update(Buffer.concat([readFileSync(join(out, jsTo)), readFileSync(join(out, cssTo))])).digest("hex");
    assert.equal(both.slice(0, 10), jsTo.match(/\.([0-9a-f]{10})\.js$/)[1], `${jsTo} hash covers its stylesheet`);
  }
  const paired = new Set(pairs.flat());
  for (const [from, to] of Object.entries(first.manifest.renames)) {
    if (!paired.has(from)) assert.equal(first.manifest.files[to].sha256.slice(0, 10), to.match(/\.([0-9a-f]{10})\.[^.]+$/)[1], `${to} hash`);
    if (!from.startsWith("stories/")) assert.throws(() => statSync(join(out, from)), `${from} is left out`);
  }
  for (const stable of ["index.html", "embed.js", "demo/article.html", "offline/motive-matrix.html"]) {
    assert.ok(statSync(join(out, stable)).isFile(), `${stable} keeps its name`);
  }
  assert.ok(statSync(join(out, "stories/witkoff-call-leak.json")).isFile(), "stories keep their names for ?story= links");
});

test("precompressed .br and .gz files decompress to the originals", () => {
  const files = walk(out);
  let n = 0;
  for (const f of files.filter((f) => /\.(br|gz)$/.test(f))) {
    const original = readFileSync(join(out, f.replace(/\.(br|gz)$/, "")));
    const packed = readFileSync(join(out, f));
    const unpacked = f.endsWith(".br") ? brotliDecompressSync(packed) : gunzipSync(packed);
    assert.ok(unpacked.equals(original), `${f} decompresses to the original`);
    assert.ok(packed.length < original.length, `${f} is smaller than the original`);
    n++;
  }
  for (const must of ["index.html", "embed.js", "offline/motive-matrix.html", ...Object.values(first.manifest.renames)]) {
    assert.ok(files.includes(must + ".br") && files.includes(must + ".gz"), `${must} has .br and .gz`);
  }
  assert.ok(n > 10);
});

test("publishing again gives the same bytes", async () => {
  const again = await publish({ site: dist, out, log: () => {} });
  assert.deepEqual(again.manifest, first.manifest);
});

test("the published site runs under the documented CSP, served precompressed, loading only hashed files", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const violations = await watchCsp(page);
  const responses = [];
  page.on("response", (r) => responses.push(r));
  await page.goto(base + "/");
  await waitForFirstFrame(page);
  await settle(page);
  assert.deepEqual(violations, [], "no CSP violations");
  assert.deepEqual(errors, []);
  const paths = responses.map((r) => new URL(r.url()).pathname);
  for (const p of paths) {
    if (p === "/" || p === "/favicon.svg" || p === "/favicon.ico") continue;
    assert.match(p, HASHED_NAME, `the page loaded ${p} by an unhashed name`);
  }
  const wasm = responses.find((r) => /\.wasm$/.test(r.url()));
  assert.ok(wasm, "the wasm was fetched");
  const h = await wasm.allHeaders();
  assert.equal(h["content-type"], "application/wasm");
  assert.equal(h["content-encoding"], "br", "the wasm came precompressed");
  assert.match(h["cache-control"], /immutable/);
  const index = responses.find((r) => new URL(r.url()).pathname === "/");
  assert.equal((await index.allHeaders())["cache-control"], "no-cache");
  assert.equal(await page.evaluate(() => window.motiveMatrix.state().selection.kind), "none");
  assert.ok(!paths.some((p) => /classroom/.test(p)), `a reader does not load the classroom script (${paths.join(", ")})`);
  assert.equal(await page.evaluate(() => typeof window.mmClassroom), "undefined");
  await context.close();
});

test("?mode=predict loads the classroom script (hashed, under the CSP) and speaks its English words", async () => {
  const words = JSON.parse(/<script type="application\/json" id="mm-words">([^<]*)<\/script>/.exec(readFileSync(join(out, "index.html"), "utf8"))[1]);
  assert.ok(words["page.loading_short"] && !Object.keys(words).some((k) => k.startsWith("page.cr.")),
    "the page's words are in the page, the classroom's are not");
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const violations = await watchCsp(page);
  const paths = [];
  page.on("response", (r) => paths.push(new URL(r.url()).pathname));
  await page.goto(base + "/?mode=predict");
  await waitForFirstFrame(page);
  await page.waitForSelector("#mm-classroom");
  assert.deepEqual(violations, [], "no CSP violations");
  assert.deepEqual(errors, []);
  const script = paths.find((p) => /^\/classroom\.[0-9a-f]{10}\.js$/.test(p));
  assert.ok(script, `the hashed classroom script was loaded (${paths.join(", ")})`);
  assert.ok(paths.includes(script.replace(/\.js$/, ".css")), `and its styles under the same name (${paths.join(", ")})`);
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById("mm-classroom")).display === "none"), false, "styled and shown");
  assert.equal(await page.textContent("#mm-cr-title"), "Predict, then reveal", "its words came with it");
  await context.close();
});

test("a classroom script that does not load is said in the page, and \"Try again\" loads it", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let block = true;
  await page.route(/\/classroom\.[0-9a-f]{10}\.js$/, (route) => (block ? route.abort() : route.continue()));
  await page.goto(base + "/?mode=class");
  await page.waitForSelector("#mm-alert:not([hidden])");
  const alert = await page.textContent("#mm-alert");
  assert.match(alert, /could not start/);
  assert.match(alert, /classroom\.[0-9a-f]{10}\.js/, "the alert names the file");
  assert.equal(await page.$("#mm-classroom"), null);
  block = false;
  await page.click("#mm-alert button");
  await page.waitForSelector("#mm-classroom");
  assert.equal(await page.isHidden("#mm-alert"), true);
  await context.close();
});

test("the demo article and its embeds run under the documented CSP", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const violations = await watchCsp(page);
  await page.goto(base + "/demo/article.html");
  await page.waitForFunction(() => document.querySelectorAll(".motive-matrix-embed iframe").length === 3);
  // An iframe's frame has its address once its navigation has started.
  for (let i = 0; i < 100 && !page.frames().some((f) => /view=matrix/.test(f.url())); i++) await page.waitForTimeout(50);
  const frame = page.frames().find((f) => /view=matrix/.test(f.url()));
  assert.ok(frame, "the matrix embed is there");
  await waitForFirstFrame(frame);
  assert.deepEqual(violations, [], "no CSP violations");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the offline file runs from file:// without any network request", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const violations = await watchCsp(page);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const url = pathToFileURL(join(out, "offline/motive-matrix.html")).href;
  await page.goto(url);
  await waitForFirstFrame(page);
  await settle(page);
  const network = requests.filter((u) => !/^(data|blob):/.test(u) && u !== url);
  assert.deepEqual(network, [], "nothing but the file itself was requested");
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  const s = await page.evaluate(() => window.motiveMatrix.state());
  assert.equal(s.selection.kind, "none");
  assert.ok(await page.evaluate(() => window.motiveMatrix.select("#event=call")), "selecting works offline");
  await page.evaluate(() => document.fonts.ready);
  const faces = await page.evaluate(() => [...document.fonts].filter((f) => /MM Noto/.test(f.family)).map((f) => f.status));
  assert.ok(faces.length >= 4 && faces.every((s) => s === "loaded"), `the page's own fonts are there (${faces})`);
  await context.close();
});

test("the offline file carries the classroom script inline: ?mode=predict works from file://", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const url = pathToFileURL(join(out, "offline/motive-matrix.html")).href + "?mode=predict";
  await page.goto(url);
  await waitForFirstFrame(page);
  await page.waitForSelector("#mm-classroom");
  assert.equal(await page.textContent("#mm-cr-title"), "Predict, then reveal");
  assert.deepEqual(requests.filter((u) => !/^(data|blob):/.test(u) && u !== url), [], "nothing but the file itself was requested");
  assert.deepEqual(errors, []);
  await context.close();
});

// ------------------------------------------------------------------ sharing (share-meta.mjs)
const metaContent = (html, key) => {
  const m = new RegExp(`<meta\\s+(?:property|name)="${key.replace(/[.:]/g, "\\$&")}"\\s+content="([^"]*)"`, "i").exec(html);
  return m ? m[1].replace(/&amp;/g, "&").replace(/&quot;/g, "\"") : null;
};
const oembedLink = (html) => (/<link\s+rel="alternate"\s+type="application\/json\+oembed"\s+href="([^"]*)"/i.exec(html) || [])[1] || null;
const storyJson = JSON.parse(readFileSync(join(repo, "assets/stories/witkoff-call-leak.json"), "utf8"));

function checkCard(file) {
  const png = readFileSync(file);
  assert.equal(png.toString("latin1", 1, 4), "PNG", `${file} is a PNG`);
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], "the social card is 1200×630");
  const img = decodePng(png);
  const ink = inkShare(img);
  assert.ok(ink > 0.02 && ink < 0.6, `the card has a title, a matrix and a line of text on a plain ground (ink ${ink.toFixed(3)})`);
}

test("without a public address: a social card, an oEmbed file and the page's tags, with relative URLs", () => {
  const html = readFileSync(join(out, "index.html"), "utf8");
  assert.equal(metaContent(html, "og:title"), storyJson.title);
  assert.equal(metaContent(html, "og:type"), "article");
  assert.ok(metaContent(html, "og:description"), "og:description");
  assert.equal(metaContent(html, "og:url"), null, "no og:url without the site's address");
  assert.equal(metaContent(html, "og:image"), "cards/witkoff-call-leak.png");
  assert.equal(metaContent(html, "twitter:card"), "summary_large_image");
  checkCard(join(out, "cards/witkoff-call-leak.png"));
  const link = oembedLink(html);
  assert.match(link, /^oembed\/witkoff-call-leak\.[0-9a-f]{10}\.json$/, "the discovery link names the (hashed) oEmbed file");
  const o = JSON.parse(readFileSync(join(out, link), "utf8"));
  assert.equal(o.type, "rich");
  assert.equal(o.version, "1.0");
  assert.equal(o.title, storyJson.title);
  assert.equal(o.provider_name, "motive-matrix");
  assert.ok(Number.isInteger(o.width) && Number.isInteger(o.height) && o.width > 0 && o.height > 0);
  assert.match(o.html, /<iframe src="\.\/" /);
  assert.match(o.html, /<script src="embed\.js" async><\/script>$/);
});

test("with PUBLIC_URL: absolute og:/twitter: URLs and an oEmbed whose iframe and script load from the site", async () => {
  const other = join(mkdtempSync(join(tmpdir(), "mm-publish-url-")), "site");
  try {
    await publish({ site: dist, out: other, publicUrl: "https://news.example/witkoff", log: () => {} });
    const html = readFileSync(join(other, "index.html"), "utf8");
    assert.equal(metaContent(html, "og:url"), "https://news.example/witkoff/");
    assert.equal(metaContent(html, "og:image"), "https://news.example/witkoff/cards/witkoff-call-leak.png");
    assert.equal(oembedLink(html), "https://news.example/witkoff/oembed/witkoff-call-leak.json");
    checkCard(join(other, "cards/witkoff-call-leak.png"));
    const o = JSON.parse(readFileSync(join(other, "oembed/witkoff-call-leak.json"), "utf8"));
    assert.equal(o.type, "rich");
    assert.match(o.html, /^<div class="motive-matrix-embed" data-src="https:\/\/news\.example\/witkoff\/"/);
    assert.match(o.html, /<iframe src="https:\/\/news\.example\/witkoff\/" title="[^"]+"/);
    assert.match(o.html, /<script src="https:\/\/news\.example\/witkoff\/embed\.js" async><\/script>$/);
    assert.equal(o.thumbnail_url, "https://news.example/witkoff/cards/witkoff-call-leak.png");
    await assert.rejects(publish({ site: dist, out: other, publicUrl: "news.example", log: () => {} }), /must start with http/);
  } finally {
    rmSync(join(other, ".."), { recursive: true, force: true });
  }
});
