// api.js — window.motiveMatrix, the explainer's public API (README.md): state(), select(target), setLens(name),
// on(type, fn), off(type, fn), image({ scale }), matrixCsv(), tour(n), nextStep(), previousStep(),
// and layout() for tests and tools.
//   select("#cell=eu-lobby:embarrass-trump") | select({ event: "leak" }) | select({ cell: ["a", "b"] })
//   | select(null) to clear. Returns true if the target exists in the story. The module reads the
//   target (src/platform/page_api.h, mm_select); the page never builds a hash itself.
// Provides: emit(type, payload). Uses: whenDeferred (deferred.js), isReady, currentState, lastState, select, setLens, drawForImage,
// matrixCsv, tour, probe, probeJson (bridge.js).
var listeners = { select: [], ready: [] };
function emit(type, payload) {
  (listeners[type] || []).slice().forEach(function (fn) {
    try { fn(payload); } catch (e) { console.error(e); }
  });
}

window.motiveMatrix = {
  state: function () { return isReady() ? currentState() : lastState; },
  select: function (target) { return isReady() ? select(target) : false; },
  // The guided tour: step n (1-based; 0 ends it), and the next or previous step from where it is
  // (nextStep() starts it). Each returns true if that step exists; state().step says which shows.
  tour: function (n) { return isReady() ? tour(n) : false; },
  nextStep: function () { return isReady() ? tour((currentState().step || 0) + 1) : false; },
  previousStep: function () { var s = isReady() && currentState().step; return s > 1 ? tour(s - 1) : false; },
  // The evidence lens: setLens("facts" | "attributed" | "analysis" | "all"). Returns true if the
  // name is one of these; state().lens says which is on, and the hash carries it (#lens=facts).
  setLens: function (name) { return setLens(name); },
  // Interactive boxes of the current frame in CSS px, e.g. for tests:
  // [{ what: "matrix.cell", hash: "#cell=a:b", x0, y0, x1, y1 }, …]. Resolves after a frame.
  layout: function () {
    if (!isReady()) return Promise.resolve([]);
    probe(true);
    return new Promise(function (ok) {
      requestAnimationFrame(function () { requestAnimationFrame(function () {
        if (!isReady()) return ok([]);
        var boxes = probeJson();
        probe(false);
        ok(boxes);
      }); });
    });
  },
  // A PNG (Blob) of what is on screen, the current selection and theme, drawn by the explainer
  // at `scale` × its CSS size: image({ scale: 1 | 2 | 3 }) (default 2).
  image: function (options) {
    var scale = options && options.scale !== undefined ? Number(options.scale) : 2;
    if (scale !== 1 && scale !== 2 && scale !== 3) return Promise.reject(new RangeError("image(): scale must be 1, 2 or 3"));
    if (!isReady()) return Promise.reject(new Error("image(): the explainer is not ready"));
    return whenDeferred(function () { return drawForImage(scale); });
  },
  // The story's matrix as CSV text (one row per suspect × motive pair; README.md), "" before it is ready.
  matrixCsv: function () { return isReady() ? matrixCsv() : ""; },
  on: function (type, fn) { (listeners[type] = listeners[type] || []).push(fn); if (type === "ready" && isReady()) fn(lastState); },
  off: function (type, fn) { listeners[type] = (listeners[type] || []).filter(function (f) { return f !== fn; }); }
};
