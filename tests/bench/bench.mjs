// bench.mjs — the browser half of scripts/bench.sh: measures the explainer (dist/) and the
// reference (imgui 1.86's example_emscripten_opengl3, build/reference/) in Debian's headless
// Chromium (WebGL2 through SwiftShader, the launch flags of tests/browser/harness.mjs) and writes
// JSON (machine-readable) and a Markdown report. Run it through scripts/bench.sh, which builds
// everything first; run it alone with the options below to re-measure existing builds.
//
//   node tests/bench/bench.mjs [--dist dist] [--reference build/reference] [--big-story FILE]
//        [--native FILE.json] [--loads 5] [--idle 10] [--frames 200] [--heap-frames 2000] [--heap-seconds 420]
//        [--json docs/benchmarks.json] [--md docs/benchmarks.md] [--command "…"] [--quick]
//        [--only loads,idle,sweep,heap,reference,big]   (a subset; prints JSON, writes no report)
//        [--from-json docs/benchmarks.json]             (rewrite the Markdown block only)
//
// What is measured (every figure is main-thread time of the page's renderer unless it says not):
//   transfer     every file the first load fetched (seen in the browser, HTTP 200), sized from disk
//                raw / gzip -9 / brotli 11 (tests/bench/payload.mjs), and bytes fetched twice;
//   first frame  performance.mark("first-frame"), median of --loads cold loads, each in a fresh
//                browser context (empty cache); FCP from the paint timing API;
//   idle CPU     CDP Performance.getMetrics TaskDuration delta / wall time over --idle seconds,
//                starting 1 s after the first frame;
//   frame cost   the pointer sweeps over the interactive boxes (motiveMatrix.layout(): matrix and
//                timeline) while a CDP trace runs. Per frame: the app's work = CPU time of the
//                input handlers and the requestAnimationFrame callbacks (the whole wasm frame);
//                the whole main-thread frame = CPU time of every top-level task since the previous
//                frame's (input, rAF, style, paint, commit); also wall time and the GPU process's
//                busy time (SwiftShader rasterises there). Median and p95 over --frames frames;
//   wasm heap    WebAssembly.Memory byteLength (the page's instantiate is wrapped to find the
//                memory; nothing in the app is changed) after load and after --heap-frames frames
//                of sweeping and clicking.
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import { dirname, join, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { execSync } from "node:child_process";
import os from "node:os";
import { launch, CHROMIUM_ARGS } from "../browser/harness.mjs";
import { startServer } from "../../scripts/lib/server.mjs";
import { compressedSizes, kindOf, firstLoadFiles } from "./payload.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");

// ------------------------------------------------------------------------------------- options
const opt = {
  dist: join(repo, "dist"), reference: join(repo, "build/reference"), "big-story": "", native: "",
  loads: 5, idle: 10, frames: 200, "heap-frames": 2000, "heap-seconds": 420,
  json: join(repo, "docs/benchmarks.json"), md: join(repo, "docs/benchmarks.md"), command: "", quick: false,
  only: "", label: "", "from-json": "",
};
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i].replace(/^--/, "");
  if (a === "quick") { opt.quick = true; continue; }
  if (!(a in opt)) { console.error(`bench: unknown option --${a}`); process.exit(2); }
  const v = process.argv[++i];
  opt[a] = typeof opt[a] === "number" ? Number(v) : v;
}
if (opt.quick) Object.assign(opt, { loads: 2, idle: 3, frames: 60, "heap-frames": 200, "heap-seconds": 60 });
// --only loads,idle,sweep,heap,reference,big: a subset, for trying a lever (prints JSON; writes no report)
const only = new Set(opt.only ? opt.only.split(",") : ["loads", "idle", "sweep", "heap", "reference", "big"]);
const partial = !!opt.only;

