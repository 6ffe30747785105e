// sheets.js — the spreadsheet path: the template's sheets (assets/templates/, docs/authoring.md)
// pasted as cells (tab-separated, as spreadsheets copy them) or opened as CSV files, imported by
// the core (`motive-matrix import`'s importer); problems name sheet, row and column.
// Provides: SHEETS, setUpSheets() (the sheets' fields), setUpSheetControls(). Uses: app, changed, status (studio.js); el (forms.js);
// coreImport (model.js).
"use strict";

var SHEETS = ["story", "sources", "suspects", "motives", "links", "events", "goals", "reactions", "notes"];

function sheetArea(name) { return document.getElementById("st-sheet-" + name); }

function setUpSheets() {
  var box = document.getElementById("st-sheet-fields");
  box.replaceChildren.apply(box, SHEETS.map(function (name) {
    var ta = el("textarea", { id: "st-sheet-" + name, rows: 3, wrap: "off", spellcheck: "false", "data-sheet": name });
    ta.value = (app.sheets && app.sheets[name]) || "";
    ta.addEventListener("input", function () { app.sheets[name] = ta.value; changed("sheets"); });
    var optional = ["goals", "reactions", "notes"].indexOf(name) >= 0 ? " (optional)" : "";
    return el("div", { className: "st-field" }, [el("label", { "for": ta.id, text: name + ".csv" + optional }), ta]);
  }));
}

// Once: the file picker and the import button.
function setUpSheetControls() {  document.getElementById("st-sheet-files").addEventListener("change", function (ev) {
    var files = Array.prototype.slice.call(ev.target.files || []);
    var unknown = [];
    Promise.all(files.map(function (f) {
      var name = f.name.toLowerCase().replace(/\.(csv|tsv|txt)$/, "");
      if (SHEETS.indexOf(name) < 0) { unknown.push(f.name); return null; }
      return f.text().then(function (text) { sheetArea(name).value = text; app.sheets[name] = text; });
    })).then(function () {
      changed("sheets");
      status("Opened " + (files.length - unknown.length) + " sheet file(s)." +
        (unknown.length ? " Not a sheet of the template (named by file): " + unknown.join(", ") + "." : ""));
      ev.target.value = "";
    });
  });
  document.getElementById("st-sheet-import").addEventListener("click", importFromSheets);
}

function importFromSheets() {
  var sheets = {};
  SHEETS.forEach(function (name) { var t = sheetArea(name).value; if (t.trim()) sheets[name] = t; });
  var r = coreImport(sheets), list = document.getElementById("st-sheet-problems");
  var rows = r.errors.map(function (p) { return ["error", p]; }).concat(r.warnings.map(function (p) { return ["warning", p]; }));
  list.replaceChildren.apply(list, rows.map(function (pair) {
    var p = pair[1];
    return el("li", { className: "st-problem st-" + pair[0] }, [
      el("span", { className: "st-sev", text: pair[0] === "error" ? "Error" : "Warning" }), " ",
      p.row && sheetArea(p.sheet.replace(/\.(csv|tsv)$/i, "").toLowerCase())
        ? el("button", { type: "button", className: "st-link", onclick: function () { goToCell(p); } }, [p.text])
        : el("span", { text: p.text })
    ]);
  }));
  if (r.story && r.ok) {
    app.story = JSON.parse(r.story);
    changed("replace");
    status("Imported the sheets: " + (app.story.title || "the story") + ". Check the other parts, then download the story.");
  } else {
    status("The sheets have " + r.errors.length + " problem(s) to fix before the story can be imported.");
  }
}

// Puts the caret on the row of the sheet's text that a problem names.
function goToCell(p) {
  var ta = sheetArea(p.sheet.replace(/\.(csv|tsv)$/i, "").toLowerCase()), lines = ta.value.split(/\r\n|\r|\n/), offset = 0;
  for (var i = 0; i < Math.min(p.row - 1, lines.length); i++) offset += lines[i].length + 1;
  ta.focus();
  ta.setSelectionRange(offset, offset + (lines[p.row - 1] || "").length);
}
