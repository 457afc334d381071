"""Rule ``table_row_date``: an event named in a cell of a table takes the date of its row's date column.

Calendars, newsletters' "upcoming events" boxes, project pages ("Next meetings") and calls ("Key dates") list
events in a table whose header names a date column: "| Date | Event | Place |", "| When | Where | What |",
"| What | When |". The event of a row is dated by that row's cell in the date column, whatever column it
stands in and whatever its date looks like ("27–28 February 2029", "2029-03-14", "June 2029 (dates tbc)",
"Thursday 20 July 2028, 12:30"); not by the next row's date, not by a year written in its name, not by a
date of the text around the table.

Both shapes tables reach this stage in:

- rendered one cell a block: Markdown, HTML and .docx ingest write each cell as its own line (an empty
  cell as "–"), the header's cells first. The number of columns is read from the rows themselves: the
  smallest number of cells after which the date column's cell holds a date again, row after row, with a
  header of as many short label cells (no date, no figure) around the date label;
- raw pipe rows of a plain text ("| 16 May 2029 | Members' day | Rijeka |"), under a header line of as many
  cells ("| Date | Event | Place |"), table rules ("|---|") between.

A calendar table with no header (a newsletter's "Coming up" box: "24.10.2029 | Riga | Breakfast",
"19 Nov 2026 | Webinar …") is read by its rows' shape (``headerless_row_date``): when the table opens the run of
cells and a bare date cell recurs every k cells (k >= 2, two rows or more, no other bare date between), each
k cells from the first are a row and the event takes its row's date cell, never the next row's.

The date labels are the ``date`` labels of ``data/event_header_labels.csv`` ("Date", "When", "Dates").
Run first by :func:`pipeline.extract.event_attributes.attach_event_attributes` (a row's own date outranks
every other way of dating its event).
"""
from __future__ import annotations

import re

from pipeline.extract.date_patterns import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.pipe_cells import pipe_cells
from pipeline.records import Block, DateMention

_MAX_COLUMNS = 10
_ROWS_CHECKED = 3  # rows whose date cell must hold a date for a number of columns to be taken
_CELL_MARKS = " \t*_:|#"
EMPTY_CELLS = {"–", "-", "—", ""}
_WEEKDAY_LEAD = re.compile(rf"(?:{WEEKDAY}\.?,?[ \t]+)")
_RULE_LINE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*")


def label(text: str) -> str:
    return " ".join(text.strip(_CELL_MARKS).lower().split())


def _label_like(ctx: DocContext, start: int, end: int) -> bool:
    """A header cell: a few words, no figure, no date ("Date", "Event", "Organiser", "Where"), or the "#" of a
    row-number column ("| # | Date | Module | Trainer |")."""
    if ctx.text[start:end].strip(" \t*_|") == "#":
        return True
    text = ctx.text[start:end].strip(_CELL_MARKS)
    return (0 < len(text) <= 40 and len(text.split()) <= 4 and text[:1].isalpha() and not re.search(r"\d", text)
            and not ctx.dates_between(start, end))


def _cell_date(ctx: DocContext, start: int, end: int) -> DateMention | None:
    """The first date of a cell."""
    dates = ctx.dates_between(start, end)
    return dates[0] if dates else None


def _dated_or_empty(ctx: DocContext, block: Block) -> bool:
    return _cell_date(ctx, block.start, block.end) is not None or ctx.text[block.start:block.end].strip(_CELL_MARKS) in EMPTY_CELLS


def cell_run(ctx: DocContext, block: Block) -> tuple[list[Block], int]:
    """The run of consecutive one-line blocks (cells) that holds ``block``, and its index there."""
    i = ctx.blocks.index(block)
    lo = i
    while lo > 0 and ctx.blocks[lo - 1].kind == "line":
        lo -= 1
    hi = i
    while hi + 1 < len(ctx.blocks) and ctx.blocks[hi + 1].kind == "line":
        hi += 1
    return ctx.blocks[lo:hi + 1], i - lo


def table_shape(ctx: DocContext, run: list[Block], at: int) -> tuple[int, int] | None:
    """(header's first cell, number of columns) of the table rendered one cell a block whose date label is
    ``run[at]`` (see the module doc), or None when the cells after it make no such table."""
    for k in range(2, _MAX_COLUMNS + 1):
        rows = [at + k * r for r in range(1, _ROWS_CHECKED + 1) if at + k * r < len(run)]
        if not rows or not all(_dated_or_empty(ctx, run[j]) for j in rows) or _cell_date(ctx, run[rows[0]].start, run[rows[0]].end) is None:
            continue
        heads = [h for h in range(max(0, at - k + 1), at + 1)
                 if h + k <= len(run) and all(_label_like(ctx, b.start, b.end) for b in run[h:h + k])]
        if not heads:
            continue
        ends_on_rows = [h for h in heads if (len(run) - h) % k == 0]
        return (ends_on_rows or heads)[0], k
    return None


def rendered_tables(ctx: DocContext, date_labels: frozenset[str]) -> list[tuple[list[Block], int, int, int]]:
    """(cells, header's first cell, number of columns, date column) of every table rendered one cell a block
    with a date column (see the module doc); the cells are the run of one-line blocks that holds the table."""
    out = []
    seen: set[int] = set()
    for block in ctx.blocks:
        if block.kind != "line" or block.start in seen:
            continue
        run, _ = cell_run(ctx, block)
        seen.update(b.start for b in run)
        labels = [j for j, b in enumerate(run) if label(ctx.text[b.start:b.end]) in date_labels]
        for at in labels:
            shape = table_shape(ctx, run, at)
            if shape is not None:
                out.append((run, shape[0], shape[1], at - shape[0]))
    return out


