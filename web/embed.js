/* embed.js — puts motive-matrix explainers into an article. No dependencies, no cookies, no
   requests of its own; it only ever changes the placeholders it is given.

   <div class="motive-matrix-embed" data-src="https://host/path/index.html?view=matrix"
        data-title="Who leaked the call?"></div>
   <script src="https://host/path/embed.js" async></script>

   Each div gets a full-width iframe. Height: by default it follows the page inside, which posts
   {type:"motive-matrix:height", height} (or pym.js's "pymxPYMx<id>xPYMxheightxPYMx<n>"); only
   messages from that iframe's window AND from the origin of its data-src are believed.
   data-height="600" or data-aspect="16:9" fix the size instead. While an iframe is out of view
   it is told so ({type:"motive-matrix:visibility", visible}) and draws nothing.
   Divs added later are found by a MutationObserver; motiveMatrixEmbed.scan() also works.
   See docs/hosting.md. */
(function () {
  "use strict";
  if (window.motiveMatrixEmbed) { window.motiveMatrixEmbed.scan(); return; } // the snippet twice on a page

  var MIN = 200, MAX = 20000, INITIAL = 600;
  var SEL = "div.motive-matrix-embed[data-src]";
  var PYM = /^pymxPYMx(.*)xPYMxheightxPYMx(.+)$/;
  var embeds = [];   // { div, frame, origin, fixed, visible }
  var io = window.IntersectionObserver ? new IntersectionObserver(onIntersect, { rootMargin: "100px 0px" }) : null;

  function num(s) { var n = parseFloat(s); return isFinite(n) && n > 0 ? n : 0; }
  function clamp(h) { return Math.min(MAX, Math.max(MIN, Math.ceil(h))); }

  function create(div) {
    var raw = div.getAttribute("data-src"), url;
    try { url = new URL(raw || "", document.baseURI); } catch (e) { url = null; }
    if (!raw || !url || (url.protocol !== "https:" && url.protocol !== "http:")) {
      if (window.console) console.warn("motive-matrix embed: data-src must be an http(s) address, got", raw);
      return;
    }
    var height = num(div.getAttribute("data-height")) && clamp(num(div.getAttribute("data-height")));
    var aspect = /^\s*(\d+(?:\.\d+)?)\s*[:\/x]\s*(\d+(?:\.\d+)?)\s*$/.exec(div.getAttribute("data-aspect") || "");
    if (aspect && !(+aspect[1] > 0 && +aspect[2] > 0)) aspect = null;
    var fixed = !!(height || aspect);
    var frame = document.createElement("iframe");
    var s = frame.style;
    s.display = "block";
    s.width = "100%";
    s.border = "0";
    s.margin = "0";
    if (aspect) { s.aspectRatio = aspect[1] + " / " + aspect[2]; s.height = "auto"; }
    else s.height = (height || clamp(num(div.getAttribute("data-initial-height")) || INITIAL)) + "px";
    // A fixed size tells the page inside not to size itself to its content.
    if (fixed && !url.searchParams.has("height")) {
      url.searchParams.set("height", String(Math.round(height || (div.clientWidth || 640) * aspect[2] / aspect[1])));
    }
    frame.src = url.href;
    frame.title = div.getAttribute("data-title") || "Interactive explainer";
    frame.setAttribute("loading", div.getAttribute("data-loading") === "eager" ? "eager" : "lazy");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    var e = { div: div, frame: frame, origin: url.origin, fixed: fixed, visible: null };
    frame.addEventListener("load", function () { e.loaded = true; tell(e, true); });
    div.textContent = ""; // the div's own content is a fallback (a link) for readers without JavaScript
    div.appendChild(frame);
    embeds.push(e);
    if (io) io.observe(frame);
  }

  function scan() {
    var list = document.querySelectorAll(SEL);
    for (var i = 0; i < list.length; i++) {
      var div = list[i], known = false;
      for (var j = 0; j < embeds.length; j++) if (embeds[j].div === div && div.contains(embeds[j].frame)) known = true;
      if (!known) create(div);
    }
    prune();
  }
  function prune() {
    embeds = embeds.filter(function (e) {
      if (document.documentElement.contains(e.frame)) return true;
      if (io) io.unobserve(e.frame);
      return false;
    });
  }

  // Visibility → the page inside, only ever to the origin it was loaded from, and only once it
  // has loaded (or spoken): a message to a half-loaded page would be lost or arrive too early.
  function tell(e, again) {
    if (e.visible === null || !e.loaded || !e.frame.contentWindow) return;
    if (again || e.sent !== e.visible) {
      e.sent = e.visible;
      e.frame.contentWindow.postMessage({ type: "motive-matrix:visibility", visible: e.visible }, e.origin);
    }
  }
  function onIntersect(entries) {
    entries.forEach(function (entry) {
      for (var i = 0; i < embeds.length; i++) {
        if (embeds[i].frame === entry.target) { embeds[i].visible = entry.isIntersecting; tell(embeds[i]); }
      }
    });
  }

  window.addEventListener("message", function (ev) {
    var e = null, h;
    for (var i = 0; i < embeds.length; i++) if (ev.source && embeds[i].frame.contentWindow === ev.source) e = embeds[i];
    if (!e || ev.origin !== e.origin) return;
    var d = ev.data;
    if (d && typeof d === "object" && d.type === "motive-matrix:height") h = d.height;
    else if (typeof d === "string" && PYM.test(d)) h = PYM.exec(d)[2];
    else return;
    if (!e.heard) { e.heard = e.loaded = true; tell(e, true); } // the page inside is listening now
    h = typeof h === "number" ? h : typeof h === "string" && /^\s*\d+(\.\d+)?\s*$/.test(h) ? +h : NaN;
    if (e.fixed || !isFinite(h)) return;
    e.frame.style.height = clamp(h) + "px";
  });

  if (window.MutationObserver) {
    // Cheap on busy pages: only added elements that are, or contain, a placeholder cause a scan.
    new MutationObserver(function (records) {
      var add = false, removed = false;
      records.forEach(function (r) {
        removed = removed || r.removedNodes.length > 0;
        for (var i = 0; i < r.addedNodes.length && !add; i++) {
          var n = r.addedNodes[i];
          add = n.nodeType === 1 && (n.matches(SEL) || !!n.querySelector(SEL));
        }
      });
      if (add) scan(); else if (removed && embeds.length) prune();
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  window.motiveMatrixEmbed = { scan: scan };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { scan(); });
  scan();
})();
