# Fonts.cmake — subset Debian's Noto Sans / Noto Serif to the glyphs a story needs (Latin,
# Latin-1, Latin Extended-A, Cyrillic, general punctuation) at build time. The fonts are never
# committed: they come from the fonts-noto-core package (or MM_FONT_DIR).
set(MM_FONT_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Folder with NotoSans-*.ttf and NotoSerif-*.ttf")
set(MM_FONT_OUT_DIR "${CMAKE_BINARY_DIR}/fonts")
set(MM_PYTHON_WITH_FONTTOOLS "/usr/bin/python3" CACHE FILEPATH "A python3 that has fontTools")

# Two files per face, so a first load carries only what the story uses: <face>.ttf has Basic
# Latin, Latin-1 and the spaces and punctuation of careful typesetting
# (U+2000–200A and U+202F spaces such as thin and narrow no-break;
# U+2010–203A dashes, curly quotes, ellipsis, guillemets; U+20AC euro; the faces have no arrows,
# minus or check mark); <face>-Ext.ttf has Latin Extended-A and
# Cyrillic, for names like "Łukasz" or "Ушаков". The page fetches an -Ext file only when the story
# has such a character (web/js/main.js) and the text version's @font-face unicode-range does the same
# (web/app.css). The list the code uses is src/core/glyph_coverage.h; a unit test checks that
# this file and web/app.css agree with it.
set(MM_FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+2000-200A,U+2010-2027,U+202F,U+2030-203A,U+20AC")
set(MM_FONT_UNICODES_EXT "U+0100-017F,U+0400-045F")

# The page hands the module each file by name (src/platform/page_names.h, kFontFaceNames).
set(MM_FONT_FACES NotoSans-Regular NotoSans-Bold NotoSans-Italic NotoSerif-Bold)
set(MM_FONT_FILES "")
foreach(face ${MM_FONT_FACES})
  foreach(part "" "-Ext")
    set(out "${MM_FONT_OUT_DIR}/${face}${part}.ttf")
    if(part STREQUAL "")
      set(unicodes "${MM_FONT_UNICODES}")
    else()
      set(unicodes "${MM_FONT_UNICODES_EXT}")
    endif()
    add_custom_command(OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${MM_FONT_OUT_DIR}"
      COMMAND ${MM_PYTHON_WITH_FONTTOOLS} -m fontTools.subset "${MM_FONT_DIR}/${face}.ttf"
              --unicodes=${unicodes} --layout-features=kern --no-hinting
              --desubroutinize --drop-tables+=GSUB,GDEF,DSIG,STAT,MVAR,HVAR --name-IDs=0,1,2,3,4,5,6
              --output-file=${out}
      COMMAND ${MM_PYTHON_WITH_FONTTOOLS} "${CMAKE_CURRENT_LIST_DIR}/font_version.py" "${out}"
      DEPENDS "${MM_FONT_DIR}/${face}.ttf" "${CMAKE_CURRENT_LIST_FILE}" "${CMAKE_CURRENT_LIST_DIR}/font_version.py"
      COMMENT "Subsetting ${face}${part}" VERBATIM)
    list(APPEND MM_FONT_FILES "${out}")
  endforeach()
endforeach()
add_custom_target(mm_fonts ALL DEPENDS ${MM_FONT_FILES})
