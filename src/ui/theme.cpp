// theme.cpp — the light and dark palettes, an embedding page's accent mixed in, and ImGui's style set from them.
#include "ui/theme.h"

#include <imgui.h>

namespace mm::ui {
namespace {
constexpr uint32_t Rgb(uint32_t hex, uint32_t alpha = 255) {
  return ((hex >> 16) & 0xFF) | (hex & 0xFF00) | ((hex & 0xFF) << 16) | (alpha << 24);
}
ImVec4 V(uint32_t c) { return ImGui::ColorConvertU32ToFloat4(c); }
}  // namespace

namespace {
Palette g_palette;
ThemeDesc g_theme;

Palette LightPalette() {
  // Contrast on white (#FFFFFF), measured with the WCAG formula: ink 17.4, secondary 7.5,
  // muted 4.6, accent 8.9, fact 6.9, attributed 5.6, analysis 7.9; the not-argued mark 3.6 (≥ 3:1 for marks).
  const Palette p = {
      /*page*/ Rgb(0xFFFFFF), /*card*/ Rgb(0xF5F3EF), /*card_hover*/ Rgb(0xECE8E1),
      /*rule*/ Rgb(0xD6D0C6), /*ink*/ Rgb(0x1A1A1A), /*ink_secondary*/ Rgb(0x52504C),
      /*ink_muted*/ Rgb(0x737069), /*accent*/ Rgb(0x1D4F7C), /*accent_soft*/ Rgb(0xDCE7F1),
      /*highlight*/ Rgb(0xFFF0B3), /*highlight_rule*/ Rgb(0xC99A00), /*selection*/ Rgb(0x1D4F7C),
      /*fact*/ Rgb(0x1F6B45), /*attributed*/ Rgb(0x9A4A00), /*analysis*/ Rgb(0x5B3A8E),
      /*note_bg*/ Rgb(0xFFF6DC), /*note_rule*/ Rgb(0xB07D00), /*not_argued*/ Rgb(0x8A857C),
      /*act*/ Rgb(0xA3201B),
  };
  return p;
}

Palette DarkPalette() {
  // Contrast on #121417: ink 16.9, secondary 9.4, muted 6.4, accent 8.2, fact 8.9,
  // attributed 8.6, analysis 7.6, not-argued mark 5.0.
  return Palette{
      /*page*/ Rgb(0x121417), /*card*/ Rgb(0x1E2227), /*card_hover*/ Rgb(0x2A2F35),
      /*rule*/ Rgb(0x3A4048), /*ink*/ Rgb(0xEDEDED), /*ink_secondary*/ Rgb(0xBDB9B1),
      /*ink_muted*/ Rgb(0x9E9A92), /*accent*/ Rgb(0x80B4E6), /*accent_soft*/ Rgb(0x1F3347),
      /*highlight*/ Rgb(0x3A3210), /*highlight_rule*/ Rgb(0xE0B83A), /*selection*/ Rgb(0x80B4E6),
      /*fact*/ Rgb(0x6CC28E), /*attributed*/ Rgb(0xE8A25A), /*analysis*/ Rgb(0xB79BE8),
      /*note_bg*/ Rgb(0x2E2812), /*note_rule*/ Rgb(0xD9A520), /*not_argued*/ Rgb(0x8A867E),
      /*act*/ Rgb(0xF0706A),
  };
}

// a·(1−t) + b·t per channel, alpha from a.
uint32_t Mix(uint32_t a, uint32_t b, float t) {
  uint32_t out = a & 0xFF000000u;
  for (int shift = 0; shift < 24; shift += 8) {
    const float ca = (float)((a >> shift) & 0xFF), cb = (float)((b >> shift) & 0xFF);
    out |= (uint32_t)(ca + (cb - ca) * t + 0.5f) << shift;
  }
  return out;
}

}  // namespace

const Palette& Colors() {
  static bool initialised = false;
  if (!initialised) {
    g_palette = LightPalette();
    initialised = true;
  }
  return g_palette;
}

void SetTheme(const ThemeDesc& desc) {
  g_theme = desc;
  Colors();  // initialise once
  g_palette = desc.dark ? DarkPalette() : LightPalette();
  if (desc.has_accent) {
    const uint32_t a = Rgb(desc.accent_rgb & 0xFFFFFF);
    g_palette.accent = g_palette.selection = a;
    g_palette.accent_soft = Mix(g_palette.page, a, desc.dark ? 0.25f : 0.15f);
  }
  if (desc.high_contrast) {
    // A projector washes colours out: secondary and muted text take the ink (light: 21:1 on
    // white, dark: ~18:1), rules darken so that the matrix's grid still shows from the back row.
    Palette& p = g_palette;
    p.ink = desc.dark ? Rgb(0xFFFFFF) : Rgb(0x000000);
    p.ink_secondary = desc.dark ? Rgb(0xF0F0F0) : Rgb(0x1A1A1A);
    p.ink_muted = desc.dark ? Rgb(0xDDDDDD) : Rgb(0x333333);
    p.rule = desc.dark ? Rgb(0x9A9A9A) : Rgb(0x5A5A5A);
    if (!desc.dark) p.card = Rgb(0xF2F2F2);
  }
  if (desc.transparent) g_palette.page &= 0x00FFFFFFu;
  ApplyTheme();
}

const ThemeDesc& CurrentTheme() { return g_theme; }

uint32_t EvidenceColor(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::ReportedFact: return Colors().fact;
    case EvidenceKind::Attributed: return Colors().attributed;
    case EvidenceKind::Analysis: return Colors().analysis;
  }
  return Colors().ink;
}

