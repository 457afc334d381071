"""Rule ``"table:role-rows"``: a board or team written as rows of cells apart by bars with no header line, as plain
text writes them and as ingest writes a space-aligned text table (:mod:`pipeline.ingest.text_tables`): one column holds
the seats ("Chair", "Vice-chair", "Member"), one the people, and a third, when there is one, their organisations:

    Chair | Ing. Jana Dvořáková | Acme Dairy a.s.
    Vice-chair | Dr. John Roe | Roe Consulting GmbH
    Member | Anna Berg | Berg Boats AB

The layout states the role, in any language: the seat column is the one whose short cells are role titles
(data/role_titles*.txt, every language of languages.csv) or a seat the column repeats, so a generic seat the role
titles leave out ("Member", "Člen", "Jäsen") is read from the same column, and so is the plain member's word of
data/role_entry_titles.csv, in every language, even when it stands in one row only ("Membru | Jane Doe | Acme S.R.L."
under "Președinte | …"). Each row must hold a person's name in the
person column; a run with a Markdown rule row or a header line (a row whose seat cell is no role title and no short
cell) is left to ``table:speaker`` / ``table:columns``.
"""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.pipe_cells import pipe_cells
from pipeline.extract.shapes import Span, clean
from pipeline.extract.statement_label_shapes import entry_title_keys
from pipeline.extract.statement_lines import lines_and_offsets
from pipeline.extract.statement_parts import Statement
from pipeline.extract.statement_tables import row_statement
from pipeline.extract.table_cells import name_cell

_MIN_ROWS = 2
_MAX_CELLS = 3  # seat, person, organisation
_SEAT_WORDS = 4  # a seat cell is short: "Vice-chair", "Member of the Board"
_RULE_ROW = re.compile(r"[ \t|:-]*-{3,}[ \t|:-]*")


def role_row_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"table:role-rows"``: the statements of every headerless run of bar rows holding a seat column and a
    person column (module docstring)."""
    if "|" not in text:
        return []
    out: list[Statement] = []
    lines, offsets = lines_and_offsets(text)
    i = 0
    while i < len(lines):
        if "|" not in lines[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and "|" in lines[j]:
            j += 1
        rows = [pipe_cells(text, offsets[k], offsets[k] + len(lines[k])) for k in range(i, j)]
        if j - i >= _MIN_ROWS and not any(_RULE_ROW.fullmatch(lines[k]) for k in range(i, j)):
            out.extend(_run_statements(text, rows, lex))
        i = j
    return out


def _run_statements(text: str, rows: list[list[Span]], lex: Lexicon) -> list[Statement]:
    """The statements of one run of bar rows, when its rows are as wide and one column is the seats', one the
    people's."""
    width = len(rows[0])
    if not 2 <= width <= _MAX_CELLS or any(len(r) != width for r in rows):
        return []
    names = [[name_cell(text, c, lex) for c in r] for r in rows]
    seat = next((x for x in range(width) if _seat_column(text, [r[x] for r in rows], lex)), None)
    person = next((x for x in range(width) if x != seat and all(n[x] is not None for n in names)), None)
    if seat is None or person is None:
        return []
    org = next((x for x in range(width) if x not in (seat, person)), None)
    out = []
    for r, n in zip(rows, names):
        st = row_statement(text, n[person][0], r[org] if org is not None else None, r[seat], lex, "table:role-rows")
        if st:
            out.append(st)
    return out


def _seat_column(text: str, cells: list[Span], lex: Lexicon) -> bool:
    """Every cell is short and holds no digit, one at least is a role title as a whole ("Chair", "Treasurer"), and
    every other one is the member's word (data/role_entry_titles.csv) or a seat the column repeats ("Board member",
    "Board member")."""
    values = [clean(text[c.start:c.end]) for c in cells]
    if any(not v or len(v.split()) > _SEAT_WORDS or re.search(r"\d", v) for v in values):
        return False
    titled = [lex.role_title_re.fullmatch(v) is not None for v in values]
    members = entry_title_keys(lex.data_dir)
    return any(titled) and all(t or v.lower() in members or values.count(v) > 1 for v, t in zip(values, titled))
