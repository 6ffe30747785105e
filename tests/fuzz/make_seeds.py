#!/usr/bin/env python3
"""make_seeds.py — writes the committed seed corpora in tests/fuzz/corpus/ (small files only).

story/: a minimal valid story (pretty and minified) and one input per case of the bad-story
catalogue (tests/unit/bad_stories_test.cpp), scaled down where the catalogue's input is large
(the harness also runs with tiny limits, so a 40-byte string or 5-item array reaches the same
code as the catalogue's 1 MB string or 100,000 events). hash/: URL hashes.

Run from the repository root: /usr/bin/python3 tests/fuzz/make_seeds.py
"""
import copy, json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
MINIMAL = {
    "format": "motive-matrix/story@1", "id": "test-story", "language": "en",
    "title": "Who leaked the call?", "dek": "An article weighs three theories.",
    "framing": "This maps the claims of one opinion article; they are not verified facts.",
    "published": "2025-11-27",
    "sources": [{"id": "article", "title": "Who benefits?", "publisher": "Example Times", "kind": "opinion",
                 "date": "2025-11-26", "url": "https://example.com/article"}],
    "suspects": [
        {"id": "alpha", "name": "Alpha Agency", "short": "Alpha", "summary": "The first theory.",
         "assessment": {"rank": 1, "label": "strongest traction",
                        "evidence": [{"quote": "This has the strongest traction.", "source": "article", "kind": "analysis"}]}},
        {"id": "beta", "name": "Beta Bureau", "short": "Beta", "summary": "The second theory.",
         "assessment": {"rank": 2, "label": "possible",
                        "evidence": [{"quote": "Beta denies it.", "source": "article", "kind": "attributed",
                                      "speaker": "A Beta spokesman"}]}}],
    "motive_groups": [{"id": "politics", "label": "Politics"}],
    "motives": [
        {"id": "embarrass-trump", "label": "Embarrass Trump", "description": "Make the president look bad.", "group": "politics"},
        {"id": "undermine-witkoff", "label": "Undermine Witkoff", "description": "Weaken the envoy."}],
    "links": [
        {"suspect": "alpha", "motive": "embarrass-trump", "strength": 3, "argument": "Alpha wants to embarrass him.",
         "evidence": [{"quote": "It embarrasses the president.", "source": "article", "kind": "analysis"}]},
        {"suspect": "beta", "motive": "undermine-witkoff", "strength": 1, "argument": "Beta might undermine him.",
         "evidence": [{"quote": "Some say so.", "source": "article", "kind": "fact"}]}],
    "events": [
        {"id": "call", "date": "2025-10-14", "kind": "call", "title": "The call", "detail": "Two envoys talk.",
         "evidence": [{"quote": "The call took place on 14 October.", "source": "article", "kind": "fact"}],
         "motives": ["embarrass-trump"], "suspects": ["alpha"]},
        {"id": "leak", "date": "2025-11-25", "kind": "leak", "title": "The leak", "detail": "A transcript appears.",
         "landed_just_as": True, "precision": "day",
         "evidence": [{"quote": "The leak landed just as talks began.", "source": "article", "kind": "fact"}]}],
    "goals": [{"id": "derail-talks", "title": "Derail the talks", "explanation": "Timing matters.",
               "evidence": [{"quote": "The timing is no accident.", "source": "article", "kind": "analysis"}],
               "events": ["leak"], "motives": ["undermine-witkoff"]}],
    "reactions": [{"id": "russia", "party": "Russia", "stance": "calls it hybrid warfare",
                   "evidence": [{"quote": "This is hybrid warfare.", "source": "article", "kind": "attributed",
                                 "speaker": "A Russian official"}]}],
    "notes": [{"text": "Added context.", "date": "2025-11-27"}],
}


def pretty(s): return json.dumps(s, indent=2, ensure_ascii=False).encode()
def compact(s): return json.dumps(s, separators=(",", ":"), ensure_ascii=False).encode()


def mutated(fn):
    s = copy.deepcopy(MINIMAL)
    fn(s)
    return compact(s)


HOSTILE = '<img src=x onerror=alert(1)><script>alert("x")</script>'

