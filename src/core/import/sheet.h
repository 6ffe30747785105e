// sheet.h — one sheet of the template as named columns: its header checked against the columns
// the sheet has, its rows grouped into items, its cells read as the story format's values. Every
// problem is reported at its cell. Internal to the importer (sheet_import.h is the interface).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/csv.h"
#include "core/import/sheet_import.h"

namespace mm::sheets {

// Collects the import's diagnostics; counts all, keeps the first `keep` of each severity.
class Reporter {
 public:
  explicit Reporter(size_t keep) : keep_(keep) {}
  void Error(SheetLocation at, std::string message) { Add(Severity::Error, std::move(at), std::move(message)); }
  void Warning(SheetLocation at, std::string message) { Add(Severity::Warning, std::move(at), std::move(message)); }
  int errors() const { return errors_; }
  int warnings() const { return warnings_; }
  std::vector<SheetDiagnostic>& kept() { return kept_; }

 private:
  void Add(Severity severity, SheetLocation at, std::string message);
  size_t keep_;
  int errors_ = 0, warnings_ = 0;
  size_t kept_errors_ = 0, kept_warnings_ = 0;
  std::vector<SheetDiagnostic> kept_;
};

struct ColumnSpec {
  std::string name;  // as the template names it: lower case, "_" between words
  bool required;
};

// A cell's trimmed text and where it is; row 0 when the item has no such cell (column absent,
// or empty on every row of the item).
struct Cell {
  std::string value;
  int row = 0;
  int column = 0;
  bool empty() const { return value.empty(); }
};

// "Rank label", "rank-label", " RANK_LABEL " → "rank_label".
std::string NormalizeName(std::string_view name);

// " (did you mean \"quote_kind\"?)" when one of `names` is within two edits of `name`, else "".
std::string DidYouMean(std::string_view name, const std::vector<std::string>& names);

// Quoted for a message, with an ellipsis past 60 bytes: "strongish".
std::string Shown(std::string_view text);

class Sheet {
 public:
  // Reads the header (the first row that is not blank) against `columns`: an unknown column is a
  // warning, a missing required one an error, a repeated one an error. CSV problems are reported.
  Sheet(std::string name, const CsvTable& table, const std::vector<ColumnSpec>& columns, Reporter& report);

  const std::string& name() const { return name_; }
  // The header was found and has every required column: the rows can be read.
  bool usable() const { return usable_; }
  int ColumnOf(std::string_view column) const;  // 1-based; 0 when the sheet has no such column
  bool HasColumn(std::string_view column) const { return ColumnOf(column) != 0; }
  // Row numbers of the rows after the header that have a non-blank cell in a known column.
  const std::vector<int>& data_rows() const { return data_rows_; }
  Cell Get(int row, std::string_view column) const;
  // A place in this sheet, with the column's template name when it is one of the sheet's.
  SheetLocation At(int row, int column = 0) const;
  SheetLocation At(const Cell& cell) const { return At(cell.row, cell.column); }
  SheetLocation Whole() const { return At(0, 0); }

 private:
  std::string name_;
  const CsvTable& table_;
  std::map<std::string, int> columns_;  // normalised name → 1-based column
  std::map<int, std::string> names_;    // and back
  std::vector<int> data_rows_;
  bool usable_ = false;
};

// Rows that make one item: every row of a link names its suspect and motive, every row of an
// event its id; one row per quote. A field is read from the first row that gives it, and a later
// row that gives another value is an error.
struct Item {
  std::string key;  // the key cells joined with ":"
  int first_row = 0;
  std::vector<int> rows;
  std::map<std::string, Cell> fields;  // every field column; Cell.row 0 when no row gives it
  Cell field(const std::string& column) const;
};

// Groups the sheet's rows into items by `key_columns` (each must be non-empty on every row; an
// empty one is an error and the row is skipped), in order of first appearance. With no key
// columns every row is its own item. `noun` names an item in messages ("link").
std::vector<Item> GroupRows(const Sheet& sheet, const std::vector<std::string>& key_columns,
                            const std::vector<std::string>& field_columns, const char* noun, Reporter& report);

// ---- values; each reports at the cell and returns false on a bad value --------------------------

// One of `choices` (lower case), ignoring case; `*out` becomes the choice as listed.
bool ReadChoice(const Sheet& sheet, const Cell& cell, const std::vector<std::string>& choices, std::string* out,
                Reporter& report);
// 1, 2, 3 or weak, argued, strong.
bool ReadStrength(const Sheet& sheet, const Cell& cell, int* out, Reporter& report);
// A whole number (the rank).
bool ReadWholeNumber(const Sheet& sheet, const Cell& cell, long long* out, Reporter& report);
// yes/no, true/false, y/n, 1/0, x (yes); empty is no.
bool ReadYesNo(const Sheet& sheet, const Cell& cell, bool* out, Reporter& report);
// YYYY, YYYY-MM or YYYY-MM-DD, as written. Only the form is checked here (the loader checks the
// calendar); anything else, "03/04/2025" above all, is an error that says the order of day and
// month is never guessed.
bool ReadIsoDate(const Sheet& sheet, const Cell& cell, Reporter& report);
// "a; b;c" → {"a", "b", "c"}; a comma instead of semicolons is an error.
bool ReadIdList(const Sheet& sheet, const Cell& cell, std::vector<std::string>* out, Reporter& report);

}  // namespace mm::sheets
