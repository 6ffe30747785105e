// checks.js — the JSON view (with line numbers), the live checks and the live preview.
// Every change is checked by the core (model.js coreCheck: `motive-matrix check`'s loader and
// quote check) after a short pause; each problem names its JSON path and line:column, and a click
// goes to the field (or, with none, the JSON line). A story without errors is shown in the
// preview: the explainer itself (../index.html) in an iframe, given the story as a blob: URL of
// this origin (its ?story= accepts same-origin addresses only, web/js/config.js).
// Provides: setJsonText(text), scheduleCheck(), runCheck(), goToProblem(p), setUpJsonView(),
// setUpPreview(). Uses: app, showSection, jsonEdited (studio.js); coreCheck (model.js).
"use strict";

var checkTimer = 0, previewUrl = null, lastPreviewed = null;

// ---- the JSON view ----------------------------------------------------------------------------
function setJsonText(text) {
  var ta = document.getElementById("st-json");
  if (ta.value !== text) ta.value = text;
  updateGutter();
}
function updateGutter() {
  var ta = document.getElementById("st-json"), n = ta.value.split("\n").length, out = [];
  for (var i = 1; i <= n; i++) out.push(i);
  document.getElementById("st-json-gutter").textContent = out.join("\n");
}
function caretPosition() {
  var ta = document.getElementById("st-json"), before = ta.value.slice(0, ta.selectionStart).split("\n");
  document.getElementById("st-json-pos").textContent = "Line " + before.length + ", column " + (before[before.length - 1].length + 1);
}
function setUpJsonView() {
  var ta = document.getElementById("st-json"), gutter = document.getElementById("st-json-gutter");
  ta.addEventListener("input", function () { updateGutter(); jsonEdited(ta.value); });
  ta.addEventListener("scroll", function () { gutter.scrollTop = ta.scrollTop; });
  ["keyup", "click", "select"].forEach(function (t) { ta.addEventListener(t, caretPosition); });
}
// Line and column (the core counts columns in UTF-8 bytes) → a place in the textarea.
function goToLine(line, column) {
  showSection("json");
  var ta = document.getElementById("st-json"), lines = ta.value.split("\n");
  line = Math.max(1, Math.min(line || 1, lines.length));
  var offset = 0;
  for (var i = 0; i < line - 1; i++) offset += lines[i].length + 1;
  var bytes = new TextEncoder().encode(lines[line - 1]).slice(0, Math.max(0, (column || 1) - 1));
  offset += new TextDecoder().decode(bytes).length;
  ta.focus();
  ta.setSelectionRange(offset, offset);
  // Scroll the line into view (the textarea does not when the caret is set from script).
  var lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 18;
  ta.scrollTop = Math.max(0, (line - 3) * lineHeight);
  document.getElementById("st-json-gutter").scrollTop = ta.scrollTop;
  caretPosition();
}

// ---- checks -----------------------------------------------------------------------------------
function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(runCheck, 300);
}

function runCheck() {
  clearTimeout(checkTimer);
  if (!studioCore) return;
  var text = app.jsonText, result;
  try { result = coreCheck(text, app.texts); }
  catch (e) { result = { ok: false, errors: [{ path: "", line: 0, column: 0, message: String(e.message || e) }], warnings: [] }; }
  app.lastCheck = result;
  showProblems(result);
  if (result.ok) preview(text);
  else document.getElementById("st-preview-note").textContent = "The preview shows the last story without errors.";
  return result;
}

function showProblems(result) {
  var list = document.getElementById("st-problems"), items = [];
  var all = result.errors.map(function (p) { return ["error", p]; }).concat(result.warnings.map(function (p) { return ["warning", p]; }));
  all.forEach(function (pair) {
    var p = pair[1], where = p.line ? p.line + ":" + p.column : "";
    var field = fieldName(p.path);
    var text = (field ? field + ": " : "") + p.message + (p.nearest ? " — nearest passage: “" + p.nearest + "”" : "");
    items.push(el("li", { className: "st-problem st-" + pair[0] }, [
      el("span", { className: "st-sev", text: pair[0] === "error" ? "Error" : "Warning" }), " ",
      el("button", { type: "button", className: "st-link", onclick: function () { goToProblem(p); } }, [text]),
      el("span", { className: "st-where" }, [
        p.path ? el("code", { text: p.path }) : null,
        where ? el("button", { type: "button", className: "st-link", onclick: function () { goToLine(p.line, p.column); } },
          [where, el("span", { className: "st-sr", text: " (show in the JSON)" })]) : null
      ])
    ]));
  });
  list.replaceChildren.apply(list, items);
  var q = result.quotes && result.quotes.checked ? " " + result.quotes.found + " of " + result.quotes.checked + " quotes found in the pasted sources." : "";
  var e = result.errors.length, w = result.warnings.length;
  document.getElementById("st-check-summary").textContent = e || w
    ? e + (e === 1 ? " error" : " errors") + ", " + w + (w === 1 ? " warning" : " warnings") + "." + q
    : "No problems: the story is valid." + q;
}

