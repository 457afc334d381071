"""Plain-text tables: columns laid out with runs of spaces (minutes' attendance lists, board tables and calendars
saved as text, PDF text extractions) become rows with their cells joined by " | ", as the Markdown, HTML, .docx and
PDF readers write tables, before spaces are folded (which would run the cells of a row into one another:
"Jane Doe Acme Cluster (AC) project coordinator").

A table is a line of at least three cells, apart by two or more spaces (its header, or its first row),
and at least two lines under it whose cells start where its cells start (two characters of slack) and run over no
column's start; the table ends at the first line that does not fit or does not open with its key (an empty first cell continues
the row above; a lower-case word, a page column's wrapped prose). A row may leave cells empty and a cell may hold
a double space ("LP  Acme Agency": a partner code) as long as it stays within its column. Two-column page text has
two cells a line and is left as it is; so is a table of fewer than three lines. Tab-separated tables are read the
same way, by their tabs: at least three lines with the same number of cells, at least three.
"""
from __future__ import annotations

import re

_CHUNK = re.compile(r"[^ \t]+(?:[ ][^ \t]+)*")  # words apart by single spaces
_GAP = re.compile(r"[ ]{2,}|\t")
_SLACK = 2
_MIN_COLUMNS = 3
_MIN_ROWS = 2


def _chunks(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CHUNK.finditer(line.expandtabs(8))]


def _columns(line: str) -> list[int] | None:
    """The cells' starts of a line that may open a table: at least three cells apart by gaps."""
    chunks = _chunks(line)
    if len(chunks) < _MIN_COLUMNS:
        return None
    expanded = line.expandtabs(8)
    if any(not _GAP.fullmatch(expanded[a[1]:b[0]]) for a, b in zip(chunks, chunks[1:])):
        return None
    return [a for a, _ in chunks]


def _cells(line: str, starts: list[int]) -> list[str] | None:
    """The line's cells under the columns ``starts``, or None when it does not fit them: a chunk that crosses a
    column's start, or a column start inside a chunk."""
    chunks = _chunks(line)
    if len(chunks) < 2:
        return None
    cells = [""] * len(starts)
    expanded = line.expandtabs(8)
    for a, b in chunks:
        k = max((i for i, s in enumerate(starts) if s <= a + _SLACK), default=None)
        if k is None or (k + 1 < len(starts) and b > starts[k + 1] - 1):
            return None
        if k > 0 and abs(a - starts[k]) > _SLACK and not cells[k]:
            return None  # a cell starts where no column does
        cells[k] = (cells[k] + "  " + expanded[a:b]) if cells[k] else expanded[a:b]
    return cells


def _opens_row(first: str) -> bool:
    """A table row opens with its key (a name, a code, a date): not with an empty cell (a row continued from the one
    above, "   | 15:30 | Award ceremony") nor with a lower-case word (wrapped prose of a page column)."""
    return bool(first) and not first[0].islower()


def _tab_rows(lines: list[str]) -> list[list[str]]:
    """A tab-separated table from the first line on: the lines with as many tab-separated cells as the first."""
    width = lines[0].count("\t") + 1
    rows = []
    for line in lines:
        if line.count("\t") + 1 != width or not _opens_row(line.split("\t")[0].strip()):
            break
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def pipe_text_tables(text: str) -> str:
    """``text`` with its space-aligned or tab-separated tables (see the module doc) written as " | "-separated rows."""
    if "  " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        indent = line[:len(line) - len(line.lstrip())]
        if "\t" in line.strip() and len([c for c in line.split("\t") if c.strip()]) >= _MIN_COLUMNS:
            rows = _tab_rows([ln.strip() for ln in lines[i:]])
        elif (starts := _columns(line)) is not None:
            rows = [[line.expandtabs(8)[a:b] for a, b in _chunks(line)]]
            for nxt in lines[i + 1:]:
                cells = _cells(nxt, starts) if nxt.strip() else None
                if cells is None or not _opens_row(cells[0].strip()):
                    break
                rows.append([c.strip() for c in cells])
        else:
            rows = []
        if len(rows) < 1 + _MIN_ROWS:
            out.append(line)
            i += 1
            continue
        out.extend(indent + " | ".join(row) for row in rows)
        i += len(rows)
    return "\n".join(out)
