// text_version.h — the story as semantic HTML: "the text version".
//
// The explainer draws on a canvas, which screen readers, search engines, reader modes and
// printers cannot see. The text version says everything the canvas shows, in plain HTML: the
// title, framing and sources; a key to the strength words and evidence kinds; the suspect ×
// motive matrix as a real <table>; every link's argument and quotes; the motives; the "why now"
// timeline; the goals and the reactions; and every editor's note, marked as such.
//
// The writer is in core/html/: html_writer (escaping, ids, headings), text_version.cpp (the
// sections) and text_version_blocks.cpp (quotes, notes, dates).
// It is written into the page when publishing (`motive-matrix html`, scripts/lib/publish.mjs)
// and can be produced in the browser for a story loaded at run time. Plain C++17: no exceptions
// thrown, no I/O, linear in the size of the story plus the matrix (suspects × motives), give or
// take one sort of the links.
//
// Output contract (tests/unit/text_version_test.cpp):
//   - an HTML fragment: one <article class="mm-t" lang="…">; no <html>, <body>, scripts or
//     inline styles; class names start with "mm-t-" so the page can style them;
//   - every story string is escaped for text and attribute contexts (& < > " ');
//   - headings never skip a level: title h(1+offset), sections h(2+offset), items h(3+offset);
//   - every href="#…" it writes points at an id it writes.
#pragma once

#include <string>

#include "core/story.h"

namespace mm {

struct TextVersionOptions {
  // 0 = the title is an <h1>; 1 = <h2> (for a page that has its own <h1>) … Clamped to [0, 3]
  // so that the deepest heading is at most <h6>.
  int heading_level_offset = 0;
  // The suspect × motive <table> (and the "at a glance" section around it).
  bool include_matrix_table = true;
  // Prefix of every id attribute (and so of every in-page href), e.g. "mm-t-link-<s>-<m>".
  // Class names always start with "mm-t-", whatever this is.
  std::string id_prefix = "mm-t-";
};

// The story as an HTML fragment. The story should be one LoadStory accepted (resolved indices);
// out-of-range indices are skipped rather than trusted.
std::string RenderTextVersion(const Story& story, const TextVersionOptions& options = {});

// `text` escaped for HTML text and double- or single-quoted attribute values: & < > " ' become
// entities; C0 control characters other than tab, line feed and carriage return (which HTML does
// not allow) are dropped.
std::string EscapeHtml(const std::string& text);

}  // namespace mm
