// lighthouse.mjs — Lighthouse (tests/lighthouse/package.json pins it) against the published dist/,
// served the way docs/hosting.md asks a host to (scripts/lib/server.mjs's published mode:
// precompressed .br/.gz with Content-Encoding, immutable caching for hashed names), with Debian's
// Chromium: mobile, simulated throttling (Lighthouse's defaults), each run in a fresh browser;
// prints the median of the runs. scripts/bench.sh runs it and docs/benchmarks.md records it.
//
//   node tests/bench/lighthouse.mjs [--dist DIR] [--runs 3] [--json FILE]
//
// Deviations from a stock `lighthouse URL` run, all forced by a sandbox without network or GPU:
// Chromium runs headless with --no-sandbox and SwiftShader for WebGL2 (the flags of
// tests/browser/harness.mjs), and the site is served from 127.0.0.1 over plain HTTP (so the
// "uses HTTPS" check of best practices is judged on localhost, which Lighthouse exempts).
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/lib/server.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const lhDir = join(repo, "tests/lighthouse");
const need = createRequire(join(lhDir, "package.json"));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf("--" + name); return i >= 0 ? args[i + 1] : dflt; };
const dist = resolve(opt("dist", join(repo, "dist")));
const runs = Number(opt("runs", 3));
const jsonOut = opt("json", null);

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--use-gl=swiftshader", "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist", "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-quic", "--no-first-run"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = { fcp: "first-contentful-paint", lcp: "largest-contentful-paint", tbt: "total-blocking-time",
  si: "speed-index", cls: "cumulative-layout-shift", tti: "interactive" };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

async function main() {
  const lighthouse = (await import(need.resolve("lighthouse"))).default;
  const chromeLauncher = await import(need.resolve("chrome-launcher"));
  const { server, url } = await startServer(dist, 0, { published: true });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM || "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
      try {
        const r = await lighthouse(url + "/", { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
        const lhr = r.lhr;
        const run = { scores: {}, metrics: {}, blocking: [] };
        for (const c of CATEGORIES) run.scores[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
        for (const [k, id] of Object.entries(METRICS)) run.metrics[k] = lhr.audits[id]?.numericValue ?? null;
        // Where the main thread blocked: the longest tasks Lighthouse saw, by script.
        const boot = lhr.audits["bootup-time"]?.details?.items || [];
        run.blocking = boot.slice(0, 5).map((it) => ({ url: String(it.url).replace(url, ""), total: Math.round(it.total), scripting: Math.round(it.scripting) }));
        // What the unthrottled load itself showed (the simulation starts from it): first and
        // largest contentful paint, in ms from navigation.
        const seen = lhr.audits.metrics?.details?.items?.[0] || {};
        run.observed = { fcp: seen.observedFirstContentfulPaint ?? null, lcp: seen.observedLargestContentfulPaint ?? null };
        // The long tasks as Lighthouse simulated them (start and duration in ms, the script they
        // are attributed to): what TBT is made of.
        run.longTasks = (lhr.audits["long-tasks"]?.details?.items || []).map((it) => ({
          url: String(it.url).replace(url, ""), start: Math.round(it.startTime), duration: Math.round(it.duration) }));
        // The LCP element, as Lighthouse reports it (a snippet of its HTML).
        run.lcpElement = JSON.stringify(lhr.audits["largest-contentful-paint-element"]?.details || null).match(/"snippet":"((?:[^"\\]|\\.)*)"/)?.[1] || null;
        run.failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id);
        results.push(run);
        console.error(`[lighthouse] run ${i + 1}/${runs}: ${CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(", ")}; ` +
          `TBT ${Math.round(run.metrics.tbt)} ms, LCP ${Math.round(run.metrics.lcp)} ms, FCP ${Math.round(run.metrics.fcp)} ms`);
      } finally {
        await chrome.kill();
      }
    }
  } finally {
    server.close();
  }
  const summary = { runs, lighthouse: need("lighthouse/package.json").version, formFactor: "mobile", throttling: "simulated (Lighthouse defaults)",
    median: { scores: {}, metrics: {} }, each: results };
  for (const c of CATEGORIES) summary.median.scores[c] = median(results.map((r) => r.scores[c]));
  for (const k of Object.keys(METRICS)) summary.median.metrics[k] = median(results.map((r) => r.metrics[k]));
  const out = JSON.stringify(summary, null, 1) + "\n";
  if (jsonOut) writeFileSync(jsonOut, out);
  process.stdout.write(out);
}

main().catch((e) => { console.error(`[lighthouse] ${e.stack || e}`); process.exit(1); });
