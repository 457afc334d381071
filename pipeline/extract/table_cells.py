"""Reading the cells of people tables (:mod:`statement_lines`, rule ``table:speaker``): which column a header cell
names, the name and the role a name cell holds, a cell left empty."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.people_full_names import surname_first_at
from pipeline.extract.shapes import Span, person_name_at
from pipeline.extract.statement_apposed import after_titles

COLUMN_KINDS = ("person", "org", "role", "other")
_NUMBER_COLUMN = re.compile(r"#")  # a numbering column's header (the data file's comments open with "#")


@lru_cache(maxsize=4)
def column_headers(data_dir: Path | None) -> dict[str, re.Pattern[str]]:
    """{kind: the header words of that kind of column}, from data/table_column_headers.txt (any case)."""
    sections = data_sections(data_dir / "table_column_headers.txt") if data_dir else {}
    return {kind: re.compile(phrase_alternation(sections.get(kind, ())), re.I) for kind in COLUMN_KINDS}


def column_kind(cell: str, data_dir: Path | None) -> str | None:
    """The kind of column a table header cell names: "person", "org", "role", "other", or None."""
    heads = column_headers(data_dir)
    for kind in COLUMN_KINDS:
        if header_names(heads[kind], cell, kind == "role"):
            return kind
    return "other" if _NUMBER_COLUMN.fullmatch(cell.strip()) else None


_REST = re.compile(r"[ \t]*(?:,[ \t]*([^()]+?)|\([ \t]*([^()]+?)[ \t]*\))[ \t]*")


def header_names(rx: re.Pattern[str], cell: str, by_word: bool = False) -> bool:
    """A table header cell names the column kind of ``rx``: as a whole ("Organisation", "Speaker(s)"), or, with
    ``by_word`` (the role column), in up to four words, by its first or last word ("Role in the project", "Board
    function"; a row's name or organisation cell, "Malta Maritime Cluster", must not read as a header)."""
    cell = re.sub(r"\(s\)$", "s", cell.strip(" *_:"))
    words = cell.split()
    if not words or rx.fullmatch(cell):
        return bool(words)
    return by_word and len(words) <= 4 and any(rx.fullmatch(w) for w in (words[0], words[-1]))


def name_cell(text: str, cell: Span, lex: Lexicon) -> tuple[Span, Span | None] | None:
    """(the full name opening a table cell, person titles before it aside; the role after it, after a comma or in
    brackets, when that holds a role title: "Jane Doe, Chairman", "Jane Doe (General Manager)"; not "(online)"), or
    None when the cell holds more than a name and such a part."""
    at = after_titles(text, cell.start, lex)
    person = person_name_at(text, at, lex) or surname_first_at(text, at, lex)  # "KRÁL Jiří" (rule "surname-first-capitals")
    if person is None:
        return None
    end = len(text[:cell.end].rstrip(" *_"))
    if person.end >= end:
        return (person, None) if person.end == end else None
    rest = _REST.fullmatch(text, person.end, end)
    if rest is None:
        return None
    role = Span(rest.start(rest.lastindex), rest.end(rest.lastindex))
    return person, role if lex.role_title_re.search(text, role.start, role.end) else None


def empty_cell(text: str, cell: Span) -> bool:
    """A cell without a letter ("—", "-"): nothing stated in it."""
    return re.search(r"[^\W\d_]", text[cell.start:cell.end]) is None
