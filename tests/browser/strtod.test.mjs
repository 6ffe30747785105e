// strtod.test.mjs — the web build's strtod and strtof (src/platform/strtod.cpp: syntax and hex
// floats in C, decimals through the engine's Number(), strtof's midpoints through BigInt) answer
// every input as glibc's do: the same bits, the same end pointer, ERANGE in the same cases.
//
// No browser: the test module (build/web/tests/strtod-probe.js, built by scripts/build-web.sh)
// runs in Node, whose V8 is Chromium's engine. The reference is glibc's strtod and strtof
// (correctly rounded), through the same probe compiled natively (build/native-tools/
// strtod_reference, also built by scripts/build-web.sh). Inputs: the hard cases by hand, then
// generated ones from a fixed seed: exact midpoints between adjacent doubles and between adjacent
// floats (and a hair above and below them), numbers with 17 to 800 digits, the subnormal and
// overflow borders, hexadecimal floats, and random strings of the characters the grammar uses.
// Then the published page itself (dist/, its glue after terser): a story whose whole numbers are
// written with an exponent or a fraction loads, and one with 2.5 where a whole number belongs is
// refused with that value in the alert.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { repo, launch, serve, open, waitForFirstFrame } from "./harness.mjs";

const webBuild = process.env.MM_WEB_BUILD_DIR || join(repo, "build", "web");
const toolsBuild = process.env.MM_TOOLS_BUILD_DIR || join(repo, "build", "native-tools");
const probePath = join(webBuild, "tests", "strtod-probe.js");
const referencePath = join(toolsBuild, "strtod_reference");

// mulberry32: the same inputs on every run.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(20261202);
const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
const pick = (list) => list[int(0, list.length - 1)];
const digits = (n, first = "123456789") => pick(first) + Array.from({ length: n - 1 }, () => pick("0123456789")).join("");

// The exact decimal of m · 2^e (m a non-negative BigInt).
function exactDecimal(m, e) {
  if (e >= 0) return (m << BigInt(e)).toString();
  const s = (m * 5n ** BigInt(-e)).toString().padStart(-e + 1, "0");
  return `${s.slice(0, s.length + e)}.${s.slice(s.length + e)}`;
}
// A positive finite value with `bits` significand bits and least exponent `emin`, as m · 2^e:
// a random significand at a random exponent (subnormal or normal), then the midpoint above it.
function randomMidpoint(bits, emin, emax) {
  const top = int(emin, emax);               // the exponent of the leading bit (subnormal below emin + bits − 1)
  const q = Math.max(top - bits + 1, emin);  // the exponent of the last bit
  const width = top - q + 1;
  let m = 1n << BigInt(width - 1);
  for (let i = 0; i < width - 1; i++) if (next() < 0.5) m |= 1n << BigInt(i);
  return { m: 2n * m + 1n, e: q - 1 };
}
// Variants of an exact decimal: itself, a hair above, a hair below, and in exponent notation.
function variants(s) {
  const out = [s];
  const point = s.includes(".") ? s : `${s}.`;
  out.push(`${point}${"0".repeat(int(0, 30))}1`);
  if (s.includes(".") && /[1-9]$/.test(s)) out.push(s.slice(0, -1));                      // below: one digit dropped
  if (!s.includes(".")) out.push((BigInt(s) - 1n).toString() + "." + "9".repeat(int(1, 25))); // below an integer
  const [whole, fraction = ""] = s.split(".");
  out.push(`${whole}${fraction}e-${fraction.length}`);
  return out;
}

