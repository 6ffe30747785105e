// wording.cpp — the phrase table and the substitution that fills in a story's names (wording.h).
#include "wording.h"

#include <algorithm>
#include <vector>

#include "story.h"
#include "utf8.h"

namespace mm {
namespace {

// One phrase: `one` when the sources are named in the singular ("the article argues"), `other`
// when in the plural ("the sources argue"); an empty `other` means the same words.
struct Phrase {
  std::string_view key, one, other;
};

// The explainer's words (English). Curly quotes and apostrophes are the typographer's.
constexpr Phrase kPhrases[] = {
    // ---- the page sections (canvas) -------------------------------------------------------
    {"section.matrix.kicker", "Who and why", ""},
    {"section.matrix.title", "Suspects and motives, as {sources} argues them", "Suspects and motives, as {sources} argue them"},
    {"section.timing.kicker", "Why now", ""},
    {"section.timing.title", "The timing {sources} points to", "The timing {sources} point to"},
    {"tab.matrix", "Suspects & motives", ""},
    {"tab.timing", "Why now", ""},
    {"tab.about", "About", ""},
    {"header.kicker", "Explainer", ""},
    {"header.source", "Source: {list}", ""},
    {"header.sources", "Sources: {list}", ""},
    {"about.source", "Source", ""},
    {"about.sources", "Sources", ""},

    // ---- strengths, "not argued", evidence kinds ----------------------------------------
    {"strength.label.3", "Strong: asserted as clear", ""},
    {"strength.label.2", "Argued", ""},
    {"strength.label.1", "Weak: raised as possible", ""},
    {"strength.word.3", "strong", ""},
    {"strength.word.2", "argued", ""},
    {"strength.word.1", "weak", ""},
    {"strength.line.3", "Strong link: {sources} asserts it as clear", "Strong link: {sources} assert it as clear"},
    {"strength.line.2", "Argued: {sources} makes the case", "Argued: {sources} make the case"},
    {"strength.line.1", "Weak: {sources} raises it only as possible", "Weak: {sources} raise it only as possible"},
    {"not_argued", "Not argued by {sources}", ""},
    {"evidence.fact", "Reported fact", ""},
    {"evidence.attributed", "Attributed statement", ""},
    {"evidence.analysis", "{Sources_pos} analysis", "The source’s own analysis"},
    {"event.act", "{Act}", ""},
    {"event.context", "Context", ""},
    {"event.reaction", "Reaction", ""},
    {"source.opinion", "Opinion piece", ""},
    {"source.news", "News report", ""},
    {"source.official", "Official source", ""},
    {"source.analysis", "Analysis", ""},
    {"source.other", "Source", ""},
    {"note.label", "Editor’s note", ""},
    {"quote.source", "quoted in {source}", ""},
    {"note.label_dated", "Editor’s note · {date}", ""},
    {"coincided.label", "Coincided with {act}", ""},
    {"date.around", "around {date}", ""},
    {"date.around_short", "c. {date}", ""},

    // ---- counts ("one" for 1, "other" otherwise) ---------------------------------------
    {"count.quote", "{n} quote", "{n} quotes"},
    {"count.motive", "{n} motive", "{n} motives"},
    {"count.suspect", "{n} suspect", "{n} suspects"},
    {"count.event", "{n} event", "{n} events"},

    // ---- the matrix --------------------------------------------------------------------
    {"matrix.not_argued_tip", "Not argued by {sources}.", ""},
    {"matrix.click_hint", "Click for every quote and its attribution.", ""},
    {"matrix.row_rank", "#{rank} · “{label}”", ""},
    {"legend.3", "asserted as clear", ""},
    {"legend.2", "argued", ""},
    {"legend.1", "raised as possible", ""},
    {"legend.none", "not argued", ""},
    {"legend.fact", "reported fact", ""},
    {"legend.attributed", "attributed statement", ""},
    {"legend.analysis", "{sources_pos} analysis", "a source’s own analysis"},

    // ---- the detail panel --------------------------------------------------------------
    {"detail.howto.kicker", "How to read this", ""},
    {"detail.howto.desktop",
     "Select a cell to see what {sources} argues and the quotes it rests on. Select a suspect, a motive or an event on "
     "the timeline for everything connected to it.",
     "Select a cell to see what {sources} argue and the quotes it rests on. Select a suspect, a motive or an event on "
     "the timeline for everything connected to it."},
    {"detail.howto.phone",
     "Tap a cell to see what {sources} argues and the quotes it rests on. Tap a suspect, a motive or an event for "
     "everything connected to it.",
     "Tap a cell to see what {sources} argue and the quotes it rests on. Tap a suspect, a motive or an event for "
     "everything connected to it."},
    {"detail.quotes", "What {sources} says", "What {sources} say"},
    {"detail.quotes_all", "What {sources} says · all quotes", "What {sources} say · all quotes"},
    {"detail.cell.kicker", "Suspect × motive", ""},
    {"detail.not_argued.body",
     "{Sources} does not connect {suspect} with this motive. That is different from a weak link: it makes no case "
     "either way.",
     "{Sources} do not connect {suspect} with this motive. That is different from a weak link: they make no case "
     "either way."},
    {"detail.see_also", "See also", ""},
    {"detail.suspect.kicker", "Suspect · ranked {rank} of {total} by {sources}", ""},
    {"detail.suspect.kicker_unranked", "Suspect", ""},
    {"detail.suspect.assessment", "{Sources_pos} assessment: “{label}”", ""},
    {"detail.suspect.motives", "Motives {sources} argues", "Motives {sources} argue"},
    {"detail.related_events", "Related events", ""},
    {"detail.motive.kicker", "Motive", ""},
    {"detail.motive.suspects", "Who {sources} says might have this motive", "Who {sources} say might have this motive"},
    {"detail.motive.events", "Events {sources} ties to it", "Events {sources} tie to it"},
    {"detail.motive.goals", "Goals", ""},
    {"detail.event.coincided", "One of the moments {sources} says {act} coincided with.",
     "One of the moments {sources} say {act} coincided with."},
    {"detail.event.no_exact_date", "{Sources} gives no exact date.", "{Sources} give no exact date."},
    {"detail.event.motives", "Motives {sources} connects with it", "Motives {sources} connect with it"},
    {"detail.event.suspects", "Suspects", ""},
    {"detail.goal.kicker", "Goal {n} of {total}", ""},
    {"detail.goal.motives", "Motives", ""},
    {"detail.goal.events", "Events", ""},
    {"detail.reaction.kicker", "Reaction", ""},
    {"detail.clear", "Clear selection", ""},

    // ---- the timing panel --------------------------------------------------------------
    {"timeline.focus", "Week of {act} (zoomed in)", ""},
    {"timeline.approx_key", "Grey bar, c.: around that date; {sources} gives no exact dates",
     "Grey bar, c.: around that date; {sources} give no exact dates"},
    {"timeline.cluster", "{date}: dates not given by {sources}", ""},
    {"timeline.goal_card", "Goal {n}", ""},
    {"goals.heading", "What {act} served, according to {sources}", ""},
    {"reactions.heading", "How each side sees {act}, according to {sources}", ""},

    // ---- the text version --------------------------------------------------------------
    {"tv.published", "Published {date}.", ""},
    {"tv.updated", "Updated {date}.", ""},
    {"tv.by", "by {author}", ""},
    {"tv.key.heading", "How to read this", ""},
    {"tv.key.intro",
     "For each suspect and motive, the strength is how strongly {sources} argues the link, in its own terms, not how "
     "likely it is to be true:",
     "For each suspect and motive, the strength is how strongly {sources} argue the link, in their own terms, not how "
     "likely it is to be true:"},
    {"tv.key.3", "{Sources} presents the link as clear.", "{Sources} present the link as clear."},
    {"tv.key.2", "{Sources} makes a case for the link.", "{Sources} make a case for the link."},
    {"tv.key.1", "{Sources} mentions the link as a possibility, or rates it weak.",
     "{Sources} mention the link as a possibility, or rate it weak."},
    {"tv.key.none", "{Sources} does not make this link at all. That is different from a weak link.",
     "{Sources} do not make this link at all. That is different from a weak link."},
    {"tv.key.kinds", "Every claim rests on short quotes, word for word. Each quote is marked as one of three kinds:", ""},
    {"tv.key.fact", "Something {sources} reports as having happened.", "Something {sources} report as having happened."},
    {"tv.key.attributed", "Something {sources} says a named party said or thinks; the speaker is given.",
     "Something {sources} say a named party said or thinks; the speaker is given."},
    {"tv.key.analysis", "{Sources_pos} own reasoning or opinion.", "A source’s own reasoning or opinion."},
    {"tv.key.note", "adds a correction or context {sources} lacks. Notes are never part of a quote.",
     "adds a correction or context {sources} lack. Notes are never part of a quote."},
    {"tv.matrix.heading", "Suspects and motives at a glance", ""},
    {"tv.matrix.caption",
     "How strongly {sources} links each suspect (rows, strongest theory first) to each motive (columns)",
     "How strongly {sources} link each suspect (rows, strongest theory first) to each motive (columns)"},
    {"tv.rank", "Rank {rank} of {total}", ""},
    {"tv.suspect.label", "Suspect:", ""},
    {"tv.motive.label", "Motive:", ""},
    {"tv.suspect.rank", "{Sources} ranks this theory {rank} of {total}", "{Sources} rank this theory {rank} of {total}"},
    {"tv.suspect.assessment", "{Sources_pos} assessment", ""},
    {"tv.suspect.no_motive", "{Sources} argues no motive for this suspect.", "{Sources} argue no motive for this suspect."},
    {"tv.motives.heading", "The motives", ""},
    {"tv.motive.links", "{Sources} links it to:", "{Sources} link it to:"},
    {"tv.motive.no_links", "{Sources} links it to no suspect.", "{Sources} link it to no suspect."},
    {"tv.related.motives", "Motives", ""},
    {"tv.related.suspects", "Suspects", ""},
    {"tv.related.events", "Events", ""},
    {"tv.timeline.heading", "Why now: the timeline", ""},
    {"tv.timeline.intro", "The events in date order.", ""},
    {"tv.timeline.coincided_intro", "Those marked “{label}” are the moments {sources} says {act} coincided with.",
     "Those marked “{label}” are the moments {sources} say {act} coincided with."},
    {"tv.event.coincided", "according to {sources}.", ""},
    {"tv.sources.one", "Source", ""},
    {"tv.sources.other", "Sources", ""},

    // ---- spoken descriptions of the selection (screen readers, state().description) ------
    {"say.nothing", "Nothing selected", ""},
    {"say.cell.not_argued", "{pair}: not argued by {sources}", ""},
    {"say.cell.link", "{pair}: {strength} link argued by {sources}; {quotes}", ""},
    {"say.cell.link_argued", "{pair}: link argued by {sources}; {quotes}", ""},
    {"say.suspect.rank", "{name}: {sources_pos} rank {rank} theory", ""},
    {"say.suspect.motives", "linked to {motives}", ""},
    {"say.suspect.no_motive", "no motive argued", ""},
    {"say.motive.suspects", "argued for {suspects}", ""},
    {"say.motive.no_suspect", "not argued for any suspect", ""},
    {"say.relates", "relates to {what}", ""},
    {"say.and", "{a} and {b}", ""},
    {"say.event.coincided", "{sources} says {act} coincided with this", "{sources} say {act} coincided with this"},
    {"say.goal", "Goal: {title}", ""},
    {"say.motive", "{label} (motive): ", ""},
    {"say.kind.act", "{act}", ""},
    {"say.kind.context", "context", ""},
    {"say.kind.reaction", "reaction", ""},
};

const std::vector<const Phrase*>& SortedPhrases() {
  static const std::vector<const Phrase*> sorted = [] {
    std::vector<const Phrase*> v;
    for (const Phrase& p : kPhrases) v.push_back(&p);
    std::sort(v.begin(), v.end(), [](const Phrase* a, const Phrase* b) { return a->key < b->key; });
    return v;
  }();
  return sorted;
}

const Phrase* Find(std::string_view key) {
  const auto& v = SortedPhrases();
  const auto it = std::lower_bound(v.begin(), v.end(), key, [](const Phrase* p, std::string_view k) { return p->key < k; });
  return it != v.end() && (*it)->key == key ? *it : nullptr;
}

uint32_t UpperOf(uint32_t cp) {
  if (cp >= 'a' && cp <= 'z') return cp - 32;
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 32;             // Latin-1
  if (cp >= 0x100 && cp <= 0x17F) {                                        // Latin Extended-A
    const bool odd_lower = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (odd_lower ? (cp % 2 == 0) : (cp % 2 == 1)) {
      if (cp != 0x131 && cp != 0x138 && cp != 0x149 && cp != 0x17F) return cp - 1;
    }
    return cp;
  }
  if (cp >= 0x430 && cp <= 0x44F) return cp - 32;                          // Cyrillic а–я
  if (cp >= 0x450 && cp <= 0x45F) return cp - 80;                          // ѐ–џ
  return cp;
}

std::string Capitalised(std::string_view s) {
  if (s.empty()) return {};
  size_t i = 0;
  const uint32_t first = NextCodepoint(s, i);
  std::string out;
  AppendUtf8(out, UpperOf(first));
  out.append(s.substr(i));
  return out;
}

// "the article" → "the article’s"; "the sources" → "the sources’".
std::string Possessive(std::string_view noun, bool plural) {
  std::string out(noun);
  out += plural && !noun.empty() && noun.back() == 's' ? "\xE2\x80\x99" : "\xE2\x80\x99s";
  return out;
}

std::string SourceKindKey(SourceKind k) {
  switch (k) {
    case SourceKind::Opinion: return "source.opinion";
    case SourceKind::News: return "source.news";
    case SourceKind::Official: return "source.official";
    case SourceKind::Analysis: return "source.analysis";
    case SourceKind::Other: return "source.other";
  }
  return "source.other";
}

const char* kMonthShort[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* kMonthLong[12] = {"January", "February", "March",     "April",   "May",      "June",
                              "July",    "August",   "September", "October", "November", "December"};

}  // namespace

StoryNames ResolveStoryNames(const Story& story) {
  StoryNames names;
  names.act = story.wording.act.empty() ? "the act" : story.wording.act;
  names.sources_plural = story.wording.sources_plural_given ? story.wording.sources_plural : story.sources.size() > 1;
  if (!story.wording.sources.empty()) {
    names.sources = story.wording.sources;
  } else if (story.sources.size() == 1) {
    switch (story.sources[0].kind) {
      case SourceKind::Opinion: names.sources = "the article"; break;
      case SourceKind::News: names.sources = "the report"; break;
      case SourceKind::Official: names.sources = "the official account"; break;
      case SourceKind::Analysis: names.sources = "the analysis"; break;
      case SourceKind::Other: names.sources = "the source"; break;
    }
  } else {
    names.sources = "the sources";
  }
  return names;
}

Words::Words(const Story& story) : names_(ResolveStoryNames(story)) {}
Words::Words(StoryNames names) : names_(std::move(names)) {}

std::string Words::operator()(std::string_view key, std::initializer_list<PhraseArg> args) const {
  const Phrase* phrase = Find(key);
  if (!phrase) return "\xE2\x9F\xA6" + std::string(key) + "\xE2\x9F\xA7";
  const std::string_view text = names_.sources_plural && !phrase->other.empty() ? phrase->other : phrase->one;
  std::string out;
  out.reserve(text.size() + 32);
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find('{', i);
    const size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, open - i));
    const std::string_view name = text.substr(open + 1, close - open - 1);
    if (name == "act") out += names_.act;
    else if (name == "Act") out += Capitalised(names_.act);
    else if (name == "ACT") out += UpperCase(names_.act);
    else if (name == "sources") out += names_.sources;
    else if (name == "Sources") out += Capitalised(names_.sources);
    else if (name == "SOURCES") out += UpperCase(names_.sources);
    else if (name == "sources_pos") out += Possessive(names_.sources, names_.sources_plural);
    else if (name == "Sources_pos") out += Capitalised(Possessive(names_.sources, names_.sources_plural));
    else {
      bool found = false;
      for (const PhraseArg& arg : args) {
        if (arg.name == name) {
          out += arg.value;
          found = true;
          break;
        }
      }
      if (!found) out.append(text.substr(open, close - open + 1));  // left visible for the tests
    }
    i = close + 1;
  }
  return out;
}

