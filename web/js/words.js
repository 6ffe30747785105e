// words.js — the page's own words (buttons, status lines, alerts) in the interface language.
// English comes with the page: publishing writes assets/locales/en.json's page.* and alert.*
// phrases into index.html (<script type="application/json" id="mm-words">). Another language's
// come with its locale file, fetched only when that language is used (main.js), the same file the
// module reads for the canvas and the text version (docs/languages.md). The classroom modes' English
// words (page.cr.*) come with their script, loaded only in those modes (web/js/classroom.js).
// Provides: t(key, values, n), useWords(tag, table), addWords(table), wordsTag. Uses: nothing.
var wordsTag = "en";
var wordsTable = (function () {
  var el = document.getElementById("mm-words");
  try { return el ? JSON.parse(el.textContent) : {}; } catch (e) { return {}; }
})();

// The phrase for `key` with its {placeholders} filled from `values`; a count's form is chosen by
// the browser's CLDR plural rules for the interface language (Intl.PluralRules). An unknown key
// comes back as itself, visibly, like the module's "⟦key⟧".
function t(key, values, n) {
  var v = wordsTable[key];
  if (v && typeof v === "object") {
    var form = "other";
    try { if (n !== undefined && window.Intl && Intl.PluralRules) form = new Intl.PluralRules(wordsTag).select(n); } catch (e) { }
    v = v[form] || v.other;
  }
  if (typeof v !== "string") return key;
  return v.replace(/\{(\w+)\}/g, function (all, name) { return values && name in values ? String(values[name]) : all; });
}

// Switches the page to another language: the table is the parsed locale file.
function useWords(tag, table) {
  wordsTag = tag;
  wordsTable = table;
  applyWords();
}

// Adds the phrases of `table` that the current one lacks: the classroom script's English words
// (a locale file already has its own, which stay).
function addWords(table) {
  for (var k in table) if (Object.prototype.hasOwnProperty.call(table, k) && !(k in wordsTable)) wordsTable[k] = table[k];
}

// The page's fixed words carry their key: data-t (text), data-t-label (aria-label),
// data-t-role (aria-roledescription).
function applyWords() {
  var each = function (sel, fn) { Array.prototype.forEach.call(document.querySelectorAll(sel), fn); };
  each("[data-t]", function (e) { e.textContent = t(e.getAttribute("data-t")); });
  each("[data-t-label]", function (e) { e.setAttribute("aria-label", t(e.getAttribute("data-t-label"))); });
  each("[data-t-role]", function (e) { e.setAttribute("aria-roledescription", t(e.getAttribute("data-t-role"))); });
}
