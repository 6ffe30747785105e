// main.cpp — the native `motive-matrix` tool: story checks and other chores for editors and CI.
//
// Subcommands live in one table. To add one, write `int RunSomething(const Args&)` (in its own
// src/cli/*.cpp file if it is more than a screenful; declare it below), then add a row to
// kSubcommands. Exit codes are shared by all subcommands: 0 success, 1 the input has errors,
// 2 the command line is wrong.
#include <cstdio>
#include <string>
#include <vector>

#include "core/story_loader.h"
#include "core/text_version.h"

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
    {"check", "FILE...", "validate story files; print located diagnostics and a summary", RunCheck},
    {"html", "FILE [OPTIONS]", "print the story's text version (HTML); html --help for options", RunHtml},
};

void PrintUsage(std::FILE* out) {
  std::fprintf(out, "usage: motive-matrix COMMAND [ARGS]\n\ncommands:\n");
  for (const Subcommand& s : kSubcommands) {
    const std::string call = std::string(s.name) + " " + s.arguments;
    std::fprintf(out, "  %-22s %s\n", call.c_str(), s.summary);
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

// Diagnostics go to stdout in the compilers' FILE:LINE:COL form, so editors and CI annotate them.
int RunCheck(const Args& args) {
  if (args.empty()) {
    std::fprintf(stderr, "motive-matrix check: no files given\nusage: motive-matrix check FILE...\n");
    return kExitUsage;
  }
  for (const std::string& arg : args) {
    if (IsHelp(arg)) {
      std::printf("usage: motive-matrix check FILE...\n\n"
                  "Validates each story file against docs/story-format.md. Prints one line per\n"
                  "problem as FILE:LINE:COL: error|warning: JSON-PATH: message, then a summary\n"
                  "line per file. Exits 0 when no file has errors, 1 otherwise.\n");
      return kExitOk;
    }
  }
  bool any_errors = false;
  for (const std::string& file : args) {
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
  }
  std::fflush(stdout);
  return any_errors ? kExitInputErrors : kExitOk;
}

// ---- html -------------------------------------------------------------------------------------

constexpr const char* kHtmlUsage = "usage: motive-matrix html FILE [--heading-offset N]\n";

// Same diagnostics as `check`, but on stderr: stdout carries only the HTML.
int RunHtml(const Args& args) {
  std::string file;
  mm::TextVersionOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (IsHelp(arg)) {
      std::printf("%s\n"
                  "Prints the story as semantic HTML (src/core/text_version.h): an <article> for\n"
                  "screen readers, search engines and print, written into the page when publishing\n"
                  "(scripts/lib/publish.mjs). --heading-offset N (0-3) starts the headings at\n"
                  "h(1+N) instead of h1. An invalid story prints check's diagnostics on stderr and\n"
                  "exits 1.\n",
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
