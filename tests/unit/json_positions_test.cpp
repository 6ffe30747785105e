// json_positions_test.cpp — pointer → offset mapping, offset → line:column, and the depth guard.
#include "core/load/json_positions.h"

#include <random>
#include <string>

#include <gtest/gtest.h>

namespace mm {
namespace {

size_t OffsetOf(const std::string& text, const std::string& needle) {
  const size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return at;
}

TEST(LineIndex, CountsLinesAndByteColumnsFromOne) {
  const std::string text = "ab\ncd\r\nef\rgh";
  const LineIndex lines(text);
  EXPECT_EQ(lines.At(0).line, 1);
  EXPECT_EQ(lines.At(0).column, 1);
  EXPECT_EQ(lines.At(1).column, 2);
  EXPECT_EQ(lines.At(2).line, 1);  // the "\n" itself ends line 1
  EXPECT_EQ(lines.At(2).column, 3);
  EXPECT_EQ(lines.At(3).line, 2);
  EXPECT_EQ(lines.At(3).column, 1);
  EXPECT_EQ(lines.At(5).line, 2);  // "\r" of "\r\n"
  EXPECT_EQ(lines.At(6).line, 2);  // "\n" of "\r\n": one line break, not two
  EXPECT_EQ(lines.At(7).line, 3);
  EXPECT_EQ(lines.At(7).column, 1);
  EXPECT_EQ(lines.At(10).line, 4);  // after a lone "\r"
  EXPECT_EQ(lines.At(10).column, 1);
}

TEST(LineIndex, ColumnsCountBytesNotCharacters) {
  const std::string text = "\"\xC3\xA9\xC3\xA9\" x";  // "éé" x
  EXPECT_EQ(LineIndex(text).At(text.find('x')).column, 8);
}

TEST(LineIndex, OffsetsPastTheEndPointJustAfterTheLastByte) {
  const LineIndex lines("ab\ncd");
  EXPECT_EQ(lines.At(5).line, 2);
  EXPECT_EQ(lines.At(5).column, 3);
  EXPECT_EQ(lines.At(999).column, 3);
  EXPECT_EQ(lines.At(kUnknownOffset).line, 0);
  EXPECT_EQ(LineIndex("").At(0).line, 1);
}

TEST(JsonPointer, EscapesTildeAndSlash) {
  EXPECT_EQ(JsonPointerChild("", "a/b~c"), "/a~1b~0c");
  EXPECT_EQ(JsonPointerChild("/x", 3), "/x/3");
  EXPECT_EQ(JsonPointerChild("", ""), "/");
}

TEST(JsonPositions, MapsValuesAndKeysOfNestedObjectsAndArrays) {
  const std::string text = R"({
  "title": "T",
  "links": [
    {"suspect": "a", "evidence": [{"quote": "q"}]},
    {"suspect": "b", "strength": 2}
  ],
  "empty": [],
  "flag": true, "n": -1.5e3, "z": null
})";
  const JsonPositions p = JsonPositions::Scan(text);
  EXPECT_EQ(p.ValueOffset(""), 0u);
  EXPECT_EQ(p.KeyOffset(""), kUnknownOffset);
  EXPECT_EQ(p.ValueOffset("/title"), OffsetOf(text, "\"T\""));
  EXPECT_EQ(p.KeyOffset("/title"), OffsetOf(text, "\"title\""));
  EXPECT_EQ(p.ValueOffset("/links"), OffsetOf(text, "[\n"));
  EXPECT_EQ(p.ValueOffset("/links/0"), OffsetOf(text, "{\"suspect\": \"a\""));
  EXPECT_EQ(p.KeyOffset("/links/0"), kUnknownOffset);  // array items have no key
  EXPECT_EQ(p.ValueOffset("/links/0/evidence/0/quote"), OffsetOf(text, "\"q\""));
  EXPECT_EQ(p.ValueOffset("/links/1/suspect"), OffsetOf(text, "\"b\""));
  EXPECT_EQ(p.ValueOffset("/links/1/strength"), OffsetOf(text, "2}"));
  EXPECT_EQ(p.ValueOffset("/empty"), OffsetOf(text, "[]"));
  EXPECT_EQ(p.ValueOffset("/empty/0"), kUnknownOffset);
  EXPECT_EQ(p.ValueOffset("/flag"), OffsetOf(text, "true"));
  EXPECT_EQ(p.ValueOffset("/n"), OffsetOf(text, "-1.5e3"));
  EXPECT_EQ(p.ValueOffset("/z"), OffsetOf(text, "null"));
  EXPECT_EQ(p.ValueOffset("/links/2"), kUnknownOffset);
  EXPECT_EQ(p.size(), 15u);
}

TEST(JsonPositions, StringsWithBracketsAndEscapedQuotesDoNotConfuseTheScan) {
  const std::string text = R"({"a": "[{\"\\", "b": ["x,]", "}"], "c": 1})";
  const JsonPositions p = JsonPositions::Scan(text);
  EXPECT_EQ(p.ValueOffset("/b/1"), OffsetOf(text, "\"}\""));
  EXPECT_EQ(p.ValueOffset("/c"), OffsetOf(text, "1}"));
}

