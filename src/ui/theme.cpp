#include "ui/theme.h"

#include <imgui.h>

namespace mm::ui {
namespace {
constexpr uint32_t Rgb(uint32_t hex, uint32_t alpha = 255) {
  return ((hex >> 16) & 0xFF) | (hex & 0xFF00) | ((hex & 0xFF) << 16) | (alpha << 24);
}
ImVec4 V(uint32_t c) { return ImGui::ColorConvertU32ToFloat4(c); }
}  // namespace

const Palette& Colors() {
  // Contrast on white (#FFFFFF), measured with the WCAG formula: ink 17.4, secondary 7.5,
  // muted 4.6, accent 8.9, fact 6.9, attributed 5.6, analysis 7.9; the not-argued mark 3.6 (≥ 3:1 for marks).
  static const Palette p = {
      /*page*/ Rgb(0xFFFFFF), /*card*/ Rgb(0xF5F3EF), /*card_hover*/ Rgb(0xECE8E1),
      /*rule*/ Rgb(0xD6D0C6), /*ink*/ Rgb(0x1A1A1A), /*ink_secondary*/ Rgb(0x52504C),
      /*ink_muted*/ Rgb(0x737069), /*accent*/ Rgb(0x1D4F7C), /*accent_soft*/ Rgb(0xDCE7F1),
      /*highlight*/ Rgb(0xFFF0B3), /*highlight_rule*/ Rgb(0xC99A00), /*selection*/ Rgb(0x1D4F7C),
      /*fact*/ Rgb(0x1F6B45), /*attributed*/ Rgb(0x9A4A00), /*analysis*/ Rgb(0x5B3A8E),
      /*note_bg*/ Rgb(0xFFF6DC), /*note_rule*/ Rgb(0xB07D00), /*not_argued*/ Rgb(0x8A857C),
      /*leak*/ Rgb(0xA3201B), /*call*/ Rgb(0x1D4F7C),
  };
  return p;
}

uint32_t EvidenceColor(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::ReportedFact: return Colors().fact;
    case EvidenceKind::Attributed: return Colors().attributed;
    case EvidenceKind::Analysis: return Colors().analysis;
  }
  return Colors().ink;
}

void ApplyTheme() {
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
  c[ImGuiCol_PopupBg] = V(p.page);
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
