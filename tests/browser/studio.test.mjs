// studio.test.mjs — the editors' studio (dist/studio/, docs/authoring.md) through its own controls:
// a story built from scratch (a pasted source, two suspects, three motives, a link, two events,
// every quote selected from the source's text) is downloaded and passes the native
// `motive-matrix check --source`; the draft comes back after a reload; the template's sheets
// import into a valid story; window.motiveMatrixStudio.check locates a broken story's errors (and
// Open shows a broken file's); the keyboard alone can build and quote;
// the preview shows the explainer; axe-core finds no WCAG 2.1 A/AA violations at 1280×800 and at
// a tablet's 820 px. Screenshots go to build/screenshots/studio-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, serve, dist, repo, screenshotPath, waitForFirstFrame } from "./harness.mjs";
import { startServer, CSP } from "../../scripts/lib/server.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// The native tool: scripts/build-web.sh builds it (build/native-tools), or MM_CLI names one.
const CLI = process.env.MM_CLI || join(repo, "build/native-tools/motive-matrix");
const TEMPLATES = join(repo, "assets/templates");

// A made-up source (ours): every quote below is a passage of it.
const ARTICLE = [
  "The harbour fire started just after midnight on 3 March 2025, the fire service said.",
  "\"It was set deliberately,\" said Chief Inspector Dana Holm.",
  "Two groups had reasons to want the warehouse gone.",
  "The developer stood to gain the most: the site was worth more empty.",
  "The insurer, some in town believe, would rather pay once than keep paying.",
  "A week earlier, on 24 February 2025, the council had voted to protect the harbour front.",
].join("\n\n");

let browser, server, base;
before(async () => {
  browser = await launch();
  ({ server, url: base } = await serve());
});
after(async () => { await browser?.close(); server?.close(); });

async function openStudio({ width = 1280, height = 800, context } = {}) {
  context = context || await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(base + "/studio/");
  await page.evaluate(() => window.motiveMatrixStudio.ready);
  return { page, context, errors };
}

async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  });
}

const section = (page, name) => page.locator(".st-sections").getByRole("button", { name: new RegExp("^" + name) }).click();
const item = (page, legend) => page.locator("fieldset.st-item").filter({ has: page.locator(`legend:text-is("${legend}")`) });
// Types into a field and leaves it, so that "change" fires too (ids commit on change).
async function type(scope, label, value) {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(value);
  // By the keyboard, not the locator: a name typed may rename the item's legend the locator used.
  await field.page().keyboard.press("Tab");
}
// Selects `passage` in the first source's text, as an editor would, and adds it as evidence.
async function quote(page, target, passage, kind = "fact", speaker = "") {
  await page.locator("#st-ev-target").selectOption({ label: target });
  await page.locator("#st-ev-kind").selectOption(kind);
  await page.locator("#st-ev-speaker").fill(speaker);
  await page.locator(".st-source-text").first().evaluate((ta, p) => {
    const at = ta.value.indexOf(p);
    if (at < 0) throw new Error("passage not in the source: " + p);
    ta.focus();
    ta.setSelectionRange(at, at + p.length);
    ta.dispatchEvent(new Event("select"));
  }, passage);
  await page.getByRole("button", { name: "Add as evidence" }).click();
  assert.match(await page.locator("#st-ev-note").innerText(), /^Added/);
}

