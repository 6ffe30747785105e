// csv_test.cpp — mm::ParseCsv: RFC 4180 quoting, line ends, the byte-order mark, the delimiter
// of pasted cells, and the problems it names by row and column.
#include "core/import/csv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mm {
namespace {

using Rows = std::vector<std::vector<std::string>>;

TEST(Csv, PlainRows) {
  const CsvTable t = ParseCsv("a,b,c\n1,2,3\n");
  EXPECT_EQ(t.delimiter, ',');
  EXPECT_EQ(t.rows, (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
  EXPECT_TRUE(t.problems.empty());
}

TEST(Csv, LastRowWithoutLineEndAndEmptyCells) {
  EXPECT_EQ(ParseCsv("a,b\n,").rows, (Rows{{"a", "b"}, {"", ""}}));
  EXPECT_EQ(ParseCsv("a,,c").rows, (Rows{{"a", "", "c"}}));
  EXPECT_TRUE(ParseCsv("").rows.empty());
}

TEST(Csv, QuotedCellsKeepDelimitersDoubledQuotesAndLineBreaks) {
  const CsvTable t = ParseCsv("id,quote\nx,\"Yes, \"\"no\"\", maybe\"\ny,\"two\nlines\"\nz,\"\"\n");
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[1][1], "Yes, \"no\", maybe");
  EXPECT_EQ(t.rows[2][1], "two\nlines");
  EXPECT_EQ(t.rows[3], (std::vector<std::string>{"z", ""}));
  EXPECT_TRUE(t.problems.empty());
}

TEST(Csv, RowNumbersCountRowsNotLines) {
  // A cell with line breaks is one spreadsheet row: the row after it is row 3, and its problem
  // is reported there.
  const CsvTable t = ParseCsv("a,b\n\"x\n\ny\",1\n\"open,2\n");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1][0], "x\n\ny");
  ASSERT_EQ(t.problems.size(), 1u);
  EXPECT_EQ(t.problems[0].row, 3);
  EXPECT_EQ(t.problems[0].column, 1);
  EXPECT_NE(t.problems[0].message.find("never closes"), std::string::npos) << t.problems[0].message;
}

TEST(Csv, CrLfCrAndLfAreAllLineEnds) {
  const Rows expected{{"a", "b"}, {"1", "2"}, {"3", "4"}};
  EXPECT_EQ(ParseCsv("a,b\r\n1,2\r\n3,4\r\n").rows, expected);
  EXPECT_EQ(ParseCsv("a,b\r1,2\r3,4").rows, expected);
  EXPECT_EQ(ParseCsv("a,b\n1,2\r\n3,4\n").rows, expected);
  // Inside quotes a CRLF becomes one line break.
  EXPECT_EQ(ParseCsv("a\r\n\"x\r\ny\"\r\n").rows, (Rows{{"a"}, {"x\ny"}}));
}

TEST(Csv, EmptyLinesKeepTheirRowNumbers) {
  const CsvTable t = ParseCsv("a,b\n\n1,2\n");
  EXPECT_EQ(t.rows, (Rows{{"a", "b"}, {""}, {"1", "2"}}));
}

TEST(Csv, ByteOrderMarkIsSkipped) {
  const CsvTable t = ParseCsv("\xEF\xBB\xBFid,name\nx,y\n");
  EXPECT_EQ(t.rows[0][0], "id");
  EXPECT_TRUE(t.problems.empty());
}

TEST(Csv, TabSeparatedPasteIsDetected) {
  // As a spreadsheet puts copied cells on the clipboard: tabs, with commas inside cells, and a
  // cell with a line break quoted.
  const CsvTable t = ParseCsv("id\tquote\nx\tYes, no, maybe\ny\t\"two\nlines\"\n");
  EXPECT_EQ(t.delimiter, '\t');
  EXPECT_EQ(t.rows, (Rows{{"id", "quote"}, {"x", "Yes, no, maybe"}, {"y", "two\nlines"}}));
}

