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
from typing import Callable

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.role_org_units import connector_re
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
_CARD_GAP = re.compile(r"[ \t]*\n[ \t]*")  # a card's fields on lines of their own, one under the other
_DASH_GAP = re.compile(r"[ \t]*(?:[–—]|-(?=[ \t]))[ \t]*")
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
    row one of the ``[board table seats]`` section too; with its organ, ordinal or modifier taken out too
    (:func:`_bare_office`: "Styrelsens ordförande", "Předseda správní rady", "Second Vice-President")."""
    offices = board_offices(data_dir) | (board_table_seats(data_dir) if table_row else frozenset())
    bare = _bare_office(words, data_dir)
    return any(w and (w in offices or w[:-1] in offices) for w in (words, bare))


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


_PARAGRAPH_START = re.compile(r"\n[ \t]*\n")
_LEAD_IN_REACH = 2000  # characters back to the lead-in paragraph's start: a list's own paragraph, not the page


def _lead_in_start(text: str, pos: int) -> int:
    """The start of the paragraph ``pos`` lies in, or of the short heading line right before it ("Board" / "The
    board of directors elected at …"), no further back than ``_LEAD_IN_REACH``."""
    floor = max(0, pos - _LEAD_IN_REACH)
    breaks = [m for m in _PARAGRAPH_START.finditer(text, floor, pos)]
    if not breaks:
        return floor
    start = breaks[-1].end()
    if len(breaks) > 1 and len(text[breaks[-2].end():breaks[-1].start()].split()) <= _HEADING_WORDS:
        start = breaks[-2].end()  # the paragraph's heading
    return start


_HEADING_WORDS = 8


def _board_list(text: str, data_dir: Path | None) -> Callable[[int], bool]:
    """``listed(pos)``: the name at ``pos`` is an entry of a board list: a cue word of the ``[board cues]`` section
    stands shortly before it, or in the lead-in paragraph (and its heading) that stretch starts in ("Consiglio
    direttivo" / "Il Consiglio direttivo definisce …" / a table's header cells), or the name follows shortly after an
    entry already found in the list (a long table or a column of cards runs past its heading's reach). Asked in the
    names' order."""
    cues = board_cue_re(data_dir)
    last = [-_BOARD_CUE_REACH - 1]

    def listed(pos: int) -> bool:
        if cues is None:
            return False
        found = (0 <= pos - last[0] <= _BOARD_CUE_REACH
                 or cues.search(text, _lead_in_start(text, max(0, pos - _BOARD_CUE_REACH)), pos) is not None)
        if found:
            last[0] = pos
        return found
    return listed


def _employer_field(st: Statement, text: str, listed: Callable[[int], bool]) -> str | None:
    """The statement's organisation is the field that says where the person comes from, not whose office it is:
    in brackets right after the name ("Jane Doe (Acme Ltd) – Treasurer"); or, in a board list (``listed``: a cue word
    of the ``[board cues]`` section in the list's lead-in, :func:`_board_list`), after a comma with the office before
    the name or after the organisation ("Chair Jane Doe, Acme Ltd", "Treasurer: Jane Doe, Acme Ltd", "Jane Doe, Acme
    Ltd – member"), after the office after a dash ("Jane Doe – Treasurer, Acme Ltd"), in brackets after the office
    ("Jane Doe, Treasurer (Acme Ltd)", line:name-role-bracket-org), or in the column after the
    office's, a column a line of its own on a card ("Jane Doe | Vice-chair | Acme Ltd", "Jane Doe\nVice-chair\nAcme
    Ltd"), or in the organisation cell of a table rule's row (any column order, any cell separator). Returns the rule
    of the person's affiliation with that organisation (``name-bracket-org``, ``name-comma-org``, ``table:cell-org``
    for a table rule's row; "" for a line's or card's column: a board table's organisation column names the seat's
    holder, which the office in the own organisation says enough), else None."""
    if _NAME_BRACKET.fullmatch(text, st.person.end, st.org.start) is not None:
        return "name-bracket-org"
    if st.rule.startswith("line:name-org-role") and _NAME_COMMA.fullmatch(text, st.person.end, st.org.start) is not None:
        return "name-bracket-org"  # an attendance or board list line: "Jane Roe, Beta University – member"
    if (st.rule.startswith("line:name-role-bracket-org") and _NAME_COMMA.fullmatch(text, st.person.end, st.role_span.start)
            and _NAME_BRACKET.fullmatch(text, st.role_span.end, st.org.start)):
        return "name-bracket-org"  # an attendance or board list line: "- Jane Doe, styreleder (Acme AS)"
    if st.role_span is None or not listed(st.person.start):
        return None
    if st.rule.startswith("table:"):
        return "table:cell-org"  # a board table's row (statement_lines, statement_columns): the seat holder's own cell
    if st.role_span.end <= st.person.start or st.role_span.start >= st.org.end:
        return "name-comma-org" if _COMMA_GAP.fullmatch(text, st.person.end, st.org.start) else None
    if not (st.person.end <= st.role_span.start and st.role_span.end <= st.org.start):
        return None
    if _DASH_GAP.fullmatch(text, st.person.end, st.role_span.start) and _COMMA_GAP.fullmatch(text, st.role_span.end, st.org.start):
        return "name-comma-org"  # "Jane Doe – Treasurer, Acme Ltd, Town"
    columns = any(gap.fullmatch(text, st.person.end, st.role_span.start) is not None
                  and gap.fullmatch(text, st.role_span.end, st.org.start) is not None for gap in (_COLUMN_GAP, _CARD_GAP))
    return "" if columns else None


_SEAT_NOTE = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*$")


def _office_words(role: str) -> str:
    """The office a board list states, lower case, without the seat's note in brackets after it ("Member (co-opted)",
    "Director (ex officio)" → "member", "director") or its area after "for" ("vice-chair for research" → "vice-chair")."""
    words = re.sub(r"[ \t\n]+", " ", _SEAT_NOTE.sub("", role).strip(" ,;:()")).lower()
    return words.split(" for ")[0]  # the seat's area: "vice-chair for research"


@lru_cache(maxsize=4)
def _qualifier_re(data_dir: Path | None) -> re.Pattern[str] | None:
    """The words that qualify a board office without changing it: the board's organ of the ``[board cues]`` section
    ("Styrelsens ordförande", "valdybos narys", "Chairman of the Board"), an ordinal or modifier of ``[office
    ordinals]`` and ``[office modifiers]`` ("First Vice-President", "Vicepresidenta segunda", "Pierwsza prezes")."""
    if data_dir is None:
        return None
    sections = data_sections(data_dir / "role_own_offices.txt")
    words = [w for name in ("board cues", "office ordinals", "office modifiers") for w in sections.get(name, [])]
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(words, r"[ \t]+") + r")(?![\w-])", re.I) if words else None


