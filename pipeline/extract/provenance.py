"""Provenance marks that depend on where a fact's text came from, applied once extraction is done.

A fact whose evidence starts on a page read by OCR (``Page.status == "ocr"``) gets ``+ocr`` after
its rule ("ner:PERSON+ocr"), so analysts can filter or weigh facts from OCR text.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from pipeline.records import DocumentResult

OCR_SUFFIX = "+ocr"
_FACTS = ("people", "organisations", "locations", "events", "dates", "roles", "key_messages")


def mark_ocr_facts(result: DocumentResult) -> DocumentResult:
    """``result`` with ``+ocr`` on the rule of every fact that starts on an OCR page."""
    ocr = [(p.start, p.end) for p in result.pages if p.status == "ocr"]
    if not ocr:
        return result
    starts = [s for s, _ in ocr]

    def on_ocr_page(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset <= ocr[i][1]

    changed = {}
    for name in _FACTS:
        changed[name] = tuple(replace(f, rule=f.rule + OCR_SUFFIX) if on_ocr_page(f.start) else f for f in getattr(result, name))
    return replace(result, **changed)
