"""Decompression limits: a page whose content inflates past a limit is not handed to pdfminer.

pdfminer inflates a content stream whole (``zlib.decompress``) and then interprets every byte of it,
so a one-page PDF whose 1 MB stream inflates to 1 GB took minutes and more than 2 GB of memory before
failing. Here each page's content streams (and the form XObjects they draw) are inflated first in
1 MB pieces that are counted and dropped: past ``max_stream_bytes`` for one stream, or once the
document's pages together pass ``max_content_bytes`` (page count × content size), the page is not
read and becomes a failed page with the reason. Counting costs one inflate up to the limit, in
constant memory.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass

from pdfminer.pdftypes import LITERALS_ASCII85_DECODE, LITERALS_ASCIIHEX_DECODE, LITERALS_FLATE_DECODE, PDFStream, resolve1
from pdfminer.psparser import LIT

_CHUNK = 1 << 20
_FORM = LIT("Form")
_MB = 1 << 20


@dataclass(frozen=True)
class PdfLimits:
    max_stream_bytes: int = 64 * _MB
    max_content_bytes: int = 512 * _MB

    @classmethod
    def from_mb(cls, stream_mb: float, content_mb: float) -> "PdfLimits":
        return cls(int(stream_mb * _MB), int(content_mb * _MB))


class ContentTooLarge(Exception):
    """A page's content is over a limit; the message says which and how to raise it."""


def inflated_size(data: bytes, cap: int) -> int:
    """Bytes that zlib ``data`` inflates to, counted up to just past ``cap``; damaged data counts as far as it goes."""
    d = zlib.decompressobj()
    total = 0
    buf = data
    try:
        while True:
            out = d.decompress(buf, _CHUNK)
            total += len(out)
            if total > cap or d.eof:
                break
            buf = d.unconsumed_tail
            if not buf and not out:
                break
    except zlib.error:
        pass
    return total


def stream_size(stream: PDFStream, cap: int) -> int:
    """The decoded size of a stream's data, counted without keeping it (up to just past ``cap``)."""
    if stream.data is not None:
        return len(stream.data)
    data = stream.rawdata or b""
    if stream.decipher and stream.objid is not None:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    for name, _params in stream.get_filters():
        if name in LITERALS_FLATE_DECODE:
            return inflated_size(data, cap)
        if name in LITERALS_ASCII85_DECODE or name in LITERALS_ASCIIHEX_DECODE:
            from pdfminer.ascii85 import ascii85decode, asciihexdecode

            data = (ascii85decode if name in LITERALS_ASCII85_DECODE else asciihexdecode)(data)  # never longer than its input
            continue
        break  # other filters (LZW, images) are left to pdfminer
    return len(data)


def _streams(page_obj) -> list[PDFStream]:
    """The page's content streams and the form XObjects it may draw (nested forms included, each once)."""
    out: list[PDFStream] = []
    seen: set[int] = set()
    todo: list[tuple[object, object]] = [(c, page_obj.resources) for c in page_obj.contents]
    while todo and len(out) < 10_000:
        obj, resources = todo.pop()
        stream = resolve1(obj)
        if not isinstance(stream, PDFStream) or id(stream) in seen:
            continue
        seen.add(id(stream))
        out.append(stream)
        xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
        for ref in xobjects.values() if isinstance(xobjects, dict) else ():
            child = resolve1(ref)
            if isinstance(child, PDFStream) and child.attrs.get("Subtype") is _FORM:
                own = resolve1(child.attrs.get("Resources"))
                todo.append((child, own if isinstance(own, dict) else resources))
    return out


class ContentBudget:
    """Checks each page against the limits before pdfminer reads it; keeps the document's running total."""

    def __init__(self, limits: PdfLimits) -> None:
        self.limits = limits
        self.used = 0

    def check(self, page_obj) -> None:
        """Raise ContentTooLarge when the page's content is over a limit."""
        lim = self.limits
        page_total = 0
        for stream in _streams(page_obj):
            size = stream_size(stream, lim.max_stream_bytes)
            if size > lim.max_stream_bytes:
                raise ContentTooLarge(
                    f"a content stream inflates to more than {lim.max_stream_bytes / _MB:g} MB (a decompression bomb or "
                    "a damaged file); not read (setting pdf_max_stream_mb, CLUSTER_KB_PDF_MAX_STREAM_MB)")
            page_total += size
        if self.used + page_total > lim.max_content_bytes:
            self.used = lim.max_content_bytes + 1  # every later page is refused too
            raise ContentTooLarge(
                f"the document's page content passes {lim.max_content_bytes / _MB:g} MB in all; this page and the ones "
                "after it are not read (setting pdf_max_content_mb, CLUSTER_KB_PDF_MAX_CONTENT_MB)")
        self.used += page_total
