// first_frame.test.mjs — the first frame is drawn into a texture behind a fence and copied onto
// the canvas once the GPU has rendered it (src/platform/offscreen_first_frame.h), so that a
// browser compositing in software does not wait for the GPU in one long main-thread task. What
// is checked here is that the path is taken and that it shows exactly what a direct draw shows;
// what it saves is measured by tests/bench/startup-trace.mjs and Lighthouse (docs/lighthouse.md).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serve, waitForFirstFrame, settle } from "./harness.mjs";
import { decodePng, inkShare, diffShare } from "./png.mjs";

let browser, server, base;
before(async () => {
  browser = await launch();
  ({ server, url: base } = await serve());
});
after(async () => { await browser?.close(); server?.close(); });

// Counts the WebGL2 calls of the path, and whether each first came before the first-frame mark.
// While window.__mmHoldFence is set, every fence reads as not yet passed (a slow GPU).
// drawsOnCanvasAfterCopy counts draws straight onto the canvas after the copy: while it is 0,
// the canvas still shows the copied frame.
function spyOnWebGL(hold) {
  const calls = { fenceSync: 0, clientWaitSync: 0, blitFramebuffer: 0 };
  window.__mmGL = calls;
  window.__mmHoldFence = hold;
  calls.drawsOnCanvasAfterCopy = 0;
  const drawElements = WebGL2RenderingContext.prototype.drawElements;
  WebGL2RenderingContext.prototype.drawElements = function (...args) {
    if (calls.blitFramebuffer > 0 && this.getParameter(this.DRAW_FRAMEBUFFER_BINDING) === null) calls.drawsOnCanvasAfterCopy++;
    return drawElements.apply(this, args);
  };
  for (const name of ["fenceSync", "clientWaitSync", "blitFramebuffer"]) {
    const original = WebGL2RenderingContext.prototype[name];
    WebGL2RenderingContext.prototype[name] = function (...args) {
      calls[name]++;
      if (!(name + "BeforeFirstFrame" in calls)) calls[name + "BeforeFirstFrame"] = performance.getEntriesByName("first-frame").length === 0;
      const result = original.apply(this, args);
      return name === "clientWaitSync" && window.__mmHoldFence ? this.TIMEOUT_EXPIRED : result;
    };
  }
}

async function openSpied(path, viewport, { hold = false } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2 });
  await context.addInitScript(spyOnWebGL, hold);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base + path);
  return { context, page, errors };
}
const canvasShot = async (page) => decodePng(await page.locator("#canvas").screenshot());

// Draws the same frame again on the canvas, directly: a selection and back to none.
async function redrawDirectly(page) {
  const cell = (await page.evaluate(() => window.motiveMatrix.layout())).find((b) => b.what === "matrix.cell");
  assert.ok(cell, "a matrix cell is laid out");
  await page.evaluate((h) => { location.hash = h; }, cell.hash);
  await page.waitForFunction((h) => window.motiveMatrix.state().hash === h, cell.hash, { timeout: 10000 });
  await settle(page);
  await page.evaluate(() => window.motiveMatrix.select(null));
  await page.waitForFunction(() => window.motiveMatrix.state().selection.kind === "none", null, { timeout: 10000 });
  await settle(page);
}

test("the first frame is rendered off screen behind a fence, copied onto the canvas once, and is what a direct draw shows", async () => {
  const { page, errors, context } = await openSpied("/", { width: 1280, height: 800 });
  await waitForFirstFrame(page);
  await settle(page);
  const gl = await page.evaluate(() => window.__mmGL);
  assert.equal(gl.fenceSync, 1, "one fence, behind the first frame");
  assert.ok(gl.fenceSyncBeforeFirstFrame, "the fence comes before the frame is announced");
  assert.ok(gl.clientWaitSync >= 1 && gl.clientWaitSyncBeforeFirstFrame, "the page asked whether the GPU was done");
  assert.equal(gl.blitFramebuffer, 1, "the frame is copied onto the canvas once");
  const first = await canvasShot(page);
  assert.equal((await page.evaluate(() => window.__mmGL)).drawsOnCanvasAfterCopy, 0,
    "nothing was drawn over the copy before the screenshot (else it would compare two direct draws)");
  assert.ok(inkShare(first) > 0.04, `the first frame is nearly blank (${(inkShare(first) * 100).toFixed(1)} % ink)`);

  await redrawDirectly(page);
  const again = await page.evaluate(() => window.__mmGL);
  assert.equal(again.fenceSync, 1, "later frames are drawn on the canvas directly");
  assert.ok(again.drawsOnCanvasAfterCopy > 0, "the selection and back were drawn on the canvas directly");
  const direct = await canvasShot(page);
  const changed = diffShare(first, direct);
  assert.equal(changed, 0, `the copied first frame differs from the same frame drawn directly (${(changed * 100).toFixed(3)} % of pixels)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a canvas resized while its first frame waits for the GPU shows the frame of its new size", async () => {
  const { page, errors, context } = await openSpied("/", { width: 1280, height: 800 }, { hold: true });
  await page.waitForFunction(() => window.__mmGL.fenceSync === 1 && window.__mmGL.clientWaitSync > 0, null, { timeout: 30000 });
  await page.setViewportSize({ width: 900, height: 700 });
  await settle(page, 4);
  await page.evaluate(() => { window.__mmHoldFence = false; });
  await waitForFirstFrame(page);
  await settle(page, 10);
  const gl = await page.evaluate(() => window.__mmGL);
  assert.equal(gl.fenceSync, 2, "the frame drawn for the old size is dropped and the first frame drawn again");
  assert.equal(gl.blitFramebuffer, 1, "only the frame of the new size is copied");
  const size = await page.evaluate(() => {
    const c = document.getElementById("canvas");
    return { width: c.width, css: Math.round(c.getBoundingClientRect().width * devicePixelRatio) };
  });
  assert.equal(size.width, size.css, "the drawing buffer follows the new size");
  const shown = await canvasShot(page);
  assert.equal((await page.evaluate(() => window.__mmGL)).drawsOnCanvasAfterCopy, 0, "the canvas still shows the copy");
  assert.ok(inkShare(shown) > 0.04, `the canvas is nearly blank after the resize (${(inkShare(shown) * 100).toFixed(1)} % ink)`);
  await redrawDirectly(page);
  const changed = diffShare(shown, await canvasShot(page));
  assert.equal(changed, 0, `what the canvas showed after the resize is not its frame (${(changed * 100).toFixed(3)} % of pixels differ)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a GPU that never reports the first frame done still gets it shown, after a bounded wait", async () => {
  const { page, errors, context } = await openSpied("/", { width: 1280, height: 800 }, { hold: true });
  await waitForFirstFrame(page);
  await settle(page);
  const gl = await page.evaluate(() => window.__mmGL);
  assert.equal(gl.fenceSync, 1);
  assert.equal(gl.blitFramebuffer, 1, "shown anyway");
  // kMaxPolls in src/platform/offscreen_first_frame.cpp: the 61st poll shows it without asking.
  assert.equal(gl.clientWaitSync, 60, "asked once per animation frame, 60 times, then shown");
  const shown = await canvasShot(page);
  assert.ok(inkShare(shown) > 0.04, `the canvas is nearly blank (${(inkShare(shown) * 100).toFixed(1)} % ink)`);
  assert.deepEqual(errors, []);
  await context.close();
});
