// matrix_csv.h — the story's suspect × motive matrix as CSV, for the page's "Get the data" link.
//
// One row per suspect × motive pair, suspects then motives in the story's order, so a spreadsheet
// can filter or pivot it; a pair the source does not argue has an empty strength and 0 quotes:
//   suspect_id,suspect,motive_id,motive,strength,strength_word,quotes
//   europe-lobby,The pro-Ukraine … lobby in Europe,embarrass-trump,Embarrass Trump,3,strong,2
// The header names are field names, like the story format's keys (docs/story-format.md); the
// strength word is the interface language's (wording.h). RFC 4180: CRLF line ends, a field with
// a comma, quote, CR or LF in double quotes with its quotes doubled; UTF-8 without a byte-order
// mark. Read back by core/import/csv.h in the unit test.
#pragma once

#include <string>

#include "core/story.h"

namespace mm {

std::string MatrixCsv(const Story& story);

}  // namespace mm
