"""The file structure of the proofs' one-page hand-made PDFs: objects numbered from 1 in the
order given (1 the catalog), a cross-reference table and a trailer."""


def assemble(objects):
    """The bytes of a PDF whose objects are `objects` (their bodies, as text)."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(data):
    """A stream object's body holding `data` (latin-1 text)."""
    raw = data.encode("latin-1")
    return f"<< /Length {len(raw)} >>\nstream\n{data}\nendstream"
