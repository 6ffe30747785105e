import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, open, waitForFirstFrame, settle, repo } from "./harness.mjs";
const ids = ["minimal", "wide-sparse", "selka-cable-cut", "port-fire-ar"];
const routes = {};
for (const id of ids) routes[`/fixtures/${id}.json`] = (req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end(readFileSync(join(repo, "tests/fixtures/stories", id + ".json")));
const browser = await launch();
const { server, url } = await serve(routes);
const jobs = JSON.parse(process.argv[2]);
for (const [name, path, w, h, mobile, wait] of jobs) {
  const { page, context, errors } = await open(browser, url + path, { width: w, height: h, dpr: 2, mobile });
  page.on("console", (m) => console.log(name, m.type(), m.text()));
  if (wait !== false) { await waitForFirstFrame(page).catch((e) => console.log(name, "no first frame")); await settle(page); }
  else await page.waitForTimeout(4000);
  await page.screenshot({ path: "/tmp/shots/" + name + ".png", fullPage: false });
  console.log(name, "lang", await page.evaluate(() => document.documentElement.lang), errors.join(" | "));
  await context.close();
}
await browser.close(); server.close();
