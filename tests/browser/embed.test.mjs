// embed.test.mjs — web/embed.js and the demo article (web/demo/): iframes as tall as the page
// inside says it is (after load and after a resize), forged height messages ignored (wrong
// window, wrong origin, bad values), fixed sizes, late and duplicate placeholders, deep links,
// themes, pym.js messages, and no drawing while an embed is scrolled away or hidden.
//
// Two servers: A (the "article" site) and B (a different origin for the explainer), both serving
// dist/; embed.js and the demo are served from web/ so that the sources are what is tested.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launch, serve, dist, repo, waitForFirstFrame } from "./harness.mjs";
import { startServer } from "../../scripts/lib/server.mjs";

const story = JSON.parse(readFileSync(join(repo, "assets/stories/witkoff-call-leak.json"), "utf8"));
const CELL = `#cell=${story.links[0].suspect}:${story.links[0].motive}`;
const EVENTS = story.events.map((e) => e.id);
let browser, A, B, serverA, serverB;
const pages = {}; // path → html, for the test pages on either server

const src = (rel) => (req, res) => res.writeHead(200, {
  "Content-Type": rel.endsWith(".css") ? "text/css; charset=utf-8" : rel.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8",
  "Cache-Control": "no-store",
}).end(readFileSync(join(repo, rel)));
// Routes are looked up per request, so test pages can be added while the servers run.
const routes = new Proxy({
  "/embed.js": src("web/embed.js"),
  "/demo/article.html": src("web/demo/article.html"),
  "/demo/article.css": src("web/demo/article.css"),
}, {
  get(t, path) {
    if (t[path]) return t[path];
    if (pages[path]) return (req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).end(pages[path]);
    return undefined;
  },
});

before(async () => {
  browser = await launch();
  ({ server: serverA, url: A } = await serve(routes));
  ({ server: serverB, url: B } = await startServer(dist, 0, { routes }));
});
after(async () => { await browser?.close(); serverA?.close(); serverB?.close(); });

