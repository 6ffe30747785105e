// classroom.test.mjs — the classroom modes in a browser (README, "In the classroom"): the bundled
// story in ?mode=predict rated by keyboard, click and form, a first choice, the reveal with its
// gaps, the answers kept across a reload, the answer code; the class view taking three students'
// codes from the page, a refused code named with its reason, 30 codes at once; the worksheet in
// print media at A4; axe-core in both modes; the offline file from file://. Screenshots under
// build/screenshots/classroom-*.png are for looking at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, serve, open, waitForFirstFrame, settle, screenshotPath, dist } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
let browser, server, base;

before(async () => {
  browser = await launch();
  ({ server, url: base } = await serve());
});
after(async () => { await browser?.close(); server?.close(); });

const state = (page) => page.evaluate(() => window.motiveMatrix.state());
const cellOf = (s, suspect, motive) => s.classroom.cells.find((c) => c.suspect === suspect && c.motive === motive);

async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  });
}

// layout() gives boxes in the canvas's CSS px; the classroom panel sits above the canvas.
async function onPage(page, box) {
  const stage = await page.locator("#mm-stage").boundingBox();
  return { x: stage.x + (box.x0 + box.x1) / 2, y: stage.y + (box.y0 + box.y1) / 2 };
}
// The cells whose whole box is on screen.
async function visibleCells(page) {
  const stage = await page.locator("#mm-stage").boundingBox();
  return (await page.evaluate(() => window.motiveMatrix.layout()))
    .filter((b) => b.what === "matrix.cell" && b.y0 >= 0 && b.y1 <= stage.height);
}
async function clickCell(page, box) {
  const p = await onPage(page, box);
  await page.mouse.click(p.x, p.y);
  await settle(page);
}
// Scrolls the explainer (the canvas scrolls inside its stage) so that the matrix shows.
async function scrollToMatrix(page) {
  const stage = await page.locator("#mm-stage").boundingBox();
  await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
  for (let i = 0; i < 10; i++) {
    const boxes = await page.evaluate(() => window.motiveMatrix.layout());
    const cell = boxes.find((b) => b.what === "matrix.cell");
    if (cell && cell.y0 < 130) break;
    await page.mouse.wheel(0, 120);
    await settle(page);
  }
}

// Three students' answers, made by the explainer itself: each rates from a fresh predict page
// (through the form), and the state's code is what they would hand in.
async function studentCodes(count) {
  const o = await open(browser, `${base}/?mode=predict`, { dpr: 1 });
  await waitForFirstFrame(o.page);
  const s0 = await state(o.page);
  const codes = [];
  for (let i = 0; i < count; i++) {
    const cells = s0.classroom.cells;
    // Student i: the first three cells spell i in base 4 (so no two students agree), the rest vary.
    const digit = (k) => Math.floor(i / 4 ** k) % 4;
    const answers = cells.map((c, k) => ["not-argued", "weak", "argued", "strong"][k < 3 ? digit(k) : (k + i) % 4]);
    await o.page.evaluate(([cells, answers]) => {
      cells.forEach((c, k) => {
        const sel = [...document.querySelectorAll("#mm-classroom fieldset select")][k];
        sel.value = answers[k];
        sel.dispatchEvent(new Event("change"));
      });
    }, [cells, answers]);
    const first = await o.page.evaluate((i) => {
      const sel = document.getElementById("mm-cr-first");
      sel.selectedIndex = 1 + (i % (sel.options.length - 1));
      sel.dispatchEvent(new Event("change"));
      return sel.value;
    }, i);
    const s = await state(o.page);
    assert.equal(s.classroom.rated, cells.length, "the form rated every pair");
    assert.equal(s.classroom.firstChoice, first);
    codes.push(s.classroom.code);
  }
  await o.context.close();
  return codes;
}

