// tour.test.mjs — the guided tour and presenter mode in the browser: the bundled story's tour
// taken by keyboard (Next / Back on the card, the arrow keys, PageDown / PageUp as a clicker
// sends them), each step's selection and view, the live region, the #step=N deep link, the
// "Take the tour" entry, presenter mode at 1920×1080 (text ≥ 28 CSS px, the bar out of the way),
// axe-core with the tour running and in presenter mode, and screenshots to look at
// (build/screenshots/tour-*.png).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { launch, serve, open, waitForFirstFrame, settle, screenshotPath, repo } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const story = JSON.parse(readFileSync(join(repo, "assets/stories/witkoff-call-leak.json"), "utf8"));
const steps = story.tour;
let browser, server, base;

before(async () => {
  browser = await launch();
  ({ server, url: base } = await serve());
});
after(async () => { await browser?.close(); server?.close(); });

async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  });
}

// The selection a step's target means, in state()'s form.
function expected(target) {
  if (target.cell) return { kind: "cell", suspect: target.cell[0], motive: target.cell[1] };
  const kind = Object.keys(target)[0];
  return { kind, id: target[kind] };
}

async function state(page) { return page.evaluate(() => window.motiveMatrix.state()); }

async function expectStep(page, n, how) {
  await page.waitForFunction((k) => window.motiveMatrix.state().step === k, n, { timeout: 15000 })
    .catch(() => {});
  const s = await state(page);
  assert.equal(s.step, n, `${how}: state().step`);
  assert.deepEqual(s.selection, expected(steps[n - 1].target), `${how}: step ${n} selects its target`);
  if (steps[n - 1].view) assert.equal(s.view, steps[n - 1].view, `${how}: step ${n} shows its view`);
  // A step may show its quotes under an evidence lens; the hash carries it with the step.
  const lens = steps[n - 1].lens || "all";
  assert.equal(s.lens, lens, `${how}: step ${n} shows its lens`);
  const hash = `#step=${n}` + (lens === "all" ? "" : `&lens=${lens}`);
  assert.equal(s.hash, hash, `${how}: the hash is the step's`);
  await page.waitForFunction((h) => location.hash === h, hash);
  const live = await page.locator("#mm-live").textContent();
  assert.ok(live.startsWith(`Step ${n} of ${steps.length}: ${steps[n - 1].caption}`), `${how}: the live region says the step: ${live}`);
}

// The box of one of the tour card's buttons, from the layout probe.
async function box(page, what) {
  const boxes = await page.evaluate(() => window.motiveMatrix.layout());
  return boxes.find((b) => b.what === what);
}