// Builds the small story through the forms; returns the page.
async function buildStory(page) {
  // A new story's first problems lead to the parts to fill in.
  await page.waitForFunction(() => /needs at least one item/.test(document.getElementById("st-problems").textContent));
  await page.locator("#st-problems button", { hasText: "needs at least one item" }).first().click();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Add source");
  await section(page, "Story");
  const story = page.locator("#st-sec-story");
  await type(story, "Title", "Who set the harbour fire?");
  await type(story, "Dek (one-sentence summary)", "One report weighs two theories.");
  await type(story, "Story id (used in links)", "harbour-fire");

  await section(page, "Sources");
  await page.getByRole("button", { name: "Add source", exact: true }).click();
  const source = item(page, "Source 1: (new)");
  await type(source, "Title", "The harbour fire");
  const src = item(page, "Source 1: The harbour fire");
  await type(src, "Publisher", "Example Gazette");
  await src.getByLabel("Kind", { exact: true }).selectOption("news");
  await type(src, "Id", "article");
  await page.locator(".st-source-text").first().fill(ARTICLE);

  await section(page, "Suspects");
  for (const [i, name, short] of [[1, "The developer", "Developer"], [2, "The insurer", "Insurer"]]) {
    await page.getByRole("button", { name: "Add suspect", exact: true }).click();
    const s = item(page, `Suspect ${i}: (new)`);
    await type(s, "Name, as the source has it", name);
    const named = item(page, `Suspect ${i}: ${name}`);
    await type(named, "Short name (≤ 32 characters)", short);
    await type(named, "Summary (your words)", `${name} had a reason.`);
    await type(named, "Rank label", i === 1 ? "most to gain" : "some believe");
  }

  await section(page, "Motives");
  for (const [i, label] of [[1, "Money"], [2, "Insurance payout"], [3, "Block the protection vote"]]) {
    await page.getByRole("button", { name: "Add motive", exact: true }).click();
    const m = item(page, `Motive ${i}: (new)`);
    await type(m, "Label (≤ 48 characters)", label);
    await type(item(page, `Motive ${i}: ${label}`), "Description (your words)", `${label}, as the report argues it.`);
  }

  await section(page, "Links");
  await page.getByRole("button", { name: "Add link", exact: true }).click();
  const link = page.locator("#st-list-links fieldset.st-item").first();
  await link.getByLabel("Suspect", { exact: true }).selectOption({ label: "The developer" });
  await link.getByLabel("Motive", { exact: true }).selectOption({ label: "Money" });
  await page.locator("#st-list-links fieldset.st-item").first().getByLabel("Strength", { exact: true }).selectOption("3");
  await type(page.locator("#st-list-links fieldset.st-item").first(), "Argument (one sentence, your words)", "The report says the developer gained most.");

  await section(page, "Events");
  for (const [i, title, date, kind] of [[1, "The fire", "2025-03-03", "act"], [2, "The protection vote", "2025-02-24", "context"]]) {
    await page.getByRole("button", { name: "Add event", exact: true }).click();
    const e = item(page, `Event ${i}: (new)`);
    await type(e, "Title (≤ 60 characters)", title);
    const ev = item(page, `Event ${i}: ${title}`);
    await type(ev, "Date", date);
    await ev.getByLabel("Kind", { exact: true }).selectOption(kind);
    await type(ev, "Detail", `${title}, as reported.`);
  }
  // An editor's note on an item.
  await item(page, "Event 2: The protection vote").getByRole("button", { name: "Add an editor's note" }).click();
  await type(item(page, "Event 2: The protection vote"), "Note 1", "The vote's date is the council's minutes'.");
  // The vote came first: reorder (the check warns about events out of date order).
  await page.getByRole("button", { name: "Move up Event 2: The protection vote" }).click();
  assert.equal(await page.locator("#st-list-events legend").first().innerText(), "Event 1: The protection vote");

  // Every quote from the source's text, through the evidence bar.
  await section(page, "Sources");
  await quote(page, "Suspect: The developer", "The developer stood to gain the most", "analysis");
  await quote(page, "Suspect: The insurer", "some in town believe, would rather pay once than keep paying", "attributed", "some in town");
  await quote(page, "Link: The developer × Money", "the site was worth more empty", "analysis");
  await quote(page, "Event: The fire", "The harbour fire started just after midnight on 3 March 2025", "fact");
  await quote(page, "Event: The protection vote", "the council had voted to protect the harbour front", "fact");
  return page;
}

async function waitForVerdict(page) {
  await page.waitForFunction(() => /No problems|error/.test(document.getElementById("st-check-summary").textContent));
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 400)));  // past the check's debounce
  return page.locator("#st-check-summary").innerText();
}

