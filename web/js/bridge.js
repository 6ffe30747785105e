// bridge.js — the page's side of the page↔wasm boundary (src/platform/page_api.h lists it all):
// creates the module, passes strings and bytes, installs the Module.mmOn* hooks, forwards input,
// keeps the canvas sized, and stops for good when the module cannot go on. Only this file calls
// the module's mm_* functions; names, not numbers, cross (views, keys, font files, themes).
// Provides: createModule, startModule, isReady, stopped, stopInteractive, fromBase64, loadStory,
// localeFor, setLocale, setMode, classroom,
// addFont, setView, setLens, select, currentState, lastState, setTheme, setFontScale, setPageVisible,
// textHtml, matrixCsv, warmLoader, drawForImage, probe, probeJson, resize, tour, setPresenter. Uses: config, warn, postHeight and watchVisibility
// (host.js), the elements and alerts of chrome.js and its showLens, emit (api.js), loadDeferredNow
// and fetchDeferredOnInteraction (deferred.js).
var M = null;               // the module once the page runs it
var ready = false;          // its first frame is on screen
var stopped = null;         // why it stopped ("memory", "error", "network"), or null
// What state() answers until the module can (its own state document: page_api.h).
var lastState = { selection: { kind: "none" }, view: "both", hash: "", lens: "all", ready: false, mode: config.mode };
var liveEl = document.getElementById("mm-live");
var canvas = document.getElementById("canvas");

function isReady() { return !!M && ready; }

// The module's malloc returns 0 when the browser refuses more memory (ABORTING_MALLOC=0):
// writing there would corrupt the heap, so that ends the interactive view instead.
function allocate(n) {
  var p = M._malloc(n);
  if (!p) { stopInteractive("memory"); throw new Error("out of memory"); }
  return p;
}
// Passes JS strings to an exported (const char*, …) function. (The module is held in `m`: a
// failed allocation stops it, and M with it, before the memory already taken is freed.)
function callString(fn) {
  var m = M, ptrs = [];
  try {
    for (var i = 1; i < arguments.length; i++) {
      var n = m.lengthBytesUTF8(arguments[i]) + 1, p = allocate(n);
      ptrs.push(p);
      m.stringToUTF8(arguments[i], p, n);
    }
    return fn.apply(null, ptrs);
  } finally { ptrs.forEach(function (p) { m._free(p); }); }
}
function passBytes(bytes, fn) {
  var m = M, p = allocate(bytes.length || 1);
  m.HEAPU8.set(bytes, p);
  try { return fn(p, bytes.length); } finally { m._free(p); }
}
function fromBase64(b64) {
  var bin = atob(b64), out = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// ---- the module and its hooks (wasm → page)
function createModule() {
  return createMotiveMatrix({
    canvas: canvas,
    locateFile: function (path) { return /\.wasm$/.test(path) ? config.wasm : path; },
    wasmBinary: config.inline && config.inline.wasm ? fromBase64(config.inline.wasm) : undefined,
    loadSplitModule: loadDeferredNow,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); },
    mmOnFirstFrame: function () {
      performance.mark("first-frame");
      root.classList.add("mm-ready");
      ready = true;
      lastState = currentState();
      tourButton(lastState);
      showLens(lastState.lens);
      emit("ready", lastState);
    },
    // The selection changed: apply the hash C++ wrote (replaceState fires no "hashchange", so this
    // never loops back), speak the description, tell the listeners.
    mmOnSelect: function (json) {
      var lensBefore = lastState.lens, stepBefore = lastState.step;
      lastState = JSON.parse(json);
      if (lastState.hash !== location.hash) history.replaceState(null, "", location.pathname + location.search + lastState.hash);
      showLens(lastState.lens);
      // A lens change is spoken as such (unless a tour step brought it: the step says itself);
      // otherwise what the selection became.
      liveEl.textContent = lastState.lens !== lensBefore && lastState.step === stepBefore ? lastState.lensDescription
        : lastState.selection.kind === "none" ? t("page.selection_cleared") : lastState.description;
      tourButton(lastState);
      emit("select", lastState);
    },
    mmOnContentHeight: function (h) { lastState.contentHeight = h; postHeight(h); },
    mmOnGraphics: function (available) {
      statusEl.classList.toggle("mm-paused", !available);
      setStatus(available ? "" : t("page.graphics_paused"));
      root.classList.toggle("mm-ready", available);
    },
    mmOnFatal: function (message) { showAlert(t("alert.could_not_start"), message); },
    mmOnOutOfMemory: function () { stopInteractive("memory"); },
    onAbort: function () { stopInteractive("error"); }
  });
}

