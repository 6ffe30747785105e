// split.test.mjs — the module in two halves (scripts/lib/split-wasm.mjs, web/js/deferred.js): a
// reader who only reads never fetches the second half; the first interaction fetches it once,
// before the reader asks for anything in it, so the tour, the lens, the downloads and the text size
// then run without a synchronous fetch; a function of the second half called before it has come
// still runs (fetched there and then, said in the console); if it cannot come, the page stops
// the interactive view the way it does on any fault, with the text version in its place; and a
// page that starts beyond reading (another language, the lens in its address) fetches it as it
// starts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, serve, waitForFirstFrame, settle, dist, repo } from "./harness.mjs";

const story = JSON.parse(readFileSync(join(repo, "assets/stories/witkoff-call-leak.json"), "utf8"));

let browser, server, base;
before(async () => {
  browser = await launch();
  ({ server, url: base } = await serve());
});
after(async () => { await browser?.close(); server?.close(); });

const DEFERRED = /motive-matrix\.deferred\.[0-9a-f]{10}\.wasm$/;
const LATE = "needed before it had come";  // deferred.js's warning for a synchronous fetch

// Opens the page, counting requests for the second half and keeping the console's warnings.
async function visit(path, options) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, ...options });
  const page = await context.newPage();
  const fetched = [], warnings = [], errors = [];
  page.on("request", (r) => { if (DEFERRED.test(new URL(r.url()).pathname)) fetched.push(r.url()); });
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  return { context, page, fetched, warnings, errors, go: () => page.goto(base + path) };
}

test("the published module is split: its first half has placeholders the second half fills", () => {
  const files = readdirSync(dist);
  const first = files.find((f) => /^motive-matrix\.[0-9a-f]{10}\.wasm$/.test(f));
  const second = files.find((f) => DEFERRED.test(f));
  assert.ok(first && second, `dist/ has both halves: ${files.filter((f) => f.endsWith(".wasm")).join(", ")}`);
  const a = new WebAssembly.Module(readFileSync(join(dist, first))), b = new WebAssembly.Module(readFileSync(join(dist, second)));
  const placeholders = WebAssembly.Module.imports(a).filter((i) => i.module === "placeholder");
  assert.ok(placeholders.length > 100, `the first half leaves functions to the second: ${placeholders.length} placeholders`);
  const exported = new Set(WebAssembly.Module.exports(a).map((e) => e.name));
  for (const i of WebAssembly.Module.imports(b)) {
    assert.equal(i.module, "primary", `the second half imports only the first's exports: ${i.module}.${i.name}`);
    assert.ok(exported.has(i.name), `the first half exports ${i.name}`);
  }
  const html = readFileSync(join(dist, "index.html"), "utf8");
  assert.match(html, new RegExp(`data-wasm-deferred="${second.replace(/\./g, "\\.")}"`), "the page names the second half");
});

