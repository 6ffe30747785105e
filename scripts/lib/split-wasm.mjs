// split-wasm.mjs — splits the explainer's module in two with binaryen's wasm-split (Debian's, the
// binaryen Emscripten 3.1.6 comes with: its placeholders are what that glue's -sSPLIT_MODULE
// expects, and the npm binaryen pinned for wasm-opt ships no wasm-split), guided by a profile of
// readers' visits, so that a reader's first load carries only the code reading runs (issue 16's
// 240 KB). Run by scripts/build-web.sh
// between the web build and publishing:
//
//   node scripts/lib/split-wasm.mjs --site build/web/site --whole build/web/motive-matrix.whole.wasm
//        --cli build/native-tools/motive-matrix --work build/web/split
//
// 1. The whole module (linked and shrunk by cmake/WebApp.cmake) goes into the site, which is
//    published into <work>/dist as it is;
// 2. an instrumented copy of it runs the readers' visits there (scripts/lib/reader-profile.mjs);
// 3. the functions that ran stay in site/motive-matrix.wasm (the first load); the others go to
//    site/motive-matrix.deferred.wasm, which the page fetches on the reader's first interaction
//    and, should a deferred function be called before it has come, at once (web/js/deferred.js).
//
// The glue (-sSPLIT_MODULE) fills each deferred function's table slot with a "placeholder" import
// until then. The result is refused unless the first half imports what the whole module imports
// plus placeholders, exports at least what it exports, and the deferred half imports only the
// first half's exports.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FEATURES, FLAGS, WASM_OPT, boundary } from "./wasm-opt.mjs";
import { fixtureStories, recordProfiles } from "./reader-profile.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const WASM = "motive-matrix.wasm", DEFERRED = "motive-matrix.deferred.wasm";

function wasmSplit(args) {
  execFileSync(process.env.MM_WASM_SPLIT || "wasm-split", [...FEATURES, ...args], { stdio: ["ignore", "ignore", "inherit"] });
}

const moduleOf = (bytes) => new WebAssembly.Module(bytes);
const key = (d) => `${d.module}.${d.name}:${d.kind}`;

// Throws unless the halves fit the glue and each other (see the header).
export function checkHalves(whole, primary, deferred) {
  const w = moduleOf(whole), p = moduleOf(primary), d = moduleOf(deferred);
  const wImports = WebAssembly.Module.imports(w).map(key);
  const pImports = WebAssembly.Module.imports(p);
  const own = pImports.filter((i) => i.module !== "placeholder").map(key);
  if (JSON.stringify(own) !== JSON.stringify(wImports)) throw new Error("the first half's imports differ from the whole module's");
  if (!pImports.some((i) => i.module === "placeholder")) throw new Error("the first half has no placeholders: nothing was split off");
  const pExports = new Map(WebAssembly.Module.exports(p).map((e) => [e.name, e.kind]));
  for (const e of WebAssembly.Module.exports(w)) {
    if (pExports.get(e.name) !== e.kind) throw new Error(`the first half lacks the export ${e.name} (${e.kind})`);
  }
  for (const i of WebAssembly.Module.imports(d)) {
    if (i.module !== "primary" || pExports.get(i.name) !== i.kind) throw new Error(`the deferred half imports ${key(i)}, which the first half does not export`);
  }
}

function publishedWasm(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const m = /\sdata-wasm="([^"]+)"/.exec(html);
  if (!m) throw new Error(`${dist}/index.html names no data-wasm`);
  return m[1];
}

async function main(argv) {
  const opt = (name) => { const i = argv.indexOf(name); if (i < 0 || !argv[i + 1]) throw new Error(`missing ${name}`); return argv[i + 1]; };
  const site = opt("--site"), wholePath = opt("--whole"), cli = opt("--cli"), work = opt("--work");
  const whole = readFileSync(wholePath);
  mkdirSync(work, { recursive: true });
  // 1. The whole module, published as it is.
  copyFileSync(wholePath, join(site, WASM));
  rmSync(join(site, DEFERRED), { force: true });
  const dist = join(work, "dist");
  execFileSync(process.execPath, [join(here, "publish.mjs"), "--site", site, "--out", dist, "--cli", cli], { stdio: ["ignore", "ignore", "inherit"] });
  // 2. The readers' visits, on an instrumented copy.
  const instrumentedPath = join(work, "instrumented.wasm");
  wasmSplit(["--instrument", wholePath, "-o", instrumentedPath]);
  const { launch } = await import(join(repo, "tests", "browser", "harness.mjs"));
  const profiles = await recordProfiles({ dist, wasmPath: publishedWasm(dist), instrumented: readFileSync(instrumentedPath),
    stories: fixtureStories(repo), launch });
  const files = profiles.map((p, i) => { const f = join(work, `visit-${i}.profile`); writeFileSync(f, p.bytes); return f; });
  const merged = join(work, "readers.profile");
  wasmSplit(["--merge-profiles", ...files, "-o", merged]);
  // 3. The split.
  const primaryPath = join(work, "primary.wasm"), deferredPath = join(work, "deferred.wasm");
  wasmSplit(["--split", `--profile=${merged}`, wholePath, "-o1", primaryPath, "-o2", deferredPath]);
  // wasm-split leaves the first half's code as it was; binaryen's optimizer shrinks it once more
  // (−1.9 KB brotli), leaving its imports and exports, which the second half is linked against, alone.
  const split = readFileSync(primaryPath);
  execFileSync(process.execPath, [WASM_OPT, primaryPath, ...FLAGS, "-o", primaryPath], { stdio: ["ignore", "ignore", "inherit"] });
  const primary = readFileSync(primaryPath), deferred = readFileSync(deferredPath);
  if (boundary(primary) !== boundary(split)) throw new Error("wasm-opt changed the first half's imports or exports");
  checkHalves(whole, primary, deferred);
  copyFileSync(primaryPath, join(site, WASM));
  copyFileSync(deferredPath, join(site, DEFERRED));
  console.log(`split-wasm: ${profiles.length} readers' visits; ${whole.length} bytes -> ${primary.length} (first load) + ${deferred.length} (deferred)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e) => { console.error(`split-wasm.mjs: ${e.stack || e.message}`); process.exit(1); });
}
