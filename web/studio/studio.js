// studio.js — the editors' studio page: its state, the parts' navigation, the draft that
// autosaves to this browser's storage, Open / Download / New, and the publish help.
// Provides: app, changed(what), jsonEdited(text), showSection(name), status(text). Uses every
// other script of web/studio (index.html loads them in order; this one last).
"use strict";

var DRAFT_KEY = "motive-matrix-studio-draft";
var SECTIONS = [["story", "Story"], ["sources", "Sources"], ["suspects", "Suspects"], ["motives", "Motives"], ["links", "Links"],
  ["events", "Events"], ["goals", "Goals and reactions"], ["notes", "Editor's notes"], ["json", "JSON"], ["sheets", "Spreadsheet"], ["publish", "Publish"]];
var COUNTED = { sources: ["sources"], suspects: ["suspects"], motives: ["motives"], links: ["links"], events: ["events"], goals: ["goals", "reactions"], notes: ["notes"] };

// story: the model the forms edit; jsonText: the JSON view's text (what is checked, saved and
// downloaded); texts: source id → pasted text; sheets: sheet name → pasted cells.
var app = { story: newStory(), jsonText: "", texts: {}, sheets: {}, lastCheck: null, section: "story" };

function status(text) { document.getElementById("st-status").textContent = text; }

// what: "field" (a value typed), "structure" (items added, moved, deleted, renamed), "replace"
// (a whole new story), "texts" (a source's text), "sheets" (pasted cells).
function changed(what) {
  if (what === "field" || what === "structure" || what === "replace") {
    app.jsonText = storyText(app.story);
    setJsonText(app.jsonText);
  }
  if (what === "replace") renderStoryFields();
  if (what === "structure" || what === "replace") renderEverything();
  else if (what === "field") refreshNames();
  if (what !== "sheets") scheduleCheck();
  saveDraft();
}

// The JSON view was edited: the forms follow as soon as the text parses as an object (after a
// pause in the typing, like the checks: re-making every form on each key would be wasted).
var formsTimer = 0;
function jsonEdited(text, now) {
  app.jsonText = text;
  clearTimeout(formsTimer);
  var follow = function () {
    var parsed = null;
    try { parsed = JSON.parse(app.jsonText); } catch (e) { parsed = null; }
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      app.story = parsed;
      renderStoryFields();
      renderEverything();
    }
  };
  if (now) follow(); else formsTimer = setTimeout(follow, 300);
  scheduleCheck();
  saveDraft();
}

function renderEverything() {
  // The passage selected in a source survives the forms being made again.
  var keep = lastSourceText && lastSourceText.getAttribute("data-source");
  var from = keep ? lastSourceText.selectionStart : 0, to = keep ? lastSourceText.selectionEnd : 0;
  renderAllItems();
  if (keep) {
    lastSourceText = document.querySelector(".st-source-text[data-source='" + keep.replace(/'/g, "\\'") + "']") || null;
    if (lastSourceText) lastSourceText.setSelectionRange(from, to);
  }
  refreshEvidenceTargets();
  renderSectionNav();
  renderPublishHelp();
}

function renderStoryFields() {
  var box = document.getElementById("st-story-fields");
  box.replaceChildren.apply(box, FIELD_SETS.story.map(function (spec) {
    return fieldFor(spec, "/" + spec.key, app.story[spec.key]);
  }));
}

// ---- the parts of the story, one shown at a time --------------------------------------------
function renderSectionNav() {
  var list = document.getElementById("st-section-list");
  list.replaceChildren.apply(list, SECTIONS.map(function (s) {
    var count = COUNTED[s[0]] ? COUNTED[s[0]].reduce(function (n, k) { return n + (Array.isArray(app.story[k]) ? app.story[k].length : 0); }, 0) : null;
    return el("li", {}, [el("button", { type: "button", "data-section": s[0], "aria-current": s[0] === app.section ? "true" : null,
      onclick: function () { showSection(s[0], true); } }, [s[1], count === null ? null : el("span", { className: "st-count", text: " (" + count + ")" })])]);
  }));
}
function showSection(name, focusHeading) {
  app.section = name;
  SECTIONS.forEach(function (s) { document.getElementById("st-sec-" + s[0]).hidden = s[0] !== name; });
  document.querySelectorAll("[data-section]").forEach(function (b) {
    if (b.getAttribute("data-section") === name) b.setAttribute("aria-current", "true"); else b.removeAttribute("aria-current");
  });
  if (name === "publish") renderPublishHelp();
  if (focusHeading) {
    var h = document.querySelector("#st-sec-" + name + " h2");
    h.setAttribute("tabindex", "-1");
    h.focus();
  }
}

// ---- the draft: autosaved on every change, restored on the next visit ------------------------
var saveTimer = 0;
function saveDraft() {
  clearTimeout(saveTimer);
  // Soon, not at once: a burst of typing is one write; a closed tab loses at most this much.
  saveTimer = setTimeout(writeDraft, 150);
}
function writeDraft() {
  clearTimeout(saveTimer);
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: new Date().toISOString(), story: app.jsonText, texts: app.texts, sheets: app.sheets }));
  } catch (e) {
    status("The draft could not be saved in this browser (" + (e.name || e) + "): download the story to keep it.");
  }
}
window.addEventListener("pagehide", function () { if (saveTimer) writeDraft(); });

