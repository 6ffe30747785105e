// main.js — start: once the text version has been painted, the story, the fonts and the
// WebAssembly are fetched in parallel; once all are here the module gets the fonts and the story,
// then the view, theme, text size, the selection in the URL's hash, and its size, each long step
// in a task of its own. A failure anywhere is shown as an alert with "Try again".
// The interface language is chosen here: ?lang=, else the story's language, matched by the module to
// a shipped locale whose file is then fetched (docs/languages.md).
// The classroom modes' script (web/js/classroom.js) is loaded here, and only in those modes.
// Provides: start(). Uses: everything above, and window.mmClassroom (classroom.js).

// A story with Latin Extended-A or Cyrillic characters needs the fonts' -Ext files too
// (src/core/glyph_coverage.h; a unit test keeps this class in step with it).
var NEEDS_EXT = /[\u0100-\u017F\u0400-\u045F]/;
// A published page's first-load faces hold only the characters of its own story, its text, the
// languages it opens in and what the module draws itself (config.fontChars;
// scripts/lib/font-subset.mjs): a story or locale whose strings have another character the
// Latin-1 faces have ("$", "ø", "ß"…) gets the whole faces (config.fontsFull) instead. The module
// upper-cases kickers and changes a phrase's first letter (x → X), so the cut holds both cases of
// every letter it holds (font-subset.mjs cutChars; tested): one look-up per character covers both.
// A locale file's placeholders ("{n}") are never drawn.
var LATIN1 = /[\u0020-\u007E\u00A0-\u00FF\u2000-\u200A\u2010-\u2027\u202F\u2030-\u203A\u20AC]/;
// The cut's characters as a set, made once (lacksGlyphs runs for the story and the locale file).
var cutSet = null;
function cutCharSet() {
  if (!cutSet) {
    cutSet = {};
    for (var i = 0; i < config.fontChars.length; i++) cutSet[config.fontChars[i]] = true;
  }
  return cutSet;
}
function lacksGlyphs(text, locale) {
  if (!config.fontsFull.length || !text) return false;
  var value;
  try { value = JSON.parse(text); } catch (e) { value = text; }  // not JSON: the module refuses it anyway
  var have = cutCharSet(), seen = {}, lacking = false;
  (function walk(v) {  // string values only: keys and JSON's own quotes and brackets are never drawn
    if (lacking) return;
    if (typeof v === "string") {
      if (locale) v = v.replace(/\{[A-Za-z0-9_]+\}/g, "");
      for (var j = 0; j < v.length && !lacking; j++) {
        var c = v[j];
        if (seen[c]) continue;
        seen[c] = true;
        lacking = LATIN1.test(c) && !have[c];
      }
    } else if (v && typeof v === "object") {
      for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k)) walk(v[k]);
    }
  })(value);
  return lacking;
}
// ?lang= naming a shipped interface language whose words the cut faces were not made for
// (config.fontLangs): its letters are missing (ß, ç, «…), so the whole faces are fetched from the
// start, beside the locale file, rather than once it has come. The check above stays the rule.
function wantsWholeFaces() {
  if (!config.fontsFull.length || !config.lang || !config.fontLangs.length) return false;
  var primary = function (tag) { return tag.split("-")[0].toLowerCase(); }, want = primary(config.lang);
  var shipped = Object.keys(config.locales).some(function (t) { return primary(t) === want; });
  return shipped && !config.fontLangs.some(function (t) { return primary(t) === want; });
}
// The text version's @font-face rules name the cut faces: the whole ones, once fetched, are added
// for it too (faces added to document.fonts win over the stylesheet's), in data-fonts' order.
var FACES = [["MM Noto Sans", "400", "normal"], ["MM Noto Sans", "700", "normal"], ["MM Noto Sans", "400", "italic"], ["MM Noto Serif", "700", "normal"]];
function useWholeFaces(bufs) {
  if (!window.FontFace || !document.fonts) return;
  bufs.forEach(function (b, i) {
    if (!FACES[i]) return;
    try { document.fonts.add(new FontFace(FACES[i][0], b.slice(0), { weight: FACES[i][1], style: FACES[i][2] })); } catch (e) { }
  });
}