def hostile(s):
    def walk(v, key=None):
        if isinstance(v, dict):
            return {k: walk(x, k) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x, key) for x in v]
        if isinstance(v, str) and key in {"title", "dek", "framing", "name", "summary", "label", "quote",
                                          "speaker", "description", "argument", "detail", "explanation",
                                          "party", "stance", "text", "publisher", "author"}:
            return HOSTILE[: 32 if key == "short" else 48]
        return v
    s.update(walk(s))
    s["sources"][0]["url"] = 'https://example.com/"><script>alert(1)</script>'


STORY_SEEDS = {
    "valid-pretty.json": pretty(MINIMAL),
    "valid-compact.json": compact(MINIMAL),
    "empty.json": b"",
    "blank.json": b" \n\t\r\n",
    "not-json.json": b"Who leaked the call?",
    "html-error-page.json": b"<!doctype html>\n<html><body><h1>502 Bad Gateway</h1></body></html>\n",
    "trailing-garbage.json": compact(MINIMAL) + b"\n}",
    "bom.json": b"\xef\xbb\xbf" + compact(MINIMAL),
    "utf16.json": "{\"id\": \"x\"}".encode("utf-16"),
    "top-level-array.json": b"[1, 2]",
    "top-level-null.json": b"null",
    "missing-everything.json": b"{}",
    "wrong-types.json": mutated(lambda s: s.update(title=5, dek=None, framing=[], suspects={})),
    "empty-arrays.json": mutated(lambda s: s.update(sources=[], suspects=[], motives=[], events=[])),
    "duplicate-ids.json": mutated(lambda s: s["motives"].append(copy.deepcopy(s["motives"][0]))),
    "unknown-ids.json": mutated(lambda s: s["links"][0].update(motive="embarass-trump")),
    "impossible-date.json": mutated(lambda s: s["events"][1].update(date="2025-02-30")),
    "out-of-order.json": mutated(lambda s: s["events"].reverse()),
    "unknown-field.json": mutated(lambda s: s["suspects"][0].update(colour="red")),
    "invalid-utf8.json": compact(MINIMAL).replace(b"Alpha Agency", b"Al\xffha Agency"),
    "control-char.json": compact(MINIMAL).replace(b"The first theory.", b"The\x01first theory."),
    "escaped-controls.json": mutated(lambda s: s.update(title="a\u0000b\u001fc\u007f")),
    "long-string.json": mutated(lambda s: s["suspects"][0].update(summary="x" * 2000)),
    "deep-nesting.json": b'{"x": ' + b"[" * 200 + b"]" * 200 + b"}",
    "many-items.json": mutated(lambda s: s.update(notes=[{"text": "n%d" % i} for i in range(8)])),
    "html-everywhere.json": mutated(hostile),
    "many-errors.json": mutated(lambda s: s["events"][0].update(suspects=["ghost-%d" % i for i in range(60)])),
    "surrogates.json": b'{"title": "\\ud800", "dek": "\\ud83d\\ude00"}',
    "huge-number.json": mutated(lambda s: s["links"][0].update(strength=1e300)),
    "extreme-dates.json": mutated(lambda s: (s["events"][0].update(date="0000-01-01"),
                                             s["events"][1].update(date="9999-12-31"))),
    "duplicate-key.json": compact(MINIMAL).replace(b'"dek":', b'"dek":"first","dek":', 1),
}

HASH_SEEDS = ["#cell=alpha:m1", "#suspect=b-2", "#motive=embarrass-trump", "#event=leak", "#goal=g",
              "#reaction=russia", "cell=alpha:m1", "#cell=a%3Ab:m%3A1", "#suspect=100%25",
              "#motive=%C3%A9t%C3%A9", "#event=%FF", "#cell=alpha:m1:x", "#event=%", "#", "",
              "#cell=%23x%3Dy:dup", "#goal=g%2F1"]


def write(folder, name, data):
    path = os.path.join(ROOT, "corpus", folder, name)
    assert len(data) <= 100_000, name
    with open(path, "wb") as f:
        f.write(data)


for folder in ("story", "hash"):
    shutil.rmtree(os.path.join(ROOT, "corpus", folder), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "corpus", folder))
for name, data in STORY_SEEDS.items():
    write("story", name, data)
for i, h in enumerate(HASH_SEEDS):
    write("hash", "hash-%02d" % i, h.encode())
print("wrote %d story seeds and %d hash seeds" % (len(STORY_SEEDS), len(HASH_SEEDS)))