std::string Words::Count(std::string_view noun_key, size_t n) const {
  const Phrase* phrase = Find(noun_key);
  if (!phrase) return "\xE2\x9F\xA6" + std::string(noun_key) + "\xE2\x9F\xA7";
  std::string text(n == 1 || phrase->other.empty() ? phrase->one : phrase->other);
  const size_t at = text.find("{n}");
  if (at != std::string::npos) text.replace(at, 3, std::to_string(n));
  return text;
}

std::string Words::EvidenceKindLabel(EvidenceKind k) const {
  switch (k) {
    case EvidenceKind::ReportedFact: return (*this)("evidence.fact");
    case EvidenceKind::Attributed: return (*this)("evidence.attributed");
    case EvidenceKind::Analysis: return (*this)("evidence.analysis");
  }
  return (*this)("evidence.analysis");
}

std::string Words::EventKindLabel(EventKind k) const {
  switch (k) {
    case EventKind::Act: return (*this)("event.act");
    case EventKind::Context: return (*this)("event.context");
    case EventKind::Reaction: return (*this)("event.reaction");
  }
  return (*this)("event.context");
}

std::string Words::SourceKindLabel(SourceKind k) const { return (*this)(SourceKindKey(k)); }

std::string Words::StrengthLabel(int strength) const {
  return (*this)(strength <= 1 ? "strength.label.1" : strength == 2 ? "strength.label.2" : "strength.label.3");
}

