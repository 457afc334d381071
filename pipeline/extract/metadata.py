"""Document-level facts: type, language, title, publication date."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.rules import Rules
from pipeline.records import Block, DocumentInfo, SegmentedDocument

_EN_FUNCTION_WORDS = {"the", "and", "of", "to", "in", "is", "for", "on", "with", "that", "are", "as", "by", "this", "be", "was", "were", "from"}


def guess_language(text: str) -> str | None:
    words = re.findall(r"[a-zA-Z]+", text[:20000].lower())
    if len(words) < 20:
        return None
    share = sum(1 for w in words if w in _EN_FUNCTION_WORDS) / len(words)
    return "en" if share > 0.08 else None


def guess_doc_type(seg: SegmentedDocument) -> str:
    head = seg.doc.text[:3000].lower()
    if "newsletter" in head:
        return "newsletter"
    if any(b.kind == "heading" and re.search(r"key messages|takeaways|conclusions|summary|agenda", seg.doc.text[b.start:b.end], re.I) for b in seg.blocks):
        return "conference_summary"
    if re.search(r"\b(submitted by|published on|posted on|news)\b", head):
        return "news"
    return "other"


def document_info(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules) -> DocumentInfo:
    doc = seg.doc
    status = "partial" if doc.problems else "ok"
    return DocumentInfo(
        doc_id=doc.doc_id,
        source_path=doc.source_path,
        fmt=doc.fmt,
        content_sha256=doc.content_sha256,
        title=doc.title,
        doc_type=guess_doc_type(seg),
        published_date=None,
        published_date_source=None,
        language=guess_language(doc.text) or "und",
        n_pages=doc.n_pages,
        n_chars=len(doc.text),
        status=status,
    )