test("predict: rate by keyboard and click, choose first, reveal the gaps, reload and find it kept, get a code", async () => {
  const o = await open(browser, `${base}/?mode=predict`, { dpr: 1 });
  const { page, errors } = o;
  await waitForFirstFrame(page);
  await settle(page);
  await scrollToMatrix(page);
  let s = await state(page);
  assert.equal(s.mode, "predict");
  assert.equal(s.classroom.revealed, false);
  assert.ok(s.classroom.cells.every((c) => c.rating === "unrated" && !("sources" in c)), "nothing of the sources' before the reveal");
  await page.screenshot({ path: screenshotPath("classroom-predict-1280.png") });
  assert.deepEqual(await axe(page), [], "axe: predict mode");

  // Keyboard: Tab from the panel into the explainer, Enter on the focused cell twice.
  await page.focus("#mm-classroom details summary");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "mm-stage");
  await page.keyboard.press("Enter");
  s = await state(page);
  assert.equal(s.selection.kind, "cell", "Enter selects the focused cell");
  assert.equal(cellOf(s, s.selection.suspect, s.selection.motive).rating, "not-argued", "and rates it");
  await page.keyboard.press("Enter");
  s = await state(page);
  const keyed = cellOf(s, s.selection.suspect, s.selection.motive);
  assert.equal(keyed.rating, "weak", "Enter again: the next rating");
  // The live region is written when the module reports the change, on its next frame.
  await page.waitForFunction(() => /raised as possible$/.test(document.getElementById("mm-live").textContent), null, { timeout: 10000 })
    .catch(() => {});
  const said = await page.evaluate(() => document.getElementById("mm-live").textContent);
  assert.match(said, /raised as possible$/, "the live region says the student's rating");
  assert.doesNotMatch(said, /argued by|quotes?/, "and not the sources'");
  assert.doesNotMatch(s.description, /argued|quotes?|rank|link/, "nor does the state's description: " + s.description);
  assert.match(s.description, / × /, "which names the pair");
  // The detail panel says the student's rating, not the sources' quotes.
  assert.equal(s.selection.kind, "cell");

  // Click: another cell three times (unrated → not argued → weak → argued).
  const visible = (await visibleCells(page)).filter((b) => b.hash !== s.hash);
  assert.ok(visible.length > 0, "cells are on screen");
  const box = visible[visible.length - 1];
  for (let i = 0; i < 3; i++) await clickCell(page, box);
  s = await state(page);
  const [, ts, tm] = box.hash.match(/^#cell=([^:]+):(.+)$/);
  const target = { suspect: ts, motive: tm };
  assert.equal(cellOf(s, target.suspect, target.motive).rating, "argued");
  // The first choice: a click on a suspect's name.
  const boxes = await page.evaluate(() => window.motiveMatrix.layout());
  const row = boxes.find((b) => b.what === "matrix.row" && b.hash === "#suspect=us-insiders");
  assert.ok(row, "the suspect's row header is on screen");
  const rp = await onPage(page, row);
  await page.mouse.click(rp.x, rp.y);
  await settle(page);
  s = await state(page);
  assert.equal(s.classroom.firstChoice, "us-insiders");
  const spoken = await page.evaluate(() => document.getElementById("mm-live").textContent);
  assert.doesNotMatch(spoken, /rank|linked to|argued by/, `the live region keeps the answers hidden: ${spoken}`);
  assert.equal(s.classroom.rated, 2);
  assert.equal(await page.evaluate(() => document.getElementById("mm-cr-first").value), "us-insiders", "the form follows the canvas");
  assert.equal(s.hash, `#suspect=us-insiders`, "select() and the hash keep working");
  assert.ok(await page.evaluate(() => window.motiveMatrix.select({ cell: ["us-insiders", "stop-peace"] })));
  assert.equal((await state(page)).hash, "#cell=us-insiders:stop-peace");

  // Reveal.
  await page.click("#mm-cr-reveal");
  await settle(page);
  s = await state(page);
  assert.equal(s.classroom.revealed, true);
  assert.ok(s.classroom.cells.every((c) => typeof c.sources === "string"), "the sources' answers are shown");
  const gaps = s.classroom.cells.filter((c) => c.gap);
  assert.ok(gaps.length >= 1 && gaps.length <= 3, `1–3 gaps marked (${gaps.length})`);
  const listed = await page.$$eval("#mm-cr-result li", (li) => li.map((e) => e.textContent));
  assert.equal(listed.length, gaps.length, "the page lists the gaps");
  await page.fill("#mm-cr-explain", "I thought the insiders had the clearest motive.");
  await page.screenshot({ path: screenshotPath("classroom-revealed-1280.png") });
  const code = s.classroom.code;
  assert.match(code, /^[0-9A-Z*~$=-]+$/);

  // Copy my code: the code and the link are offered.
  await page.click("#mm-cr-copy");
  const shared = await page.evaluate(() => document.getElementById("mm-share-text").value);
  assert.ok(shared.includes(code) && shared.includes("?mode=class&codes="), shared);

  // Reload: the answers, the reveal and the sentence are kept.
  await page.reload();
  await waitForFirstFrame(page);
  const again = await state(page);
  assert.equal(again.classroom.code, code);
  assert.equal(again.classroom.revealed, true);
  assert.equal(again.classroom.firstChoice, "us-insiders");
  assert.equal(await page.inputValue("#mm-cr-explain"), "I thought the insiders had the clearest motive.");
  assert.deepEqual(await axe(page), [], "axe: predict mode, revealed");

  // The worksheet: print media at A4 (a screenshot of the print layout, and a PDF).
  await page.evaluate(() => localStorage.clear());
  await page.setViewportSize({ width: 794, height: 1123 });  // A4 at 96 dpi
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById("mm-worksheet")).display), "block");
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById("mm-root")).display), "none");
  const boxesTh = await page.$$eval("#mm-worksheet > table td", (td) => td.map((e) => e.textContent));
  assert.ok(boxesTh.length > 0 && boxesTh.every((t) => t === ""), "the student's grid is blank");
  // The dated timeline in the reader's words and the timeline's order, not ISO dates.
  const wsEvents = await page.$$eval("#mm-worksheet .mm-ws-events li", (li) => li.map((e) => e.textContent));
  assert.ok(wsEvents.includes("14 Oct 2025: Witkoff and Ushakov speak by phone"), wsEvents.join(" | "));
  assert.ok(wsEvents.every((t) => !/\d{4}-\d{2}/.test(t)), "no ISO dates: " + wsEvents.join(" | "));
  await page.screenshot({ path: screenshotPath("classroom-print-a4.png"), fullPage: true });
  for (const format of ["A4", "Letter"]) {
    const pdf = await page.pdf({ format });
    writeFileSync(screenshotPath(`classroom-worksheet-${format}.pdf`), pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 2, `${format}: the handout and the teacher's page (${pages} pages)`);
  }
  assert.deepEqual(errors, []);
  await o.context.close();
});

