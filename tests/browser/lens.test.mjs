// lens.test.mjs — the evidence lens (docs/evidence-lens.md) in a browser: #lens=… by link and by
// each control (the page's select, the canvas's buttons, the API), on the bundled story and on a
// story with no reported fact at all; state().lens and the hash; the live region; axe-core with a
// lens on; and screenshots of each lens at 1280×800 and 390×844 (build/screenshots/lens-*.png)
// for people to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { launch, serve, open, waitForFirstFrame, settle, screenshotPath, repo } from "./harness.mjs";
import { decodePng, diffShare } from "./png.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// tests/fixtures/stories/minimal.json with its one reported fact (an event's) made an attributed
// statement: a story with no reported fact anywhere, so "Reported facts" leaves nothing at all.
const noFacts = JSON.parse(readFileSync(join(repo, "tests/fixtures/stories/minimal.json"), "utf8"));
for (const list of [noFacts.links, noFacts.events, noFacts.goals || [], noFacts.reactions || []])
  for (const item of list) for (const e of item.evidence || []) if (e.kind === "fact") { e.kind = "attributed"; e.speaker = e.speaker || "The committee"; }
let browser, server, base;

before(async () => {
  browser = await launch();
  ({ server, url: base } = await serve({
    "/no-facts.json": (req, res) => res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(noFacts)),
  }));
});
after(async () => { await browser?.close(); server?.close(); });

const state = (page) => page.evaluate(() => window.motiveMatrix.state());
async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  });
}
async function canvasShot(page) { return decodePng(await page.locator("#canvas").screenshot()); }