const hostPage = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<style>body { margin: 0; font: 16px sans-serif } .spacer { height: 3000px }</style></head><body>${body}
<script src="${A}/embed.js" async></script></body></html>`;
// A page with no script of its own: a stand-in for the page inside an iframe.
pages["/t/blank.html"] = "<!doctype html><title>blank</title><p>blank</p>";

// In every frame: counts WebGL draws and clears, and animation-frame requests; in the top page,
// records the height messages the embeds receive (object and pym.js forms).
function instrument() {
  window.__mm = { draws: 0, rafs: 0, heights: [] };
  const wrap = (proto, name) => {
    const f = proto[name];
    proto[name] = function (...a) { window.__mm.draws++; return f.apply(this, a); };
  };
  if (window.WebGL2RenderingContext) for (const n of ["drawElements", "drawArrays", "clear"]) wrap(WebGL2RenderingContext.prototype, n);
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (cb) { window.__mm.rafs++; return raf.call(window, cb); };
  if (window === window.top) {
    window.addEventListener("message", (e) => {
      const frames = [...document.querySelectorAll("iframe")];
      const i = frames.findIndex((f) => f.contentWindow === e.source);
      const d = e.data;
      if (d && d.type === "motive-matrix:height") window.__mm.heights.push({ i, h: d.height, origin: e.origin });
      else if (typeof d === "string" && d.startsWith("pymxPYMx")) window.__mm.heights.push({ i, pym: d, origin: e.origin });
    });
  }
}

async function openPage(url, { width = 1280, height = 800 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors = [], requests = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  // Listen before navigating: the embeds may load before goto returns, and a listener added
  // afterwards would see no request at all (a CI run once did).
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  return { context, page, errors, requests };
}
async function embedFrame(page, index, urlPart) {
  await page.waitForFunction((n) => document.querySelectorAll(".motive-matrix-embed iframe").length > n, index);
  const handle = (await page.$$(".motive-matrix-embed iframe"))[index];
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  const deadline = Date.now() + 20000;
  while (!frame.url().includes(urlPart) && Date.now() < deadline) await page.waitForTimeout(50);
  return { handle, frame };
}
const iframeHeight = (handle) => handle.evaluate((f) => f.getBoundingClientRect().height);
const lastHeight = (page, i) => page.evaluate((n) => {
  const m = window.__mm.heights.filter((x) => x.i === n && x.h !== undefined);
  return m.length ? m[m.length - 1].h : null;
}, i);
// What the page inside says its height is: the drawn content plus the controls bar.
const innerHeight = (frame) => frame.evaluate(() => {
  const s = window.motiveMatrix.state(), bar = document.querySelector(".mm-bar");
  return s.contentHeight === undefined ? null : Math.ceil(s.contentHeight + (bar ? bar.getBoundingClientRect().height : 0));
});
async function until(what, fn, timeout = 15000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await fn(); if (last === true) return; } catch (e) { last = e; }
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what} (last: ${JSON.stringify(last?.message ?? last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
async function assertFollowsContent(page, handle, frame, i, label) {
  await until(`${label}: the iframe is as tall as its content`, async () => {
    const [ih, posted, inner] = [await iframeHeight(handle), await lastHeight(page, i), await innerHeight(frame)];
    return posted !== null && Math.abs(ih - Math.min(20000, Math.max(200, posted))) <= 2 && (inner === null || Math.abs(posted - inner) <= 2)
      ? true : { iframe: ih, posted, inner };
  });
}

test("embed.js is small, dependency-free and published as dist/embed.js", () => {
  const source = readFileSync(join(repo, "web/embed.js"));
  const gz = gzipSync(source, { level: 9 }).length;
  console.log(`# embed.js: ${source.length} B, ${gz} B gzip -9`);
  assert.ok(gz <= 3072, `embed.js is ${gz} B gzipped (budget 3 KB)`);
  assert.doesNotMatch(source.toString(), /\b(import|require)\s*\(|document\.cookie|localStorage|fetch\(|XMLHttpRequest/);
  assert.ok(existsSync(join(dist, "embed.js")), "the web build copies embed.js into dist/");
  assert.ok(readFileSync(join(dist, "embed.js")).equals(source), "dist/embed.js is the current web/embed.js (rebuild)");
});

test("the demo article's iframes follow their content's height, after load and after a resize", async () => {
  const { page, context, errors, requests } = await openPage(A + "/demo/article.html");
  const { handle, frame } = await embedFrame(page, 0, "view=matrix");
  await waitForFirstFrame(frame);
  const attrs = await handle.evaluate((f) => ({
    title: f.title, loading: f.getAttribute("loading"), referrer: f.getAttribute("referrerpolicy"), allow: f.getAttribute("allow"),
    width: f.getBoundingClientRect().width, parent: f.parentElement.getBoundingClientRect().width, border: getComputedStyle(f).borderTopWidth,
    fallback: f.parentElement.querySelector(".embed-fallback"),
  }));
  assert.match(attrs.title, /Suspects and motives/);
  assert.equal(attrs.loading, "lazy");
  assert.ok(attrs.referrer);
  assert.equal(attrs.allow, null, "no extra permissions");
  assert.equal(attrs.width, attrs.parent, "full width");
  assert.equal(attrs.border, "0px");
  assert.equal(attrs.fallback, null, "the fallback link is replaced");
  await assertFollowsContent(page, handle, frame, 0, "matrix, 1280 px");
  await page.setViewportSize({ width: 700, height: 800 });
  await assertFollowsContent(page, handle, frame, 0, "matrix, 700 px");
  await page.setViewportSize({ width: 390, height: 844 });
  await assertFollowsContent(page, handle, frame, 0, "matrix, 390 px");
  const t = await embedFrame(page, 1, "view=timeline");
  await waitForFirstFrame(t.frame);
  await assertFollowsContent(page, t.handle, t.frame, 1, "timeline, 390 px");
  assert.equal(await page.evaluate(() => document.cookie), "", "no cookies on the host page");
  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins], [A], "no requests to anyone but the explainer's host");
  assert.deepEqual(errors, []);
  await context.close();
});

