// languages.test.mjs — the interface in six languages (docs/languages.md): ?lang= and the story's
// language choose it; controls, headings, legend, detail text, alerts and the text version speak
// it; <html lang> follows; counts and dates follow the locale; unknown tags fall back with one
// warning; a right-to-left story opens on its text version. Screenshots of German and Ukrainian
// at desktop and phone sizes land in build/screenshots (lang-<tag>-<size>.png).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, open, waitForFirstFrame, settle, screenshotPath, repo } from "./harness.mjs";
import { decodePng, inkShare } from "./png.mjs";

const locale = (tag) => JSON.parse(readFileSync(join(repo, "assets/locales", tag + ".json"), "utf8"));
const fixture = (id) => readFileSync(join(repo, "tests/fixtures/stories", id + ".json"), "utf8");
const story = JSON.parse(readFileSync(join(repo, "assets/stories/witkoff-call-leak.json"), "utf8"));
let browser, server, base;

before(async () => {
  browser = await launch();
  ({ server, url: base } = await serve({
    "/fixtures/port-fire-ar.json": (req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end(fixture("port-fire-ar")),
    "/fixtures/de-story.json": (req, res) => res.writeHead(200, { "Content-Type": "application/json" })
      .end(JSON.stringify({ ...JSON.parse(fixture("minimal")), language: "de" })),
    "/fault/404.json": (req, res) => res.writeHead(404, { "Content-Type": "text/plain" }).end("not found"),
  }));
});
after(async () => { await browser?.close(); server?.close(); });

async function ready(path, opts = {}) {
  const o = await open(browser, base + path, opts);
  const warnings = [];
  o.page.on("console", (m) => { if (m.type() === "warning" && /motive-matrix: /.test(m.text())) warnings.push(m.text()); });
  await waitForFirstFrame(o.page);
  await settle(o.page);
  return { ...o, warnings };
}
const textOf = (page, sel) => page.locator(sel).first().innerText();

for (const tag of ["de", "fr", "es", "pt-BR", "uk"]) {
  test(`?lang=${tag}: controls, text version, canvas and <html lang> speak ${tag}`, async () => {
    const words = locale(tag);
    const { page, context, errors } = await ready(`/?lang=${tag}`, { width: 390, height: 844, mobile: true });
    assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
    assert.equal((await textOf(page, "#mm-copy-link")).trim(), words["page.copy_link"]);
    assert.equal((await textOf(page, "#mm-toggle-text")).trim(), words["page.text_version"]);
    assert.equal(await page.locator("#mm-stage").getAttribute("aria-label"), words["page.stage_label"]);
    // The text version: its key's heading, in the interface language and marked as such inside
    // the English story.
    const html = await page.locator("#mm-text").innerHTML();
    assert.ok(html.includes(`<span lang="${tag}" dir="ltr">${words["tv.key.heading"]}</span>`), "the text version's key is translated");
    assert.ok(html.includes('<article class="mm-t" lang="en">'), "the story keeps its own language");
    // The canvas: the phone's tabs carry the locale's words.
    const tabs = (await page.evaluate(() => window.motiveMatrix.layout())).filter((b) => b.what === "tab").map((b) => b.label);
    assert.deepEqual(tabs, [words["tab.matrix"], words["tab.timing"], words["tab.about"]]);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("dates and counts follow the locale (Ukrainian: 1 цитата, 2 цитати, 12 цитат)", async () => {
  const uk = locale("uk");
  const { page, context } = await ready("/?lang=uk");
  const html = await page.locator("#mm-text").innerHTML();
  const form = (n) => uk["count.quote"][new Intl.PluralRules("uk").select(n)].replace("{n}", String(n));
  for (const n of [1, 2, 12]) assert.ok(html.includes(form(n)), `no “${form(n)}” in the text version`);
  assert.notEqual(form(2), form(12).replace("12", "2"), "the test needs two different plural forms");
  // 14 Oct 2025 at day precision, in Ukrainian's own pattern; <time datetime> stays ISO.
  const day = uk["date.day"].replace("{d}", "14").replace("{mon}", uk["date.month_short.10"]).replace("{y}", "2025");
  assert.ok(html.includes(`<time datetime="2025-10-14"><span lang="uk" dir="ltr">${day}</span></time>`), `no ${day}`);
  // The Cyrillic interface needs the -Ext fonts even for an English story.
  const fonts = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name).filter((n) => /-Ext\./.test(n)));
  assert.equal(new Set(fonts).size, 4, "the four -Ext fonts are fetched for a Cyrillic interface");
  await context.close();
});

test("the story's language chooses the interface, ?lang= overrides it; unknown tags fall back with one warning", async () => {
  let o = await ready("/?story=fixtures/de-story.json");
  assert.equal(await o.page.evaluate(() => document.documentElement.lang), "de", "a German story gets the German interface");
  assert.deepEqual(o.warnings, []);
  await o.context.close();
  o = await ready("/?story=fixtures/de-story.json&lang=en");
  assert.equal(await o.page.evaluate(() => document.documentElement.lang), "en");
  await o.context.close();
  o = await ready("/?lang=pt-PT");
  assert.equal(await o.page.evaluate(() => document.documentElement.lang), "pt-BR", "pt-PT → pt-BR");
  assert.deepEqual(o.warnings, [], "a fallback within the language is not worth a warning");
  await o.context.close();
  o = await ready("/?lang=de-AT");
  assert.equal(await o.page.evaluate(() => document.documentElement.lang), "de");
  await o.context.close();
  o = await ready("/?lang=zh-Hant");
  assert.equal(await o.page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(o.warnings.filter((w) => /zh-Hant/.test(w)).length, 1, "one console warning: " + o.warnings.join(" | "));
  await o.context.close();
});

test("alerts speak the interface language", async () => {
  const de = locale("de");
  const { page, context } = await open(browser, base + "/?lang=de&story=fault/404.json");
  await page.waitForSelector("#mm-alert:not([hidden])");
  // The story never arrived, so its language is unknown: ?lang= decides.
  assert.equal((await textOf(page, "#mm-alert h2")).trim(), de["alert.story_not_loaded"]);
  assert.equal((await textOf(page, "#mm-alert button")).trim(), de["alert.try_again"]);
  await context.close();
});

test("a right-to-left story opens on its text version, right to left", async () => {
  const { page, context, errors } = await open(browser, base + "/?story=fixtures/port-fire-ar.json");
  await page.waitForSelector("#mm-text .mm-t[dir=rtl]");
  assert.equal(await page.locator("#mm-stage").isVisible(), false, "no canvas: it cannot shape Arabic");
  assert.ok(await page.locator("#mm-text").isVisible());
  assert.ok((await textOf(page, ".mm-page-note")).length > 20, "a note says why");
  assert.equal(await page.locator("#mm-text h1").evaluate((h) => getComputedStyle(h).direction), "rtl");
  await page.screenshot({ path: screenshotPath("fixture-port-fire-ar-desktop-1280x800.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("screenshots of German and Ukrainian at desktop and phone sizes (build/screenshots)", async () => {
  for (const tag of ["de", "uk"]) {
    for (const [size, w, h, mobile, hash] of [["desktop-1280x800", 1280, 800, false, `#cell=${story.links[0].suspect}:${story.links[0].motive}`],
                                              ["phone-390x844", 390, 844, true, ""]]) {
      const { page, context } = await ready(`/?lang=${tag}${hash}`, { width: w, height: h, dpr: 2, mobile });
      const path = screenshotPath(`lang-${tag}-${size}.png`);
      await page.screenshot({ path });
      assert.ok(inkShare(decodePng(readFileSync(path))) > 0.04, `${path} is nearly blank`);
      await context.close();
    }
  }
});

test("the page's English words are en.json's (one vocabulary)", () => {
  const en = locale("en");
  const shell = readFileSync(join(repo, "shell.html"), "utf8");
  let checked = 0;
  for (const m of shell.matchAll(/data-t="([^"]+)"[^>]*>([^<]*)</g)) {
    assert.equal(m[2], en[m[1]], `shell.html's ${m[1]}`);
    checked++;
  }
  for (const m of shell.matchAll(/aria-label="([^"]+)"[^>]*?data-t-label="([^"]+)"/g)) {
    assert.equal(m[1], en[m[2]], `shell.html's ${m[2]}`);
    checked++;
  }
  assert.ok(checked >= 8, `only ${checked} words checked`);
});