std::string Words::StrengthWord(int strength) const {
  return (*this)(strength <= 1 ? "strength.word.1" : strength == 2 ? "strength.word.2" : "strength.word.3");
}

std::string Words::DateText(const Date& date) const { return DateWords(date, false); }
std::string Words::ShortDateText(const Date& date) const { return DateWords(date, true); }

std::string Words::DateWords(const Date& date, bool compact) const {
  std::string text;
  if (date.month < 1 || date.month > 12) {  // not a valid story date: show what we have
    text = date.Iso();
  } else if (date.precision == DatePrecision::Year) {
    text = std::to_string(date.year);
  } else if (date.precision == DatePrecision::Month) {
    text = std::string((compact ? kMonthShort : kMonthLong)[date.month - 1]) + " " + std::to_string(date.year);
  } else {
    text = std::to_string(date.day) + " " + kMonthShort[date.month - 1] + " " + std::to_string(date.year);
  }
  if (!date.approximate) return text;
  return (*this)(compact ? "date.around_short" : "date.around", {{"date", text}});
}

bool HasPhrase(std::string_view key) { return Find(key) != nullptr; }

std::string UpperCase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) AppendUtf8(out, UpperOf(NextCodepoint(text, i)));
  return out;
}

std::string DayMonthText(int day, int month) { return std::to_string(day) + " " + MonthShortText(month); }

std::string MonthShortText(int month) { return month >= 1 && month <= 12 ? kMonthShort[month - 1] : "?"; }

}  // namespace mm