TEST(Csv, DelimiterIsTheHeadersCommonest) {
  EXPECT_EQ(DetectCsvDelimiter("id,name,short\n"), ',');
  EXPECT_EQ(DetectCsvDelimiter("id\tname\tshort\nx,y,z\tq\n"), '\t');
  EXPECT_EQ(DetectCsvDelimiter("id;name;short\n"), ';');
  EXPECT_EQ(DetectCsvDelimiter("\"a,b\";c;d\n"), ';');  // a comma inside quotes does not count
  EXPECT_EQ(DetectCsvDelimiter("id\n"), ',');
  EXPECT_EQ(DetectCsvDelimiter("\xEF\xBB\xBFid\tname\n"), '\t');
  EXPECT_EQ(ParseCsv("a;b\n\"x;y\";\"p, q\"\n").rows, (Rows{{"a", "b"}, {"x;y", "p, q"}}));
}

TEST(Csv, SpacesAroundAQuotedCellAreNotPartOfIt) {
  const CsvTable t = ParseCsv("a,b\nx, \"p, q\"  ,y\n");
  EXPECT_EQ(t.rows[1], (std::vector<std::string>{"x", "p, q", "y"}));
  EXPECT_TRUE(t.problems.empty());
  // Spaces inside the quotes are the cell's.
  EXPECT_EQ(ParseCsv("\" p \"\n").rows[0][0], " p ");
}

TEST(Csv, QuoteInsideAnUnquotedCellIsText) {
  const CsvTable t = ParseCsv("a\nHe said \"no\".\n");
  EXPECT_EQ(t.rows[1][0], "He said \"no\".");
  EXPECT_TRUE(t.problems.empty());
}

TEST(Csv, TextAfterAClosingQuoteIsAProblem) {
  const CsvTable t = ParseCsv("a,b\nx,\"quoted\" then more\n");
  ASSERT_EQ(t.problems.size(), 1u);
  EXPECT_EQ(t.problems[0].row, 2);
  EXPECT_EQ(t.problems[0].column, 2);
  EXPECT_EQ(t.rows[1][1], "quoted then more");  // kept, so nothing is lost
}

TEST(Csv, BytesThatAreNotUtf8AreAProblemOnce) {
  // Windows-1252 curly quotes (0x93, 0x94), as a "CSV" saved in that code page has them.
  const CsvTable t = ParseCsv("a,b\nx,\x93quoted\x94\ny,\x93more\x94\n");
  ASSERT_EQ(t.problems.size(), 1u);
  EXPECT_EQ(t.problems[0].row, 2);
  EXPECT_EQ(t.problems[0].column, 2);
  EXPECT_NE(t.problems[0].message.find("0x93"), std::string::npos) << t.problems[0].message;
  EXPECT_NE(t.problems[0].message.find("CSV UTF-8"), std::string::npos);
  // Overlong forms and surrogates are not UTF-8 either; real multi-byte text is.
  EXPECT_EQ(ParseCsv("\xC0\xAF").problems.size(), 1u);
  EXPECT_EQ(ParseCsv("\xED\xA0\x80").problems.size(), 1u);
  EXPECT_TRUE(ParseCsv("Ушаков,“x”,€,\xF0\x9F\x98\x80\n").problems.empty());
}

TEST(Csv, Utf16IsRefusedWithAReason) {
  const CsvTable t = ParseCsv(std::string("\xFF\xFEi\0d\0", 6));
  ASSERT_EQ(t.problems.size(), 1u);
  EXPECT_EQ(t.problems[0].row, 0);
  EXPECT_NE(t.problems[0].message.find("UTF-16"), std::string::npos);
  EXPECT_TRUE(t.rows.empty());
}

TEST(Csv, SpreadsheetColumnNames) {
  EXPECT_EQ(SpreadsheetColumnName(1), "A");
  EXPECT_EQ(SpreadsheetColumnName(3), "C");
  EXPECT_EQ(SpreadsheetColumnName(26), "Z");
  EXPECT_EQ(SpreadsheetColumnName(27), "AA");
  EXPECT_EQ(SpreadsheetColumnName(52), "AZ");
  EXPECT_EQ(SpreadsheetColumnName(53), "BA");
  EXPECT_EQ(SpreadsheetColumnName(702), "ZZ");
  EXPECT_EQ(SpreadsheetColumnName(703), "AAA");
  EXPECT_EQ(SpreadsheetColumnName(0), "");
}

}  // namespace
}  // namespace mm
