// html_writer.cpp — HTML escaping and the tag primitives of HtmlWriter (html_writer.h).
#include "core/html/html_writer.h"

#include <algorithm>
#include <utility>

namespace mm::html {
namespace {

// What each byte becomes: nullptr = itself; "" = dropped (control characters HTML forbids);
// otherwise the entity. Built once; a table lookup keeps the common path (no escaping) tight.
struct EscapeTable {
  const char* entity[256] = {};
  EscapeTable() {
    for (int c = 0; c < 0x20; ++c) entity[c] = "";
    entity[static_cast<unsigned char>('\t')] = nullptr;
    entity[static_cast<unsigned char>('\n')] = nullptr;
    entity[static_cast<unsigned char>('\r')] = nullptr;
    entity[0x7f] = "";
    entity[static_cast<unsigned char>('&')] = "&amp;";
    entity[static_cast<unsigned char>('<')] = "&lt;";
    entity[static_cast<unsigned char>('>')] = "&gt;";
    entity[static_cast<unsigned char>('"')] = "&quot;";
    entity[static_cast<unsigned char>('\'')] = "&#39;";
  }
};

}  // namespace

void AppendEscaped(std::string& out, std::string_view s) {
  static const EscapeTable table;
  size_t run = 0;  // start of the current run of bytes that need no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    const char* entity = table.entity[static_cast<unsigned char>(s[i])];
    if (!entity) continue;
    out.append(s.data() + run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
}

HtmlWriter::HtmlWriter(std::string id_prefix, int heading_level_offset)
    : id_prefix_(std::move(id_prefix)), offset_(std::clamp(heading_level_offset, 0, 3)) {}

void HtmlWriter::IdValue(std::string_view kind, std::string_view id) {
  Text(id_prefix_);
  Raw(kind);
  if (!id.empty()) {
    Raw("-");
    Text(id);
  }
}

void HtmlWriter::IdAttr(std::string_view kind, std::string_view id) {
  Raw(" id=\"");
  IdValue(kind, id);
  Raw("\"");
}

void HtmlWriter::HrefOpen(std::string_view kind, std::string_view id) {
  Raw("<a href=\"#");
  IdValue(kind, id);
  Raw("\">");
}

void HtmlWriter::HeadingOpen(int depth, std::string_view id_kind, std::string_view id) {
  out_ += "<h";
  out_ += static_cast<char>('1' + offset_ + depth);
  if (!id_kind.empty()) IdAttr(id_kind, id);
  Raw(">");
}

void HtmlWriter::HeadingClose(int depth) {
  out_ += "</h";
  out_ += static_cast<char>('1' + offset_ + depth);
  Raw(">\n");
}

void HtmlWriter::Label(std::string_view words) {
  Raw("<span class=\"mm-t-label\">");
  Text(words);
  Raw("</span> ");
}

}  // namespace mm::html
