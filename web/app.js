// app.js — the page side of motive-matrix: fetches the story and fonts in parallel with the
// WebAssembly, hands them to the core, keeps the canvas sized, wakes the on-demand renderer on
// input, mirrors the selection into the URL hash, shows errors as accessible HTML, and exposes
// window.motiveMatrix (state / select / on / off).
//
// [SECTION] configuration   [SECTION] status and alerts   [SECTION] loading
// [SECTION] the running app [SECTION] public API          [SECTION] start
(function () {
  "use strict";

  // ---------------------------------------------------------------- [SECTION] configuration
  // File names come from this script tag's data attributes (see shell.html); an offline build
  // supplies the files themselves in window.motiveMatrixAssets = { wasm, story, fonts } (base64
  // for binaries, text for the story).
  var script = document.currentScript || document.querySelector("script[data-wasm]");
  var data = (script && script.dataset) || {};
  var INLINE = window.motiveMatrixAssets || null;
  var DEFAULT_STORY = data.story || "stories/witkoff-call-leak.json";
  var WASM = data.wasm || "motive-matrix.wasm";
  var FONTS = (data.fonts || "fonts/NotoSans-Regular.ttf fonts/NotoSans-Bold.ttf fonts/NotoSans-Italic.ttf fonts/NotoSerif-Bold.ttf")
    .split(/\s+/).filter(Boolean); // order = ui::FontFace
  // The same faces' Latin Extended-A and Cyrillic glyphs (mm_add_font indexes 4–7): fetched only
  // for a story that has such a character, so most first loads carry just the Latin-1 files.
  var FONTS_EXT = (data.fontsExt || "fonts/NotoSans-Regular-Ext.ttf fonts/NotoSans-Bold-Ext.ttf fonts/NotoSans-Italic-Ext.ttf fonts/NotoSerif-Bold-Ext.ttf")
    .split(/\s+/).filter(Boolean);
  var NEEDS_EXT = /[\u0100-\u017F\u0400-\u045F]/;
  var VIEWS = { both: 0, matrix: 1, timeline: 2 };
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var canvas = document.getElementById("canvas");
  var stage = document.getElementById("mm-stage");
  var statusEl = document.getElementById("mm-status");
  var alertEl = document.getElementById("mm-alert");
  var textEl = document.getElementById("mm-text");
  var liveEl = document.getElementById("mm-live");
  var FONT_SCALES = [0.85, 1, 1.15, 1.3, 1.5, 1.75, 2];
  var fontStep = 1;

  // The story URL: same origin only (a story is data, but we do not fetch other sites' files).
  function storyUrl() {
    var raw = params.get("story");
    if (!raw) return { url: DEFAULT_STORY };
    var u;
    try { u = new URL(raw, location.href); } catch (e) { return { error: "“" + raw + "” is not a valid address." }; }
    if (u.origin !== location.origin) {
      return { error: "Stories can only be loaded from this site (" + location.origin + "); “" + raw + "” is elsewhere." };
    }
    return { url: u.href };
  }
  function viewParam() {
    var v = params.get("view");
    if (v === null) return VIEWS.both;
    if (Object.prototype.hasOwnProperty.call(VIEWS, v)) return VIEWS[v];
    console.warn("motive-matrix: ignoring unknown view “" + v + "” (expected matrix, timeline or both)");
    return VIEWS.both;
  }

  // Embedding parameters (docs/hosting.md). Anything unknown or invalid is ignored with a warning.
  var KNOWN_PARAMS = ["story", "view", "theme", "accent", "bg", "fontscale", "lang", "height", "timeout",
                      "initialWidth", "childId", "parentTitle", "parentUrl"]; // the last four are pym.js's
  params.forEach(function (v, k) {
    if (KNOWN_PARAMS.indexOf(k) < 0) console.warn("motive-matrix: ignoring unknown parameter “" + k + "”");
  });
  function themeParam() {
    var t = params.get("theme") || "light";
    if (t === "light" || t === "dark" || t === "auto") return t;
    console.warn("motive-matrix: ignoring theme “" + t + "” (expected light, dark or auto)");
    return "light";
  }
  // WCAG relative luminance and contrast, to refuse an accent that would make marks unreadable.
  function luminance(rgb) {
    return [16, 8, 0].map(function (s) {
      var c = ((rgb >> s) & 255) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }).reduce(function (acc, c, i) { return acc + c * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function accentParam(dark) {
    var a = params.get("accent");
    if (!a) return -1;
    var m = /^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(a);
    if (!m) { console.warn("motive-matrix: ignoring accent “" + a + "” (expected a hex colour such as c0392b)"); return -1; }
    var hex = m[1].length === 3 ? m[1].replace(/./g, "$&$&") : m[1];
    var rgb = parseInt(hex, 16), page = dark ? 0x121417 : 0xffffff;
    if (contrast(rgb, page) < 3) {
      console.warn("motive-matrix: ignoring accent #" + hex + ": contrast " + contrast(rgb, page).toFixed(2) + ":1 with the page is below 3:1");
      return -1;
    }
    return rgb;
  }
  var transparentBg = params.get("bg") === "transparent";
  if (params.has("bg") && !transparentBg) console.warn("motive-matrix: ignoring bg “" + params.get("bg") + "” (expected transparent)");
  if (params.has("lang") && !/^en(-[A-Za-z0-9]{1,8})*$/.test(params.get("lang"))) {
    console.warn("motive-matrix: ignoring lang “" + params.get("lang") + "”: this build's interface is in English only");
  }
  var fixedHeight = params.has("height") && params.get("height") !== "auto";
  if (fixedHeight && !(parseFloat(params.get("height")) > 0)) {
    console.warn("motive-matrix: ignoring height “" + params.get("height") + "” (expected auto or a number of pixels)");
    fixedHeight = false;
  }
  var darkQuery = window.matchMedia ? matchMedia("(prefers-color-scheme: dark)") : null;
  var themeMode = themeParam();
  function isDark() { return themeMode === "dark" || (themeMode === "auto" && !!darkQuery && darkQuery.matches); }
  function applyTheme() {
    var dark = isDark();
    root.classList.toggle("mm-dark", dark);
    root.classList.toggle("mm-transparent", transparentBg);
    if (M && M._mm_set_theme) M._mm_set_theme(dark ? 1 : 0, transparentBg ? 1 : 0, accentParam(dark));
  }
  if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener("change", function () { if (themeMode === "auto") applyTheme(); });

  // ------------------------------------------------------------- [SECTION] host page (iframe)
  // The page inside an article's iframe reports its height (auto-height embeds, pym.js too) and
  // draws nothing while scrolled out of view. It never scripts or navigates the parent.
  var embedded = window.parent !== window;
  var lastPosted = -1;
  function postHeight(contentHeight) {
    if (!embedded || fixedHeight) return;
    var bar = document.querySelector(".mm-bar");
    var h = Math.ceil(contentHeight + (bar ? bar.getBoundingClientRect().height : 0));
    if (!isFinite(h) || h <= 0 || h === lastPosted) return;
    lastPosted = h;
    window.parent.postMessage({ type: "motive-matrix:height", height: h }, "*");
    var pymId = params.get("childId");
    if (pymId) window.parent.postMessage("pymxPYMx" + pymId + "xPYMx" + "height" + "xPYMx" + h, "*");
  }
  var onScreen = true, hostVisible = true;
  // document.hidden is read each time rather than kept from the last "visibilitychange".
  function updateVisible() {
    if (M) M._mm_set_page_visible(onScreen && !document.hidden && hostVisible ? 1 : 0);
  }
  window.addEventListener("message", function (e) {
    if (e.source !== window.parent || !e.data || e.data.type !== "motive-matrix:visibility") return;
    hostVisible = e.data.visible !== false;
    updateVisible();
  });

  // -------------------------------------------------------- [SECTION] status and alerts
  function setStatus(text, note) {
    statusEl.firstElementChild.textContent = text;
    statusEl.classList.toggle("mm-paused", !!note);
    statusEl.hidden = !text;
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  // Shows a problem as HTML (role="alert"), never as a blank canvas. `items` are diagnostics or
  // strings; `retry` adds a button that runs it.
  function showAlert(title, intro, items, retry, options) {
    options = options || {};
    if (params.get("story") && !options.keepText) setTextVersion("");
    alertEl.textContent = "";
    alertEl.appendChild(el("h2", title));
    if (intro) alertEl.appendChild(el("p", intro));
    if (items && items.length) {
      var list = el("ol");
      items.forEach(function (d) {
        var li = el("li");
        if (typeof d === "string") { li.textContent = d; }
        else {
          li.appendChild(el("span", d.message));
          var where = [];
          if (d.line) where.push("line " + d.line + ", column " + d.column);
          if (d.path) where.push("at ");
          var w = el("div", where.length ? where.join(d.path ? " · " : "") : "", "mm-where");
          if (d.path) w.appendChild(el("code", d.path));
          li.appendChild(w);
        }
        list.appendChild(li);
      });
      alertEl.appendChild(list);
    }
    if (retry) {
      var b = el("button", options.retryLabel || "Try again");
      b.type = "button";
      b.addEventListener("click", function () { hideAlert(); retry(); });
      alertEl.appendChild(b);
    }
    alertEl.hidden = false;
    statusEl.hidden = true;
  }
  function hideAlert() { alertEl.hidden = true; alertEl.textContent = ""; statusEl.hidden = false; }

  // --------------------------------------------------------------------- [SECTION] loading
  function fromBase64(b64) {
    var bin = atob(b64), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function fetchBytes(url) {
    if (INLINE) {
      var i = FONTS.concat(FONTS_EXT).indexOf(url);
      if (i >= 0 && INLINE.fonts && INLINE.fonts[i]) return Promise.resolve(fromBase64(INLINE.fonts[i]).buffer);
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
  function timeoutParam() { // milliseconds; for slow networks, and for tests
    if (!params.has("timeout")) return 20000;
    var t = Number(params.get("timeout"));
    if (isFinite(t) && t >= 100 && t <= 600000) return t;
    console.warn("motive-matrix: ignoring timeout “" + params.get("timeout") + "” (expected 100–600000 ms)");
    return 20000;
  }
  function hasWebGL2() {
    try { return !!document.createElement("canvas").getContext("webgl2"); } catch (e) { return false; }
  }

  // ------------------------------------------------------------------ [SECTION] the running app
  var M = null;               // the wasm module once created
  var listeners = { select: [], ready: [] };
  var lastState = { selection: { kind: "none" }, view: "both", hash: "", ready: false };
  var ready = false;

  function emit(type, payload) {
    (listeners[type] || []).slice().forEach(function (fn) {
      try { fn(payload); } catch (e) { console.error(e); }
    });
  }
  // The module's malloc returns 0 when the browser refuses more memory (ABORTING_MALLOC=0):
  // writing there would corrupt the heap, so that ends the interactive view instead.
  function allocate(n) {
    var p = M._malloc(n);
    if (!p) { stopInteractive("memory"); throw new Error("out of memory"); }
    return p;
  }
  function callString(fn, s) { // passes a JS string to an exported (const char*) function
    var n = M.lengthBytesUTF8(s) + 1, p = allocate(n);
    M.stringToUTF8(s, p, n);
    try { return fn(p); } finally { M._free(p); }
  }
  function passBytes(bytes, fn) {
    var p = allocate(bytes.length || 1);
    M.HEAPU8.set(bytes, p);
    try { return fn(p, bytes.length); } finally { M._free(p); }
  }
  // The module stops for good when it runs out of memory (the browser refused to grow its heap)
  // or aborts on a bug. The page then says so, shows the text version (the whole story) in its
  // place, and never calls into the module again: no blank box, no frozen page.
  var stopped = null;
  function stopInteractive(why) {
    if (stopped) return;
    stopped = why;
    M = null;
    ready = false;
    root.classList.remove("mm-ready");
    var memory = why === "memory";
    if (!textIsCurrent) setTextVersion("");  // never leave "Loading the story…" behind
    showAlert(memory ? "The interactive view ran out of memory" : "The interactive view stopped",
      (memory ? "This device did not give the explainer enough memory, so it stopped. "
              : "Something went wrong inside the explainer, so it stopped. ") +
      (textIsCurrent ? "The text version below has the whole story. " : "") +
      (memory ? "Closing other tabs and reloading may help." : "Reloading the page may help."),
      null, function () { location.reload(); }, { keepText: true, retryLabel: "Reload" });
    console.warn("motive-matrix: the interactive view stopped (" + why + ")");
  }
  function resize() {
    var r = stage.getBoundingClientRect();
    if (M && r.width > 0 && r.height > 0) M._mm_resize(Math.round(r.width), Math.round(r.height), window.devicePixelRatio || 1);
  }
  function wake() { if (M) M._mm_wake(); }
  function watchDevicePixelRatio() { // moving the window to another screen, or zooming
    var mq = matchMedia("(resolution: " + (window.devicePixelRatio || 1) + "dppx)");
    mq.addEventListener("change", function once() { mq.removeEventListener("change", once); resize(); watchDevicePixelRatio(); });
  }
  // Keys the explainer handles itself (src/core/keyboard_nav.h). They never reach SDL, so the
  // page decides per key whether the browser's default runs: Tab leaves the canvas after the
  // last panel instead of being trapped.
  var NAV = { Tab: 0, ArrowLeft: 2, ArrowRight: 3, ArrowUp: 4, ArrowDown: 5, Home: 6, End: 7, Enter: 8, " ": 8, Escape: 9 };
  function onKey(e) {
    if (!M || !ready || e.altKey || e.ctrlKey || e.metaKey || !(e.key in NAV)) return;
    var cmd = e.key === "Tab" && e.shiftKey ? 1 : NAV[e.key];
    e.stopPropagation();
    if (M._mm_nav(cmd)) e.preventDefault();
  }
  function wireInput() {
    stage.addEventListener("keydown", onKey, true);
    stage.addEventListener("keyup", function (e) { if (e.key in NAV) e.stopPropagation(); }, true);
    stage.addEventListener("blur", function () { if (M && ready) M._mm_nav(10); });
    // Arriving by Tab (or Shift-Tab) puts the focus ring on the first (or last) panel at once.
    var shiftTab = false;
    document.addEventListener("keydown", function (e) { if (e.key === "Tab") shiftTab = e.shiftKey; }, true);
    stage.addEventListener("focus", function () {
      if (M && ready && stage.matches(":focus-visible")) M._mm_nav(shiftTab ? 1 : 0);
    });
    ["pointerdown", "pointermove", "pointerup", "pointercancel", "wheel", "keydown", "keyup", "touchstart",
     "touchmove", "touchend", "focus", "blur", "mouseleave"].forEach(function (t) {
      stage.addEventListener(t, wake, { passive: true });
    });
    document.addEventListener("pointerup", wake, { passive: true });
    new ResizeObserver(resize).observe(stage);
    watchDevicePixelRatio();
    window.addEventListener("hashchange", function () {
      if (M && ready) callString(M._mm_select_hash, location.hash);
    });
    document.addEventListener("visibilitychange", updateVisible);
    if (window.IntersectionObserver) {
      new IntersectionObserver(function (entries) {
        onScreen = entries[entries.length - 1].isIntersecting;
        updateVisible();
      }).observe(document.getElementById("mm-root"));
    }
  }

  function loadStory(text) {
    var bytes = new TextEncoder().encode(text);
    var result = JSON.parse(M.UTF8ToString(passBytes(bytes, M._mm_load_story)));
    result.diagnostics.filter(function (d) { return d.severity === "warning"; })
      .forEach(function (d) { console.warn("motive-matrix story: " + d.text); });
    return result;
  }

  // The text version of a story loaded with ?story= comes from the core at run time; until then
  // the bundled story's text (written in at build time) must not pass for it.
  // The page's own text version is the bundled story's; a ?story= story gets its own once loaded.
  var textIsCurrent = !params.get("story");
  function setTextVersion(html) { textEl.innerHTML = html; }
  function textVersionFromCore() {
    if (M && M._mm_text_html) { setTextVersion(M.UTF8ToString(M._mm_text_html())); textIsCurrent = true; }
  }

  // The address of exactly this view (selection included), without pym.js's own parameters.
  function shareUrl() {
    var q = new URLSearchParams(location.search);
    ["initialWidth", "childId", "parentTitle", "parentUrl"].forEach(function (k) { q.delete(k); });
    var s = q.toString();
    return location.origin + location.pathname + (s ? "?" + s : "") + location.hash;
  }
  function embedCode() {
    var base = location.origin + location.pathname.replace(/[^/]*$/, "");
    return '<div class="motive-matrix-embed" data-src="' + shareUrl().replace(/&/g, "&amp;").replace(/"/g, "&quot;") +
      '"></div>\n<script src="' + base + 'embed.js" async></' + 'script>';
  }
  // Copies `text`; where the clipboard is not available (some iframes, plain http) the text is
  // shown selected in a small panel so the reader can copy it by hand.
  function share(title, text, opener) {
    var panel = document.getElementById("mm-share"), area = document.getElementById("mm-share-text");
    var note = document.getElementById("mm-share-note");
    document.getElementById("mm-share-title").textContent = title;
    area.value = text;
    note.textContent = "";
    panel.hidden = false;
    area.focus();
    area.select();
    var close = document.getElementById("mm-share-close");
    close.onclick = function () { panel.hidden = true; opener.focus(); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { note.textContent = "Copied to the clipboard."; },
        function () { note.textContent = "Press Ctrl+C (or ⌘C) to copy."; });
    } else {
      note.textContent = "Press Ctrl+C (or ⌘C) to copy.";
    }
  }

  function wireControls() {
    var linkBtn = document.getElementById("mm-copy-link"), embedBtn = document.getElementById("mm-copy-embed");
    linkBtn.addEventListener("click", function () { share("Link to this view", shareUrl(), linkBtn); });
    embedBtn.addEventListener("click", function () { share("Embed code for an article", embedCode(), embedBtn); });
    document.getElementById("mm-share").addEventListener("keydown", function (e) {
      if (e.key === "Escape") document.getElementById("mm-share-close").click();
    });
    var toggle = document.getElementById("mm-toggle-text");
    toggle.addEventListener("click", function () {
      var on = !root.classList.contains("mm-show-text");
      root.classList.toggle("mm-show-text", on);
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      if (on) textEl.focus(); else if (M && ready) stage.focus();
    });
    function setFont(step) {
      fontStep = Math.max(0, Math.min(FONT_SCALES.length - 1, step));
      var s = FONT_SCALES[fontStep];
      document.documentElement.style.setProperty("--mm-text-scale", String(s));
      textEl.style.fontSize = s + "em";
      if (M && M._mm_set_font_scale) M._mm_set_font_scale(s);
      document.getElementById("mm-font-down").disabled = fontStep === 0;
      document.getElementById("mm-font-up").disabled = fontStep === FONT_SCALES.length - 1;
    }
    document.getElementById("mm-font-down").addEventListener("click", function () { setFont(fontStep - 1); });
    document.getElementById("mm-font-up").addEventListener("click", function () { setFont(fontStep + 1); });
    var fs = parseFloat(params.get("fontscale"));
    if (params.has("fontscale")) {
      if (isFinite(fs) && fs >= 0.75 && fs <= 2.5) {
        var best = 0;
        FONT_SCALES.forEach(function (v, i) { if (Math.abs(v - fs) < Math.abs(FONT_SCALES[best] - fs)) best = i; });
        fontStep = best;
      } else console.warn("motive-matrix: ignoring fontscale “" + params.get("fontscale") + "” (expected 0.75–2.5)");
    }
    return function apply() { setFont(fontStep); };
  }

  function start() {
    applyTheme();
    var applyFont = wireControls();
    applyFont();
    var src = storyUrl();
    if (params.get("story")) {
      setTextVersion("<p>Loading the story…</p>");
    }
    if (src.error) { setTextVersion(""); showAlert("This story could not be loaded", src.error); return; }
    if (!hasWebGL2()) {
      // The text version already on the page carries the whole story.
      root.classList.add("mm-no-webgl");
      setStatus("This browser cannot show the interactive view (it needs WebGL2). The text version has the whole story.", true);
      return;
    }
    var fontsP = Promise.all(FONTS.map(fetchBytes));
    var extP = null;
    function extFontsP() {
      // Fetched once; a failed fetch is retried with the story ("Try again").
      extP = extP || Promise.all(FONTS_EXT.map(fetchBytes)).catch(function (e) { extP = null; throw e; });
      return extP;
    }
    var moduleP = createMotiveMatrix({
      canvas: canvas,
      locateFile: function (path) { return /\.wasm$/.test(path) ? WASM : path; },
      wasmBinary: INLINE && INLINE.wasm ? fromBase64(INLINE.wasm) : undefined,
      print: function (t) { console.log(t); },
      printErr: function (t) { console.warn(t); },
      mmOnFirstFrame: function () {
        performance.mark("first-frame");
        root.classList.add("mm-ready");
        ready = true;
        lastState = JSON.parse(M.UTF8ToString(M._mm_state()));
        emit("ready", lastState);
      },
      mmOnSelect: function (json) {
        lastState = JSON.parse(json);
        var url = location.pathname + location.search + (lastState.hash || "");
        if ((lastState.hash || "") !== location.hash) history.replaceState(null, "", url);
        liveEl.textContent = lastState.description || "Selection cleared";
        emit("select", lastState);
      },
      mmOnContentHeight: function (h) { lastState.contentHeight = h; postHeight(h); },
      mmOnGraphics: function (available) {
        statusEl.classList.toggle("mm-paused", !available);
        setStatus(available ? "" : "Graphics paused. The explainer will come back in a moment.");
        root.classList.toggle("mm-ready", available);
      },
      mmOnFatal: function (message) {
        showAlert("The interactive view could not start", message);
      },
      mmOnOutOfMemory: function () { stopInteractive("memory"); },
      onAbort: function () { stopInteractive("error"); }
    });
    // A trap inside the wasm (a bug) surfaces as an uncaught WebAssembly.RuntimeError.
    window.addEventListener("error", function (e) {
      if (e.error instanceof WebAssembly.RuntimeError) stopInteractive("error");
    });

    function loadAll() {
      setStatus("Loading the explainer…");
      var storyP = INLINE && INLINE.story && !params.get("story") ? Promise.resolve(INLINE.story) :
        fetchText(src.url, timeoutParam());
      var storyText;
      return Promise.all([moduleP, fontsP, storyP]).then(function (v) {
        storyText = v[2];
        return Promise.all([v[0], v[1], NEEDS_EXT.test(storyText) ? extFontsP() : []]);
      }).then(function (v) {
        if (stopped) return;
        M = v[0];
        if (!M.__wired) { M.__wired = true; wireInput(); }
        v[1].concat(v[2]).forEach(function (buf, face) {
          passBytes(new Uint8Array(buf), function (p, n) { return M._mm_add_font(face, p, n); });
        });
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
        if (params.get("story")) {
          var t1 = performance.now();
          textVersionFromCore();
          performance.measure("mm-text-version", { start: t1 });
        }
        applyFont();
        M._mm_set_view(viewParam());
        applyTheme();
        if (location.hash) callString(M._mm_select_hash, location.hash);
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

  // ----------------------------------------------------------------- [SECTION] public API
  // window.motiveMatrix: state(), select(target), on(type, fn), off(type, fn).
  //   select("#cell=eu-lobby:embarrass-trump") | select({ event: "leak" }) | select({ cell: ["a", "b"] })
  //   | select(null) to clear. Returns true if the target exists in the story.
  function toHash(target) {
    if (target === null || target === undefined || target === "") return "";
    if (typeof target === "string") return target.charAt(0) === "#" ? target : "#" + target;
    if (target.cell) return "#cell=" + target.cell[0] + ":" + target.cell[1];
    var kinds = ["suspect", "motive", "event", "goal", "reaction"];
    for (var i = 0; i < kinds.length; i++) if (target[kinds[i]]) return "#" + kinds[i] + "=" + target[kinds[i]];
    return "#invalid";
  }
  window.motiveMatrix = {
    state: function () { return M && ready ? JSON.parse(M.UTF8ToString(M._mm_state())) : lastState; },
    select: function (target) {
      if (!M || !ready) return false;
      return callString(M._mm_select_hash, toHash(target)) === 1;
    },
    // Interactive boxes of the current frame in CSS px, e.g. for tests:
    // [{ what: "matrix.cell", hash: "#cell=a:b", x0, y0, x1, y1 }, …]. Resolves after a frame.
    layout: function () {
      if (!M || !ready) return Promise.resolve([]);
      M._mm_probe(1);
      return new Promise(function (ok) {
        requestAnimationFrame(function () { requestAnimationFrame(function () {
          if (!M) return ok([]);
          var boxes = JSON.parse(M.UTF8ToString(M._mm_probe_json()));
          M._mm_probe(0);
          ok(boxes);
        }); });
      });
    },
    on: function (type, fn) { (listeners[type] = listeners[type] || []).push(fn); if (type === "ready" && ready) fn(lastState); },
    off: function (type, fn) { listeners[type] = (listeners[type] || []).filter(function (f) { return f !== fn; }); }
  };

  // ---------------------------------------------------------------------- [SECTION] start
  start();
})();
