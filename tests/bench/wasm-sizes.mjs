// wasm-sizes.mjs — where the bytes of a .wasm go: section sizes and, if the file has a name
// section (link with --profiling-funcs), per-function code sizes grouped by origin.
// Usage: node tests/bench/wasm-sizes.mjs file.wasm [--top N] [--json]
import { readFileSync } from "node:fs";

export function wasmSizes(buf) {
  let p = 8;
  const u32 = () => { let r = 0, s = 0, b; do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
  const str = () => { const n = u32(); const t = buf.toString("utf8", p, p + n); p += n; return t; };
  const sections = [], bodies = [], names = new Map();
  let imported = 0;
  while (p < buf.length) {
    const id = buf[p++]; const size = u32(); const start = p, end = p + size;
    let name = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"][id] || `#${id}`;
    if (id === 0) {
      const cname = str(); name = `custom:${cname}`;
      if (cname === "name") {
        while (p < end) {
          const sub = buf[p++]; const ssize = u32(); const send = p + ssize;
          if (sub === 1) { const n = u32(); for (let i = 0; i < n; i++) { const idx = u32(); names.set(idx, str()); } }
          p = send;
        }
      }
    } else if (id === 2) {
      const n = u32();
      for (let i = 0; i < n; i++) {
        str(); str(); const kind = buf[p++];
        if (kind === 0) { u32(); imported++; } else if (kind === 1) { p++; const f = u32(); u32(); if (f & 1) u32(); }
        else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 3) { p += 2; }
      }
    } else if (id === 10) {
      const n = u32();
      for (let i = 0; i < n; i++) { const s = u32(); bodies.push(s); p += s; }
    }
    sections.push({ name, size: end - start });
    p = end;
  }
  const functions = bodies.map((size, i) => ({ name: names.get(imported + i) || `f${imported + i}`, size }));
  return { total: buf.length, sections, functions };
}

// Rough origin of a (demangled) function name.
export function origin(name) {
  if (/^(SDL_|Emscripten_|SDL2?_|Blit|SDL_Blit|SDL_RLE|Map|Calc|Init|SDL_Soft|GLES2_|SW_|SDL_SW|RLE|BlitNto|Blit[0-9]|SDL_Calculate|SDL_Convert|SDL_FillRect|SDL_[A-Z]|yuv|ConvertPixels|SDL_hid)/.test(name)) return "SDL2";
  if (/nlohmann/.test(name)) return "nlohmann::json";
  if (/^ImGui_Impl/.test(name)) return "imgui backends";
  if (/(^|::|\b)(ImGui|Im[A-Z][A-Za-z]*|stbtt|stb_|stbrp|STB_)/.test(name) || /^Im[A-Z]/.test(name)) return "Dear ImGui";
  if (/^mm::|^mm_|\(anonymous namespace\)|^main$/.test(name)) return "motive-matrix";
  if (/^std::|^void std::|__cxx|__2::|operator (new|delete)|^__cxa|^__gxx|^_Znwm|^std/.test(name)) return "libc++";
  if (/^(em_|emscripten_|_emscripten|dlmalloc|emmalloc|malloc|free|realloc|memcpy|memset|memmove|strlen|str|printf|vfprintf|fmt_|__|sn?printf|vsn?printf|qsort|fwrite|pop_arg|frexp|atof|strtod|scanf|vsscanf|sscanf|__shgetc|__floatscan|decfloat|hexfloat|scanexp|__intscan|wcrtomb|sqrt|pow|exp|log|sin|cos|tan|acos|asin|atan|fmod|floor|ceil|round|ldexp|fabs|iswspace|isspace|tolower|toupper|abort|getenv|setlocale|out|pad|fmt|getint|atoi|atol|dummy|stack|__syscall|sbrk|emmalloc_)/.test(name)) return "libc";
  return "other";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const top = Number(process.argv[process.argv.indexOf("--top") + 1]) || 40;
  const r = wasmSizes(readFileSync(file));
  if (process.argv.includes("--json")) { console.log(JSON.stringify(r)); process.exit(0); }
  console.log(`${file}: ${r.total} bytes`);
  for (const s of r.sections) console.log(`  section ${s.name.padEnd(24)} ${String(s.size).padStart(8)}`);
  const groups = {};
  for (const f of r.functions) { const g = origin(f.name); (groups[g] ||= { n: 0, size: 0 }); groups[g].n++; groups[g].size += f.size; }
  console.log("code by origin:");
  for (const [g, v] of Object.entries(groups).sort((a, b) => b[1].size - a[1].size)) console.log(`  ${g.padEnd(20)} ${String(v.size).padStart(8)} bytes in ${v.n} functions`);
  console.log(`largest ${top} functions:`);
  for (const f of [...r.functions].sort((a, b) => b.size - a.size).slice(0, top)) console.log(`  ${String(f.size).padStart(7)} ${origin(f.name).padEnd(16)} ${f.name.slice(0, 140)}`);
}
