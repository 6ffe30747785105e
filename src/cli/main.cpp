// main.cpp — the native `motive-matrix` tool: story checks and other chores for editors and CI.
//
// Subcommands live in one table. To add one, write `int RunSomething(const Args&)` (in its own
// src/cli/*.cpp file if it is more than a screenful; declare it below), then add a row to
// kSubcommands. Exit codes are shared by all subcommands: 0 success, 1 the input has errors,
// 2 the command line is wrong.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "core/locale.h"
#include "core/quote_check.h"
#include "core/story_loader.h"
#include "core/text_version.h"

namespace mm::cli {
int RunImport(const std::vector<std::string>& args);  // import_command.cpp
}

namespace {

using Args = std::vector<std::string>;  // the subcommand's arguments, without its name

constexpr int kExitOk = 0;
constexpr int kExitInputErrors = 1;
constexpr int kExitUsage = 2;

struct Subcommand {
  const char* name;
  const char* arguments;  // for the usage line, e.g. "FILE..."
  const char* summary;    // one line for --help
  int (*run)(const Args& args);
};

int RunCheck(const Args& args);
int RunHtml(const Args& args);

const Subcommand kSubcommands[] = {
    {"check", "FILE... [--source ID=TEXT-FILE]...",
     "validate story files; with --source, check their quotes against a source's text", RunCheck},
    {"html", "FILE [OPTIONS]", "print the story's text version (HTML); html --help for options", RunHtml},
    {"import", "SHEET.csv...|FOLDER -o STORY.json",
     "build a story from the spreadsheet template's sheets (docs/authoring.md)", mm::cli::RunImport},
};

void PrintUsage(std::FILE* out) {
  std::fprintf(out, "usage: motive-matrix COMMAND [ARGS]\n\ncommands:\n");
  for (const Subcommand& s : kSubcommands) {
    const std::string call = std::string(s.name) + " " + s.arguments;
    std::fprintf(out, "  %s\n      %s\n", call.c_str(), s.summary);
  }
  std::fprintf(out,
               "\noptions:\n  -h, --help             show this help\n"
               "\nexit status: 0 success, 1 the input has errors, 2 usage error\n");
}

bool IsHelp(const std::string& arg) { return arg == "-h" || arg == "--help" || arg == "help"; }

std::string Pluralize(int n, const char* singular, const char* plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

// ---- check ------------------------------------------------------------------------------------

constexpr const char* kCheckUsage = "usage: motive-matrix check FILE... [--source ID=TEXT-FILE]...\n";

// A source's plain text, from the command line: --source ID=FILE.
struct SourceText {
  std::string id;
  std::string file;
  std::string text;
};

// Source texts are articles; anything past this is the wrong file.
constexpr size_t kMaxSourceBytes = 64u << 20;

bool ReadWholeFile(const std::string& path, std::string& out, std::string& error) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    error = std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  bool ok = true;
  while (true) {
    const size_t read = std::fread(buffer, 1, sizeof buffer, file);
    out.append(buffer, read);
    if (out.size() > kMaxSourceBytes) {
      error = "larger than " + std::to_string(kMaxSourceBytes >> 20) + " MiB; is it plain text?";
      ok = false;
      break;
    }
    if (read < sizeof buffer) break;
  }
  if (ok && std::ferror(file)) {
    error = std::strerror(errno);
    ok = false;
  }
  std::fclose(file);
  return ok;
}

// Checks the quotes of each --source against its text; prints findings and one summary line per
// source. Returns false if a quote was not found. The story is read again as text: the check
// reports paths and positions in the file, which the loaded Story no longer has.
bool CheckSources(const std::string& story_file, const std::vector<SourceText>& sources) {
  std::string story_text, error;
  if (!ReadWholeFile(story_file, story_text, error)) {
    std::printf("%s: error: cannot read it again to check quotes: %s\n", story_file.c_str(), error.c_str());
    return false;
  }
  bool all_found = true;
  for (const SourceText& source : sources) {
    const mm::QuoteCheckResult result = mm::CheckQuotes(story_text, source.id, source.text, source.file);
    for (const mm::Diagnostic& d : result.errors) std::printf("%s\n", d.Format(story_file).c_str());
    for (const mm::QuoteFinding& f : result.findings) std::printf("%s\n", f.diagnostic.Format(story_file).c_str());
    if (!result.errors.empty()) {
      all_found = false;
      continue;
    }
    std::printf("%d of %s of \"%s\" found verbatim in %s\n", result.found,
                Pluralize(result.checked, "quote", "quotes").c_str(), source.id.c_str(), source.file.c_str());
    if (result.found != result.checked) all_found = false;
  }
  return all_found;
}

// Diagnostics go to stdout in the compilers' FILE:LINE:COL form, so editors and CI annotate them.
int RunCheck(const Args& args) {
  std::vector<std::string> files;
  std::vector<SourceText> sources;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (IsHelp(arg)) {
      std::printf("%s\n"
                  "Validates each story file against docs/story-format.md. Prints one line per\n"
                  "problem as FILE:LINE:COL: error|warning: JSON-PATH: message, then a summary\n"
                  "line per file.\n\n"
                  "--source ID=TEXT-FILE (repeatable; one story file) also checks that every quote\n"
                  "whose source is ID (a sources[].id) occurs verbatim in TEXT-FILE, the source's\n"
                  "plain text. Only typography may differ: curly or straight quotes, dash variants,\n"
                  "runs of whitespace, soft hyphens, … for \"...\" (docs/story-format.md). Each quote\n"
                  "not found is an error showing the nearest passage of the source, and a line\n"
                  "per source counts the quotes found.\n\n"
                  "Exits 0 when no file has errors and every quote is found, 1 otherwise, 2 on a\n"
                  "usage error (including an unknown source id).\n",
                  kCheckUsage);
      return kExitOk;
    }
    std::string spec;
    if (arg == "--source") {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "motive-matrix check: --source needs ID=TEXT-FILE\n%s", kCheckUsage);
        return kExitUsage;
      }
      spec = args[++i];
    } else if (arg.rfind("--source=", 0) == 0) {
      spec = arg.substr(sizeof("--source=") - 1);
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::fprintf(stderr, "motive-matrix check: unknown option \"%s\"\n%s", arg.c_str(), kCheckUsage);
      return kExitUsage;
    } else {
      files.push_back(arg);
      continue;
    }
    const size_t equals = spec.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == spec.size()) {
      std::fprintf(stderr,
                   "motive-matrix check: --source \"%s\" is not ID=TEXT-FILE (e.g. article=article.txt)\n%s",
                   spec.c_str(), kCheckUsage);
      return kExitUsage;
    }
    sources.push_back({spec.substr(0, equals), spec.substr(equals + 1), {}});
  }
  if (files.empty()) {
    std::fprintf(stderr, "motive-matrix check: no files given\n%s", kCheckUsage);
    return kExitUsage;
  }
  if (!sources.empty() && files.size() != 1) {
    std::fprintf(stderr, "motive-matrix check: --source checks one story file at a time\n%s", kCheckUsage);
    return kExitUsage;
  }
  bool any_errors = false;
  for (SourceText& source : sources) {
    std::string error;
    if (!ReadWholeFile(source.file, source.text, error)) {
      std::printf("%s: error: cannot read the text of source \"%s\": %s\n", source.file.c_str(),
                  source.id.c_str(), error.c_str());
      any_errors = true;
    } else if (source.text.find('\0') != std::string::npos) {
      // Quotes would all be "not found"; say why first.
      std::printf("%s: warning: the text has NUL bytes: is it UTF-16? save it as UTF-8\n",
                  source.file.c_str());
    }
  }
  if (any_errors) return kExitInputErrors;

  for (const std::string& file : files) {
    const mm::LoadResult result = mm::LoadStoryFile(file);
    for (const mm::Diagnostic& d : result.diagnostics) std::printf("%s\n", d.Format(file).c_str());
    const int errors = result.error_count();
    const int warnings = result.warning_count();
    if (errors == 0) {
      const mm::Story& s = result.story;
      std::string summary = "ok: " + Pluralize((int)s.suspects.size(), "suspect", "suspects") + ", " +
                            Pluralize((int)s.motives.size(), "motive", "motives") + ", " +
                            Pluralize((int)s.links.size(), "link", "links") + ", " +
                            Pluralize((int)s.events.size(), "event", "events");
      if (warnings > 0) summary += " (" + Pluralize(warnings, "warning", "warnings") + ")";
      std::printf("%s: %s\n", file.c_str(), summary.c_str());
    } else {
      any_errors = true;
      std::string summary = Pluralize(errors, "error", "errors");
      if (warnings > 0) summary += ", " + Pluralize(warnings, "warning", "warnings");
      std::printf("%s: %s\n", file.c_str(), summary.c_str());
    }
    if (sources.empty()) continue;
    if (errors > 0) {
      std::printf("%s: quotes not checked against their sources: the story has errors\n", file.c_str());
      continue;
    }
    // An unknown id is a mistake on the command line, so it is reported as one.
    for (const SourceText& source : sources) {
      bool known = false;
      std::string known_ids;
      for (const mm::Source& s : result.story.sources) {
        known = known || s.id == source.id;
        known_ids += (known_ids.empty() ? "\"" : ", \"") + s.id + "\"";
      }
      if (!known) {
        std::fflush(stdout);
        std::fprintf(stderr, "motive-matrix check: --source %s=%s: %s has no source \"%s\" (its sources: %s)\n%s",
                     source.id.c_str(), source.file.c_str(), file.c_str(), source.id.c_str(),
                     known_ids.c_str(), kCheckUsage);
        return kExitUsage;
      }
    }
    if (!CheckSources(file, sources)) any_errors = true;
  }
  std::fflush(stdout);
  return any_errors ? kExitInputErrors : kExitOk;
}

