#!/usr/bin/env python3
"""Builds src/main/resources/org/ropescope/fonts/NotoSansSC-Subset-{Regular,Bold}.ttf, the Chinese
font RoPEScope bundles, from Noto Sans CJK SC (SIL Open Font License 1.1).

Characters kept: ASCII, Latin-1, Greek, the punctuation, arrows and math signs the charts use,
CJK punctuation and full-width forms, the 3,755 hanzi of GB2312 level 1 (the common ones) and
every character of every messages_*.properties bundle. The outlines are converted from CFF to
TrueType (PDFBox embeds TrueType; AWT and JavaFX read both), and the one sign Noto Sans CJK lacks
(U+1D62, the subscript i of theta_i) is taken from DejaVu Sans, scaled to 1000 units.

Needs fontTools (Debian: python3-fonttools) and the source fonts (Debian: fonts-noto-cjk):
    python3 src/main/fonts/subset.py [FOLDER of NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc]
Run it again after adding words to a bundle: a missing character shows as a box.
"""
import glob
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
RES = os.path.join(ROOT, "src", "main", "resources", "org", "ropescope")
FAMILY = "Noto Sans SC Subset"
SOURCES = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto"
DEJAVU = os.path.join(RES, "fonts", "DejaVuSans.ttf")


def gb2312_level1():
    chars = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def wanted():
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    cps |= set(range(0x370, 0x400))      # Greek
    cps |= set(range(0x2000, 0x2070))    # general punctuation
    cps |= set(range(0x2070, 0x20A0))    # super- and subscripts
    cps |= set(range(0x2190, 0x2200))    # arrows
    cps |= set(range(0x2200, 0x2300))    # mathematical operators
    cps |= set(range(0x2300, 0x2400))    # technical (the Mac's command sign)
    cps |= set(range(0x25A0, 0x2600))    # geometric shapes (bullets, triangles)
    cps |= set(range(0x3000, 0x3040))    # CJK punctuation
    cps |= set(range(0xFF00, 0xFF70))    # full-width forms
    cps |= {0x1D62}
    cps |= {ord(c) for c in gb2312_level1()}
    for path in glob.glob(os.path.join(RES, "text", "messages*.properties")) + \
            glob.glob(os.path.join(RES, "presets", "*.json")):
        with open(path, encoding="utf-8") as f:
            cps |= {ord(c) for c in f.read() if ord(c) >= 0x20}
    return cps


def source_font(weight):
    source = os.path.join(SOURCES, "NotoSansCJK-" + weight + ".ttc")
    for f in TTCollection(source).fonts:
        if f["name"].getDebugName(1) == "Noto Sans CJK SC":
            return f
    raise SystemExit("no Noto Sans CJK SC in " + source)


def to_truetype(font):
    """CFF outlines to quadratic TrueType glyphs (max error 1 unit of 1000)."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = newTable("maxp")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
                 "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order


def add_from_dejavu(font, cp, weight):
    """Copies the glyph of code point cp from DejaVu Sans (2048 units) into font (1000 units)."""
    dv = TTFont(DEJAVU if weight == "Regular" else DEJAVU.replace(".ttf", "-Bold.ttf"))
    src_name = dv.getBestCmap()[cp]
    scale = font["head"].unitsPerEm / dv["head"].unitsPerEm
    glyphs = dv.getGlyphSet()
    outline = DecomposingRecordingPen(glyphs)  # DejaVu's subscript i is made of components
    glyphs[src_name].draw(outline)
    pen = TTGlyphPen(None)
    outline.replay(TransformPen(pen, (scale, 0, 0, scale, 0, 0)))
    name = "uni%04X" % cp
    order = font.getGlyphOrder() + [name]
    font.setGlyphOrder(order)
    font["glyf"].glyphOrder = order
    font["glyf"][name] = pen.glyph()
    width, lsb = dv["hmtx"][src_name]
    font["hmtx"][name] = (round(width * scale), round(lsb * scale))
    if "vmtx" in font:
        font["vmtx"][name] = (font["head"].unitsPerEm, 0)
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[cp] = name
    font["maxp"].numGlyphs = len(order)


def rename(font, weight):
    names = font["name"]
    keep = []
    for rec in names.names:
        if rec.nameID in (1, 16):
            rec.string = FAMILY  # one family of two weights: AWT and JavaFX pick the bold face for bold
        elif rec.nameID == 4:
            rec.string = FAMILY if weight == "Regular" else FAMILY + " " + weight
        elif rec.nameID == 6:
            rec.string = FAMILY.replace(" ", "") + "-" + weight
        elif rec.nameID == 3:
            rec.string = FAMILY.replace(" ", "") + "-" + weight + ";RoPEScope subset"
        elif rec.nameID == 17:
            rec.string = weight
        if rec.platformID == 3 and rec.langID != 0x409 and rec.nameID in (1, 3, 4, 6, 16, 17):
            continue  # the localized names would still say Noto Sans CJK SC
        keep.append(rec)
    names.names = keep


def main():
    for weight in ("Regular", "Bold"):
        build(weight)


def build(weight):
    font = source_font(weight)
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = ["kern", "liga", "ccmp"]  # no vertical or other-region forms
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted()))
    subsetter.subset(font)
    to_truetype(font)
    add_from_dejavu(font, 0x1D62, weight)
    rename(font, weight)
    out = os.path.join(RES, "fonts", "NotoSansSC-Subset-" + weight + ".ttf")
    font.recalcTimestamp = False  # the source's dates: the same characters give the same bytes
    font.save(out)
    print(out, os.path.getsize(out), "bytes,", len(font.getGlyphOrder()), "glyphs")


if __name__ == "__main__":
    main()
