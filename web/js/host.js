// host.js — the article around an iframe'd explainer: the page reports its height (auto-height
// embeds; pym.js, WordPress's and AMP's embed protocols too) and draws nothing while scrolled out
// of view. It never scripts or navigates the parent. The other side is web/embed.js (or pym.js,
// WordPress's wp-embed.js, AMP's <amp-iframe resizable>: docs/hosting.md).
// Provides: postHeight(contentHeight), watchVisibility(). Uses: config, setPageVisible (bridge.js).
var lastPostedHeight = -1;
// WordPress gives an embedded page a secret in its address ("#?secret=…", read now, before the
// selection rewrites the hash) and resizes the iframe only on messages that carry it.
var wpSecret = (/[#&?]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(location.hash) || [])[1] || null;
function postHeight(contentHeight) {
  if (window.parent === window || config.fixedHeight) return;
  var bar = document.querySelector(".mm-bar");
  var h = Math.ceil(contentHeight + (bar ? bar.getBoundingClientRect().height : 0));
  if (!isFinite(h) || h <= 0 || h === lastPostedHeight) return;
  lastPostedHeight = h;
  window.parent.postMessage({ type: "motive-matrix:height", height: h }, "*");
  if (config.pymId) window.parent.postMessage("pymxPYMx" + config.pymId + "xPYMx" + "height" + "xPYMx" + h, "*");
  if (wpSecret) window.parent.postMessage({ secret: wpSecret, message: "height", value: h }, "*");
  // AMP's <amp-iframe resizable> listens for this from its iframe (any other host ignores it).
  window.parent.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
}

// Frames run only while the page is on screen, its tab shown, and the host says it is visible.
// document.hidden is read each time rather than kept from the last "visibilitychange".
var onScreen = true, hostVisible = true;
function updateVisible() { setPageVisible(onScreen && !document.hidden && hostVisible); }
window.addEventListener("message", function (e) {
  if (e.source !== window.parent || !e.data || e.data.type !== "motive-matrix:visibility") return;
  hostVisible = e.data.visible !== false;
  updateVisible();
});
function watchVisibility() {
  document.addEventListener("visibilitychange", updateVisible);
  if (window.IntersectionObserver) {
    new IntersectionObserver(function (entries) {
      onScreen = entries[entries.length - 1].isIntersecting;
      updateVisible();
    }).observe(document.getElementById("mm-root"));
  }
}