@lru_cache(maxsize=4)
def _connector_edges_re(data_dir: Path | None) -> re.Pattern[str] | None:
    """A connector of ``[office connectors]`` left at an office's edge when its organ is taken out ("chairman of the
    [board]", "presidente da [direção]")."""
    words = data_sections(data_dir / "role_own_offices.txt").get("office connectors", []) if data_dir else []
    if not words:
        return None
    alt = phrase_alternation(words, r"[ \t]+")
    return re.compile(r"^(?:(?:" + alt + r")(?:[ \t]+|$))+|(?:(?:^|[ \t]+)(?:" + alt + r"))+$", re.I)


def _bare_office(words: str, data_dir: Path | None) -> str:
    """``words`` with their organ, ordinals and modifiers taken out (:func:`_qualifier_re`) and connectors left at the
    edges cut: "styrelsens ordförande" → "ordförande", "chairman of the board" → "chairman", "first vice-president" →
    "vice-president"; "" when nothing else is left."""
    qualifiers, edges = _qualifier_re(data_dir), _connector_edges_re(data_dir)
    if qualifiers is None:
        return words
    bare = " ".join(qualifiers.sub(" ", words).split())
    return edges.sub("", bare).strip() if edges is not None and bare != words else bare


def board_owner(text: str, pos: int, starting_at: Callable[[int], OrgMention | None], data_dir: Path | None) -> OrgMention | None:
    """Family ``lead-in-board``: the organisation the lead-in of a board list names as the board's, a cue word of the
    ``[board cues]`` section, a connector and the organisation mention ("The General Assembly of Acme Cluster met on …
    and elected a new Board:", "New board of the Acme Network", "Styret i Acme Klynge består av"), for a document whose
    own organisation is not known (a forwarded newsletter, a page of a site with no letterhead): the last such before
    ``pos``."""
    cues, connector = board_cue_re(data_dir), connector_re(data_dir)
    if cues is None or connector is None:
        return None
    found = None
    for m in cues.finditer(text, _lead_in_start(text, max(0, pos - _BOARD_CUE_REACH)), pos):
        join = connector.match(text, m.end())
        org = starting_at(join.end()) if join is not None else None
        if org is not None and org.end <= pos:
            found = org
    return found


