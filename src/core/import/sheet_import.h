// sheet_import.h — a story from spreadsheet sheets: the template of assets/templates/ (one CSV per
// part of the story, docs/authoring.md) → the story's JSON text, for mm::LoadStory.
//
// The importer checks what a sheet alone can show — its header, its cells' syntax (ISO dates,
// strengths, quote kinds, yes/no), rows of one item that disagree — and names every problem by
// sheet, row and column: `links.csv:7:C: error: "strongish" is not one of 1, 2, 3 (or weak,
// argued, strong)`. Everything else (ids that resolve, duplicates, lengths, the calendar) is the
// loader's, which `check` runs too; LocateInSheets puts its findings back on the cells they came
// from. `motive-matrix import` and the editors' studio in the browser call the same two steps.
//
// Never throws (nlohmann is used without exceptions; the output is dumped with invalid UTF-8
// replaced, and such bytes are an import error anyway).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/story_loader.h"  // Severity, Diagnostic

namespace mm {

// A place in the sheets: "links.csv", row 7 (1 = the header row), column 3 ("C").
struct SheetLocation {
  std::string sheet;        // as the sheet was named, with ".csv" added to a bare name
  int row = 0;              // 1-based; 0 = the whole sheet
  int column = 0;           // 1-based; 0 = the whole row
  std::string column_name;  // the template's name of that column ("quote"), where known
};

struct SheetDiagnostic {
  Severity severity = Severity::Error;
  SheetLocation at;
  std::string message;
  // For a finding of the loader's: the JSON path it was reported at ("/links/3/motive").
  std::string path;
  // "links.csv:7:C: error: message" (row and column only when known).
  std::string Format() const;
};

struct SheetImportResult {
  // The story as JSON (two-space indented, fields in the format's order). Produced even when
  // there are errors, as far as the sheets allow: it is then not meant to load.
  std::string story_json;
  // Import problems: errors, then warnings, each in the template's sheet order, then by row and
  // column.
  std::vector<SheetDiagnostic> diagnostics;
  // JSON Pointer → the sheet cell (or row, or sheet) it was built from, for LocateInSheets.
  std::map<std::string, SheetLocation> origins;
  int omitted_errors = 0;    // past ImportOptions::max_diagnostics; the list then ends with one
  int omitted_warnings = 0;  // "… and N more" entry
  bool ok() const;           // no errors
};

struct ImportOptions {
  size_t max_sheet_bytes = 8u << 20;  // a sheet past this is not read (the story's own limit)
  size_t max_diagnostics = 50;        // of each severity; then "… and N more"
};

// `sheets`: sheet name → its text (CSV, or tab-separated as pasted from a spreadsheet). The name
// is the file's ("links.csv", "Links.tsv") or bare ("links"); case and extension do not matter.
// Sheets: story, sources, suspects, motives, links, events (required); goals, reactions, notes.
SheetImportResult ImportSheets(const std::map<std::string, std::string>& sheets, const ImportOptions& options = {});

// A loader finding on the imported story's JSON, placed at the cell its path came from (the
// longest prefix of its path that has an origin). Its message is prefixed with the column's name
// when it is placed on a cell; `path` keeps the JSON path.
SheetDiagnostic LocateInSheets(const SheetImportResult& import, const Diagnostic& finding);

// The template's sheets, in the order the importer reads and reports them ("story", "sources", …).
const std::vector<std::string>& SheetNames();

// A sheet's columns in the template's order; with `required_only`, those a sheet must have.
// Empty for a name that is not a sheet.
std::vector<std::string> SheetColumns(std::string_view sheet, bool required_only = false);

}  // namespace mm
