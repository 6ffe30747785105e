// fixtures.test.mjs — stories nobody designed the engine for (tests/fixtures/stories/), loaded
// the way an editor would (?story=), at desktop 1280×800 and phone 390×844: each draws with no
// error, its text version speaks its own words, and screenshots land in build/screenshots for
// people to look at (fixture-<id>-desktop-1280x800.png, fixture-<id>-phone-390x844.png).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, open, waitForFirstFrame, settle, screenshotPath, repo } from "./harness.mjs";
import { decodePng, inkShare } from "./png.mjs";

const ids = ["minimal", "wide-sparse", "selka-cable-cut"];
const text = (id) => readFileSync(join(repo, "tests/fixtures/stories", id + ".json"), "utf8");
let browser, server, base;

before(async () => {
  browser = await launch();
  const routes = {};
  for (const id of ids) {
    routes[`/fixtures/${id}.json`] = (req, res) =>
      res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(text(id));
  }
  ({ server, url: base } = await serve(routes));
});
after(async () => { await browser?.close(); server?.close(); });

for (const id of ids) {
  const story = JSON.parse(text(id));
  for (const [size, w, h, mobile] of [["desktop-1280x800", 1280, 800, false], ["phone-390x844", 390, 844, true]]) {
    test(`${id} draws at ${size} in its own words`, async () => {
      const { page, context, errors } = await open(browser, `${base}/?story=fixtures/${id}.json`, { width: w, height: h, dpr: 2, mobile });
      await waitForFirstFrame(page);
      await settle(page);
      assert.equal(await page.locator("[role=alert]:visible").count(), 0, "no error alert");
      assert.deepEqual(errors, []);
      assert.equal(await page.title(), story.title + " · motive-matrix explainer");
      // The text version (what screen readers and printers get) is this story's, in its words.
      const words = (await page.locator(".mm-t").innerText()).toLowerCase();
      assert.ok(words.includes(story.title.toLowerCase()), "the text version is the loaded story's");
      const own = text(id).toLowerCase();
      for (const borrowed of ["leak", "the article", "landed just as", "witkoff"]) {
        if (!own.includes(borrowed)) assert.ok(!words.includes(borrowed), `the text version says "${borrowed}"`);
      }
      const items = await page.evaluate(() => window.motiveMatrix.layout());
      assert.ok(items.length > 0, "the canvas laid out its panels");
      const path = screenshotPath(`fixture-${id}-${size}.png`);
      await page.screenshot({ path });
      assert.ok(inkShare(decodePng(readFileSync(path))) > 0.04, `${path} is nearly blank`);
      await context.close();
    });
  }
}

// A matrix wider than the phone, in a second interface language: the pager's next button turns
// to suspects not yet in view (its words are checked natively, tests/ui/matrix_paging_test.cpp);
// screenshots of both pages for people to look at.
test("wide-sparse on a phone in Ukrainian: the pager's next button brings the next suspects into view", async () => {
  const { page, context, errors } = await open(browser, `${base}/?story=fixtures/wide-sparse.json&lang=uk`,
    { width: 390, height: 844, dpr: 2, mobile: true });
  await waitForFirstFrame(page);
  await settle(page);
  const inView = async () => {
    const boxes = await page.evaluate(() => window.motiveMatrix.layout());
    const rowsRight = Math.max(...boxes.filter((b) => b.what === "matrix.row").map((b) => b.x1));
    const cols = boxes.filter((b) => b.what === "matrix.col" && b.x0 >= rowsRight - 0.5 && b.x1 <= 390.5).map((b) => b.hash);
    return { boxes, cols };
  };
  const first = await inView();
  assert.ok(first.cols.length >= 2 && first.cols.length < 12, `${first.cols.length} of 12 suspects in view`);
  assert.equal(first.boxes.filter((b) => b.what === "matrix.page").map((b) => b.label).join(), "##next", "only next at the start");
  await page.screenshot({ path: screenshotPath("fixture-wide-sparse-uk-phone-390x844.png") });
  const next = first.boxes.find((b) => b.what === "matrix.page" && b.label === "##next");
  await page.touchscreen.tap((next.x0 + next.x1) / 2, (next.y0 + next.y1) / 2);
  let second;
  for (let i = 0; i < 50; i++) {
    second = await inView();
    if (second.cols.length && second.cols[0] !== first.cols[0]) break;
    await page.waitForTimeout(100);
  }
  assert.ok(second.cols.length > 0);
  for (const h of second.cols) assert.ok(!first.cols.includes(h), `${h} was already in view`);
  assert.deepEqual(second.boxes.filter((b) => b.what === "matrix.page").map((b) => b.label).sort(), ["##back", "##next"]);
  assert.equal((await page.evaluate(() => window.motiveMatrix.state())).selection.kind, "none", "turning the page selects nothing");
  await page.screenshot({ path: screenshotPath("fixture-wide-sparse-uk-phone-390x844-page2.png") });
  assert.deepEqual(errors, []);
  await context.close();
});