def _rendered_row_date(ctx: DocContext, m: Candidate, date_labels: frozenset[str]) -> DateMention | None:
    """The date cell of the event's row in a table rendered one cell a block (see the module doc)."""
    block = ctx.block_at(m.start)
    if block is None or block.kind != "line" or m.end > block.end:
        return None
    run, i = cell_run(ctx, block)
    labels = [j for j, b in enumerate(run[:i]) if label(ctx.text[b.start:b.end]) in date_labels]
    if not labels:
        return None
    at = labels[-1]  # the date label of the table the event's cell is under
    shape = table_shape(ctx, run, at)
    if shape is None:
        return None
    head, k = shape
    row, col = divmod(i - head, k)
    if row < 1 or col == at - head:
        return None
    date_cell = head + row * k + (at - head)
    if date_cell >= len(run):
        return None
    return _cell_date(ctx, run[date_cell].start, run[date_cell].end)


# A bare date cell: perhaps a weekday, then a date opening the cell, then at most a short rest
# ("February 2027 (tbc)", "16.01.2029 (Tue), 17:30").
_BARE_CELL_MAX = 40


def _bare_date_cell(ctx: DocContext, block: Block) -> bool:
    text = ctx.text[block.start:block.end]
    lead = len(text) - len(text.lstrip(_CELL_MARKS))
    dates = ctx.dates_between(block.start, block.end)
    return bool(dates) and len(text.strip(_CELL_MARKS)) <= _BARE_CELL_MAX and (
        dates[0].start == block.start + lead or _WEEKDAY_LEAD.fullmatch(text, lead, dates[0].start - block.start) is not None)


def _headerless_row_date(ctx: DocContext, m: Candidate, date_labels: frozenset[str]) -> DateMention | None:
    """The date cell of the event's row in a table rendered one cell a block with no header (see the module doc):
    the run of cells opens with the first row, whose date cell is its c-th cell; bare date cells every k cells.
    Not for a table with a date label (its header decides) nor one with empty cells (its shape is not sure)."""
    block = ctx.block_at(m.start)
    if block is None or block.kind != "line" or m.end > block.end:
        return None
    run, i = cell_run(ctx, block)
    cells = [label(ctx.text[b.start:b.end]) for b in run]
    if any(c in date_labels or c in EMPTY_CELLS for c in cells):
        return None
    dated = [j for j, b in enumerate(run) if _bare_date_cell(ctx, b)]
    if len(dated) < 2 or i in dated:
        return None
    k = dated[1] - dated[0]
    col = dated[0]  # the table opens the run: the first row's date cell is its col-th cell
    if not 2 <= k <= _MAX_COLUMNS or col >= k or any(b - a != k for a, b in zip(dated, dated[1:])):
        return None
    row = i // k
    if row >= len(dated):
        return None
    return _cell_date(ctx, run[dated[row]].start, run[dated[row]].end)


def _pipe_row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a pipe row "| a | b |" between ``start`` and ``end`` (offsets of each cell's text); none when
    the line does not open with its bar."""
    if not text[start:end].lstrip().startswith("|"):
        return []
    return [(c.start, c.end) for c in pipe_cells(text, start, end)]


def _pipe_row_date(ctx: DocContext, m: Candidate, date_labels: frozenset[str]) -> DateMention | None:
    """The date cell of the event's row in a plain-text pipe table (see the module doc)."""
    ls = ctx.text.rfind("\n", 0, m.start) + 1
    le = ctx.text.find("\n", m.start)
    le = len(ctx.text) if le < 0 else le
    if m.end > le:
        return None
    cells = _pipe_row_cells(ctx.text, ls, le)
    col = next((j for j, (a, b) in enumerate(cells) if a <= m.start and m.end <= b), None)
    if col is None:
        return None
    header = None
    pos = ls
    while pos > 0:  # up the table to its first line, the header
        above_start = ctx.text.rfind("\n", 0, pos - 1) + 1
        line = ctx.text[above_start:pos - 1]
        if not line.lstrip().startswith("|"):
            break
        if not _RULE_LINE.fullmatch(line):
            header = (above_start, pos - 1)
        pos = above_start
    if header is None:
        return None
    head = _pipe_row_cells(ctx.text, *header)
    if len(head) != len(cells) or not all(_label_like(ctx, a, b) for a, b in head):
        return None
    dated = [j for j, (a, b) in enumerate(head) if label(ctx.text[a:b]) in date_labels]
    if len(dated) != 1 or dated[0] == col:
        return None
    return _cell_date(ctx, *cells[dated[0]])


def table_row_date(ctx: DocContext, m: Candidate, date_labels: frozenset[str]) -> DateMention | None:
    """The date of the event's table row (see the module doc), or None when it stands in no such table."""
    if m.anaphor or not date_labels:
        return None
    return _pipe_row_date(ctx, m, date_labels) or _rendered_row_date(ctx, m, date_labels) or _headerless_row_date(ctx, m, date_labels)
