// html_writer.h — an HTML fragment written into one string: escaping, ids, links and headings.
//
// Story strings go through Text() (escaped for text and attribute values alike); only literals
// of the calling code go through Raw(). Ids are "<prefix><kind>-<id>", so that a page can hold
// two fragments (or its own ids) without clashes, and every href="#…" is built the same way as
// the id it points at.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mm::html {

// Appends `text` escaped as EscapeHtml (text_version.h) describes.
void AppendEscaped(std::string& out, std::string_view text);

class HtmlWriter {
 public:
  // heading_level_offset: 0 = depth 0 is an <h1>; clamped to [0, 3] so the deepest is an <h6>.
  HtmlWriter(std::string id_prefix, int heading_level_offset);

  void Raw(std::string_view literal) { out_ += literal; }
  void Text(std::string_view text) { AppendEscaped(out_, text); }
  // The value of an id: "<prefix><kind>-<id>", or "<prefix><kind>" for an empty id; escaped.
  void IdValue(std::string_view kind, std::string_view id);
  void IdAttr(std::string_view kind, std::string_view id);    // ` id="…"`
  void HrefOpen(std::string_view kind, std::string_view id);  // `<a href="#…">`
  // depth 0: the title; 1: sections; 2: items within a section. With an id kind, the heading
  // carries IdAttr(id_kind, id).
  void HeadingOpen(int depth, std::string_view id_kind = {}, std::string_view id = {});
  void HeadingClose(int depth);
  // `<span class="mm-t-label">Suspect:</span> ` before a heading's name.
  void Label(std::string_view words);

  void Reserve(size_t bytes) { out_.reserve(bytes); }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  std::string id_prefix_;
  int offset_;
};

}  // namespace mm::html
