// model.js — the studio's core bridge and its story model. Provides: window.motiveMatrixStudio
// (check, importSheets, ready), coreCheck(text, sources), coreImport(sheets), newStory(),
// ITEM_KINDS (the story's lists and the fields each item starts with), slug(), renameId(),
// evidenceTargets(story). Uses: createStudioCore (studio-core.js, src/platform/studio_exports.cpp).
"use strict";

var studioCore = null;
// Strings cross as UTF-8 bytes; the reply stays valid until the next call (page_api.h).
function callCore(name, texts) {
  if (!studioCore) throw new Error("the studio's checker is still loading (await motiveMatrixStudio.ready)");
  var ptrs = [], args = [];
  texts.forEach(function (t) {
    var n = studioCore.lengthBytesUTF8(t), p = studioCore._malloc(n + 1);
    studioCore.stringToUTF8(t, p, n + 1);
    ptrs.push(p); args.push(p, n);
  });
  try {
    return JSON.parse(studioCore.UTF8ToString(studioCore[name].apply(null, args)));
  } finally {
    ptrs.forEach(function (p) { studioCore._free(p); });
  }
}
function coreCheck(text, sources) { return callCore("_mm_studio_check", [text, JSON.stringify(sources || {})]); }
function coreImport(sheets) { return callCore("_mm_studio_import", [JSON.stringify(sheets || {})]); }

// For tests and tools (README.md, docs/authoring.md).
window.motiveMatrixStudio = {
  ready: createStudioCore().then(function (m) { studioCore = m; return true; }),
  // → { errors, warnings, ok, quotes }: `motive-matrix check`'s findings, each with path, line,
  // column (bytes), message; quotes not found in options.sources name the nearest passage.
  check: function (storyText, options) { return coreCheck(String(storyText), (options && options.sources) || {}); },
  // → the story's text; throws an Error whose .errors lists the located problems (sheet, row, column).
  importSheets: function (sheets) {
    var r = coreImport(sheets);
    if (!r.story || !r.ok) {
      var e = new Error("the sheets did not import: " + (r.errors[0] ? r.errors[0].text : "unknown error"));
      e.errors = r.errors; e.warnings = r.warnings; e.story = r.story;
      throw e;
    }
    return r.story;
  }
};

function todayIso() { return new Date().toISOString().slice(0, 10); }

function newStory() {
  return {
    format: "motive-matrix/story@1", id: "my-story", language: "en", title: "", dek: "",
    framing: "This maps the claims of the sources below; the suspects and motives are theirs, not verified facts; the strengths are our reading of how firmly they argue them.",
    published: todayIso(), sources: [], suspects: [], motive_groups: [], motives: [], links: [], events: [],
    goals: [], reactions: [], notes: []
  };
}

// Each list of the story: what a new item holds (in the format's order) and how it is named.
var ITEM_KINDS = {
  sources: { noun: "source", make: function (n) { return { id: "source-" + n, title: "", publisher: "", kind: "news", date: "", url: "" }; },
    name: function (it) { return it.title; } },
  suspects: { noun: "suspect", make: function (n) { return { id: "suspect-" + n, name: "", short: "", summary: "", assessment: { rank: n, label: "", evidence: [] } }; },
    name: function (it) { return it.name; } },
  motive_groups: { noun: "motive group", make: function (n) { return { id: "group-" + n, label: "" }; }, name: function (it) { return it.label; } },
  motives: { noun: "motive", make: function (n) { return { id: "motive-" + n, label: "", description: "" }; }, name: function (it) { return it.label; } },
  links: { noun: "link", make: function (n, story) {
    return { suspect: story.suspects[0] ? story.suspects[0].id : "", motive: story.motives[0] ? story.motives[0].id : "", strength: 2, argument: "", evidence: [] };
  }, name: function (it, story) { return nameOf(story, "suspects", it.suspect) + " × " + nameOf(story, "motives", it.motive); } },
  events: { noun: "event", make: function (n) { return { id: "event-" + n, date: "", kind: "context", title: "", detail: "", evidence: [] }; },
    name: function (it) { return it.title; } },
  goals: { noun: "goal", make: function (n) { return { id: "goal-" + n, title: "", explanation: "", evidence: [], events: [], motives: [] }; },
    name: function (it) { return it.title; } },
  reactions: { noun: "reaction", make: function (n) { return { id: "reaction-" + n, party: "", stance: "", evidence: [] }; },
    name: function (it) { return it.party; } },
  notes: { noun: "editor's note", make: function () { return { text: "", date: todayIso() }; }, name: function (it) { return it.text ? it.text.slice(0, 40) : "note"; } }
};

