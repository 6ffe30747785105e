// csv.cpp — RFC 4180 parsing of one sheet, with the leniencies spreadsheets and hand edits need.
#include "core/import/csv.h"

#include <cstdio>

namespace mm {
namespace {

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}

// Offset of the first byte that does not begin a well-formed UTF-8 sequence (no overlong forms,
// no surrogates, nothing past U+10FFFF), or npos. Spreadsheets that save "CSV" in a Windows code
// page write curly quotes as single bytes (0x93, 0x94): the commonest way a sheet goes wrong.
size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return i;
    }
    if (i + length > s.size()) return i;
    const unsigned char second = static_cast<unsigned char>(s[i + 1]);
    if (second < low || second > high) return i;
    for (int k = 2; k < length; ++k) {
      const unsigned char next = static_cast<unsigned char>(s[i + k]);
      if (next < 0x80 || next > 0xBF) return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::string SpreadsheetColumnName(int column) {
  if (column <= 0) return "";
  std::string name;
  while (column > 0) {
    const int digit = (column - 1) % 26;
    name.insert(name.begin(), static_cast<char>('A' + digit));
    column = (column - 1) / 26;
  }
  return name;
}

char DetectCsvDelimiter(std::string_view text) {
  if (StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  size_t tabs = 0, commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;  // a doubled quote toggles twice: still right
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    tabs += c == '\t';
    commas += c == ',';
    semicolons += c == ';';
  }
  if (tabs > 0 && tabs >= commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

CsvTable ParseCsv(std::string_view text) {
  CsvTable table;
  if (StartsWith(text, "\xFF\xFE") || StartsWith(text, "\xFE\xFF")) {
    table.problems.push_back({0, 0,
                              "the sheet is UTF-16 text (\"Unicode text\"); save it as \"CSV UTF-8\" "
                              "(or paste the cells) instead"});
    return table;
  }
  if (StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  table.delimiter = DetectCsvDelimiter(text);
  const char delimiter = table.delimiter;

  std::vector<std::string> row;
  std::string cell;
  bool in_quotes = false;    // inside a quoted cell
  bool was_quoted = false;   // this cell began with a quote
  bool after_quote = false;  // the quoted part has closed; only spaces should follow
  bool reported_after = false;
  bool reported_encoding = false;
  int quote_row = 0, quote_column = 0;
  size_t quoted_length = 0;  // length of `cell` when its quoted part closed
  bool row_started = false;  // something (even an empty cell) was read on this row

  const auto row_number = [&] { return static_cast<int>(table.rows.size()) + 1; };
  const auto end_cell = [&] {
    if (!reported_encoding) {
      const size_t bad = FirstInvalidUtf8(cell);
      if (bad != std::string_view::npos) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(cell[bad]));
        table.problems.push_back({row_number(), static_cast<int>(row.size()) + 1,
                                  std::string("is not UTF-8 text (byte ") + byte +
                                      "); save the sheet as \"CSV UTF-8\" (a \"CSV\" saved in a Windows "
                                      "code page turns curly quotes and accents into such bytes)"});
        reported_encoding = true;
      }
    }
    if (after_quote) {  // `"b, c"  ,`: spaces after the closing quote are not part of the cell
      while (cell.size() > quoted_length && IsSpace(cell.back())) cell.pop_back();
    }
    row.push_back(std::move(cell));
    cell.clear();
    was_quoted = after_quote = reported_after = false;
  };
  const auto end_row = [&] {
    end_cell();
    table.rows.push_back(std::move(row));
    row.clear();
    row_started = false;
  };

  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          in_quotes = false;
          after_quote = true;
          quoted_length = cell.size();
        }
      } else if (c == '\r') {
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        cell += '\n';
      } else {
        cell += c;
      }
      continue;
    }
    if (c == delimiter) {
      end_cell();
      row_started = true;
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
      continue;
    }
    row_started = true;
    if (c == '"' && !was_quoted) {
      bool only_spaces = true;
      for (char k : cell) only_spaces = only_spaces && IsSpace(k);
      if (only_spaces) {  // `a, "b, c"`: the spaces before the quote are not part of the cell
        cell.clear();
        in_quotes = was_quoted = true;
        quote_row = row_number();
        quote_column = static_cast<int>(row.size()) + 1;
        continue;
      }
    }
    if (after_quote && !IsSpace(c) && !reported_after) {
      table.problems.push_back({row_number(), static_cast<int>(row.size()) + 1,
                                "text after the closing quote of a quoted cell (a quote inside a quoted "
                                "cell is written twice: \"\")"});
      reported_after = true;
    }
    cell += c;
  }
  if (in_quotes) {
    table.problems.push_back({quote_row, quote_column,
                              "this cell opens a quote that never closes: the rest of the sheet was read "
                              "into it (a quote inside a quoted cell is written twice: \"\")"});
  }
  if (row_started || in_quotes || was_quoted || !cell.empty()) end_row();
  return table;
}

}  // namespace mm
