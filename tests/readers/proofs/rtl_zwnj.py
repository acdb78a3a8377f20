#!/usr/bin/env python3
"""Proof: no PDF text construct gives a Persian word with a ZWNJ to both pdf.js and pdfminer.six.

Usage: python3 tests/readers/proofs/rtl_zwnj.py [--keep DIR]   (run from the repository root,
after `npm ci --ignore-scripts`; uses tests/readers/measure.py's readers)

The word is "می‌ت" (meem, yeh, ZWNJ, teh: four characters, three glyphs; HarfBuzz gives the
ZWNJ to teh's cluster, no glyph of its own). Each variant below is a minimal hand-made PDF with
three glyphs of a standard font whose ToUnicode CMap maps each glyph to the text chosen for it,
drawn where the Persian glyphs would be (meem at the right, teh at the left). The variants
differ in the order the glyphs are shown in the content stream (visual: left to right as krilla
writes a right-to-left run; logical: right to left, one text position per glyph), in which
glyph carries the ZWNJ and in which order each glyph's text is written, and in /ActualText.

What the readers do, and why the two cannot both be satisfied:
- pdfminer.six ignores /ActualText and applies no bidi algorithm: it gives the glyphs' texts in
  content-stream order. So it needs the logical stream order and each glyph's text in logical
  order, the ZWNJ at the end of yeh's text or at the start of teh's.
- pdf.js ignores /ActualText, drops every glyph whose text ends with a format character
  (Unicode Cf: its `isInvisibleFormatMark`), starts a new text item wherever a glyph is drawn
  left of the one before, and reverses each item with right-to-left letters. In the logical
  order every glyph is an item of its own: yeh's text "ی‌" is dropped, teh's "‌ت" comes out
  "ت‌". Only in the visual order (one item for the word, reversed as a whole) can the ZWNJ
  come out where it belongs, and pdfminer.six then reads the word backwards.
So for any word with a ZWNJ (41 % of the Persian sheets' text blocks) or a lam-alef ligature
(one glyph for two letters, the same conflict), one of the two readers is wrong. infosheet
writes the visual order, which PDFium, MuPDF, pdf.js and poppler read right.
"""

import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.dirname(HERE))
import measure  # noqa: E402
from minipdf import assemble, stream  # noqa: E402

WORD = "می\u200cت"
SIZE = 20.0
WIDTH = 556  # Helvetica's width of a, b and c
X0 = 100.0  # left edge of the word (teh)


def hexstr(text):
    return "".join(f"{ord(c):04X}" for c in text)


def pdf(texts, order, actual_text=None):
    """A one-page PDF: glyph codes a (teh, left), b (yeh), c (meem, right) mapping to
    `texts` (a dict code -> text), shown in `order` ("visual" or "logical")."""
    cmap = "\n".join(f"<{ord(k):02X}> <{hexstr(v)}>" for k, v in texts.items())
    tounicode = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(texts)} beginbfchar\n{cmap}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    step = WIDTH / 1000 * SIZE
    if order == "visual":
        show = f"BT /F1 {SIZE} Tf {X0} 700 Td (abc) Tj ET"
    else:
        show = (
            f"BT /F1 {SIZE} Tf {X0 + 2 * step:.3f} 700 Td (c) Tj "
            f"{-step:.3f} 0 Td (b) Tj {-step:.3f} 0 Td (a) Tj ET"
        )
    if actual_text is not None:
        show = f"/Span <</ActualText <FEFF{hexstr(actual_text)}>>> BDC {show} EMC"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 800] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 97 /LastChar 99 "
        f"/Widths [{WIDTH} {WIDTH} {WIDTH}] /ToUnicode 6 0 R >>",
        stream(show),
        stream(tounicode),
    ]
    return assemble(objects)


ZWNJ = "\u200c"
# name -> (texts of a (teh), b (yeh), c (meem), stream order, /ActualText)
VARIANTS = {
    "visual, ZWNJ on yeh, reversed (infosheet)": ("ت", ZWNJ + "ی", "م", "visual", None),
    "visual, ZWNJ on teh, reversed": ("ت" + ZWNJ, "ی", "م", "visual", None),
    "visual, logical texts": ("ت", "ی" + ZWNJ, "م", "visual", None),
    "logical, ZWNJ on yeh, logical": ("ت", "ی" + ZWNJ, "م", "logical", None),
    "logical, ZWNJ on teh, logical": (ZWNJ + "ت", "ی", "م", "logical", None),
    "logical, ZWNJ on yeh, reversed": ("ت", ZWNJ + "ی", "م", "logical", None),
    "logical, ZWNJ on teh, reversed": ("ت" + ZWNJ, "ی", "م", "logical", None),
    "visual + /ActualText (logical)": ("ت", ZWNJ + "ی", "م", "visual", WORD),
    "logical + /ActualText (logical)": ("ت", "ی" + ZWNJ, "م", "logical", WORD),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", help="write the PDFs to this folder")
    args = ap.parse_args()
    folder = args.keep or tempfile.mkdtemp(prefix="rtl-zwnj-")
    os.makedirs(folder, exist_ok=True)
    found, unavailable = measure.versions(ROOT)
    paths = {}
    for i, (name, (a, b, c, order, actual)) in enumerate(VARIANTS.items()):
        path = os.path.join(folder, f"variant-{i}.pdf")
        with open(path, "wb") as f:
            f.write(pdf({"a": a, "b": b, "c": c}, order, actual))
        paths[name] = path
    readers = [r for r in ["pdfium", "mupdf", "pdfjs", "pdfminer", "poppler"] if r in found]
    js = measure.read_pdfjs_all(list(paths.values()), ROOT) if "pdfjs" in readers else {}
    print("| variant | " + " | ".join(readers) + " |")
    print("|---" * (len(readers) + 1) + "|")
    both = []
    for name, path in paths.items():
        cells = []
        ok = {}
        for r in readers:
            text = js[path] if r == "pdfjs" else measure.SINGLE[r](path)
            got = measure.squeeze(text)
            ok[r] = got == WORD
            cells.append(("ok" if ok[r] else "no") + f" ({' '.join(f'{ord(ch):04X}' for ch in got)})")
        print(f"| {name} | " + " | ".join(cells) + " |")
        if ok.get("pdfjs") and ok.get("pdfminer"):
            both.append(name)
    print(f"expected: {' '.join(f'{ord(ch):04X}' for ch in WORD)}")
    for name, why in unavailable.items():
        print(f"unavailable: {name}: {why}")
    print("variants both pdf.js and pdfminer.six read right:", both or "none")


if __name__ == "__main__":
    main()
