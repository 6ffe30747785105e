// deferred.js — the module's second half (scripts/lib/split-wasm.mjs splits it when building):
// the code readers' visits do not run (scripts/lib/reader-profile.mjs) until they ask for
// something (the tour, the lens, presenter mode, the classroom, the downloads, the text size…).
// The first load leaves it out. It is fetched on the reader's first interaction with the page (a
// pointer over it, a touch, the wheel, a key, the focus), or as the page starts when it starts
// beyond reading (main.js), then instantiated against the first half's exports, which puts its
// functions into the table slots where the glue had placeholders. Should one of them be called
// before the half has come, the glue asks for it there and then (Module.loadSplitModule): a
// synchronous fetch and compile, a last resort that the console reports.
// Provides: fetchDeferred, whenDeferred, loadDeferredNow, fetchDeferredOnInteraction,
// deferredNeededAtStart. Uses: M, config, warn, fromBase64, stopInteractive (bridge.js).
var deferredIn = !config.wasmDeferred && !(config.inline && config.inline.deferred); // a whole module: nothing to add
var deferredP = null;

function deferredImports() { return { primary: M.asm }; }
function inlineDeferred() { return fromBase64(config.inline.deferred); }  // the offline file's
function addedDeferred() {
  deferredIn = true;
  performance.mark("mm-deferred");  // for tests and scripts/bench.sh
}

// Fetches and adds the half once; resolves when it is in. A failure is said and forgotten: the
// next call (or a deferred function's, synchronously) tries again.
function fetchDeferred() {
  if (deferredIn || !M) return Promise.resolve();
  if (!deferredP) {
    var bytes = config.inline && config.inline.deferred ? Promise.resolve(inlineDeferred())
      : fetch(config.wasmDeferred, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.arrayBuffer();
      });
    // Compiled and instantiated asynchronously. A deferred call may add the half meanwhile
    // (loadDeferredNow): then this one is not instantiated, or, if it already was, its functions
    // overwrite the same table slots with the same code (the half keeps no state of its own).
    deferredP = bytes.then(function (b) { return WebAssembly.compile(b); }).then(function (module) {
      return deferredIn || !M ? null : WebAssembly.instantiate(module, deferredImports());
    }).then(function (instance) {
      if (instance) addedDeferred();
    }).catch(function (e) {
      deferredP = null;
      warn("the rest of the explainer (" + config.wasmDeferred + ") could not be fetched yet: " + (e && e.message ? e.message : e));
    });
  }
  return deferredP;
}

// Runs fn once the half is in (or has failed to come: a deferred call then fetches it itself).
function whenDeferred(fn) { return fetchDeferred().then(fn); }

// Module.loadSplitModule: a deferred function was called before the half had come. Fetched and
// added synchronously; if it cannot be, the interactive view stops the way it does on any fault,
// with the text version in its place. (Called with the half in, the placeholder would only call
// itself again: that is a build whose halves do not match, said as such.)
function loadDeferredNow(file, imports) {
  if (deferredIn) throw new Error("a placeholder was called with the second half in: the two halves are not from one build");
  warn("the rest of the explainer was needed before it had come; fetching it now");
  var bytes, why = "network";
  try {
    if (config.inline && config.inline.deferred) bytes = inlineDeferred();
    else {
      var x = new XMLHttpRequest();
      x.open("GET", config.wasmDeferred, false);
      x.overrideMimeType("text/plain; charset=x-user-defined");  // the bytes, one per character
      x.send();
      if (x.status !== 200) throw new Error("HTTP " + x.status);
      var s = x.responseText;
      bytes = new Uint8Array(s.length);
      for (var i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i) & 255;
    }
    why = "error";
    new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
    addedDeferred();
  } catch (e) {
    warn("the rest of the explainer (" + config.wasmDeferred + ") could not be added: " + (e && e.message ? e.message : e));
    stopInteractive(why);
    throw e;
  }
}

// The last resort above compiles synchronously on the main thread, which current Chromium allows
// up to 8 MB, Firefox and Safari at any size, but Chromium 114 (2023) and earlier only up to 4 KB.
// A browser that refuses a 5 KB module (a header and one custom section) gets the half as the
// page starts instead: there a deferred call before the half had come would stop the explainer.
function deferredNeededAtStart() {
  if (deferredIn) return false;
  var n = 5000, size = n - 11, b = new Uint8Array(n);
  b.set([0, 97, 115, 109, 1, 0, 0, 0, 0, (size & 127) | 128, size >> 7]);  // "\0asm", version 1, section 0 of `size` bytes
  try { new WebAssembly.Module(b); return false; } catch (e) { return true; }
}

// The reader's first sign of interest (a pointer over the page, a touch, the wheel, a key, the
// focus) starts the fetch, ahead of what they will ask for. A page left to be read, untouched,
// never fetches it.
function fetchDeferredOnInteraction() {
  if (deferredIn) return;
  var kinds = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "focusin"];
  function first() {
    kinds.forEach(function (k) { document.removeEventListener(k, first, true); });
    fetchDeferred();
  }
  kinds.forEach(function (k) { document.addEventListener(k, first, { capture: true, passive: true }); });
}
