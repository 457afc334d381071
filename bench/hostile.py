"""Awkward input files, built from nothing: the cases of issue 12 as bytes (used by ``bench.torture`` and the tests).

Every builder is pure and deterministic (same arguments, same bytes), and takes its size as an
argument so a test can run a smaller version of the same case.
"""
from __future__ import annotations

import zlib

# Our own prose: a person, an organisation, a city and a date in every sentence (big-text cases).
SENTENCES = (
    "Lena Marsh, director of the Nordic Battery Cluster, presented the regional plan in Aarhus on 4 March 2025.",
    "The Adriatic Marine Network welcomed Tomas Vidal to its board at a meeting in Split on 17 June 2024.",
    "Partners from twelve regions discussed skills, funding and raw materials with the working group.",
    "Ines Carvalho opened the Atlantic Food Forum 2025 in Porto, hosted by the Lusitania Agri Alliance.",
    "The steering committee of the Danube Mobility Hub will meet again in Linz after the summer break.",
)


def prose(n_chars: int, *, paragraph_every: int = 0) -> str:
    """About ``n_chars`` of sentences; one line without breaks unless ``paragraph_every`` sentences make a paragraph."""
    out: list[str] = []
    size = i = 0
    while size < n_chars:
        sentence = SENTENCES[i % len(SENTENCES)]
        sep = "\n\n" if paragraph_every and i and i % paragraph_every == 0 else " "
        out.append((sep if out else "") + sentence)
        size += len(sentence) + len(sep)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------------------------
# PDFs written object by object (no library): small, exact, and able to hold a compression bomb
# --------------------------------------------------------------------------------------------
def deflate_repeated(chunk: bytes, times: int) -> bytes:
    """zlib data inflating to ``chunk * times``, made without compressing it all: after a full flush
    the compressor restarts, so every further chunk compresses to the same bytes."""
    c = zlib.compressobj(9)
    first = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    middle = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    last = c.compress(chunk) + c.flush(zlib.Z_FINISH)
    checksum = 1
    for _ in range(times):
        checksum = zlib.adler32(chunk, checksum)
    return first + middle * (times - 2) + last[:-4] + checksum.to_bytes(4, "big")


def pdf_document(page_streams: list[bytes]) -> bytes:
    """A PDF with one page per (already deflated) content stream, Helvetica as /F1."""
    n = len(page_streams)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n)), n),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, data in enumerate(page_streams):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i))
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def text_page(line: str, padding_mb: int = 0) -> bytes:
    """A deflated content stream showing ``line``, padded with spaces to ``padding_mb`` MB when inflated."""
    content = b"BT /F1 12 Tf 72 720 Td (%s) Tj ET\n" % line.encode("latin-1")
    if not padding_mb:
        return zlib.compress(content)
    return deflate_repeated(content + b" " * ((1 << 20) - len(content)), padding_mb)


def pdf_bomb(inflated_mb: int = 1024) -> bytes:
    """A one-page PDF whose content stream inflates to ``inflated_mb`` MB (1 GB: about 1 MB of file)."""
    return pdf_document([text_page("Hello", padding_mb=inflated_mb)])


def small_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with these lines of text (one text object each)."""
    content = b"".join(b"BT /F1 12 Tf 72 %d Td (%s) Tj ET\n" % (720 - 18 * i, s.encode("latin-1")) for i, s in enumerate(lines))
    return pdf_document([zlib.compress(content)])


# --------------------------------------------------------------------------------------------
# pathological nesting
# --------------------------------------------------------------------------------------------
MARKDOWN_MARKERS = ("> ", "[", "![", "`", "*")  # quote nesting, link and image brackets, code spans, emphasis


def nested_markdown(n_bytes: int) -> bytes:
    """About ``n_bytes`` of Markdown marker runs, one run per kind in ``MARKDOWN_MARKERS`` (equal shares),
    between two ordinary paragraphs."""
    opening = "Cluster notes: Lena Marsh met the Nordic Battery Cluster in Aarhus on 4 March 2025.\n\n"
    closing = "\n\nThe working group meets again in Linz.\n"
    share = max(1, (n_bytes - len(opening) - len(closing)) // len(MARKDOWN_MARKERS))
    runs = [marker * (share // len(marker)) for marker in MARKDOWN_MARKERS]
    return (opening + "\n\n".join(runs) + closing).encode()


def deep_html(depth: int) -> bytes:
    """``depth`` nested <div>s with a sentence outside and one at the bottom."""
    return ("<html><body><p>Ines Carvalho chairs the Lusitania Agri Alliance.</p>" + "<div>" * depth
            + "<p>Deep inside, Tomas Vidal spoke in Split.</p>" + "</div>" * depth + "</body></html>").encode()


# --------------------------------------------------------------------------------------------
# look-alikes
# --------------------------------------------------------------------------------------------
WIDE_TEXT = "Lena Marsh, director of the Nordic Battery Cluster, met Tomas Vidal in Aarhus on 4 March 2025; Größe, 5 €.\n"


def html_page(title: str, sentence: str) -> bytes:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><p>{sentence}</p></body></html>").encode()


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504  # a legacy Office (.doc) header
