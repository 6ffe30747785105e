// classroom.h — "predict, then reveal" without a server: a student's ratings of each suspect ×
// motive pair and their first-choice suspect, packed into a short answer code that a teacher can
// paste into the class view; the class view's tallies; and the gaps between a student's ratings
// and the sources' strengths.
//
// A code is Crockford base 32 (no I, L, O, U; case and dashes ignored), grouped in fours:
//   version (4 bits) · story fingerprint (16) · first choice (8: 0 = none, else suspect + 1) ·
//   one rating per cell, 3 bits each, in story order (suspect-major) · a check symbol (mod 37).
// The fingerprint (of the story's id and its suspect and motive ids) refuses a code made for
// another story, or for an edited one whose cells no longer mean the same; the check symbol
// catches a mistyped character.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "story.h"

namespace mm {

// A student's rating of one pair; the values match a Link's strength (1–3).
enum class Rating : uint8_t { Unrated = 0, NotArgued = 4, Weak = 1, Argued = 2, Strong = 3 };

struct Prediction {
  std::vector<Rating> cells;  // suspects × motives, suspect-major; Unrated where not given
  int first_choice = -1;      // the suspect the student thinks the sources rank first; -1 none
};

Prediction EmptyPrediction(const Story& story);
uint16_t StoryFingerprint(const Story& story);

std::string EncodeAnswerCode(const Story& story, const Prediction& prediction);  // "K7QM-3ZX9-…"

enum class CodeError : uint8_t { None, Empty, BadCharacter, Mistyped, WrongLength, OtherStory, UnknownVersion };
// Reads a code (spaces, dashes and case ignored); `error` says why a code was refused.
bool DecodeAnswerCode(const Story& story, std::string_view code, Prediction* out, CodeError* error);
const char* Describe(CodeError error);  // for the editor-facing log; the page words come from the locale

// The sources' answer for a cell in the same scale: NotArgued where there is no link.
Rating SourcesRating(const Story& story, int suspect, int motive);
// 0 (same) … 3 (strong against not argued): how far a rating is from the sources'. Unrated: -1.
int Gap(Rating student, Rating sources);

// The cells where a prediction differs most from the sources, largest gap first (ties in story
// order); at most `count`.
std::vector<int> BiggestGaps(const Story& story, const Prediction& prediction, size_t count);

// The class view: per cell, how many students gave each rating; the first choices.
struct ClassTally {
  int students = 0;
  std::vector<std::array<int, 5>> cells;  // per cell, counts indexed by Rating's value (0 = unrated)
  std::vector<int> first_choices;         // per suspect
  int no_first_choice = 0;
};
ClassTally TallyClass(const Story& story, const std::vector<Prediction>& predictions);

}  // namespace mm
