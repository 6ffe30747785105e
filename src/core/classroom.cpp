// classroom.cpp — answer codes, gaps and the class tally for "predict, then reveal" (classroom.h).
#include "classroom.h"

#include <algorithm>

#include "core/stable_order.h"

namespace mm {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford base 32
constexpr char kCheckAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";  // + 5 check-only symbols
constexpr unsigned kVersion = 1;

int SymbolValue(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c == 'O') c = '0';
  if (c == 'I' || c == 'L') c = '1';
  for (int i = 0; i < 32; ++i)
    if (kAlphabet[i] == c) return i;
  return -1;
}

int CheckValue(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  for (int i = 0; i < 37; ++i)
    if (kCheckAlphabet[i] == c) return i;
  return SymbolValue(c);
}

// Bits, most significant first.
struct BitWriter {
  std::vector<bool> bits;
  void Put(uint32_t value, int count) {
    for (int i = count - 1; i >= 0; --i) bits.push_back((value >> i) & 1u);
  }
};
struct BitReader {
  const std::vector<bool>& bits;
  size_t at = 0;
  bool Get(int count, uint32_t* value) {
    if (at + static_cast<size_t>(count) > bits.size()) return false;
    uint32_t v = 0;
    for (int i = 0; i < count; ++i) v = (v << 1) | (bits[at++] ? 1u : 0u);
    *value = v;
    return true;
  }
};

size_t CellCount(const Story& story) { return story.suspects.size() * story.motives.size(); }

}  // namespace

uint16_t StoryFingerprint(const Story& story) {
  // FNV-1a over the ids that give the cells their meaning, folded to 16 bits.
  uint32_t h = 2166136261u;
  const auto mix = [&](const std::string& s) {
    for (unsigned char c : s) h = (h ^ c) * 16777619u;
    h = (h ^ 0x1Fu) * 16777619u;  // a separator, so "ab"+"c" differs from "a"+"bc"
  };
  mix(story.id);
  for (const Suspect& s : story.suspects) mix(s.id);
  for (const Motive& m : story.motives) mix(m.id);
  return static_cast<uint16_t>((h >> 16) ^ (h & 0xFFFFu));
}

Prediction EmptyPrediction(const Story& story) {
  Prediction p;
  p.cells.assign(CellCount(story), Rating::Unrated);
  return p;
}

std::string EncodeAnswerCode(const Story& story, const Prediction& prediction) {
  BitWriter w;
  w.Put(kVersion, 4);
  w.Put(StoryFingerprint(story), 16);
  const int first = prediction.first_choice >= 0 && prediction.first_choice < 255 ? prediction.first_choice + 1 : 0;
  w.Put(static_cast<uint32_t>(first), 8);
  for (size_t i = 0; i < CellCount(story); ++i)
    w.Put(i < prediction.cells.size() ? static_cast<uint32_t>(prediction.cells[i]) : 0u, 3);
  while (w.bits.size() % 5 != 0) w.bits.push_back(false);
  std::string symbols;
  unsigned check = 0;
  for (size_t i = 0; i < w.bits.size(); i += 5) {
    unsigned v = 0;
    for (size_t k = 0; k < 5; ++k) v = (v << 1) | (w.bits[i + k] ? 1u : 0u);
    symbols += kAlphabet[v];
    check = (check * 32 + v) % 37;
  }
  symbols += kCheckAlphabet[check];
  std::string grouped;
  for (size_t i = 0; i < symbols.size(); ++i) {
    if (i > 0 && i % 4 == 0) grouped += '-';
    grouped += symbols[i];
  }
  return grouped;
}