function fetchBytes(url) {
  if (config.inline) {
    var i = config.fonts.concat(config.fontsExt).indexOf(url);
    if (i >= 0 && config.inline.fonts && config.inline.fonts[i]) return Promise.resolve(fromBase64(config.inline.fonts[i]).buffer);
  }
  return fetch(url, { credentials: "same-origin" }).then(function (r) {
    if (!r.ok) throw new Error(t("alert.server_answered", { status: r.status + (r.statusText ? " " + r.statusText : "") }));
    return r.arrayBuffer();
  });
}
// The story request gives up after `ms` and is aborted, so that "Try again" starts a fresh
// request instead of queueing behind a hung one.
function fetchText(url, ms) {
  var ctl = window.AbortController ? new AbortController() : null;
  var timer = setTimeout(function () { if (ctl) ctl.abort(); }, ms);
  return fetch(url, { credentials: "same-origin", signal: ctl ? ctl.signal : undefined }).then(function (r) {
    if (!r.ok) throw new Error(t("alert.server_answered", { status: r.status + (r.statusText ? " " + r.statusText : "") }));
    return r.text();
  }).then(function (text) { clearTimeout(timer); return text; }, function (err) {
    clearTimeout(timer);
    if (err && err.name === "AbortError") throw new Error(t("alert.timed_out", { seconds: ms / 1000 }));
    throw err;
  });
}
// The interface language's locale file: inline in the offline file, else fetched (English is built
// into the module and needs none). Resolves to its text, or null for English.
function localeText(tag) {
  if (tag === "en") return Promise.resolve(null);
  if (config.inline && config.inline.locales && config.inline.locales[tag]) return Promise.resolve(config.inline.locales[tag]);
  if (!config.locales[tag]) return Promise.reject(new Error("no locale file for " + tag));
  return fetchText(config.locales[tag], config.timeout);
}
// The language the story says it is in, read before the module does (the locale must be there
// before the first frame); "" when the text is no JSON object.
function storyLanguage(text) {
  try { var s = JSON.parse(text); return s && typeof s.language === "string" ? s.language : ""; } catch (e) { return ""; }
}
// Switches the page to `tag` (the module already speaks it): its words, <html lang> and dir.
function pageLanguage(tag, text) {
  var table = null;
  if (text) { try { table = JSON.parse(text); } catch (e) { table = null; } }
  if (table) useWords(tag, table);
  root.lang = tag;
  root.dir = table && table["locale.dir"] === "rtl" ? "rtl" : "ltr";
}

// The classroom modes' script (web/js/classroom.js) is not in app.js: a reader never loads it.
// It is inline in the offline file, else loaded from the script tag's data-classroom (a
// content-hashed name once published). Resolves to its startClassroom; after a failed load, "Try
// again" asks for it once more (withClassroom).
var classroomP = null;
function loadClassroom() {
  classroomP = classroomP || new Promise(function (resolve, reject) {
    if (window.mmClassroom) { resolve(window.mmClassroom); return; }  // the offline file: styles inline too
    // Its styles (web/classroom.css) load beside it; the panel waits for both, so it never shows unstyled.
    var pending = 2, done = function () { if (--pending === 0) resolve(window.mmClassroom); };
    var css = document.querySelector("link[data-mm-classroom]") || document.createElement("link");
    if (!css.parentNode) {
      css.rel = "stylesheet";
      css.href = config.classroomCss;
      css.setAttribute("data-mm-classroom", "");
      css.onload = done;
      css.onerror = function () { css.remove(); reject(new Error("the browser could not fetch " + config.classroomCss)); };
      document.head.appendChild(css);
    } else {
      done();
    }
    var s = document.createElement("script");
    s.src = config.classroom;
    s.onload = function () {
      if (window.mmClassroom) done(); else reject(new Error(config.classroom + " defined no mmClassroom"));
    };
    s.onerror = function () { s.remove(); reject(new Error("the browser could not fetch it")); };
    document.head.appendChild(s);
  }).then(function (factory) {
    return factory({ config: config, t: t, addWords: addWords, el: el, root: root, liveEl: liveEl, share: share,
      setMode: setMode, classroom: classroom, currentState: currentState, on: window.motiveMatrix.on });
  });
  return classroomP;
}

// Asked on the module's own canvas with the attributes its SDL asks for (Emscripten's EGL: alpha,
// no depth, stencil or antialiasing; the rest WebGL's defaults): the module's context creation in
// main() then gets this same context back, and the page makes one WebGL context, not two (on this
// machine the second took 6–13 ms of main()'s task).
var GL_ATTRS = { alpha: true, depth: false, stencil: false, antialias: false, premultipliedAlpha: true, preserveDrawingBuffer: false };
function hasWebGL2() {
  try { return !!canvas.getContext("webgl2", GL_ATTRS); } catch (e) { return false; }
}

// The text version is the first paint, and the largest: the WebAssembly (the largest download,
// and the longest tasks once here) is asked for only after that paint has been shown, so a phone
// never queues the text behind it. Resolves in a task of its own after the first contentful
// paint; at once in a hidden tab (nothing paints there) or without paint timing; after 3 s at the
// latest (a frame the browser does not render while out of view, say).
function afterFirstPaint() {
  return new Promise(function (resolve) {
    var done = false, go = function () { if (!done) { done = true; setTimeout(resolve, 0); } };
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (document.hidden || !types || types.indexOf("paint") < 0) { go(); return; }
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName("first-contentful-paint").length) go();
    }).observe({ type: "paint", buffered: true });
    setTimeout(go, 3000);
  });
}
// Ends the current task, so that the next step starts a task of its own (long tasks block input).
function nextTask() {
  if (window.scheduler && typeof scheduler.yield === "function") return scheduler.yield();
  return new Promise(function (resolve) { setTimeout(resolve, 0); });
}