async function click(page, what) {
  const b = await box(page, what);
  assert.ok(b, `no ${what} on the canvas`);
  await page.mouse.click((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2);
}

test("the bundled story's tour, by keyboard: Next / Back, arrows, PageDown / PageUp; the live region and the hash follow", async () => {
  assert.ok(steps.length >= 6 && steps.length <= 8, "the bundled story has a 6–8 step tour");
  const { page, context, errors } = await open(browser, base + "/", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(page);
  await settle(page);
  let s = await state(page);
  assert.equal(s.step, null, "no tour until the reader takes it");
  assert.equal(s.tourSteps, steps.length);
  assert.equal(s.presenter, false);
  // Arrow keys belong to the panels while no tour runs: PageDown does nothing to the tour.
  await page.locator("#mm-stage").focus();
  await page.keyboard.press("PageDown");
  assert.equal((await state(page)).step, null);

  // The entry on the canvas, and the bar's button, start it.
  const take = await box(page, "tour.take");
  assert.ok(take && take.y1 - take.y0 >= 40, "a 'Take the tour' button, at least 40 px high");
  assert.equal(await page.locator("#mm-tour").isVisible(), true, "the bar offers the tour too");
  await click(page, "tour.take");
  await expectStep(page, 1, "Take the tour");
  await settle(page);
  await page.screenshot({ path: screenshotPath("tour-desktop-step1.png") });

  // With the focus on the explainer: Right, PageDown (a clicker), the card's Next button.
  await page.locator("#mm-stage").focus();
  await page.keyboard.press("ArrowRight");
  await expectStep(page, 2, "ArrowRight");
  await page.keyboard.press("PageDown");
  await expectStep(page, 3, "PageDown");
  await settle(page);
  await click(page, "tour.next");
  await expectStep(page, 4, "Next");
  await settle(page);
  await page.screenshot({ path: screenshotPath("tour-desktop-step4.png") });
  await click(page, "tour.back");
  await expectStep(page, 3, "Back");
  await page.locator("#mm-stage").focus();
  await page.keyboard.press("ArrowLeft");
  await expectStep(page, 2, "ArrowLeft");
  await page.keyboard.press("PageUp");
  await expectStep(page, 1, "PageUp");
  await page.keyboard.press("PageUp");
  await expectStep(page, 1, "PageUp on the first step stays");

  // A clicker's keys work wherever the focus is (here: the bar's button).
  await page.locator("#mm-toggle-text").focus();
  for (let n = 2; n <= steps.length; n++) {
    await page.keyboard.press("PageDown");
    await expectStep(page, n, "PageDown from the bar");
  }
  await page.keyboard.press("PageDown");
  await expectStep(page, steps.length, "PageDown on the last step stays");
  await settle(page);
  await page.screenshot({ path: screenshotPath("tour-desktop-last.png") });

  // The API, and axe with the tour running.
  assert.equal(await page.evaluate(() => window.motiveMatrix.tour(3)), true);
  await expectStep(page, 3, "tour(3)");
  assert.equal(await page.evaluate(() => window.motiveMatrix.nextStep()), true);
  await expectStep(page, 4, "nextStep()");
  assert.equal(await page.evaluate(() => window.motiveMatrix.previousStep()), true);
  await expectStep(page, 3, "previousStep()");
  assert.equal(await page.evaluate((n) => window.motiveMatrix.tour(n + 1), steps.length), false, "no such step");
  assert.equal(await page.evaluate(() => document.getElementById("mm-tour").getAttribute("aria-pressed")), "true");
  assert.deepEqual(await axe(page), [], "axe with the tour running");

  // select() keeps working during the tour: the hash becomes the selection's, the step stays.
  assert.equal(await page.evaluate(() => window.motiveMatrix.select({ event: "leak" })), true);
  await page.waitForFunction(() => location.hash === "#event=leak");
  s = await state(page);
  assert.equal(s.step, 3);
  assert.equal(s.hash, "#event=leak");

  // Escape ends the tour (and the view goes back to the reader's).
  await page.locator("#mm-stage").focus();
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => window.motiveMatrix.state().step === null);
  s = await state(page);
  assert.equal(s.view, "both");
  // The bar hears of it from the module's select hook, a frame after the state changed.
  await page.waitForFunction(() => document.getElementById("mm-tour").getAttribute("aria-pressed") === "false", null, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.getElementById("mm-tour").getAttribute("aria-pressed")), "false");
  // With the tour over, Left / Right are the panels' again.
  await page.keyboard.press("ArrowRight");
  assert.equal((await state(page)).step, null);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link to #step=3 opens the tour at its third step; the hash takes a reader there later too", async () => {
  const { page, context, errors } = await open(browser, base + "/#step=3", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(page);
  await expectStep(page, 3, "#step=3 on load");
  await page.evaluate(() => { location.hash = "#step=5"; });
  await expectStep(page, 5, "hashchange to #step=5");
  // A step the tour does not have selects nothing and starts nothing.
  const { page: p2, context: c2 } = await open(browser, base + "/#step=99", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(p2);
  await settle(p2);
  assert.equal((await state(p2)).step, null);
  await c2.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the tour on a phone: the card's buttons are large targets and the step's target shows", async () => {
  const { page, context, errors } = await open(browser, base + "/#step=1", { width: 390, height: 844, dpr: 2, mobile: true });
  await waitForFirstFrame(page);
  await expectStep(page, 1, "#step=1 on a phone");
  await settle(page);
  for (const what of ["tour.next", "tour.close"]) {
    const b = await box(page, what);
    assert.ok(b && b.y1 - b.y0 >= 44 && b.x1 - b.x0 >= 44, `${what} is at least 44×44 CSS px on a phone`);
  }
  await page.screenshot({ path: screenshotPath("tour-phone-step1.png") });
  await page.evaluate(() => window.motiveMatrix.tour(4));
  await expectStep(page, 4, "tour(4) on a phone");
  await settle(page);
  // The cell the step points at is on screen, above the card.
  const cell = (await page.evaluate(() => window.motiveMatrix.layout())).find((b) => b.what === "matrix.cell" && b.hash === "#cell=europe-lobby:stop-peace");
  const next = await box(page, "tour.next");
  assert.ok(cell, "the step's cell is laid out");
  assert.ok(cell.y0 >= 0 && cell.y1 <= 844, `the step's cell is in view (y ${cell.y0}–${cell.y1})`);
  assert.ok(next.y0 > cell.y0, "the card does not sit over the cell's top");
  await page.screenshot({ path: screenshotPath("tour-phone-step4.png") });
  await click(page, "tour.close");
  await page.waitForFunction(() => window.motiveMatrix.state().step === null);
  assert.deepEqual(errors, []);
  await context.close();
});

test("presenter mode at 1920×1080: text ≥ 28 CSS px, high contrast, the bar out of the way, clicker keys, axe", async () => {
  const { page, context, errors } = await open(browser, base + "/?present=1#step=1", { width: 1920, height: 1080, dpr: 1 });
  await waitForFirstFrame(page);
  await expectStep(page, 1, "presenter, #step=1");
  await settle(page, 10);
  const s = await state(page);
  assert.equal(s.presenter, true);
  assert.ok(16 * s.fontScale >= 28, `body text is ${16 * s.fontScale} CSS px (16 px × fontScale ${s.fontScale})`);
  assert.equal(await page.locator(".mm-bar").isVisible(), false, "the bar gives the projector its whole height");
  const next = await box(page, "tour.next");
  assert.ok(next && next.y1 - next.y0 >= 56, "Next is a large target on a projector");
  await page.screenshot({ path: screenshotPath("tour-presenter-1920x1080.png") });
  // A clicker, with the focus nowhere in particular.
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.keyboard.press("PageDown");
  await expectStep(page, 2, "clicker PageDown in presenter mode");
  await page.keyboard.press("ArrowRight");
  await expectStep(page, 3, "clicker ArrowRight in presenter mode");
  await settle(page, 10);
  await page.screenshot({ path: screenshotPath("tour-presenter-1920x1080-step3.png") });
  assert.deepEqual(await axe(page), [], "axe in presenter mode");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the text version lists the tour's steps in order, with their questions", async () => {
  const { page, context } = await open(browser, base + "/", { width: 1280, height: 800, dpr: 1 });
  const items = page.locator("#mm-text .mm-t-tour li");
  await items.first().waitFor({ state: "attached" });
  assert.equal(await items.count(), steps.length);
  for (let i = 0; i < steps.length; i++) {
    const text = await items.nth(i).textContent();
    assert.ok(text.includes(steps[i].caption), `step ${i + 1}'s caption`);
    if (steps[i].question) assert.ok(text.includes(steps[i].question), `step ${i + 1}'s question`);
  }
  await context.close();
});
