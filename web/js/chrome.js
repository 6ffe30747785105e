// chrome.js — the HTML around the canvas: status line and alerts, the text version, the theme's
// page classes, the share / embed panel, the download panel, the text-size buttons and, on phones, "More".
// Provides: the elements root, stage, statusEl; setStatus, showAlert, hideAlert, setTextVersion,
// textVersionFromCore, textIsCurrent, applyTheme, wireControls, tourButton, showLens. Uses: whenDeferred (deferred.js), config, t (words.js),
// and from bridge.js setTheme, setFontScale, setLens, textHtml, isReady, tour, currentState, lastState;
// window.motiveMatrix (api.js) for downloads.
var root = document.documentElement;
var stage = document.getElementById("mm-stage");
var statusEl = document.getElementById("mm-status");
var alertEl = document.getElementById("mm-alert");
var textEl = document.getElementById("mm-text");

// ---- status and alerts
function setStatus(text, note) {
  statusEl.firstElementChild.textContent = text;
  statusEl.classList.toggle("mm-paused", !!note);
  statusEl.hidden = !text;
}
function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
// Shows a problem as HTML (role="alert"), never as a blank canvas. `items` are diagnostics or
// strings; `retry` adds a button that runs it.
function showAlert(title, intro, items, retry, options) {
  options = options || {};
  if (config.customStory && !options.keepText) setTextVersion("");
  alertEl.textContent = "";
  alertEl.appendChild(el("h2", title));
  if (intro) alertEl.appendChild(el("p", intro));
  if (items && items.length) {
    var list = el("ol");
    items.forEach(function (d) {
      var li = el("li");
      if (typeof d === "string") { li.textContent = d; }
      else {
        li.appendChild(el("span", d.message));
        var where = [];
        if (d.line) where.push(t("alert.where_line", { line: d.line, column: d.column }));
        if (d.path) where.push(t("alert.where_at") + " ");
        var w = el("div", where.length ? where.join(d.path ? " · " : "") : "", "mm-where");
        if (d.path) w.appendChild(el("code", d.path));
        li.appendChild(w);
      }
      list.appendChild(li);
    });
    alertEl.appendChild(list);
  }
  if (retry) {
    var b = el("button", options.retryLabel || t("alert.try_again"));
    b.type = "button";
    b.addEventListener("click", function () { hideAlert(); retry(); });
    alertEl.appendChild(b);
  }
  alertEl.hidden = false;
  statusEl.hidden = true;
}
function hideAlert() { alertEl.hidden = true; alertEl.textContent = ""; statusEl.hidden = false; }

// ---- the text version
// The page's own text version is the bundled story's, written in at build time; a ?story= story
// gets its own from the core once loaded, and until then the bundled one must not pass for it.
var textIsCurrent = !config.customStory;
function setTextVersion(html) { textEl.innerHTML = html; }
function textVersionFromCore() {
  var html = textHtml();
  if (html !== null) { setTextVersion(html); textIsCurrent = true; }
}

// ---- theme: the page's classes (the text version's colours) and the canvas's palette
var darkQuery = window.matchMedia ? matchMedia("(prefers-color-scheme: dark)") : null;
function applyTheme() {
  var dark = config.theme === "dark" || (config.theme === "auto" && !!darkQuery && darkQuery.matches);
  root.classList.toggle("mm-dark", dark);
  root.classList.toggle("mm-transparent", config.transparent);
  setTheme(dark);
}
if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener("change", function () { if (config.theme === "auto") applyTheme(); });

