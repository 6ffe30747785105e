// items.js — the forms of the story's lists: add, edit, reorder and delete suspects, motives (and
// groups), links, events, goals, reactions and editor's notes, each with its evidence. Provides:
// renderAllItems(), renderList(list), refreshNames(). Uses: app, changed() (studio.js); el,
// fieldFor, idChecklist, FIELD_SETS, KIND_OPTIONS, pointer (forms.js); ITEM_KINDS, renameId,
// freshId, slug (model.js).
"use strict";

var LISTS = ["sources", "suspects", "motive_groups", "motives", "links", "events", "goals", "reactions", "notes"];
var HAS_ID = { sources: true, suspects: true, motive_groups: true, motives: true, events: true, goals: true, reactions: true };
var ID_BASE = { sources: "source", suspects: "suspect", motive_groups: "group", motives: "motive", events: "event", goals: "goal", reactions: "reaction" };

function capital(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
function itemTitle(list, item, i) {
  return capital(ITEM_KINDS[list].noun) + " " + (i + 1) + ": " + (ITEM_KINDS[list].name(item, app.story) || "(new)");
}
function choicesOf(list) {
  return (app.story[list] || []).map(function (x) { return { id: x.id, label: ITEM_KINDS[list].name(x, app.story) || x.id }; });
}

function renderAllItems() { LISTS.forEach(renderList); }

function renderList(list) {
  var box = document.getElementById("st-list-" + list);
  if (!box) return;
  if (!Array.isArray(app.story[list])) app.story[list] = [];
  box.setAttribute("data-path", "/" + list);  // a problem with the whole list ("needs at least one item") comes here
  var items = app.story[list];
  var heading = list === "motive_groups" ? "Motive groups" : list === "reactions" ? "Reactions" : list === "goals" ? "Goals" : null;
  var nodes = [];
  if (heading) nodes.push(el("h3", { text: heading }));
  items.forEach(function (item, i) { nodes.push(renderItem(list, item, i)); });
  nodes.push(el("button", { type: "button", className: "st-add", "data-add": list, text: "Add " + ITEM_KINDS[list].noun,
    onclick: function () { addItem(list); } }));
  box.replaceChildren.apply(box, nodes);
}

function addItem(list) {
  var items = app.story[list] = Array.isArray(app.story[list]) ? app.story[list] : [];
  var item = ITEM_KINDS[list].make(items.length + 1, app.story);
  if (HAS_ID[list]) item.id = freshId(app.story, list, ID_BASE[list]);
  items.push(item);
  changed("structure");
  var fields = document.querySelectorAll("#st-list-" + list + " > .st-item");
  var last = fields[fields.length - 1];
  var first = last && last.querySelector("input, textarea, select");
  if (first) first.focus();
}

function moveItem(list, i, by) {
  var items = app.story[list], j = i + by;
  if (j < 0 || j >= items.length) return;
  var t = items[i]; items[i] = items[j]; items[j] = t;
  changed("structure");
  var button = document.querySelector("#st-list-" + list + " > .st-item:nth-of-type(" + (j + 1) + ") [data-move='" + by + "']");
  if (button && !button.disabled) button.focus();
  else { var item = document.querySelectorAll("#st-list-" + list + " > .st-item")[j]; if (item) item.querySelector("button").focus(); }
}

function deleteItem(list, i) {
  var item = app.story[list][i];
  if (!window.confirm("Delete " + itemTitle(list, item, i) + "?")) return;
  app.story[list].splice(i, 1);
  changed("structure");
  var add = document.querySelector("[data-add='" + list + "']");
  if (add) add.focus();
}

function renderItem(list, item, i) {
  var base = ["", list, i].join("/");
  var legend = el("legend", { "data-legend": list + "/" + i, text: itemTitle(list, item, i) });
  var nodes = [legend];
  if (item == null || typeof item !== "object") {
    nodes.push(el("p", { className: "st-hint", text: "Not an object: fix it in the JSON view." }));
    return el("fieldset", { className: "st-item", "data-path": base }, nodes);
  }
  if (list === "links") {
    nodes.push(fieldFor({ key: "suspect", label: "Suspect", type: "select", options: [["", "— choose —"]].concat(choicesOf("suspects").map(function (c) { return [c.id, c.label]; })),
      onCommit: function (v) { item.suspect = v; changed("structure"); } }, base + "/suspect", item.suspect));
    nodes.push(fieldFor({ key: "motive", label: "Motive", type: "select", options: [["", "— choose —"]].concat(choicesOf("motives").map(function (c) { return [c.id, c.label]; })),
      onCommit: function (v) { item.motive = v; changed("structure"); } }, base + "/motive", item.motive));
  }
  // Short fields side by side where there is room; long text takes the whole width.
  var grid = el("div", { className: "st-grid" });
  (FIELD_SETS[list] || []).forEach(function (spec) {
    var path = base + "/" + spec.key;
    grid.appendChild(fieldFor(spec, path, getAt(app.story, path)));
  });
  if (list === "links") { grid.insertBefore(nodes.pop(), grid.firstChild); grid.insertBefore(nodes.pop(), grid.firstChild); }
  nodes.push(grid);
  if (list === "motives") {
    grid.appendChild(fieldFor({ key: "group", label: "Group (optional)", type: "select", optional: true,
      options: [["", "— none —"]].concat(choicesOf("motive_groups").map(function (c) { return [c.id, c.label]; })) }, base + "/group", item.group));
  }
  if (list === "sources") nodes.splice(1, 0, sourceTextField(item));
  if (HAS_ID[list]) {
    grid.appendChild(fieldFor({ key: "id", label: "Id", spellcheck: false, help: "Lower-case letters, digits and hyphens; references follow a change.",
      onCommit: function (v, control) {
        var from = item.id;
        item.id = v;
        renameId(app.story, list, from, v);
        if (list === "sources" && app.texts[from] !== undefined && from !== v) { app.texts[v] = app.texts[from]; delete app.texts[from]; }
        changed("structure");
      } }, base + "/id", item.id));
  }
  if (list === "events") {
    nodes.push(idChecklist("Related motives (optional)", base + "/motives", item.motives, choicesOf("motives")));
    nodes.push(idChecklist("Related suspects (optional)", base + "/suspects", item.suspects, choicesOf("suspects")));
  }
  if (list === "goals") {
    nodes.push(idChecklist("Events", base + "/events", item.events, choicesOf("events")));
    nodes.push(idChecklist("Motives", base + "/motives", item.motives, choicesOf("motives")));
  }
  var evPath = list === "suspects" ? base + "/assessment/evidence" : ["links", "events", "goals", "reactions"].indexOf(list) >= 0 ? base + "/evidence" : null;
  if (evPath) nodes.push(renderEvidence(evPath, list + "/" + i));
  if (list !== "notes" && list !== "sources" && list !== "motive_groups") nodes.push(renderItemNotes(base + "/notes"));
  var n = app.story[list].length;
  nodes.push(el("div", { className: "st-row st-item-actions" }, [
    el("button", { type: "button", "data-move": "-1", disabled: i === 0, onclick: function () { moveItem(list, i, -1); } },
      ["Move up", el("span", { className: "st-sr", "data-name-of": list + "/" + i, text: " " + itemTitle(list, item, i) })]),
    el("button", { type: "button", "data-move": "1", disabled: i === n - 1, onclick: function () { moveItem(list, i, 1); } },
      ["Move down", el("span", { className: "st-sr", "data-name-of": list + "/" + i, text: " " + itemTitle(list, item, i) })]),
    el("button", { type: "button", className: "st-danger", onclick: function () { deleteItem(list, i); } },
      ["Delete", el("span", { className: "st-sr", "data-name-of": list + "/" + i, text: " " + itemTitle(list, item, i) })])
  ]));
  return el("fieldset", { className: "st-item", "data-path": base }, nodes);
}

// The evidence of one item: each quote with its source, kind and speaker.
function renderEvidence(path, targetKey) {
  var list = getAt(app.story, path);
  if (!Array.isArray(list)) { list = []; setAt(app.story, path, list); }
  var sources = (app.story.sources || []).map(function (s) { return [s.id, s.title || s.id]; });
  var nodes = [el("legend", { text: "Evidence (" + list.length + ")" })];
  list.forEach(function (ev, j) {
    var p = path + "/" + j;
    nodes.push(el("div", { className: "st-evidence", "data-path": p }, [
      fieldFor({ key: "quote", label: "Quote " + (j + 1) + " (verbatim)", type: "textarea" }, p + "/quote", ev.quote),
      el("div", { className: "st-row" }, [
        fieldFor({ key: "source", label: "Source", type: "select", options: [["", "— choose —"]].concat(sources) }, p + "/source", ev.source),
        fieldFor({ key: "kind", label: "Kind", type: "select", options: KIND_OPTIONS }, p + "/kind", ev.kind),
        fieldFor({ key: "speaker", label: "Speaker (for attributed)", optional: true }, p + "/speaker", ev.speaker)
      ]),
      el("button", { type: "button", className: "st-danger", onclick: function () {
        list.splice(j, 1); changed("structure");
      } }, ["Remove quote " + (j + 1)])
    ]));
  });
  nodes.push(el("div", { className: "st-row" }, [
    el("button", { type: "button", onclick: function () { chooseEvidenceTarget(targetKey); } }, ["Quote from a source…"]),
    el("button", { type: "button", onclick: function () {
      list.push({ quote: "", source: sources[0] ? sources[0][0] : "", kind: "fact" }); changed("structure");
    } }, ["Type a quote"])
  ]));
  return el("fieldset", { className: "st-evidence-list", "data-path": path }, nodes);
}

// An item's own editor's notes (corrections and context, never in quotes): text and date.
function renderItemNotes(path) {
  var list = getAt(app.story, path);
  var nodes = [el("legend", { text: "Editor's notes on this item (" + (Array.isArray(list) ? list.length : 0) + ")" })];
  (Array.isArray(list) ? list : []).forEach(function (note, j) {
    var p = path + "/" + j;
    nodes.push(el("div", { className: "st-grid st-note-item", "data-path": p }, [
      fieldFor({ key: "text", label: "Note " + (j + 1), type: "textarea" }, p + "/text", note && note.text),
      fieldFor({ key: "date", label: "Date of note " + (j + 1) + " (optional)", optional: true, help: "YYYY-MM-DD", spellcheck: false }, p + "/date", note && note.date),
      el("div", { className: "st-field" }, [el("button", { type: "button", className: "st-danger", onclick: function () {
        list.splice(j, 1);
        if (!list.length) removeAt(app.story, path);
        changed("structure");
      } }, ["Remove note " + (j + 1)])])
    ]));
  });
  nodes.push(el("button", { type: "button", onclick: function () {
    var now = getAt(app.story, path);
    if (!Array.isArray(now)) { now = []; setAt(app.story, path, now); }
    now.push({ text: "", date: todayIso() });
    changed("structure");
  } }, ["Add an editor's note"]));
  return el("fieldset", { className: "st-notes-list", "data-path": path }, nodes);
}

// Names shown in legends follow typing without re-rendering (which would take the focus away).
function refreshNames() {
  document.querySelectorAll("[data-legend]").forEach(function (lg) {
    var k = lg.getAttribute("data-legend").split("/"), item = (app.story[k[0]] || [])[+k[1]];
    if (item) lg.textContent = itemTitle(k[0], item, +k[1]);
  });
  document.querySelectorAll("[data-name-of]").forEach(function (span) {
    var k = span.getAttribute("data-name-of").split("/"), item = (app.story[k[0]] || [])[+k[1]];
    if (item) span.textContent = " " + itemTitle(k[0], item, +k[1]);
  });
  refreshEvidenceTargets();
}
