// text_version_tour.cpp — the guided tour in the text version: its steps in order, each with its
// caption, a link to what it points at, and its question for students.
#include "core/html/text_version_writer.h"
#include "core/tour.h"

namespace mm::html {

void TextVersionWriter::Tour() {
  if (s_.tour.empty()) return;
  Raw("<section class=\"mm-t-tour\">\n");
  HeadingOpen(1, "tour", {});
  Say(w_("tour.heading"));
  HeadingClose(1);
  Raw("<p>");
  Say(w_("tour.intro"));
  Raw("</p>\n<ol class=\"mm-t-tour-steps\">\n");
  for (size_t i = 0; i < s_.tour.size(); ++i) {
    const TourStep& step = s_.tour[i];
    Raw("<li");
    IdAttr("step", std::to_string(i + 1));
    Raw("><p>");
    Text(step.caption);
    Raw("</p>\n");
    // What it points at, linked to where the text version tells it (a cell: its link's section,
    // if the sources argue the pair; otherwise only named).
    const Selection target = TourTarget(s_, static_cast<int>(i));
    const char* kind = nullptr;
    std::string id, name;
    switch (target.kind) {
      case SelectionKind::Cell: {
        const int li = s_.LinkAt(target.index, target.motive);
        if (li >= 0 && InRange(li, link_anchor_)) {
          kind = "link";
          id = link_anchor_[static_cast<size_t>(li)];
        }
        name = w_("tour.cell", {{"suspect", s_.suspects[static_cast<size_t>(target.index)].name},
                                {"motive", s_.motives[static_cast<size_t>(target.motive)].label}});
        break;
      }
      case SelectionKind::Suspect: kind = "suspect"; id = s_.suspects[static_cast<size_t>(target.index)].id;
        name = s_.suspects[static_cast<size_t>(target.index)].name; break;
      case SelectionKind::Motive: kind = "motive"; id = s_.motives[static_cast<size_t>(target.index)].id;
        name = s_.motives[static_cast<size_t>(target.index)].label; break;
      case SelectionKind::Event: kind = "event"; id = s_.events[static_cast<size_t>(target.index)].id;
        name = s_.events[static_cast<size_t>(target.index)].title; break;
      case SelectionKind::Goal: kind = "goal"; id = s_.goals[static_cast<size_t>(target.index)].id;
        name = s_.goals[static_cast<size_t>(target.index)].title; break;
      case SelectionKind::Reaction: kind = "reaction"; id = s_.reactions[static_cast<size_t>(target.index)].id;
        name = s_.reactions[static_cast<size_t>(target.index)].party; break;
      case SelectionKind::None: break;
    }
    if (!name.empty()) {
      Raw("<p class=\"mm-t-related\">");
      Say(w_("tour.shows"));
      Text(colon_);
      if (kind) HrefOpen(kind, id);
      Text(name);
      if (kind) Raw("</a>");
      Raw(".</p>\n");
    }
    if (!step.question.empty()) {
      Raw("<p class=\"mm-t-question\">");
      Say(w_("tour.question", {{"question", step.question}}));
      Raw("</p>\n");
    }
    Raw("</li>\n");
  }
  Raw("</ol>\n</section>\n");
}

}  // namespace mm::html
