#!/usr/bin/env python3
"""Print the structure tree of tagged PDFs as JSON, as pdfminer.six reads it.

    structure.py FILE.pdf...  ->  {"FILE.pdf": {"lang": ..., "kids": [element, ...]}, ...}

An element is {"tag", "lang" (its own /Lang or null), "title" (/T or null), "kids"}; a kid is
an element or a piece of marked content {"mcid", "text", "lang" (the /Lang of the marked content
or null)}. The text of a piece is what its show operators map to, or the /ActualText of a span
where it has one. tests/it/structure.rs reads this output.
"""

import json
import sys

from pdfminer.pdfdevice import PDFDevice
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.pdffont import PDFUnicodeNotDefined


def text_of(value):
    """A PDF text string (bytes, UTF-16 with a BOM or PDFDocEncoding) as str."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be", "replace")
        return value.decode("latin-1")
    return None


def name_of(value):
    value = resolve1(value)
    return value.name if isinstance(value, PSLiteral) else None


class MarkedContent(PDFDevice):
    """Collects the text of every marked-content sequence with an MCID, per page."""

    def __init__(self, rsrcmgr):
        super().__init__(rsrcmgr)
        self.page = 0
        self.stack = []
        self.pieces = {}

    def begin_tag(self, tag, props=None):
        props = props if isinstance(props, dict) else {}
        self.stack.append({
            "mcid": props.get("MCID"),
            "actual": text_of(props.get("ActualText")),
            "lang": text_of(props.get("Lang")),
            "text": "",
        })

    def end_tag(self):
        if not self.stack:
            return
        frame = self.stack.pop()
        text = frame["actual"] if frame["actual"] is not None else frame["text"]
        if self.stack:
            self.stack[-1]["text"] += text
        if frame["mcid"] is not None:
            self.pieces[(self.page, frame["mcid"])] = (text, frame["lang"])

    def do_tag(self, tag, props=None):
        pass

    def render_string(self, textstate, seq, ncs, graphicstate):
        if not self.stack:
            return
        font = textstate.font
        out = ""
        for obj in seq:
            if isinstance(obj, bytes):
                for cid in font.decode(obj):
                    try:
                        out += font.to_unichr(cid)
                    except PDFUnicodeNotDefined:
                        pass
        self.stack[-1]["text"] += out


def read(path):
    with open(path, "rb") as fp:
        doc = PDFDocument(PDFParser(fp))
        rsrc = PDFResourceManager()
        device = MarkedContent(rsrc)
        interp = PDFPageInterpreter(rsrc, device)
        page_index = {}
        for i, page in enumerate(PDFPage.create_pages(doc)):
            page_index[page.pageid] = i
            device.page = i
            interp.process_page(page)

        def page_of(ref, inherited):
            return page_index.get(ref.objid, inherited) if isinstance(ref, PDFObjRef) else inherited

        def element(obj, page):
            d = resolve1(obj)
            page = page_of(d.get("Pg"), page)
            kids = []
            k = d.get("K")
            for kid in (resolve1(k) if isinstance(resolve1(k), list) else [k] if k is not None else []):
                value = resolve1(kid)
                if isinstance(value, int):
                    kids.append(piece(page, value))
                elif isinstance(value, dict):
                    kind = name_of(value.get("Type"))
                    if kind == "MCR":
                        kids.append(piece(page_of(value.get("Pg"), page), resolve1(value.get("MCID"))))
                    elif kind == "OBJR":
                        continue
                    else:
                        kids.append(element(kid, page))
            return {
                "tag": name_of(d.get("S")),
                "lang": text_of(resolve1(d.get("Lang"))),
                "title": text_of(resolve1(d.get("T"))),
                "kids": kids,
            }

        def piece(page, mcid):
            text, lang = device.pieces.get((page, mcid), ("", None))
            return {"mcid": mcid, "text": text, "lang": lang}

        root = resolve1(doc.catalog.get("StructTreeRoot"))
        top = resolve1(root.get("K")) if root else None
        tops = top if isinstance(top, list) else [top] if top is not None else []
        return {
            "lang": text_of(resolve1(doc.catalog.get("Lang"))),
            "kids": [element(t, None) for t in tops],
        }


if __name__ == "__main__":
    json.dump({p: read(p) for p in sys.argv[1:]}, sys.stdout, ensure_ascii=False)
