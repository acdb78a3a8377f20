#!/usr/bin/env python3
"""Line breaks of PDFs measured against ICU4C's dictionary word segmentation.

Usage: breaks.py EDITIONS.json  (writes a JSON report on stdout, a summary on stderr)

EDITIONS.json (tests/it/linebreak.rs writes it):
  {"editions": [{"id": ..., "locale": "th", "pdf": PATH, "html": PATH or null,
                 "texts": [every string of the edition's sheet model],
                 "sources": [the locale's and content's source files]}]}

Each PDF is read with poppler's pdftotext (reading order, one line of text per line). Two
consecutive lines of a page are a line break when the first, then the second, compared without
spaces (pdftotext adds some where a mark overhangs), occur in one text of the sheet model or in
one block of the edition's HTML twin (which joins labels and values as the PDF does): the break
is then an offset in that text. The text is segmented into words by ICU4C (PyICU, Debian's
python3-icu; Thai, Lao, Khmer and Burmese by ICU's dictionaries) and the break either falls on
a word boundary or inside a word (a hyphenated break counts as inside). Lines no such text
contains (page footers, a contact's one-line fields) are counted and not measured.

Invisible characters that control breaking (zero-width space, word joiner, zero-width
(non-)joiner, soft hyphen, ...) found in the PDF's text must also occur in the edition's source
files; any other is reported.

Exit status: 0 when the report is written, 2 on bad input, 3 when PyICU or pdftotext is missing.
"""

import html.parser
import json
import re
import subprocess
import sys
import unicodedata

try:
    import icu
except ImportError:
    sys.stderr.write(
        "breaks.py: PyICU is missing: install Debian's python3-icu "
        "(apt-get install python3-icu), as .ci/run does\n"
    )
    sys.exit(3)

# Characters that change where a line may break without showing.
INVISIBLE = {
    "\u00ad": "SOFT HYPHEN",
    "\u034f": "COMBINING GRAPHEME JOINER",
    "\u180e": "MONGOLIAN VOWEL SEPARATOR",
    "\u200b": "ZERO WIDTH SPACE",
    "\u200c": "ZERO WIDTH NON-JOINER",
    "\u200d": "ZERO WIDTH JOINER",
    "\u2060": "WORD JOINER",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE",
}
HYPHENS = ("-", "\u2010")
EXAMPLES = 12


def squash(text):
    """Text as matched: format characters dropped, runs of white space one space."""
    kept = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return re.sub(r"\s+", " ", kept).strip()


def pdf_pages(pdf):
    """The lines of each page of `pdf`, as pdftotext reads them."""
    try:
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            check=True,
        )
    except FileNotFoundError:
        sys.stderr.write("breaks.py: pdftotext is missing: install poppler-utils\n")
        sys.exit(3)
    text = out.stdout.decode("utf-8")
    return text, [page.split("\n") for page in text.split("\f")]


class Blocks(html.parser.HTMLParser):
    """The texts of an HTML page's block elements: the runs of text and inline elements
    between block boundaries, so that a heading and the paragraph after it, or two marks in
    one box, are never taken for one text."""

    BLOCK = {"p", "li", "dt", "dd", "td", "th", "caption", "figcaption", "blockquote",
             "address", "h1", "h2", "h3", "h4", "h5", "h6", "title"}
    INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "em", "i", "mark", "q",
              "s", "small", "span", "strong", "sub", "sup", "time", "u"}
    APART = "\x00"

    def __init__(self):
        super().__init__()
        self.open = []
        self.texts = []
        self.skip = 0

    def apart(self):
        for block in self.open:
            block[1] += self.APART

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag not in self.INLINE:
            self.apart()
        if tag in self.BLOCK:
            self.open.append([tag, ""])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if self.open and tag == self.open[-1][0]:
            self.texts.extend(self.open.pop()[1].split(self.APART))
        if tag not in self.INLINE:
            self.apart()

    def handle_data(self, data):
        if not self.skip:
            for block in self.open:
                block[1] += data


def html_blocks(path):
    if not path:
        return []
    parser = Blocks()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return parser.texts


def utf16_offsets(text):
    """UTF-16 offset of each code point offset of `text` (ICU counts in UTF-16 units)."""
    offsets = [0]
    for c in text:
        offsets.append(offsets[-1] + (2 if ord(c) > 0xFFFF else 1))
    return offsets


class Boundaries:
    """ICU4C word boundaries and line break opportunities of texts, in code point offsets."""

    def __init__(self, locale):
        self.word = icu.BreakIterator.createWordInstance(icu.Locale(locale))
        self.line = icu.BreakIterator.createLineInstance(icu.Locale(locale))
        self.cache = {}

    def of(self, text):
        if text not in self.cache:
            back = {u: i for i, u in enumerate(utf16_offsets(text))}
            found = []
            for it in (self.word, self.line):
                it.setText(text)
                found.append({back[u] for u in it if u in back})
            words = sorted(found[0])
            self.cache[text] = (found[0], found[1], words)
        return self.cache[text]

    def word_around(self, text, at):
        """The ICU word of `text` that holds offset `at`."""
        _, _, words = self.of(text)
        start = max(w for w in words if w <= at)
        end = min(w for w in words if w > at)
        return text[start:end]


