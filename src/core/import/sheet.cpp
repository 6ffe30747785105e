// sheet.cpp — a template sheet's header, its rows grouped into items, and its cells as values.
#include "core/import/sheet.h"

#include <algorithm>
#include <cctype>

#include "core/calendar.h"

namespace mm::sheets {
namespace {

bool IsBlankText(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

std::string Trim(std::string_view s) {
  size_t begin = 0, end = s.size();
  while (begin < end && (s[begin] == ' ' || s[begin] == '\t' || s[begin] == '\n' || s[begin] == '\r')) ++begin;
  while (end > begin && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n' || s[end - 1] == '\r')) --end;
  return std::string(s.substr(begin, end - begin));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Edit distance, for "did you mean" (names are short; a plain table is enough).
size_t Distance(std::string_view a, std::string_view b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string JoinNames(const std::vector<ColumnSpec>& columns, bool required_only) {
  std::string out;
  for (const ColumnSpec& c : columns) {
    if (required_only && !c.required) continue;
    out += (out.empty() ? "" : ", ") + std::string(c.name);
  }
  return out;
}

std::string JoinChoices(const std::vector<std::string>& choices) {
  std::string out;
  for (size_t i = 0; i < choices.size(); ++i) {
    out += i == 0 ? "" : (i + 1 == choices.size() ? " or " : ", ");
    out += choices[i];
  }
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

void Reporter::Add(Severity severity, SheetLocation at, std::string message) {
  const bool error = severity == Severity::Error;
  (error ? errors_ : warnings_)++;
  size_t& kept = error ? kept_errors_ : kept_warnings_;
  if (kept >= keep_) return;
  ++kept;
  SheetDiagnostic d;
  d.severity = severity;
  d.at = std::move(at);
  d.message = std::move(message);
  kept_.push_back(std::move(d));
}

std::string NormalizeName(std::string_view name) {
  std::string out = Lower(Trim(name));
  for (char& c : out) {
    if (c == ' ' || c == '-') c = '_';
  }
  return out;
}

std::string DidYouMean(std::string_view name, const std::vector<std::string>& names) {
  const std::string* nearest = nullptr;
  size_t best = 3;
  for (const std::string& candidate : names) {
    const size_t d = Distance(name, candidate);
    if (d < best) {
      best = d;
      nearest = &candidate;
    }
  }
  return nearest ? " (did you mean \"" + *nearest + "\"?)" : "";
}

std::string Shown(std::string_view text) {
  std::string shown(text.substr(0, 60));
  if (text.size() > 60) {
    while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80) shown.pop_back();
    if (!shown.empty() && static_cast<unsigned char>(shown.back()) >= 0xC0) shown.pop_back();
    shown += "…";
  }
  return "\"" + shown + "\"";
}

Sheet::Sheet(std::string name, const CsvTable& table, const std::vector<ColumnSpec>& columns, Reporter& report)
    : name_(std::move(name)), table_(table) {
  for (const CsvProblem& p : table.problems) report.Error(At(p.row, p.column), p.message);

  size_t header = 0;
  while (header < table.rows.size()) {
    bool blank = true;
    for (const std::string& cell : table.rows[header]) blank = blank && IsBlankText(cell);
    if (!blank) break;
    ++header;
  }
  if (header == table.rows.size()) {
    if (table.problems.empty()) {
      report.Error(Whole(), "the sheet is empty: its first row names the columns (" + JoinNames(columns, false) + ")");
    }
    return;
  }
  const int header_row = static_cast<int>(header) + 1;
  const std::vector<std::string>& names = table.rows[header];
  std::vector<bool> known(names.size(), false);
  for (size_t i = 0; i < names.size(); ++i) {
    const int column = static_cast<int>(i) + 1;
    const std::string normalized = NormalizeName(names[i]);
    if (normalized.empty()) continue;  // an unnamed column; warned about below if it has cells
    const auto spec =
        std::find_if(columns.begin(), columns.end(), [&](const ColumnSpec& c) { return normalized == c.name; });
    if (spec == columns.end()) {
      std::string message = "unknown column " + Shown(Trim(names[i])) + ": its cells are ignored";
      std::vector<std::string> unused;  // a typo is for a column the header does not have yet
      for (const ColumnSpec& c : columns) {
        if (!HasColumn(c.name)) unused.push_back(c.name);
      }
      const std::string suggestion = DidYouMean(normalized, unused);
      message += suggestion.empty() ? " (this sheet's columns: " + JoinNames(columns, false) + ")" : suggestion;
      report.Warning(At(header_row, column), message);
      continue;
    }
    const auto [at, inserted] = columns_.emplace(normalized, column);
    if (!inserted) {
      report.Error(At(header_row, column), "a second column \"" + normalized + "\" (the first is column " +
                                               SpreadsheetColumnName(at->second) + "); keep one");
      continue;
    }
    names_[column] = normalized;
    known[i] = true;
  }
  bool complete = true;
  for (const ColumnSpec& c : columns) {
    if (c.required && !HasColumn(c.name)) {
      report.Error(At(header_row), "missing column \"" + std::string(c.name) +
                                       "\" (this sheet's required columns: " + JoinNames(columns, true) + ")");
      complete = false;
    }
  }

  std::vector<bool> warned_unnamed(names.size(), false);
  int warned_extra = 0;
  for (size_t r = header + 1; r < table.rows.size(); ++r) {
    const std::vector<std::string>& cells = table.rows[r];
    const int row = static_cast<int>(r) + 1;
    bool has_data = false;
    for (size_t i = 0; i < cells.size(); ++i) {
      if (IsBlankText(cells[i])) continue;
      if (i < names.size() && known[i]) {
        has_data = true;
      } else if (i < names.size()) {
        if (NormalizeName(names[i]).empty() && !warned_unnamed[i]) {
          report.Warning(At(row, static_cast<int>(i) + 1),
                         "this column has no name in the header row: its cells are ignored");
          warned_unnamed[i] = true;
        }
      } else if (warned_extra++ == 0) {
        report.Warning(At(row, static_cast<int>(i) + 1),
                       "a cell right of the last named column is ignored (give its column a name in row " +
                           std::to_string(header_row) + ")");
      }
    }
    if (has_data) data_rows_.push_back(row);
  }
  usable_ = complete;
}

SheetLocation Sheet::At(int row, int column) const {
  SheetLocation at{name_, row, column, {}};
  const auto it = names_.find(column);
  if (it != names_.end()) at.column_name = it->second;
  return at;
}

int Sheet::ColumnOf(std::string_view column) const {
  const auto it = columns_.find(std::string(column));
  return it == columns_.end() ? 0 : it->second;
}

Cell Sheet::Get(int row, std::string_view column) const {
  Cell cell;
  const int index = ColumnOf(column);
  if (index == 0 || row < 1 || static_cast<size_t>(row) > table_.rows.size()) return cell;
  cell.row = row;
  cell.column = index;
  const std::vector<std::string>& cells = table_.rows[static_cast<size_t>(row) - 1];
  if (static_cast<size_t>(index) <= cells.size()) cell.value = Trim(cells[static_cast<size_t>(index) - 1]);
  return cell;
}

Cell Item::field(const std::string& column) const {
  const auto it = fields.find(column);
  return it == fields.end() ? Cell{} : it->second;
}

std::vector<Item> GroupRows(const Sheet& sheet, const std::vector<std::string>& key_columns,
                            const std::vector<std::string>& field_columns, const char* noun, Reporter& report) {
  std::vector<Item> items;
  std::map<std::string, size_t> by_key;
  for (int row : sheet.data_rows()) {
    std::string key;
    bool complete = true;
    for (const std::string& column : key_columns) {
      const Cell cell = sheet.Get(row, column);
      if (cell.empty()) {
        report.Error(sheet.At(row, sheet.ColumnOf(column)), "empty " + column + ": every row of a " +
                                                                std::string(noun) + " names its " + column + " (a " +
                                                                noun + " with several quotes has one row per quote)");
        complete = false;
      }
      key += (key.empty() ? "" : ":") + cell.value;
    }
    if (!complete) continue;
    size_t index;
    if (key_columns.empty()) {
      index = items.size();
      items.emplace_back();
    } else {
      const auto [at, inserted] = by_key.emplace(key, items.size());
      if (inserted) items.emplace_back();
      index = at->second;
    }
    Item& item = items[index];
    if (item.rows.empty()) {
      item.key = key;
      item.first_row = row;
    }
    item.rows.push_back(row);
    for (const std::string& column : field_columns) {
      if (!sheet.HasColumn(column)) continue;
      const Cell cell = sheet.Get(row, column);
      Cell& kept = item.fields[column];
      if (cell.empty()) continue;
      if (kept.empty()) {
        kept = cell;
      } else if (kept.value != cell.value) {
        report.Error(sheet.At(cell), "this " + std::string(noun) + "'s " + column + " differs from row " +
                                         std::to_string(kept.row) + "'s (" + Shown(kept.value) +
                                         "): give it once, on the " + noun + "'s first row, or repeat it exactly");
      }
    }
  }
  return items;
}

bool ReadChoice(const Sheet& sheet, const Cell& cell, const std::vector<std::string>& choices, std::string* out,
                Reporter& report) {
  const std::string wanted = Lower(cell.value);
  for (const std::string& choice : choices) {
    if (wanted == choice) {
      *out = choice;
      return true;
    }
  }
  report.Error(sheet.At(cell), Shown(cell.value) + " is not one of " + JoinChoices(choices));
  return false;
}

bool ReadStrength(const Sheet& sheet, const Cell& cell, int* out, Reporter& report) {
  static const char* const kWords[] = {"weak", "argued", "strong"};
  const std::string wanted = Lower(cell.value);
  for (int i = 0; i < 3; ++i) {
    if (wanted == std::to_string(i + 1) || wanted == kWords[i]) {
      *out = i + 1;
      return true;
    }
  }
  report.Error(sheet.At(cell), Shown(cell.value) + " is not one of 1, 2, 3 (or weak, argued, strong)");
  return false;
}

bool ReadWholeNumber(const Sheet& sheet, const Cell& cell, long long* out, Reporter& report) {
  std::string_view digits = cell.value;
  const bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.remove_prefix(1);
  if (!AllDigits(digits) || digits.size() > 9) {
    report.Error(sheet.At(cell), Shown(cell.value) + " is not a whole number");
    return false;
  }
  long long value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  *out = negative ? -value : value;
  return true;
}

bool ReadYesNo(const Sheet& sheet, const Cell& cell, bool* out, Reporter& report) {
  const std::string v = Lower(cell.value);
  if (v.empty() || v == "no" || v == "n" || v == "false" || v == "0") {
    *out = false;
    return true;
  }
  if (v == "yes" || v == "y" || v == "true" || v == "1" || v == "x") {
    *out = true;
    return true;
  }
  report.Error(sheet.At(cell), Shown(cell.value) + " is not yes or no (or true, false, 1, 0, x; empty means no)");
  return false;
}

bool ReadIsoDate(const Sheet& sheet, const Cell& cell, Reporter& report) {
  const std::string& text = cell.value;
  Date date;
  if (ParseIsoDate(text, &date) != DateCheck::NotADate) return true;  // the loader checks the calendar
  std::string message = Shown(text) + " is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY";
  const size_t time = text.find_first_of("T ");
  Date day;
  if (time == 10 && ParseIsoDate(text.substr(0, 10), &day) != DateCheck::NotADate) {
    report.Error(sheet.At(cell), message + ": give the date without a time (" + text.substr(0, 10) + ")");
    return false;
  }
  // Three numbers with the year last: day and month could be either way round.
  std::vector<std::string> parts;
  std::string part;
  for (char c : text) {
    if (c == '/' || c == '.' || c == '-') {
      parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  parts.push_back(part);
  if (parts.size() == 3 && AllDigits(parts[0]) && AllDigits(parts[1]) && parts[2].size() == 4 && AllDigits(parts[2]) &&
      parts[0].size() <= 2 && parts[1].size() <= 2) {
    const int a = std::stoi(parts[0]), b = std::stoi(parts[1]);
    const auto iso = [&](int month, int day) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%s-%02d-%02d", parts[2].c_str(), month, day);
      return std::string(buffer);
    };
    message += ": the order of day and month is never guessed";
    if (a <= 12 && b <= 12 && a != b) {
      message += " (" + iso(b, a) + " or " + iso(a, b) + "?)";
    } else {
      message += "; write it as YYYY-MM-DD";
    }
  } else {
    message += " (a spreadsheet may have reformatted it: format the column as plain text)";
  }
  report.Error(sheet.At(cell), message);
  return false;
}

bool ReadIdList(const Sheet& sheet, const Cell& cell, std::vector<std::string>* out, Reporter& report) {
  if (cell.value.find(',') != std::string::npos) {
    report.Error(sheet.At(cell), Shown(cell.value) + ": separate ids with semicolons (a; b), not commas");
    return false;
  }
  std::string id;
  const auto flush = [&] {
    const std::string trimmed = Trim(id);
    if (!trimmed.empty()) out->push_back(trimmed);
    id.clear();
  };
  for (char c : cell.value) {
    if (c == ';') {
      flush();
    } else {
      id += c;
    }
  }
  flush();
  return true;
}

}  // namespace mm::sheets