test("a story built from scratch in the studio downloads and passes motive-matrix check --source", async () => {
  assert.ok(existsSync(CLI), `no native motive-matrix at ${CLI}: run scripts/build-web.sh (or set MM_CLI)`);
  const { page, context, errors } = await openStudio();
  await buildStory(page);
  const summary = await waitForVerdict(page);
  assert.match(summary, /No problems: the story is valid\. 5 of 5 quotes found/, await page.locator("#st-problems").innerText());

  // The preview is the explainer itself, showing this story.
  const frame = page.frameLocator("#st-frame");
  await frame.locator("#mm-text h1, h1").first().waitFor({ timeout: 30000 });
  await page.waitForFunction(() => {
    const w = document.getElementById("st-frame").contentWindow;
    return w && w.motiveMatrix && w.motiveMatrix.state().ready;
  }, null, { timeout: 30000 });
  // Dark and phone width: the explainer redrawn in the other theme, in a phone-wide frame.
  await page.getByRole("radio", { name: "Dark" }).check();
  await page.getByRole("radio", { name: "Phone" }).check();
  await page.waitForFunction(() => {
    const w = document.getElementById("st-frame").contentWindow;
    return w && w.motiveMatrix && w.motiveMatrix.state().ready && w.motiveMatrix.state().theme === "dark";
  }, null, { timeout: 30000 });
  assert.equal(Math.round((await page.locator("#st-frame").boundingBox()).width), 388);  // 390 less its border
  await page.screenshot({ path: screenshotPath("studio-preview-phone-dark-1280.png") });
  await page.getByRole("radio", { name: "Light" }).check();
  await page.getByRole("radio", { name: "Desktop" }).check();

  // For docs/authoring.md: a passage selected in the source, about to be added to the link.
  await section(page, "Sources");
  await page.locator("#st-ev-target").selectOption({ label: "Link: The developer × Money" });
  await page.locator("#st-ev-kind").selectOption("analysis");
  await page.locator(".st-source-text").first().evaluate((ta) => {
    const p = "the site was worth more empty", at = ta.value.indexOf(p);
    ta.focus();
    ta.setSelectionRange(at, at + p.length);
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath("studio-sources-1280.png") });
  await section(page, "Links");
  await page.screenshot({ path: screenshotPath("studio-links-1280.png") });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download story" }).click()]);
  assert.equal(download.suggestedFilename(), "harbour-fire.json");
  const dir = mkdtempSync(join(tmpdir(), "mm-studio-"));
  const file = join(dir, "harbour-fire.json"), text = join(dir, "article.txt");
  await download.saveAs(file);
  writeFileSync(text, ARTICLE);
  const story = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(story.suspects.length, 2);
  assert.equal(story.motives.length, 3);
  assert.equal(story.links.length, 1);
  assert.equal(story.events.length, 2);
  assert.equal(story.links[0].evidence[0].quote, "the site was worth more empty");
  assert.equal(story.suspects[1].assessment.evidence[0].speaker, "some in town");
  assert.equal(story.events[0].notes[0].text, "The vote's date is the council's minutes'.");
  const out = execFileSync(CLI, ["check", file, "--source", "article=" + text], { encoding: "utf8" });
  assert.match(out, /5 of 5 quotes/, out);

  // A changed word in a quote is flagged, with the source's nearest passage.
  await section(page, "Links");
  await page.locator("#st-list-links").getByLabel("Quote 1 (verbatim)").fill("the site was worth much more empty");
  await page.waitForFunction(() => /error/.test(document.getElementById("st-check-summary").textContent));
  const problems = await page.locator("#st-problems").innerText();
  assert.match(problems, /nearest passage: “[^”]*worth more empty/);
  // Clicking the problem takes the editor to the quote's field.
  await page.locator("#st-problems .st-problem button").first().click();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("data-path")), "/links/0/evidence/0/quote");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the draft (story and source texts) comes back after a reload", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const { page } = await openStudio({ context });
  await section(page, "Story");
  await type(page.locator("#st-sec-story"), "Title", "A draft to keep");
  await section(page, "Sources");
  await page.getByRole("button", { name: "Add source", exact: true }).click();
  await page.locator(".st-source-text").first().fill("Text pasted before the tab closed.");
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 400)));
  await page.reload();
  await page.evaluate(() => window.motiveMatrixStudio.ready);
  assert.match(await page.locator("#st-status").innerText(), /^Restored draft from /);
  assert.equal(await page.locator("#st-sec-story").getByLabel("Title", { exact: true }).inputValue(), "A draft to keep");
  await section(page, "Sources");
  assert.equal(await page.locator(".st-source-text").first().inputValue(), "Text pasted before the tab closed.");

  // The JSON view and the forms follow each other.
  await section(page, "JSON");
  const json = page.getByLabel("Story JSON");
  assert.equal(JSON.parse(await json.inputValue()).title, "A draft to keep");
  await json.fill((await json.inputValue()).replace('"A draft to keep"', '"Edited as JSON"'));
  await section(page, "Story");
  await page.waitForFunction(() => document.querySelector("#st-sec-story [data-path='/title']").value === "Edited as JSON");
  await type(page.locator("#st-sec-story"), "Dek (one-sentence summary)", "Typed in the form.");
  assert.equal(JSON.parse(await json.inputValue()).dek, "Typed in the form.");
  assert.match(await page.locator("#st-json-gutter").textContent(), /^1\n2\n3\n/);
  await context.close();
});

