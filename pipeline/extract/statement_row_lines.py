"""Rule family "rows of a dash list left in a paragraph": the line breaks the in-sentence rules must keep.

Segmentation may read the rows of a directory or a contact list as one paragraph when nothing but a line break stands
between them ("Acme Foods Kft., Szeged (HU) – Jane Doe, quality manager\\nBeta Mills OOD, Ruse (BG) – John Roe, CEO").
The in-sentence rules read a paragraph's line breaks as spaces (soft_wraps.fold_soft_wraps), so the role of one row would
run on over the organisation that opens the next ("quality manager Beta Mills OOD") and hide it. A break between two
lines that are each such a row, a head and a spaced dash before a capitalised word, is a row's end, not a wrap: wrapped
prose rarely opens two lines in a row with a capital and a dash clause each.
"""
from __future__ import annotations

import re

from pipeline.extract.soft_wraps import soft_breaks
from pipeline.extract.statement_parts import UPPER

# a row: perhaps a list mark, a capitalised head of at most 80 characters, a spaced dash, a capitalised word
_DASH_ROW = re.compile(r"[ \t]*(?:[-•*►][ \t]+)?" + UPPER + r"[^\n]{0,80}?\S[ \t]+[–—][ \t]+" + UPPER)


def dash_row_breaks(text: str, blocks) -> frozenset[int]:
    """The soft line breaks of ``blocks`` between two dash rows (see the module doc), which no fold may run together."""
    out = set()
    for i in soft_breaks(text, blocks):
        line = text.rfind("\n", 0, i) + 1
        if _DASH_ROW.match(text, line, i) and _DASH_ROW.match(text, i + 1, _line_end(text, i + 1)):
            out.add(i)
    return frozenset(out)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end