// The module stops for good when it runs out of memory (the browser refused to grow its heap),
// aborts on a bug, or needs its second half and cannot fetch it (deferred.js). The page then says
// so, shows the text version (the whole story) in its place, and never calls into the module
// again: no blank box, no frozen page.
function stopInteractive(why) {
  if (stopped) return;
  stopped = why;
  M = null;
  ready = false;
  root.classList.remove("mm-ready");
  var memory = why === "memory";
  if (!textIsCurrent) setTextVersion("");  // never leave "Loading the story…" behind
  showAlert(t(memory ? "alert.out_of_memory" : "alert.stopped"),
    t(memory ? "alert.memory_body" : why === "network" ? "alert.network_body" : "alert.stopped_body") + " " +
    (textIsCurrent ? t("alert.text_below") + " " : "") +
    t(memory ? "alert.close_tabs" : "alert.reload_may_help"),
    null, function () { location.reload(); }, { keepText: true, retryLabel: t("alert.reload") });
  warn("the interactive view stopped (" + why + ")");
}
// A trap inside the wasm (a bug) surfaces as an uncaught WebAssembly.RuntimeError.
window.addEventListener("error", function (e) {
  if (e.error instanceof WebAssembly.RuntimeError) stopInteractive("error");
});

// ---- page → wasm
// Takes the created module into use; the first time, wires the page's input to it.
var wired = false;
function startModule(module) {
  M = module;
  if (!wired) { wired = true; wireInput(); fetchDeferredOnInteraction(); }
}
function addFont(file, buffer) {
  if (!passBytes(new Uint8Array(buffer), function (p, n) { return callString(function (f) { return M._mm_add_font(f, p, n); }, file); })) {
    warn("the font file " + file + " is not one of the explainer's faces");
  }
}
// { ok, errors, warnings, diagnostics: [{ severity, path, line, column, message, text }], title, id }
function loadStory(text) {
  var result = JSON.parse(M.UTF8ToString(passBytes(new TextEncoder().encode(text), M._mm_load_story)));
  result.diagnostics.filter(function (d) { return d.severity === "warning"; })
    .forEach(function (d) { console.warn("motive-matrix story: " + d.text); });
  return result;
}
// V8 compiles a WebAssembly function the first time it is called, on the main thread: a dry run
// of the loader on an empty object, which it refuses without changing anything (no story is
// shown, the last one stays), compiles the loader's code in a task of its own, before the story's.
function warmLoader() { passBytes(new Uint8Array([123, 125]), M._mm_load_story); }
// The shipped interface language for a tag: { tag, sameLanguage, rtl } (page_api.h).
function localeFor(tag) { return JSON.parse(M.UTF8ToString(callString(M._mm_locale_for, tag || ""))); }
// Hands a locale file to the module (English: no text); warns when it is refused.
function setLocale(tag, text) {
  var why = M.UTF8ToString(text ? passBytes(new TextEncoder().encode(text), function (p, n) {
    return callString(function (tp) { return M._mm_set_locale(tp, p, n); }, tag);
  }) : callString(function (tp) { return M._mm_set_locale(tp, 0, 0); }, "en"));
  if (why) warn(why);
  return !why;
}
// The evidence lens: "all", "facts", "attributed", "analysis". Returns false for another name.
function setLens(name) {
  return isReady() && callString(M._mm_set_lens, String(name === undefined || name === null ? "all" : name)) === 1;
}
function setView(name) {
  if (!callString(M._mm_set_view, name)) warn("ignoring unknown view “" + name + "” (expected matrix, timeline or both)");
}
// target: a hash ("#event=leak"), { event: "leak" }, { cell: [suspect, motive] }, or null.
function select(target) {
  var json;
  try { json = JSON.stringify(target === undefined ? null : target); } catch (e) { json = "{}"; }
  return callString(M._mm_select, json) === 1;
}
// The classroom modes (page_api.h, mm_set_mode and mm_classroom).
function setMode(name) { return !!M && callString(M._mm_set_mode, name) === 1; }
function classroom(command) { return JSON.parse(M.UTF8ToString(callString(M._mm_classroom, JSON.stringify(command)))); }
function currentState() { return JSON.parse(M.UTF8ToString(M._mm_state())); }
function setTheme(dark) {
  if (!M) return;
  var why = M.UTF8ToString(callString(M._mm_set_theme, dark ? "dark" : "light", config.transparent ? "transparent" : "", config.accent));
  if (why) warn(why);
}
function setFontScale(s) { if (M) M._mm_set_font_scale(s); }
// The guided tour's step n (1-based), or 0 to end it; false for a step the tour lacks.
function tour(n) { return M ? M._mm_tour(n | 0) === 1 : false; }
function setPresenter(on) { if (M) M._mm_set_presenter(on ? 1 : 0); }
function setPageVisible(visible) { if (M) M._mm_set_page_visible(visible ? 1 : 0); }
function textHtml() { return M ? M.UTF8ToString(M._mm_text_html()) : null; }
function matrixCsv() { return M ? M.UTF8ToString(M._mm_matrix_csv()) : ""; }
// A PNG of what is on screen, drawn by the module at `scale` × the CSS size (page_api.h,
// mm_draw_for_image). SDL sizes the canvas by window.devicePixelRatio, so the page says `scale`
// for the length of the call; the canvas is read in the same task (toBlob copies it at once),
// then everything goes back to the screen's ratio.
function drawForImage(scale) {
  if (!M) return Promise.reject(new Error("the explainer is not ready"));
  var own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  var real = window.devicePixelRatio || 1, drawn = 0, result;
  try {
    Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: function () { return scale; } });
    drawn = M._mm_draw_for_image(scale);
    result = new Promise(function (ok, fail) {
      if (!drawn) { fail(new Error("the explainer could not draw the image")); return; }
      canvas.toBlob(function (blob) { if (blob) ok(blob); else fail(new Error("the browser could not encode the image")); }, "image/png");
    });
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own); else delete window.devicePixelRatio;
    var r = stage.getBoundingClientRect();
    if (drawn && r.width > 0 && r.height > 0) M._mm_resize(Math.round(r.width), Math.round(r.height), real);
  }
  return result;
}
function probe(on) { M._mm_probe(on ? 1 : 0); }
function probeJson() { return JSON.parse(M.UTF8ToString(M._mm_probe_json())); }
function resize() {
  var r = stage.getBoundingClientRect();
  if (M && r.width > 0 && r.height > 0) M._mm_resize(Math.round(r.width), Math.round(r.height), window.devicePixelRatio || 1);
}
function wake() { if (M) M._mm_wake(); }
function watchDevicePixelRatio() { // moving the window to another screen, or zooming
  var mq = matchMedia("(resolution: " + (window.devicePixelRatio || 1) + "dppx)");
  mq.addEventListener("change", function once() { mq.removeEventListener("change", once); resize(); watchDevicePixelRatio(); });
}