const log = (...a) => console.error("[bench]", ...a);
const median = (xs) => { if (!xs.length) return null; const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { if (!xs.length) return null; const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const round = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// ------------------------------------------------------------------------------ page instrumentation
// Runs before any page script: finds the wasm memory, and times requestAnimationFrame callbacks
// (summed per frame: callbacks of one frame share their timestamp argument).
function instrument() {
  const rec = (window.__bench = { memory: null, on: false, frames: new Map(), count: 0 });
  const grab = (r) => {
    const inst = r && (r.instance || r);
    if (inst && inst.exports) for (const v of Object.values(inst.exports)) if (v instanceof WebAssembly.Memory) rec.memory = v;
    return r;
  };
  const wrapI = (orig) => function () { return orig.apply(this, arguments).then(grab); };
  WebAssembly.instantiate = wrapI(WebAssembly.instantiate);
  if (WebAssembly.instantiateStreaming) WebAssembly.instantiateStreaming = wrapI(WebAssembly.instantiateStreaming);
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = function (cb) {
    return raf(function (t) {
      const t0 = performance.now();
      try { return cb(t); } finally {
        if (rec.on) {
          const ms = performance.now() - t0;
          if (!rec.frames.has(t)) rec.count++;
          rec.frames.set(t, (rec.frames.get(t) || 0) + ms);
        }
      }
    });
  };
  rec.heap = () => (rec.memory ? rec.memory.buffer.byteLength : null);
}

// ------------------------------------------------------------------------------------- targets
function targets() {
  const list = [{
    id: "explainer", label: "motive-matrix (dist/)", dir: opt.dist, path: "/", layout: true, clicks: true,
  }];
  if (!only.has("reference")) return list;
  if (existsSync(join(opt.reference, "index.html"))) {
    list.push({ id: "reference", label: "imgui 1.86 example_emscripten_opengl3", dir: opt.reference, path: "/", layout: false, clicks: false });
  } else log(`no reference at ${opt.reference} (scripts/build-reference.sh): measuring the explainer only`);
  return list;
}

// A static host as a publisher would configure it (scripts/lib/server.mjs, published mode):
// content-hashed files cacheable for good, the rest revalidated. Each cold load still starts from
// an empty cache (a fresh browser context); caching only lets two consumers of one file in one
// load (the CSS @font-face and the page's fetch of the same font) share a download, as they do on
// a real host. (The development mode sends no-store, under which such files are downloaded
// twice.) Files are sent uncompressed: the transfer sizes are computed from disk.
async function withServer(dir, routes, fn) {
  const hits = new Map(); // path → requests that reached the server
  const onRequest = (pathname) => {
    let path;
    try { path = decodeURIComponent(pathname); } catch { path = pathname; }
    hits.set(path, (hits.get(path) || 0) + 1);
  };
  const { server, url } = await startServer(dir, 0, { published: true, precompressed: false, routes, onRequest });
  try { return await fn(url, hits); } finally { server.close(); server.closeAllConnections?.(); }
}

async function openPage(browser, url, { width, height, dpr }) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  return { context, page, errors };
}

async function waitFirstFrame(page, timeout = 60000) {
  await page.waitForFunction(() => performance.getEntriesByName("first-frame").length > 0, null, { timeout });
}
async function frames(page, n) {
  await page.evaluate((k) => new Promise((ok) => { const step = () => (k-- <= 0 ? ok() : requestAnimationFrame(step)); requestAnimationFrame(step); }), n);
}

// ---------------------------------------------------------------------------- 1. cold loads
async function coldLoad(browser, base, target, viewport, hits) {
  const { context, page, errors } = await openPage(browser, base, viewport);
  const responses = [];
  page.on("response", (r) => {
    const u = new URL(r.url());
    if (u.origin === base) responses.push({ path: decodeURIComponent(u.pathname), status: r.status(), type: r.request().resourceType() });
  });
  hits.clear();
  try {
    await page.goto(base + target.path);
    await waitFirstFrame(page);
    await frames(page, 10); // late requests (favicon) and settling
    await sleep(300);
    const t = await page.evaluate(() => ({
      firstFrame: performance.getEntriesByName("first-frame")[0].startTime,
      fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime ?? null,
      domContentLoaded: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
      heap: window.__bench.heap(),
      // when each kind of file had arrived (responseEnd, ms since navigation start; the last one of a kind)
      timeline: (() => {
        const t = { html: performance.getEntriesByType("navigation")[0].responseEnd };
        for (const r of performance.getEntriesByType("resource")) {
          const k = /\.wasm$/.test(r.name) ? "wasm" : /\.(ttf|otf|woff2?)$/.test(r.name) ? "fonts" : /\.json/.test(r.name) ? "story" : /\.js$/.test(r.name) ? "scripts" : null;
          if (k) t[k] = Math.max(t[k] || 0, r.responseEnd);
        }
        t.domContentLoaded = performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd;
        t.firstFrame = performance.getEntriesByName("first-frame")[0].startTime;
        return t;
      })(),
    }));
    return { ...t, responses, errors, hits: new Map(hits) };
  } finally { await context.close(); }
}

// Files of the first load: every same-origin response with status 200; "fetches" counts the
// requests that reached the server (a second consumer served from the HTTP cache is not one).
function transferFrom(dir, { responses, hits }) {
  const seen = new Map();
  const name = (p) => { let f = p.replace(/^\/+/, ""); if (f === "" || f.endsWith("/")) f += "index.html"; return f; };
  for (const r of responses) if (r.status === 200) seen.set(name(r.path), 0);
  for (const [p, n] of hits) if (seen.has(name(p))) seen.set(name(p), seen.get(name(p)) + n);
  const rows = [...seen].map(([file, fetches]) => {
    const p = join(dir, file);
    const s = existsSync(p) && statSync(p).isFile() ? compressedSizes(readFileSync(p)) : { raw: 0, gzip: 0, brotli: 0 };
    return { file, kind: kindOf(file), fetches, ...s };
  });
  const order = ["html", "js", "wasm", "story", "font", "css", "other"];
  rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.file.localeCompare(b.file));
  const sum = (f) => rows.reduce((t, r) => t + r[f], 0);
  const total = { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") };
  const dup = rows.filter((r) => r.fetches > 1);
  const duplicated = { files: dup.map((r) => r.file), brotli: dup.reduce((t, r) => t + (r.fetches - 1) * r.brotli, 0) };
  return { rows, total, duplicated };
}

// ----------------------------------------------------------------------------------- 2. idle
async function idleCpu(browser, base, target, viewport, seconds) {
  const { context, page } = await openPage(browser, base, viewport);
  try {
    await page.goto(base + target.path);
    await waitFirstFrame(page);
    await sleep(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const metric = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
    await page.evaluate(() => { window.__bench.frames.clear(); window.__bench.count = 0; window.__bench.on = true; });
    const a = await metric(), t0 = Date.now();
    await sleep(seconds * 1000);
    const b = await metric(), wall = (Date.now() - t0) / 1000;
    const rafFrames = await page.evaluate(() => window.__bench.count);
    return { seconds: round(wall, 2), cpu: (b.TaskDuration - a.TaskDuration) / wall, threadCpu: (b.ThreadTime - a.ThreadTime) / wall,
             processCpu: (b.ProcessTime - a.ProcessTime) / wall, rafFrames };
  } finally { await context.close(); }
}

// ---------------------------------------------------------------------------------- 3. sweep
function sweepPoints(boxes, viewport) {
  const wanted = boxes.filter((b) => /^(matrix|timeline)\./.test(b.what) && b.x1 > b.x0 && b.y1 > b.y0
    && b.x0 >= 0 && b.y0 >= 0 && b.x1 <= viewport.width && b.y1 <= viewport.height);
  return wanted.map((b) => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2, what: b.what }));
}
function gridPoints(viewport, region = { x0: 0.02, y0: 0.02, x1: 0.7, y1: 0.9 }) {
  const pts = [];
  for (let j = 0; j < 12; j++) for (let i = 0; i < 16; i++) {
    const x = viewport.width * (region.x0 + ((j % 2 ? 15 - i : i) / 15) * (region.x1 - region.x0));
    const y = viewport.height * (region.y0 + (j / 11) * (region.y1 - region.y0));
    pts.push({ x, y, what: "grid" });
  }
  return pts;
}

