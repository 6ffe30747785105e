// host.js — the article around an iframe'd explainer: the page reports its height (auto-height
// embeds, pym.js too) and draws nothing while scrolled out of view. It never scripts or navigates
// the parent. The other side is web/embed.js.
// Provides: postHeight(contentHeight), watchVisibility(). Uses: config, setPageVisible (bridge.js).
var lastPostedHeight = -1;
function postHeight(contentHeight) {
  if (window.parent === window || config.fixedHeight) return;
  var bar = document.querySelector(".mm-bar");
  var h = Math.ceil(contentHeight + (bar ? bar.getBoundingClientRect().height : 0));
  if (!isFinite(h) || h <= 0 || h === lastPostedHeight) return;
  lastPostedHeight = h;
  window.parent.postMessage({ type: "motive-matrix:height", height: h }, "*");
  if (config.pymId) window.parent.postMessage("pymxPYMx" + config.pymId + "xPYMx" + "height" + "xPYMx" + h, "*");
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
