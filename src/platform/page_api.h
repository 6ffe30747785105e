// page_api.h — the whole boundary between the page (web/js/) and the WebAssembly module, in one
// place, like a Dear ImGui backend header.
//
// Implemented features:
//  [x] Page → wasm: the exported C functions below (mm_*). Each decodes its C arguments, calls one
//      App verb (app.h) and encodes the result (js_exports.cpp). cmake/WebApp.cmake's MM_EXPORTS
//      lists exactly these; the page_api test (tests/checks/page_api.cmake) keeps it so.
//  [x] Wasm → page: the Module.mmOn* hooks below, each optional, so the module never depends on a
//      particular page (js_hooks.cpp; web/js/bridge.js installs them).
//  [x] Names, not numbers, cross the boundary: views, keyboard commands, font files, themes and
//      colours are strings (page_names.h holds the tables); selections travel as the story's ids.
//  [x] One state document, built once in C++ (page_state.cpp) and sent as it is: see "State".
//  [x] C++ is the only writer of the URL hash: the page applies state.hash, never builds one.
//  [x] Strings: UTF-8 in both directions. A returned const char* stays valid until the next mm_*
//      call that returns a string.
//  [x] The editors' studio has a module of its own (see "studio module" below).
//  [x] The module comes in two halves (scripts/lib/split-wasm.mjs): the functions readers' visits
//      run, and the rest, whose table slots hold placeholders until web/js/deferred.js adds the
//      second half (on the reader's first interaction) or the glue's Module.loadSplitModule hook
//      asks for it synchronously. Neither C++ nor this boundary changes: the split is by function,
//      after the link.
// Missing features:
//  [ ] Only one module per page: the exports act on the one App (TheApp()).
//
// State (mm_state(), Module.mmOnSelect): a JSON object
//   {"selection": {"kind": "none"} | {"kind": "cell", "suspect": id, "motive": id}
//                 | {"kind": "suspect"|"motive"|"event"|"goal"|"reaction", "id": id},
//    "view": "both"|"matrix"|"timeline",  "hash": "#event=leak&lens=facts" ("" when nothing is
//    selected under all evidence), "lens": "all"|"facts"|"attributed"|"analysis",
//    "highlight": {"suspects": [id…], "motives": […], "events": […], "goals": […]},
//    "description": one sentence for the live region ("Selection cleared" when nothing is),
//    "lensDescription": one for the live region when the lens changed,
//    "ready": a story is loaded, "theme": "light"|"dark", "contentHeight": CSS px, "fontScale": x,
//    "mode": "read"|"predict"|"class", and outside read mode "classroom": {"fingerprint": 4 hex
//    digits, "cells": [{"suspect", "motive", "rating" (predict), "sources" (once revealed, or in
//    class mode), "gap": bool (once revealed), "counts": {rating: n} (class)}], predict:
//    "rated", "firstChoice": id|null, "revealed", "code"; class: "students", "firstChoices":
//    {id: n}, "noFirstChoice"}},
//    "step": the guided tour's step (1-based) or null, "tourSteps": how many the story has,
//    "presenter": presenter mode (?present=1)}. While a step's target shows, "hash" is "#step=3" (with "&lens=…" under a lens) and
//    "description" begins "Step 3 of 7: <caption>".
// Before the module is ready the page answers state() itself with {selection: {kind: "none"},
// view: "both", hash: "", lens: "all", ready: false, mode: ?mode= or "read"} (web/js/bridge.js).
#pragma once

#include <emscripten.h>

#include <cstdint>
#include <string>