test("predict on a phone: large targets and the panel", async () => {
  const o = await open(browser, `${base}/?mode=predict`, { width: 390, height: 844, dpr: 2, mobile: true });
  await waitForFirstFrame(o.page);
  await settle(o.page);
  await scrollToMatrix(o.page);
  const small = await o.page.$$eval("#mm-classroom button, #mm-classroom summary", (els) =>
    els.filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.textContent));
  assert.deepEqual(small, [], "every control of the panel is at least 44 px tall");
  // The answer code and its Copy button side by side, within the phone's width.
  const [code, copy] = await Promise.all(["#mm-cr-code", "#mm-cr-copy"].map((id) => o.page.locator(id).boundingBox()));
  assert.ok(Math.abs(code.y + code.height - (copy.y + copy.height)) < 2 && copy.x >= code.x + code.width && copy.x + copy.width <= 390,
    `code ${JSON.stringify(code)} and Copy ${JSON.stringify(copy)} on one row`);
  await o.page.screenshot({ path: screenshotPath("classroom-predict-390.png") });
  // Tap three cells, then reveal.
  const cells = (await visibleCells(o.page)).slice(0, 3);
  assert.ok(cells.length > 0);
  for (const b of cells) {
    assert.ok(b.x1 - b.x0 >= 44 && b.y1 - b.y0 >= 44, `a large target (${b.x1 - b.x0}×${b.y1 - b.y0})`);
    const p = await onPage(o.page, b);
    await o.page.touchscreen.tap(p.x, p.y);
    await settle(o.page);
  }
  assert.equal((await state(o.page)).classroom.rated, cells.length, "a tap rates a cell");
  await o.page.click("#mm-cr-reveal");
  await settle(o.page);
  // The panel scrolls itself to what the reveal says (a phone shows only part of the panel).
  const seen = await o.page.evaluate(() => {
    const panel = document.getElementById("mm-cr-result").closest(".mm-cr"), r = document.getElementById("mm-cr-result");
    const p = panel.getBoundingClientRect(), t = r.getBoundingClientRect();
    return { top: t.top - p.top, height: p.height };
  });
  assert.ok(seen.top >= -1 && seen.top < seen.height / 2, `the reveal's message is in the panel's view (${JSON.stringify(seen)})`);
  await o.page.screenshot({ path: screenshotPath("classroom-revealed-390.png") });
  await o.context.close();
});

