// import_command.cpp — `motive-matrix import SHEET.csv... -o story.json`: the spreadsheet template
// (assets/templates/, docs/authoring.md) → a story file, with check's diagnostics in sheet terms.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <system_error>
#include <vector>

#include "core/import/sheet_import.h"
#include "core/story_loader.h"

namespace mm::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitInputErrors = 1;
constexpr int kExitUsage = 2;

constexpr const char* kImportUsage = "usage: motive-matrix import SHEET.csv...|FOLDER -o STORY.json\n";

std::string Count(int n, const char* singular, const char* plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

bool IsSheetFile(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".csv" || extension == ".tsv";
}

}  // namespace

int RunImport(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  std::string output;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-h" || arg == "--help" || arg == "help") {
      std::printf(
          "%s\n"
          "Builds a story from the spreadsheet template's sheets (assets/templates/; every\n"
          "column is explained in docs/authoring.md): story.csv, sources.csv, suspects.csv,\n"
          "motives.csv, links.csv, events.csv and, if the story has them, goals.csv,\n"
          "reactions.csv and notes.csv. Each sheet is known by its file name; a FOLDER\n"
          "stands for every .csv and .tsv file in it. Sheets may be comma-, semicolon- or\n"
          "tab-separated, in UTF-8.\n\n"
          "Problems are printed as SHEET:ROW:COLUMN: error|warning: message (row 1 is the\n"
          "header; columns are lettered as in a spreadsheet). When the sheets import without\n"
          "errors the story gets check's validation, located in the sheets the same way, and\n"
          "is written to STORY.json (\"-o -\" writes it to stdout, and the messages to\n"
          "stderr) only if it has no errors.\n\n"
          "Exits 0 when the story is written, 1 when the sheets have errors, 2 on a usage\n"
          "error.\n",
          kImportUsage);
      return kExitOk;
    }
    if (arg == "-o" || arg == "--output") {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "motive-matrix import: %s needs a file name\n%s", arg.c_str(), kImportUsage);
        return kExitUsage;
      }
      output = args[++i];
      continue;
    }
    if (arg.rfind("--output=", 0) == 0) {
      output = arg.substr(sizeof("--output=") - 1);
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      std::fprintf(stderr, "motive-matrix import: unknown option \"%s\"\n%s", arg.c_str(), kImportUsage);
      return kExitUsage;
    }
    inputs.push_back(arg);
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "motive-matrix import: no sheets given\n%s", kImportUsage);
    return kExitUsage;
  }
  if (output.empty()) {
    std::fprintf(stderr, "motive-matrix import: no output file given (-o STORY.json)\n%s", kImportUsage);
    return kExitUsage;
  }
  // With the story on stdout, everything else goes to stderr.
  std::FILE* messages = output == "-" ? stderr : stdout;

  // Files, and the sheet files of each folder (sorted, so the order is the same everywhere).
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (!std::filesystem::is_directory(input, error)) {
      files.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(input, error)) {
      if (entry.is_regular_file(error) && IsSheetFile(entry.path())) found.push_back(entry.path().string());
    }
    if (error) {
      std::fprintf(messages, "%s: error: cannot list the folder: %s\n", input.c_str(), error.message().c_str());
      return kExitInputErrors;
    }
    if (found.empty()) {
      std::fprintf(messages, "%s: error: the folder has no .csv or .tsv files\n", input.c_str());
      return kExitInputErrors;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }

  ImportOptions options;
  std::map<std::string, std::string> sheets;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::fprintf(messages, "%s: error: cannot read it\n", file.c_str());
      return kExitInputErrors;
    }
    // Read one byte past the limit, so that the importer can say the sheet is too large.
    std::string text(options.max_sheet_bytes + 1, '\0');
    in.read(&text[0], static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(in.gcount()));
    text.shrink_to_fit();
    const std::string name = std::filesystem::path(file).filename().string();
    if (!sheets.emplace(name, std::move(text)).second) {
      std::fprintf(messages, "%s: error: a second sheet named %s\n", file.c_str(), name.c_str());
      return kExitInputErrors;
    }
  }

  const SheetImportResult imported = ImportSheets(sheets, options);
  for (const SheetDiagnostic& d : imported.diagnostics) std::fprintf(messages, "%s\n", d.Format().c_str());
  const std::string shown_output = output == "-" ? "the story" : output;
  if (!imported.ok()) {
    int errors = imported.omitted_errors, warnings = imported.omitted_warnings;
    for (const SheetDiagnostic& d : imported.diagnostics) {
      if (d.message.rfind("…", 0) == 0) continue;
      (d.severity == Severity::Error ? errors : warnings)++;
    }
    std::string summary = Count(errors, "error", "errors");
    if (warnings > 0) summary += ", " + Count(warnings, "warning", "warnings");
    std::fprintf(messages, "import: %s; %s not written (the story is checked once the sheets import)\n",
                 summary.c_str(), shown_output.c_str());
    return kExitInputErrors;
  }

  // The sheets made a story: check's own validation, each finding put back on its cell.
  const LoadResult loaded = LoadStory(imported.story_json);
  for (const Diagnostic& d : loaded.diagnostics) {
    std::fprintf(messages, "%s\n", LocateInSheets(imported, d).Format().c_str());
  }
  int warnings = loaded.warning_count() + imported.omitted_warnings;
  for (const SheetDiagnostic& d : imported.diagnostics) warnings += d.severity == Severity::Warning;
  if (!loaded.ok()) {
    std::string summary = Count(loaded.error_count(), "error", "errors");
    if (warnings > 0) summary += ", " + Count(warnings, "warning", "warnings");
    std::fprintf(messages, "import: %s; %s not written\n", summary.c_str(), shown_output.c_str());
    return kExitInputErrors;
  }

  if (output == "-") {
    std::fwrite(imported.story_json.data(), 1, imported.story_json.size(), stdout);
    if (std::fflush(stdout) != 0) {
      std::fprintf(stderr, "motive-matrix import: could not write the story\n");
      return kExitInputErrors;
    }
  } else {
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    out.write(imported.story_json.data(), static_cast<std::streamsize>(imported.story_json.size()));
    out.close();
    if (!out) {
      std::fprintf(messages, "%s: error: cannot write it\n", output.c_str());
      return kExitInputErrors;
    }
  }
  const Story& s = loaded.story;
  std::string summary = "ok: " + Count(static_cast<int>(s.suspects.size()), "suspect", "suspects") + ", " +
                        Count(static_cast<int>(s.motives.size()), "motive", "motives") + ", " +
                        Count(static_cast<int>(s.links.size()), "link", "links") + ", " +
                        Count(static_cast<int>(s.events.size()), "event", "events");
  if (warnings > 0) summary += " (" + Count(warnings, "warning", "warnings") + ")";
  std::fprintf(messages, "%s: %s, from %s\n", shown_output.c_str(), summary.c_str(),
               Count(static_cast<int>(sheets.size()), "sheet", "sheets").c_str());
  std::fflush(messages);
  return kExitOk;
}

}  // namespace mm::cli
