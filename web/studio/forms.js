// forms.js — form controls bound to the story by JSON Pointer. Every control carries
// data-path="/suspects/0/name", which is how a problem in the checks list takes the editor to its
// field (checks.js). Provides: pointer(path), getAt, setAt, el(tag, attrs, children), fieldFor(spec,
// path, value), FIELD_SETS. Uses: app, changed(what) (studio.js).
"use strict";

function pointer(parts) { return "/" + parts.map(function (p) { return String(p).replace(/~/g, "~0").replace(/\//g, "~1"); }).join("/"); }
function parts(path) { return path.split("/").slice(1).map(function (p) { return p.replace(/~1/g, "/").replace(/~0/g, "~"); }); }
function getAt(obj, path) {
  return parts(path).reduce(function (o, k) { return o == null ? undefined : o[k]; }, obj);
}
function setAt(obj, path, value) {
  var ks = parts(path), last = ks.pop();
  var o = ks.reduce(function (o, k) { if (o[k] == null || typeof o[k] !== "object") o[k] = {}; return o[k]; }, obj);
  o[last] = value;
}

function el(tag, attrs, children) {
  var e = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (k) {
    var v = attrs[k];
    if (v == null || v === false) return;
    if (k === "text") e.textContent = v;
    else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), v);
    else if (k === "className") e.className = v;
    else e.setAttribute(k, v === true ? "" : v);
  });
  (children || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
  return e;
}

var fieldCounter = 0;
// One labelled control for spec = { key, label, type, options, help, rows, onCommit } at `path`.
// Typing changes the story at once (and the checks and JSON follow, debounced); id fields commit
// on change, so that references are renamed once (renameId).
function fieldFor(spec, path, value) {
  var id = "st-f" + (++fieldCounter), control, helpId = spec.help ? id + "-help" : null;
  var type = spec.type || "text";
  var common = { id: id, "data-path": path, "aria-describedby": helpId };
  if (type === "textarea") {
    control = el("textarea", Object.assign({ rows: spec.rows || 2 }, common));
    control.value = value == null ? "" : String(value);
  } else if (type === "select") {
    control = el("select", common, spec.options.map(function (o) {
      var opt = Array.isArray(o) ? o : [o, o];
      return el("option", { value: opt[0], text: opt[1] });
    }));
    control.value = value == null ? "" : String(value);
    if (control.value !== String(value == null ? "" : value) && value != null && value !== "") {
      control.appendChild(el("option", { value: String(value), text: String(value) + " (unknown)" }));
      control.value = String(value);
    }
  } else if (type === "checkbox") {
    control = el("input", Object.assign({ type: "checkbox" }, common));
    control.checked = value === true;
  } else {
    control = el("input", Object.assign({ type: "text", placeholder: spec.placeholder, inputmode: spec.inputmode,
      autocomplete: "off", spellcheck: spec.spellcheck === false ? "false" : null }, common));
    control.value = value == null ? "" : String(value);
  }
  var read = function () {
    if (type === "checkbox") return control.checked;
    if (spec.number) return control.value === "" ? "" : (isNaN(Number(control.value)) ? control.value : Number(control.value));
    return control.value;
  };
  if (spec.onCommit) {
    control.addEventListener("change", function () { spec.onCommit(read(), control); });
  } else {
    control.addEventListener(type === "checkbox" || type === "select" ? "change" : "input", function () {
      var v = read();
      if (spec.optional && v === "" ) { removeAt(app.story, path); } else setAt(app.story, path, v);
      changed(spec.structural ? "structure" : "field");
    });
  }
  var label = el("label", { "for": id, text: spec.label });
  var wrap = el("div", { className: "st-field" + (type === "checkbox" ? " st-check" : type === "textarea" ? " st-wide" : "") },
    type === "checkbox" ? [control, label] : [label, control]);
  if (spec.help) wrap.appendChild(el("p", { id: helpId, className: "st-hint", text: spec.help }));
  return wrap;
}

function removeAt(obj, path) {
  var ks = parts(path), last = ks.pop();
  var o = ks.reduce(function (o, k) { return o == null ? undefined : o[k]; }, obj);
  if (o && typeof o === "object") delete o[last];
}

// A list of ids to pick from (an event's motives, a goal's events…): one checkbox each.
function idChecklist(label, path, chosen, choices) {
  chosen = Array.isArray(chosen) ? chosen : [];
  var boxes = choices.map(function (c) {
    var id = "st-f" + (++fieldCounter);
    var box = el("input", { type: "checkbox", id: id, value: c.id, "data-path": path });
    box.checked = chosen.indexOf(c.id) >= 0;
    box.addEventListener("change", function () {
      var now = getAt(app.story, path);
      now = Array.isArray(now) ? now.slice() : [];
      if (box.checked && now.indexOf(c.id) < 0) now.push(c.id);
      if (!box.checked) now = now.filter(function (x) { return x !== c.id; });
      setAt(app.story, path, now);
      changed("field");
    });
    return el("span", { className: "st-check" }, [box, el("label", { "for": id, text: c.label })]);
  });
  if (!boxes.length) boxes = [el("span", { className: "st-hint", text: "(none yet)" })];
  return el("fieldset", { className: "st-idlist", "data-path": path }, [el("legend", { text: label })].concat(boxes));
}

var KIND_OPTIONS = [["fact", "reported fact"], ["attributed", "attributed to a named party"], ["analysis", "the source's own analysis"]];
var DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD";

// The fields of each kind of item, in the format's order (docs/story-format.md).
var FIELD_SETS = {
  story: [
    { key: "title", label: "Title" },
    { key: "dek", label: "Dek (one-sentence summary)", type: "textarea" },
    { key: "framing", label: "Framing note shown to every reader", type: "textarea", rows: 3 },
    { key: "id", label: "Story id (used in links)", spellcheck: false, help: "Lower-case letters, digits and hyphens." },
    { key: "language", label: "Language (BCP 47 tag)", spellcheck: false, help: "e.g. en, de, pt-BR" },
    { key: "published", label: "Published", help: "YYYY-MM-DD", spellcheck: false },
    { key: "updated", label: "Updated (optional)", help: "YYYY-MM-DD", optional: true, spellcheck: false }
  ],
  sources: [
    { key: "title", label: "Title" },
    { key: "publisher", label: "Publisher", optional: true },
    { key: "author", label: "Author", optional: true, help: "A publisher or an author (or both)." },
    { key: "kind", label: "Kind", type: "select", options: ["opinion", "news", "official", "analysis", "other"] },
    { key: "date", label: "Date (optional)", optional: true, help: DATE_HELP, spellcheck: false },
    { key: "url", label: "Address (optional)", optional: true, spellcheck: false }
  ],
  suspects: [
    { key: "name", label: "Name, as the source has it" },
    { key: "short", label: "Short name (≤ 32 characters)" },
    { key: "summary", label: "Summary (your words)", type: "textarea" },
    { key: "assessment/rank", label: "Rank (1 = the source's strongest theory)", number: true, inputmode: "numeric" },
    { key: "assessment/label", label: "Rank label", help: "e.g. strongest traction" }
  ],
  motive_groups: [{ key: "label", label: "Label" }],
  motives: [
    { key: "label", label: "Label (≤ 48 characters)" },
    { key: "description", label: "Description (your words)", type: "textarea" }
  ],
  links: [
    { key: "strength", label: "Strength", type: "select", number: true,
      options: [["1", "1 — raised as possible, or weak"], ["2", "2 — argued"], ["3", "3 — asserted as clear"]] },
    { key: "argument", label: "Argument (one sentence, your words)", type: "textarea" }
  ],
  events: [
    { key: "title", label: "Title (≤ 60 characters)" },
    { key: "date", label: "Date", help: DATE_HELP + " — never guessed day/month order", spellcheck: false },
    { key: "precision", label: "Precision", type: "select", optional: true,
      options: [["", "as the date is written"], ["approximate", "approximate (“around”)"], ["day", "day"], ["month", "month"], ["year", "year"]] },
    { key: "kind", label: "Kind", type: "select", options: [["act", "act (what the story asks about)"], ["context", "context"], ["reaction", "reaction"]] },
    { key: "detail", label: "Detail", type: "textarea" },
    { key: "coincided", label: "Coincided with the act (a “why now” moment)", type: "checkbox" }
  ],
  goals: [
    { key: "title", label: "Title" },
    { key: "explanation", label: "Explanation (your words)", type: "textarea" }
  ],
  reactions: [
    { key: "party", label: "Party" },
    { key: "stance", label: "Stance (a few words)" }
  ],
  notes: [
    { key: "text", label: "Note", type: "textarea" },
    { key: "date", label: "Date (optional)", optional: true, help: "YYYY-MM-DD", spellcheck: false }
  ]
};
