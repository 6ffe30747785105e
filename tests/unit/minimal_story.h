// minimal_story.h — the smallest valid story that uses every part of the format, shared by the
// loader's tests and the bad-story catalogue (each test mutates a copy with nlohmann). It keeps
// the first format's names ("call", "leak", "landed_just_as") on purpose: every loader test then
// also proves that older files load unchanged (docs/story-format.md, "Older files").
#pragma once

namespace mm::test {

inline constexpr const char* kMinimalStory = R"({
  "$schema": "../story.schema.json",
  "format": "motive-matrix/story@1",
  "id": "test-story",
  "language": "en",
  "title": "Who leaked the call?",
  "dek": "An article weighs three theories.",
  "framing": "This maps the claims of one opinion article; they are not verified facts.",
  "published": "2025-11-27",
  "sources": [
    {"id": "article", "title": "Who benefits?", "publisher": "Example Times", "kind": "opinion",
     "date": "2025-11-26", "url": "https://example.com/article"}
  ],
  "suspects": [
    {"id": "alpha", "name": "Alpha Agency", "short": "Alpha", "summary": "The first theory.",
     "assessment": {"rank": 1, "label": "strongest traction",
                    "evidence": [{"quote": "This has the strongest traction.", "source": "article", "kind": "analysis"}]}},
    {"id": "beta", "name": "Beta Bureau", "short": "Beta", "summary": "The second theory.",
     "assessment": {"rank": 2, "label": "possible",
                    "evidence": [{"quote": "Beta denies it.", "source": "article", "kind": "attributed", "speaker": "A Beta spokesman"}]}}
  ],
  "motive_groups": [{"id": "politics", "label": "Politics"}],
  "motives": [
    {"id": "embarrass-trump", "label": "Embarrass Trump", "description": "Make the president look bad.", "group": "politics"},
    {"id": "undermine-witkoff", "label": "Undermine Witkoff", "description": "Weaken the envoy."}
  ],
  "links": [
    {"suspect": "alpha", "motive": "embarrass-trump", "strength": 3, "argument": "Alpha wants to embarrass him.",
     "evidence": [{"quote": "It embarrasses the president.", "source": "article", "kind": "analysis"}]},
    {"suspect": "beta", "motive": "undermine-witkoff", "strength": 1, "argument": "Beta might undermine him.",
     "evidence": [{"quote": "Some say so.", "source": "article", "kind": "fact"}]}
  ],
  "events": [
    {"id": "call", "date": "2025-10-14", "kind": "call", "title": "The call", "detail": "Two envoys talk.",
     "evidence": [{"quote": "The call took place on 14 October.", "source": "article", "kind": "fact"}],
     "motives": ["embarrass-trump"], "suspects": ["alpha"]},
    {"id": "leak", "date": "2025-11-25", "kind": "leak", "title": "The leak", "detail": "A transcript appears.",
     "landed_just_as": true,
     "evidence": [{"quote": "The leak landed just as talks began.", "source": "article", "kind": "fact"}]}
  ],
  "goals": [
    {"id": "derail-talks", "title": "Derail the talks", "explanation": "Timing matters.",
     "evidence": [{"quote": "The timing is no accident.", "source": "article", "kind": "analysis"}],
     "events": ["leak"], "motives": ["undermine-witkoff"]}
  ],
  "reactions": [
    {"id": "russia", "party": "Russia", "stance": "calls it hybrid warfare",
     "evidence": [{"quote": "This is hybrid warfare.", "source": "article", "kind": "attributed", "speaker": "A Russian official"}]}
  ],
  "notes": [{"text": "Added context.", "date": "2025-11-27"}]
})";

}  // namespace mm::test