test("a page left untouched never fetches the second half; the first touch fetches it once, ahead of what the reader asks for", async () => {
  const v = await visit("/", { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  try {
    await v.go();
    await waitForFirstFrame(v.page);
    await settle(v.page, 20);
    await v.page.waitForTimeout(1500);
    assert.deepEqual(v.fetched, [], "no request for the second half while the reader only reads");

    const box = await v.page.locator("canvas").boundingBox();
    await v.page.touchscreen.tap(box.x + box.width / 2, box.y + 120);
    await v.page.waitForFunction(() => performance.getEntriesByName("mm-deferred").length > 0);  // compiled and added
    // What lives in the second half, by the page's own verbs: none may need a synchronous fetch.
    assert.equal(await v.page.evaluate(() => window.motiveMatrix.setLens("facts")), true, "the lens");
    assert.equal(await v.page.evaluate(() => window.motiveMatrix.state().lens), "facts");
    assert.equal(await v.page.evaluate(() => window.motiveMatrix.tour(1)), true, "the tour");
    assert.equal(await v.page.evaluate(() => window.motiveMatrix.state().step), 1);
    assert.equal(await v.page.evaluate(() => window.motiveMatrix.tour(0)), true, "the tour ends");
    const csv = await v.page.evaluate(() => window.motiveMatrix.matrixCsv());
    assert.match(csv.split("\n")[0], /suspect/i, "the CSV download");
    const png = await v.page.evaluate(async () => (await window.motiveMatrix.image({ scale: 2 })).size);
    assert.ok(png > 10000, `the image download: ${png} bytes`);
    await v.page.click("#mm-more");
    await v.page.click("#mm-font-up");
    await settle(v.page);
    assert.equal(v.fetched.length, 1, `the second half is fetched once: ${v.fetched.join(", ")}`);
    assert.deepEqual(v.warnings.filter((w) => w.includes(LATE) || w.includes("placeholder")), [], "nothing waited for a synchronous fetch");
    assert.deepEqual(v.errors, []);
  } finally { await v.context.close(); }
});

// Presses what the canvas draws itself, at once: the fetch the first press starts cannot have
// come before that press's frames run, so these must all be in the first half.
async function pressAtOnce(v, whats, touch) {
  const boxes = await v.page.evaluate(() => window.motiveMatrix.layout());
  const canvas = await v.page.locator("canvas").boundingBox();
  const wanted = boxes.filter((b) => whats.some((w) => b.what === w || b.what.startsWith(w + ".")));
  assert.ok(wanted.length >= whats.length, `the canvas draws ${whats.join(", ")}: ${[...new Set(boxes.map((b) => b.what))].join(", ")}`);
  assert.deepEqual(v.fetched, [], "nothing fetched before the first press");
  for (const b of wanted) {
    const x = canvas.x + (b.x0 + b.x1) / 2, y = canvas.y + (b.y0 + b.y1) / 2;
    if (touch) await v.page.touchscreen.tap(x, y); else await v.page.mouse.click(x, y);
  }
  return wanted.length;
}

test("desktop: the canvas's own controls, keys and selections right after the first frame need nothing from the second half", async () => {
  const v = await visit("/");
  try {
    await v.go();
    await waitForFirstFrame(v.page);
    // The tour's own button first (it starts the tour), then the matrix and the timeline.
    await pressAtOnce(v, ["tour.take"]);
    await v.page.waitForFunction(() => window.motiveMatrix.state().step === 1);
    await v.page.keyboard.press("Escape");
    await pressAtOnce(v, ["matrix", "timeline.card"]).catch(() => {});  // (already fetched: only the presses matter here)
    await v.page.focus("#mm-stage");
    for (const key of ["Tab", "ArrowRight", "ArrowDown", "Enter", "Escape"]) await v.page.keyboard.press(key);
    await settle(v.page);
    assert.deepEqual(v.warnings.filter((w) => w.includes(LATE) || w.includes("placeholder")), [], "no synchronous fetch");
    assert.equal(v.fetched.length, 1, "the first press fetched it");
    assert.deepEqual(v.errors, []);
  } finally { await v.context.close(); }
});

test("phone: taps on the canvas's lens control and tabs, with a cell selected, at once need nothing from the second half", async () => {
  const link = story.links[0];
  const v = await visit(`/#cell=${link.suspect}:${link.motive}`, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  try {
    await v.go();
    await waitForFirstFrame(v.page);
    await settle(v.page);
    await pressAtOnce(v, ["lens", "tab"], true);
    await settle(v.page);
    assert.deepEqual(v.warnings.filter((w) => w.includes(LATE) || w.includes("placeholder")), [], "no synchronous fetch");
    assert.deepEqual(v.errors, []);
  } finally { await v.context.close(); }
});

test("a function of the second half called before it has come runs all the same, fetched there and then", async () => {
  const v = await visit("/");
  try {
    await v.go();
    await waitForFirstFrame(v.page);
    assert.deepEqual(v.fetched, []);
    // No pointer, key or focus first: the script asks for the tour straight away.
    assert.equal(await v.page.evaluate(() => window.motiveMatrix.tour(2)), true);
    assert.equal(await v.page.evaluate(() => window.motiveMatrix.state().step), 2);
    assert.equal(v.fetched.length, 1, "fetched once, synchronously");
    assert.ok(v.warnings.some((w) => w.includes(LATE)), `the console says so: ${v.warnings.join(" | ")}`);
    // Later interactions fetch nothing more.
    await v.page.mouse.move(300, 300);
    await v.page.keyboard.press("Tab");
    await settle(v.page);
    assert.equal(v.fetched.length, 1);
    assert.deepEqual(v.errors, []);
  } finally { await v.context.close(); }
});

test("if the second half cannot come, the interactive view stops with the text version in its place", async () => {
  const v = await visit("/");
  try {
    await v.page.route(DEFERRED, (r) => r.fulfill({ status: 404, body: "gone" }));
    await v.go();
    await waitForFirstFrame(v.page);
    // The fetch on the first interaction fails quietly (a warning): reading goes on.
    await v.page.mouse.move(400, 300);
    await v.page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => /\.deferred\./.test(r.name)));
    for (let i = 0; i < 100 && !v.warnings.some((w) => /could not be fetched yet/.test(w)); i++) await v.page.waitForTimeout(50);
    assert.equal(await v.page.locator("#mm-alert").isHidden(), true, "no alert while nothing needs it");
    assert.ok(v.warnings.some((w) => /could not be fetched yet: HTTP 404/.test(w)), v.warnings.join(" | "));
    // Asking for the tour needs it: the synchronous fetch fails too, and the page says so.
    await v.page.evaluate(() => { try { window.motiveMatrix.tour(1); } catch (e) { /* the module's call unwinds */ } });
    await v.page.waitForSelector("#mm-alert:not([hidden])");
    const alert = await v.page.locator("#mm-alert").textContent();
    assert.match(alert, /stopped/i, alert);
    assert.ok((await v.page.locator("#mm-text").textContent()).length > 1000, "the text version is there to read");
    assert.match(alert, /could not be loaded/, "it says why");
    assert.equal(await v.page.evaluate(() => document.getElementById("mm-root").classList.contains("mm-ready")), false, "the canvas is put away");
  } finally { await v.context.close(); }
});

for (const [path, why] of [["/?lang=de", "another interface language"], ["/#lens=facts", "the lens in its address"],
  ["/?story=stories/witkoff-call-leak.json", "a ?story= (whose text version the module writes)"]]) {
  test(`a page that starts with ${why} fetches the second half as it starts`, async () => {
    const v = await visit(path);
    try {
      await v.go();
      await waitForFirstFrame(v.page);
      await settle(v.page);
      assert.equal(v.fetched.length, 1, "fetched with the start");
      assert.deepEqual(v.warnings.filter((w) => w.includes(LATE) || w.includes("placeholder")), [], "no synchronous fetch");
      if (path.includes("lens")) assert.equal(await v.page.evaluate(() => window.motiveMatrix.state().lens), "facts");
      else if (path.includes("lang")) assert.equal(await v.page.evaluate(() => document.documentElement.lang), "de");
      else assert.ok((await v.page.locator("#mm-text").textContent()).includes(story.title), "the module wrote the text version");
      assert.deepEqual(v.errors, []);
    } finally { await v.context.close(); }
  });
}

for (const [path, why] of [[`/#event=${story.events[0].id}`, "a shared link to an event"], ["/?accent=c0392b&theme=dark", "an accent colour and the dark theme"]]) {
  test(`a page opened with ${why} reads without the second half`, async () => {
    const v = await visit(path);
    try {
      await v.go();
      await waitForFirstFrame(v.page);
      await settle(v.page, 20);
      assert.deepEqual(v.fetched, [], "not fetched");
      assert.deepEqual(v.warnings.filter((w) => w.includes(LATE) || w.includes("placeholder")), [], "no synchronous fetch");
      if (path.includes("event")) assert.deepEqual(await v.page.evaluate(() => window.motiveMatrix.state().selection), { kind: "event", id: story.events[0].id });
      assert.deepEqual(v.errors, []);
    } finally { await v.context.close(); }
  });
}

test("the offline file adds its inline second half as it starts: the tour runs from file:// without a fetch", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const warnings = [], requests = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  page.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url()); });
  try {
    await page.goto(pathToFileURL(join(dist, "offline/motive-matrix.html")).href);
    await waitForFirstFrame(page);
    await page.waitForFunction(() => performance.getEntriesByName("mm-deferred").length > 0);
    assert.equal(await page.evaluate(() => window.motiveMatrix.tour(1)), true);
    assert.equal(await page.evaluate(() => window.motiveMatrix.state().step), 1);
    assert.deepEqual(warnings.filter((w) => w.includes(LATE) || w.includes("placeholder")), [], "no synchronous path");
    assert.deepEqual(requests, [], "no network request");
  } finally { await context.close(); }
});