test("the template's example sheets import into a valid story (files and API)", async () => {
  const { page, context } = await openStudio();
  const sheets = Object.fromEntries(readdirSync(TEMPLATES).filter((f) => f.endsWith(".csv"))
    .map((f) => [f.replace(/\.csv$/, ""), readFileSync(join(TEMPLATES, f), "utf8")]));
  const story = await page.evaluate((s) => window.motiveMatrixStudio.importSheets(s), sheets);
  const checked = await page.evaluate((t) => window.motiveMatrixStudio.check(t, { sources: {} }), story);
  assert.deepEqual(checked.errors, []);
  assert.ok(JSON.parse(story).links.length > 5);

  // Through the page: open the CSV files, import, and the checks pass.
  await section(page, "Spreadsheet");
  await page.locator("#st-sheet-files").setInputFiles(readdirSync(TEMPLATES).filter((f) => f.endsWith(".csv")).map((f) => join(TEMPLATES, f)));
  await page.waitForFunction(() => document.getElementById("st-sheet-links").value.length > 0);
  // Cells pasted from a spreadsheet arrive tab-separated: the goals sheet (no quoted cells) as such.
  assert.ok(!sheets.goals.includes('"'));
  await page.locator("#st-sheet-goals").fill(sheets.goals.replace(/,/g, "\t"));
  await page.getByRole("button", { name: "Import sheets" }).click();
  assert.match(await page.locator("#st-status").innerText(), /^Imported the sheets/);
  assert.match(await waitForVerdict(page), /No problems/);
  const imported = await page.evaluate(() => JSON.parse(document.getElementById("st-json").value));
  assert.equal(imported.title, JSON.parse(story).title);
  assert.ok(imported.goals.length > 0);
  assert.deepEqual(imported.goals, JSON.parse(story).goals);  // the pasted, tab-separated sheet

  // A bad cell is named by sheet, row and column.
  const links = sheets.links.split("\n");
  links[1] = links[1].replace(/^([^,]*,[^,]*,)3,/, "$1strongish,");
  let thrown = null;
  try { await page.evaluate((s) => window.motiveMatrixStudio.importSheets(s), { ...sheets, links: links.join("\n") }); }
  catch (e) { thrown = String(e.message); }
  assert.match(thrown || "", /links\.csv:2:C: error: "strongish"/);
  await context.close();
});

test("check() returns located errors for a broken story", async () => {
  const { page, context } = await openStudio();
  const broken = readFileSync(join(repo, "assets/stories/witkoff-call-leak.json"), "utf8").replace(/"strength": 3/, '"strength": 7');
  const r = await page.evaluate((t) => window.motiveMatrixStudio.check(t, { sources: {} }), broken);
  assert.ok(r.errors.length >= 1);
  const e = r.errors[0];
  assert.match(e.path, /^\/links\/\d+\/strength$/);
  assert.ok(e.line > 1 && e.column > 1, JSON.stringify(e));
  assert.match(e.message, /7/);
  const parse = await page.evaluate(() => window.motiveMatrixStudio.check('{\n  "title": "x",\n  oops\n}', {}));
  assert.equal(parse.errors[0].line, 3);

  // "Open" gives a bad file the same located messages, and its line:col goes to the JSON.
  await page.locator("#st-open").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(broken) });
  await page.waitForFunction(() => /^Opened bad\.json: \d+ error/.test(document.getElementById("st-status").textContent));
  const first = page.locator("#st-problems .st-problem").first();
  assert.match(await first.innerText(), /Strength[\s\S]*\/links\/\d+\/strength[\s\S]*\d+:\d+/);
  await first.getByRole("button", { name: /^\d+:\d+/ }).click();
  const caret = await page.evaluate(() => {
    const ta = document.getElementById("st-json");
    return { focused: document.activeElement === ta, line: ta.value.slice(0, ta.selectionStart).split("\n").length };
  });
  assert.deepEqual(caret, { focused: true, line: e.line });
  await context.close();
});

