// main.js — start: the story, the fonts and the WebAssembly are fetched in parallel; once all are
// here the module gets the fonts and the story, then the view, theme, text size, the selection in
// the URL's hash, and its size. A failure anywhere is shown as an alert with "Try again".
// Provides: start(). Uses: everything above.

// A story with Latin Extended-A or Cyrillic characters needs the fonts' -Ext files too
// (src/core/glyph_coverage.h; a unit test keeps this class in step with it).
var NEEDS_EXT = /[\u0100-\u017F\u0400-\u045F]/;

function fetchBytes(url) {
  if (config.inline) {
    var i = config.fonts.concat(config.fontsExt).indexOf(url);
    if (i >= 0 && config.inline.fonts && config.inline.fonts[i]) return Promise.resolve(fromBase64(config.inline.fonts[i]).buffer);
  }
  return fetch(url, { credentials: "same-origin" }).then(function (r) {
    if (!r.ok) throw new Error("the server answered " + r.status + (r.statusText ? " " + r.statusText : ""));
    return r.arrayBuffer();
  });
}
// The story request gives up after `ms` and is aborted, so that "Try again" starts a fresh
// request instead of queueing behind a hung one.
function fetchText(url, ms) {
  var ctl = window.AbortController ? new AbortController() : null;
  var timer = setTimeout(function () { if (ctl) ctl.abort(); }, ms);
  return fetch(url, { credentials: "same-origin", signal: ctl ? ctl.signal : undefined }).then(function (r) {
    if (!r.ok) throw new Error("the server answered " + r.status + (r.statusText ? " " + r.statusText : ""));
    return r.text();
  }).then(function (text) { clearTimeout(timer); return text; }, function (err) {
    clearTimeout(timer);
    if (err && err.name === "AbortError") throw new Error("it took longer than " + ms / 1000 + " s");
    throw err;
  });
}
function hasWebGL2() {
  try { return !!document.createElement("canvas").getContext("webgl2"); } catch (e) { return false; }
}

function start() {
  applyTheme();
  var applyFont = wireControls();
  applyFont();
  var src = config.story;
  if (config.customStory) setTextVersion("<p>Loading the story…</p>");
  if (src.error) { setTextVersion(""); showAlert("This story could not be loaded", src.error); return; }
  if (!hasWebGL2()) {
    // The text version already on the page carries the whole story.
    root.classList.add("mm-no-webgl");
    setStatus("This browser cannot show the interactive view (it needs WebGL2). The text version has the whole story.", true);
    return;
  }
  var fontsP = Promise.all(config.fonts.map(fetchBytes));
  var extP = null;
  function extFontsP() {
    // Fetched once; a failed fetch is retried with the story ("Try again").
    extP = extP || Promise.all(config.fontsExt.map(fetchBytes)).catch(function (e) { extP = null; throw e; });
    return extP;
  }
  var moduleP = createModule();

  function loadAll() {
    setStatus("Loading the explainer…");
    var storyP = config.inline && config.inline.story && !config.customStory ? Promise.resolve(config.inline.story) :
      fetchText(src.url, config.timeout);
    var storyText, ext;
    return Promise.all([moduleP, fontsP, storyP]).then(function (v) {
      storyText = v[2];
      ext = NEEDS_EXT.test(storyText);
      return Promise.all([v[0], v[1], ext ? extFontsP() : []]);
    }).then(function (v) {
      if (stopped) return;
      startModule(v[0]);
      var files = config.fonts.concat(ext ? config.fontsExt : []);
      v[1].concat(v[2]).forEach(function (buf, i) { addFont(files[i], buf); });
      var t0 = performance.now();
      var result = loadStory(storyText);
      performance.measure("mm-load-story", { start: t0 });  // for scripts/bench.sh and tests
      if (!result.ok) {
        var errors = result.diagnostics.filter(function (d) { return d.severity === "error"; });
        showAlert("This story has " + (errors.length === 1 ? "an error" : errors.length + " errors"),
          "The file " + src.url.replace(location.origin + "/", "") + " could not be shown. Fix the following and reload:",
          errors, loadAll);
        return;
      }
      document.title = result.title + " · motive-matrix explainer";
      if (config.customStory) {
        var t1 = performance.now();
        textVersionFromCore();
        performance.measure("mm-text-version", { start: t1 });
      }
      applyFont();
      if (config.view !== null) setView(config.view);
      applyTheme();
      if (location.hash) select(location.hash);
      resize();
    }).catch(function (err) {
      if (stopped) return; // already explained
      showAlert("The story could not be loaded",
        "Loading " + src.url.replace(location.origin + "/", "") + " failed: " + (err && err.message ? err.message : err) + ".",
        null, loadAll);
    });
  }
  loadAll();
}

start();