test("#lens=facts by link: state, hash, the page's select and the canvas agree", async () => {
  const { page, context, errors } = await open(browser, base + "/#cell=europe-lobby:stop-peace&lens=facts", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(page);
  await settle(page);
  const s = await state(page);
  assert.equal(s.lens, "facts");
  assert.deepEqual(s.selection, { kind: "cell", suspect: "europe-lobby", motive: "stop-peace" });
  assert.equal(s.hash, "#cell=europe-lobby:stop-peace&lens=facts");
  assert.equal(await page.evaluate(() => location.hash), "#cell=europe-lobby:stop-peace&lens=facts");
  assert.equal(await page.locator("#mm-lens").inputValue(), "facts");
  assert.equal(await page.locator("#mm-lens").isDisabled(), false);
  // The canvas offers the four settings as buttons the probe can see.
  const boxes = (await page.evaluate(() => window.motiveMatrix.layout())).filter((b) => b.what === "lens");
  assert.deepEqual(boxes.map((b) => b.label), ["All", "Facts", "Attributed", "Analysis"]);
  for (const b of boxes) assert.ok(b.y1 - b.y0 >= 28 && b.x1 - b.x0 >= 44, `a usable target: ${JSON.stringify(b)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("by each control: the select, the canvas's buttons, the keyboard and the API; the live region speaks", async () => {
  const { page, context, errors } = await open(browser, base + "/", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(page);
  await settle(page);
  assert.equal((await state(page)).lens, "all");
  const before = await canvasShot(page);

  await page.locator("#mm-lens").selectOption("attributed");
  await page.waitForFunction(() => window.motiveMatrix.state().lens === "attributed");
  assert.equal(await page.evaluate(() => location.hash), "#lens=attributed");
  await page.waitForFunction(() => /Attributed statements/.test(document.getElementById("mm-live").textContent));
  await settle(page);
  assert.ok(diffShare(before, await canvasShot(page)) > 0.001, "the canvas draws the lens");

  // The canvas's own button (below the fold at 800 px since the tour's entry sits above the
  // matrix: the wheel scrolls the canvas to it first).
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, 300);
  // The canvas scrolls over a few frames: wait until it has (the assertion below says if not).
  for (let i = 0; i < 20; i++) {
    const b = (await page.evaluate(() => window.motiveMatrix.layout())).find((x) => x.what === "lens" && x.label === "Analysis");
    if (b && b.y1 < 740) break;
    await settle(page);
  }
  const analysis = (await page.evaluate(() => window.motiveMatrix.layout())).find((b) => b.what === "lens" && b.label === "Analysis");
  assert.ok(analysis.y1 < 740, `the lens buttons are in view after scrolling (y1 ${analysis.y1})`);
  await page.mouse.click((analysis.x0 + analysis.x1) / 2, (analysis.y0 + analysis.y1) / 2);
  await page.waitForFunction(() => window.motiveMatrix.state().lens === "analysis");
  assert.equal(await page.locator("#mm-lens").inputValue(), "analysis", "the select follows the canvas");

  // The API, and select()-style hashes.
  assert.equal(await page.evaluate(() => window.motiveMatrix.setLens("facts")), true);
  await page.waitForFunction(() => window.motiveMatrix.state().lens === "facts");
  assert.equal(await page.evaluate(() => window.motiveMatrix.setLens("opinions")), false);
  assert.equal(await page.evaluate(() => window.motiveMatrix.select("#cell=us-insiders:prevent-concessions&lens=analysis")), true);
  await page.waitForFunction(() => window.motiveMatrix.state().hash === "#cell=us-insiders:prevent-concessions&lens=analysis");
  assert.equal(await page.evaluate(() => window.motiveMatrix.select({ event: "leak" })), true);
  await page.waitForFunction(() => window.motiveMatrix.state().selection.kind === "event");
  assert.equal((await state(page)).lens, "analysis", "an object without a lens keeps it");
  assert.equal(await page.evaluate(() => window.motiveMatrix.select({ lens: "attributed" })), true);
  await page.waitForFunction(() => window.motiveMatrix.state().hash === "#event=leak&lens=attributed");
  assert.equal(await page.evaluate(() => window.motiveMatrix.select("#lens=facts")), true);
  await page.waitForFunction(() => window.motiveMatrix.state().hash === "#lens=facts");
  // The reader edits the hash: the lens follows (none is all evidence).
  await page.evaluate(() => { location.hash = "#suspect=europe-lobby"; });
  await page.waitForFunction(() => window.motiveMatrix.state().lens === "all" && window.motiveMatrix.state().selection.kind === "suspect");

  // The keyboard: Tab past the matrix to the lens buttons, arrows choose.
  await page.evaluate(() => window.motiveMatrix.select(null));
  await page.locator("#mm-stage").focus();
  // Tab moves from panel to panel (the matrix, then the lens buttons); on the lens, an arrow
  // chooses the next setting, as in a radio group. (Focusing may already have entered the matrix.)
  for (let i = 0; i < 4 && (await state(page)).lens === "all"; i++) {
    await page.keyboard.press("Tab");
    await settle(page);
    await page.keyboard.press("ArrowRight");
    await settle(page);
  }
  await page.waitForFunction(() => window.motiveMatrix.state().lens === "facts");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a story with no reported fact at all, by link and by control", async () => {
  const { page, context, errors } = await open(browser, base + "/?story=no-facts.json#lens=facts", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(page);
  await settle(page);
  const s = await state(page);
  assert.equal(s.lens, "facts");
  assert.match(s.lensDescription, /0 of 1 links rest on such evidence/);
  await page.locator("#mm-lens").selectOption("attributed");
  await page.waitForFunction(() => window.motiveMatrix.state().lens === "attributed");
  assert.match((await state(page)).lensDescription, /1 of 1 links rests on such evidence/);
  // The text version (generated at run time for this story) carries the breakdown and the rules.
  const text = await page.locator(".mm-t").textContent();
  assert.match(text, /What the case rests on: 2 quotes: 0 reported facts, 2 attributed statements, 0 /);
  assert.match(text, /How this is worked out/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("axe finds no violations with a lens on, and the text version carries the breakdown", async () => {
  const { page, context } = await open(browser, base + "/#lens=analysis", { width: 1280, height: 800, dpr: 1 });
  await waitForFirstFrame(page);
  await settle(page);
  assert.deepEqual(await axe(page), []);
  const text = await page.locator(".mm-t").textContent();
  assert.match(text, /26 quotes: 0 reported facts, 5 attributed statements, 21 the article’s analysis/);
  assert.match(text, /could not be told apart/);
  assert.match(text, /Linchpin:/);
  await page.getByRole("button", { name: "Text version" }).click();
  assert.deepEqual(await axe(page), [], "text version shown, with a lens");
  await context.close();
});

test("screenshots of each lens for people to look at (build/screenshots/lens-*.png)", async () => {
  for (const [size, w, h, mobile] of [["desktop-1280x800", 1280, 800, false], ["phone-390x844", 390, 844, true]]) {
    for (const lens of ["all", "facts", "attributed", "analysis"]) {
      // Desktop: a cell selected, so the detail shows the lens too; phone: the matrix tab.
      const hash = (mobile ? "#" : "#cell=europe-lobby:prevent-concessions&") + "lens=" + lens;
      const { page, context, errors } = await open(browser, `${base}/${hash}`, { width: w, height: h, dpr: 2, mobile });
      await waitForFirstFrame(page);
      await settle(page, 10);
      if (mobile) {  // bring the lens control into view: Tab to it (tabs, matrix, lens), the canvas follows
        await page.locator("#mm-stage").focus();
        for (let i = 0; i < 4; i++) {
          const b = (await page.evaluate(() => window.motiveMatrix.layout())).find((x) => x.what === "lens");
          if (b && b.y1 < h - 60 && b.y0 > 0) break;
          await page.keyboard.press("Tab");
          await settle(page, 6);
        }
        // The page's select is hidden on phones (the bar keeps one row); the canvas's buttons fit.
        assert.equal(await page.locator("#mm-lens").isVisible(), false);
        const buttons = (await page.evaluate(() => window.motiveMatrix.layout())).filter((x) => x.what === "lens");
        assert.equal(buttons.length, 4);
        for (const b of buttons) assert.ok(b.x0 >= 0 && b.x1 <= w && b.y1 - b.y0 >= 44, JSON.stringify(b));
      }
      await page.screenshot({ path: screenshotPath(`lens-${lens}-${size}.png`) });
      assert.deepEqual(errors, [], `${lens} ${size}`);
      await context.close();
    }
  }
});