test("height messages from other windows, other origins or with bad values are ignored", async () => {
  pages["/t/forged.html"] = hostPage(`<div class="motive-matrix-embed" data-src="${B}/t/blank.html"></div>
    <iframe id="foreign" src="${B}/t/blank.html" title="someone else's frame"></iframe>`);
  const { page, context } = await openPage(A + "/t/forged.html");
  const { handle, frame } = await embedFrame(page, 0, "/t/blank.html");
  await frame.waitForLoadState("load");
  const set = async (msg, expect, what) => {
    await frame.evaluate((m) => parent.postMessage(m, "*"), msg);
    await until(`${what}: height ${expect}`, async () => (await iframeHeight(handle)) === expect || await iframeHeight(handle));
  };
  // The real sender (the embed's own window, from data-src's origin) is believed, within limits.
  await set({ type: "motive-matrix:height", height: 777 }, 777, "object message");
  await set("pymxPYMxsomeidxPYMxheightxPYMx888", 888, "pym.js message");
  await set({ type: "motive-matrix:height", height: 612.2 }, 613, "fractions round up");
  await set({ type: "motive-matrix:height", height: 50 }, 200, "too small is clamped");
  await set({ type: "motive-matrix:height", height: 1e9 }, 20000, "too tall is clamped");
  await set({ type: "motive-matrix:height", height: 640 }, 640, "back to normal");
  // Not believed: bad values, …
  for (const bad of [{ type: "motive-matrix:height", height: NaN }, { type: "motive-matrix:height", height: Infinity },
    { type: "motive-matrix:height", height: "abc" }, { type: "motive-matrix:height", height: null }, { type: "motive-matrix:height" },
    { type: "other", height: 999 }, "pymxPYMxidxPYMxheightxPYMxabc", "pymxPYMxidxPYMxwidthxPYMx999", 999, null]) {
    await frame.evaluate((m) => parent.postMessage(m, "*"), bad);
  }
  // … the host page's own messages, …
  await page.evaluate(() => {
    postMessage({ type: "motive-matrix:height", height: 4321 }, "*");
    postMessage("pymxPYMxidxPYMxheightxPYMx4321", "*");
  });
  // … a frame from the same origin that is not the embed, …
  const foreign = await (await page.$("#foreign")).contentFrame();
  await foreign.evaluate(() => {
    parent.postMessage({ type: "motive-matrix:height", height: 4321 }, "*");
    parent.postMessage("pymxPYMxidxPYMxheightxPYMx4321", "*");
  });
  await page.waitForTimeout(300);
  assert.equal(await iframeHeight(handle), 640);
  // … and the embed's own window once it has been navigated to another origin.
  await frame.evaluate((url) => { location.href = url; }, A + "/t/blank.html");
  await until("the embed shows the other origin", async () => frame.url().startsWith(A) || frame.url());
  await frame.waitForLoadState("load");
  await frame.evaluate(() => {
    parent.postMessage({ type: "motive-matrix:height", height: 4321 }, "*");
    parent.postMessage("pymxPYMxidxPYMxheightxPYMx4321", "*");
  });
  await page.waitForTimeout(300);
  assert.equal(await iframeHeight(handle), 640);
  // None of those messages reached the embed's handler: the recorder saw them, the iframe did not move.
  assert.ok((await page.evaluate(() => window.__mm.heights.filter((m) => m.h === 4321 || /4321$/.test(m.pym || "")).length)) >= 4);
  await context.close();
});

