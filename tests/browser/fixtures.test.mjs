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
