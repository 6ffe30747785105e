// reader-profile.mjs — what readers' visits run, recorded by an instrumented module (binaryen's
// `wasm-split --instrument`) in headless Chromium, for scripts/lib/split-wasm.mjs: the functions
// that run here stay in the first load; the rest (the tour, presenter mode, the lens, the
// classroom, the downloads, the text size, the text version's writer, and whatever else a reader
// only reaches by asking) goes to the module's second half, which the page fetches on the
// reader's first interaction (web/js/deferred.js).
//
// The visits are a reader's, not an editor's or a teacher's: the published page opening on a
// desktop and on a phone, in the dark theme, on its timeline, with other stories in its place
// (the test fixtures, written into the page the way publishing writes its own story) and with a
// story that fails to load; and then what readers do before they ask for anything: hovering,
// tapping and clicking the matrix and the timeline, keys, following a shared link's selection,
// scrolling, turning a phone. Pages that start beyond reading (another interface language, a
// ?story= whose text version the module writes, a classroom mode…) fetch the second half as they
// start (web/js/main.js, startsBeyondReading), so they are not visited here. A function missed
// here still works, by a synchronous fetch of the second half (web/js/deferred.js).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "./server.mjs";

// Browsing at 1 device pixel per CSS pixel (the same code as at 2 or 3, where SwiftShader draws
// each frame several times slower); the page opens at the usual ratios too.
const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

// { address, device, act: "browse" (pointer), "tap" (touch) or "none", story: the id of a story
// to write into the page instead of its own }
export function visits(storyIds, ownHashes) {
  return [
    { address: "", device: { ...DESKTOP, deviceScaleFactor: 2 }, act: "none" },
    { address: "", device: { ...PHONE, deviceScaleFactor: 3 }, act: "none" },
    { address: "", device: DESKTOP, act: "browse" },
    { address: "", device: PHONE, act: "tap" },
    { address: "?theme=dark&accent=c0392b", device: DESKTOP, act: "browse" },
    { address: "?view=timeline", device: PHONE, act: "tap" },
    // A shared link of each kind, opened.
    ...ownHashes.map((h, i) => ({ address: h, device: i % 2 ? PHONE : DESKTOP, act: "none" })),
    ...storyIds.map((id, i) => ({ address: "", device: i % 2 ? PHONE : DESKTOP, act: i % 2 ? "tap" : "browse", story: id })),
    { address: "", device: DESKTOP, act: "none", story: "broken" },
  ];
}

// Every shared-link selection a story can have, one of each kind (src/core/view/url_hash.cpp).
export function linkHashes(story) {
  const first = (xs) => (Array.isArray(xs) && xs.length && xs[0].id ? encodeURIComponent(xs[0].id) : null);
  const hashes = [];
  const link = Array.isArray(story.links) && story.links[0];
  if (link) hashes.push(`#cell=${encodeURIComponent(link.suspect)}:${encodeURIComponent(link.motive)}`);
  for (const [kind, list] of [["suspect", story.suspects], ["motive", story.motives], ["event", story.events],
    ["goal", story.goals], ["reaction", story.reactions]]) {
    const id = first(list);
    if (id) hashes.push(`#${kind}=${id}`);
  }
  return hashes;
}

