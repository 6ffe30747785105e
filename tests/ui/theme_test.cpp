// theme_test.cpp — both themes meet WCAG AA contrast: text ≥ 4.5:1 on every background it is
// drawn on, marks (strength glyphs, evidence marks, event markers) ≥ 3:1.
#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>

#include "ui/theme.h"

namespace mm::ui {
namespace {

double Channel(uint32_t c, int shift) {
  const double v = ((c >> shift) & 0xFF) / 255.0;
  return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}
double Luminance(uint32_t abgr) { return 0.2126 * Channel(abgr, 0) + 0.7152 * Channel(abgr, 8) + 0.0722 * Channel(abgr, 16); }
double Contrast(uint32_t a, uint32_t b) {
  const double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void CheckPalette(const char* name) {
  const Palette& p = Colors();
  struct { const char* what; uint32_t bg; } backgrounds[] = {
      {"page", p.page}, {"card", p.card}, {"highlight", p.highlight}, {"hovered card", p.card_hover}};
  for (const auto& bg : backgrounds) {
    EXPECT_GE(Contrast(p.ink, bg.bg), 4.5) << name << ": ink on " << bg.what;
    EXPECT_GE(Contrast(p.ink_secondary, bg.bg), 4.5) << name << ": secondary ink on " << bg.what;
    for (uint32_t mark : {p.accent, p.fact, p.attributed, p.analysis, p.not_argued, p.act})
      EXPECT_GE(Contrast(mark, bg.bg), 3.0) << name << ": a mark on " << bg.what;
  }
  EXPECT_GE(Contrast(p.ink_muted, p.page), 4.5) << name << ": muted ink on the page";
  EXPECT_GE(Contrast(p.ink, p.note_bg), 4.5) << name << ": editor's note text";
  EXPECT_GE(Contrast(p.ink, p.accent_soft), 4.5) << name << ": framing note text";
}

TEST(Theme, LightMeetsContrast) {
  ImGui::CreateContext();
  SetTheme(ThemeDesc{});
  CheckPalette("light");
  ImGui::DestroyContext();
}

TEST(Theme, DarkMeetsContrast) {
  ImGui::CreateContext();
  ThemeDesc d;
  d.dark = true;
  SetTheme(d);
  CheckPalette("dark");
  SetTheme(ThemeDesc{});
  ImGui::DestroyContext();
}

TEST(Theme, AccentOverrideIsApplied) {
  ThemeDesc d;
  d.has_accent = true;
  d.accent_rgb = 0xC0392B;
  SetTheme(d);
  EXPECT_EQ(Colors().accent, 0xFF2B39C0u);  // ImGui's ABGR order
  SetTheme(ThemeDesc{});
  EXPECT_NE(Colors().accent, 0xFF2B39C0u);
}

}  // namespace
}  // namespace mm::ui
