#!/usr/bin/env python3
"""Proof: how PDFium orders a right-to-left line, and what it cannot be given with pdf.js.

Usage: python3 tests/readers/proofs/pdfium_rtl_lines.py [--keep DIR]   (run from the
repository root, after `npm ci --ignore-scripts`; uses tests/readers/measure.py's readers)

Each case is a one-line PDF drawn as infosheet draws a Persian line: the right-to-left runs'
glyphs in visual order (left to right), each glyph mapping to its own letter, the
left-to-right runs (a phone number, a Latin name) in logical order, three Persian words so
that the line is right to left for PDFium. One standard font stands in for the Persian and
Latin faces (the readers use only ToUnicode and the positions); what is drawn where is the
same in every variant of a case, only the show operators, their order, the glyphs' texts or
/ActualText differ.

How PDFium (CPDF_TextPage::CloseTempLine, fx_bidi.cpp) reads a line: it sorts the line's text
objects (one per show operator) by where their first glyph is drawn, takes each object's
characters in content-stream order, cuts the string into runs of one bidi class (strong
left, weak: digits and separators, strong right, neutral: spaces and punctuation) and, when
the line has at least as many right-to-left runs as left-to-right ones, reverses the order of
the runs, reverses the characters of right-to-left and neutral runs and mirrors the neutral
ones (a parenthesis becomes its mirror).

- case "number": a space is a neutral run of its own, so the digit groups of a phone number
  come out in reverse order ("0100 7946 20 +44"); a no-break space is a weak character, the
  number is one run and reads as printed. Every other reader reads both alike. (infosheet
  now writes the spaces inside a number on a Persian page as no-break spaces.)
- case "latin": the words of a Latin name are runs of their own, so PDFium reverses their
  order. It reads the name right only when the object holding it shows the words in reverse
  order (the pen moved back) or when its /ActualText says them in reverse order; pdf.js, which
  ignores /ActualText and reads the content stream's order, then reads the first of these
  backwards, and MuPDF, which takes /ActualText as written, the second. No variant is read
  right by PDFium and by both pdf.js and MuPDF.
- case "parens": a parenthesis next to digits is a neutral run that PDFium mirrors. With the
  glyphs' texts alone it reads "(۱۲)" right only when they map to the mirrored characters (the
  shapes drawn), and pdf.js and MuPDF then read ")۱۲(": they take each glyph's text as the
  character it stands for. One /ActualText span over the parentheses and the digits (three
  runs) serves all four (see case "colon" for why infosheet does not write it yet).

How poppler (TextOutputDev.cc, reorderText) reads a line of a page that is mostly right to
left: from the right end, a stretch without left-to-right letters and digits is reversed, then
a stretch without right-to-left letters is kept in order, and so on; it counts the colon and
the Arabic comma as digits. Any such character, and any punctuation left of a number, comes
out in the order drawn, so "کمک: +44 ..." reads "کمک+44 ... :".

- case "colon": no text object order or /ActualText on one run helps; one /ActualText span
  over the colon's run and the number's, in logical order with no-break spaces, is read right
  by PDFium, MuPDF, pdf.js (which reads the glyphs) and poppler; so is such a span over
  "(۱۲)" and its parentheses (case "parens", the no-break space at its end makes poppler keep
  the closing parenthesis after the digits). infosheet cannot write these yet: the runs are
  separate text items, each in its own tagged marked-content sequence.
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

SIZE = 10.0
WIDTH = 500  # every glyph's width, 1/1000 em
STEP = WIDTH / 1000 * SIZE
X0 = 50.0
NBSP = "\u00a0"


def utf16(text):
    units = text.encode("utf-16-be")
    return units.hex().upper()


def pdf(glyphs, shows):
    """A one-page PDF: glyph i (code 0x21 + i, drawn at X0 + i * STEP) maps to glyphs[i];
    `shows` is a list of (glyph indices in content order, /ActualText or None), each one
    text object (BT, one TJ moving the pen to each glyph's place, ET), or ("BDC", text) and
    ("EMC", None) around shows that one /ActualText span covers."""
    codes = [0x21 + i for i in range(len(glyphs))]
    cmap = "\n".join(f"<{c:02X}> <{utf16(t)}>" for c, t in zip(codes, glyphs))
    tounicode = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(glyphs)} beginbfchar\n{cmap}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    content = []
    for order, actual in shows:
        if order == "BDC":  # a span over the shows up to the next "EMC"
            content.append(f"/Span <</ActualText <FEFF{utf16(actual)}>>> BDC")
            continue
        if order == "EMC":
            content.append("EMC")
            continue
        parts, pen = [], order[0]
        for k in order:
            if k != pen:
                parts.append(str(-(k - pen) * WIDTH))
            parts.append(f"<{codes[k]:02X}>")
            pen = k + 1
        show = f"BT /F1 {SIZE} Tf 1 0 0 1 {X0 + order[0] * STEP:.2f} 700 Tm [{' '.join(parts)}] TJ ET"
        if actual is not None:
            show = f"/Span <</ActualText <FEFF{utf16(actual)}>>> BDC {show} EMC"
        content.append(show)
    widths = " ".join([str(WIDTH)] * len(glyphs))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar {codes[0]} "
        f"/LastChar {codes[-1]} /Widths [{widths}] /ToUnicode 6 0 R >>",
        stream("\n".join(content)),
        stream(tounicode),
    ]
    return assemble(objects)


def visual(persian):
    """A Persian text's glyph texts left to right (one glyph per letter)."""
    return list(persian[::-1])


def number_case():
    """"تماس با سازمان +44 20 7946 0100" (the number at the line's left end)."""
    words = "تماس با سازمان "  # the Persian part, logical, with the space before the number
    for space in [" ", NBSP]:
        num = list("+44 20 7946 0100".replace(" ", space))
        glyphs = num + visual(words)
        rtl = list(range(len(num), len(glyphs)))
        name = "spaces" if space == " " else "no-break spaces (infosheet)"
        yield (f"number, {name}", glyphs, [(rtl, None), (list(range(len(num))), None)],
               "تماس با سازمان +44 20 7946 0100")


def latin_case():
    """"تماس با سازمان La Strada" (the name at the line's left end)."""
    name = "La Strada"
    glyphs = list(name) + visual("تماس با سازمان ")
    n = len(name)
    rtl = list(range(n, len(glyphs)))
    want = "تماس با سازمان La Strada"
    words_back = [3, 4, 5, 6, 7, 8, 2, 0, 1]  # "Strada", the space, "La"
    yield ("latin, runs as infosheet writes them", glyphs, [(rtl, None), (list(range(n)), None)], want)
    yield ("latin, a text object per word", glyphs,
           [(rtl, None), ([0, 1, 2], None), (list(range(3, n)), None)], want)
    yield ("latin, one object, words in reverse order", glyphs, [(rtl, None), (words_back, None)], want)
    yield ("latin, /ActualText as written", glyphs, [(rtl, None), (list(range(n)), name)], want)
    yield ("latin, /ActualText words reversed", glyphs, [(rtl, None), (list(range(n)), "Strada La")], want)


def parens_case():
    """"سازمان (۱۲) تماس با": the parenthesised digits between Persian words."""
    want = "سازمان (۱۲) تماس با"
    for mirrored in [False, True]:
        opening, closing = (")", "(") if mirrored else ("(", ")")
        glyphs = visual("تماس با") + [" ", closing, "۱", "۲", opening, " "] + visual("سازمان")
        close_at, open_at = glyphs.index(closing, 7), glyphs.index(opening, 9)
        shows = [
            (list(range(open_at + 1, len(glyphs))), None),
            ([open_at], None),
            ([close_at + 1, close_at + 2], None),
            ([close_at], None),
            (list(range(close_at)), None),
        ]
        name = "glyph texts mirrored" if mirrored else "glyph texts as written (infosheet)"
        yield (f"parens, {name}", glyphs, shows, want)
        if not mirrored:
            spanned = [shows[0], ("BDC", "(۱۲)" + NBSP), *shows[1:4], ("EMC", None), shows[4]]
            yield ("parens, one /ActualText span over the three runs", glyphs, spanned, want)


def colon_case():
    """"کمک تماس: +44 20 7946 0100": a colon (which poppler counts as a digit) before a number."""
    num = list("+44 20 7946 0100".replace(" ", NBSP))
    glyphs = num + [" ", ":"] + visual("کمک تماس")
    n = len(num)
    rtl, edge, number = list(range(n + 2, len(glyphs))), [n, n + 1], list(range(n))
    want = "کمک تماس: +44 20 7946 0100"
    yield ("colon, runs as infosheet writes them", glyphs, [(rtl, None), (edge, None), (number, None)], want)
    yield ("colon, /ActualText on the colon's run", glyphs,
           [(rtl, None), (edge, ": "), (number, None)], want)
    spanned = ":" + NBSP + "".join(num)
    yield ("colon, one /ActualText span over both runs", glyphs,
           [(rtl, None), ("BDC", spanned), (edge, None), (number, None), ("EMC", None)], want)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", help="write the PDFs to this folder")
    args = ap.parse_args()
    folder = args.keep or tempfile.mkdtemp(prefix="pdfium-rtl-")
    os.makedirs(folder, exist_ok=True)
    found, unavailable = measure.versions(ROOT)
    cases = [*number_case(), *latin_case(), *parens_case(), *colon_case()]
    paths = []
    for i, (name, glyphs, shows, want) in enumerate(cases):
        path = os.path.join(folder, f"case-{i}.pdf")
        with open(path, "wb") as f:
            f.write(pdf(glyphs, shows))
        paths.append(path)
    readers = [r for r in ["pdfium", "mupdf", "pdfjs", "pdfminer", "poppler"] if r in found]
    js = measure.read_pdfjs_all(paths, ROOT) if "pdfjs" in readers else {}
    print("| case | " + " | ".join(readers) + " |")
    print("|---" * (len(readers) + 1) + "|")
    for (name, _, _, want), path in zip(cases, paths):
        cells = []
        for r in readers:
            text = js[path] if r == "pdfjs" else measure.SINGLE[r](path)
            got = measure.squeeze(text)
            cells.append("ok" if got == measure.squeeze(want) else f"no: {got}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    for name, why in unavailable.items():
        print(f"unavailable: {name}: {why}")


if __name__ == "__main__":
    main()