// The pointer over every interactive box the module draws (layout(): the matrix's cells and
// headings, the timeline's cards, the canvas's own buttons and chips), then a click (or, on a
// phone, a tap) on each, in the module's order: every control a reader can reach in the canvas is
// pressed once. Then keys, every kind of shared-link selection, the wheel, a turned screen.
async function browse(page, touch, hashes) {
  const canvas = await page.locator("canvas").boundingBox();
  if (!canvas) return;  // a story the canvas cannot draw (Arabic: right to left) is read in its text version
  const boxes = await page.evaluate(() => window.motiveMatrix.layout());
  const centre = (b) => [canvas.x + (b.x0 + b.x1) / 2, canvas.y + (b.y0 + b.y1) / 2];
  if (!touch) for (const b of boxes) await page.mouse.move(...centre(b));
  for (const b of boxes) {
    const [x, y] = centre(b);
    if (touch) await page.touchscreen.tap(x, y); else await page.mouse.click(x, y);
    await page.keyboard.press("Escape");  // a control may have opened something: back to reading
  }
  await page.mouse.move(canvas.x + 5, canvas.y + 5);
  for (const h of hashes) await page.evaluate((hash) => { location.hash = hash; }, h);
  await page.evaluate(() => { location.hash = ""; });
  // Keys on the explainer itself (the page around it has links to the sources).
  await page.focus("#mm-stage");
  for (const key of ["Tab", "ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "Home", "End", "Enter", "Escape", "Shift+Tab"]) {
    await page.keyboard.press(key);
  }
  await page.mouse.wheel(0, 400);
  await page.mouse.wheel(0, -400);
  const vp = page.viewportSize();
  await page.setViewportSize({ width: vp.height, height: vp.width });
  await page.waitForTimeout(200);
  await page.setViewportSize(vp);
}

// Before the page runs: keep the instance's exports (the profile is read from them).
function captureExports() {
  const keep = (r) => { window.__mmProfileExports = (r.instance || r).exports; return r; };
  const a = WebAssembly.instantiate, b = WebAssembly.instantiateStreaming;
  WebAssembly.instantiate = function () { return a.apply(this, arguments).then(keep); };
  if (b) WebAssembly.instantiateStreaming = function () { return b.apply(this, arguments).then(keep); };
}

// Serves `dist` (a published site) with its wasm replaced by `instrumented`, runs every visit and
// returns one profile per visit ({ name, bytes }: the bytes of the module's __write_profile).
export async function recordProfiles({ dist, wasmPath, instrumented, stories, launch }) {
  const own = readFileSync(join(dist, "index.html"), "utf8");
  const STORY = /(<script type="application\/json" id="mm-story">)([\s\S]*?)(<\/script>)/;
  if (!STORY.test(own)) throw new Error(`${dist}/index.html has no <script id="mm-story">`);
  const texts = { broken: '{ "title": "broken", ' };
  for (const [id, file] of Object.entries(stories)) texts[id] = readFileSync(file, "utf8");
  let story = null;  // the story the next visit's page carries (null: its own)
  const page = () => (story ? own.replace(STORY, (all, open, text, close) => open + texts[story].replace(/</g, "\\u003c") + close) : own);
  const send = (type, body) => (req, res) => { res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" }); res.end(body()); };
  const routes = { ["/" + wasmPath]: send("application/wasm", () => instrumented),
    "/": send("text/html; charset=utf-8", page), "/index.html": send("text/html; charset=utf-8", page) };
  const { server, url } = await startServer(dist, 0, { routes });
  const browser = await launch();
  const profiles = [];
  try {
    const hashesOf = (text) => { try { return linkHashes(JSON.parse(text)); } catch { return []; } };
    const ownText = STORY.exec(own)[2];
    for (const visit of visits(Object.keys(stories), hashesOf(ownText))) {
      const name = `${visit.story || "its own story"}${visit.address} (${visit.act})`;
      story = visit.story || null;
      const context = await browser.newContext(visit.device);
      try {
        const tab = await context.newPage();
        await tab.addInitScript(captureExports);
        await tab.goto(url + "/" + visit.address);
        // A story that fails shows its alert instead of a first frame.
        await tab.waitForFunction(() => performance.getEntriesByName("first-frame").length > 0 || !document.getElementById("mm-alert").hidden,
          null, { timeout: 60000 }).catch((e) => { throw new Error(`${name}: no first frame (and no alert) within 60 s: ${e.message}`); });
        if (visit.act !== "none") {
          await browse(tab, visit.act === "tap", hashesOf(story ? texts[story] : ownText))
            .catch((e) => { throw new Error(`${name}: ${e.message}`); });
        }
        // The tab hidden and shown again (SDL's handler and the page's, web/js/host.js): a page is
        // hidden as it is closed, when no fetch may start. Then scrolled out of the host's view.
        await tab.mouse.move(0, 0);  // the pointer leaves
        await tab.evaluate(() => new Promise((done) => {
          const hide = (hidden) => {
            Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
            Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
            document.dispatchEvent(new Event("visibilitychange"));
          };
          hide(true);
          window.dispatchEvent(new FocusEvent("blur"));  // and the window loses the focus
          setTimeout(() => {
            window.dispatchEvent(new FocusEvent("focus"));
            hide(false);
            delete document.hidden; delete document.visibilityState;  // the document's own again
            window.postMessage({ type: "motive-matrix:visibility", visible: false }, "*");
            setTimeout(() => { window.postMessage({ type: "motive-matrix:visibility", visible: true }, "*"); done(); }, 100);
          }, 100);
        }));
        await tab.waitForTimeout(300);
        const bytes = await tab.evaluate(() => {
          const ex = window.__mmProfileExports;
          if (!ex || !ex.__write_profile) return null;
          const mem = Object.values(ex).find((v) => v instanceof WebAssembly.Memory);
          const pages = 4, at = mem.grow(pages) * 65536;  // fresh pages: nothing of the app's is there
          const n = ex.__write_profile(at, pages * 65536);
          return Array.from(new Uint8Array(mem.buffer, at, n));
        });
        if (!bytes) throw new Error(`${name}: no profile from the instrumented module (the page is at ${tab.url()})`);
        profiles.push({ name, bytes: Buffer.from(bytes) });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return profiles;
}

// The test fixtures the canvas draws (the Arabic one is read in its text version, which the
// module writes: a page with it fetches the second half as it starts).
export const fixtureStories = (repo) => Object.fromEntries(["selka-cable-cut", "wide-sparse", "minimal"]
  .map((id) => [id, join(repo, "tests", "fixtures", "stories", `${id}.json`)]));
