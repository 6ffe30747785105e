// bar.test.mjs — the controls bar under the canvas. On a phone it keeps to one row in every
// interface language: Copy link and Text version, then "More", a disclosure holding Embed,
// Download, the guided tour and the text size (app.css, chrome.js wireMore). On a desktop "More"
// is not there and those controls are the bar's own. Keyboard: More opens with the focus on its
// first control; Escape closes it and gives the focus back; a dialog opened from it returns the
// focus to More. axe finds nothing with the panel open. Screenshots to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { launch, serve, open, waitForFirstFrame, settle, screenshotPath, repo } from "./harness.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const LANGS = ["en", "de", "fr", "es", "pt-BR", "uk"];
const words = (tag) => JSON.parse(readFileSync(join(repo, `assets/locales/${tag}.json`), "utf8"));
let browser, server, base;
before(async () => { browser = await launch(); ({ server, url: base } = await serve()); });
after(async () => { await browser?.close(); server?.close(); });

async function ready(path, opts) {
  const o = await open(browser, base + path, opts);
  await waitForFirstFrame(o.page);
  await settle(o.page);
  return o;
}
// The visible controls of the bar, each with its box.
const barControls = (page) => page.evaluate(() => [...document.querySelectorAll(".mm-bar .mm-btn, .mm-bar .mm-select")]
  .filter((e) => e.getClientRects().length)
  .map((e) => { const r = e.getBoundingClientRect(); return { id: e.id, top: Math.round(r.top), left: r.left, right: r.right }; }));
const focusedId = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);

const PHONE = { width: 390, height: 844, dpr: 3, mobile: true };
for (const tag of LANGS) {
  test(`phone (${tag}): the bar is one row inside the screen, the rest behind "More"`, async () => {
    const { page, context, errors } = await ready(`/?lang=${tag}`, PHONE);
    await page.waitForFunction(() => !document.getElementById("mm-tour").hidden);  // the bundled story has a tour
    const shown = await barControls(page);
    assert.deepEqual(shown.map((c) => c.id), ["mm-copy-link", "mm-toggle-text", "mm-more"]);
    assert.equal(new Set(shown.map((c) => c.top)).size, 1, `one row (${JSON.stringify(shown)})`);
    assert.ok(shown.every((c) => c.left >= 0 && c.right <= PHONE.width), "inside the screen");
    assert.equal((await page.locator("#mm-more").innerText()).trim(), words(tag)["page.more"]);
    await context.close();
    assert.deepEqual(errors, []);
  });
}

test("phone: More by keyboard and pointer, a dialog from it, axe with it open; screenshots", async () => {
  const { page, context, errors } = await ready("/", PHONE);
  await page.waitForFunction(() => !document.getElementById("mm-tour").hidden);
  const more = page.locator("#mm-more");
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  await more.focus();
  await page.keyboard.press("Enter");
  assert.equal(await more.getAttribute("aria-expanded"), "true");
  assert.equal(await focusedId(page), "mm-copy-embed", "the focus moves to the first control behind More");
  const inPanel = await page.evaluate(() => [...document.querySelectorAll("#mm-bar-more .mm-btn")].filter((e) => e.getClientRects().length).map((e) => e.id));
  assert.deepEqual(inPanel, ["mm-copy-embed", "mm-download", "mm-tour", "mm-font-down", "mm-font-up"]);
  // The panel stands above the bar, inside the screen, and covers no control of the bar.
  const [panel, bar] = await page.evaluate(() => ["mm-bar-more", "mm-bar"].map((id) => {
    const e = id === "mm-bar" ? document.querySelector(".mm-bar") : document.getElementById(id);
    const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }));
  assert.ok(panel.bottom <= bar.top && panel.left >= 0 && panel.right <= PHONE.width, `placed above the bar (${JSON.stringify({ panel, bar })})`);
  await page.screenshot({ path: screenshotPath("bar-more-open-390x844.png") });
  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  assert.deepEqual(axe, []);
  // The text size stays open for a second press.
  await page.click("#mm-font-up");
  assert.equal(await more.getAttribute("aria-expanded"), "true", "text size keeps the panel open");
  await page.click("#mm-font-down");
  // Escape closes it and gives the focus back.
  await page.keyboard.press("Escape");
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  assert.equal(await focusedId(page), "mm-more");
  assert.equal(await page.isVisible("#mm-copy-embed"), false);
  // A click elsewhere closes it.
  await more.click();
  await page.mouse.click(200, 300);
  assert.equal(await more.getAttribute("aria-expanded"), "false", "a click outside closes it");
  // Embed from More: the panel closes, the share dialog opens; closing it focuses More.
  await more.click();
  await page.click("#mm-copy-embed");
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  assert.equal(await page.isVisible("#mm-share"), true);
  await page.keyboard.press("Escape");
  assert.equal(await page.isVisible("#mm-share"), false);
  assert.equal(await focusedId(page), "mm-more", "the focus comes back to More");
  // The text size by keyboard to its end: the disabled button hands the focus to its twin, and
  // Escape still closes the panel.
  await more.focus();
  await page.keyboard.press("Enter");
  await page.locator("#mm-font-up").focus();
  for (let i = 0; i < 8; i++) if (await page.locator("#mm-font-up").isEnabled()) await page.keyboard.press("Enter");
  assert.equal(await page.locator("#mm-font-up").isDisabled(), true, "A+ at its end");
  assert.equal(await focusedId(page), "mm-font-down", "the focus moved to A−, not to the page");
  await page.keyboard.press("Escape");
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  assert.equal(await focusedId(page), "mm-more");
  for (let i = 0; i < 8; i++) if (await page.locator("#mm-font-down").isEnabled()) await page.evaluate(() => document.getElementById("mm-font-down").click());
  await page.evaluate(() => document.getElementById("mm-font-up").click());  // back to the reader's default size
  // Tab out of the panel closes it.
  await page.keyboard.press("Enter");
  await page.locator("#mm-font-up").focus();
  await page.keyboard.press("Tab");
  assert.equal(await more.getAttribute("aria-expanded"), "false", "the focus leaving the panel closes it");
  // The tour from More, by keyboard: it starts, and the focus comes back to More.
  await more.focus();
  await page.keyboard.press("Enter");
  await page.locator("#mm-tour").focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.motiveMatrix.state().step === 1);
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  assert.equal(await focusedId(page), "mm-more", "the focus is not dropped with the closing panel");
  await page.screenshot({ path: screenshotPath("bar-phone-tour-390x844.png") });
  await context.close();
  assert.deepEqual(errors, []);
});

test("desktop: no More; Embed, Download, the tour, text size and the lens are in the bar, on one row", async () => {
  const { page, context, errors } = await ready("/", { width: 1280, height: 800, dpr: 1 });
  await page.waitForFunction(() => !document.getElementById("mm-tour").hidden);
  const shown = await barControls(page);
  assert.deepEqual(shown.map((c) => c.id), ["mm-copy-link", "mm-toggle-text", "mm-copy-embed", "mm-download", "mm-tour", "mm-font-down", "mm-font-up", "mm-lens"]);
  assert.equal(new Set(shown.map((c) => c.top)).size, 1, "one row");
  await page.screenshot({ path: screenshotPath("bar-desktop-1280x800.png") });
  await context.close();
  assert.deepEqual(errors, []);
});
