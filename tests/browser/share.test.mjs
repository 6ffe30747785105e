// share.test.mjs — "Download": window.motiveMatrix.image({ scale }) draws what is on screen (the
// selection, the theme) at 1×, 2× and 3× as a PNG, redrawn at that scale rather than enlarged;
// the canvas goes back to the screen's resolution afterwards; matrixCsv() and the page's
// download panel (image buttons, the story, the matrix as CSV), with screenshots to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, open, waitForFirstFrame, settle, screenshotPath, repo } from "./harness.mjs";
import { decodePng, inkShare, diffShare } from "./png.mjs";

const story = JSON.parse(readFileSync(join(repo, "assets/stories/witkoff-call-leak.json"), "utf8"));
let browser, server, base;
before(async () => { browser = await launch(); ({ server, url: base } = await serve()); });
after(async () => { await browser?.close(); server?.close(); });

async function ready(path = "/", opts = {}) {
  const o = await open(browser, base + path, opts);
  await waitForFirstFrame(o.page);
  await settle(o.page);
  return o;
}
// image() as a Buffer, from inside the page.
const image = (page, scale) => page.evaluate(async (s) => {
  const blob = await window.motiveMatrix.image(s === undefined ? undefined : { scale: s });
  return { type: blob.type, bytes: Array.from(new Uint8Array(await blob.arrayBuffer())) };
}, scale).then((r) => ({ type: r.type, png: decodePng(Buffer.from(r.bytes)), buf: Buffer.from(r.bytes) }));
// Nearest-neighbour enlargement: what a blurry upscale would at best look like.
function enlarge(img, k) {
  const out = { width: img.width * k, height: img.height * k, pixels: new Uint8Array(img.width * k * img.height * k * 4) };
  for (let y = 0; y < out.height; y++) for (let x = 0; x < out.width; x++) {
    const s = ((Math.floor(y / k) * img.width) + Math.floor(x / k)) * 4, d = (y * out.width + x) * 4;
    for (let c = 0; c < 4; c++) out.pixels[d + c] = img.pixels[s + c];
  }
  return out;
}

test("image({ scale }) draws the view at 1×, 2× and 3×, not enlarged, and the canvas comes back", async () => {
  const { page, context, errors } = await ready("/?view=matrix", { width: 900, height: 700, dpr: 1 });
  const css = await page.evaluate(() => { const r = document.getElementById("canvas").getBoundingClientRect(); return { w: Math.round(r.width), h: Math.round(r.height) }; });
  const backing = () => page.evaluate(() => { const c = document.getElementById("canvas"); return [c.width, c.height]; });
  const before = await backing();
  const imgs = {};
  for (const s of [1, 2, 3]) {
    const { type, png, buf } = await image(page, s);
    assert.equal(type, "image/png");
    assert.deepEqual([png.width, png.height], [css.w * s, css.h * s], `${s}×: ${css.w}×${css.h} CSS px at ${s}×`);
    const ink = inkShare(png);
    assert.ok(ink > 0.02 && ink < 0.9, `${s}×: the explainer is in the image (ink ${ink.toFixed(3)})`);
    imgs[s] = png;
    if (s === 2) writeFileSync(screenshotPath("image-export-2x.png"), buf);
  }
  // Drawn at each scale: an enlargement of the 1× image differs from the 2× and 3× drawings at the
  // edges of every glyph and mark.
  assert.ok(diffShare(enlarge(imgs[1], 2), imgs[2]) > 0.005, `2× is drawn, not enlarged (${diffShare(enlarge(imgs[1], 2), imgs[2]).toFixed(4)})`);
  assert.ok(diffShare(enlarge(imgs[1], 3), imgs[3]) > 0.005, "3× is drawn, not enlarged");
  assert.deepEqual(await backing(), before, "the canvas is back at the screen's resolution");
  assert.equal(await page.evaluate(() => window.devicePixelRatio), 1, "devicePixelRatio is the browser's again");
  await page.evaluate(() => window.motiveMatrix.image({ scale: 4 }).then(() => "resolved", (e) => e.name)).then((r) => assert.equal(r, "RangeError"));
  assert.equal(await page.evaluate(() => window.motiveMatrix.state().ready), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the image shows the current selection and theme", async () => {
  const { page, context } = await ready("/?view=matrix", { width: 900, height: 700, dpr: 1 });
  const plain = (await image(page, 1)).png;
  const link = story.links[0];
  await page.evaluate((h) => window.motiveMatrix.select(h), `#cell=${link.suspect}:${link.motive}`);
  await settle(page);
  const selected = (await image(page, 1)).png;
  assert.ok(diffShare(plain, selected) > 0.01, "selecting a cell changes the image (highlight, detail panel)");
  await context.close();
  const dark = await ready("/?view=matrix&theme=dark", { width: 900, height: 700, dpr: 1 });
  const d = (await image(dark.page, 1)).png;
  const corner = [d.pixels[0], d.pixels[1], d.pixels[2]];
  assert.ok(corner.every((v) => v < 60), `the dark theme's page colour is in the image (${corner})`);
  await dark.context.close();
});

test("matrixCsv() and the download panel: image buttons, the story, the matrix as CSV", async () => {
  for (const [w, h, dpr, mobile] of [[1280, 800, 1, false], [390, 844, 3, true]]) {
    const { page, context, errors } = await ready("/", { width: w, height: h, dpr, mobile });
    const csv = await page.evaluate(() => window.motiveMatrix.matrixCsv());
    const lines = csv.trimEnd().split("\r\n");
    assert.equal(lines[0], "suspect_id,suspect,motive_id,motive,strength,strength_word,quotes");
    assert.equal(lines.length, 1 + story.suspects.length * story.motives.length);
    if (mobile) await page.click("#mm-more");  // on phones Download sits behind "More" (bar.test.mjs)
    await page.click("#mm-download");
    assert.equal(await page.isVisible("#mm-download-panel"), true);
    await page.screenshot({ path: screenshotPath(`download-panel-${w}x${h}.png`) });
    const [csvFile] = await Promise.all([page.waitForEvent("download"), page.click("#mm-data-csv")]);
    assert.equal(csvFile.suggestedFilename(), "witkoff-call-leak-matrix.csv");
    assert.equal(readFileSync(await csvFile.path(), "utf8"), csv);
    const [png] = await Promise.all([page.waitForEvent("download"), page.click('#mm-download-panel button[data-scale="2"]')]);
    assert.match(png.suggestedFilename(), /^witkoff-call-leak-both@2x\.png$/);
    const img = decodePng(readFileSync(await png.path()));
    const css = await page.evaluate(() => { const r = document.getElementById("canvas").getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; });
    assert.deepEqual([img.width, img.height], [css[0] * 2, css[1] * 2]);
    const href = await page.getAttribute("#mm-data-story", "href");
    assert.match(href, /stories\/witkoff-call-leak(\.[0-9a-f]{10})?\.json$/);
    const res = await page.request.get(new URL(href, base + "/").href);
    assert.equal(res.status(), 200);
    assert.equal(JSON.parse(await res.text()).id, story.id);
    await page.keyboard.press("Escape");
    assert.equal(await page.isVisible("#mm-download-panel"), false);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
