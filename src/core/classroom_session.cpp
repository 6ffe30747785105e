// classroom_session.cpp — the classroom modes' state changes (classroom_session.h).
#include "core/classroom_session.h"

#include <algorithm>

namespace mm {
namespace {

constexpr const char* kModeNames[] = {"read", "predict", "class"};

int CellOf(const Story& story, int suspect, int motive) {
  if (suspect < 0 || motive < 0 || suspect >= (int)story.suspects.size() || motive >= (int)story.motives.size())
    return -1;
  return suspect * (int)story.motives.size() + motive;
}

bool IsSeparator(char ch) {
  return ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == ',' || ch == ';' || ch == '&' || ch == '?' ||
         ch == '#';
}

}  // namespace

const char* ModeName(ClassroomMode mode) { return kModeNames[static_cast<int>(mode)]; }

bool ParseMode(std::string_view name, ClassroomMode* mode) {
  for (int i = 0; i < 3; ++i) {
    if (name == kModeNames[i]) {
      *mode = static_cast<ClassroomMode>(i);
      return true;
    }
  }
  return false;
}

const char* RatingName(Rating rating) {
  switch (rating) {
    case Rating::NotArgued: return "not-argued";
    case Rating::Weak: return "weak";
    case Rating::Argued: return "argued";
    case Rating::Strong: return "strong";
    default: return "unrated";
  }
}

bool ParseRating(std::string_view name, Rating* rating) {
  const Rating all[] = {Rating::Unrated, Rating::NotArgued, Rating::Weak, Rating::Argued, Rating::Strong};
  for (Rating r : all) {
    if (name == RatingName(r)) {
      *rating = r;
      return true;
    }
  }
  return false;
}

void StartClassroom(Classroom& c, const Story& story, ClassroomMode mode) {
  const int revision = c.revision + 1;
  c = Classroom{};
  c.mode = mode;
  c.prediction = EmptyPrediction(story);
  c.tally = TallyClass(story, {});
  c.revision = revision;
}

Rating NextRating(Rating rating) {
  switch (rating) {
    case Rating::NotArgued: return Rating::Weak;
    case Rating::Weak: return Rating::Argued;
    case Rating::Argued: return Rating::Strong;
    default: return Rating::NotArgued;  // unrated, strong
  }
}

bool SetRating(Classroom& c, const Story& story, int suspect, int motive, Rating rating) {
  const int cell = CellOf(story, suspect, motive);
  if (!Predicting(c) || cell < 0 || cell >= (int)c.prediction.cells.size()) return false;
  if (c.prediction.cells[cell] == rating) return true;
  c.prediction.cells[cell] = rating;
  ++c.revision;
  return true;
}

bool SetFirstChoice(Classroom& c, const Story& story, int suspect) {
  if (!Predicting(c) || suspect < -1 || suspect >= (int)story.suspects.size()) return false;
  if (c.prediction.first_choice != suspect) {
    c.prediction.first_choice = suspect;
    ++c.revision;
  }
  return true;
}

bool ActOn(Classroom& c, const Story& story, const Selection& sel) {
  if (!Predicting(c)) return false;
  if (sel.kind == SelectionKind::Cell) {
    const int cell = CellOf(story, sel.index, sel.motive);
    if (cell < 0 || cell >= (int)c.prediction.cells.size()) return false;
    return SetRating(c, story, sel.index, sel.motive, NextRating(c.prediction.cells[cell]));
  }
  if (sel.kind == SelectionKind::Suspect && IsValid(story, sel))
    return SetFirstChoice(c, story, c.prediction.first_choice == sel.index ? -1 : sel.index);
  return false;
}

int RatedCount(const Classroom& c) {
  return (int)std::count_if(c.prediction.cells.begin(), c.prediction.cells.end(),
                            [](Rating r) { return r != Rating::Unrated; });
}

void Reveal(Classroom& c, const Story& story) {
  if (c.mode != ClassroomMode::Predict) return;
  c.revealed = true;
  c.gaps = BiggestGaps(story, c.prediction, kMarkedGaps);
  ++c.revision;
}

bool RestoreAnswers(Classroom& c, const Story& story, std::string_view code, bool revealed) {
  Prediction p;
  CodeError error = CodeError::None;
  if (c.mode != ClassroomMode::Predict || !DecodeAnswerCode(story, code, &p, &error)) return false;
  c.prediction = std::move(p);
  c.revealed = false;
  c.gaps.clear();
  ++c.revision;
  if (revealed) Reveal(c, story);
  return true;
}

std::vector<std::string> SplitCodes(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSeparator(text[i])) ++i;
    size_t end = i;
    while (end < text.size() && !IsSeparator(text[end])) ++end;
    std::string_view token = text.substr(i, end - i);
    i = end;
    if (token.empty() || token.find('/') != std::string_view::npos) continue;  // a URL's address part
    // A parameter, "key=value"; a '=' at the very end is a code's check symbol instead.
    const size_t eq = token.find('=');
    if (eq != std::string_view::npos && (eq + 1 < token.size() || token == "codes=" || token == "answers=")) {
      const std::string_view key = token.substr(0, eq);
      if (key != "codes" && key != "answers") continue;  // another parameter (mode=class…)
      token = token.substr(eq + 1);
    }
    if (!token.empty()) out.emplace_back(token);
  }
  return out;
}

std::vector<RefusedCode> ShowClass(Classroom& c, const Story& story, std::string_view text) {
  std::vector<RefusedCode> refused;
  std::vector<Prediction> students;
  std::vector<std::string> seen;  // the codes accepted, normalised, so a paste twice counts once
  for (const std::string& code : SplitCodes(text)) {
    Prediction p;
    CodeError error = CodeError::None;
    if (!DecodeAnswerCode(story, code, &p, &error)) {
      refused.push_back({code, error});
      continue;
    }
    const std::string normal = EncodeAnswerCode(story, p);
    if (std::find(seen.begin(), seen.end(), normal) != seen.end()) continue;
    seen.push_back(normal);
    students.push_back(std::move(p));
  }
  c.tally = TallyClass(story, students);
  ++c.revision;
  return refused;
}

}  // namespace mm