function nameOf(story, list, id) {
  var it = (story[list] || []).find(function (x) { return x.id === id; });
  return it ? ITEM_KINDS[list].name(it, story) || id : id || "?";
}

// "Europe's lobby" → "europe-s-lobby": the format's ids are [a-z0-9-].
function slug(text) {
  return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 48);
}

// A fresh id for a new item of `list`.
function freshId(story, list, base) {
  var ids = new Set((story[list] || []).map(function (x) { return x.id; }));
  var n = (story[list] || []).length + 1, id = base + "-" + n;
  while (ids.has(id)) id = base + "-" + (++n);
  return id;
}

// An item's id changed: every reference to it follows, so the story stays whole.
function renameId(story, list, from, to) {
  if (!from || from === to) return;
  var swap = function (v) { return v === from ? to : v; };
  var swapList = function (a) { return Array.isArray(a) ? a.map(swap) : a; };
  var evidence = function (it) {
    (it.evidence || []).forEach(function (e) { if (list === "sources") e.source = swap(e.source); });
  };
  (story.links || []).forEach(function (l) {
    if (list === "suspects") l.suspect = swap(l.suspect);
    if (list === "motives") l.motive = swap(l.motive);
    evidence(l);
  });
  (story.events || []).forEach(function (e) {
    if (list === "suspects") e.suspects = swapList(e.suspects);
    if (list === "motives") e.motives = swapList(e.motives);
    evidence(e);
  });
  (story.goals || []).forEach(function (g) {
    if (list === "events") g.events = swapList(g.events);
    if (list === "motives") g.motives = swapList(g.motives);
    evidence(g);
  });
  (story.motives || []).forEach(function (m) { if (list === "motive_groups" && m.group === from) m.group = to; });
  (story.suspects || []).forEach(function (s) { if (s.assessment) evidence(s.assessment); });
  (story.reactions || []).forEach(evidence);
}

// Everything evidence can be added to: [{ key: "links/2", label, evidence: the array }].
function evidenceTargets(story) {
  var out = [];
  (story.suspects || []).forEach(function (s, i) {
    if (!s.assessment || typeof s.assessment !== "object") return;
    if (!Array.isArray(s.assessment.evidence)) s.assessment.evidence = [];
    out.push({ key: "suspects/" + i, label: "Suspect: " + (ITEM_KINDS.suspects.name(s) || s.id), evidence: s.assessment.evidence });
  });
  ["links", "events", "goals", "reactions"].forEach(function (list) {
    (story[list] || []).forEach(function (it, i) {
      if (!it || typeof it !== "object") return;
      if (!Array.isArray(it.evidence)) it.evidence = [];
      var noun = ITEM_KINDS[list].noun;
      out.push({ key: list + "/" + i, label: noun.charAt(0).toUpperCase() + noun.slice(1) + ": " + (ITEM_KINDS[list].name(it, story) || it.id), evidence: it.evidence });
    });
  });
  return out;
}

// Optional fields that the forms leave empty are left out of the file, not written as "".
var OPTIONAL_EMPTY = ["updated", "publisher", "author", "date", "url", "group", "speaker", "precision"];
function pruneEmpty(value) {
  if (Array.isArray(value)) { value.forEach(pruneEmpty); return value; }
  if (value && typeof value === "object") {
    Object.keys(value).forEach(function (k) {
      if (OPTIONAL_EMPTY.indexOf(k) >= 0 && value[k] === "") delete value[k];
      else pruneEmpty(value[k]);
    });
  }
  return value;
}
// The optional lists are left out when empty, like the bundled stories.
function storyText(story) {
  var copy = pruneEmpty(JSON.parse(JSON.stringify(story)));
  ["motive_groups", "goals", "reactions", "notes"].forEach(function (k) {
    if (Array.isArray(copy[k]) && copy[k].length === 0) delete copy[k];
  });
  return JSON.stringify(copy, null, 2) + "\n";
}
