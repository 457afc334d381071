"""Big documents in parts: nlp and extract run over one part at a time, so memory stays bounded.

A segmented document longer than ``settings.part_chars`` is cut at block boundaries into parts of
at most that many characters (a block is never longer than ``segment.MAX_BLOCK_CHARS``). Each part
is a document of its own text (offsets from 0), so extract never scans the whole text once per part;
its mentions are shifted back to the whole document's offsets and joined in order. spaCy's docs of
one part are dropped before the next part starts: a 30 MB text never holds more than one part's.

What a part cannot see: a short name ("Doe") refers to a full name only within its part, and a
block whose heading lies in an earlier part keeps the heading's text (``section``) but not its
offset. Document-level facts (type, published date, language) come from the first part.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from pipeline.records import Block, DocumentResult, IngestedDocument, SegmentedDocument, Sentence

T = TypeVar("T")


def split_parts(seg: SegmentedDocument, max_chars: int) -> list[tuple[int, SegmentedDocument]]:
    """``[(offset, part)]``: the whole document as one part when it is short enough."""
    text = seg.doc.text
    if max_chars <= 0 or len(text) <= max_chars or not seg.blocks:
        return [(0, seg)]
    groups: list[list[Block]] = [[]]
    for b in seg.blocks:
        if groups[-1] and b.end - groups[-1][0].start > max_chars:
            groups.append([])
        groups[-1].append(b)
    sentences = list(seg.sentences)
    parts: list[tuple[int, SegmentedDocument]] = []
    si = 0
    for i, group in enumerate(groups):
        start = 0 if i == 0 else group[0].start
        end = len(text) if i == len(groups) - 1 else groups[i + 1][0].start
        own: list[Sentence] = []
        while si < len(sentences) and sentences[si].start < end:
            own.append(_shifted(sentences[si], -start))
            si += 1
        blocks = tuple(_part_block(b, start) for b in group)
        doc = replace(seg.doc, text=text[start:end], pages=(), blocks=(), problems=seg.doc.problems if i == 0 else ())
        parts.append((start, SegmentedDocument(doc=doc, blocks=blocks, sentences=tuple(own))))
    return parts


def _part_block(b: Block, start: int) -> Block:
    shifted = _shifted(b, -start)
    if b.section_start is not None:
        inside = b.section_start >= start
        shifted = replace(shifted, section_start=b.section_start - start if inside else None)
    return shifted


def _shifted(obj: T, by: int) -> T:
    return replace(obj, start=obj.start + by, end=obj.end + by)  # type: ignore[attr-defined]


def merge_parts(whole: SegmentedDocument, parts: list[tuple[int, DocumentResult]]) -> DocumentResult:
    """One result for the whole document from its parts' results (in order)."""
    first = parts[0][1]
    doc: IngestedDocument = whole.doc
    joined: dict[str, list] = {name: [] for name in ("people", "organisations", "locations", "events", "dates", "roles", "key_messages")}
    for offset, result in parts:
        for name, items in joined.items():
            items.extend(_shifted(m, offset) for m in getattr(result, name))
    joined["key_messages"] = [replace(k, ordinal=i) for i, k in enumerate(joined["key_messages"], start=1)]
    info = replace(first.info, n_chars=len(doc.text), status="partial" if doc.problems else "ok")
    return DocumentResult(info=info, text=doc.text, pages=doc.pages, blocks=whole.blocks, sentences=whole.sentences,
                          problems=doc.problems, **{name: tuple(items) for name, items in joined.items()})

