// api.js — window.motiveMatrix, the explainer's public API (README.md): state(), select(target),
// tour(n), nextStep(), previousStep(), on(type, fn), off(type, fn), and layout() for tests and tools.
//   select("#cell=eu-lobby:embarrass-trump") | select({ event: "leak" }) | select({ cell: ["a", "b"] })
//   | select(null) to clear. Returns true if the target exists in the story. The module reads the
//   target (src/platform/page_api.h, mm_select); the page never builds a hash itself.
// Provides: emit(type, payload). Uses: isReady, currentState, lastState, select, tour, probe,
// probeJson (bridge.js).
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
  on: function (type, fn) { (listeners[type] = listeners[type] || []).push(fn); if (type === "ready" && isReady()) fn(lastState); },
  off: function (type, fn) { listeners[type] = (listeners[type] || []).filter(function (f) { return f !== fn; }); }
};