function restoreDraft() {
  var draft = null;
  try { draft = JSON.parse(localStorage.getItem(DRAFT_KEY) || "null"); } catch (e) { draft = null; }
  if (!draft || typeof draft.story !== "string") return false;
  app.texts = draft.texts && typeof draft.texts === "object" ? draft.texts : {};
  app.sheets = draft.sheets && typeof draft.sheets === "object" ? draft.sheets : {};
  app.jsonText = draft.story;
  try { var s = JSON.parse(draft.story); if (s && typeof s === "object" && !Array.isArray(s)) app.story = s; } catch (e) { }
  var when = new Date(draft.savedAt);
  status("Restored draft from " + (isNaN(when) ? "an earlier visit" : when.toLocaleString()) + "." +
    (parsesAsObject(app.jsonText) ? "" : " Its JSON does not parse yet: fix it in the JSON view (the forms show it once it does)."));
  return true;
}

function parsesAsObject(text) {
  try { var v = JSON.parse(text); return !!v && typeof v === "object" && !Array.isArray(v); } catch (e) { return false; }
}

// ---- files --------------------------------------------------------------------------------------
function download() {
  var id = (app.story && typeof app.story.id === "string" && app.story.id) || "story";
  var a = el("a", { href: URL.createObjectURL(new Blob([app.jsonText], { type: "application/json" })), download: id + ".json" });
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  var errors = app.lastCheck ? app.lastCheck.errors.length : 0;
  status("Downloaded " + id + ".json" + (errors ? " — it still has " + errors + " error(s): the explainer will not show it until they are fixed." : "."));
}

function openFile(file) {
  file.text().then(function (text) {
    app.jsonText = text;
    setJsonText(text);
    jsonEdited(text, true);
    var r = runCheck();
    status("Opened " + file.name + (r && r.errors.length ? ": " + r.errors.length + " error(s), listed under Checks with their line and column." : "."));
    // Text that is not a story object cannot be shown in the forms: its JSON is where to fix it.
    if (!parsesAsObject(text)) showSection("json");
  });
}

function startNew() {
  if (!window.confirm("Start a new story? The current draft (story and source texts) will be replaced. Download it first to keep it.")) return;
  app.story = newStory(); app.texts = {}; app.sheets = {};
  setUpSheets();
  changed("replace");
  status("Started a new story.");
}

// ---- publish help ---------------------------------------------------------------------------------
function renderPublishHelp() {
  var id = (app.story && typeof app.story.id === "string" && app.story.id) || "story";
  var base = new URL("../", location.href).href;
  var link = base + "index.html?story=stories/" + encodeURIComponent(id) + ".json";
  var embed = '<div class="motive-matrix-embed" data-src="' + link.replace(/&/g, "&amp;").replace(/"/g, "&quot;") +
    '"></div>\n<script src="' + base + 'embed.js" async></' + 'script>';
  var copyBox = function (label, value, rows) {
    var fid = "st-pub-" + (++fieldCounter);
    var ta = el("textarea", { id: fid, rows: rows, readonly: true, spellcheck: "false" });
    ta.value = value;
    return el("div", { className: "st-field" }, [el("label", { "for": fid, text: label }), ta]);
  };
  var box = document.getElementById("st-publish");
  box.replaceChildren(
    el("ol", { className: "st-steps" }, [
      el("li", {}, ["Fix every error listed under Checks, then press ", el("strong", { text: "Download story" }), ": you get ", el("code", { text: id + ".json" }), "."]),
      el("li", {}, ["Put the file in the ", el("code", { text: "stories/" }), " folder of your copy of the explainer (next to its ", el("code", { text: "index.html" }),
        "), on the same site: the explainer opens stories from its own site only."]),
      el("li", {}, ["Optionally check its quotes once more with the command-line tool: ", el("code", { text: "motive-matrix check " + id + ".json --source ID=article.txt" }), "."]),
      el("li", {}, ["Share the link, or paste the embed code into your article (docs/hosting.md explains both)."])
    ]),
    copyBox("Link to the explainer with this story", link, 2),
    copyBox("Embed code", embed, 3),
    el("p", { className: "st-hint", text: "The source texts you pasted are not in the story file: they stay in this browser." })
  );
}

// ---- start ----------------------------------------------------------------------------------------
function start() {
  var restored = restoreDraft();
  if (!restored) app.jsonText = storyText(app.story);
  setJsonText(app.jsonText);
  renderStoryFields();
  renderEverything();
  setUpSheets();
  setUpSheetControls();
  setUpEvidenceBar();
  setUpJsonView();
  setUpPreview();
  showSection(parsesAsObject(app.jsonText) ? "story" : "json");
  document.getElementById("st-new").addEventListener("click", startNew);
  document.getElementById("st-download").addEventListener("click", download);
  document.getElementById("st-open").addEventListener("change", function (ev) {
    if (ev.target.files && ev.target.files[0]) openFile(ev.target.files[0]);
    ev.target.value = "";
  });
  window.motiveMatrixStudio.ready.then(runCheck, function (e) {
    document.getElementById("st-check-summary").textContent = "The checker could not start: " + (e && e.message || e);
  });
}
start();
