// matrix_csv.cpp — writes the suspect × motive matrix as CSV (see matrix_csv.h).
#include "core/matrix_csv.h"

#include <string_view>
#include <vector>

#include "core/wording.h"

namespace mm {
namespace {

void Field(std::string& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string MatrixCsv(const Story& story) {
  const Words words(story);
  // The link of each pair, if the source argues it (the loader resolved the indices).
  const size_t n_motives = story.motives.size();
  std::vector<const Link*> at(story.suspects.size() * n_motives, nullptr);
  for (const Link& l : story.links) {
    if (l.suspect >= 0 && l.motive >= 0 && static_cast<size_t>(l.suspect) < story.suspects.size() &&
        static_cast<size_t>(l.motive) < n_motives) {
      at[static_cast<size_t>(l.suspect) * n_motives + static_cast<size_t>(l.motive)] = &l;
    }
  }
  std::string out = "suspect_id,suspect,motive_id,motive,strength,strength_word,quotes\r\n";
  for (size_t s = 0; s < story.suspects.size(); ++s) {
    for (size_t m = 0; m < n_motives; ++m) {
      const Link* l = at[s * n_motives + m];
      Field(out, story.suspects[s].id);
      out += ',';
      Field(out, story.suspects[s].name);
      out += ',';
      Field(out, story.motives[m].id);
      out += ',';
      Field(out, story.motives[m].label);
      out += ',';
      if (l) {
        out += std::to_string(l->strength);
        out += ',';
        Field(out, words.StrengthWord(l->strength));
      } else {
        out += ',';
      }
      out += ',';
      out += std::to_string(l ? l->evidence.size() : 0);
      out += "\r\n";
    }
  }
  return out;
}

}  // namespace mm