// ---- share / embed panel, text-version toggle, text size
// The address of exactly this view (selection included).
function shareUrl() {
  return location.origin + location.pathname + (config.shareQuery ? "?" + config.shareQuery : "") + location.hash;
}
function embedCode() {
  var base = location.origin + location.pathname.replace(/[^/]*$/, "");
  return '<div class="motive-matrix-embed" data-src="' + shareUrl().replace(/&/g, "&amp;").replace(/"/g, "&quot;") +
    '"></div>\n<script src="' + base + 'embed.js" async></' + 'script>';
}
// Copies `text`; where the clipboard is not available (some iframes, plain http) the text is
// shown selected in a small panel so the reader can copy it by hand.
function share(title, text, opener) {
  var panel = document.getElementById("mm-share"), area = document.getElementById("mm-share-text");
  var note = document.getElementById("mm-share-note");
  document.getElementById("mm-share-title").textContent = title;
  area.value = text;
  note.textContent = "";
  // The Embed panel links to the editors' studio (web/studio/; not in the one-file offline copy).
  document.getElementById("mm-make-own").hidden = opener.id !== "mm-copy-embed" || location.protocol === "file:";
  panel.hidden = false;
  area.focus();
  area.select();
  var close = document.getElementById("mm-share-close");
  close.onclick = function () { panel.hidden = true; refocus(opener); };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).then(function () { note.textContent = t("page.copied"); },
      function () { note.textContent = t("page.press_to_copy"); });
  } else {
    note.textContent = t("page.press_to_copy");
  }
}