function hardCases() {
  return [
    "0.1", "1e23", "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
    "4.9e-324", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
    "1e-400", "1e400", "-1e400", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
    "3.4028234663852886e38", "3.4028235677973366e38", "3.4028235677973367e38", "1.17549435e-38",
    "1.1754942807573643e-38", "1.17549429e-38", "1.4e-45", "7.006492321624085e-46", "7.006492321624086e-46",
    "9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000001", "0.30000000000000004",
    "123456789012345678901234567890", "0.000000000000000000000000000000000000000000001e45",
    "1.00000005960464477539062500000000001", "1.000000059604644775390625", "1.0000000596046447753906249999",
    "inf", "INF", "-Infinity", "infinit", "infinityX", "in", "i", "nan", "NaN", "-nan", "nan()", "nan(abc_123)",
    "nan(", "nan(a b)", "nan)", "  \t\n\v\f\r12", " -0", "-0.0", "+0", "-0x0p3", "0", "00", ".5", "5.", "-.5e1",
    "1e", "1e+", "1e-", "1E5", "1e+05x", ".", "-", "+", "", " ", "e5", ".e5", "-.", "0x", "0X", "0x.", "0x.p1",
    "0xg", "-0x", "0x1p", "0x1p+", "0x1P-2", "0x.8", "0x1.8p1", "0xA.Bp-3", "0x1p-1074", "0x1p-1075", "0x1.8p-1075",
    "0x1p-1076", "0x1.0000000000001p-1070", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1023",
    "0x1p1024", "0x1.fffffep127", "0x1.ffffffp127", "0x1.fffffefffffffffffp127", "0x1p-149", "0x1p-150",
    "0x1.00000000000000000000000000001p0", "0x1.00000000000008p0", "0x1.000000000000080000000001p0",
    "0x1.00000000000018p0", "0x0000000000000000000000001p0", "0x1p99999999999999999999", "0x1p-99999999999999999999",
    "1e99999999999999999999", "1e-99999999999999999999", "0e99999999999999999999", "1.5.3", "1..5", "+-1", "- 1",
    "12abc", "1.2.3e4", "1e5e6", "0x1.8p1.5", "0.000001e+000000000000000000000000000006",
    "1" + "0".repeat(400), "0." + "0".repeat(330) + "1", "1" + "0".repeat(5000) + "e-5000", digits(5000) + "e-5000",
    "0." + "0".repeat(323) + "24703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125",
  ];
}

function generatedCases() {
  const cases = [];
  for (let i = 0; i < 1500; i++) {  // between adjacent doubles
    const { m, e } = randomMidpoint(53, -1074, 1023);
    cases.push(...variants(exactDecimal(m, e)));
  }
  for (let i = 0; i < 1500; i++) {  // between adjacent floats: where a cast from double would round twice
    const { m, e } = randomMidpoint(24, -149, 127);
    cases.push(...variants(exactDecimal(m, e)));
  }
  for (let i = 0; i < 1500; i++) {  // what printf and JavaScript write
    const bits = new DataView(new ArrayBuffer(8));
    bits.setUint32(0, Math.floor(next() * 0x7ff00000));
    bits.setUint32(4, Math.floor(next() * 2 ** 32));
    const d = bits.getFloat64(0);
    cases.push(String(d), d.toPrecision(17), d.toExponential(int(0, 20)), `-${d.toPrecision(int(1, 21))}`);
  }
  for (let i = 0; i < 2000; i++) {  // random decimals, 1 to 40 digits (and a few long ones)
    const n = i % 50 === 0 ? int(100, 800) : int(1, 40);
    let s = digits(n, "0123456789");
    if (next() < 0.7) { const at = int(0, n); s = `${s.slice(0, at)}.${s.slice(at)}`; }
    if (next() < 0.8) s += `${pick("eE")}${pick(["", "+", "-"])}${int(0, 360)}`;
    cases.push(`${pick(["", "", "-", "+", " "])}${s}`);
  }
  for (let i = 0; i < 1000; i++) {  // near the least normal values, the least subnormals and the largest values
    const base = pick(["2.225073858507201", "2.2250738585072", "4.94065645841246", "2.47032822920623", "1.7976931348623",
      "1.1754942", "1.17549435", "1.4012984", "7.00649232", "3.4028234", "3.40282357"]);
    const exponent = { "2.225073858507201": -308, "2.2250738585072": -308, "4.94065645841246": -324,
      "2.47032822920623": -324, "1.7976931348623": 308, "1.1754942": -38, "1.17549435": -38, "1.4012984": -45,
      "7.00649232": -46, "3.4028234": 38, "3.40282357": 38 }[base];
    cases.push(`${base}${digits(int(1, 30), "0123456789")}e${exponent}`);
  }
  for (let i = 0; i < 2000; i++) {  // hexadecimal floats
    const n = int(1, 24);
    let s = Array.from({ length: n }, () => pick("0123456789abcdefABCDEF")).join("");
    if (next() < 0.6) { const at = int(0, n); s = `${s.slice(0, at)}.${s.slice(at)}`; }
    if (next() < 0.9) s += `${pick("pP")}${pick(["", "+", "-"])}${pick([int(0, 40), int(1000, 1180), int(100, 160)])}`;
    cases.push(`${pick(["", "-", "+"])}0${pick("xX")}${s}`);
  }
  for (let i = 0; i < 3000; i++) {  // the grammar's characters in random order: end pointers
    cases.push(Array.from({ length: int(0, 10) }, () => pick(" \t+-.0123456789eEpPxXaAfFiInNtTyY()_")).join(""));
  }
  return cases;
}

