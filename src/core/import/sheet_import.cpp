// sheet_import.cpp — the template's sheets, read in order into a story; the loader's findings
// placed back on the cells they came from.
#include "core/import/sheet_import.h"

#include <algorithm>
#include <memory>

#include "core/import/csv.h"
#include "core/import/sheet.h"
#include "core/import/story_builder.h"

namespace mm {
namespace {

using sheets::ColumnSpec;
using sheets::Json;
using sheets::Reporter;
using sheets::Sheet;

// "id* title* url" → id and title required, url optional.
std::vector<ColumnSpec> Columns(std::string_view spec) {
  std::vector<ColumnSpec> columns;
  size_t begin = 0;
  while (begin < spec.size()) {
    size_t end = spec.find(' ', begin);
    if (end == std::string_view::npos) end = spec.size();
    std::string_view name = spec.substr(begin, end - begin);
    const bool required = !name.empty() && name.back() == '*';
    if (required) name.remove_suffix(1);
    if (!name.empty()) columns.push_back({std::string(name), required});
    begin = end + 1;
  }
  return columns;
}

struct SheetKind {
  const char* name;
  bool required;
  std::vector<ColumnSpec> columns;
};

// The template (* = a required column). docs/authoring.md explains every column: keep the two in
// step. Every sheet of items with quotes ends with the same four columns, one row per quote.
const std::vector<SheetKind>& Kinds() {
  static const std::string evidence = " quote* source quote_kind* speaker";
  static const std::vector<SheetKind> kinds = {
      {"story", true, Columns("key* value*")},
      {"sources", true, Columns("id* title* publisher author kind* date url")},
      {"suspects", true, Columns("id* name* short* summary* rank* rank_label*" + evidence)},
      {"motives", true, Columns("id* label* description* group group_label")},
      {"links", true, Columns("suspect* motive* strength* argument*" + evidence)},
      {"events", true, Columns("id* date* precision kind* title* detail* coincided motives suspects" + evidence)},
      {"goals", false, Columns("id* title* explanation* events motives" + evidence)},
      {"reactions", false, Columns("id* party* stance*" + evidence)},
      {"notes", false, Columns("kind* id* text* date")},
  };
  return kinds;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

int KindIndex(std::string_view kind) {
  const std::vector<SheetKind>& kinds = Kinds();
  for (size_t i = 0; i < kinds.size(); ++i) {
    if (kind == kinds[i].name) return static_cast<int>(i);
  }
  return -1;
}

// "links.csv" → "links"; "Links.TSV" → "links"; "links" → "links".
std::string KindOfName(std::string_view name) {
  const size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  std::string lower = Lower(name);
  for (const char* extension : {".csv", ".tsv", ".txt"}) {
    const std::string ext = extension;
    if (lower.size() > ext.size() && lower.compare(lower.size() - ext.size(), ext.size(), ext) == 0) {
      lower.resize(lower.size() - ext.size());
      break;
    }
  }
  return lower;
}

std::string DisplayName(std::string_view name) {
  const size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  std::string display(name);
  if (display.find('.') == std::string::npos) display += ".csv";
  return display;
}

}  // namespace

std::string SheetDiagnostic::Format() const {
  std::string out;
  if (!at.sheet.empty()) {
    out = at.sheet;
    if (at.row > 0) {
      out += ":" + std::to_string(at.row);
      if (at.column > 0) out += ":" + SpreadsheetColumnName(at.column);
    }
    out += ": ";
  }
  out += severity == Severity::Error ? "error: " : "warning: ";
  return out + message;
}

bool SheetImportResult::ok() const {
  if (omitted_errors > 0) return false;
  for (const SheetDiagnostic& d : diagnostics) {
    if (d.severity == Severity::Error) return false;
  }
  return true;
}

const std::vector<std::string>& SheetNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const SheetKind& kind : Kinds()) out.push_back(kind.name);
    return out;
  }();
  return names;
}