void ApplyTheme() {
  if (!ImGui::GetCurrentContext()) return;
  const Palette& p = Colors();
  ImGuiStyle& s = ImGui::GetStyle();
  s.WindowPadding = ImVec2(0, 0);
  s.FramePadding = ImVec2(12, 8);
  s.ItemSpacing = ImVec2(10, 8);
  s.ItemInnerSpacing = ImVec2(8, 6);
  s.CellPadding = ImVec2(8, 6);
  s.ScrollbarSize = 10;
  s.GrabMinSize = 24;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 0;
  s.PopupBorderSize = 1;
  s.FrameBorderSize = 0;
  s.WindowRounding = 0;
  s.ChildRounding = 6;
  s.FrameRounding = 6;
  s.PopupRounding = 6;
  s.ScrollbarRounding = 6;
  s.GrabRounding = 6;
  s.TabRounding = 6;
  s.AntiAliasedLines = true;
  s.AntiAliasedFill = true;

  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = V(p.ink);
  c[ImGuiCol_TextDisabled] = V(p.ink_muted);
  c[ImGuiCol_WindowBg] = V(p.page);
  c[ImGuiCol_ChildBg] = V(p.page);
  c[ImGuiCol_PopupBg] = V(p.page | 0xFF000000u);  // tooltips stay opaque on a transparent page
  c[ImGuiCol_Border] = V(p.rule);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = V(p.card);
  c[ImGuiCol_FrameBgHovered] = V(p.card_hover);
  c[ImGuiCol_FrameBgActive] = V(p.card_hover);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = V(p.rule);
  c[ImGuiCol_ScrollbarGrabHovered] = V(p.ink_muted);
  c[ImGuiCol_ScrollbarGrabActive] = V(p.ink_secondary);
  c[ImGuiCol_Button] = V(p.card);
  c[ImGuiCol_ButtonHovered] = V(p.card_hover);
  c[ImGuiCol_ButtonActive] = V(p.accent_soft);
  c[ImGuiCol_Header] = V(p.accent_soft);
  c[ImGuiCol_HeaderHovered] = V(p.card_hover);
  c[ImGuiCol_HeaderActive] = V(p.accent_soft);
  c[ImGuiCol_Separator] = V(p.rule);
  c[ImGuiCol_Tab] = V(p.card);
  c[ImGuiCol_TabHovered] = V(p.card_hover);
  c[ImGuiCol_TabActive] = V(p.accent);
  c[ImGuiCol_NavHighlight] = V(p.accent);
  c[ImGuiCol_TextSelectedBg] = V(p.accent_soft);
}

}  // namespace mm::ui
