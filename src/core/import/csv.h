// csv.h — a sheet's text → rows of cells, as a spreadsheet saves it (RFC 4180 CSV) or as the
// clipboard carries cells copied from one (tab-separated, same quoting).
//
// Row numbers are the spreadsheet's: row 1 is the first line (the header), and a cell with line
// breaks inside quotes is still one row. Empty lines are kept as rows (one empty cell) so that
// every later row keeps its number. Never throws.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mm {

// A problem in the text itself; it names where it is, as a spreadsheet would.
struct CsvProblem {
  int row = 0;     // 1-based; 0 = the whole text
  int column = 0;  // 1-based cell index; 0 = the whole row
  std::string message;
};

struct CsvTable {
  char delimiter = ',';                        // ',', '\t' or ';'
  std::vector<std::vector<std::string>> rows;  // rows[i] is row i + 1; cells as written, unquoted
  std::vector<CsvProblem> problems;            // every one is an error
};

// Reads the whole text. Accepted, all at once: a UTF-8 byte-order mark; CRLF, LF or CR line ends;
// quoted cells with doubled quotes ("") and line breaks inside (kept as "\n"); spaces around a
// quoted cell. The delimiter is the one the first row uses most (see DetectCsvDelimiter).
// Reported: a quoted cell that never ends, text after a closing quote, UTF-16 text, bytes that
// are not UTF-8 (the first cell with such bytes only).
CsvTable ParseCsv(std::string_view text);

// The delimiter of a text: of tab, comma and semicolon, the one its first row (the header, whose
// names hold none of them) has most of outside quotes; a tie goes to tab, then comma; comma when
// there is none (a one-column sheet). Tab is how spreadsheets put copied cells on the clipboard;
// semicolon is how they save "CSV" where the comma is the decimal mark.
char DetectCsvDelimiter(std::string_view text);

// "A" for 1, "Z" for 26, "AA" for 27: how spreadsheets name columns.
std::string SpreadsheetColumnName(int column);

}  // namespace mm
