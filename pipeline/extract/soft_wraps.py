"""Soft line wraps: the line breaks inside a paragraph that are layout (a PDF's columns, a wrapped line of prose), not
a boundary between a role and its organisation, and the text with them turned into spaces (same length, so offsets
stay valid)."""
from __future__ import annotations

import re

# a line that opens with a bullet, a number, an arrow or a pictograph ("👉 Jane Doe – Communications", "📅 4 May"): a
# list item or a post's line, not a wrapped line of prose
_LIST_LINE = re.compile(r"[ \t]*(?:[-•*–—►✓➢▪·→▶]|\d|[\u2600-\u27bf\U0001f300-\U0001faff])")


def fold_soft_wraps(text: str, blocks, keep: frozenset[int] = frozenset()) -> str:
    """``text`` with the line breaks inside paragraph blocks turned into spaces (same length, so
    offsets stay valid): in prose a line end is layout (two-column PDFs), not a boundary between a
    role and its organisation. Line-structured blocks (signatures, agendas, lists) keep theirs, and
    so does a line-end hyphen ("Bio-\\nMaterials"), which :func:`pipeline.extract.shapes.clean` resolves, and a break before
    a line starting with a bullet, a number or a time ("10:30 Keynote – ..."): a list left in a paragraph, and the
    breaks of ``keep``."""
    return fold_breaks(text, soft_breaks(text, blocks) - keep)


def soft_breaks(text: str, blocks, kinds: tuple[str, ...] = ("paragraph",)) -> frozenset[int]:
    """The offsets of the line breaks :func:`fold_soft_wraps` turns into spaces, in the blocks of ``kinds``
    (``("paragraph", "list_item")`` also takes a list item wrapped over several lines, one block to segmentation)."""
    out = set()
    for b in blocks:
        if b.kind not in kinds:
            continue
        i = text.find("\n", b.start, b.end)
        while i != -1:
            if i > 0 and text[i - 1] not in "-\n" and text[i + 1:i + 2] != "\n" and not _LIST_LINE.match(text, i + 1):
                out.add(i)
            i = text.find("\n", i + 1, b.end)
    return frozenset(out)


def wrap_breaks(text: str, blocks, *, share: float = 0.7) -> frozenset[int]:
    """The :func:`soft_breaks` of paragraphs and list items whose line is at least ``share`` of the text's line
    width (the 90th percentile of the lengths of those blocks' lines): a line that ended because the next word
    did not fit, not the short line of an address or a signature that segmentation reads as a paragraph ("Jane
    Doe, Project Manager\\nAcme GmbH, Bamberg"). A text whose paragraphs are not wrapped has no such break."""
    kinds = ("paragraph", "list_item")
    breaks = soft_breaks(text, blocks, kinds)
    widths = sorted(len(line) for b in blocks if b.kind in kinds for line in text[b.start:b.end].split("\n"))
    if not breaks or not widths:
        return frozenset()
    width = widths[int(len(widths) * 0.9)]
    return frozenset(i for i in breaks if i - text.rfind("\n", 0, i) - 1 >= share * width)


def fold_breaks(text: str, breaks: frozenset[int]) -> str:
    """``text`` with the line breaks at ``breaks`` turned into spaces (same length)."""
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)
