"""Card grids: speaker, jury or team cards set side by side on a page ("Jane Doe      John Roe" /
"Director         Head of Unit" / "Acme SA          Beta GmbH"). Each visual line runs across every card of the
row, so read line by line two people's names, roles and organisations run together on one line. A card row is
a line of names (bold throughout, one short capitalised cell per column) with at most a few lines of details under
it, every line's parts starting on the names' columns, and optionally a caption or heading line just above it
("photo   photo", "Session 5 - moderator   Session 5 - rapporteur"). It is read card by card: each column's
part of each paragraph in turn, so every card comes out as a name paragraph over its own details.

A table's header row is not a names line: its cells are mostly single words ("Country", "Members") and its rows
run on far past a card's few detail lines; tables stay with :func:`assemble.cell_order` (row by row)."""
from __future__ import annotations

from typing import Sequence

from pipeline.ingest.pdf.lines import Line

# A card's details (role, unit, organisation, place) under its name: at most this many lines.
MAX_DETAIL_LINES = 4
# Each name cell: this many words (a name with a courtesy title: "Prof. Dr. Anna Maria de Vries").
_NAME_WORDS = (2, 6)


def _is_names_line(para: Sequence[Line]) -> bool:
    """One bold line of two cells or more, each a short capitalised run of words without digits."""
    if len(para) != 1 or not para[0].bold or len(para[0].cells) < 2:
        return False
    for _, text in para[0].cells:
        words = text.split()
        if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or not text[:1].isupper() or any(c.isdigit() for c in text):
            return False
    return True


def _split(line: Line, columns: Sequence[float]) -> dict[int, str] | None:
    """The line's text per column (each word in the last column it starts in), or None when the line does not fit
    the columns: text left of the first column, a part that starts off its column's left edge, or one run of text
    across a column start (prose or a heading)."""
    size = max(line.size, 1.0)
    if not line.words and any(line.x0 + 0.5 * size < c < line.x1 for c in columns):
        return None
    parts: dict[int, list[tuple[float, str]]] = {}
    for x, text in line.words or ((line.x0, line.text),):
        fits = [i for i, c in enumerate(columns) if x >= c - 0.5 * size]
        if not fits:
            return None
        parts.setdefault(fits[-1], []).append((x, text))
    if any(abs(ws[0][0] - columns[i]) > 0.5 * size for i, ws in parts.items()):
        return None
    return {i: " ".join(t for _, t in ws) for i, ws in parts.items()}


def _fits(para: Sequence[Line], columns: Sequence[float]) -> list[dict[int, str]] | None:
    split = [_split(line, columns) for line in para]
    return None if any(s is None for s in split) else split  # type: ignore[return-value]


def card_rows(paras: Sequence[Sequence[Line]]) -> tuple[dict[int, list[list[str]]], set[int]]:
    """Card rows among a page's paragraphs: {index of the row's first paragraph: the row's paragraphs (lists of line
    texts) card by card}, and the indices of every paragraph the rows hold."""
    rows: dict[int, list[list[str]]] = {}
    used: set[int] = set()
    for j, para in enumerate(paras):
        if j in used or not _is_names_line(para):
            continue
        columns = [x for x, _ in para[0].cells]
        details = _fits(paras[j + 1], columns) if j + 1 < len(paras) and not any(ln.bold for ln in paras[j + 1]) else None
        if not details or len(details) > MAX_DETAIL_LINES:
            continue
        split_paras = [[{i: t for i, (_, t) in enumerate(para[0].cells)}], details]
        first = j
        above = _fits(paras[j - 1], columns) if j > 0 and j - 1 not in used and len(paras[j - 1]) == 1 else None
        if above and len(above[0]) == len(columns):
            split_paras.insert(0, above)  # a caption or heading over each card ("photo", "Session 2 - moderator")
            first = j - 1
        out: list[list[str]] = []
        for col in range(len(columns)):
            for split in split_paras:
                texts = [parts[col] for parts in split if col in parts]
                if texts:
                    out.append(texts)
        rows[first] = out
        used.update(range(first, j + 2))
    return rows, used
