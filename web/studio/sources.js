// sources.js — the sources' texts and quoting from them. The texts live in the draft only
// (app.texts, by source id), never in the story. A passage selected in a text and added as
// evidence is copied from the text itself, so the quote is verbatim by construction (whitespace
// runs become one space, which the quote check treats as equal). Provides: sourceTextField(item),
// refreshEvidenceTargets(), chooseEvidenceTarget(key), setUpEvidenceBar(). Uses: app, changed,
// showSection (studio.js); el (forms.js); evidenceTargets (model.js).
"use strict";

var lastSourceText = null;  // the source text the editor last selected in

function sourceTextField(item) {
  var id = "st-src-" + (++fieldCounter);
  var ta = el("textarea", { id: id, className: "st-source-text", rows: 10, "data-source": item.id,
    "aria-describedby": id + "-help" });
  ta.value = app.texts[item.id] || "";
  ta.addEventListener("input", function () {
    var sid = ta.getAttribute("data-source");
    if (ta.value) app.texts[sid] = ta.value; else delete app.texts[sid];
    changed("texts");
  });
  ["focus", "select", "mouseup", "keyup"].forEach(function (t) { ta.addEventListener(t, function () { lastSourceText = ta; }); });
  // Right after the text, so that the keyboard reaches it with one Tab from a selection.
  var add = el("button", { type: "button", className: "st-add-here", onclick: function () { lastSourceText = ta; addSelectionAsEvidence(); } },
    ["Add the selected passage as evidence"]);
  return el("div", { className: "st-field st-wide" }, [
    el("label", { "for": id, text: "Text of this source" }), ta,
    el("p", { id: id + "-help", className: "st-hint", text: "Paste the article's text. It stays in this browser and is used to check quotes. " +
      "Choose above what a passage is evidence for, then select it and add it." }),
    el("div", { className: "st-row" }, [add])
  ]);
}

function refreshEvidenceTargets() {
  var select = document.getElementById("st-ev-target"), keep = select.value;
  var targets = evidenceTargets(app.story);
  select.replaceChildren.apply(select, targets.length ? targets.map(function (t) { return el("option", { value: t.key, text: t.label }); })
    : [el("option", { value: "", text: "(add a suspect, link, event, goal or reaction first)" })]);
  if (targets.some(function (t) { return t.key === keep; })) select.value = keep;
}

function chooseEvidenceTarget(key) {
  refreshEvidenceTargets();
  document.getElementById("st-ev-target").value = key;
  showSection("sources");
  var ta = lastSourceText && document.body.contains(lastSourceText) ? lastSourceText : document.querySelector(".st-source-text");
  note(ta ? "Select a passage in the source's text, then press “Add as evidence”." : "Add a source and paste its text first.");
  (ta || document.querySelector("[data-add='sources']")).focus();
}

function note(text) { document.getElementById("st-ev-note").textContent = text; }

function addSelectionAsEvidence() {
  var ta = lastSourceText && document.body.contains(lastSourceText) ? lastSourceText : null;
  if (!ta || ta.selectionStart === ta.selectionEnd) return note("Select a passage in a source's text first.");
  var quote = ta.value.slice(ta.selectionStart, ta.selectionEnd).replace(/\s+/g, " ").trim();
  if (!quote) return note("The selection is only spaces: select some words.");
  var key = document.getElementById("st-ev-target").value;
  var target = evidenceTargets(app.story).find(function (t) { return t.key === key; });
  if (!target) return note("Choose what the quote is evidence for (add a suspect, link, event, goal or reaction first).");
  var kind = document.getElementById("st-ev-kind").value, speaker = document.getElementById("st-ev-speaker").value.trim();
  var ev = { quote: quote, source: ta.getAttribute("data-source"), kind: kind };
  if (kind === "attributed") ev.speaker = speaker;
  target.evidence.push(ev);
  changed("structure");
  note("Added “" + (quote.length > 60 ? quote.slice(0, 57) + "…" : quote) + "” to " + target.label +
    (kind === "attributed" && !speaker ? ". Name the speaker in its evidence." : "."));
}

function setUpEvidenceBar() {
  document.getElementById("st-ev-add").addEventListener("click", addSelectionAsEvidence);
}
