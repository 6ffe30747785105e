// config.js — what the page is told from outside, read once into one frozen object, `config`:
// the script tag's data-* attributes (file names, which a publishing step may rewrite: see
// shell.html) and the URL's parameters (docs/hosting.md). Anything unknown or invalid is ignored
// with a warning. An offline build supplies the files themselves in
// window.motiveMatrixAssets = { wasm, deferred, story, fonts, locales } (base64 for binaries, text for the
// story and the locale files).
//
// web/js/*.js are one script, concatenated in order inside one function by scripts/lib/publish.mjs
// (config, words, host, chrome, bridge, api, main); each file's header says what it provides. The
// classroom modes' classroom.js is a script of its own, loaded by main.js only in those modes.
// Provides: config, warn(text).
function warn(text) { console.warn("motive-matrix: " + text); }

var config = (function () {
  var script = document.currentScript || document.querySelector("script[data-wasm]");
  var data = (script && script.dataset) || {};
  var params = new URLSearchParams(location.search);
  function words(s) { return s.split(/\s+/).filter(Boolean); }

  // pym.js adds the last four to an iframe's address.
  var PYM = ["initialWidth", "childId", "parentTitle", "parentUrl"];
  var KNOWN = ["story", "view", "theme", "accent", "bg", "fontscale", "lang", "height", "timeout", "mode", "codes", "present"].concat(PYM);
  params.forEach(function (v, k) {
    if (KNOWN.indexOf(k) < 0) warn("ignoring unknown parameter “" + k + "”");
  });

  // The story: same origin only (a story is data, but we do not fetch other sites' files).
  var storyParam = params.get("story"), story = { url: data.story || "stories/witkoff-call-leak.json" };
  if (storyParam) {
    try {
      var u = new URL(storyParam, location.href);
      story = u.origin === location.origin ? { url: u.href }
        : { error: ["alert.not_this_site", { origin: location.origin, url: storyParam }] };
    } catch (e) { story = { error: ["alert.not_an_address", { url: storyParam }] }; }
  }

  // The classroom modes (web/js/classroom.js): "read" unless ?mode= asks for another.
  var mode = params.get("mode") || "read";
  if (mode !== "read" && mode !== "predict" && mode !== "class") {
    warn("ignoring mode “" + mode + "” (expected read, predict or class)");
    mode = "read";
  }

  var theme = params.get("theme") || "light";
  if (theme !== "light" && theme !== "dark" && theme !== "auto") {
    warn("ignoring theme “" + theme + "” (expected light, dark or auto)");
    theme = "light";
  }
  var transparent = params.get("bg") === "transparent";
  if (params.has("bg") && !transparent) warn("ignoring bg “" + params.get("bg") + "” (expected transparent)");
  // The interface language: a BCP 47 tag, matched to a shipped locale by the module (main.js).
  var lang = params.get("lang");
  if (lang !== null && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) {
    warn("ignoring lang “" + lang + "” (expected a language tag such as de, pt-BR or uk)");
    lang = null;
  }
  // "locales/pt-BR.3f2a09c1de.json" → pt-BR: the file of each shipped interface language.
  var locales = {};
  words(data.locales || "").forEach(function (f) { locales[f.split("/").pop().split(".")[0]] = f; });
  var fixedHeight = params.has("height") && params.get("height") !== "auto";
  if (fixedHeight && !(parseFloat(params.get("height")) > 0)) {
    warn("ignoring height “" + params.get("height") + "” (expected auto or a number of pixels)");
    fixedHeight = false;
  }
  var timeout = 20000; // ms; for slow networks, and for tests
  if (params.has("timeout")) {
    var t = Number(params.get("timeout"));
    if (isFinite(t) && t >= 100 && t <= 600000) timeout = t;
    else warn("ignoring timeout “" + params.get("timeout") + "” (expected 100–600000 ms)");
  }
  var fontScale = null;
  if (params.has("fontscale")) {
    var fs = parseFloat(params.get("fontscale"));
    if (isFinite(fs) && fs >= 0.75 && fs <= 2.5) fontScale = fs;
    else warn("ignoring fontscale “" + params.get("fontscale") + "” (expected 0.75–2.5)");
  }
  // ?present=1: presenter mode, for a projector (large text, high contrast, the bar out of the way).
  var presenter = params.get("present") === "1";
  if (params.has("present") && !presenter) warn("ignoring present “" + params.get("present") + "” (expected 1)");
  // The address of this view without pym.js's parameters (for "Copy link" and "Embed").
  var share = new URLSearchParams(location.search);
  PYM.forEach(function (k) { share.delete(k); });

  return Object.freeze({
    inline: window.motiveMatrixAssets || null,
    wasm: data.wasm || "motive-matrix.wasm",
    // The module's second half (web/js/deferred.js), when the build split it; none: a whole module.
    wasmDeferred: data.wasmDeferred || "",
    // The classroom modes' script (web/js/classroom.js), loaded only for ?mode=predict|class.
    classroom: data.classroom || "classroom.js",
    // and its styles (web/classroom.css), published under the script's name with .css (publish.mjs cssNameOf)
    classroomCss: (data.classroom || "classroom.js").replace(/\.m?js(?=$|[?#])/, ".css"),
    // Each face's Latin-1 file, then the same faces' Latin Extended-A and Cyrillic files, which
    // are fetched only for a story that has such a character. The page passes file names; the
    // module knows its faces by them (src/platform/page_api.h, mm_add_font).
    fonts: words(data.fonts || "fonts/NotoSans-Regular.ttf fonts/NotoSans-Bold.ttf fonts/NotoSans-Italic.ttf fonts/NotoSerif-Bold.ttf"),
    // Set by publishing (scripts/lib/font-subset.mjs): the whole faces, every character the
    // first-load faces were cut to and the interface languages whose words they hold; without
    // them the faces are whole.
    fontsFull: words(data.fontsFull || ""),
    fontChars: data.fontsChars || "",
    fontLangs: words(data.fontsLangs || ""),
    fontsExt: words(data.fontsExt || "fonts/NotoSans-Regular-Ext.ttf fonts/NotoSans-Bold-Ext.ttf fonts/NotoSans-Italic-Ext.ttf fonts/NotoSerif-Bold-Ext.ttf"),
    story: story,                     // { url } or { error }
    lang: lang,                       // ?lang=, or null: the story's language decides
    locales: locales,                 // tag → locale file (English is built into the module)
    customStory: !!storyParam,        // ?story= names a story other than the page's own
    view: params.get("view"),         // a view name, checked by the module (null: its default)
    theme: theme,                     // "light", "dark" or "auto"
    transparent: transparent,
    accent: params.get("accent") || "",  // a hex colour, checked by the module
    fixedHeight: fixedHeight,
    timeout: timeout,
    fontScale: fontScale,             // null, or 0.75–2.5
    presenter: presenter,             // ?present=1
    pymId: params.get("childId"),
    shareQuery: share.toString(),
    mode: mode,                       // "read", "predict" or "class"
    codes: params.get("codes") || ""  // class mode: answer codes handed over in a link
  });
})();