bool DecodeAnswerCode(const Story& story, std::string_view code, Prediction* out, CodeError* error) {
  const auto fail = [&](CodeError e) {
    if (error) *error = e;
    return false;
  };
  std::string symbols;
  for (char c : code)
    if (c != '-' && c != ' ' && c != '\t' && c != '\n' && c != '\r') symbols += c;
  if (symbols.empty()) return fail(CodeError::Empty);
  const int check = CheckValue(symbols.back());
  symbols.pop_back();
  std::vector<bool> bits;
  unsigned sum = 0;
  for (char c : symbols) {
    const int v = SymbolValue(c);
    if (v < 0) return fail(CodeError::BadCharacter);
    sum = (sum * 32 + static_cast<unsigned>(v)) % 37;
    for (int k = 4; k >= 0; --k) bits.push_back((v >> k) & 1);
  }
  if (check < 0) return fail(CodeError::BadCharacter);
  if (static_cast<unsigned>(check) != sum) return fail(CodeError::Mistyped);
  BitReader r{bits};
  uint32_t version = 0, fingerprint = 0, first = 0;
  if (!r.Get(4, &version) || !r.Get(16, &fingerprint) || !r.Get(8, &first)) return fail(CodeError::WrongLength);
  if (version != kVersion) return fail(CodeError::UnknownVersion);
  if (fingerprint != StoryFingerprint(story)) return fail(CodeError::OtherStory);
  const size_t cells = CellCount(story);
  if ((bits.size() - r.at) / 3 < cells || (bits.size() - r.at) - cells * 3 >= 5) return fail(CodeError::WrongLength);
  Prediction p = EmptyPrediction(story);
  for (size_t i = 0; i < cells; ++i) {
    uint32_t v = 0;
    r.Get(3, &v);
    if (v > 4) return fail(CodeError::Mistyped);
    p.cells[i] = static_cast<Rating>(v);
  }
  if (first > story.suspects.size()) return fail(CodeError::Mistyped);
  p.first_choice = static_cast<int>(first) - 1;
  *out = std::move(p);
  if (error) *error = CodeError::None;
  return true;
}

const char* Describe(CodeError error) {
  switch (error) {
    case CodeError::None: return "ok";
    case CodeError::Empty: return "the code is empty";
    case CodeError::BadCharacter: return "the code has a character codes never have";
    case CodeError::Mistyped: return "a character of the code is mistyped";
    case CodeError::WrongLength: return "the code is too short or too long for this story";
    case CodeError::OtherStory: return "the code was made for another story";
    case CodeError::UnknownVersion: return "the code was made by another version of the explainer";
  }
  return "the code is not valid";
}

Rating SourcesRating(const Story& story, int suspect, int motive) {
  const int li = story.LinkAt(suspect, motive);
  if (li < 0) return Rating::NotArgued;
  const int strength = story.links[static_cast<size_t>(li)].strength;
  return strength <= 1 ? Rating::Weak : strength == 2 ? Rating::Argued : Rating::Strong;
}

int Gap(Rating student, Rating sources) {
  if (student == Rating::Unrated) return -1;
  const auto level = [](Rating r) { return r == Rating::NotArgued ? 0 : static_cast<int>(r); };
  return std::abs(level(student) - level(sources));
}

std::vector<int> BiggestGaps(const Story& story, const Prediction& prediction, size_t count) {
  std::vector<int> cells;
  std::vector<int64_t> keys;  // the larger gap first: core's one stable sort (stable_order.h)
  const int motives = static_cast<int>(story.motives.size());
  for (int cell = 0; cell < static_cast<int>(prediction.cells.size()) && motives > 0; ++cell) {
    const int g = Gap(prediction.cells[static_cast<size_t>(cell)], SourcesRating(story, cell / motives, cell % motives));
    if (g > 0) {
      cells.push_back(cell);
      keys.push_back(-g);
    }
  }
  std::vector<int> out;
  for (int i : StableOrder(keys)) {
    if (out.size() >= count) break;
    out.push_back(cells[static_cast<size_t>(i)]);
  }
  return out;
}

ClassTally TallyClass(const Story& story, const std::vector<Prediction>& predictions) {
  ClassTally t;
  t.cells.assign(CellCount(story), std::array<int, 5>{});
  t.first_choices.assign(story.suspects.size(), 0);
  for (const Prediction& p : predictions) {
    if (p.cells.size() != t.cells.size()) continue;  // not this story's
    ++t.students;
    for (size_t i = 0; i < p.cells.size(); ++i) ++t.cells[i][static_cast<size_t>(p.cells[i])];
    if (p.first_choice >= 0 && static_cast<size_t>(p.first_choice) < t.first_choices.size()) {
      ++t.first_choices[static_cast<size_t>(p.first_choice)];
    } else {
      ++t.no_first_choice;
    }
  }
  return t;
}

}  // namespace mm