test("fixed heights and aspect ratios ignore messages; late and repeated placeholders work", async () => {
  pages["/t/fixed.html"] = hostPage(`<div id="fixed" class="motive-matrix-embed" data-src="${B}/t/blank.html?a=1" data-height="480" data-title="Fixed"></div>
    <div id="aspect" class="motive-matrix-embed" data-src="${B}/t/blank.html?a=2" data-aspect="16:9" style="width: 800px"></div>
    <div id="bad" class="motive-matrix-embed" data-src="javascript:alert(1)"></div>`);
  const { page, context } = await openPage(A + "/t/fixed.html");
  await page.waitForFunction(() => document.querySelectorAll(".motive-matrix-embed iframe").length === 2);
  const fixed = await page.$("#fixed iframe"), aspect = await page.$("#aspect iframe");
  assert.equal(await iframeHeight(fixed), 480);
  assert.ok(Math.abs((await iframeHeight(aspect)) - 450) <= 1, "16:9 of 800 px");
  assert.match(await fixed.getAttribute("src"), /[?&]height=480\b/, "the page inside is told its size is fixed");
  assert.equal(await fixed.getAttribute("title"), "Fixed");
  assert.equal(await aspect.getAttribute("title"), "Interactive explainer", "a default title");
  assert.equal(await page.$("#bad iframe"), null, "javascript: addresses are refused");
  for (const h of [fixed, aspect]) {
    await (await h.contentFrame()).waitForLoadState("load");
    await (await h.contentFrame()).evaluate(() => parent.postMessage({ type: "motive-matrix:height", height: 999 }, "*"));
  }
  await page.waitForTimeout(300);
  assert.equal(await iframeHeight(fixed), 480);
  assert.ok(Math.abs((await iframeHeight(aspect)) - 450) <= 1);
  // A placeholder added later is found by the MutationObserver; loading embed.js again changes nothing.
  await page.evaluate((b) => {
    const d = document.createElement("div");
    d.className = "motive-matrix-embed"; d.id = "late"; d.dataset.src = b + "/t/blank.html?a=3";
    document.body.prepend(d);
  }, B);
  await page.waitForFunction(() => document.querySelectorAll("#late iframe").length === 1);
  await page.evaluate((a) => new Promise((ok) => {
    const s = document.createElement("script"); s.src = a + "/embed.js?again"; s.onload = ok; document.head.appendChild(s);
  }), A);
  await page.evaluate(() => window.motiveMatrixEmbed.scan());
  assert.equal(await page.evaluate(() => document.querySelectorAll(".motive-matrix-embed iframe").length), 3, "one iframe per placeholder");
  // The late one follows heights like the others.
  const late = await page.$("#late iframe");
  const lf = await late.contentFrame();
  await lf.waitForLoadState("load");
  await lf.evaluate(() => parent.postMessage({ type: "motive-matrix:height", height: 555 }, "*"));
  await until("the late embed follows its height", async () => (await iframeHeight(late)) === 555 || await iframeHeight(late));
  await context.close();
});

test("a deep link in data-src restores the selection; pym.js's childId gets pym messages", async () => {
  pages["/t/deep.html"] = hostPage(`<div class="motive-matrix-embed" data-src="${B}/index.html?view=matrix&childId=mm1${CELL}"></div>`);
  const { page, context, errors } = await openPage(A + "/t/deep.html");
  const { handle, frame } = await embedFrame(page, 0, "view=matrix");
  await waitForFirstFrame(frame);
  await until("the cell is selected", async () => (await frame.evaluate(() => window.motiveMatrix.state().hash)) === CELL ||
    await frame.evaluate(() => window.motiveMatrix.state()));
  const s = await frame.evaluate(() => window.motiveMatrix.state());
  assert.equal(s.selection.kind, "cell");
  assert.equal(s.selection.suspect, story.links[0].suspect);
  await until("a pym.js height message arrives", async () =>
    (await page.evaluate(() => window.__mm.heights.some((m) => /^pymxPYMxmm1xPYMxheightxPYMx\d+(\.\d+)?$/.test(m.pym || "")))) || "none yet");
  await assertFollowsContent(page, handle, frame, 0, "cross-origin embed");
  const pym = await page.evaluate(() => window.__mm.heights.filter((m) => m.pym).map((m) => +m.pym.split("xPYMx").pop()));
  const obj = await page.evaluate(() => window.__mm.heights.filter((m) => m.h !== undefined).map((m) => m.h));
  assert.equal(pym[pym.length - 1], obj[obj.length - 1], "both forms say the same height");
  assert.deepEqual(errors, []);
  await context.close();
});