def board_office_and_employer(statements: list[Statement], text: str, own: OrgMention | None,
                              data_dir: Path | None, starting_at: Callable[[int], OrgMention | None] | None = None
                              ) -> list[Statement]:
    """Family ``own-board``: in a document the organisation writes about itself, a board office of the
    ``[governance]`` section given with the organisation in brackets after the name ("President: Jane Doe (Acme
    Foods Ltd)", "Jane Roe (Beta University) – Vice-President", "Board members: A (X), B (Y)"), or after a comma or
    in a table column in a board list (:func:`_employer_field`: "Chair Jane Doe, Acme Ltd", "Jane Roe, Beta
    University – member", "John Doe | Treasurer | Gamma AS"), or in a row of a people table read by the table rules
    (``table:…``, whatever its layout: "Chair | Jane Doe | Acme Ltd", cells on lines of their own; a seat note in
    brackets aside, "Member (co-opted)"; there a seat of the ``[board table seats]`` section, "Director", too) is an
    office of the document's own organisation, whose board it is; the bracket names the member the person comes
    from. Where the document's own organisation is not known, the organisation the list's lead-in names as the board's
    (:func:`board_owner`, given ``starting_at``, the organisation mention that starts at a position) holds the office
    (rule ``…+lead-in-board``). Such a
    statement gives two: the office in the own organisation (rule ``…+own-board``) and the affiliation with the
    bracket's (comma's, table cell's) organisation (rule ``name-bracket-org``, ``name-comma-org``, ``table:cell-org``, no
    role; none for a line's column)."""
    if own is None and starting_at is None:
        return statements
    listed = _board_list(text, data_dir)
    done: dict[int, list[Statement]] = {}
    for i in sorted(range(len(statements)), key=lambda i: statements[i].person.start):  # (the list in reading order)
        st = statements[i]
        done[i] = [st]
        if st.org is None or not _board_office(_office_words(st.role or ""), st.rule.startswith("table:"), data_dir):
            continue
        affiliation = _employer_field(st, text, listed)
        if affiliation is None:
            continue
        owner, family = own, "own-board"
        if owner is None:
            owner, family = board_owner(text, st.person.start, starting_at, data_dir), "lead-in-board"
        if owner is None or fold(text[st.org.start:st.org.end]) == fold(owner.name) or st.org.start <= owner.start < st.org.end:
            continue
        done[i] = [replace(st, org=Span(owner.start, owner.end), rule=f"{st.rule}+{family}")]
        if affiliation:
            done[i].append(Statement(st.person, affiliation, org=st.org))
    return [x for i in range(len(statements)) for x in done[i]]

