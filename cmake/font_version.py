# font_version.py — shortens a subset face's version string (name ID 5) to its first part,
# "Version 2.004": Noto writes the ttfautohint options after it, which describe hinting that
# cmake/Fonts.cmake's --no-hinting has dropped (≈ 0.2 KB brotli over the four first-load faces,
# docs/benchmarks.md "Levers"). Every name record the subsetter keeps (IDs 0–6) stays.
# Usage: python3 font_version.py FILE.ttf  (rewritten in place)
import sys

from fontTools.ttLib import TTFont

path = sys.argv[1]
font = TTFont(path, recalcTimestamp=False)  # a reproducible build: same bytes each time
for record in font["name"].names:
    if record.nameID == 5:
        record.string = record.toUnicode().split(";")[0].strip()
font.save(path)
