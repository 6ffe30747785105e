// deferred.js — the module's second half (scripts/lib/split-wasm.mjs splits it when building):
// the code a reader's visit does not run until they ask for something (the tour, the lens,
// presenter mode, the classroom, the downloads, the text size…). The first load leaves it out.
// It is fetched on the reader's first interaction with the page (or at once in a mode that needs
// it), then instantiated against the first half's exports, which puts its functions into the
// table slots where the glue had placeholders. Should one of them be called before the half has
// come, the glue asks for it there and then (Module.loadSplitModule): a synchronous fetch, a last
// resort that the console reports.
// Provides: fetchDeferred, whenDeferred, loadDeferredNow, fetchDeferredOnInteraction. Uses: M, config, warn,
// fromBase64, stopInteractive (bridge.js).
var deferredIn = !config.wasmDeferred && !(config.inline && config.inline.deferred); // a whole module: nothing to add
var deferredP = null;

function deferredImports() { return { primary: M.asm }; }

// Fetches and adds the half once; resolves when it is in. A failure is said and forgotten: the
// next call (or a deferred function's, synchronously) tries again.
function fetchDeferred() {
  if (deferredIn || !M) return Promise.resolve();
  if (!deferredP) {
    var bytes = config.inline && config.inline.deferred ? Promise.resolve(fromBase64(config.inline.deferred))
      : fetch(config.wasmDeferred, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.arrayBuffer();
      });
    // Compiled and instantiated asynchronously (older Chromium, 114 still, refused to compile a
    // module over 4 KB synchronously on the main thread). A deferred call may add it meanwhile (loadDeferredNow): a second
    // instance would only write the same functions into the same table slots, so it is skipped.
    deferredP = bytes.then(function (b) { return WebAssembly.compile(b); }).then(function (module) {
      return deferredIn || !M ? null : WebAssembly.instantiate(module, deferredImports());
    }).then(function (instance) {
      if (instance) deferredIn = true;
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
// added synchronously (Chromium since 2023 compiles up to 8 MB so on the main thread, Firefox and
// Safari any size); if it cannot be, the interactive view stops the way it does on any fault, with
// the text version in its place.
function loadDeferredNow(file, imports) {
  if (deferredIn) return;
  warn("the rest of the explainer was needed before it had come; fetching it now");
  try {
    var bytes;
    if (config.inline && config.inline.deferred) bytes = fromBase64(config.inline.deferred);
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
    new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
    deferredIn = true;
  } catch (e) {
    warn("the rest of the explainer (" + config.wasmDeferred + ") could not be loaded: " + (e && e.message ? e.message : e));
    stopInteractive("network");
    throw e;
  }
}

// The reader's first sign of interest (a pointer over the page, a touch, a key, the focus)
// starts the fetch, ahead of what they will ask for. Reading alone never fetches it.
function fetchDeferredOnInteraction() {
  if (deferredIn) return;
  var kinds = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "focusin"];
  function first() {
    kinds.forEach(function (k) { document.removeEventListener(k, first, true); });
    fetchDeferred();
  }
  kinds.forEach(function (k) { document.addEventListener(k, first, { capture: true, passive: true }); });
}
