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
A ruler under the header ("-----", "=====") stays and the table goes on below it; a cell that fills its column leaves one
space before the next column and is cut there (rule ``filled_cell_split``: "Tue 19 Feb–20 Feb Study visit" under
"DATE              EVENT": a calendar's date and its event, not one cell).
"""
from __future__ import annotations

import re

_CHUNK = re.compile(r"[^ \t]+(?:[ ][^ \t]+)*")  # words apart by single spaces
_GAP = re.compile(r"[ ]{2,}|\t")
_RULER = re.compile(r"[ \t]*[-=_─━]{3,}[ \t]*")  # a header's underline
_SLACK = 2
_MIN_COLUMNS = 3
_MIN_ROWS = 2
# a header cell: a label of at most this many words
_HEADER_WORDS = 3


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


def _split_at_columns(chunks: list[tuple[int, int]], starts: list[int], expanded: str) -> list[tuple[int, int]]:
    """Rule ``filled_cell_split``: a cell that fills its column to the last character leaves one space before the
    next column's start, so its chunk runs into the next cell ("Tue 19 Feb–20 Feb Study visit to Bilbao" under
    "DATE              EVENT"); a chunk is cut where a column starts right after one of its spaces."""
    out = []
    for a, b in chunks:
        for s in starts:
            if a < s < b and expanded[s - 1] == " " and expanded[s] != " ":
                out.append((a, s - 1))
                a = s
        out.append((a, b))
    return out


def _cells(line: str, starts: list[int], overrun: bool = False) -> list[str] | None:
    """The line's cells under the columns ``starts``, or None when it does not fit them: a chunk that crosses a
    column's start, or a column start inside a chunk. ``overrun``: the line's last chunk may run over the next
    column's start when it leaves that column empty (a long name in a table under a header)."""
    chunks = _split_at_columns(_chunks(line), starts, line.expandtabs(8))
    if not chunks or (len(chunks) < 2 and chunks[0][0] <= starts[0] + _SLACK):
        return None  # (one chunk right of the first column may be a wrapped cell's rest: _under_row)
    cells = [""] * len(starts)
    expanded = line.expandtabs(8)
    for n, (a, b) in enumerate(chunks):
        k = max((i for i, s in enumerate(starts) if s <= a + _SLACK), default=None)
        if k is None or (k + 1 < len(starts) and b > starts[k + 1] - 1 and not (overrun and n == len(chunks) - 1)):
            return None
        if k > 0 and abs(a - starts[k]) > _SLACK and not cells[k]:
            return None  # a cell starts where no column does
        cells[k] = (cells[k] + "  " + expanded[a:b]) if cells[k] else expanded[a:b]
    return cells


def _opens_row(first: str) -> bool:
    """A table row opens with its key (a name, a code, a date): not with an empty cell (a row continued from the one
    above, "   | 15:30 | Award ceremony") nor with a lower-case word (wrapped prose of a page column)."""
    return bool(first) and not first[0].islower()


def _is_header(cells: list[str]) -> bool:
    """A header line: every cell a label of a few capitalised words without digits ("Body  Function  Name")."""
    return all(c[:1].isupper() and len(c.split()) <= _HEADER_WORDS and not any(ch.isdigit() for ch in c) for c in cells)


def _under_row(cells: list[str], rows: list[list[str]]) -> bool:
    """Rule family "grouped rows and wrapped cells" of a table under a header (a board table saved as text, a PDF's
    text extraction): a line whose first cell is empty continues the group of the row above. With two cells or more
    from the second column on it is the group's next row ("                Deputy Chair   Jane Doe   Acme SA" under
    "Management Board   Chair   …"), its first cell left empty as written (a label carried down would run into the
row above's last cell for the recognisers: "Acme SA\nManagement Board"); else its text is the rest of the cells above,
    wrapped ("                                          Faculty of Law" under "…   University of Graz,"). Appends
    to ``rows`` and says whether the line was read."""
    filled = [k for k, c in enumerate(cells) if c]
    if not filled:
        return False
    if filled[0] == 1 and len(filled) >= 2 and _opens_row(cells[1]):
        rows.append(cells)
        return True
    above = rows[-1]
    for k in filled:
        above[k] = (above[k] + " " + cells[k]).strip() if k < len(above) else cells[k]
    return True


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
        ruler = None
        if "\t" in line.strip() and len([c for c in line.split("\t") if c.strip()]) >= _MIN_COLUMNS:
            rows = _tab_rows([ln.strip() for ln in lines[i:]])
            used = len(rows)
        elif (starts := _columns(line)) is not None:
            rows = [[line.expandtabs(8)[a:b] for a, b in _chunks(line)]]
            header = _is_header(rows[0])
            used = 1
            for nxt in lines[i + 1:]:
                if header and used == 1 and _RULER.fullmatch(nxt):
                    ruler, used = nxt, 2  # "------" under the header: the table goes on below it
                    continue
                cells = _cells(nxt, starts, overrun=header) if nxt.strip() else None
                if cells is None:
                    break
                cells = [c.strip() for c in cells]
                if not _opens_row(cells[0]):
                    if not (header and len(rows) > 1 and not cells[0] and _under_row(cells, rows)):
                        break
                else:
                    rows.append(cells)
                used += 1
        else:
            rows, used = [], 1
        if len(rows) < 1 + _MIN_ROWS:
            out.append(line)
            i += 1
            continue
        out.extend(indent + " | ".join(row) for row in rows[:1])
        out.extend([ruler] if ruler is not None else [])
        out.extend(indent + " | ".join(row) for row in rows[1:])
        i += used
    return "\n".join(out)
