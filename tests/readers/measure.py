#!/usr/bin/env python3
"""How five PDF readers read infosheet's PDFs, against the same edition's HTML text.

Usage: measure.py [--json] [--pdfjs-dir DIR] [--show N] OUT_DIR

For every `<edition>.pdf` under OUT_DIR that has an `<edition>.html` beside it, each reader
(PDFium via pypdfium2, MuPDF via PyMuPDF, pdf.js via pdfjs-dist, pdfminer.six, poppler's
pdftotext) extracts the text, and this script counts, per reader and edition:

- blocks: the HTML's text blocks (headings, paragraphs, list items, table cells), and how
  many of them the reader's text holds verbatim, whitespace ignored;
- doubled: runs of one to four grapheme clusters (one at least with a mark) written twice in a
  row where the HTML never writes them twice (neither with its images' alt text nor without);
- invisible: format characters (Unicode category Cf: bidi marks and isolates, zero-width
  characters...) the reader gives that the HTML text of the edition does not have;
- phones: the phone numbers as printed (the text of the HTML's tel: links), and how many the
  reader's text holds with their digits in order.

With --json it prints {"readers": {...versions}, "editions": [{"pdf", "locale", "reader",
"blocks", "found", "doubled", "invisible", "phones", "phones_found", "missing": [...]}]};
otherwise a table reader x locale. A reader that is not installed is listed under
"unavailable" with the reason.
"""

import argparse
import json
import os
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

try:
    import regex  # grapheme clusters (\X)
except ImportError:  # reported as unavailable by versions()
    regex = None

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "figcaption"}
SKIP = {"script", "style", "template", "noscript"}
HERE = os.path.dirname(os.path.abspath(__file__))