// ---- input
// Keys the explainer handles itself (src/core/keyboard_nav.h), by command name. They never reach
// SDL, so the page decides per key whether the browser's default runs: Tab leaves the canvas
// after the last panel instead of being trapped.
var NAV = { Tab: "next-panel", ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down",
            Home: "home", End: "end", Enter: "activate", " ": "activate", Escape: "clear",
            PageDown: "next-step", PageUp: "previous-step" };
// Presentation clickers send these wherever the focus is: while the tour runs they move it
// (src/core/tour.h), unless the reader is typing.
var TOUR_KEYS = { PageDown: "next-step", PageUp: "previous-step", ArrowRight: "right", ArrowLeft: "left" };
function nav(command) { return callString(M._mm_nav, command); }
function onKey(e) {
  if (!isReady() || e.altKey || e.ctrlKey || e.metaKey || !(e.key in NAV)) return;
  e.stopPropagation();
  if (nav(e.key === "Tab" && e.shiftKey ? "previous-panel" : NAV[e.key])) e.preventDefault();
}
function wireInput() {
  stage.addEventListener("keydown", onKey, true);
  stage.addEventListener("keyup", function (e) { if (e.key in NAV) e.stopPropagation(); }, true);
  stage.addEventListener("blur", function () { if (isReady()) nav("blur"); });
  document.addEventListener("keydown", function (e) {
    if (!isReady() || lastState.step == null || e.altKey || e.ctrlKey || e.metaKey || !(e.key in TOUR_KEYS)) return;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable) return;
    if (nav(TOUR_KEYS[e.key])) e.preventDefault();
  });
  // Arriving by Tab (or Shift-Tab) puts the focus ring on the first (or last) panel at once.
  var shiftTab = false;
  document.addEventListener("keydown", function (e) { if (e.key === "Tab") shiftTab = e.shiftKey; }, true);
  stage.addEventListener("focus", function () {
    if (isReady() && stage.matches(":focus-visible")) nav(shiftTab ? "previous-panel" : "next-panel");
  });
  ["pointerdown", "pointermove", "pointerup", "pointercancel", "wheel", "keydown", "keyup", "touchstart",
   "touchmove", "touchend", "focus", "blur", "mouseleave"].forEach(function (t) {
    stage.addEventListener(t, wake, { passive: true });
  });
  document.addEventListener("pointerup", wake, { passive: true });
  new ResizeObserver(resize).observe(stage);
  watchDevicePixelRatio();
  // The reader edited the hash (or followed a link within the page): C++ reads it. The hash the
  // event carries, not location's: a selection made just before (its hash written by mmOnSelect
  // with replaceState in the next frame) may have put its own back by the time the event runs.
  window.addEventListener("hashchange", function (e) {
    if (isReady()) select(e.newURL ? new URL(e.newURL).hash : location.hash);
  });
  watchVisibility();
}
