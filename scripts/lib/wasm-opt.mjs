// wasm-opt.mjs — shrinks the linked explainer's .wasm in place with binaryen's wasm-opt (the npm
// package pinned in scripts/binaryen, newer than the binaryen inside Emscripten 3.1.6), and refuses
// the result unless its imports and exports are exactly the ones the Emscripten glue was written
// for. Run by cmake/WebApp.cmake after every link of the explainer.
// Usage: node scripts/lib/wasm-opt.mjs file.wasm [--relink-on-failure file.js]
//
// Only size passes run: emcc's own wasm-opt has already optimised and minified the module, so this
// pass keeps the WebAssembly features the module is compiled with (FEATURES) and changes no name
// the glue uses. docs/benchmarks.md ("Levers") has the flags that were weighed.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// The WebAssembly features the module is compiled with, read from MM_WASM_FEATURES in
// cmake/WebApp.cmake (emcc strips the target_features section, so wasm-opt must be told; one list,
// so that wasm-opt never enables a feature the compiler was not allowed): clang's -m<name> is
// binaryen's --enable-<name>, but for the saturating casts' longer name.
const BINARYEN_NAME = { "nontrapping-fptoint": "nontrapping-float-to-int" };
export function features(cmakeText) {
  const m = /set\(MM_WASM_FEATURES ([^)]*)\)/.exec(cmakeText);
  if (!m) throw new Error("cmake/WebApp.cmake: no set(MM_WASM_FEATURES ...)");
  return m[1].trim().split(/\s+/).map((f) => {
    if (!f.startsWith("-m")) throw new Error(`MM_WASM_FEATURES: ${f} is not a -m<feature> flag`);
    const name = f.slice(2);
    return `--enable-${BINARYEN_NAME[name] || name}`;
  });
}
export const FEATURES = features(readFileSync(join(here, "..", "..", "cmake", "WebApp.cmake"), "utf8"));
export const FLAGS = ["-Oz", "--converge", "--mvp-features", ...FEATURES];
export const WASM_OPT = join(here, "..", "binaryen", "node_modules", "binaryen", "bin", "wasm-opt");

// What the glue sees of a module: its imports and exports, in order, with their kinds.
export function boundary(bytes) {
  const m = new WebAssembly.Module(bytes);
  return JSON.stringify({ imports: WebAssembly.Module.imports(m), exports: WebAssembly.Module.exports(m) });
}

function main(argv) {
  const file = argv[0];
  const i = argv.indexOf("--relink-on-failure");
  const stale = i >= 0 ? argv[i + 1] : null;
  const tmp = `${file}.opt.tmp`;
  try {
    if (!existsSync(WASM_OPT)) throw new Error(`no ${WASM_OPT}: run scripts/setup.sh (or scripts/build-web.sh), which installs it`);
    const before = readFileSync(file);
    execFileSync(process.execPath, [WASM_OPT, file, ...FLAGS, "-o", tmp], { stdio: "inherit" });
    const after = readFileSync(tmp);
    if (boundary(after) !== boundary(before)) throw new Error("wasm-opt changed the module's imports or exports: the glue would not match");
    renameSync(tmp, file);
    console.log(`wasm-opt ${FLAGS.join(" ")}: ${file} ${before.length} -> ${after.length} bytes`);
  } catch (e) {
    rmSync(tmp, { force: true });
    // The link's output would otherwise look up to date, and the next build would ship an
    // unoptimised module without a word.
    if (stale) rmSync(stale, { force: true });
    console.error(`wasm-opt.mjs: ${e.message}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
