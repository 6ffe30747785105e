// url_hash.h — the one URL-hash form of a selection, written and parsed.
#pragma once

#include <string>
#include <string_view>

#include "core/evidence_lens.h"
#include "core/story.h"
#include "core/view/selection.h"

namespace mm {

// URL hash: "#cell=<suspect>:<motive>", "#suspect=<id>", "#motive=<id>", "#event=<id>",
// "#goal=<id>", "#reaction=<id>"; "" for None. Parsing accepts with or without the leading '#',
// and returns None for anything unknown or malformed (never fails).
std::string SelectionToHash(const Story& story, const Selection& sel);
Selection SelectionFromHash(const Story& story, std::string_view hash);

// The hash of what a URL restores: the selection and the evidence lens, joined by '&'
// ("#cell=a:b&lens=facts", "#lens=analysis", "#event=leak"; "" for nothing selected under all
// evidence). Parsing reads each '&'-separated part on its own: a lens it cannot read is all
// evidence; an unknown part, or a second selection, is nothing at all (as SelectionFromHash has
// always answered), which is also what SelectionFromHash returns.
struct HashView {
  Selection selection;
  Lens lens = Lens::All;
  int step = 0;  // a guided tour's step, 1-based ("step=3"); 0 for none
};
std::string ViewToHash(const Story& story, const Selection& sel, Lens lens);
HashView ViewFromHash(const Story& story, std::string_view hash);

// A guided tour's step (1-based) with the lens: "#step=3", "#step=3&lens=facts". StepFromHash
// returns 0 for a hash without a step, and for a step the story's tour does not have (such a hash
// names nothing at all).
std::string StepToHash(int step, Lens lens = Lens::All);
int StepFromHash(const Story& story, std::string_view hash);

}  // namespace mm