test("axe finds no WCAG 2.1 A/AA violations at 1280×800 and at a tablet's 820 px", async () => {
  for (const [width, height] of [[1280, 800], [820, 1180]]) {
    const { page, context } = await openStudio({ width, height });
    await buildStory(page);
    await waitForVerdict(page);
    for (const name of ["Story", "Sources", "Links", "Events", "JSON", "Spreadsheet", "Publish"]) {
      await section(page, name);
      assert.deepEqual(await axe(page), [], `${name} at ${width} px`);
    }
    await section(page, "Suspects");
    await page.screenshot({ path: screenshotPath(`studio-suspects-${width}.png`) });
    await section(page, "Publish");
    await page.screenshot({ path: screenshotPath(`studio-publish-${width}.png`) });
    await context.close();
  }
});

test("keyboard only: add and name a suspect, select a passage and add it as evidence", async () => {
  const { page, context } = await openStudio();
  const kb = page.keyboard;
  await page.locator(".st-sections").getByRole("button", { name: /^Sources/ }).focus();
  await kb.press("Enter");
  await page.getByRole("button", { name: "Add source", exact: true }).focus();
  await kb.press("Enter");
  // The new item's first field has the focus: its text.
  assert.equal(await page.evaluate(() => document.activeElement.className), "st-source-text");
  await kb.insertText("First line of the source.\nSecond line.");
  await kb.press("Control+Home");
  await kb.press("Shift+End");
  await page.locator(".st-sections").getByRole("button", { name: /^Suspects/ }).focus();
  await kb.press("Enter");
  await page.getByRole("button", { name: "Add suspect", exact: true }).focus();
  await kb.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), "Name, as the source has it");
  await kb.insertText("Keyboard suspect");
  await kb.press("Tab");
  assert.equal(await page.locator("#st-list-suspects legend").first().innerText(), "Suspect 1: Keyboard suspect");
  // The selection made by keyboard in the source is still the passage to add, one Tab away.
  await page.locator(".st-sections").getByRole("button", { name: /^Sources/ }).focus();
  await kb.press("Enter");
  await page.locator(".st-source-text").first().focus();
  await kb.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Add the selected passage as evidence");
  await kb.press("Enter");
  assert.match(await page.locator("#st-ev-note").innerText(), /^Added “First line of the source\.” to Suspect: Keyboard suspect/);
  await context.close();
});

test("under the documented CSP the studio's checks run, and the preview says why it cannot show the draft", async () => {
  const strict = await startServer(dist, 0, { published: true, headers: { "Content-Security-Policy": CSP } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(strict.url + "/studio/");
  await page.evaluate(() => window.motiveMatrixStudio.ready);
  const story = readFileSync(join(repo, "assets/stories/witkoff-call-leak.json"));
  await page.locator("#st-open").setInputFiles({ name: "w.json", mimeType: "application/json", buffer: story });
  assert.match(await waitForVerdict(page), /No problems/);
  await page.waitForFunction(() => /^The preview could not show the draft: .*blob:/.test(document.getElementById("st-preview-note").textContent),
    null, { timeout: 30000 });
  assert.deepEqual(errors, []);
  await context.close();
  strict.server.close();
});

test("the explainer's Embed panel links to the studio as \"Make your own\"; Copy link's does not", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(base + "/");
  await waitForFirstFrame(page);
  await page.getByRole("button", { name: "Embed" }).click();
  const link = page.getByRole("link", { name: "Make your own" });
  await link.waitFor({ state: "visible" });
  assert.equal(new URL(await link.evaluate((a) => a.href)).pathname, "/studio/");
  await page.getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: "Copy link" }).click();
  assert.equal(await link.isVisible(), false);
  await context.close();
});
