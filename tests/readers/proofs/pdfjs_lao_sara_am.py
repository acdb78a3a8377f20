#!/usr/bin/env python3
"""Proof: pdf.js (Firefox) cannot give Lao SARA AM (U+0EB3) as written, whatever the PDF says.

Usage (from the repository root, after `npm ci --ignore-scripts`):
    python3 tests/readers/proofs/pdfjs_lao_sara_am.py [OUT.pdf]

It writes a minimal hand-made PDF: one Type3 font of three box glyphs, codes A B C, whose
ToUnicode CMap maps A to U+0EAA LAO LETTER SO SUNG, B to U+0EB3 LAO VOWEL SIGN AM and C to
U+0E33 THAI CHARACTER SARA AM, shown once as "ABC", and a second time inside an /ActualText
span whose text is "ສຳ". Then it prints what pdf.js's getTextContent (as tests/readers/
measure.py calls it), pdf.js with `disableNormalization`, pdfminer.six and poppler read.

pdf.js runs every extracted text chunk through `normalizeUnicode` (pdf.worker.mjs), which
applies NFKC to a fixed list of characters; U+0EB3 is on it, U+0E33 is not. Its viewer applies
the same function to copied text (`normalizeUnicode(selection.toString())` in
pdf_viewer.mjs), and getTextContent ignores /ActualText. So a Lao sara am always comes out as
U+0ECD U+0EB2 (NIKHAHIT, SARA AA): the character the PDF maps to cannot reach the reader, and
no mapping, span or order of glyphs changes that. Thai sara am is left alone. Exit status 0
when the readers behave as described.
"""

import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def pdf_bytes():
    box = b"600 0 0 0 500 700 d1 50 0 400 700 re f"
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Proof def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"3 beginbfchar <41> <0EAA> <42> <0EB3> <43> <0E33> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    content = (
        b"BT /F1 24 Tf 20 60 Td (ABC) Tj ET\n"
        b"/Span << /ActualText <FEFF0EAA0EB3> >> BDC BT /F1 24 Tf 20 20 Td (AB) Tj ET EMC"
    )
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] "
        b"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 6 0 R /b 7 0 R /c 8 0 R >> "
        b"/Encoding << /Type /Encoding /Differences [65 /a /b /c] >> "
        b"/FirstChar 65 /LastChar 67 /Widths [600 600 600] /Resources << >> /ToUnicode 9 0 R >>",
        content,
        box,
        box,
        box,
        cmap,
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        if n >= 5:
            body = b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


PDFJS = """
import { readFile } from "node:fs/promises";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
const data = new Uint8Array(await readFile(process.argv[2]));
const doc = await getDocument({ data, isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
const page = await doc.getPage(1);
const out = {};
for (const disableNormalization of [false, true]) {
  const c = await page.getTextContent({ disableNormalization });
  out[disableNormalization ? "raw" : "default"] = c.items.map((i) => i.str).join("|");
}
process.stdout.write(JSON.stringify(out));
"""


def cps(s):
    return " ".join(f"U+{ord(c):04X}" for c in s if not c.isspace() and c != "|")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(tempfile.mkdtemp(), "lao-sara-am.pdf")
    with open(path, "wb") as f:
        f.write(pdf_bytes())
    script = os.path.join(ROOT, "tests", "readers", "proofs", ".pdfjs_proof.mjs")
    with open(script, "w", encoding="utf-8") as f:
        f.write(PDFJS)
    try:
        run = subprocess.run(["node", script, path], cwd=ROOT, check=True, capture_output=True, text=True)
    finally:
        os.remove(script)
    pdfjs = json.loads(run.stdout)
    from pdfminer.high_level import extract_text

    miner = extract_text(path)
    poppler = subprocess.run(["pdftotext", path, "-"], check=True, capture_output=True, text=True).stdout
    print(f"PDF: {path}")
    print(f"pdf.js getTextContent():                 {cps(pdfjs['default'])}")
    print(f"pdf.js getTextContent(disableNormalization): {cps(pdfjs['raw'])}")
    print(f"pdfminer.six:                             {cps(miner)}")
    print(f"poppler pdftotext:                        {cps(poppler)}")
    want = "U+0EAA U+0EB3 U+0E33"
    ok = (
        cps(pdfjs["default"]).startswith("U+0EAA U+0ECD U+0EB2 U+0E33")
        and cps(pdfjs["raw"]).startswith(want)
        and cps(miner).startswith(want)
    )
    print("as described" if ok else "NOT as described")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