test("class view: three students' codes, a refused code with its reason, 30 codes, and axe", async () => {
  const all = await studentCodes(30);
  assert.equal(new Set(all).size, 30, "thirty different students");
  const codes = all.slice(0, 3);
  // A mistyped code: one character changed.
  const bad = codes[0].replace(/^(.)/, (c) => (c === "2" ? "3" : "2"));
  const o = await open(browser, `${base}/?mode=class&codes=${encodeURIComponent(codes[0])}`, { dpr: 1 });
  const { page, errors } = o;
  await waitForFirstFrame(page);
  let s = await state(page);
  assert.equal(s.mode, "class");
  assert.equal(s.classroom.students, 1, "a student's link adds their code");
  await page.fill("#mm-cr-codes", `${codes[0]}, ${codes[1]}\n${codes[2]} ${bad}`);
  await page.click("#mm-cr-show");
  await settle(page);
  s = await state(page);
  assert.equal(s.classroom.students, 3);
  const firsts = Object.values(s.classroom.firstChoices).reduce((a, b) => a + b, 0);
  assert.equal(firsts, 3, "every student's first choice counts");
  const total = s.classroom.cells[0].counts;
  assert.equal(Object.values(total).reduce((a, b) => a + b, 0), 3, "each cell tallies three students");
  const refused = await page.$$eval(".mm-cr-refused", (p) => p.map((e) => e.textContent));
  assert.equal(refused.length, 1);
  assert.ok(refused[0].includes(bad) && /mistyped/.test(refused[0]), refused[0]);
  const text = await page.$$eval(".mm-cr-tally li", (li) => li.map((e) => e.textContent));
  assert.equal(text.length, s.classroom.cells.length + 1, "the text version lists the first choices and every pair");
  assert.ok(await page.evaluate(() => window.motiveMatrix.select("#cell=us-insiders:stop-peace")), "select() works in class mode");
  assert.equal((await state(page)).hash, "#cell=us-insiders:stop-peace");
  // The page writes the hash when the module reports the selection, on its next frame.
  await page.waitForFunction(() => location.hash === "#cell=us-insiders:stop-peace", null, { timeout: 10000 }).catch(() => {});
  assert.equal(await page.evaluate(() => location.hash), "#cell=us-insiders:stop-peace");
  await page.evaluate(() => window.motiveMatrix.select(null));
  await scrollToMatrix(page);
  await page.screenshot({ path: screenshotPath("classroom-class-1280.png") });
  assert.deepEqual(await axe(page), [], "axe: class mode");

  // 30 codes in one paste, and one of them again: a code pasted twice counts once.
  await page.fill("#mm-cr-codes", all.join("\n") + "\n" + all[7]);
  await page.click("#mm-cr-show");
  s = await state(page);
  assert.equal(s.classroom.students, 30);
  assert.equal(await page.$$eval(".mm-cr-refused", (p) => p.length), 0);
  assert.equal(Object.values(s.classroom.cells[5].counts).reduce((a, b) => a + b, 0), 30);
  assert.deepEqual(errors, []);
  await o.context.close();

  const phone = await open(browser, `${base}/?mode=class&codes=${codes.join(",")}`, { width: 390, height: 844, dpr: 2, mobile: true });
  await waitForFirstFrame(phone.page);
  await settle(phone.page);
  await scrollToMatrix(phone.page);
  assert.equal((await state(phone.page)).classroom.students, 3);
  await phone.page.screenshot({ path: screenshotPath("classroom-class-390.png") });
  await phone.context.close();
});

test("the offline file runs predict and class mode from file://", async () => {
  const file = join(dist, "offline/motive-matrix.html");
  assert.ok(existsSync(file), "dist/offline/motive-matrix.html is built");
  const url = pathToFileURL(file).href;
  const o = await open(browser, `${url}?mode=predict`, { dpr: 1 });
  await waitForFirstFrame(o.page);
  await o.page.click("#mm-cr-reveal");
  const s = await state(o.page);
  assert.equal(s.mode, "predict");
  assert.equal(s.classroom.revealed, true);
  await o.page.goto(`${url}?mode=class&codes=${encodeURIComponent(s.classroom.code)}`);
  await waitForFirstFrame(o.page);
  assert.equal((await state(o.page)).classroom.students, 1);
  assert.deepEqual(o.errors, []);
  await o.context.close();
});
