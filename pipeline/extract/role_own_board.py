"""Family ``own-board`` of :mod:`pipeline.extract.role_orgs` (split from role_own_org.py): a board office held by a
member listed with an employer is held in the organisation whose board it is, not the employer (SCHEMA, "Conventions
settled": the board-office convention); the employer stays the member's affiliation.

A board list (its heading or lead-in names a board, ``[board cues]`` of ``data/role_own_offices.txt``) gives each
member an office of ``[governance]`` / ``[governance languages]`` and the organisation the member comes from: in
brackets after the name, after a comma, in a table's or card's column. The office is the document's own
organisation's (``own-board``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.shapes import Span
from pipeline.extract.statement_parts import Statement
from pipeline.normalise import fold
from pipeline.records import OrgMention


@lru_cache(maxsize=4)
def board_offices(data_dir: Path | None) -> frozenset[str]:
    """The ``[governance]`` and ``[governance languages]`` sections of ``data/role_own_offices.txt``, lower case
    ("president", "treasurer", "board member"; "presidenta", "Tesoriere", "stellvertretender Vorsitzender")."""
    if data_dir is None:
        return frozenset()
    sections = data_sections(data_dir / "role_own_offices.txt")
    return frozenset(w.lower() for name in ("governance", "governance languages") for w in sections.get(name, []))


_NAME_BRACKET = re.compile(r"[ \t]*\n?[ \t]*\([ \t]*$")
# a list line's member organisation after a comma or dash ("Jane Roe, Beta University – member", line:name-org-role)
_NAME_COMMA = re.compile(r"[ \t]*(?:,|[–—]|-(?=[ \t]))[ \t]*")
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]*")
_COLUMN_GAP = re.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}")
_BOARD_CUE_REACH = 600  # characters back from the name: the list's heading or lead-in sentence


@lru_cache(maxsize=4)
def board_table_seats(data_dir: Path | None) -> frozenset[str]:
    """The ``[board table seats]`` section of ``data/role_own_offices.txt``, lower case ("director"): offices of
    the own organisation only in a board table's office column."""
    if data_dir is None:
        return frozenset()
    return frozenset(w.lower() for w in data_sections(data_dir / "role_own_offices.txt").get("board table seats", []))


def _board_office(words: str, table_row: bool, data_dir: Path | None) -> bool:
    """``words`` (perhaps in the plural) is a board office of the ``[governance]`` section, or in a board table's
    row one of the ``[board table seats]`` section too."""
    offices = board_offices(data_dir) | (board_table_seats(data_dir) if table_row else frozenset())
    return words in offices or words[:-1] in offices


@lru_cache(maxsize=4)
def board_cue_re(data_dir: Path | None) -> re.Pattern[str] | None:
    """The ``[board cues]`` section of ``data/role_own_offices.txt`` ("board", "elected", "general assembly")."""
    words = data_sections(data_dir / "role_own_offices.txt").get("board cues", []) if data_dir else []
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(words, r"[ \t\n]+") + r")(?![\w-])", re.I) if words else None


def board_cue_before(text: str, pos: int, data_dir: Path | None) -> bool:
    """A cue word of the ``[board cues]`` section ("board", "elected", "general assembly") shortly before ``pos``: a
    list there is a board's."""
    cues = board_cue_re(data_dir)
    return cues is not None and cues.search(text, max(0, pos - _BOARD_CUE_REACH), pos) is not None


