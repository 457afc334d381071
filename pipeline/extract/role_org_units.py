"""Family ``unit-after-org`` of :mod:`pipeline.extract.role_orgs`: the unit named after a person's organisation.

A person's field often gives the organisation and then the unit they work in, after a comma: "Jane Doe (Acme
University, Institute of Physics)", "Prof. Jane Doe, Acme University, Faculty of Shipbuilding;", "with John Roe,
Region of Acme, Directorate of Agricultural Economy". The unit (an organisation mention whose name as written opens or
closes with a word of ``data/org_subunit_heads.txt``: Faculty, Department, Institute, Centre, Directorate …) that
follows the statement's organisation mention and ends the field is where the person works: an affiliation row with
that unit joins the row with the organisation.

Family ``org-after-unit``, the other order: the field gives the unit first and its organisation after a comma, "Jane
Doe, Head of the Directorate for Trade, Ministry of Acme", "Prof. John Roe, Department of Physics, Acme University",
"Jane Doe, Faculty of Automation, Computers and Electronics, University of Acme" (the unit's own name may run on over
a comma in capitalised words, and its acronym in brackets may follow it). The role (or a bare affiliation, "Jane Doe,
Department of Physics, Acme University") is held in the organisation, the unit's parent, as when the organisation
comes first; the unit keeps its affiliation row (rule ``unit-before-org``). Not
when the name after the unit is a unit too ("Principal Officer, Acme Policy Unit, Department of Acme": the department
is the unit's parent inside a body the text does not name). The parent may also follow the unit after a connector of
``data/role_org_connectors.txt`` ("Jane Doe, head of the Regional Development Department of the Acme Region", "director
of the Department of Physics at Acme University", "Leiter des Instituts für Optik der Acme Universität").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.data_files import data_lines, phrase_alternation
from dataclasses import replace

from pipeline.extract.shapes import Span
from pipeline.extract.statement_parts import Statement
from pipeline.records import OrgMention

_COMMA = re.compile(r"[ \t]*,[ \t]*")
_NEAR = 150  # characters between the name and its organisation: the person's own field, not a far mention


@lru_cache(maxsize=4)
def unit_heads(data_dir: Path | None) -> frozenset[str]:
    """The unit words of ``data/org_subunit_heads.txt`` (Faculty, Department, Institute …), as written."""
    return frozenset(data_lines(data_dir / "org_subunit_heads.txt")) if data_dir else frozenset()


def is_unit(name: str, heads: frozenset[str]) -> bool:
    """A name of two words or more, as written, opened or closed by a unit word ("Faculty of Law", "Research Centre")."""
    words = name.split()
    return len(words) >= 2 and (words[0] in heads or words[-1] in heads)


def units_after_orgs(statements: list[Statement], text: str, starting_at: Callable[[int], OrgMention | None],
                     closes: Callable[[OrgMention], bool], data_dir: Path | None) -> list[Statement]:
    """The affiliation statements (rule ``unit-after-org``) of the units named right after the organisations of
    ``statements`` (see the module doc)."""
    heads = unit_heads(data_dir)
    out, seen = [], set()
    for st in statements:
        org = st.org
        if org is None or abs(org.start - st.person.end) > _NEAR or (st.person.start, org.end) in seen:
            continue
        gap = _COMMA.match(text, org.end)
        unit = starting_at(gap.end()) if gap else None
        if unit is None or not is_unit(unit.text, heads) or is_unit(text[org.start:org.end], heads) or not closes(unit):
            continue  # (after a unit, "Policy Unit, Department of Acme", the next name is its parent)
        seen.add((st.person.start, org.end))
        out.append(Statement(st.person, "unit-after-org", org=Span(unit.start, unit.end)))
    return out


# after the unit's mention: its acronym in brackets, one more field of its name in capitalised words ("Faculty of
# Automation, Computers and Electronics"), then the comma before the parent
_UNIT_RUNS_ON = re.compile(r"(?:[ \t]*\([^()\n]{1,15}\))?(?:[ \t]*,[ \t]*[A-Z][\w-]*(?:[ \t]+(?:and|&|[A-Z][\w-]*))*(?=[ \t]*,))?"
                           r"[ \t]*,[ \t\n]*")


@lru_cache(maxsize=4)
def connector_re(data_dir: Path | None) -> re.Pattern[str] | None:
    """A connector of ``data/role_org_connectors.txt`` ("of", "i", "för", "de", "van", "του") and perhaps "the"
    before an organisation's name: between a unit and its parent ("… Department of the Acme Region"), a board cue and
    the organisation whose board it is (``role_own_board.board_owner``)."""
    words = data_lines(data_dir / "role_org_connectors.txt") if data_dir else ()
    if not words:
        return None
    return re.compile(r"[ \t\n]+(?i:" + phrase_alternation(words, r"[ \t\n]+") + r")[ \t\n]+(?:the[ \t\n]+)?")


def orgs_after_units(statements: list[Statement], text: str, starting_at: Callable[[int], OrgMention | None],
                     closes: Callable[[OrgMention], bool], data_dir: Path | None) -> list[Statement]:
    """``statements`` with each role (or affiliation) held in a unit moved to the unit's organisation named after it
    (rule ``…+org-after-unit``), and an affiliation row with the unit (``unit-before-org``; see the module doc)."""
    heads = unit_heads(data_dir)
    connector = connector_re(data_dir)
    out = []
    for st in statements:
        org = _unit_opening(st.org, starting_at)
        gap = (_UNIT_RUNS_ON.match(text, org.end) or (connector.match(text, org.end) if connector else None)) if org is not None else None
        parent = starting_at(gap.end()) if gap else None
        if (parent is None or abs(org.start - st.person.end) > _NEAR or not is_unit(text[org.start:org.end], heads)
                or is_unit(parent.text, heads) or not (closes(parent) or parent.end == st.org.end)):
            out.append(st)
            continue
        out.append(replace(st, org=Span(parent.start, parent.end), rule=f"{st.rule}+org-after-unit"))
        out.append(Statement(st.person, "unit-before-org", org=org))
    return out


def _unit_opening(org: Span | None, starting_at: Callable[[int], OrgMention | None]) -> Span | None:
    """The statement's organisation span, or the mention that opens it when the span runs on past it (a statement that
    read "Regional Development Department of the Acme Region" as one organisation, which the organisation rules split)."""
    first = starting_at(org.start) if org is not None else None
    return Span(first.start, first.end) if first is not None and first.end < org.end else org