var applyFont;  // the text size buttons' setting, applied again once the module runs (chrome.js)
function start() {
  root.classList.toggle("mm-present", config.presenter);
  applyTheme();
  applyFont = wireControls();
  applyFont();
  var src = config.story;
  if (config.customStory) setTextVersion("<p>" + t("page.loading_story") + "</p>");
  if (src.error) { setTextVersion(""); showAlert(t("alert.story_not_loaded"), t(src.error[0], src.error[1])); return; }
  afterFirstPaint().then(startInteractive);
}

// The interactive view, once the text version has been painted.
function startInteractive() {
  var src = config.story;
  if (!hasWebGL2()) {
    // The text version already on the page carries the whole story.
    root.classList.add("mm-no-webgl");
    setStatus(t("page.no_webgl"), true);
    return;
  }
  var extP = null, fullP = null;
  function fullFontsP() {
    fullP = fullP || Promise.all(config.fontsFull.map(fetchBytes)).then(function (b) { useWholeFaces(b); return b; })
      .catch(function (e) { fullP = null; throw e; });
    return fullP;
  }
  var wholeFirst = wantsWholeFaces();
  var fontsP = wholeFirst ? null : Promise.all(config.fonts.map(fetchBytes));
  function extFontsP() {
    // Fetched once; a failed fetch is retried with the story ("Try again").
    extP = extP || Promise.all(config.fontsExt.map(fetchBytes)).catch(function (e) { extP = null; throw e; });
    return extP;
  }
  // The module in a task after the WebGL check's (which makes the one WebGL context the module then gets back).
  var moduleP = nextTask().then(createModule);
  // Fetched alongside the module.
  if (config.mode !== "read") loadClassroom().catch(function () { });

  // The page (and the module) in the language of `lang`, without a story: for an alert.
  function speak(lang) {
    return moduleP.then(function (m) {
      if (stopped) return;
      startModule(m);
      var loc = localeFor(lang);
      return localeText(loc.tag).then(function (text) {
        if (text && setLocale(loc.tag, text)) pageLanguage(loc.tag, text);
      });
    });
  }

  // The module's second half (deferred.js) holds what readers' visits to the published page do
  // not run (scripts/lib/reader-profile.mjs). A page that starts beyond that fetches it now, with
  // the fonts, rather than when its first function is called: in a classroom or presenter mode,
  // with the lens or a tour step in its address, with a text version the module writes (a
  // ?story=, an interface language other than English, which also covers a page whose own story
  // is in another language, a right-to-left story), the offline file, which has it at hand, and a
  // browser that could not add it synchronously (deferred.js).
  function startsBeyondReading(tag, rtl) {
    return config.mode !== "read" || config.presenter || /(^#|&)(lens|step)=/.test(location.hash) ||
      config.customStory || tag !== "en" || rtl || !!(config.inline && config.inline.deferred) || deferredNeededAtStart();
  }

  // The last steps once the story is on screen (and the classroom panel, in its modes).
  function finish() {
    if (config.presenter) setPresenter(true);
    if (location.hash) select(location.hash);
    resize();
  }

  // Starts the classroom panel, then finishes; if its script does not come, says so (with "Try
  // again") instead of leaving the classroom mode silently a reading one.
  function withClassroom(storyText) {
    return loadClassroom().then(function (startClassroom) {
      startClassroom(storyText);
      finish();
    }, function (e) {
      warn("the classroom script could not be loaded (" + (e && e.message ? e.message : e) + ")");
      // The story's own load failures are said the same way (the reason is the browser's).
      showAlert(t("alert.could_not_start"), t("alert.load_failed", { file: config.classroom, reason: e && e.message ? e.message : e }), null,
        function () { classroomP = null; withClassroom(storyText); });
    });
  }

  function loadAll() {
    setStatus(t("page.loading_short"));
    // The page's own story: in the offline file's assets, or written into the published page
    // (#mm-story, scripts/lib/publish.mjs), else fetched.
    var own = config.customStory ? null : document.getElementById("mm-story");
    var storyP = config.inline && config.inline.story && !config.customStory ? Promise.resolve(config.inline.story) :
      own && own.textContent.trim() ? Promise.resolve(own.textContent) : fetchText(src.url, config.timeout);
    var storyText, ext, full, locale, rtlStory, localeFile;
    return Promise.all([moduleP, wholeFirst ? fullFontsP() : fontsP, storyP]).then(function (v) {
      // Not in the task that ran the module's main() (its graphics set-up).
      return nextTask().then(function () { return v; });
    }).then(function (v) {
      storyText = v[2];
      if (stopped) return [];
      startModule(v[0]);
      // The interface language: ?lang=, else the story's (docs/languages.md), as the module matches it.
      var lang = storyLanguage(storyText);
      var wanted = config.lang || lang;
      locale = localeFor(wanted);
      rtlStory = localeFor(lang).rtl;
      if (wanted && !locale.sameLanguage) warn("no interface in “" + wanted + "”; showing it in " + locale.tag);
      return Promise.all([v[1], localeText(locale.tag).catch(function (e) {
        warn("the " + locale.tag + " interface could not be loaded (" + (e && e.message ? e.message : e) + "); showing English");
        locale.tag = "en";
        return null;
      })]);
    }).then(function (v) {
      if (stopped || !v.length) return [];
      localeFile = v[1];
      ext = NEEDS_EXT.test(storyText) || (!!localeFile && NEEDS_EXT.test(localeFile));
      full = wholeFirst || lacksGlyphs(storyText) || lacksGlyphs(localeFile, true);
      // The classroom script too, so that no frame shows the answers before its mode is set.
      return Promise.all([full ? fullFontsP() : v[0], ext ? extFontsP() : [],
        config.mode !== "read" ? loadClassroom().catch(function () { }) : null,
        startsBeyondReading(locale.tag, rtlStory) ? fetchDeferred() : null]);
    }).then(function (v) {
      if (stopped || !v.length) return;
      if (!setLocale(locale.tag, localeFile)) locale.tag = "en";
      pageLanguage(locale.tag, locale.tag === "en" ? null : localeFile);
      // The text size, view and theme need no story: set here, before the fonts (the atlas is then
      // built once at the reader's text size), they keep the story's task short.
      applyFont();
      if (config.view !== null) setView(config.view);
      applyTheme();
      var files = (full ? config.fontsFull : config.fonts).concat(ext ? config.fontsExt : []);
      v[0].concat(v[1]).forEach(function (buf, i) { addFont(files[i], buf); });
      // The story's load (reading, checks, model) in a task of its own, after one that compiles
      // the loader; the module may build its font atlas in animation frames between them.
      return nextTask().then(function () {
        if (stopped) return false;
        warmLoader();
        return nextTask().then(function () { return true; });
      });
    }).then(function (go) {
      if (stopped || go !== true) return;
      var t0 = performance.now();
      var result = loadStory(storyText);
      performance.measure("mm-load-story", { start: t0 });  // for scripts/bench.sh and tests
      var file = src.url.replace(location.origin + "/", "");
      if (!result.ok) {
        var errors = result.diagnostics.filter(function (d) { return d.severity === "error"; });
        showAlert(t("alert.story_errors", { n: errors.length }, errors.length), t("alert.story_errors_intro", { file: file }),
          errors, loadAll);
        return;
      }
      document.title = result.title + " · " + t("page.title_suffix");
      // The canvas cannot shape right-to-left scripts: such a story is read in its text version.
      if (rtlStory) {
        setPageVisible(false);  // before its first frame: the canvas never shows
        textVersionFromCore();
        root.classList.add("mm-rtl-story", "mm-show-text");
        var note = document.createElement("p");
        note.className = "mm-page-note";
        note.setAttribute("role", "note");
        note.textContent = t("page.rtl_note");
        textEl.insertBefore(note, textEl.firstChild);
        setStatus("");
        return;
      }
      // The rest in a task of its own (the module's first calls to its state, selection and size
      // code compile those functions): one of ImGui's undrawn first passes may run between the two
      // (the first frame is drawn only once two passes agree).
      return nextTask().then(function () { return true; });
    }).then(function (go) {
      if (stopped || go !== true) return;
      // The tour button before the first frame: shown after it, it could make the bar wrap on a
      // phone, resize the canvas and have that frame drawn twice.
      tourButton(currentState());
      // The text version written into the page is the bundled story's, in English.
      if (config.customStory || locale.tag !== "en") {
        var t1 = performance.now();
        textVersionFromCore();
        performance.measure("mm-text-version", { start: t1 });
      }
      // ?mode=predict|class: its script first (it reads a student's #answers= link before the hash
      // is selected).
      if (config.mode !== "read") return withClassroom(storyText);
      finish();
    }).catch(function (err) {
      if (stopped) return; // already explained
      var show = function () {
        showAlert(t("alert.story_not_loaded"),
          t("alert.load_failed", { file: src.url.replace(location.origin + "/", ""), reason: err && err.message ? err.message : err }),
          null, loadAll);
      };
      // The story never came, so only ?lang= can say which language the alert should speak.
      if (config.lang && wordsTag === "en") speak(config.lang).then(show, show); else show();
    });
  }
  loadAll();
}

start();