TEST(JsonPositions, KeysAreDecodedAndEscapedAsPointerTokens) {
  const std::string text = R"({"na\u006de": 1, "a/b": 2, "m~n": 3, "\u00e9": 4, "\ud83d\ude00": 5, "q\"": 6})";
  const JsonPositions p = JsonPositions::Scan(text);
  EXPECT_EQ(p.ValueOffset("/name"), OffsetOf(text, "1,"));
  EXPECT_EQ(p.ValueOffset("/a~1b"), OffsetOf(text, "2,"));
  EXPECT_EQ(p.ValueOffset("/m~0n"), OffsetOf(text, "3,"));
  EXPECT_EQ(p.ValueOffset("/\xC3\xA9"), OffsetOf(text, "4,"));
  EXPECT_EQ(p.ValueOffset("/\xF0\x9F\x98\x80"), OffsetOf(text, "5,"));
  EXPECT_EQ(p.ValueOffset("/q\""), OffsetOf(text, "6}"));
}

TEST(JsonPositions, DuplicateKeysPointAtTheLastOneLikeTheParsedValue) {
  const std::string text = R"({"a": 1, "b": {"c": 2}, "a": 3})";
  const JsonPositions p = JsonPositions::Scan(text);
  ASSERT_EQ(p.duplicate_keys().size(), 1u);
  EXPECT_EQ(p.duplicate_keys()[0], "/a");
  EXPECT_EQ(p.ValueOffset("/a"), OffsetOf(text, "3}"));
  EXPECT_EQ(p.KeyOffset("/a"), text.rfind("\"a\""));
}

TEST(JsonPositions, NearestValueOffsetFallsBackToTheClosestAncestor) {
  const std::string text = R"({"s": [{"id": "x"}]})";
  const JsonPositions p = JsonPositions::Scan(text);
  EXPECT_EQ(p.NearestValueOffset("/s/0/name"), OffsetOf(text, "{\"id\""));
  EXPECT_EQ(p.NearestValueOffset("/s/7/a/b"), OffsetOf(text, "[{"));
  EXPECT_EQ(p.NearestValueOffset("/nothing"), 0u);
  EXPECT_EQ(p.NearestValueOffset("no-slash"), 0u);
}

TEST(JsonPositions, HundredThousandDeepNestingStopsFastAtTheLimitWithItsPath) {
  const std::string text(100000, '[');
  const JsonPositions p = JsonPositions::Scan(text, 32);
  ASSERT_TRUE(p.too_deep().has_value());
  EXPECT_EQ(p.too_deep()->offset, 32u);  // the 33rd "["
  EXPECT_EQ(p.too_deep()->depth, 33u);
  std::string expected_path;
  for (int i = 0; i < 32; ++i) expected_path += "/0";
  EXPECT_EQ(p.too_deep()->path, expected_path);
}

TEST(JsonPositions, NestingExactlyAtTheLimitIsAccepted) {
  const std::string ok = std::string(32, '[') + std::string(32, ']');
  EXPECT_FALSE(JsonPositions::Scan(ok, 32).too_deep().has_value());
  const std::string deep = R"({"a": {"b": [1, {"c": []}]}})";  // 5 levels: {, {, [, {, [
  EXPECT_FALSE(JsonPositions::Scan(deep, 5).too_deep().has_value());
  EXPECT_TRUE(JsonPositions::Scan(deep, 4).too_deep().has_value());
  const JsonPositions p = JsonPositions::Scan(deep, 3);
  ASSERT_TRUE(p.too_deep().has_value());
  EXPECT_EQ(p.too_deep()->path, "/a/b/1");
  EXPECT_EQ(p.too_deep()->offset, OffsetOf(deep, "{\"c\""));
}

TEST(FindNestingTooDeep, AgreesWithTheFullScanOnPathAndOffset) {
  const std::string text = R"({"a/b": [1, {"k\u0065y": [[{}]]}]})";  // six levels
  for (size_t limit = 0; limit <= 7; ++limit) {
    SCOPED_TRACE(limit);
    const auto quick = FindNestingTooDeep(text, limit);
    const auto full = JsonPositions::Scan(text, limit).too_deep();
    ASSERT_EQ(quick.has_value(), full.has_value());
    if (quick) {
      EXPECT_EQ(quick->path, full->path);
      EXPECT_EQ(quick->offset, full->offset);
      EXPECT_EQ(quick->depth, limit + 1);
    }
  }
  EXPECT_EQ(FindNestingTooDeep(text, 4)->path, "/a~1b/1/key/0");
  EXPECT_FALSE(FindNestingTooDeep(text, 6).has_value());
}

TEST(FindNestingTooDeep, HundredThousandDeepObjectsAndArrays) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "{\"k\":[";
  const auto deep = FindNestingTooDeep(text, 32);
  ASSERT_TRUE(deep.has_value());
  EXPECT_EQ(deep->offset, 16u * 6);  // 16 pairs of "{\"k\":[" open levels 1–32
  EXPECT_EQ(deep->path.substr(0, 8), "/k/0/k/0");
}

TEST(JsonPositions, ArbitraryBytesNeverCrashOrHang) {
  std::mt19937 random(12345);
  const std::string alphabet = "{}[]:,\"\\ abc01-\n\xC3\xFF";
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 64, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    const JsonPositions p = JsonPositions::Scan(text, 8);
    const auto quick = FindNestingTooDeep(text, 8);
    ASSERT_EQ(quick.has_value(), p.too_deep().has_value()) << text;
    (void)p.ValueOffset("/0");
    (void)p.NearestValueOffset("/a/b/c");
  }
  // Unterminated strings and escapes at the very end.
  EXPECT_EQ(JsonPositions::Scan("{\"abc").size(), 1u);
  EXPECT_EQ(JsonPositions::Scan("[\"a\\").size(), 2u);
  EXPECT_EQ(JsonPositions::Scan("{\"a\\u12").size(), 1u);
}

}  // namespace
}  // namespace mm
