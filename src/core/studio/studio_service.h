// studio_service.h — what the editors' studio (web/studio/, docs/authoring.md) asks of the core,
// as JSON text in and out, so that the browser gets exactly `motive-matrix check`'s and
// `motive-matrix import`'s findings: the same loader, quote check and spreadsheet importer.
//
// src/platform/studio_exports.cpp passes these through to the page (the studio's own wasm module,
// which the explainer's readers never download); the native unit tests call them directly.
// Never throws (nlohmann is used without exceptions; output is dumped with invalid UTF-8 replaced).
#pragma once

#include <string>
#include <string_view>

namespace mm::studio {

// Checks a story's text like `motive-matrix check STORY --source ID=FILE…`:
// `sources_json` is an object {"source id": "that source's plain text", …} (or empty text). The
// quotes are checked only when the story loads without errors (as check does), and only for the
// ids the story has among its sources (the studio may hold texts of sources not yet added).
// Returns compact JSON:
//   {"ok": bool, "title": …, "errors": [D…], "warnings": [D…], "quotes": {"checked": n, "found": n}}
// with D = {"path", "line", "column" (1-based, bytes), "message", "text" (check's one-line form),
//           and for a quote not found "source", "quote", "nearest"}.
// A `sources_json` that is not such an object is one error with path "" and message saying so.
std::string CheckJson(std::string_view story_text, std::string_view sources_json);

// Imports spreadsheet sheets like `motive-matrix import`: `sheets_json` is an object
// {"suspects": "csv or tab-separated text", "links.csv": …}. Returns compact JSON:
//   {"ok": bool, "story": the story's text (when the sheets imported; "" otherwise),
//    "errors": [S…], "warnings": [S…]}
// with S = {"sheet", "row", "column" (1-based; 0 = whole sheet / row), "columnName", "path",
// "message", "text" (import's one-line form "links.csv:7:C: error: …")}. "ok" means the story
// was imported and loads without errors (the import's findings and then the loader's, located
// in the sheets).
std::string ImportJson(std::string_view sheets_json);

}  // namespace mm::studio