// ---- html -------------------------------------------------------------------------------------

constexpr const char* kHtmlUsage = "usage: motive-matrix html FILE [--heading-offset N] [--lang TAG] [--locales DIR]\n";

// Same diagnostics as `check`, but on stderr: stdout carries only the HTML.
int RunHtml(const Args& args) {
  std::string file, lang, locales = MM_LOCALE_DIR;
  mm::TextVersionOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if ((arg == "--lang" || arg == "--locales") && i + 1 < args.size()) {
      (arg == "--lang" ? lang : locales) = args[++i];
      continue;
    }
    if (IsHelp(arg)) {
      std::printf("%s\n"
                  "Prints the story as semantic HTML (src/core/text_version.h): an <article> for\n"
                  "screen readers, search engines and print, written into the page when publishing\n"
                  "(scripts/lib/publish.mjs). --heading-offset N (0-3) starts the headings at\n"
                  "h(1+N) instead of h1. --lang TAG chooses the interface language (default: the\n"
                  "story's language; docs/languages.md), read from --locales DIR (default: this\n"
                  "source tree's assets/locales). An invalid story prints check's diagnostics on\n"
                  "stderr and exits 1.\n",
                  kHtmlUsage);
      return kExitOk;
    }
    std::string value;
    bool has_value = false;
    if (arg == "--heading-offset") {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "motive-matrix html: --heading-offset needs a number\n%s", kHtmlUsage);
        return kExitUsage;
      }
      value = args[++i];
      has_value = true;
    } else if (arg.rfind("--heading-offset=", 0) == 0) {
      value = arg.substr(sizeof("--heading-offset=") - 1);
      has_value = true;
    }
    if (has_value) {
      if (value.size() != 1 || value[0] < '0' || value[0] > '3') {
        std::fprintf(stderr, "motive-matrix html: --heading-offset must be 0, 1, 2 or 3, not \"%s\"\n%s",
                     value.c_str(), kHtmlUsage);
        return kExitUsage;
      }
      options.heading_level_offset = value[0] - '0';
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      std::fprintf(stderr, "motive-matrix html: unknown option \"%s\"\n%s", arg.c_str(), kHtmlUsage);
      return kExitUsage;
    }
    if (!file.empty()) {
      std::fprintf(stderr, "motive-matrix html: one story file at a time\n%s", kHtmlUsage);
      return kExitUsage;
    }
    file = arg;
  }
  if (file.empty()) {
    std::fprintf(stderr, "motive-matrix html: no file given\n%s", kHtmlUsage);
    return kExitUsage;
  }

  const mm::LoadResult result = mm::LoadStoryFile(file);
  for (const mm::Diagnostic& d : result.diagnostics) std::fprintf(stderr, "%s\n", d.Format(file).c_str());
  if (!result.ok()) {
    std::string summary = Pluralize(result.error_count(), "error", "errors");
    if (result.warning_count() > 0) summary += ", " + Pluralize(result.warning_count(), "warning", "warnings");
    std::fprintf(stderr, "%s: %s\n", file.c_str(), summary.c_str());
    return kExitInputErrors;
  }
  // The interface language: asked for, else the story's; a tag with no locale of its own falls
  // back along BCP 47 to a shipped one, then to English, with one note.
  const std::string wanted = lang.empty() ? result.story.language : lang;
  bool same_language = true;
  const std::string tag = mm::MatchLocale(wanted, &same_language);
  if (!same_language && !wanted.empty())
    std::fprintf(stderr, "motive-matrix html: no interface in \"%s\"; using \"%s\"\n", wanted.c_str(), tag.c_str());
  if (tag != "en") {
    auto locale = std::make_shared<mm::Locale>();
    std::string error;
    if (!mm::LoadLocaleFile(locales, tag, locale.get(), &error)) {
      std::fprintf(stderr, "motive-matrix html: %s\n", error.c_str());
      return kExitInputErrors;
    }
    mm::SetInterfaceLocale(locale);
  }
  const std::string html = mm::RenderTextVersion(result.story, options);
  if (std::fwrite(html.data(), 1, html.size(), stdout) != html.size() || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "motive-matrix html: could not write the output\n");
    return kExitInputErrors;
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(stderr);
    return kExitUsage;
  }
  const std::string command = argv[1];
  if (IsHelp(command)) {
    PrintUsage(stdout);
    return kExitOk;
  }
  for (const Subcommand& s : kSubcommands) {
    if (command == s.name) return s.run(Args(argv + 2, argv + argc));
  }
  std::fprintf(stderr, "motive-matrix: unknown command \"%s\"\n\n", command.c_str());
  PrintUsage(stderr);
  return kExitUsage;
}
