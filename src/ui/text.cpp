// text.cpp — typesetter line breaking, and the text blocks drawn with it.
#include "ui/text.h"

#include <cmath>

namespace mm::ui {
namespace {

// Length in bytes of the break opportunity that ends at text[i] (a hyphen, slash, en or em
// dash: the break goes after it), or 0.
size_t BreakAfter(const std::string& t, size_t i) {
  const unsigned char c = (unsigned char)t[i];
  if (c == '-' || c == '/') return 1;
  // U+2013 EN DASH (E2 80 93), U+2014 EM DASH (E2 80 94)
  if (c == 0xE2 && i + 2 < t.size() && (unsigned char)t[i + 1] == 0x80 &&
      ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94))
    return 3;
  return 0;
}

float Width(const char* b, const char* e) { return ImGui::CalcTextSize(b, e).x; }

// Wraps one paragraph (no '\n' inside) and appends it to out.
void WrapParagraph(const std::string& p, float width, std::string& out) {
  size_t line_start = 0;   // of the current line in p
  size_t last_break = std::string::npos;  // position where the current line may end
  bool break_is_space = false;
  size_t i = 0;
  while (i < p.size()) {
    size_t brk = 0;
    bool space = false;
    if (p[i] == ' ') { space = true; brk = 1; }
    else brk = BreakAfter(p, i);
    const size_t next = i + (brk ? brk : 1);
    // Does the line, up to the end of this word piece, still fit?
    if (brk) {
      const size_t end = space ? i : next;  // a space is not part of the line
      if (Width(p.data() + line_start, p.data() + end) > width && last_break != std::string::npos) {
        out.append(p, line_start, last_break - line_start);
        out += '\n';
        line_start = break_is_space ? last_break + 1 : last_break;
        last_break = std::string::npos;
        continue;  // re-examine this break on the new line
      }
      last_break = space ? i : next;
      break_is_space = space;
    }
    i = next;
  }
  // The tail: break once more if it does not fit and a break exists.
  if (Width(p.data() + line_start, p.data() + p.size()) > width && last_break != std::string::npos) {
    out.append(p, line_start, last_break - line_start);
    out += '\n';
    line_start = break_is_space ? last_break + 1 : last_break;
  }
  out.append(p, line_start, std::string::npos);
}

}  // namespace

std::string WrapText(ImFont* font, const std::string& text, float width) {
  ImGui::PushFont(font);
  std::string out;
  out.reserve(text.size() + 8);
  size_t start = 0;
  while (true) {
    const size_t nl = text.find('\n', start);
    WrapParagraph(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start), width, out);
    if (nl == std::string::npos) break;
    out += '\n';
    start = nl + 1;
  }
  ImGui::PopFont();
  return out;
}

ImVec2 MeasureText(ImFont* font, const std::string& text, float width) {
  const std::string wrapped = WrapText(font, text, width);
  ImGui::PushFont(font);
  const ImVec2 size = ImGui::CalcTextSize(wrapped.c_str());
  ImGui::PopFont();
  return size;
}

ImVec2 DrawText(ImDrawList* dl, ImFont* font, ImVec2 pos, uint32_t color, const std::string& text, float width) {
  const std::string wrapped = WrapText(font, text, width);
  ImGui::PushFont(font);
  const ImVec2 size = ImGui::CalcTextSize(wrapped.c_str());
  dl->AddText(pos, color, wrapped.c_str());
  ImGui::PopFont();
  return size;
}

void TextBlock(ImFont* font, const std::string& text, float width) {
  const std::string wrapped = WrapText(font, text, width);
  ImGui::PushFont(font);
  ImGui::TextUnformatted(wrapped.c_str());
  ImGui::PopFont();
}

float WrappedHeight(ImFont* font, const std::string& text, float width) { return MeasureText(font, text, width).y; }

float TextWidth(ImFont* font, const std::string& text) {
  ImGui::PushFont(font);
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  ImGui::PopFont();
  return w;
}

float Paragraph(ImFont* font, const std::string& text, float width, uint32_t color) {
  const ImVec2 size = DrawText(ImGui::GetWindowDrawList(), font, ImGui::GetCursorScreenPos(), color, text, width);
  ImGui::Dummy(ImVec2(width, size.y));
  return size.y;
}

void Kicker(const Fonts& f, const char* text, uint32_t color) {
  ImGui::PushFont(f.small_bold);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void Gap(float px) { ImGui::Dummy(ImVec2(1, px)); }

float Advance(float height) { return std::floor(height + ImGui::GetStyle().ItemSpacing.y); }

std::string WithCurlyQuotes(const std::string& quote) {
  // A quote that is itself one quotation in the source ("“No premature peace.”") keeps its own
  // marks rather than gaining a second pair.
  static const std::string open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";
  if (quote.size() > 6 && quote.compare(0, 3, open) == 0 && quote.compare(quote.size() - 3, 3, close) == 0 &&
      quote.find(open, 3) == std::string::npos)
    return quote;
  std::string out = "\xE2\x80\x9C";
  for (size_t i = 0; i < quote.size(); ++i) {
    if (quote.compare(i, 3, "\xE2\x80\x9C") == 0) { out += "\xE2\x80\x98"; i += 2; }       // “ → ‘
    else if (quote.compare(i, 3, "\xE2\x80\x9D") == 0) { out += "\xE2\x80\x99"; i += 2; }  // ” → ’
    else if (quote[i] == '"') out += (i == 0 || quote[i - 1] == ' ') ? "\xE2\x80\x98" : "\xE2\x80\x99";
    else out += quote[i];
  }
  return out + "\xE2\x80\x9D";
}

}  // namespace mm::ui