// ---- page → wasm ------------------------------------------------------------------------------
extern "C" {

// Hands over one font file (the bytes are copied). `file` is its name or URL as the page knows it:
// the face is the last path segment up to its first dot ("fonts/NotoSans-Bold.3f2a09c1de.ttf" is
// NotoSans-Bold; page_names.h lists the four), and a "-Ext" suffix (NotoSans-Bold-Ext) marks the
// face's Latin Extended-A + Cyrillic file. Returns 0 for a name that is no face of ours.
EMSCRIPTEN_KEEPALIVE int mm_add_font(const char* file, const uint8_t* data, int size);

// Validates `size` bytes of story JSON and, if valid, shows it with nothing selected. Returns
// {"ok", "errors", "warnings", "diagnostics": [{severity, path, line, column, message, text}],
// and when ok "title", "id"}. An invalid story leaves the current one (if any) on screen.
EMSCRIPTEN_KEEPALIVE const char* mm_load_story(const char* text, int size);

// Selects what `target_json` names, the JSON form of window.motiveMatrix.select's argument:
//   "#cell=a:b" (a URL hash, "#" optional; "#step=3" shows the tour's third step) | {"cell": ["a", "b"]} | {"event": "leak"} (likewise
//   suspect, motive, goal, reaction; the first of these keys present wins) | null or "" to clear.
// A hash sets the evidence lens too ("#cell=a:b&lens=facts", "#lens=analysis"; none is all
// evidence); an object may carry {"lens": "facts"} (alone it keeps the selection), and without
// it leaves the lens as it is.
// Anything that names nothing clears the selection too. Returns 1 if the target named something
// in the story (or was a clear), 0 otherwise.
EMSCRIPTEN_KEEPALIVE int mm_select(const char* target_json);

// The state document (see "State" above).
EMSCRIPTEN_KEEPALIVE const char* mm_state();

// The stage's size in CSS px and the device pixel ratio.
EMSCRIPTEN_KEEPALIVE void mm_resize(int css_w, int css_h, float dpr);

// The page saw input: run frames so that what SDL queued is handled.
EMSCRIPTEN_KEEPALIVE void mm_wake();

// "both", "matrix" or "timeline". Returns 0 (and changes nothing) for any other name.
EMSCRIPTEN_KEEPALIVE int mm_set_view(const char* name);

// The evidence lens (src/core/evidence_lens.h): "all" (or ""), "facts", "attributed" or
// "analysis". Returns 0 (and changes nothing) for any other name. The page hears of the change
// through Module.mmOnSelect, with the hash ("#cell=a:b&lens=facts").
EMSCRIPTEN_KEEPALIVE int mm_set_lens(const char* name);

// 0 while the tab is hidden or the iframe is scrolled out of view: no frames at all until 1.
EMSCRIPTEN_KEEPALIVE void mm_set_page_visible(int visible);

// A keyboard command (src/core/keyboard_nav.h): "next-panel" (Tab), "previous-panel"
// (Shift-Tab), "left", "right", "up", "down", "home", "end", "activate" (Enter, Space), "clear"
// (Escape), "blur", "next-step" (PageDown), "previous-step" (PageUp). While the tour runs, left
// and right move it too, and "clear" ends it (src/core/tour.h). Returns 1 if the explainer used it (the page then prevents the browser's
// default), 0 to let the browser have the key (e.g. Tab out of the canvas, or an unknown name).
EMSCRIPTEN_KEEPALIVE int mm_nav(const char* command);

// The reader's text size (1 = default, 0.75–2.5; other values are ignored).
EMSCRIPTEN_KEEPALIVE void mm_set_font_scale(float scale);

// The guided tour: shows step `step` (1-based; it selects the step's target and view), or ends the
// tour for 0. Returns 0, changing nothing, for a step the story's tour does not have.
EMSCRIPTEN_KEEPALIVE int mm_tour(int step);

// Presenter mode (?present=1): 1 on, 0 off. Text at least 28 CSS px, the tour's caption large,
// the high-contrast palette (src/platform/app.h, SetPresenter).
EMSCRIPTEN_KEEPALIVE void mm_set_presenter(int on);

// The interface language for a BCP 47 tag (docs/languages.md): {"tag": the shipped locale
// ("de-AT" → "de", unknown → "en"), "sameLanguage": whether that is the language asked for,
// "rtl": whether the language asked for is written right to left (Arabic, Hebrew…)}.
EMSCRIPTEN_KEEPALIVE const char* mm_locale_for(const char* requested);

// Hands over a locale file (assets/locales/<tag>.json, `size` bytes) and makes it the interface
// language; "en" (or no text) returns to the built-in English. The canvas and mm_text_html()
// speak it from then on. Returns "" or, for a file that is refused, why (for the console).
EMSCRIPTEN_KEEPALIVE const char* mm_set_locale(const char* tag, const char* text, int size);

// The current story as semantic HTML (src/core/text_version.h), for stories loaded at run time;
// "" before one is loaded.
EMSCRIPTEN_KEEPALIVE const char* mm_text_html();

// The matrix as CSV (src/core/matrix_csv.h: one row per suspect × motive pair, strength and
// quote count), for "Get the data"; "" before a story is loaded.
EMSCRIPTEN_KEEPALIVE const char* mm_matrix_csv();

// For an image of what is on screen: draws the explainer now, synchronously, with the canvas's
// backing store at `scale` × its CSS size (1–4) and the font atlas rasterised at that scale, so
// the page can read the canvas in the same task (canvas.toBlob). The page then calls
// mm_resize() with the device pixel ratio again. Returns 1 if it drew, 0 (and changes nothing)
// before a story and fonts are there, while the WebGL context is lost, or for another scale.
// SDL sizes the backing store by window.devicePixelRatio: the page sets it to `scale` for the
// call (web/js/bridge.js, drawForImage).
EMSCRIPTEN_KEEPALIVE int mm_draw_for_image(float scale);

// Theme: `theme` "light" or "dark"; `background` "transparent" (the host page shows through) or
// anything else for the theme's own page colour; `accent` "" for the theme's own, or a hex colour
// ("c0392b", "#c0392b", "c39"). Returns "" or, when the accent is refused (not a colour, or below
// 3:1 contrast with the page colour), why, as a sentence for the console.
EMSCRIPTEN_KEEPALIVE const char* mm_set_theme(const char* theme, const char* background, const char* accent);

// The classroom modes (core/classroom_session.h): "read", "predict" or "class" for the current
// story, each starting empty. Returns 0 (and changes nothing) for any other name or no story.
EMSCRIPTEN_KEEPALIVE int mm_set_mode(const char* name);

// A change to the prediction or the class, as JSON; returns {"ok": bool} (and for codes
// "refused": [{"code", "why": "mistyped"|"other-story"|"wrong-length"|"bad-character"|"empty"|
// "unknown-version"}]). While predicting: {"cell": [suspect, motive], "rating": "not-argued"|
// "weak"|"argued"|"strong"|"unrated"} | {"first": {"suspect": id} | null} | {"reveal": true} |
// {"restore": code, "revealed": bool} (the student's own answers back from storage). In class
// mode: {"codes": text} replaces the class with the codes in the text (classroom_session.h,
// SplitCodes). The state document's "classroom" shows the result.
EMSCRIPTEN_KEEPALIVE const char* mm_classroom(const char* command_json);

// Tests and tools: mm_probe(1) records the interactive boxes of every frame; mm_probe_json()
// returns the last frame's as [{what, label, hash, x0, y0, x1, y1}] (CSS px).
EMSCRIPTEN_KEEPALIVE void mm_probe(int enable);
EMSCRIPTEN_KEEPALIVE const char* mm_probe_json();

// ---- studio module (page → wasm) --------------------------------------------------------------
// The editors' studio (web/studio/, docs/authoring.md) loads its own module, studio-core, built
// from src/core and studio_exports.cpp only (no ImGui, SDL or App): the explainer never links
// these, and cmake/WebApp.cmake's MM_STUDIO_EXPORTS lists exactly them (tests/checks/page_api.cmake).
// Strings in are UTF-8 with their byte length; the returned string stays valid until the next
// mm_studio_* call. The logic and the JSON replies are core/studio/studio_service.h's.

// `motive-matrix check STORY --source ID=TEXT…`: `sources_json` is {"source id": "text", …}.
// Returns {"ok", "title", "errors": [{path, line, column, message, text, (source, quote,
// nearest)}], "warnings": […], "quotes": {checked, found}}.
EMSCRIPTEN_KEEPALIVE const char* mm_studio_check(const char* story, int story_size, const char* sources_json,
                                                 int sources_size);

// `motive-matrix import SHEET…`: `sheets_json` is {"suspects": "csv or tab-separated text", …}.
// Returns {"ok", "story": text or "", "errors": [{sheet, row, column, columnName, path, message,
// text}], "warnings": […]}.
EMSCRIPTEN_KEEPALIVE const char* mm_studio_import(const char* sheets_json, int size);

}  // extern "C"

// ---- wasm → page ------------------------------------------------------------------------------
namespace mm::platform {

void JsFirstFrame();                                // Module.mmOnFirstFrame(): the first frame is on screen
void JsSelectionChanged(const std::string& state);  // Module.mmOnSelect(stateJson): the selection changed
void JsContentHeight(float css_px);                 // Module.mmOnContentHeight(px): the explainer's full height
void JsGraphicsState(bool available);               // Module.mmOnGraphics(available): WebGL context lost / back
void JsFatal(const char* message);                  // Module.mmOnFatal(message): the interactive view cannot run
void JsOutOfMemory();                               // Module.mmOnOutOfMemory(): the module is about to abort

}  // namespace mm::platform