class Text:
    """A model text, and the same without spaces, for lines whose spaces differ from it."""

    def __init__(self, text):
        self.text = text
        self.at = [i for i, c in enumerate(text) if c != " "]
        self.bare = "".join(text[i] for i in self.at)


def bare(line):
    return line.replace(" ", "")


def find_break(texts, a, b):
    """Where line `a` ends and line `b` begins inside one of `texts`, if they do.

    Lines are compared without spaces: pdftotext puts spaces where a mark overhangs (Lao
    "ເຈົ້ າ"), and Typst may keep one at a line's end. Returns (text, offset, kind): the offset
    of b's first character in the text, kind "space" when a space precedes it there, "hyphen"
    when a ends with a hyphen the text does not have (hyphenation), else "none". A real break
    wins over a hyphenated one.
    """
    a, b = bare(a), bare(b)
    hyphenated = None
    for t in texts:
        i = t.bare.find(a + b)
        if i >= 0 and len(a) + len(b) > 0:
            at = t.at[i + len(a)]
            return t.text, at, "space" if t.text[at - 1] == " " else "none"
        if hyphenated is None and a.endswith(HYPHENS):
            i = t.bare.find(a[:-1] + b)
            if i >= 0:
                hyphenated = (t.text, t.at[i + len(a) - 1], "hyphen")
    return hyphenated


def invisible_extras(pdf_text, sources):
    """Invisible characters in the PDF's text that no source file has, with counts."""
    have = set()
    for path in sources:
        with open(path, encoding="utf-8") as f:
            have |= set(f.read()) & INVISIBLE.keys()
    extra = {}
    for c in pdf_text:
        if c in INVISIBLE and c not in have:
            key = "U+%04X %s" % (ord(c), INVISIBLE[c])
            extra[key] = extra.get(key, 0) + 1
    return extra


def measure(edition, bounds, locale_report):
    known = {squash(t) for t in edition["texts"] + html_blocks(edition.get("html"))} - {""}
    texts = [Text(t) for t in sorted(known, key=len)]
    pdf_text, pages = pdf_pages(edition["pdf"])
    r = locale_report
    r["editions"] += 1
    extra = invisible_extras(pdf_text, edition["sources"])
    if extra:
        r["invisible"].append({"id": edition["id"], "characters": extra})
    for page in pages:
        lines = [squash(l) for l in page]
        lines = [l for l in lines if l]
        r["lines"] += len(lines)
        r["lines_in_model"] += sum(1 for l in lines if any(bare(l) in t.bare for t in texts))
        for a, b in zip(lines, lines[1:]):
            hit = find_break(texts, a, b)
            if hit is None:
                continue
            text, at, kind = hit
            words, opportunities, _ = bounds.of(text)
            r["breaks"] += 1
            r["at_space"] += kind == "space"
            r["hyphenated"] += kind == "hyphen"
            r["icu_line_opportunity"] += at in opportunities
            if at in words and kind != "hyphen":
                r["on_word_boundary"] += 1
                continue
            r["inside_word"] += 1
            if len(r["examples"]) < EXAMPLES:
                r["examples"].append(
                    {
                        "id": edition["id"],
                        "break": text[max(0, at - 12) : at] + "|" + text[at : at + 12],
                        "icu_word": bounds.word_around(text, at),
                    }
                )


def new_report():
    return {
        "editions": 0,
        "lines": 0,
        "lines_in_model": 0,
        "breaks": 0,
        "at_space": 0,
        "hyphenated": 0,
        "on_word_boundary": 0,
        "inside_word": 0,
        "icu_line_opportunity": 0,
        "examples": [],
        "invisible": [],
    }


def main():
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        sys.exit(2)
    with open(sys.argv[1], encoding="utf-8") as f:
        editions = json.load(f)["editions"]
    report = {"icu": icu.ICU_VERSION, "unicode": icu.UNICODE_VERSION, "locales": {}}
    bounds = {}
    for e in editions:
        loc = e["locale"]
        if loc not in bounds:
            bounds[loc] = Boundaries(loc)
            report["locales"][loc] = new_report()
        measure(e, bounds[loc], report["locales"][loc])
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    sys.stderr.write("ICU4C %s word boundaries\n" % report["icu"])
    sys.stderr.write(
        "locale editions lines in-model breaks at-space on-word inside-word share-on-word"
        " icu-line-ok\n"
    )
    for loc, r in report["locales"].items():
        share = 100.0 * r["on_word_boundary"] / r["breaks"] if r["breaks"] else 0.0
        sys.stderr.write(
            "%-6s %8d %5d %8d %6d %8d %7d %11d %12.2f%% %11d\n"
            % (
                loc,
                r["editions"],
                r["lines"],
                r["lines_in_model"],
                r["breaks"],
                r["at_space"],
                r["on_word_boundary"],
                r["inside_word"],
                share,
                r["icu_line_opportunity"],
            )
        )
        for ex in r["examples"]:
            sys.stderr.write("    %s: %s (ICU word %s)\n" % (ex["id"], ex["break"], ex["icu_word"]))
        for inv in r["invisible"]:
            sys.stderr.write("    %s: invisible %s\n" % (inv["id"], inv["characters"]))


if __name__ == "__main__":
    main()