std::vector<std::string> SheetColumns(std::string_view sheet, bool required_only) {
  std::vector<std::string> columns;
  const int index = KindIndex(sheet);
  if (index < 0) return columns;
  for (const ColumnSpec& c : Kinds()[static_cast<size_t>(index)].columns) {
    if (c.required || !required_only) columns.push_back(c.name);
  }
  return columns;
}

SheetImportResult ImportSheets(const std::map<std::string, std::string>& sheets, const ImportOptions& options) {
  sheets::StoryBuilder builder(options.max_diagnostics);
  Reporter& report = builder.report();
  const std::vector<SheetKind>& kinds = Kinds();

  struct Given {
    std::string display;
    const std::string* text = nullptr;
  };
  std::vector<Given> given(kinds.size());
  std::vector<bool> too_large(kinds.size(), false);
  for (const auto& [name, text] : sheets) {
    const std::string display = DisplayName(name);
    const int index = KindIndex(KindOfName(name));
    if (index < 0) {
      std::string names;
      for (const SheetKind& k : kinds) names += (names.empty() ? "" : ", ") + std::string(k.name) + ".csv";
      report.Warning({display, 0, 0, {}}, "not a sheet of the template (" + names + "): ignored");
      continue;
    }
    if (given[index].text || too_large[index]) {
      report.Error({display, 0, 0, {}}, "a second " + std::string(kinds[index].name) + " sheet (the first is " +
                                            given[index].display + "): give each sheet once");
      continue;
    }
    given[index].display = display;
    if (text.size() > options.max_sheet_bytes) {
      report.Error({display, 0, 0, {}}, "the sheet is too large: " + std::to_string(text.size()) +
                                            " bytes (the limit is " + std::to_string(options.max_sheet_bytes) + ")");
      too_large[index] = true;
      continue;
    }
    given[index].text = &text;
  }
  if (given[0].text) builder.SetStorySheet(given[0].display);

  // Sheets are read in the template's order: evidence needs the sources, notes need every item.
  std::vector<CsvTable> tables(kinds.size());
  std::vector<std::unique_ptr<Sheet>> read(kinds.size());
  for (size_t i = 0; i < kinds.size(); ++i) {
    const SheetKind& kind = kinds[i];
    if (!given[i].text) {
      if (kind.required && !too_large[i]) {
        std::string columns;
        for (const ColumnSpec& c : kind.columns) columns += (columns.empty() ? "" : ", ") + c.name;
        report.Error({std::string(kind.name) + ".csv", 0, 0, {}},
                     "missing sheet: every story has one (its columns: " + columns + "; docs/authoring.md)");
      }
      continue;
    }
    tables[i] = ParseCsv(*given[i].text);
    read[i] = std::make_unique<Sheet>(given[i].display, tables[i], kind.columns, report);
    const Sheet& sheet = *read[i];
    builder.SetSheetState(kind.name, given[i].display, sheet.usable());
    if (!sheet.usable()) continue;
    switch (i) {
      case 0:
        builder.ReadStory(sheet);
        break;
      case 1:
        builder.ReadSources(sheet);
        break;
      case 2:
        builder.ReadSuspects(sheet);
        break;
      case 3:
        builder.ReadMotives(sheet);
        break;
      case 4:
        builder.ReadLinks(sheet);
        break;
      case 5:
        builder.ReadEvents(sheet);
        break;
      case 6:
        builder.ReadGoals(sheet);
        break;
      case 7:
        builder.ReadReactions(sheet);
        break;
      case 8:
        builder.ReadNotes(sheet);
        break;
      default:
        break;
    }
  }

  SheetImportResult result;
  const Json root = builder.Assemble();
  result.story_json = root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  result.origins = std::move(builder.origins());

  std::vector<SheetDiagnostic>& kept = report.kept();
  const auto order = [](const SheetDiagnostic& d) { return KindIndex(KindOfName(d.at.sheet)) & 0xFFFF; };
  std::stable_sort(kept.begin(), kept.end(), [&](const SheetDiagnostic& a, const SheetDiagnostic& b) {
    if (a.severity != b.severity) return a.severity == Severity::Error;
    const int sa = order(a), sb = order(b);
    if (sa != sb) return sa < sb;
    if (a.at.row != b.at.row) return a.at.row < b.at.row;
    return a.at.column < b.at.column;
  });
  int kept_errors = 0, kept_warnings = 0;
  for (const SheetDiagnostic& d : kept) (d.severity == Severity::Error ? kept_errors : kept_warnings)++;
  result.omitted_errors = report.errors() - kept_errors;
  result.omitted_warnings = report.warnings() - kept_warnings;
  result.diagnostics = std::move(kept);
  if (result.omitted_errors > 0) {
    SheetDiagnostic more;
    more.message = "… and " + std::to_string(result.omitted_errors) +
                   (result.omitted_errors == 1 ? " more error" : " more errors");
    // After the last error, before the warnings.
    const auto first_warning = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                            [](const SheetDiagnostic& d) { return d.severity == Severity::Warning; });
    result.diagnostics.insert(first_warning, std::move(more));
  }
  if (result.omitted_warnings > 0) {
    SheetDiagnostic more;
    more.severity = Severity::Warning;
    more.message = "… and " + std::to_string(result.omitted_warnings) +
                   (result.omitted_warnings == 1 ? " more warning" : " more warnings");
    result.diagnostics.push_back(std::move(more));
  }
  return result;
}

