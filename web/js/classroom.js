// classroom.js — the page's side of the classroom modes, ?mode=predict and ?mode=class (README,
// "In the classroom"): a panel above the explainer with its controls; the same predict-and-reveal
// flow as an HTML form (a select per pair) for keyboard and screen-reader users; the answers kept
// in the browser's storage only (localStorage, per story fingerprint), so they survive a reload;
// the answer code and its link; the class view's box for codes; and the printable worksheet.
// The module holds the prediction and draws it (mm_set_mode, mm_classroom: page_api.h); this file
// asks it for changes and shows what its state says. Nothing is sent anywhere.
// Not part of the reader's first load: publishing (scripts/lib/publish.mjs) makes it a script of
// its own, classroom.<hash>.js, with the English page.cr.* words after it (mmClassroom.words), and
// main.js loads it only for ?mode=predict|class (the offline file carries it inline). So it takes
// what it uses from app.js as arguments instead of sharing app.js's scope.
// Provides: window.mmClassroom(deps) → startClassroom(storyText). Uses (deps): config, t, addWords,
// el, root, liveEl, share, setMode, classroom, currentState, and on (window.motiveMatrix.on, api.js).
window.mmClassroom = function mmClassroom(deps) {
"use strict";
var config = deps.config, t = deps.t, el = deps.el, root = deps.root, liveEl = deps.liveEl, share = deps.share,
  setMode = deps.setMode, classroom = deps.classroom, currentState = deps.currentState;
// Its English words (the page's table lacks them; a locale file has its own).
if (mmClassroom.words) deps.addWords(mmClassroom.words);

var CR_RATINGS = ["unrated", "not-argued", "weak", "argued", "strong"];
var crStory = null, crKey = "", crPanel = null, crExplain = "", crForm = null;

function crStore(value) {
  try {
    if (value === undefined) return JSON.parse(localStorage.getItem(crKey) || "null");
    localStorage.setItem(crKey, JSON.stringify(value));
  } catch (e) { return null; }  // storage off (private mode, some file:// settings): answers last the visit
}
function crName(list, id) {
  for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i].short || list[i].name || list[i].label || id;
  return id;
}
function crPair(c) { return crName(crStory.suspects, c.suspect) + " × " + crName(crStory.motives, c.motive); }
function crRating(r) { return t("page.cr.r." + r.replace("-", "_")); }
function crField(label, control) {
  var l = el("label", undefined, "mm-cr-field");
  l.appendChild(el("span", label));
  l.appendChild(control);
  return l;
}
function crSelect(options, value) {
  var s = document.createElement("select");
  options.forEach(function (o) {
    var opt = el("option", o[1]);
    opt.value = o[0];
    s.appendChild(opt);
  });
  s.value = value;
  return s;
}
function crButton(key, fn) {
  var b = el("button", t(key), "mm-btn");
  b.type = "button";
  b.addEventListener("click", fn);
  return b;
}

