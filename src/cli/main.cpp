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

const Subcommand kSubcommands[] = {
    {"check", "FILE...", "validate story files; print located diagnostics and a summary", RunCheck},
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
