# Fonts.cmake — subset Debian's Noto Sans / Noto Serif to the glyphs a story needs (Latin,
# Latin-1, Latin Extended-A, Cyrillic, general punctuation) at build time. The fonts are never
# committed: they come from the fonts-noto-core package (or MM_FONT_DIR).
set(MM_FONT_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Folder with NotoSans-*.ttf and NotoSerif-*.ttf")
set(MM_FONT_OUT_DIR "${CMAKE_BINARY_DIR}/fonts")
set(MM_PYTHON_WITH_FONTTOOLS "/usr/bin/python3" CACHE FILEPATH "A python3 that has fontTools")

# U+2000–206F punctuation (dashes, curly quotes, ellipsis), U+2190–2193 arrows, U+2212 minus,
# U+00D7 multiplication sign is in Latin-1; U+25A0–25FF geometric shapes for legends.
set(MM_FONT_UNICODES "U+0020-007E,U+00A0-017F,U+0400-045F,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+2212,U+2713")

set(MM_FONT_FACES NotoSans-Regular NotoSans-Bold NotoSans-Italic NotoSerif-Bold)
set(MM_FONT_FILES "")
foreach(face ${MM_FONT_FACES})
  set(out "${MM_FONT_OUT_DIR}/${face}.ttf")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${MM_FONT_OUT_DIR}"
    COMMAND ${MM_PYTHON_WITH_FONTTOOLS} -m fontTools.subset "${MM_FONT_DIR}/${face}.ttf"
            --unicodes=${MM_FONT_UNICODES} --layout-features=kern --no-hinting
            --desubroutinize --drop-tables+=GSUB,GDEF,DSIG,STAT,MVAR,HVAR --name-IDs=0,1,2,3,4,5,6
            --output-file=${out}
    DEPENDS "${MM_FONT_DIR}/${face}.ttf"
    COMMENT "Subsetting ${face}" VERBATIM)
  list(APPEND MM_FONT_FILES "${out}")
endforeach()
add_custom_target(mm_fonts ALL DEPENDS ${MM_FONT_FILES})