// Per-frame main-thread cost from a Chromium trace (see the header).
function frameCostsFromTrace(buf) {
  const parsed = JSON.parse(buf.toString("utf8"));
  const ev = parsed.traceEvents || parsed;
  const fire = ev.filter((e) => e.name === "FireAnimationFrame" && e.ph === "X");
  if (!fire.length) return { cpu: [], wall: [], raf: [], app: [], gpu: null };
  const counts = new Map();
  for (const e of fire) counts.set(`${e.pid}/${e.tid}`, (counts.get(`${e.pid}/${e.tid}`) || 0) + 1);
  const [pid, tid] = [...counts].sort((a, b) => b[1] - a[1])[0][0].split("/").map(Number);
  const isTask = (e) => e.ph === "X" && (e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask");
  let tasks = ev.filter((e) => e.pid === pid && e.tid === tid && isTask(e)).sort((a, b) => a.ts - b.ts);
  // top-level only (a nested run loop would count twice)
  const top = [];
  for (const t of tasks) { const last = top[top.length - 1]; if (!last || t.ts >= last.ts + last.dur) top.push(t); }
  tasks = top;
  const fires = fire.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  // input handlers (SDL's, app.js's wake): outermost EventDispatch events
  const dispatch = [];
  for (const e of ev.filter((x) => x.pid === pid && x.tid === tid && x.ph === "X" && x.name === "EventDispatch").sort((a, b) => a.ts - b.ts)) {
    const last = dispatch[dispatch.length - 1];
    if (!last || e.ts >= last.ts + last.dur) dispatch.push(e);
  }
  const frames = [];
  let fi = 0, di = 0, wall = 0, cpu = 0, input = 0;
  for (const t of tasks) {
    wall += t.dur; cpu += t.tdur ?? t.dur;
    while (di < dispatch.length && dispatch[di].ts < t.ts + t.dur) { if (dispatch[di].ts >= t.ts) input += dispatch[di].tdur ?? dispatch[di].dur; di++; }
    let hasFire = false, raf = 0;
    while (fi < fires.length && fires[fi].ts < t.ts + t.dur) { if (fires[fi].ts >= t.ts) { hasFire = true; raf += fires[fi].tdur ?? fires[fi].dur; } fi++; }
    if (hasFire) { frames.push({ cpu: cpu / 1000, wall: wall / 1000, raf: raf / 1000, app: (raf + input) / 1000, start: t.ts }); wall = 0; cpu = 0; input = 0; }
  }
  frames.shift(); // the first one carries whatever happened before the trace window
  // GPU process: busy time of its main thread over the same window, per frame.
  const gpuThreads = ev.filter((e) => e.name === "thread_name" && e.args && e.args.name === "CrGpuMain").map((e) => `${e.pid}/${e.tid}`);
  let gpu = null;
  if (gpuThreads.length && frames.length > 1) {
    const t0 = frames[0].start, t1 = frames[frames.length - 1].start;
    const busy = ev.filter((e) => gpuThreads.includes(`${e.pid}/${e.tid}`) && isTask(e) && e.ts >= t0 && e.ts < t1).reduce((s, e) => s + e.dur, 0);
    gpu = busy / 1000 / (frames.length - 1);
  }
  return { cpu: frames.map((f) => f.cpu), wall: frames.map((f) => f.wall), raf: frames.map((f) => f.raf), app: frames.map((f) => f.app), gpu };
}

async function sweep(browser, base, target, viewport, { frames: wanted, trace, clicks, seconds = 900 }) {
  const { context, page, errors } = await openPage(browser, base, viewport);
  try {
    await page.goto(base + target.path);
    await waitFirstFrame(page);
    await frames(page, 10);
    await sleep(500);
    let points = [];
    if (target.layout) points = sweepPoints(await page.evaluate(() => window.motiveMatrix.layout()), viewport);
    if (!points.length) points = gridPoints(viewport);
    const heapBefore = await page.evaluate(() => window.__bench.heap());
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const task = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
    if (trace) await browser.startTracing(page, { categories: ["devtools.timeline", "toplevel", "disabled-by-default-devtools.timeline.frame"] });
    await page.evaluate(() => { window.__bench.frames.clear(); window.__bench.count = 0; window.__bench.on = true; });
    const task0 = await task(), wall0 = Date.now();
    let i = 0, n = 0;
    while (n < wanted && Date.now() - wall0 < seconds * 1000) {
      const p = points[i % points.length];
      await page.mouse.move(p.x, p.y, { steps: 4 });
      if (clicks && i % 25 === 24) { await page.mouse.down(); await page.mouse.up(); }
      i++;
      if (i % 8 === 0) n = await page.evaluate(() => window.__bench.count);
    }
    const task1 = await task(), wall1 = Date.now();
    const raf = await page.evaluate(() => { window.__bench.on = false; return [...window.__bench.frames.values()]; });
    const traced = trace ? frameCostsFromTrace(await browser.stopTracing()) : null;
    // let the app settle, then read the heap (no growth expected)
    await page.mouse.move(1, 1);
    await frames(page, 10);
    const heapAfter = await page.evaluate(() => window.__bench.heap());
    const jsHeap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
    const out = {
      points: points.length, moves: i, rafFrames: raf.length,
      raf: { median: round(median(raf)), p95: round(pct(raf, 95)) },
      taskPerFrame: round(((task1 - task0) * 1000) / Math.max(1, raf.length)),
      fps: round(raf.length / ((wall1 - wall0) / 1000), 1),
      heapBefore, heapAfter, jsHeap, errors,
    };
    if (traced) {
      out.trace = {
        frames: traced.cpu.length, median: round(median(traced.cpu)), p95: round(pct(traced.cpu, 95)),
        wallMedian: round(median(traced.wall)), wallP95: round(pct(traced.wall, 95)),
        rafMedian: round(median(traced.raf)), appMedian: round(median(traced.app)), appP95: round(pct(traced.app, 95)),
        gpuPerFrame: round(traced.gpu),
      };
    }
    return out;
  } finally { await context.close(); }
}

// ------------------------------------------------------------------------------ canvas floor
// What any WebGL page pays here per frame, whatever it draws: a full-window WebGL2 canvas that is
// only cleared, on a requestAnimationFrame per pointer move (as the explainer draws). Under
// software compositing the browser reads every frame's canvas back from SwiftShader and converts
// it; this measures that floor, so the explainer's whole-frame figure can be read against it.
const FLOOR_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>canvas floor</title>
<style>html,body{margin:0;height:100%;overflow:hidden}canvas{display:block;width:100vw;height:100vh}</style></head>
<body><canvas id="c"></canvas><script src="floor.js"></script></body></html>\n`;
const FLOOR_JS = `var c = document.getElementById("c"), gl = c.getContext("webgl2"), n = 0, pending = false;
c.width = innerWidth * devicePixelRatio; c.height = innerHeight * devicePixelRatio;
function draw() {
  pending = false; n++;
  gl.viewport(0, 0, c.width, c.height); gl.clearColor((n % 7) / 7, 0.5, 0.5, 1); gl.clear(gl.COLOR_BUFFER_BIT);
  if (!performance.getEntriesByName("first-frame").length) performance.mark("first-frame");
}
function request() { if (!pending) { pending = true; requestAnimationFrame(draw); } }
addEventListener("pointermove", request); request();\n`;
async function measureCanvasFloor(browser) {
  if (!only.has("sweep")) return null;
  const dir = join(repo, "build/bench/canvas-floor");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), FLOOR_HTML);
  writeFileSync(join(dir, "floor.js"), FLOOR_JS);
  const target = { id: "canvas-floor", label: "a WebGL2 canvas cleared per frame", dir, path: "/", layout: false, clicks: false };
  return withServer(dir, {}, async (base) => {
    log(`canvas floor: sweep 1280×800@2 and 390×844@3 (${opt.frames} frames each, traced)`);
    const desktop = await sweep(browser, base, target, { width: 1280, height: 800, dpr: 2 }, { frames: opt.frames, trace: true, clicks: false });
    const phone = await sweep(browser, base, target, { width: 390, height: 844, dpr: 3 }, { frames: opt.frames, trace: true, clicks: false });
    return { desktop: desktop.trace, phone: phone.trace };
  });
}

// ----------------------------------------------------------------------------------- machine
function machine(browserVersion) {
  const sh = (c) => { try { return execSync(c, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(); } catch { return null; } };
  return {
    nproc: Number(sh("nproc")) || os.cpus().length,
    cpu: (os.cpus()[0] || {}).model || sh("lscpu | sed -n 's/^Model name: *//p'"),
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    loadavg: os.loadavg().map((x) => round(x, 2)),
    chromium: browserVersion,
    chromiumArgs: CHROMIUM_ARGS.join(" "),
    node: process.version,
    emcc: sh("emcc --version 2>/dev/null | head -n1"),
    commit: sh(`git -C "${repo}" rev-parse --short HEAD`),
    dirty: !!sh(`git -C "${repo}" status --porcelain --untracked-files=no`),
    date: new Date().toISOString(),
  };
}

// -------------------------------------------------------------------------------------- run
async function measureTarget(browser, target, routes = {}) {
  return withServer(target.dir, routes, async (base, hits) => {
    const desktop = { width: 1280, height: 800, dpr: 2 }, phone = { width: 390, height: 844, dpr: 3 };
    const out = { id: target.id, label: target.label, path: target.path, errors: [] };
    if (only.has("loads")) {
      log(`${target.id}: ${opt.loads} cold loads`);
      const loads = [];
      for (let k = 0; k < opt.loads; k++) loads.push(await coldLoad(browser, base, target, desktop, hits));
      out.transfer = transferFrom(target.dir, loads[0]);
      out.errors.push(...new Set(loads.flatMap((l) => l.errors)));
      out.firstFrameMs = { median: round(median(loads.map((l) => l.firstFrame)), 0), all: loads.map((l) => round(l.firstFrame, 0)) };
      out.fcpMs = { median: round(median(loads.map((l) => l.fcp).filter((x) => x !== null)), 0), all: loads.map((l) => round(l.fcp, 0)) };
      out.loadTimeline = Object.fromEntries(Object.keys(loads[0].timeline).map((k) => [k, round(median(loads.map((l) => l.timeline[k])), 0)]));
      out.heapAfterLoad = loads[0].heap;
    }
    if (only.has("idle")) {
      log(`${target.id}: idle ${opt.idle} s`);
      const idle = await idleCpu(browser, base, target, desktop, opt.idle);
      out.idle = { cpu: round(idle.cpu, 4), threadCpu: round(idle.threadCpu, 4), processCpu: round(idle.processCpu, 4), seconds: idle.seconds, rafFrames: idle.rafFrames };
    }
    if (only.has("sweep")) {
      log(`${target.id}: sweep 1280×800@2 (${opt.frames} frames, traced)`);
      const d = await sweep(browser, base, target, desktop, { frames: opt.frames, trace: true, clicks: false });
      log(`${target.id}: sweep 390×844@3 (${opt.frames} frames, traced)`);
      const p = await sweep(browser, base, target, { ...phone }, { frames: opt.frames, trace: true, clicks: false });
      out.sweep = { desktop: d, phone: p };
      out.errors.push(...d.errors, ...p.errors);
    }
    if (only.has("heap")) {
      log(`${target.id}: ${opt["heap-frames"]} interactive frames for the heap (1280×800 @1, at most ${opt["heap-seconds"]} s)`);
      const h = await sweep(browser, base, target, { ...desktop, dpr: 1 }, { frames: opt["heap-frames"], trace: false, clicks: target.clicks, seconds: opt["heap-seconds"] });
      out.heap = { afterLoad: out.heapAfterLoad ?? null, beforeRun: h.heapBefore, afterRun: h.heapAfter, frames: h.rafFrames, jsHeap: h.jsHeap, raf: h.raf, fps: h.fps };
      out.errors.push(...h.errors);
    }
    out.errors = [...new Set(out.errors)];
    return out;
  });
}

async function measureBig(browser) {
  if (!opt["big-story"] || !only.has("big")) return null;
  const body = readFileSync(opt["big-story"]);
  const story = JSON.parse(body.toString("utf8"));
  const routes = { "/bench/big-story.json": (req, res) => res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" }).end(body) };
  const target = { id: "explainer-big", dir: opt.dist, path: "/?story=bench/big-story.json", layout: true, clicks: true };
  return withServer(opt.dist, routes, async (base, hits) => {
    const desktop = { width: 1280, height: 800, dpr: 2 };
    log(`big story: ${Math.min(opt.loads, 3)} loads`);
    const loads = [];
    for (let k = 0; k < Math.min(opt.loads, 3); k++) loads.push(await coldLoad(browser, base, target, desktop, hits));
    log("big story: sweep (traced)");
    const s = await sweep(browser, base, target, desktop, { frames: opt.frames, trace: true, clicks: false });
    log(`big story: ${opt["heap-frames"]} interactive frames (1280×800 @1, at most ${opt["heap-seconds"]} s)`);
    const h = await sweep(browser, base, target, { ...desktop, dpr: 1 }, { frames: opt["heap-frames"], trace: false, clicks: true, seconds: opt["heap-seconds"] });
    return {
      file: relative(repo, opt["big-story"]), bytes: body.length,
      counts: { suspects: story.suspects.length, motives: story.motives.length, events: story.events.length, links: story.links.length,
                goals: (story.goals || []).length, reactions: (story.reactions || []).length },
      firstFrameMs: { median: round(median(loads.map((l) => l.firstFrame)), 0), all: loads.map((l) => round(l.firstFrame, 0)) },
      sweep: s, heap: { afterLoad: loads[0].heap, beforeRun: h.heapBefore, afterRun: h.heapAfter, frames: h.rafFrames },
      errors: [...new Set([...loads.flatMap((l) => l.errors), ...s.errors, ...h.errors])],
    };
  });
}

// ------------------------------------------------------------------------------------ report
const KB = (b) => (b === null || b === undefined ? "–" : (b / 1000).toFixed(1));
const MB = (b) => (b === null || b === undefined ? "–" : (b / 2 ** 20).toFixed(2));
const ms = (x, d = 2) => (x === null || x === undefined ? "–" : x.toFixed(d));
const ratio = (a, b) => (a === null || b === null || a === undefined || b === undefined || b === 0 ? "–" : (a / b).toFixed(2) + "×");

export const BUDGETS = { transferBrotli: 180000, idleCpu: 0.01, frameMedianMs: 4, bigFrameMedianMs: 8, bigHeapBytes: 32 * 2 ** 20, nativeLoadMs: 50 };

function markdown(r) {
  const e = r.targets.find((t) => t.id === "explainer"), ref = r.targets.find((t) => t.id === "reference");
  const L = [];
  const m = r.machine;
  L.push(`Measured ${m.date.slice(0, 16).replace("T", " ")} UTC on ${m.nproc} × ${m.cpu}, ${m.memoryGB} GB RAM, load average ${m.loadavg.join(" / ")} at the start (a shared, noisy machine: read medians and ratios); Chromium ${m.chromium} headless, WebGL2 through SwiftShader, software compositing; node ${m.node}; ${m.emcc}; commit ${m.commit}${m.dirty ? " + uncommitted changes" : ""}.`);
  L.push("");
  L.push("Command: `" + r.command + "`");
  L.push("");
  L.push("### Summary and budgets");
  L.push("");
  L.push("| figure | explainer | reference | explainer / reference | budget | |");
  L.push("|---|---:|---:|---:|---|---|");
  const ok = (v, b) => (v === null || v === undefined ? "–" : v <= b ? "✅ met" : "❌ over");
  const row = (name, a, b, fmt, budget = "", pass = "") => L.push(`| ${name} | ${fmt(a)} | ${ref ? fmt(b) : "–"} | ${ref ? ratio(a, b) : "–"} | ${budget} | ${pass} |`);
  row("first-load transfer, brotli 11 (KB)", e.transfer.total.brotli, ref?.transfer.total.brotli, KB, "≤ 180 KB", ok(e.transfer.total.brotli, BUDGETS.transferBrotli));
  row("first-load transfer, gzip -9 (KB)", e.transfer.total.gzip, ref?.transfer.total.gzip, KB);
  row("first-load transfer, raw (KB)", e.transfer.total.raw, ref?.transfer.total.raw, KB);
  row(`first frame, median of ${r.options.loads} cold loads (ms)`, e.firstFrameMs.median, ref?.firstFrameMs.median, (x) => ms(x, 0));
  row("first contentful paint, median (ms)", e.fcpMs.median, ref?.fcpMs.median, (x) => ms(x, 0));
  row(`idle main thread, TaskDuration / wall over ${r.options.idle} s (%)`, e.idle.cpu * 100, ref ? ref.idle.cpu * 100 : null, (x) => ms(x, 2), "≤ 1 %", ok(e.idle.cpu, BUDGETS.idleCpu));
  row("idle main thread, CPU time / wall (%)", e.idle.threadCpu * 100, ref ? ref.idle.threadCpu * 100 : null, (x) => ms(x, 2));
  const sd = (t, k) => t?.sweep?.[k]?.trace;
  row("frame cost 1280×800 @2: the app's work (input + rAF), median CPU (ms)", sd(e, "desktop")?.appMedian, sd(ref, "desktop")?.appMedian, ms, "≤ 4 ms", ok(sd(e, "desktop")?.appMedian, BUDGETS.frameMedianMs));
  row("frame cost 1280×800 @2: the app's work, p95 (ms)", sd(e, "desktop")?.appP95, sd(ref, "desktop")?.appP95, ms);
  row("frame cost 1280×800 @2: whole main-thread frame, median CPU (ms)", sd(e, "desktop")?.median, sd(ref, "desktop")?.median, ms);
  if (r.canvasFloor) L.push(`| frame cost 1280×800 @2: whole main-thread frame of a bare WebGL2 canvas cleared per frame, median CPU (ms): the floor of any WebGL page here | ${ms(r.canvasFloor.desktop?.median)} | | | | |`);
  row("frame cost 390×844 @3: the app's work, median CPU (ms)", sd(e, "phone")?.appMedian, sd(ref, "phone")?.appMedian, ms);
  row("frame cost 390×844 @3: whole main-thread frame, median CPU (ms)", sd(e, "phone")?.median, sd(ref, "phone")?.median, ms);
  if (r.canvasFloor) L.push(`| frame cost 390×844 @3: whole main-thread frame of a bare WebGL2 canvas, median CPU (ms) | ${ms(r.canvasFloor.phone?.median)} | | | | |`);
  row("wasm heap after load, 1280×800 @2 (MB)", e.heap.afterLoad, ref?.heap.afterLoad, MB);
  row(`wasm heap growth over ${e.heap.frames} interactive frames (MB)`, e.heap.afterRun - e.heap.beforeRun, ref ? ref.heap.afterRun - ref.heap.beforeRun : null, MB, "none", e.heap.afterRun === e.heap.beforeRun ? "✅ none" : "❌ grew");
  if (r.native) L.push(`| scale story: native load + validate, median (ms) | ${ms(r.native.loadMs?.median)} | | | ≤ 50 ms | ${ok(r.native.loadMs?.median, BUDGETS.nativeLoadMs)} |`);
  if (r.big) {
    L.push(`| scale story: frame cost 1280×800 @2, the app's work, median CPU (ms) | ${ms(r.big.sweep.trace?.appMedian)} | | | ≤ 8 ms | ${ok(r.big.sweep.trace?.appMedian, BUDGETS.bigFrameMedianMs)} |`);
    L.push(`| scale story: whole main-thread frame, median CPU (ms) | ${ms(r.big.sweep.trace?.median)} | | | | |`);
    const peak = Math.max(r.big.heap.afterLoad || 0, r.big.heap.afterRun || 0);
    L.push(`| scale story: wasm heap, largest seen (MB) | ${MB(peak)} | | | ≤ 32 MB | ${ok(peak, BUDGETS.bigHeapBytes)} |`);
  }
  L.push("");
  L.push("*Frame cost*, from a CDP trace while the pointer sweeps over every matrix and timeline box: *the app's work* is the main-thread CPU time of the input handlers and the requestAnimationFrame callback (the whole wasm frame: ImGui, layout, GL calls) per frame; *the whole main-thread frame* adds everything else the renderer's main thread does for that frame (style, paint, and the commit, which under this machine's software compositing converts the read-back 2560×1600 WebGL canvas). *A bare WebGL2 canvas cleared per frame* is measured the same way: what any WebGL page of that size pays here, whatever it draws. The wall time, which also includes waiting for SwiftShader, is in the details.");
  L.push("");
  for (const t of r.targets) {
    L.push(`### First-load transfer: ${t.label}`);
    L.push("");
    L.push("Every file the first load fetched (HTTP 200, as seen by the browser), sized from disk. KB = 1000 bytes.");
    L.push("");
    L.push("| file | kind | raw (KB) | gzip -9 (KB) | brotli 11 (KB) | fetches |");
    L.push("|---|---|---:|---:|---:|---:|");
    for (const f of t.transfer.rows) L.push(`| \`${f.file}\` | ${f.kind} | ${KB(f.raw)} | ${KB(f.gzip)} | ${KB(f.brotli)} | ${f.fetches} |`);
    L.push(`| **total** | | **${KB(t.transfer.total.raw)}** | **${KB(t.transfer.total.gzip)}** | **${KB(t.transfer.total.brotli)}** | |`);
    if (t.transfer.duplicated.files.length) L.push(`\nDownloaded twice or more: ${t.transfer.duplicated.files.map((f) => "`" + f + "`").join(", ")}: ${KB(t.transfer.duplicated.brotli)} KB brotli of extra transfer, not in the total.`);
    L.push("");
  }
  if (r.payloadTestList.fetchedButNotListed.length) L.push(`Fetched but not in the payload test's list (tests/bench/payload.mjs): ${r.payloadTestList.fetchedButNotListed.join(", ")}.\n`);
  L.push("### Details");
  L.push("");
  L.push("| | " + r.targets.map((t) => t.id).join(" | ") + (r.big ? " | scale story |" : " |"));
  L.push("|---|" + r.targets.map(() => "---|").join("") + (r.big ? "---|" : ""));
  const line = (name, f, fb) => L.push(`| ${name} | ${r.targets.map((t) => f(t)).join(" | ")}${r.big ? " | " + (fb ? fb(r.big) : "") : ""} |`);
  line("first frame, each cold load (ms)", (t) => t.firstFrameMs.all.join(", "), (b) => b.firstFrameMs.all.join(", "));
  line("FCP, each cold load (ms)", (t) => t.fcpMs.all.join(", "));
  line("arrived (median ms): html / scripts / wasm / story / fonts", (t) => ["html", "scripts", "wasm", "story", "fonts"].map((k) => t.loadTimeline[k] ?? "–").join(" / "));
  line(`idle ${r.options.idle} s: TaskDuration / main-thread CPU / renderer CPU`, (t) => `${(t.idle.cpu * 100).toFixed(2)} / ${(t.idle.threadCpu * 100).toFixed(2)} / ${(t.idle.processCpu * 100).toFixed(2)} %, ${t.idle.rafFrames} frames`);
  for (const [k, name] of [["desktop", "1280×800 @2"], ["phone", "390×844 @3"]]) {
    const big = k === "desktop";
    line(`${name}: main-thread CPU per frame, median / p95 (ms)`, (t) => `${ms(t.sweep[k].trace?.median)} / ${ms(t.sweep[k].trace?.p95)}`, big ? (b) => `${ms(b.sweep.trace?.median)} / ${ms(b.sweep.trace?.p95)}` : null);
    line(`${name}: the app's work (input + rAF) CPU per frame, median / p95 (ms)`, (t) => `${ms(t.sweep[k].trace?.appMedian)} / ${ms(t.sweep[k].trace?.appP95)}`, big ? (b) => `${ms(b.sweep.trace?.appMedian)} / ${ms(b.sweep.trace?.appP95)}` : null);
    line(`${name}: rAF callbacks' CPU per frame, median (ms)`, (t) => ms(t.sweep[k].trace?.rafMedian), big ? (b) => ms(b.sweep.trace?.rafMedian) : null);
    line(`${name}: main-thread wall per frame, median / p95 (ms)`, (t) => `${ms(t.sweep[k].trace?.wallMedian)} / ${ms(t.sweep[k].trace?.wallP95)}`, big ? (b) => `${ms(b.sweep.trace?.wallMedian)} / ${ms(b.sweep.trace?.wallP95)}` : null);
    line(`${name}: GPU process busy per frame (ms)`, (t) => ms(t.sweep[k].trace?.gpuPerFrame), big ? (b) => ms(b.sweep.trace?.gpuPerFrame) : null);
    line(`${name}: frames traced, fps`, (t) => `${t.sweep[k].trace?.frames}, ${t.sweep[k].fps}`, big ? (b) => `${b.sweep.trace?.frames}, ${b.sweep.fps}` : null);
  }
  line("heap run (1280×800 @1): frames, rAF wall median / p95 (ms)", (t) => `${t.heap.frames}, ${ms(t.heap.raf.median)} / ${ms(t.heap.raf.p95)}`, (b) => `${b.heap.frames}`);
  line("wasm heap (MB): after load @2 → heap run start @1 → end", (t) => `${MB(t.heap.afterLoad)} → ${MB(t.heap.beforeRun)} → ${MB(t.heap.afterRun)}`, (b) => `${MB(b.heap.afterLoad)} → ${MB(b.heap.beforeRun)} → ${MB(b.heap.afterRun)}`);
  line("JS heap used after the heap run (MB)", (t) => MB(t.heap.jsHeap));
  L.push("");
  if (r.big || r.native) {
    L.push("### Scale story");
    L.push("");
    if (r.big) L.push(`Generated by \`node scripts/gen-story.mjs\` (${KB(r.big.bytes)} KB): ${Object.entries(r.big.counts).map(([k, v]) => `${v} ${k}`).join(", ")}; served through the bench server's \`routes\` and opened with \`?story=bench/big-story.json\`.`);
    if (r.native) L.push(`\nNative load + validate (\`tests/bench/load_bench.cpp\` linked with the core built ${r.native.build}; in-process, ${r.native.runs} runs): median ${ms(r.native.loadMs.median)} ms, min ${ms(r.native.loadMs.min)} ms (bundled story: ${ms(r.native.bundledMs?.median, 3)} ms). \`motive-matrix check\` on the scale story, whole process, median of ${r.native.cliRuns} runs: ${ms(r.native.cliMs?.median, 1)} ms.`);
    L.push("");
  }
  const errs = [...r.targets.flatMap((t) => t.errors.map((x) => `${t.id}: ${x}`)), ...(r.big ? r.big.errors.map((x) => `scale: ${x}`) : [])];
  if (errs.length) { L.push("Console errors seen: " + errs.slice(0, 10).map((x) => "`" + x.slice(0, 160).replace(/`/g, "'") + "`").join("; ")); L.push(""); }
  return L.join("\n");
}

function writeReport(r) {
  mkdirSync(dirname(opt.json), { recursive: true });
  writeFileSync(opt.json, JSON.stringify(r, null, 1) + "\n");
  const begin = "<!-- bench:begin (generated by scripts/bench.sh; edits between these markers are overwritten) -->", end = "<!-- bench:end -->";
  const block = `${begin}\n${markdown(r)}\n${end}`;
  let doc = existsSync(opt.md) ? readFileSync(opt.md, "utf8") : `# Benchmarks\n\n${begin}\n${end}\n`;
  const a = doc.indexOf("<!-- bench:begin"), b = doc.indexOf(end);
  doc = a >= 0 && b > a ? doc.slice(0, a) + block + doc.slice(b + end.length) : doc + "\n" + block + "\n";
  mkdirSync(dirname(opt.md), { recursive: true });
  writeFileSync(opt.md, doc);
  log(`wrote ${relative(repo, opt.json)} and ${relative(repo, opt.md)}`);
}

// --------------------------------------------------------------------------------------- main
// --from-json FILE: rewrite the Markdown block from an earlier run's JSON, measuring nothing.
if (opt["from-json"]) {
  writeReport(JSON.parse(readFileSync(opt["from-json"], "utf8")));
  process.exit(0);
}
const browser = await launch();
let result;
try {
  const m = machine(browser.version());
  const list = targets();
  const measured = [];
  for (const t of list) measured.push(await measureTarget(browser, t));
  const big = await measureBig(browser);
  const canvasFloor = await measureCanvasFloor(browser);
  const native = opt.native && existsSync(opt.native) ? JSON.parse(readFileSync(opt.native, "utf8")) : null;
  const declared = firstLoadFiles(opt.dist);
  const e = measured[0];
  const missing = e.transfer ? e.transfer.rows.map((r) => r.file).filter((f) => !declared.includes(f)) : [];
  result = {
    machine: m,
    command: opt.command || `node tests/bench/bench.mjs ${process.argv.slice(2).join(" ")}`.trim(),
    options: { loads: opt.loads, idle: opt.idle, frames: opt.frames, heapFrames: opt["heap-frames"], heapSeconds: opt["heap-seconds"] },
    budgets: BUDGETS,
    targets: measured, big, native, canvasFloor,
    payloadTestList: { files: declared, fetchedButNotListed: missing },
  };
  if (!partial) writeReport(result);
} finally {
  await browser.close();
}
if (partial) console.log(JSON.stringify(result, null, 1));
else {
  const e = result.targets[0], ref = result.targets[1];
  console.log(JSON.stringify({
    transferBrotli: e.transfer.total.brotli, firstFrameMs: e.firstFrameMs.median, idleCpu: e.idle.cpu,
    frameMs: e.sweep.desktop.trace?.median, framePhoneMs: e.sweep.phone.trace?.median, heap: [e.heap.afterLoad, e.heap.afterRun],
    reference: ref ? { transferBrotli: ref.transfer.total.brotli, firstFrameMs: ref.firstFrameMs.median, idleCpu: ref.idle.cpu, frameMs: ref.sweep.desktop.trace?.median } : null,
    big: result.big ? { frameMs: result.big.sweep.trace?.median, heap: result.big.heap.afterRun, firstFrameMs: result.big.firstFrameMs.median } : null,
    canvasFloorMs: result.canvasFloor ? result.canvasFloor.desktop?.median : null,
  }));
}