test("theme=dark applies, and theme=auto follows the reader's colour scheme", async () => {
  const { page, context } = await openPage(A + "/demo/article.html");
  const dark = await embedFrame(page, 2, "theme=dark");
  await waitForFirstFrame(dark.frame);
  assert.equal((await dark.frame.evaluate(() => window.motiveMatrix.state())).theme, "dark");
  await context.close();

  pages["/t/auto.html"] = hostPage(`<div class="motive-matrix-embed" data-src="${B}/index.html?view=matrix&theme=auto"></div>`);
  const o = await openPage(A + "/t/auto.html");
  await o.page.emulateMedia({ colorScheme: "dark" });
  const auto = await embedFrame(o.page, 0, "theme=auto");
  await waitForFirstFrame(auto.frame);
  assert.equal((await auto.frame.evaluate(() => window.motiveMatrix.state())).theme, "dark");
  await o.page.emulateMedia({ colorScheme: "light" });
  await until("auto follows a change to light", async () => (await auto.frame.evaluate(() => window.motiveMatrix.state().theme)) === "light");
  await o.context.close();
});

test("embeds scrolled out of view, hidden, or told they are hidden draw nothing, and catch up when shown", async () => {
  const { page, context } = await openPage(A + "/demo/article.html");
  const reset = (f) => f.evaluate(() => { window.__mm.draws = 0; window.__mm.rafs = 0; return true; });
  const counts = (f) => f.evaluate(() => ({ draws: window.__mm.draws, rafs: window.__mm.rafs }));
  const select = (f, hash) => f.evaluate((h) => window.motiveMatrix.select(h), hash);
  const quiet = async (f, what) => {
    await page.waitForTimeout(600);
    assert.deepEqual(await counts(f), { draws: 0, rafs: 0 }, `${what}: no frames drawn or requested`);
  };
  const drawsAgain = (f, what) => until(`${what}: drawing resumes`, async () => (await counts(f)).draws > 0 || await counts(f));

  // Control: a visible embed draws when its selection changes.
  const top = await embedFrame(page, 0, "view=matrix");
  await waitForFirstFrame(top.frame);
  await page.waitForTimeout(300);
  await reset(top.frame);
  assert.ok(await select(top.frame, CELL));
  await drawsAgain(top.frame, "visible");

  // Scrolled out of view.
  const far = await embedFrame(page, 2, "theme=dark");
  await waitForFirstFrame(far.frame);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
  await reset(far.frame);
  assert.ok(await select(far.frame, `#event=${EVENTS[1]}`));
  await quiet(far.frame, "scrolled away");
  assert.equal((await far.frame.evaluate(() => window.motiveMatrix.state())).hash, `#event=${EVENTS[1]}`, "the selection still changed");
  await far.handle.scrollIntoViewIfNeeded();
  await drawsAgain(far.frame, "scrolled back");

  // Hidden by the host page (display: none).
  await top.handle.scrollIntoViewIfNeeded();
  await top.handle.evaluate((f) => { f.style.display = "none"; });
  await page.waitForTimeout(400);
  await reset(top.frame);
  assert.ok(await select(top.frame, `#event=${EVENTS[0]}`));
  await quiet(top.frame, "display: none");
  await top.handle.evaluate((f) => { f.style.display = "block"; });
  await drawsAgain(top.frame, "shown again");

  // On screen, but the host says it is hidden (e.g. a closed tab panel of its own).
  await page.waitForTimeout(400);
  await page.evaluate((origin) => document.querySelector(".motive-matrix-embed iframe").contentWindow
    .postMessage({ type: "motive-matrix:visibility", visible: false }, origin), A);
  await page.waitForTimeout(200);
  await reset(top.frame);
  assert.ok(await select(top.frame, `#event=${EVENTS[2]}`));
  await quiet(top.frame, "visibility message");
  await page.evaluate((origin) => document.querySelector(".motive-matrix-embed iframe").contentWindow
    .postMessage({ type: "motive-matrix:visibility", visible: true }, origin), A);
  await drawsAgain(top.frame, "visible message");
  await context.close();
});

