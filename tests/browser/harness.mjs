// harness.mjs — shared set-up for the browser tests: a static server for dist/, Debian's
// headless Chromium with WebGL2 through SwiftShader, and helpers to observe the explainer
// through its public API (window.motiveMatrix) rather than pixels where possible.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/lib/server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, "../..");
export const dist = process.env.MM_DIST_DIR || join(repo, "dist");            // the published site
export const site = process.env.MM_SITE_DIR || join(repo, "build", "web", "site"); // before publishing
export const shotsDir = join(repo, "build", "screenshots");

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--headless", "--use-gl=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
];

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}

export async function serve(routes = {}) {
  return startServer(dist, 0, { routes });
}

// Opens a page and collects console errors and page errors for assertions.
export async function open(browser, url, { width = 1280, height = 800, dpr = 2, mobile = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height }, deviceScaleFactor: dpr, isMobile: mobile, hasTouch: mobile,
  });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  return { context, page, errors };
}

// Waits for performance.mark('first-frame').
export async function waitForFirstFrame(page, timeout = 30000) {
  await page.waitForFunction(() => performance.getEntriesByName("first-frame").length > 0, null, { timeout });
}

// Lets the on-demand renderer settle: a few animation frames.
export async function settle(page, frames = 6) {
  await page.evaluate((n) => new Promise((ok) => {
    const step = () => (n-- <= 0 ? ok() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  }), frames);
}

export function screenshotPath(name) {
  mkdirSync(shotsDir, { recursive: true });
  return join(shotsDir, name);
}
