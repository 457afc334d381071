"""Rule ``"table:columns"``: people tables written as rows of cells apart by bars with no Markdown rule row under
the header, as plain text writes them and as ingest writes space-aligned text tables
(:mod:`pipeline.ingest.text_tables`): a header line whose every cell names a column ("Name", "Organisation", "Role
in the project"; "Partner", "Name", "Role"; "Name", "Function", "Organisation"), at least one person column and an
organisation or role column, then one person per line up to the first line without a bar:

    Name | Organisation | Role
    Jane Doe | Acme Cluster (AC) | project coordinator
    Dr. John Roe | Roe Consulting GmbH | finance

A row is read as the Markdown tables' rows are (:func:`statement_tables.row_statement`); a partner code before the
organisation ("LP Acme Agency", "PP2 Acme University") is no part of its name. Tables with a rule row are
``table:speaker``'s (:func:`statement_tables.table_statements`). The header line names nobody: statements other rules
read there ("Name Role" after a role title "Partner") are dropped, and prose readings of a row that run past its
end give way to the row's cells (:func:`table_rows_first`).
"""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.pipe_cells import pipe_cells
from pipeline.extract.shapes import Span, clean
from pipeline.extract.statement_tables import row_statement
from pipeline.extract.statement_parts import Statement
from pipeline.extract.table_cells import column_kind, name_cell, partner_role_as_other

_RULE_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
# a partner code before the organisation: a short code with a digit ("PP2"), or the lead partner's "LP"
_ROW_CODE = re.compile(r"(?:[A-Z]{1,3}\d{1,2}|LP)[ \t]+(?=[A-Z])")
_MAX_ROWS = 40


def _lines(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]


def _header(text: str, line: Span, lex: Lexicon) -> tuple[int, dict[str, int]] | None:
    """(the number of cells, {kind: column}) for a header line of a bar table, else None."""
    if "|" not in text[line.start:line.end]:
        return None
    cells = pipe_cells(text, line.start, line.end)
    names = [clean(text[c.start:c.end]) for c in cells]
    kinds = partner_role_as_other(names, [column_kind(n, lex.data_dir) for n in names], lex.data_dir)
    if len(cells) < 2 or None in kinds or "person" not in kinds or not ({"org", "role"} & set(kinds)):
        return None
    col: dict[str, int] = {}
    for k, kind in enumerate(kinds):
        col.setdefault(kind, k)
    return len(cells), col


def table_rows_first(found: list[Statement], text: str, lex: Lexicon) -> list[Statement]:
    """Rule family "a table row is read by its cells": in a table this rule reads, the header line names nobody ("Name
    Role" after "Partner |" read as a role title), and a prose rule's reading of a row's name that runs past the
    row's end ("Jane Doe | project coordinator" and the next row's organisation, read as one apposition), or that
    reads the row's own role cell again and no other organisation, gives way to the row's cells."""
    if "|" not in text:
        return found
    heads = [ln for ln in _lines(text) if _header(text, ln, lex) is not None]
    rows, roles = {}, {}
    for st in found:
        if st.rule == "table:columns":
            end = text.find("\n", st.person.end)
            rows[(st.person.start, st.person.end)] = end if end != -1 else len(text)
            roles[(st.person.start, st.person.end)] = ((st.role or "").lower(), st.org)
    def _kept(st: Statement) -> bool:
        if any(h.start <= st.person.start < h.end for h in heads):
            return False
        end = rows.get((st.person.start, st.person.end))
        if st.rule == "table:columns" or end is None:
            return True
        role, org = roles[(st.person.start, st.person.end)]
        return all(s is None or s.end <= end for s in (st.role_span, st.org)) and ((st.role or "").lower() != role or st.org not in (None, org))
    return [st for st in found if _kept(st)]


def column_table_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"table:columns"`` (see the module doc)."""
    if "|" not in text:
        return []
    out: list[Statement] = []
    lines = _lines(text)
    for i, ln in enumerate(lines):
        head = _header(text, ln, lex)
        if head is None or (i + 1 < len(lines) and _RULE_ROW.match(text, lines[i + 1].start)):
            continue
        width, col = head
        for row in lines[i + 1:i + 1 + _MAX_ROWS]:
            if "|" not in text[row.start:row.end]:
                break
            cells = pipe_cells(text, row.start, row.end)
            if len(cells) != width:
                continue
            found = name_cell(text, cells[col["person"]], lex)
            if found is None:
                continue
            person, rest = found
            rc = cells[col["role"]] if "role" in col else rest
            oc = cells[col["org"]] if "org" in col else None
            if oc is not None and (code := _ROW_CODE.match(text, oc.start, oc.end)):
                oc = Span(code.end(), oc.end)
            st = row_statement(text, person, oc, rc, lex, rule="table:columns")
            if st:
                out.append(st)
    return out