// ---- predict
function buildPredict(panel, state) {
  panel.appendChild(el("p", t("page.cr.predict_intro")));
  // One row of controls: the progress, Reveal, Print, the code and Copy.
  var row = el("div", undefined, "mm-cr-row");
  var progress = el("p", "", "mm-cr-progress");
  progress.id = "mm-cr-progress";
  row.appendChild(progress);
  var reveal = crButton("page.cr.reveal", function () { classroom({ reveal: true }); });
  reveal.id = "mm-cr-reveal";
  row.appendChild(reveal);
  row.appendChild(crButton("page.cr.print", function () { window.print(); }));
  var codeBox = document.createElement("input");
  codeBox.id = "mm-cr-code";
  codeBox.readOnly = true;
  // The code and its Copy button stay side by side, on a phone too.
  var codeRow = el("div", undefined, "mm-cr-code");
  codeRow.appendChild(crField(t("page.cr.code"), codeBox));
  var copy = crButton("page.cr.copy_code", function () {
    var c = currentState().classroom;
    share(t("page.cr.code_note"), c.code + "\n" + answerLink(c.code), copy);
  });
  copy.id = "mm-cr-copy";
  codeRow.appendChild(copy);
  row.appendChild(codeRow);
  panel.appendChild(row);
  // The form: the first choice, then one select per pair, grouped by suspect.
  var details = el("details", undefined, "mm-cr-form");
  details.appendChild(el("summary", t("page.cr.form")));
  var first = crSelect([["", t("page.cr.none")]].concat(crStory.suspects.map(function (s) { return [s.id, s.name]; })), "");
  first.id = "mm-cr-first";
  first.addEventListener("change", function () {
    classroom({ first: first.value ? { suspect: first.value } : null });
  });
  details.appendChild(crField(t("page.cr.first_choice"), first));
  var selects = {};
  crStory.suspects.forEach(function (s) {
    var fs = el("fieldset");
    fs.appendChild(el("legend", s.name));
    crStory.motives.forEach(function (m) {
      var sel = crSelect(CR_RATINGS.map(function (r) { return [r, crRating(r)]; }), "unrated");
      sel.addEventListener("change", function () { classroom({ cell: [s.id, m.id], rating: sel.value }); });
      selects[s.id + ":" + m.id] = sel;
      fs.appendChild(crField(m.label, sel));
    });
    details.appendChild(fs);
  });
  panel.appendChild(details);
  crForm = { first: first, selects: selects };

  var result = el("div", undefined, "mm-cr-result");
  result.id = "mm-cr-result";
  result.hidden = true;
  result.appendChild(el("p", t("page.cr.revealed")));
  result.appendChild(el("ul", undefined, "mm-cr-gaps"));
  var explain = document.createElement("textarea");
  explain.id = "mm-cr-explain";
  explain.rows = 2;
  explain.value = crExplain;
  explain.addEventListener("input", function () { crExplain = explain.value; saveAnswers(currentState()); });
  result.appendChild(crField(t("page.cr.explain"), explain));
  panel.insertBefore(result, details);
}

