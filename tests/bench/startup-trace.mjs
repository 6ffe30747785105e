// startup-trace.mjs — where the main thread blocks during a cold first load, from a Chrome trace:
// every top-level task of the page's renderer main thread from navigation to the first frame and
// a little after, with what ran inside the long ones. Lighthouse's simulated throttling multiplies
// observed task time by 4 and counts each task's time above 50 ms, so a task of 12.5 ms here
// already blocks there; this prints the tasks ≥ --min ms (default 12.5) and "tbt×4", the sum of
// max(0, 4·d − 50) over the tasks after the first contentful paint, as a raw, comparable figure
// (not Lighthouse's TBT: no simulated network, no TTI window).
//
//   node tests/bench/startup-trace.mjs [--dist DIR] [--runs 5] [--min 12.5] [--json FILE] [--query "?lang=de"]
//
// Phone-sized (Lighthouse's mobile viewport, 412×823 @1.75), the flags of tests/browser/harness.mjs,
// a fresh browser context per run, dist/ served as a host should (scripts/lib/server.mjs's
// published mode). The machine's load changes the absolute figures: compare runs made together.
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/lib/server.mjs";
import { launch } from "../browser/harness.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf("--" + name); return i >= 0 ? args[i + 1] : dflt; };
const dist = resolve(opt("dist", join(repo, "dist")));
const runs = Number(opt("runs", 5));
const minMs = Number(opt("min", 12.5));
const jsonOut = opt("json", null);
const query = opt("query", "");
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8.execute", "blink.user_timing", "loading"];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null; };
const r1 = (x) => Math.round(x * 10) / 10;

// What a task did: its longest named children (a script's function call, a timer, a frame, …).
function describe(task, events) {
  const inside = events.filter((e) => e.ts >= task.ts && e.ts + (e.dur || 0) <= task.ts + task.dur && e !== task && e.dur > 0 &&
    e.ph === "X" && ["FunctionCall", "EvaluateScript", "FireAnimationFrame", "TimerFire", "EventDispatch", "v8.compile",
      "v8.compileModule", "ParseHTML", "Layout", "Paint", "UpdateLayoutTree", "PrePaint", "Commit", "v8.wasm.compiledModule",
      "v8.wasm.streamFromResponseCallback", "v8.wasm.moduleCompiled", "wasm.SyncInstantiate", "RunMicrotasks", "v8.run",
      "ParseAuthorStyleSheet", "ResourceReceivedData", "FireIdleCallback", "HandlePostMessage", "v8.callFunction"].includes(e.name));
  inside.sort((a, b) => b.dur - a.dur);
  return inside.slice(0, 3).map((e) => {
    const d = e.args?.data || {};
    const what = d.functionName || d.url?.split("/").pop() || d.type || "";
    return `${e.name}${what ? "(" + what + ")" : ""} ${r1(e.dur / 1000)}`;
  }).join("; ");
}

async function once(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("first-frame").length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(1500);  // what follows the first frame (the settle frames)
  const marks = await page.evaluate(() => {
    const nav = performance.timeOrigin;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
    const ff = performance.getEntriesByName("first-frame")[0]?.startTime ?? null;
    return { nav, fcp, ff };
  });
  const lcps = await page.evaluate(() => new Promise((ok) => {
    const out = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) out.push({ t: e.startTime, size: e.size, el: e.element ? e.element.tagName + (e.element.id ? "#" + e.element.id : "") + (e.element.className ? "." + String(e.element.className).split(" ")[0] : "") : "?" }); })
      .observe({ type: "largest-contentful-paint", buffered: true });
    setTimeout(() => ok(out), 50);
  }));
  const buf = await browser.stopTracing();
  await context.close();
  const events = JSON.parse(buf.toString("utf8")).traceEvents;
  // The page's renderer main thread: the one whose tasks ran the page's scripts.
  const names = new Map();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") names.set(e.pid + ":" + e.tid, e.args.name);
  const nav = events.find((e) => e.name === "navigationStart" && names.get(e.pid + ":" + e.tid) === "CrRendererMain" && e.args?.data?.isLoadingMainFrame && /^http/.test(e.args?.data?.documentLoaderURL || ""));
  const key = nav ? nav.pid + ":" + nav.tid : null;
  const mine = events.filter((e) => e.pid + ":" + e.tid === key);
  const t0 = nav.ts;
  const tasks = mine.filter((e) => e.ph === "X" && e.name === "RunTask" && e.ts >= t0)
    .map((e) => ({ start: (e.ts - t0) / 1000, dur: e.dur / 1000, e }));
  const fcp = marks.fcp ?? 0;
  const long = tasks.filter((t) => t.dur >= minMs).map((t) => ({ start: r1(t.start), dur: r1(t.dur), what: describe(t.e, mine) }));
  const after = tasks.filter((t) => t.start + t.dur > fcp);
  const tbt4 = after.reduce((s, t) => s + Math.max(0, 4 * t.dur - 50), 0);
  const busy = tasks.filter((t) => t.start < (marks.ff ?? 0)).reduce((s, t) => s + t.dur, 0);
  return { fcp: r1(fcp), firstFrame: r1(marks.ff), lcp: lcps.length ? r1(lcps[lcps.length - 1].t) : null, lcpEntries: lcps.map((l) => `${r1(l.t)} ${l.el} ${l.size}`),
    tbt4: Math.round(tbt4), longest: r1(Math.max(...tasks.map((t) => t.dur))), busyToFirstFrame: r1(busy), long };
}

async function main() {
  const { server, url } = await startServer(dist, 0, { published: true });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await launch();
      try {
        const r = await once(browser, url + "/" + query);
        results.push(r);
        console.error(`[trace] run ${i + 1}/${runs}: FCP ${r.fcp} ms, LCP ${r.lcp} ms, first frame ${r.firstFrame} ms, ` +
          `longest task ${r.longest} ms, tbt×4 ${r.tbt4} ms`);
        for (const t of r.long) console.error(`    ${String(t.start).padStart(7)} ms  ${String(t.dur).padStart(6)} ms  ${t.what}`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  const summary = { runs, min: minMs, median: {} };
  for (const k of ["fcp", "lcp", "firstFrame", "tbt4", "longest", "busyToFirstFrame"]) summary.median[k] = median(results.map((r) => r[k]));
  summary.each = results;
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(summary, null, 1) + "\n");
  console.log(JSON.stringify(summary.median));
}

main().catch((e) => { console.error(`[trace] ${e.stack || e}`); process.exit(1); });