// What the form calls the field at `path` ("Title", "Quote 1 (verbatim)"), or "".
function fieldName(path) {
  if (!path) return "";
  var target = document.querySelector("[data-path='" + path.replace(/'/g, "\\'") + "']");
  if (!target) return "";
  if (target.id) {
    var label = document.querySelector("label[for='" + target.id + "']");
    if (label) return label.textContent;
  }
  var legend = target.querySelector(":scope > legend");
  return legend ? legend.textContent : "";
}

// The field the path names (or the nearest enclosing one that has a field), else the JSON line.
function goToProblem(p) {
  var path = p.path || "";
  while (path) {
    var target = document.querySelector("[data-path='" + path.replace(/'/g, "\\'") + "']");
    if (target) {
      var section = target.closest(".st-section");
      if (section) showSection(section.id.replace("st-sec-", ""));
      var focusable = target.matches("input, textarea, select") ? target : target.querySelector("input, textarea, select, button");
      (focusable || target).focus();
      (focusable || target).scrollIntoView({ block: "center" });
      return;
    }
    path = path.slice(0, path.lastIndexOf("/"));
  }
  goToLine(p.line, p.column);
}

// ---- the preview ------------------------------------------------------------------------------
function previewOptions() {
  return {
    width: document.querySelector("input[name='st-width']:checked").value,
    theme: document.querySelector("input[name='st-theme']:checked").value
  };
}
function preview(text, force) {
  var o = previewOptions(), key = text + "\u0000" + o.theme;
  if (!force && key === lastPreviewed) return;
  lastPreviewed = key;
  var frame = document.getElementById("st-frame"), old = previewUrl;
  previewUrl = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  frame.addEventListener("load", function () { if (old) URL.revokeObjectURL(old); watchPreview(frame); }, { once: true });
  frame.src = "../index.html?story=" + encodeURIComponent(previewUrl) + "&theme=" + o.theme;
  document.getElementById("st-preview-note").textContent = "Preview updated at " + new Date().toLocaleTimeString() + ".";
}
// The explainer reports a story it could not open in its own alert (for instance when the site's
// Content-Security-Policy refuses blob: addresses, docs/hosting.md): say so beside the preview.
function watchPreview(frame) {
  var src = frame.src, tries = 0;
  var look = function () {
    if (frame.src !== src) return;
    var w = null;
    try { w = frame.contentWindow; } catch (e) { return; }
    var alert = w && w.document.getElementById("mm-alert");
    var said = alert && !alert.hidden ? Array.prototype.filter.call(alert.children, function (c) { return c.tagName !== "BUTTON"; })
      .map(function (c) { return c.textContent.trim(); }).filter(Boolean).join(" ") : "";
    if (said) {
      document.getElementById("st-preview-note").textContent = "The preview could not show the draft: " + said;
      return;
    }
    if (!(w && w.motiveMatrix && w.motiveMatrix.state().ready) && ++tries < 20) setTimeout(look, 500);
  };
  setTimeout(look, 500);
}
function setUpPreview() {
  var box = document.getElementById("st-frame-box");
  document.querySelectorAll("input[name='st-width']").forEach(function (r) {
    r.addEventListener("change", function () { box.classList.toggle("st-phone", previewOptions().width === "phone"); });
  });
  document.querySelectorAll("input[name='st-theme']").forEach(function (r) {
    r.addEventListener("change", function () { if (app.lastCheck && app.lastCheck.ok) preview(app.jsonText); });
  });
}