class HtmlText(HTMLParser):
    """The text blocks, all text (with images' alt text), the text shown (without it) and the
    phone numbers of an HTML edition."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.phones, self.all, self.shown = [], [], [], []
        self.stack, self.skip, self.phone = [], 0, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCKS:
            self.stack.append([])
        elif tag == "a" and (attrs.get("href") or "").startswith("tel:"):
            self.phone = []
        elif tag == "img" and attrs.get("alt"):
            self.all.append(attrs["alt"])

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        elif tag in BLOCKS and self.stack:
            text = "".join(self.stack.pop())
            if squeeze(text):
                self.blocks.append(text)
        elif tag == "a" and self.phone is not None:
            self.phones.append("".join(self.phone))
            self.phone = None

    def handle_data(self, data):
        if self.skip:
            return
        self.all.append(data)
        self.shown.append(data)
        if self.stack:
            self.stack[-1].append(data)
        if self.phone is not None:
            self.phone.append(data)


# Bidi embedding and isolate controls: poppler's pdftotext writes U+202B...U+202C around
# every right-to-left run of a left-to-right line (and the reverse) by itself. They are
# ignored when blocks are compared, and counted as invisible characters (except poppler's).
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def squeeze(text):
    return "".join(c for c in text if not c.isspace() and c not in BIDI_CONTROLS)


def clusters(text):
    return regex.findall(r"\X", text)


def doubled_clusters(text, sources):
    """Runs of 1-4 clusters (one with a mark) repeated at once, that none of `sources` repeats."""
    g = clusters(text)
    out, i = [], 0
    while i < len(g):
        for n in range(1, 5):
            if (
                i + 2 * n <= len(g)
                and g[i : i + n] == g[i + n : i + 2 * n]
                and any(len(c) > 1 for c in g[i : i + n])
                and all("".join(g[i : i + 2 * n]) not in source for source in sources)
            ):
                out.append("".join(g[i : i + 2 * n]))
                i += 2 * n
                break
        else:
            i += 1
    return out


def invisible_extra(text, source, reader):
    """Format characters of `text` that `source` does not have, with their counts (for
    poppler, without the embedding marks it writes around runs of the other direction)."""
    have = {c for c in source if unicodedata.category(c) == "Cf"}
    if reader == "poppler":
        have |= {"\u202b", "\u202a", "\u202c"}
    extra = {}
    for c in text:
        if unicodedata.category(c) == "Cf" and c not in have:
            key = f"U+{ord(c):04X}"
            extra[key] = extra.get(key, 0) + 1
    return extra


def digits_in_order(phone, text):
    """Whether the printed number (whitespace ignored) is in `text`."""
    return squeeze(phone) in text


# --- readers ----------------------------------------------------------------------------------


def read_pdfium(path):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def read_mupdf(path):
    import pymupdf

    with pymupdf.open(path) as doc:
        return "\n".join(page.get_text("text") for page in doc)


def read_pdfminer(path):
    from pdfminer.high_level import extract_text

    return extract_text(path)


def read_poppler(path):
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", path, "-"], check=True, capture_output=True, text=True
    ).stdout


def read_pdfjs_all(paths, node_dir):
    script = os.path.join(HERE, "pdfjs_text.mjs")
    out = {}
    for i in range(0, len(paths), 40):
        chunk = paths[i : i + 40]
        run = subprocess.run(
            ["node", script, *chunk], cwd=node_dir, check=True, capture_output=True, text=True
        )
        out.update({p: "\n".join(pages) for p, pages in json.loads(run.stdout).items()})
    return out


def versions(node_dir):
    """Reader -> version, or reader -> None with the reason in `unavailable`."""
    found, unavailable = {}, {}

    def probe(name, fn):
        try:
            found[name] = fn()
        except Exception as e:  # noqa: BLE001 - any failure means the reader is unusable
            unavailable[name] = f"{type(e).__name__}: {e}"

    def pdfium():
        import pypdfium2

        return f"pypdfium2 {pypdfium2.version.PYPDFIUM_INFO} (PDFium {pypdfium2.version.PDFIUM_INFO})"

    def mupdf():
        import pymupdf

        return f"PyMuPDF {pymupdf.VersionBind} (MuPDF {pymupdf.VersionFitz})"

    def pdfminer():
        import pdfminer

        return f"pdfminer.six {pdfminer.__version__}"

    def poppler():
        run = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True, check=True)
        return run.stderr.splitlines()[0]

    def pdfjs():
        pkg = os.path.join(node_dir, "node_modules", "pdfjs-dist", "package.json")
        with open(pkg, encoding="utf-8") as f:
            version = json.load(f)["version"]
        subprocess.run(["node", "--version"], check=True, capture_output=True)
        return f"pdfjs-dist {version}"

    if regex is None:
        unavailable["regex"] = "the Python module `regex` is not installed"
    for name, fn in [
        ("pdfium", pdfium),
        ("mupdf", mupdf),
        ("pdfjs", pdfjs),
        ("pdfminer", pdfminer),
        ("poppler", poppler),
    ]:
        probe(name, fn)
    return found, unavailable


SINGLE = {"pdfium": read_pdfium, "mupdf": read_mupdf, "pdfminer": read_pdfminer, "poppler": read_poppler}


def editions(out_dir):
    for root, _, files in os.walk(out_dir):
        for f in sorted(files):
            if f.endswith(".pdf") and os.path.exists(os.path.join(root, f[:-4] + ".html")):
                pdf = os.path.join(root, f)
                rel = os.path.relpath(pdf, out_dir).split(os.sep)
                yield pdf, rel[1] if len(rel) >= 4 else "?"


def measure(out_dir, node_dir, keep=None):
    found_readers, unavailable = versions(node_dir)
    if "regex" in unavailable:
        return {"readers": found_readers, "unavailable": unavailable, "editions": []}
    if keep:
        found_readers = {k: v for k, v in found_readers.items() if k in keep}
    items = sorted(editions(out_dir))
    texts = {}
    if "pdfjs" in found_readers:
        texts["pdfjs"] = read_pdfjs_all([p for p, _ in items], node_dir)
    rows = []
    for pdf, locale in items:
        parser = HtmlText()
        with open(pdf[:-4] + ".html", encoding="utf-8") as f:
            parser.feed(f.read())
        source = "".join(parser.all)
        source_sq = squeeze(source)
        # A heading that ends with the word the next panel begins with, a pictogram between
        # them: the HTML separates the two with the pictogram's alt text, the page does not.
        shown_sq = squeeze("".join(parser.shown))
        read = {
            reader: texts["pdfjs"][pdf] if reader == "pdfjs" else SINGLE[reader](pdf)
            for reader in found_readers
        }
        squeezed = {reader: squeeze(text) for reader, text in read.items()}
        # Blocks the PDF prints: the HTML shows some the PDF leaves out (a footer line, contact
        # details the youngest tier's sheet omits), so a block no reader finds is not counted.
        printed = [b for b in parser.blocks if any(squeeze(b) in sq for sq in squeezed.values())]
        absent = [b.strip() for b in parser.blocks if b not in printed]
        for reader, text in read.items():
            sq = squeezed[reader]
            missing = [b.strip() for b in printed if squeeze(b) not in sq]
            rows.append(
                {
                    "pdf": os.path.relpath(pdf, out_dir),
                    "locale": locale,
                    "reader": reader,
                    "blocks": len(printed),
                    "found": len(printed) - len(missing),
                    "not_printed": absent,
                    "doubled": doubled_clusters(sq, (source_sq, shown_sq)),
                    "invisible": invisible_extra(text, source, reader),
                    "phones": len(parser.phones),
                    "phones_found": sum(digits_in_order(p, sq) for p in parser.phones),
                    "missing": missing,
                }
            )
    return {"readers": found_readers, "unavailable": unavailable, "editions": rows}


def table(result, show):
    readers = list(result["readers"])
    locales = sorted({r["locale"] for r in result["editions"]}, key=lambda l: (l != "en", l))
    lines = ["| reader | " + " | ".join(locales) + " |", "|---" * (len(locales) + 1) + "|"]
    for reader in readers:
        cells = []
        for loc in locales:
            rows = [r for r in result["editions"] if r["reader"] == reader and r["locale"] == loc]
            blocks = sum(r["blocks"] for r in rows)
            found = sum(r["found"] for r in rows)
            doubled = sum(len(r["doubled"]) for r in rows)
            invisible = sum(sum(r["invisible"].values()) for r in rows)
            phones = sum(r["phones"] for r in rows)
            ph = sum(r["phones_found"] for r in rows)
            cell = f"{100 * found / max(blocks, 1):.0f} %"
            if doubled:
                cell += f", {doubled} dbl"
            if invisible:
                cell += f", {invisible} inv"
            if ph != phones:
                cell += f", tel {ph}/{phones}"
            cells.append(cell)
        lines.append(f"| {reader} | " + " | ".join(cells) + " |")
    for name, why in result["unavailable"].items():
        lines.append(f"unavailable: {name}: {why}")
    for reader, version in result["readers"].items():
        lines.append(f"{reader}: {version}")
    if show:
        for r in result["editions"]:
            if r["missing"] or r["doubled"] or r["invisible"]:
                lines.append(f"-- {r['reader']} {r['pdf']}: {r['found']}/{r['blocks']}")
                for m in r["missing"][:show]:
                    lines.append(f"   missing: {m}")
                for d in r["doubled"][:show]:
                    lines.append(f"   doubled: {d}")
                if r["invisible"]:
                    lines.append(f"   invisible: {r['invisible']}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--pdfjs-dir", default=os.path.dirname(os.path.dirname(HERE)))
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--readers", default="")
    args = ap.parse_args()
    keep = set(args.readers.split(",")) if args.readers else None
    result = measure(args.out_dir, args.pdfjs_dir, keep)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False)
    else:
        print(table(result, args.show))


if __name__ == "__main__":
    main()
