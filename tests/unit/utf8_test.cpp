// utf8_test.cpp — core/utf8: strict decoding, encoding, counting and describing characters.
#include "core/utf8.h"

#include <gtest/gtest.h>

#include "core/ascii.h"

namespace mm {
namespace {

TEST(Utf8, DecodesEveryLengthAndEncodesItBack) {
  for (const char32_t c : {U'a', U'é', U'Ж', U'“', U'€', U'😀', U'\U0010FFFF'}) {
    std::string text;
    AppendUtf8(text, c);
    const Utf8Char d = DecodeUtf8(text, 0);
    EXPECT_TRUE(d.valid) << std::hex << static_cast<unsigned>(c);
    EXPECT_EQ(d.codepoint, c);
    EXPECT_EQ(d.length, text.size());
    EXPECT_EQ(Utf8SequenceLength(text, 0), text.size());
  }
}

TEST(Utf8, RejectsOverlongSurrogatesTruncatedAndPastTheLastCodePoint) {
  for (const std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82",
                                "\xC3\x28", "\x80", "\xFF"}) {
    const Utf8Char d = DecodeUtf8(bad, 0);
    EXPECT_FALSE(d.valid) << bad;
    EXPECT_EQ(d.length, 1u) << "an invalid byte is taken alone, so a loop always advances";
    EXPECT_EQ(d.codepoint, static_cast<unsigned char>(bad[0])) << "and reads as its own value";
    EXPECT_EQ(Utf8SequenceLength(bad, 0), 0u);
  }
}

TEST(Utf8, NextCodepointWalksAStringOnceWhateverItHolds) {
  const std::string text = "a\xC3\xA9\xFF\xE2\x82";
  std::u32string seen;
  for (size_t i = 0; i < text.size();) seen += NextCodepoint(text, i);
  EXPECT_EQ(seen, (std::u32string{U'a', U'é', 0xFF, 0xE2, 0x82}));
}

TEST(Utf8, CountsCharactersAndDescribesThemForMessages) {
  EXPECT_EQ(CountCharacters("Ушаков — ok"), 11u);
  EXPECT_EQ(DescribeCharacterAt("x", 0), "'x'");
  EXPECT_EQ(DescribeCharacterAt("\x01", 0), "control character U+0001");
  EXPECT_EQ(DescribeCharacterAt("\xC3\xA9", 0), "'é'");
  EXPECT_EQ(DescribeCharacterAt("\xE9h", 0), "byte 0xE9 (not UTF-8)");
  EXPECT_EQ(DescribeCharacterAt("x", 1), "end of file");
}

TEST(Utf8, ToValidUtf8KeepsCharactersAndReplacesEveryStrayByte) {
  EXPECT_EQ(ToValidUtf8("caf\xC3\xA9 \xE2\x80\x94 ok"), "caf\xC3\xA9 \xE2\x80\x94 ok");
  EXPECT_EQ(ToValidUtf8("ab\xC8"), "ab\xEF\xBF\xBD");                      // ends inside a character
  EXPECT_EQ(ToValidUtf8("\xC8\xDD"), "\xEF\xBF\xBD\xEF\xBF\xBD");            // a lead byte, then no continuation
  EXPECT_EQ(ToValidUtf8("\xED\xA0\x80x"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx");  // an encoded surrogate
  EXPECT_EQ(ToValidUtf8(""), "");
}

TEST(Ascii, HexDigitsBlanksAndPrefixes) {
  EXPECT_EQ(HexValue('7'), 7);
  EXPECT_EQ(HexValue('b'), 11);
  EXPECT_EQ(HexValue('F'), 15);
  EXPECT_EQ(HexValue('g'), -1);
  EXPECT_TRUE(IsBlank(" \t\r\n"));
  EXPECT_TRUE(IsBlank(""));
  EXPECT_FALSE(IsBlank(" x "));
  EXPECT_TRUE(StartsWith("https://x", "https://"));
  EXPECT_FALSE(StartsWith("http", "https://"));
}

}  // namespace
}  // namespace mm