def _employer_field(st: Statement, text: str, data_dir: Path | None) -> str | None:
    """The statement's organisation is the field that says where the person comes from, not whose office it is:
    in brackets right after the name ("Jane Doe (Acme Ltd) – Treasurer"); or, in a board list (a cue word of the
    ``[board cues]`` section shortly before the name), after a comma with the office before the name or after the
    organisation ("Chair Jane Doe, Acme Ltd", "Treasurer: Jane Doe, Acme Ltd", "Jane Doe, Acme Ltd – member"), or
    in the column after the office's ("Jane Doe | Vice-chair | Acme Ltd"), or in the organisation cell of a table
    rule's row (any column order, any cell separator). Returns the rule of the person's
    affiliation with that organisation (``name-bracket-org``, ``name-comma-org``, ``table:cell-org`` for a table
    rule's row; "" for a line's column: a board table's
    organisation column names the seat's holder, which the office in the own organisation says enough), else None."""
    if _NAME_BRACKET.fullmatch(text, st.person.end, st.org.start) is not None:
        return "name-bracket-org"
    if st.rule.startswith("line:name-org-role") and _NAME_COMMA.fullmatch(text, st.person.end, st.org.start) is not None:
        return "name-bracket-org"  # an attendance or board list line: "Jane Roe, Beta University – member"
    if st.role_span is None or not board_cue_before(text, st.person.start, data_dir):
        return None
    if st.rule.startswith("table:"):
        return "table:cell-org"  # a board table's row (statement_lines, statement_columns): the seat holder's own cell
    if st.role_span.end <= st.person.start or st.role_span.start >= st.org.end:
        return "name-comma-org" if _COMMA_GAP.fullmatch(text, st.person.end, st.org.start) else None
    columns = (st.person.end <= st.role_span.start and st.role_span.end <= st.org.start
               and _COLUMN_GAP.fullmatch(text, st.person.end, st.role_span.start) is not None
               and _COLUMN_GAP.fullmatch(text, st.role_span.end, st.org.start) is not None)
    return "" if columns else None


_SEAT_NOTE = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*$")


def _office_words(role: str) -> str:
    """The office a board list states, lower case, without the seat's note in brackets after it ("Member (co-opted)",
    "Director (ex officio)" → "member", "director") or its area after "for" ("vice-chair for research" → "vice-chair")."""
    words = re.sub(r"[ \t\n]+", " ", _SEAT_NOTE.sub("", role).strip(" ,;:()")).lower()
    return words.split(" for ")[0]  # the seat's area: "vice-chair for research"


def board_office_and_employer(statements: list[Statement], text: str, own: OrgMention | None,
                              data_dir: Path | None) -> list[Statement]:
    """Family ``own-board``: in a document the organisation writes about itself, a board office of the
    ``[governance]`` section given with the organisation in brackets after the name ("President: Jane Doe (Acme
    Foods Ltd)", "Jane Roe (Beta University) – Vice-President", "Board members: A (X), B (Y)"), or after a comma or
    in a table column in a board list (:func:`_employer_field`: "Chair Jane Doe, Acme Ltd", "Jane Roe, Beta
    University – member", "John Doe | Treasurer | Gamma AS"), or in a row of a people table read by the table rules
    (``table:…``, whatever its layout: "Chair | Jane Doe | Acme Ltd", cells on lines of their own; a seat note in
    brackets aside, "Member (co-opted)"; there a seat of the ``[board table seats]`` section, "Director", too) is an
    office of the document's own organisation, whose board it is; the bracket names the member the person comes
    from. Such a
    statement gives two: the office in the own organisation (rule ``…+own-board``) and the affiliation with the
    bracket's (comma's, table cell's) organisation (rule ``name-bracket-org``, ``name-comma-org``, ``table:cell-org``, no
    role; none for a line's column)."""
    if own is None:
        return statements
    out: list[Statement] = []
    for st in statements:
        words = _office_words(st.role or "")
        affiliation = _employer_field(st, text, data_dir) if st.org is not None else None
        if (affiliation is None or not _board_office(words, st.rule.startswith("table:"), data_dir)
                or fold(text[st.org.start:st.org.end]) == fold(own.name) or st.org.start <= own.start < st.org.end):
            out.append(st)
            continue
        out.append(replace(st, org=Span(own.start, own.end), rule=f"{st.rule}+own-board"))
        if affiliation:
            out.append(Statement(st.person, affiliation, org=st.org))
    return out

