// classroom_session.h — the classroom modes as state the UI draws from: which mode the page asked
// for (?mode=predict|class), the student's prediction while it is made and once revealed, and the
// class tally a teacher builds from pasted answer codes (classroom.h holds the codes themselves).
// Every change goes through the functions below, which bump `revision` so that the app tells the
// page (which keeps the answers in the browser's storage).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/classroom.h"
#include "core/story.h"
#include "core/view/selection.h"

namespace mm {

enum class ClassroomMode : uint8_t { Read, Predict, Class };

struct Classroom {
  ClassroomMode mode = ClassroomMode::Read;
  Prediction prediction;   // predict mode: the student's answers
  bool revealed = false;   // predict mode: the sources' strengths are shown beside them
  std::vector<int> gaps;   // once revealed: the cells furthest from the sources (BiggestGaps)
  ClassTally tally;        // class mode: the codes accepted so far
  int revision = 0;        // bumped on every change
};

// The names the page and the state document use: "read", "predict", "class"; "not-argued",
// "weak", "argued", "strong" ("unrated" for none). Parse* return false for anything else.
const char* ModeName(ClassroomMode mode);
bool ParseMode(std::string_view name, ClassroomMode* mode);
const char* RatingName(Rating rating);
bool ParseRating(std::string_view name, Rating* rating);

// How many biggest gaps a reveal marks.
constexpr size_t kMarkedGaps = 3;

// Enters a mode for `story`: an empty prediction, nothing revealed, an empty class.
void StartClassroom(Classroom& c, const Story& story, ClassroomMode mode);
// True while the sources' strengths must stay hidden (predicting, before the reveal).
inline bool Predicting(const Classroom& c) { return c.mode == ClassroomMode::Predict && !c.revealed; }

// The next rating a click or Enter gives a cell: unrated → not argued → weak → argued → strong →
// not argued…
Rating NextRating(Rating rating);
// A click or Enter on an item while predicting: a cell takes its next rating, a suspect becomes
// (or stops being) the first choice. Returns true if the prediction changed.
bool ActOn(Classroom& c, const Story& story, const Selection& sel);
bool SetRating(Classroom& c, const Story& story, int suspect, int motive, Rating rating);
bool SetFirstChoice(Classroom& c, const Story& story, int suspect);  // -1: none
int RatedCount(const Classroom& c);
// Shows the sources' answers beside the prediction and marks the biggest gaps.
void Reveal(Classroom& c, const Story& story);
// Takes back a student's own answers from their code (after a reload). False if it is refused.
bool RestoreAnswers(Classroom& c, const Story& story, std::string_view code, bool revealed);

// The codes in a teacher's paste: separated by spaces, new lines, commas or semicolons; a link's
// "codes=" or "answers=" value is read too (other URL parts are skipped).
std::vector<std::string> SplitCodes(std::string_view text);
struct RefusedCode {
  std::string code;
  CodeError error;
};
// Class mode: replaces the class with the codes in `text` (a code given twice counts once);
// returns the codes refused and why.
std::vector<RefusedCode> ShowClass(Classroom& c, const Story& story, std::string_view text);

}  // namespace mm