// Host pages that speak only one protocol each, the way WordPress's wp-embed.js and AMP's
// <amp-iframe resizable> do: no embed.js, no pym.js; the iframe is resized only by that
// protocol's messages from that iframe.
const protocolHost = (title, iframeSrc, onMessage) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px sans-serif } iframe { width: 100%; border: 0; display: block }</style></head><body>
<iframe id="f" title="explainer" height="150" src="${iframeSrc}"></iframe>
<script>
window.__got = [];
window.addEventListener("message", function (e) {
  var f = document.getElementById("f");
  if (e.source !== f.contentWindow) return;
  (${onMessage})(e.data, f);
});
</script></body></html>`;

async function protocolCase(path, html, check) {
  pages[path] = html;
  const { page, context, errors } = await openPage(A + path);
  const frame = await (await page.$("#f")).contentFrame();
  await waitForFirstFrame(frame);
  await until("the host resized its iframe to the content's height", async () => {
    const [ih, inner] = [await page.evaluate(() => document.getElementById("f").getBoundingClientRect().height), await innerHeight(frame)];
    return inner !== null && Math.abs(ih - check(inner)) <= 2 ? true : { iframe: ih, inner };
  });
  const got = await page.evaluate(() => window.__got);
  assert.deepEqual(errors, []);
  await context.close();
  return got;
}

test("WordPress's embed protocol: the #?secret= from the address comes back with every height", async () => {
  const secret = "Ab3dE5gH9k";
  // wp-embed.js: only { secret, message: "height", value } from an iframe whose data-secret matches; 200–1000 px.
  const got = await protocolCase("/t/wordpress.html", protocolHost("wordpress", `${B}/index.html?view=matrix#?secret=${secret}`, `function (d, f) {
    if (!d || typeof d !== "object" || d.secret !== ${JSON.stringify(secret)} || d.message !== "height") return;
    window.__got.push(d);
    f.height = Math.max(200, Math.min(1000, parseInt(d.value, 10)));
  }`), (inner) => Math.max(200, Math.min(1000, inner)));
  assert.ok(got.length >= 1, "height messages arrived");
  for (const m of got) assert.ok(Number.isInteger(m.value) && m.value > 0, `a height in pixels: ${JSON.stringify(m)}`);
});

test("AMP's embed protocol: { sentinel: \"amp\", type: \"embed-size\", height } resizes an amp-iframe", async () => {
  const got = await protocolCase("/t/amp.html", protocolHost("amp", `${B}/index.html?view=matrix`, `function (d, f) {
    if (!d || d.sentinel !== "amp" || d.type !== "embed-size") return;
    window.__got.push(d);
    f.height = Number(d.height);
  }`), (inner) => inner);
  assert.ok(got.length >= 1, "embed-size messages arrived");
  for (const m of got) assert.ok(Number.isInteger(m.height) && m.height > 0, `a height in pixels: ${JSON.stringify(m)}`);
});

test("without a WordPress secret in its address the page sends no WordPress message", async () => {
  const got = await protocolCase("/t/no-secret.html", protocolHost("no secret", `${B}/index.html?view=matrix`, `function (d, f) {
    if (d && d.sentinel === "amp") { f.height = Number(d.height); return; }
    if (d && typeof d === "object" && "secret" in d) window.__got.push(d);
  }`), (inner) => inner);
  assert.deepEqual(got, []);
});