// ---- download panel: an image of this view (window.motiveMatrix.image), the story, the matrix as CSV
function saveBlob(blob, name) {
  var a = document.createElement("a"), url = URL.createObjectURL(blob);
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
}
function storyName() { return (config.story.url || "story").split(/[?#]/)[0].split("/").pop().split(".")[0] || "story"; }
function wireDownload() {
  var btn = document.getElementById("mm-download"), panel = document.getElementById("mm-download-panel");
  var note = document.getElementById("mm-download-note"), storyLink = document.getElementById("mm-data-story");
  btn.addEventListener("click", function () {
    note.textContent = "";
    storyLink.href = config.story.url || "#";
    storyLink.setAttribute("download", storyName() + ".json");
    panel.hidden = false;
    panel.querySelector("button").focus();
  });
  document.getElementById("mm-download-close").addEventListener("click", function () { panel.hidden = true; refocus(btn); });
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") document.getElementById("mm-download-close").click(); });
  Array.prototype.forEach.call(panel.querySelectorAll("button[data-scale]"), function (b) {
    b.addEventListener("click", function () {
      var scale = Number(b.getAttribute("data-scale"));
      window.motiveMatrix.image({ scale: scale }).then(function (blob) {
        saveBlob(blob, storyName() + "-" + currentState().view + "@" + scale + "x.png");
      }, function (e) { note.textContent = t("page.download_failed"); warn(String(e && e.message || e)); });
    });
  });
  document.getElementById("mm-data-csv").addEventListener("click", function (e) {
    e.preventDefault();
    var csv = window.motiveMatrix.matrixCsv();
    if (!csv) { note.textContent = t("page.download_failed"); return; }
    saveBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), storyName() + "-matrix.csv");
  });
}

// The bar's "Guided tour" button: shown for a story with a tour, pressed while it runs.
function tourButton(state) {
  var b = document.getElementById("mm-tour");
  b.hidden = !(state.tourSteps > 0);
  b.setAttribute("aria-pressed", state.step != null ? "true" : "false");
}

// Shows the module's lens in the form control, which works once the module does.
function showLens(lens) {
  var sel = document.getElementById("mm-lens");
  sel.disabled = !isReady();
  if (lens && sel.value !== lens) sel.value = lens;
}

var FONT_SCALES = [0.85, 1, 1.15, 1.3, 1.5, 1.75, 2];
var fontStep = 1;
function setFont(step) {
  fontStep = Math.max(0, Math.min(FONT_SCALES.length - 1, step));
  var s = FONT_SCALES[fontStep];
  root.style.setProperty("--mm-text-scale", String(s));
  textEl.style.fontSize = s + "em";
  setFontScale(s);
  var down = document.getElementById("mm-font-down"), up = document.getElementById("mm-font-up");
  var focused = document.activeElement;
  down.disabled = fontStep === 0;
  up.disabled = fontStep === FONT_SCALES.length - 1;
  // A button disabled under the keyboard's focus would drop it to the page: its twin takes it.
  if (focused === down && down.disabled) up.focus();
  if (focused === up && up.disabled) down.focus();
}
// "More" (phones only; app.css): a disclosure for the controls the bar has no room for. Choosing
// one of them closes it, except the text size, which one may press several times; Escape or a
// click elsewhere closes it too. A dialog opened from it gives the focus back to "More".
var moreBtn = document.getElementById("mm-more");
function moreOpen() { return moreBtn.getAttribute("aria-expanded") === "true"; }
function setMore(open) {
  document.querySelector(".mm-bar").classList.toggle("mm-more-open", open);
  moreBtn.setAttribute("aria-expanded", open ? "true" : "false");
}
function wireMore() {
  var panel = document.getElementById("mm-bar-more");
  moreBtn.addEventListener("click", function () {
    var open = !moreOpen();
    setMore(open);
    if (open) { var first = panel.querySelector(".mm-btn:not([hidden])"); if (first) first.focus(); }
  });
  panel.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest(".mm-btn");
    if (!b || b.closest(".mm-bar-group")) return;
    // Embed and Download have moved the focus into their dialogs by now; the tour opens none, so
    // the focus would fall with the closing panel: it goes back to More.
    var kept = document.activeElement === b;
    setMore(false);
    if (kept && !b.getClientRects().length) moreBtn.focus();
  });
  // Escape closes it wherever the focus is (a text-size button at its end may have dropped it);
  // the focus leaving it for another control, or a click elsewhere, closes it too.
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && moreOpen()) { setMore(false); moreBtn.focus(); }
  });
  panel.addEventListener("focusout", function (e) {
    var to = e.relatedTarget;
    if (!to || (!panel.contains(to) && to !== moreBtn)) setMore(false);  // elsewhere, or out of the page
  });
  document.addEventListener("pointerdown", function (e) {
    if (moreOpen() && !panel.contains(e.target) && !moreBtn.contains(e.target)) setMore(false);
  });
}
// The focus after a dialog closes: its opener, or "More" when the opener sits in the closed panel.
function refocus(opener) {
  if (opener.getClientRects().length) opener.focus(); else moreBtn.focus();
}
// Wires the bar's buttons; returns applyFont(), which applies the current text size again (to the
// canvas too, once the module runs).
function wireControls() {
  var linkBtn = document.getElementById("mm-copy-link"), embedBtn = document.getElementById("mm-copy-embed");
  linkBtn.addEventListener("click", function () { share(t("page.share_link"), shareUrl(), linkBtn); });
  embedBtn.addEventListener("click", function () { share(t("page.share_embed"), embedCode(), embedBtn); });
  wireDownload();
  wireMore();
  document.getElementById("mm-share").addEventListener("keydown", function (e) {
    if (e.key === "Escape") document.getElementById("mm-share-close").click();
  });
  var toggle = document.getElementById("mm-toggle-text");
  toggle.addEventListener("click", function () {
    var on = !root.classList.contains("mm-show-text");
    root.classList.toggle("mm-show-text", on);
    toggle.setAttribute("aria-pressed", on ? "true" : "false");
    if (on) textEl.focus(); else if (isReady()) stage.focus();
  });
  // The tour and the lens are in the module's second half (deferred.js): once it is in.
  document.getElementById("mm-tour").addEventListener("click", function () {
    whenDeferred(function () { if (isReady()) tour(lastState.step != null ? 0 : 1); });
  });
  // The evidence lens: the page's form control for what the canvas draws (and the hash keeps).
  document.getElementById("mm-lens").addEventListener("change", function (e) {
    var name = e.target.value;
    whenDeferred(function () { setLens(name); });
  });
  document.getElementById("mm-font-down").addEventListener("click", function () { setFont(fontStep - 1); });
  document.getElementById("mm-font-up").addEventListener("click", function () { setFont(fontStep + 1); });
  if (config.fontScale !== null) {
    var best = 0;
    FONT_SCALES.forEach(function (v, i) { if (Math.abs(v - config.fontScale) < Math.abs(FONT_SCALES[best] - config.fontScale)) best = i; });
    fontStep = best;
  }
  return function applyFont() { setFont(fontStep); };
}