// The teacher's link for one student's answers: this page in class mode with the code.
function answerLink(code) {
  return location.href.replace(/[?#].*$/, "") + "?mode=class&codes=" + encodeURIComponent(code);
}

function showPredict(c) {
  var cells = c.cells;
  document.getElementById("mm-cr-progress").textContent = t("page.cr.progress", { rated: c.rated, total: cells.length }) +
    " · " + t("page.cr.first_choice") + ": " + (c.firstChoice ? crName(crStory.suspects, c.firstChoice) : t("page.cr.none"));
  crForm.first.value = c.firstChoice || "";
  crForm.first.disabled = c.revealed;
  cells.forEach(function (cell) {
    var sel = crForm.selects[cell.suspect + ":" + cell.motive];
    if (!sel) return;
    sel.value = cell.rating;
    sel.disabled = c.revealed;
    // Once revealed, each pair's label says the story's answer too.
    var label = sel.previousSibling;
    var name = crName(crStory.motives, cell.motive);
    label.textContent = c.revealed ? t("page.cr.gap_item", { pair: name, you: crRating(cell.rating), theirs: crRating(cell.sources) }) : name;
  });
  document.getElementById("mm-cr-reveal").disabled = c.revealed;
  document.getElementById("mm-cr-code").value = c.code;
  var result = document.getElementById("mm-cr-result");
  var justRevealed = c.revealed && result.hidden;
  result.hidden = !c.revealed;
  root.classList.toggle("mm-predicting", !c.revealed);
  if (c.revealed) {
    var list = result.querySelector(".mm-cr-gaps");
    list.textContent = "";
    cells.filter(function (cell) { return cell.gap; }).forEach(function (cell) {
      list.appendChild(el("li", t("page.cr.gap_item", { pair: crPair(cell), you: crRating(cell.rating), theirs: crRating(cell.sources) })));
    });
    // The panel scrolls within itself (a phone shows a few lines of it): bring what the reveal
    // says, and the sentence it asks for, into its view. Only the panel moves, not the page.
    if (justRevealed) {
      var panel = result.closest(".mm-cr");
      if (panel) panel.scrollTop = result.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    }
  }
}

function saveAnswers(state) {
  var c = state.classroom;
  if (c) crStore({ code: c.code, revealed: c.revealed, explain: crExplain });
}

// ---- class
function buildClass(panel) {
  panel.appendChild(el("p", t("page.cr.class_intro")));
  var box = document.createElement("textarea");
  box.id = "mm-cr-codes";
  box.rows = 3;
  box.spellcheck = false;
  var row = el("div", undefined, "mm-cr-row");
  row.appendChild(crField(t("page.cr.codes_label"), box));
  var show = crButton("page.cr.show", function () { showCodes(box.value); });
  show.id = "mm-cr-show";
  row.appendChild(show);
  panel.appendChild(row);
  var status = el("div", undefined, "mm-cr-status");
  status.id = "mm-cr-status";
  status.setAttribute("role", "status");
  panel.appendChild(status);
  var table = el("details", undefined, "mm-cr-form");
  table.appendChild(el("summary", t("page.cr.form")));
  table.appendChild(el("ul", undefined, "mm-cr-tally"));
  panel.appendChild(table);
}

function showCodes(text) {
  var reply = classroom({ codes: text });
  var c = currentState().classroom, status = document.getElementById("mm-cr-status");
  status.textContent = "";
  status.appendChild(el("p", t("page.cr.students", { n: c.students }, c.students)));
  (reply.refused || []).forEach(function (r) {
    status.appendChild(el("p", t("page.cr.refused", { code: r.code, why: t("page.cr.why." + r.why.replace("-", "_")) }), "mm-cr-refused"));
  });
  crStore({ codes: text });
  showClass(c);
}

function showClass(c) {
  var firsts = crStory.suspects.map(function (s) { return crName(crStory.suspects, s.id) + ": " + (c.firstChoices[s.id] || 0); });
  var list = crPanel.querySelector(".mm-cr-tally");
  list.textContent = "";
  list.appendChild(el("li", t("page.cr.firsts") + ": " + firsts.join(", ")));
  c.cells.forEach(function (cell) {
    var counts = CR_RATINGS.slice(1).map(function (r) { return crRating(r) + " " + cell.counts[r]; }).join(", ");
    list.appendChild(el("li", t("page.cr.class_cell", { pair: crPair(cell), counts: counts, theirs: crRating(cell.sources) })));
  });
}

// ---- the worksheet (printed in predict mode: web/app.css @media print)
function buildWorksheet() {
  var ws = el("section", undefined, "mm-ws");
  ws.id = "mm-worksheet";
  ws.setAttribute("aria-hidden", "true");  // a printout of what the panel and the form already offer
  ws.appendChild(el("h1", crStory.title || ""));
  ws.appendChild(el("p", t("page.cr.ws_name") + ": ______________________________", "mm-ws-name"));
  function grid(fill) {
    var table = el("table", undefined, "mm-ws-grid"), head = el("tr");
    head.appendChild(el("th"));
    crStory.motives.forEach(function (m) { head.appendChild(el("th", m.label)); });
    table.appendChild(head);
    crStory.suspects.forEach(function (s) {
      var row = el("tr");
      row.appendChild(el("th", s.name));
      crStory.motives.forEach(function (m) { row.appendChild(el("td", fill ? fill(s, m) : "")); });
      table.appendChild(row);
    });
    return table;
  }
  ws.appendChild(el("p", t("page.cr.ws_rate")));
  ws.appendChild(grid(null));
  ws.appendChild(el("p", t("page.cr.ws_first") + " ______________________________"));
  ws.appendChild(el("h2", t("page.cr.ws_timeline")));
  var events = el("ol", undefined, "mm-ws-events");
  // The text version's own lines ("14 Oct 2025: Witkoff and Ushakov speak by phone"): its dates are
  // in the interface's language and at the story's precision, and in the timeline's order. Read at
  // printing time, since the text version is rewritten when the language or the story changes.
  function fillEvents() {
    events.textContent = "";
    var lines = document.querySelectorAll("#mm-text li.mm-t-event > h3");
    if (lines.length) Array.prototype.forEach.call(lines, function (h) { events.appendChild(el("li", h.textContent)); });
    else (crStory.events || []).forEach(function (e) { events.appendChild(el("li", (e.date || "") + " — " + (e.title || ""))); });
  }
  fillEvents();
  window.addEventListener("beforeprint", fillEvents);
  ws.appendChild(events);
  var questions = (crStory.tour || []).filter(function (s) { return s && typeof s.question === "string" && s.question; });
  if (questions.length) {
    ws.appendChild(el("h2", t("page.cr.ws_questions")));
    var ql = el("ol");
    questions.forEach(function (s) { var li = el("li", s.question); li.appendChild(el("div", "", "mm-ws-lines")); ql.appendChild(li); });
    ws.appendChild(ql);
  }
  ws.appendChild(el("p", t("page.cr.ws_notes")));
  ws.appendChild(el("div", "", "mm-ws-lines"));
  // The teacher's page: the story's own answers in the same grid.
  var answers = el("div", undefined, "mm-ws-answers");
  answers.appendChild(el("h2", t("page.cr.ws_answers")));
  var strength = {};
  (crStory.links || []).forEach(function (l) { strength[l.suspect + ":" + l.motive] = l.strength; });
  answers.appendChild(el("p", t("page.cr.ws_rate")));
  answers.appendChild(grid(function (s, m) { return String(strength[s.id + ":" + m.id] || "–"); }));
  var first = crStory.suspects.filter(function (s) { return s.assessment && s.assessment.rank === 1; })[0];
  if (first) answers.appendChild(el("p", t("page.cr.ws_first") + " " + first.name));
  ws.appendChild(answers);
  document.body.appendChild(ws);
}

// ---- start
function startClassroom(storyText) {
  if (config.mode === "read") return;
  try { crStory = JSON.parse(storyText); } catch (e) { crStory = null; }
  if (!crStory || !crStory.suspects || !crStory.motives || !setMode(config.mode)) return;
  // While predicting the suspects go by name, as on the canvas: their order by rank is an answer.
  if (config.mode === "predict") {
    var name = function (s) { return s.short || s.name || ""; };
    crStory.suspects = crStory.suspects.slice().sort(function (a, b) { return name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0; });
  }
  var state = currentState(), c = state.classroom;
  crKey = "motive-matrix:" + config.mode + ":" + c.fingerprint;
  root.classList.add("mm-mode-" + config.mode);
  crPanel = el("section", undefined, "mm-cr");
  crPanel.id = "mm-classroom";
  crPanel.setAttribute("aria-labelledby", "mm-cr-title");
  var title = el("h2", t(config.mode === "predict" ? "page.cr.predict_title" : "page.cr.class_title"));
  title.id = "mm-cr-title";
  crPanel.appendChild(title);
  var main = document.getElementById("mm-main");
  main.parentNode.insertBefore(crPanel, main);
  var saved = crStore();
  // A student's link opened by the teacher: #answers=CODE, read here (the hash is the module's).
  var fromHash = /^#answers=/.test(location.hash) ? decodeURIComponent(location.hash.slice(9)) : "";
  if (fromHash) history.replaceState(null, "", location.pathname + location.search);
  if (config.mode === "predict") {
    if (saved && saved.code) {
      crExplain = saved.explain || "";
      classroom({ restore: saved.code, revealed: !!saved.revealed });
    }
    buildPredict(crPanel, state);
    buildWorksheet();
    showPredict(currentState().classroom);
  } else {
    buildClass(crPanel);
    var codes = [saved && saved.codes, config.codes, fromHash].filter(Boolean).join("\n");
    document.getElementById("mm-cr-codes").value = codes;
    showCodes(codes);
  }
  deps.on("select", function (s) {
    if (!s.classroom) return;
    if (config.mode === "predict") {
      saveAnswers(s);
      showPredict(s.classroom);
      // A rating changed on the canvas: say the pair's new rating.
      var sel = s.selection, cell = sel.kind === "cell" && s.classroom.cells.filter(function (x) {
        return x.suspect === sel.suspect && x.motive === sel.motive;
      })[0];
      // The module's description of a cell or a suspect would tell the sources' answer: while
      // predicting the live region says the student's own instead.
      if (s.classroom.revealed) return;
      if (cell) liveEl.textContent = crPair(cell) + ": " + crRating(cell.rating);
      else if (sel.kind === "suspect") liveEl.textContent = crName(crStory.suspects, sel.id) +
        (s.classroom.firstChoice === sel.id ? " · " + t("page.cr.first_choice") : "");
      else if (sel.kind === "motive") liveEl.textContent = crName(crStory.motives, sel.id);
    } else showClass(s.classroom);
  });
}

return startClassroom;
};