SheetDiagnostic LocateInSheets(const SheetImportResult& import, const Diagnostic& finding) {
  SheetDiagnostic located;
  located.severity = finding.severity;
  located.path = finding.path;
  located.message = finding.message;
  const std::map<std::string, SheetLocation>& origins = import.origins;
  if (finding.path.empty() && finding.message.rfind("…", 0) == 0) return located;  // "… and N more errors"

  // Paths inside the message ("first used at /motives/2") become rows too.
  located.message.clear();
  for (size_t i = 0; i < finding.message.size();) {
    const bool starts_path =
        finding.message[i] == '/' && (i == 0 || finding.message[i - 1] == ' ' || finding.message[i - 1] == '(');
    if (!starts_path) {
      located.message += finding.message[i++];
      continue;
    }
    size_t end = i;
    while (end < finding.message.size() && finding.message[end] != ' ' && finding.message[end] != ')' &&
           finding.message[end] != ',' && finding.message[end] != ';')
      ++end;
    const auto it = origins.find(finding.message.substr(i, end - i));
    if (it != origins.end() && it->second.row > 0) {
      located.message += it->second.sheet + " row " + std::to_string(it->second.row);
    } else {
      located.message += finding.message.substr(i, end - i);
    }
    i = end;
  }
  const std::string message = located.message;

  const SheetLocation* at = nullptr;
  // `missing required field "date"` is reported on the item; its cell is where the date would be.
  const std::string missing = "missing required field \"";
  if (finding.message.rfind(missing, 0) == 0) {
    const size_t end = finding.message.find('"', missing.size());
    if (end != std::string::npos) {
      const auto it = origins.find(finding.path + "/" + finding.message.substr(missing.size(), end - missing.size()));
      if (it != origins.end()) at = &it->second;
    }
  }
  std::string path = finding.path;
  while (!at) {
    const auto it = origins.find(path);
    if (it != origins.end()) {
      at = &it->second;
      break;
    }
    if (path.empty()) break;
    path.resize(path.rfind('/') == std::string::npos ? 0 : path.rfind('/'));
  }
  if (at) located.at = *at;
  if (located.at.sheet.empty()) located.at.sheet = "story.csv";
  if (located.at.column > 0 && !located.at.column_name.empty() && message.rfind("missing", 0) != 0 &&
      message.rfind(located.at.column_name, 0) != 0) {
    located.message = located.at.column_name + ": " + message;
  } else if (located.at.column == 0 && !finding.path.empty()) {
    located.message = finding.path + ": " + message;  // a row or a sheet: the path says which field
  }
  return located;
}

}  // namespace mm
