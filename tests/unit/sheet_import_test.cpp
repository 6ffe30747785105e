// sheet_import_test.cpp — mm::ImportSheets: the template's sheets → a story that loads; each kind
// of problem named by sheet, row and column; the loader's findings put back on their cells;
// pasted (tab-separated) sheets; and the example in assets/templates/ against its article.
#include "core/import/sheet_import.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/quote_check.h"
#include "core/story_loader.h"

#ifndef MM_SOURCE_DIR
#error "MM_SOURCE_DIR must be defined (the repository root, as a string literal)"
#endif
#ifndef MM_ARTICLE_TEXT
#error "MM_ARTICLE_TEXT must be defined (where the bundled story's article text would be)"
#endif

namespace mm {
namespace {

using json = nlohmann::json;
using Sheets = std::map<std::string, std::string>;

// A small story that uses every sheet and most columns.
Sheets Valid() {
  return {
      {"story.csv",
       "key,value\n"
       "id,test-story\n"
       "language,en\n"
       "title,Who leaked the call?\n"
       "dek,An article weighs two theories.\n"
       "framing,This maps the claims of one opinion article; they are not verified facts.\n"
       "published,2025-11-27\n"
       "wording_act,the leak\n"},
      {"sources.csv",
       "id,title,publisher,kind,date\n"
       "article,Who benefits?,Example Times,opinion,2025-11\n"},
      {"suspects.csv",
       "id,name,short,summary,rank,rank_label,quote,source,quote_kind,speaker\n"
       "alpha,Alpha Agency,Alpha,The first theory.,1,strongest traction,This has the strongest traction.,article,"
       "analysis,\n"
       "alpha,,,,,,Alpha is said to be behind it.,article,fact,\n"
       "beta,Beta Bureau,Beta,The second theory.,2,possible,Beta denies it.,article,attributed,A Beta spokesman\n"},
      {"motives.csv",
       "id,label,description,group,group_label\n"
       "embarrass,Embarrass the president,Make him look bad.,politics,Politics\n"
       "undermine,Undermine the envoy,Weaken him.,politics,\n"
       "profit,Profit,Make money.,,\n"},
      {"links.csv",
       "suspect,motive,strength,argument,quote,source,quote_kind,speaker\n"
       "alpha,embarrass,strong,Alpha wants to embarrass him.,It embarrasses the president.,article,analysis,\n"
       "alpha,embarrass,strong,Alpha wants to embarrass him.,\"He said \"\"no\"\", twice.\",article,attributed,"
       "The president\n"
       "beta,undermine,1,Beta might undermine him.,Some say so.,,fact,\n"},
      {"events.csv",
       "id,date,precision,kind,title,detail,coincided,motives,suspects,quote,source,quote_kind,speaker\n"
       "call,2025-10-14,,context,The call,Two envoys talk.,,embarrass,alpha,The call took place on 14 October.,"
       "article,fact,\n"
       "leak,2025-11,approximate,act,The leak,A transcript appears.,yes,embarrass; undermine,,"
       "The leak landed just as talks began.,article,fact,\n"
       "leak,,,,,,,,,The timing is no accident.,article,analysis,\n"},
      {"goals.csv",
       "id,title,explanation,events,motives,quote,source,quote_kind,speaker\n"
       "derail,Derail the talks,Timing matters.,leak,undermine,The timing is no accident.,article,analysis,\n"},
      {"reactions.csv",
       "id,party,stance,quote,source,quote_kind,speaker\n"
       "russia,Russia,calls it hybrid warfare,This is hybrid warfare.,article,attributed,A Russian official\n"},
      {"notes.csv",
       "kind,id,text,date\n"
       "story,,Added context.,2025-11-27\n"
       "link,alpha:embarrass,The article gives no source for this.,\n"
       "event,leak,The date is the article's.,2025-11-28\n"},
  };
}

std::vector<std::string> Lines(const SheetImportResult& r) {
  std::vector<std::string> lines;
  for (const SheetDiagnostic& d : r.diagnostics) lines.push_back(d.Format());
  return lines;
}

std::string Joined(const SheetImportResult& r) {
  std::string out;
  for (const std::string& line : Lines(r)) out += line + "\n";
  return out;
}

bool Has(const SheetImportResult& r, const std::string& line) {
  for (const std::string& l : Lines(r)) {
    if (l == line) return true;
  }
  return false;
}

// The first diagnostic at that place, or an empty one.
SheetDiagnostic At(const SheetImportResult& r, const std::string& place) {
  for (const SheetDiagnostic& d : r.diagnostics) {
    if (d.Format().rfind(place + ": ", 0) == 0) return d;
  }
  return {};
}

SheetImportResult ImportWith(const std::string& sheet, const std::string& text) {
  Sheets sheets = Valid();
  sheets[sheet] = text;
  return ImportSheets(sheets);
}

// ---- a valid import -------------------------------------------------------------------------------

TEST(SheetImport, ValidSheetsMakeAStoryThatLoads) {
  const SheetImportResult r = ImportSheets(Valid());
  ASSERT_TRUE(r.ok()) << Joined(r);
  EXPECT_TRUE(r.diagnostics.empty()) << Joined(r);
  const LoadResult loaded = LoadStory(r.story_json);
  ASSERT_TRUE(loaded.ok()) << r.story_json;
  EXPECT_EQ(loaded.warning_count(), 0);

  const json story = json::parse(r.story_json);
  EXPECT_EQ(story["format"], "motive-matrix/story@1");
  EXPECT_EQ(story["wording"], json({{"act", "the leak"}}));
  // Rows of one suspect are one suspect, its quotes in row order.
  ASSERT_EQ(story["suspects"].size(), 2u);
  EXPECT_EQ(story["suspects"][0]["assessment"]["rank"], 1);
  EXPECT_EQ(story["suspects"][0]["assessment"]["evidence"].size(), 2u);
  EXPECT_EQ(story["suspects"][0]["assessment"]["evidence"][1]["kind"], "fact");
  EXPECT_EQ(story["suspects"][1]["assessment"]["evidence"][0]["speaker"], "A Beta spokesman");
  // Groups from the motives' rows.
  EXPECT_EQ(story["motive_groups"], json::parse(R"([{"id": "politics", "label": "Politics"}])"));
  EXPECT_EQ(story["motives"][1]["group"], "politics");
  EXPECT_FALSE(story["motives"][2].contains("group"));
  // Strength words; doubled quotes; the only source when a row gives none.
  EXPECT_EQ(story["links"][0]["strength"], 3);
  EXPECT_EQ(story["links"][0]["evidence"][1]["quote"], "He said \"no\", twice.");
  EXPECT_EQ(story["links"][1]["evidence"][0]["source"], "article");
  // Events: approximate month, coincided, id lists; quotes from continuation rows.
  const json& leak = story["events"][1];
  EXPECT_EQ(leak["date"], "2025-11");
  EXPECT_EQ(leak["precision"], "approximate");
  EXPECT_EQ(leak["coincided"], true);
  EXPECT_EQ(leak["motives"], json::parse(R"(["embarrass", "undermine"])"));
  EXPECT_EQ(leak["evidence"].size(), 2u);
  EXPECT_FALSE(story["events"][0].contains("coincided"));
  // Notes on the story and on items.
  EXPECT_EQ(story["notes"][0]["text"], "Added context.");
  EXPECT_EQ(story["links"][0]["notes"][0]["text"], "The article gives no source for this.");
  EXPECT_EQ(leak["notes"][0]["date"], "2025-11-28");

  const Story& s = loaded.story;
  EXPECT_TRUE(s.events[1].date.approximate);
  EXPECT_EQ(s.events[1].kind, EventKind::Act);
  EXPECT_EQ(s.goals.size(), 1u);
  EXPECT_EQ(s.reactions.size(), 1u);
}

TEST(SheetImport, SheetNamesIgnoreCaseExtensionAndFolders) {
  Sheets sheets;
  for (const auto& [name, text] : Valid()) {
    std::string stem = name.substr(0, name.size() - 4);
    stem[0] = static_cast<char>(stem[0] - 'a' + 'A');
    sheets[stem == "Story" ? "Story" : "some/folder/" + stem + ".TSV"] = text;
  }
  const SheetImportResult r = ImportSheets(sheets);
  EXPECT_TRUE(r.ok()) << Joined(r);
  EXPECT_EQ(r.story_json, ImportSheets(Valid()).story_json);
}

TEST(SheetImport, TabSeparatedPasteImportsTheSameStory) {
  // Cells copied from a spreadsheet come as tab-separated text, quoted where a cell has a quote
  // mark or a line break. Converting every sheet gives the same story.
  Sheets pasted;
  for (const auto& [name, text] : Valid()) {
    std::string tsv;
    bool quoted = false;
    for (char c : text) {
      if (c == '"') quoted = !quoted;
      tsv += (c == ',' && !quoted) ? '\t' : c;
    }
    pasted[name] = tsv;
  }
  const SheetImportResult r = ImportSheets(pasted);
  ASSERT_TRUE(r.ok()) << Joined(r);
  EXPECT_EQ(r.story_json, ImportSheets(Valid()).story_json);
}

TEST(SheetImport, HeadersIgnoreCaseSpacesAndOrder) {
  const SheetImportResult r = ImportWith("sources.csv",
                                         "Kind, Date ,Publisher,TITLE,Id\n"
                                         "opinion,2025-11,Example Times,Who benefits?,article\n");
  ASSERT_TRUE(r.ok()) << Joined(r);
  const json story = json::parse(r.story_json);
  EXPECT_EQ(story["sources"][0]["id"], "article");
  EXPECT_EQ(story["sources"][0]["title"], "Who benefits?");
}

TEST(SheetImport, CrLfBomAndSpreadsheetQuotingImport) {
  Sheets sheets = Valid();
  for (auto& [name, text] : sheets) {
    std::string crlf = "\xEF\xBB\xBF";
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    text = crlf;
  }
  const SheetImportResult r = ImportSheets(sheets);
  ASSERT_TRUE(r.ok()) << Joined(r);
  EXPECT_EQ(r.story_json, ImportSheets(Valid()).story_json);
}

// ---- problems in the sheets, each at its sheet:row:column ----------------------------------------

TEST(SheetImport, BadStrengthIsNamedAtItsCell) {
  const SheetImportResult r = ImportWith("links.csv",
                                         "suspect,motive,strength,argument,quote,source,quote_kind\n"
                                         "alpha,embarrass,3,A.,It embarrasses the president.,article,analysis\n"
                                         "beta,undermine,1,B.,Some say so.,article,fact\n"
                                         "beta,undermine,,,Beta denies it.,article,analysis\n"
                                         "beta,undermine,,,The timing is no accident.,article,analysis\n"
                                         "beta,undermine,,,This has the strongest traction.,article,analysis\n"
                                         "alpha,undermine,strongish,C.,Some say so.,article,fact\n");
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(Has(r, "links.csv:7:C: error: \"strongish\" is not one of 1, 2, 3 (or weak, argued, strong)"))
      << Joined(r);
}

TEST(SheetImport, DatesAreIsoOnlyAndDayMonthOrderIsNeverGuessed) {
  const std::string header =
      "id,date,precision,kind,title,detail,coincided,motives,suspects,quote,source,quote_kind,speaker\n";
  const auto event = [](const std::string& id, const std::string& date) {
    return id + "," + date + ",,context,T,D.,,,,The call took place on 14 October.,article,fact,\n";
  };
  const SheetImportResult r =
      ImportWith("events.csv", header + event("a", "03/04/2025") + event("b", "14/10/2025") + event("c", "Nov 2025") +
                                   event("d", "2025-11-25T00:00") + event("e", "2025-11-25") + event("f", "1999"));
  EXPECT_EQ(At(r, "events.csv:2:B").message,
            "\"03/04/2025\" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY: the order of day and month is "
            "never guessed (2025-04-03 or 2025-03-04?)")
      << Joined(r);
  EXPECT_EQ(At(r, "events.csv:3:B").message,
            "\"14/10/2025\" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY: the order of day and month is "
            "never guessed; write it as YYYY-MM-DD");
  EXPECT_NE(At(r, "events.csv:4:B").message.find("format the column as plain text"), std::string::npos);
  EXPECT_NE(At(r, "events.csv:5:B").message.find("without a time (2025-11-25)"), std::string::npos);
  EXPECT_EQ(At(r, "events.csv:6:B").message, "");
  EXPECT_EQ(At(r, "events.csv:7:B").message, "");
  // The same rule in every date column.
  EXPECT_EQ(
      At(ImportWith("sources.csv", "id,title,publisher,kind,date\narticle,T,P,opinion,1/2/2025\n"), "sources.csv:2:E")
          .severity,
      Severity::Error);
  EXPECT_NE(At(ImportWith("story.csv", "key,value\nid,x\npublished,27.11.2025\n"), "story.csv:3:B")
                .message.find("never guessed"),
            std::string::npos);
}

TEST(SheetImport, BadChoicesAreNamedWithTheirChoices) {
  const SheetImportResult r =
      ImportWith("events.csv",
                 "id,date,precision,kind,title,detail,coincided,quote,source,quote_kind\n"
                 "call,2025-10-14,roughly,leakage,T,D.,maybe,The call took place on 14 October.,article,opinion\n");
  EXPECT_TRUE(Has(r, "events.csv:2:C: error: \"roughly\" is not one of day, month, year or approximate")) << Joined(r);
  EXPECT_TRUE(Has(r, "events.csv:2:D: error: \"leakage\" is not one of act, context or reaction"));
  EXPECT_TRUE(Has(r, "events.csv:2:G: error: \"maybe\" is not yes or no (or true, false, 1, 0, x; empty means no)"));
  EXPECT_TRUE(Has(r, "events.csv:2:J: error: \"opinion\" is not one of fact, attributed or analysis"));
  EXPECT_TRUE(Has(ImportWith("sources.csv", "id,title,publisher,kind\narticle,T,P,blog\n"),
                  "sources.csv:2:D: error: \"blog\" is not one of opinion, news, official, analysis or other"));
  EXPECT_TRUE(Has(ImportWith("suspects.csv",
                             "id,name,short,summary,rank,rank_label,quote,quote_kind\n"
                             "alpha,A,A,S.,first,top,This has the strongest traction.,analysis\n"),
                  "suspects.csv:2:E: error: \"first\" is not a whole number"));
}

TEST(SheetImport, QuoteKindIsNeverAssumed) {
  const SheetImportResult r = ImportWith("reactions.csv",
                                         "id,party,stance,quote,source,quote_kind,speaker\n"
                                         "russia,Russia,angry,This is hybrid warfare.,article,,\n"
                                         "europe,Europe,pleased,Some say so.,article,attributed,\n"
                                         "usa,USA,silent,Beta denies it.,article,analysis,A Beta spokesman\n"
                                         "ukraine,Ukraine,wary,,article,fact,\n");
  EXPECT_EQ(At(r, "reactions.csv:2:F").severity, Severity::Error);
  EXPECT_NE(At(r, "reactions.csv:2:F").message.find("empty quote_kind"), std::string::npos) << Joined(r);
  EXPECT_TRUE(Has(r,
                  "reactions.csv:3:G: error: an attributed quote needs its speaker: who does the source say "
                  "said it?"));
  // A speaker on the source's own analysis is probably a mis-marked attribution.
  const SheetDiagnostic speaker = At(r, "reactions.csv:4:G");
  EXPECT_EQ(speaker.severity, Severity::Warning);
  EXPECT_NE(speaker.message.find("the quote_kind is attributed"), std::string::npos);
  // A source and kind without the quote: the quote was left out.
  EXPECT_NE(At(r, "reactions.csv:5:D").message.find("empty quote"), std::string::npos);
  // Without a speaker column, the message says to add one, at the quote_kind cell.
  const SheetImportResult no_column = ImportWith("reactions.csv",
                                                 "id,party,stance,quote,quote_kind\n"
                                                 "russia,Russia,angry,This is hybrid warfare.,attributed\n");
  EXPECT_NE(At(no_column, "reactions.csv:2:E").message.find("(add a speaker column)"), std::string::npos)
      << Joined(no_column);
}

TEST(SheetImport, SourceMayBeLeftOutOnlyWhenThereIsOne) {
  Sheets sheets = Valid();
  sheets["sources.csv"] =
      "id,title,publisher,kind\n"
      "article,Who benefits?,Example Times,opinion\n"
      "report,A report,Wire,news\n";
  const SheetImportResult r = ImportSheets(sheets);
  // links.csv row 4 gives no source.
  const SheetDiagnostic d = At(r, "links.csv:4:F");
  EXPECT_EQ(d.severity, Severity::Error) << Joined(r);
  EXPECT_NE(d.message.find("The story has 2 (article, report)"), std::string::npos) << d.message;
}

TEST(SheetImport, MissingRequiredColumnIsAnErrorAtTheHeader) {
  const SheetImportResult r = ImportWith("links.csv",
                                         "suspect,motive,argument,quote,quote_kind\n"
                                         "alpha,embarrass,A.,It embarrasses the president.,analysis\n");
  EXPECT_TRUE(Has(r,
                  "links.csv:1: error: missing column \"strength\" (this sheet's required columns: suspect, "
                  "motive, strength, argument, quote, quote_kind)"))
      << Joined(r);
  EXPECT_FALSE(r.ok());
}

TEST(SheetImport, UnknownColumnIsAWarningAndItsCellsAreIgnored) {
  const SheetImportResult r = ImportWith("motives.csv",
                                         "id,label,description,comment,descripton\n"
                                         "embarrass,Embarrass the president,Make him look bad.,check this,x\n"
                                         "undermine,Undermine the envoy,Weaken him.,,\n"
                                         "profit,Profit,Make money.,,\n");
  EXPECT_TRUE(r.ok()) << Joined(r);
  const SheetDiagnostic comment = At(r, "motives.csv:1:D");
  EXPECT_EQ(comment.severity, Severity::Warning);
  EXPECT_EQ(comment.message.rfind("unknown column \"comment\": its cells are ignored (this sheet's columns: ", 0), 0u)
      << comment.message;
  // A near miss of a column the sheet already has is not one to suggest.
  const SheetDiagnostic near = At(r, "motives.csv:1:E");
  EXPECT_EQ(near.severity, Severity::Warning);
  EXPECT_EQ(near.message.find("did you mean"), std::string::npos) << near.message;
  EXPECT_EQ(r.story_json.find("check this"), std::string::npos);
}

TEST(SheetImport, NearMissColumnGetsASuggestion) {
  const SheetImportResult r = ImportWith("goals.csv",
                                         "id,title,explanation,events,motives,quote,source,quote kind,speakr\n"
                                         "derail,Derail,Timing.,leak,undermine,The timing is no accident.,article,"
                                         "analysis,\n");
  // "quote kind" is "quote_kind" (spaces count as underscores); "speakr" is a typo.
  EXPECT_TRUE(r.ok()) << Joined(r);
  EXPECT_TRUE(Has(r,
                  "goals.csv:1:I: warning: unknown column \"speakr\": its cells are ignored (did you mean "
                  "\"speaker\"?)"))
      << Joined(r);
}

TEST(SheetImport, RepeatedColumnIsAnError) {
  const SheetImportResult r = ImportWith("sources.csv", "id,title,kind,title,publisher\narticle,A,opinion,B,P\n");
  EXPECT_TRUE(Has(r, "sources.csv:1:D: error: a second column \"title\" (the first is column B); keep one"))
      << Joined(r);
}

TEST(SheetImport, RowsOfOneItemThatDisagreeAreAnError) {
  const SheetImportResult r = ImportWith("links.csv",
                                         "suspect,motive,strength,argument,quote,source,quote_kind\n"
                                         "alpha,embarrass,3,A.,It embarrasses the president.,article,analysis\n"
                                         "alpha,embarrass,3,A.,Some say so.,article,fact\n"
                                         "alpha,embarrass,2,,The timing is no accident.,article,analysis\n");
  EXPECT_TRUE(Has(r,
                  "links.csv:4:C: error: this link's strength differs from row 2's (\"3\"): give it once, on "
                  "the link's first row, or repeat it exactly"))
      << Joined(r);
}

TEST(SheetImport, EveryRowNamesItsItem) {
  const SheetImportResult r = ImportWith("links.csv",
                                         "suspect,motive,strength,argument,quote,source,quote_kind\n"
                                         "alpha,embarrass,3,A.,It embarrasses the president.,article,analysis\n"
                                         "alpha,,,,Some say so.,article,fact\n");
  const SheetDiagnostic d = At(r, "links.csv:3:B");
  EXPECT_EQ(d.severity, Severity::Error) << Joined(r);
  EXPECT_EQ(d.message.rfind("empty motive: every row of a link names its motive", 0), 0u) << d.message;
}

TEST(SheetImport, IdListsUseSemicolons) {
  const SheetImportResult r = ImportWith("goals.csv",
                                         "id,title,explanation,events,motives,quote,quote_kind\n"
                                         "derail,D,T.,leak,\"embarrass, undermine\",The timing is no accident.,"
                                         "analysis\n");
  EXPECT_TRUE(Has(r,
                  "goals.csv:2:E: error: \"embarrass, undermine\": separate ids with semicolons (a; b), not "
                  "commas"))
      << Joined(r);
}

TEST(SheetImport, MotiveGroupsNeedOneLabel) {
  const SheetImportResult r = ImportWith("motives.csv",
                                         "id,label,description,group,group_label\n"
                                         "embarrass,E,D.,politics,Politics\n"
                                         "undermine,U,D.,politics,Power\n"
                                         "profit,P,D.,money,\n"
                                         "other,O,D.,,Loose\n");
  EXPECT_TRUE(Has(r,
                  "motives.csv:3:E: error: group \"politics\" already has the label \"Politics\" (row 2): give "
                  "it once, or repeat it exactly"))
      << Joined(r);
  EXPECT_TRUE(Has(r,
                  "motives.csv:4:D: error: motive group \"money\" has no label: give its group_label on one of "
                  "its motives' rows"));
  EXPECT_TRUE(Has(r,
                  "motives.csv:5:E: error: a group_label without a group: give the group's id in the group "
                  "column"));
}

TEST(SheetImport, NotesNameTheirItem) {
  const SheetImportResult r = ImportWith("notes.csv",
                                         "kind,id,text,date\n"
                                         "cell,alpha:embarrass,A.,\n"
                                         "link,alpha-embarrass,B.,\n"
                                         "link,alpha : undermine,C.,\n"
                                         "event,lek,D.,\n"
                                         "suspect,,E.,\n"
                                         "motive,profit,,\n"
                                         "link, beta : undermine ,F.,\n");
  EXPECT_TRUE(Has(r,
                  "notes.csv:2:A: error: \"cell\" is not one of story, suspect, motive, link, event, goal or "
                  "reaction"))
      << Joined(r);
  EXPECT_TRUE(Has(r,
                  "notes.csv:3:B: error: \"alpha-embarrass\": a link is named by its suspect and motive, "
                  "suspect-id:motive-id"));
  EXPECT_TRUE(Has(r, "notes.csv:4:B: error: no link \"alpha:undermine\" in links.csv"));
  EXPECT_TRUE(Has(r, "notes.csv:5:B: error: no event \"lek\" in events.csv"));
  EXPECT_TRUE(Has(r, "notes.csv:6:B: error: empty id: which suspect is the note about?"));
  EXPECT_TRUE(Has(r, "notes.csv:7:C: error: empty text: write the note"));
  // Spaces around the colon are allowed.
  const json story = json::parse(r.story_json);
  EXPECT_EQ(story["links"][1]["notes"][0]["text"], "F.");
}

TEST(SheetImport, StorySheetKeys) {
  const SheetImportResult r = ImportWith("story.csv",
                                         "key,value\n"
                                         "id,test-story\n"
                                         "language,en\n"
                                         "titel,Who?\n"
                                         "Title,Who leaked the call?\n"
                                         "dek,Two theories.\n"
                                         "framing,Claims.\n"
                                         "published,2025-11-27\n"
                                         "title,Again\n"
                                         ",orphan\n"
                                         "Wording sources plural,perhaps\n");
  EXPECT_TRUE(Has(r, "story.csv:4:A: warning: unknown key \"titel\": its row is ignored (did you mean \"title\"?)"))
      << Joined(r);
  EXPECT_TRUE(Has(r, "story.csv:9:A: error: the key \"title\" is given twice (first in row 5); keep one"));
  EXPECT_TRUE(Has(r, "story.csv:10:A: error: a value without a key: which of the story's fields is \"orphan\"?"));
  EXPECT_EQ(At(r, "story.csv:11:B").severity, Severity::Error);
  EXPECT_EQ(json::parse(r.story_json)["title"], "Who leaked the call?");
}

TEST(SheetImport, MissingAndUnknownSheets) {
  Sheets sheets = Valid();
  sheets.erase("links.csv");
  sheets.erase("goals.csv");  // optional
  sheets["remarks.csv"] = "a,b\n";
  const SheetImportResult r = ImportSheets(sheets);
  EXPECT_FALSE(r.ok());
  const SheetDiagnostic links = At(r, "links.csv");
  EXPECT_EQ(links.severity, Severity::Error) << Joined(r);
  EXPECT_EQ(links.message.rfind("missing sheet: every story has one (its columns: suspect, motive, ", 0), 0u) << links.message;
  EXPECT_EQ(At(r, "remarks.csv").severity, Severity::Warning);
  EXPECT_EQ(At(r, "goals.csv").message, "");
  // The same sheet twice.
  sheets = Valid();
  sheets["Links.tsv"] = sheets["links.csv"];
  EXPECT_NE(At(ImportSheets(sheets), "links.csv").message.find("a second links sheet"), std::string::npos);
}

TEST(SheetImport, EmptyAndBrokenSheets) {
  EXPECT_NE(At(ImportWith("sources.csv", ""), "sources.csv").message.find("the sheet is empty"), std::string::npos);
  // A quote that never closes is named where it opens.
  const SheetImportResult r =
      ImportWith("reactions.csv", "id,party,stance,quote,quote_kind\nrussia,Russia,angry,\"This is,analysis\n");
  EXPECT_NE(At(r, "reactions.csv:2:D").message.find("never closes"), std::string::npos) << Joined(r);
  // Windows code page bytes.
  EXPECT_NE(At(ImportWith("reactions.csv", "id,party,stance,quote,quote_kind\nr,R,s,\x93q\x94,analysis\n"),
               "reactions.csv:2:D")
                .message.find("CSV UTF-8"),
            std::string::npos);
}

TEST(SheetImport, DiagnosticsAreSortedAndCapped) {
  std::string links = "suspect,motive,strength,argument,quote,quote_kind\n";
  for (int i = 0; i < 80; ++i) links += "alpha,m" + std::to_string(i) + ",9,A.,Some say so.,fact\n";
  ImportOptions options;
  options.max_diagnostics = 10;
  Sheets sheets = Valid();
  sheets["links.csv"] = links;
  sheets.erase("notes.csv");    // its link note would be one more error
  sheets["extra.csv"] = "x\n";  // a warning, listed after every error
  const SheetImportResult r = ImportSheets(sheets, options);
  ASSERT_EQ(r.diagnostics.size(), 12u) << Joined(r);
  EXPECT_EQ(r.diagnostics[0].Format(), "links.csv:2:C: error: \"9\" is not one of 1, 2, 3 (or weak, argued, strong)");
  EXPECT_EQ(r.diagnostics[10].Format(), "error: … and 70 more errors");
  EXPECT_EQ(r.diagnostics[11].severity, Severity::Warning);
  EXPECT_EQ(r.omitted_errors, 70);
  EXPECT_FALSE(r.ok());
}

TEST(SheetImport, TooLargeSheetIsNotRead) {
  ImportOptions options;
  options.max_sheet_bytes = 100;
  const SheetImportResult r = ImportSheets(Valid(), options);
  EXPECT_NE(At(r, "story.csv").message.find("the sheet is too large"), std::string::npos) << Joined(r);
}

TEST(SheetImport, NeverFailsOnTruncatedSheets) {
  // Every sheet cut at many points: the importer reports, it never throws or crashes, and the
  // story text is always JSON.
  for (const auto& [name, text] : Valid()) {
    for (size_t cut = 0; cut <= text.size(); cut += 7) {
      const SheetImportResult r = ImportWith(name, text.substr(0, cut));
      EXPECT_FALSE(json::parse(r.story_json, nullptr, false).is_discarded()) << name << " cut at " << cut;
    }
  }
}

// ---- the loader's findings, placed on their cells ------------------------------------------------

std::vector<std::string> Located(const SheetImportResult& r) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : LoadStory(r.story_json).diagnostics) lines.push_back(LocateInSheets(r, d).Format());
  return lines;
}