function reference(inputs) {
  const hex = inputs.map((s) => Buffer.from(s, "latin1").toString("hex")).join("\n") + "\n";
  const run = spawnSync(referencePath, { input: hex, maxBuffer: 1 << 28, encoding: "utf8" });
  assert.equal(run.status, 0, `strtod_reference failed: ${run.stderr}`);
  return run.stdout.split("\n").slice(0, inputs.length);
}

async function probe() {
  const create = createRequire(import.meta.url)(probePath);
  return create({ wasmBinary: readFileSync(probePath.replace(/\.js$/, ".wasm")) });
}
function call(module, fn, s) {
  const size = module.lengthBytesUTF8(s) + 1;
  const p = module._malloc(size);
  module.stringToUTF8(s, p, size);
  const result = fn(p);
  module._free(p);
  return result;
}

test("the web build's strtod and strtof answer as glibc's on the hard cases and thousands of generated inputs", async () => {
  for (const [file, what] of [[probePath, "the wasm test module"], [referencePath, "the native reference"]]) {
    assert.ok(existsSync(file), `no ${what} at ${file}: run scripts/build-web.sh first`);
  }
  const inputs = [...hardCases(), ...generatedCases()];
  assert.ok(inputs.length > 20000, `only ${inputs.length} inputs`);
  const expected = reference(inputs);
  assert.equal(expected.length, inputs.length);
  // Anchors that do not depend on glibc: 0.1, 1e23, the end pointer at the start, ERANGE.
  assert.equal(expected[0], "3fb999999999999a 3 - 3dcccccd 3 -");
  assert.equal(expected[1], "44b52d02c7e14af6 4 - 65a96816 4 -");
  assert.equal(expected[inputs.indexOf("1e400")], "7ff0000000000000 5 R 7f800000 5 R");
  assert.equal(expected[inputs.indexOf(".")], "0000000000000000 0 - 00000000 0 -");

  const module = await probe();
  const mismatches = [];
  const strtold = [];
  inputs.forEach((s, i) => {
    const got = call(module, (p) => module.UTF8ToString(module._mm_strtod_probe(p)), s);
    if (got !== expected[i]) mismatches.push(`${JSON.stringify(s.length > 80 ? s.slice(0, 80) + "…" : s)}: wasm ${got}, glibc ${expected[i]}`);
    if (!call(module, (p) => module._mm_strtold_agrees(p), s)) strtold.push(JSON.stringify(s));
  });
  assert.deepEqual(mismatches.slice(0, 20), [], `${mismatches.length} of ${inputs.length} inputs differ`);
  assert.deepEqual(strtold.slice(0, 20), [], "strtold or an _l form answers otherwise than strtod / strtof, or nothing parsed without EINVAL");
  // That check can fail: "." parses nothing, and must have said so with EINVAL.
  assert.ok(inputs.includes(".") && inputs.includes("-"), "inputs that parse nothing");
});

test("the published page reads JSON numbers with a fraction or an exponent through it", async () => {
  const story = readFileSync(join(repo, "assets/stories/witkoff-call-leak.json"), "utf8");
  assert.match(story, /"strength": 3,/);
  const exponent = story.replace(/"strength": 3,/g, '"strength": 30e-1,').replace(/"rank": 1,/g, '"rank": 1.0,');
  const fraction = story.replace(/"strength": 3,/, '"strength": 2.5,');
  const json = (text) => (req, res) => res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(text);
  const { server, url: base } = await serve({ "/numbers/exponent.json": json(exponent), "/numbers/fraction.json": json(fraction) });
  const browser = await launch();
  try {
    {
      const { page, errors, context } = await open(browser, `${base}/?story=/numbers/exponent.json`);
      await waitForFirstFrame(page);
      assert.equal((await page.evaluate(() => window.motiveMatrix.state())).ready, true);
      assert.equal(await page.locator("#mm-alert").isVisible(), false);
      assert.deepEqual(errors, []);
      await context.close();
    }
    {
      const { page, context } = await open(browser, `${base}/?story=/numbers/fraction.json`);
      const alert = page.locator("#mm-alert");
      await alert.waitFor({ state: "visible", timeout: 30000 });
      assert.match(await alert.innerText(), /expected a whole number, found 2\.5\b/);
      await context.close();
    }
  } finally {
    await browser.close();
    server.closeAllConnections?.();
    server.close();
  }
});