bool Contains(const std::vector<std::string>& lines, const std::string& line) {
  for (const std::string& l : lines) {
    if (l == line) return true;
  }
  return false;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

TEST(SheetImport, LoaderFindingsArePlacedOnTheirCells) {
  Sheets sheets = Valid();
  sheets["links.csv"] =
      "suspect,motive,strength,argument,quote,source,quote_kind\n"
      "alpha,embarrass,3,A.,It embarrasses the president.,article,analysis\n"
      "alpha,embarrass,,,Some say so.,artcle,fact\n"
      "beta,embarass,1,B.,Some say so.,article,fact\n"
      "beta,undermine,1,,Some say so.,article,fact\n";
  sheets["motives.csv"] =
      "id,label,description\n"
      "embarrass,Embarrass the president and everyone around him in Washington,D.\n"
      "undermine,U,D.\n"
      "embarrass,Again,D.\n";
  const SheetImportResult r = ImportSheets(sheets);
  ASSERT_TRUE(r.ok()) << Joined(r);
  const std::vector<std::string> lines = Located(r);
  EXPECT_TRUE(Contains(lines, "links.csv:3:F: error: source: unknown source id \"artcle\" (known: article)"))
      << Joined(lines);
  EXPECT_TRUE(Contains(lines, "links.csv:5:D: error: missing required field \"argument\""));
  EXPECT_TRUE(Contains(lines, "motives.csv:2:B: error: label: too long: 61 characters (the limit is 48)"));
  // A path inside the message becomes a row.
  EXPECT_TRUE(Contains(lines,
                       "motives.csv:4:A: error: id: duplicate motive id \"embarrass\" (first used at "
                       "motives.csv row 2)"));
  bool unknown_motive = false;
  for (const std::string& l : lines)
    unknown_motive |= l.rfind("links.csv:4:B: error: motive: unknown motive id", 0) == 0;
  EXPECT_TRUE(unknown_motive) << Joined(lines);
}

TEST(SheetImport, LoaderWarningsArePlacedToo) {
  Sheets sheets = Valid();
  // The act first, then an earlier event: the loader warns about the order, at the later row.
  sheets["events.csv"] =
      "id,date,precision,kind,title,detail,quote,quote_kind\n"
      "leak,2025-11-25,day,act,The leak,D.,The leak landed just as talks began.,fact\n"
      "call,2025-10-14,month,context,The call,D.,The call took place on 14 October.,fact\n";
  const SheetImportResult r = ImportSheets(sheets);
  ASSERT_TRUE(r.ok()) << Joined(r);
  const std::vector<std::string> lines = Located(r);
  EXPECT_TRUE(Contains(lines,
                       "events.csv:3:C: warning: precision is \"month\", so the day in \"2025-10-14\" is "
                       "ignored (write YYYY-MM)"))
      << Joined(lines);
  bool order = false;
  for (const std::string& l : lines)
    order |= l.rfind("events.csv:3: warning: /events/1: events are not in date order", 0) == 0;
  EXPECT_TRUE(order) << Joined(lines);
}

TEST(SheetImport, MissingStoryFieldIsPlacedOnTheStorySheet) {
  const SheetImportResult r = ImportWith("story.csv", "key,value\nid,test-story\nlanguage,en\ntitle,\n");
  ASSERT_TRUE(r.ok()) << Joined(r);
  const std::vector<std::string> lines = Located(r);
  // The empty title's cell; the fields with no row at all, on the sheet.
  EXPECT_TRUE(Contains(lines, "story.csv:4:B: error: missing required field \"title\"")) << Joined(lines);
  EXPECT_TRUE(Contains(lines, "story.csv: error: missing required field \"dek\"")) << Joined(lines);
}

// ---- the template's example ------------------------------------------------------------------------

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

Sheets TemplateSheets() {
  Sheets sheets;
  for (const auto& entry : std::filesystem::directory_iterator(MM_SOURCE_DIR "/assets/templates")) {
    if (entry.path().extension() == ".csv") sheets[entry.path().filename().string()] = ReadFile(entry.path().string());
  }
  return sheets;
}

TEST(SheetImportTemplate, HasEverySheet) {
  const Sheets sheets = TemplateSheets();
  for (const std::string& name : SheetNames()) EXPECT_EQ(sheets.count(name + ".csv"), 1u) << name;
  EXPECT_EQ(sheets.size(), SheetNames().size());
}

TEST(SheetImportTemplate, EverySheetShowsEveryColumnInTheTemplatesOrder) {
  // The example is the template editors copy: it has every column, even ones it leaves empty.
  for (const auto& [name, text] : TemplateSheets()) {
    const std::string sheet = name.substr(0, name.size() - 4);
    const std::string header = text.substr(0, text.find('\n'));
    std::string expected;
    for (const std::string& column : SheetColumns(sheet)) expected += (expected.empty() ? "" : ",") + column;
    EXPECT_EQ(header, expected) << name;
  }
  EXPECT_TRUE(SheetColumns("remarks").empty());
  EXPECT_EQ(SheetColumns("notes", true), (std::vector<std::string>{"kind", "id", "text"}));
}

TEST(SheetImportTemplate, ExampleImportsToAStoryThatLoadsCleanly) {
  const SheetImportResult r = ImportSheets(TemplateSheets());
  ASSERT_TRUE(r.ok()) << Joined(r);
  EXPECT_TRUE(r.diagnostics.empty()) << Joined(r);
  const LoadResult loaded = LoadStory(r.story_json);
  ASSERT_TRUE(loaded.ok()) << Joined(Located(r));
  EXPECT_EQ(loaded.warning_count(), 0) << Joined(Located(r));
  // The example uses every part of the format the template has a column for.
  const Story& s = loaded.story;
  EXPECT_GE(s.suspects.size(), 2u);
  EXPECT_FALSE(s.goals.empty());
  EXPECT_FALSE(s.reactions.empty());
  EXPECT_FALSE(s.notes.empty());
  EXPECT_FALSE(s.wording.act.empty());
  bool approximate = false, coincided = false, attributed = false, link_note = false;
  for (const Event& e : s.events) {
    approximate |= e.date.approximate;
    coincided |= e.coincided;
  }
  for (const Link& l : s.links) {
    link_note |= !l.notes.empty();
    for (const Evidence& e : l.evidence) attributed |= e.kind == EvidenceKind::Attributed && !e.speaker.empty();
  }
  EXPECT_TRUE(approximate);
  EXPECT_TRUE(coincided);
  EXPECT_TRUE(attributed);
  EXPECT_TRUE(link_note);
}

TEST(SheetImportTemplate, DocsExplainEveryColumnOfEverySheet) {
  const std::string docs = ReadFile(MM_SOURCE_DIR "/docs/authoring.md");
  ASSERT_FALSE(docs.empty());
  for (const std::string& sheet : SheetNames()) {
    const std::string heading = "### `" + sheet + ".csv`";
    const size_t begin = docs.find(heading);
    ASSERT_NE(begin, std::string::npos) << "docs/authoring.md has no section " << heading;
    const size_t end = docs.find("\n#", begin + heading.size());
    const std::string section = docs.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    for (const std::string& column : SheetColumns(sheet)) {
      EXPECT_NE(section.find("`" + column + "`"), std::string::npos)
          << heading << " in docs/authoring.md does not explain the column " << column;
    }
  }
}

TEST(SheetImportTemplate, ExampleIsTheBundledStory) {
  // docs/authoring.md says so; when the bundled story changes, the template follows.
  const SheetImportResult r = ImportSheets(TemplateSheets());
  ASSERT_TRUE(r.ok()) << Joined(r);
  json bundled = json::parse(ReadFile(MM_SOURCE_DIR "/assets/stories/witkoff-call-leak.json"), nullptr, false);
  ASSERT_FALSE(bundled.is_discarded());
  bundled.erase("$schema");
  bundled.erase("tour");  // the sheets carry no guided tour: it is written in the JSON (docs/authoring.md)
  EXPECT_TRUE(json::parse(r.story_json) == bundled)
      << "assets/templates/ no longer imports to assets/stories/witkoff-call-leak.json; remake it with\n"
         "  node scripts/story-to-sheets.mjs assets/stories/witkoff-call-leak.json assets/templates";
}

TEST(SheetImportTemplate, ExampleQuotesAreVerbatimInTheArticle) {
  const std::string article = ReadFile(MM_ARTICLE_TEXT);
  if (article.empty()) {
    // The article's text is not ours to commit: it is only in the workplace's shared folder.
    GTEST_SKIP() << "the article text is not at " << MM_ARTICLE_TEXT
                 << " (set the CMake cache entry MM_ARTICLE_TEXT to its path)";
  }
  const SheetImportResult r = ImportSheets(TemplateSheets());
  ASSERT_TRUE(r.ok()) << Joined(r);
  const QuoteCheckResult check = CheckQuotes(r.story_json, "article", article, "source-article.txt");
  EXPECT_TRUE(check.errors.empty());
  EXPECT_GT(check.checked, 50);
  EXPECT_EQ(check.found, check.checked);
  for (const QuoteFinding& f : check.findings) {
    ADD_FAILURE() << LocateInSheets(r, f.diagnostic).Format();
  }
}

}  // namespace
}  // namespace mm
