"""Roles: who holds which role in which organisation, from the statements people rules found.

A statement with a role gives a row with that role as stated ("Head of Unit", "Team Leader
Cluster Policy", "Moderator"); a statement that only ties a person to an organisation
("Scale-Up Denmark, Jane Doe;", "Jane Doe (Acme)") gives an affiliation row with an empty role.
The organisation is the name its organisation mention carries in this document (so "DG GROW"
after the text defined it reads as the full directorate-general's name).
"""
from __future__ import annotations

from pipeline.extract.role_org_units import is_unit
from pipeline.extract.statements import Statement
from pipeline.extract.shapes import Span, clean
from pipeline.extract.span_index import SpanIndex
from pipeline.records import OrgMention, PersonMention, RoleMention


def _inside(a, b) -> bool:
    return b.start <= a.start and a.end <= b.end


def _nested_in(st: Statement, other: Statement) -> bool:
    """``st`` says part of what ``other`` says of the same name: its role is a piece of the other's
    role ("Director" in "Managing Director Jane Doe") and it names no organisation the other lacks."""
    if other is st or other.person != st.person or not st.role_span or not other.role_span:
        return False
    if not _inside(st.role_span, other.role_span) or (st.org and not other.org):
        return False
    wider = (other.role_span.end - other.role_span.start) > (st.role_span.end - st.role_span.start)
    return wider or (other.org is not None and st.org is None)


def _without_nested_roles(statements: list[Statement]) -> list[Statement]:
    """Rule family "one role per role phrase": two rules reading one role phrase before the same name (a
    person title "Director" and the role "Managing Director"; "Deputy Managing Director"; "its manager"
    with and without the organisation "its" stands for) give one row, the widest reading with its organisation."""
    by_person: dict[tuple[int, int], list[Statement]] = {}
    for st in statements:
        by_person.setdefault((st.person.start, st.person.end), []).append(st)
    return [st for st in statements if not any(_nested_in(st, o) for o in by_person[(st.person.start, st.person.end)])]


def _runs_out_of_cell(text: str, mention: OrgMention, cell: Span) -> bool:
    """A table cell's organisation mention that reaches past the cell runs into what the row reading left out: another
    row or cell (the recogniser read "Role\nPP2 Acme University" as one name) or the partner code before the name
    ("PP3 Acme Cluster"), so the cell's own text stands for the organisation."""
    return bool((text[mention.start:cell.start] + text[cell.end:mention.end]).strip())


def _runs_across_lines(text: str, mention: OrgMention, org: Span) -> bool:
    """An organisation mention that reaches over a line break past the stated organisation, which is a whole line
    of its own (rule family "card with organisation lines", statement_cards.py: "Director of the Food Lab\nAcme
    Institute"); a stated organisation with more after it on its line (an address) is left to the mention."""
    line_start = text.rfind("\n", 0, org.start) + 1
    line_end = text.find("\n", org.end)
    own_line = not text[line_start:org.start].strip() and not text[org.end:line_end if line_end != -1 else len(text)].strip(" \t.;")
    return own_line and "\n" in text[mention.start:org.start] + text[org.end:mention.end]


_AS_STATED = frozenset({"title", "role-before-name", "role-before-name-language", "role-before-name-language+org-genitive-lead",
                        "line:name-over-bio"})


def _parents_first(hits: list[OrgMention], stated: Span, units: frozenset[str], as_stated: bool, text: str) -> list[OrgMention]:
    """Family "parent and unit in one field": when the stated organisation holds two names, a unit's and another's
    at a comma ("University of Acme, Faculty of Economics", "Acme University, Centre for Water Studies"), the role is held in the
    unit's parent, as :mod:`pipeline.extract.role_org_units` reads the two names as two fields: the units drop out of
    the choice. When no name there is a unit ("Acme Maritime Academy, Beta University": which one is the parent the
    words do not say), a rule that reads its organisation as stated (a table's cell) keeps the field whole."""
    inside = sorted((o for o in hits if stated.start <= o.start and o.end <= stated.end), key=lambda o: o.start)
    if len(inside) < 2 or any(text[a.end:b.start].strip() != "," for a, b in zip(inside, inside[1:])):
        return hits  # ("Head of the Directorate of Acme of the Region of Beta": the unit, as the sentence says)
    parents = [o for o in inside if not is_unit(o.text, units)]
    if parents and len(parents) < len(inside):
        return parents
    return [] if as_stated and len(parents) == len(inside) else hits


def build_roles(doc_id: str, text: str, statements: list[Statement], people: list[PersonMention],
                orgs: list[OrgMention], units: frozenset[str] = frozenset()) -> list[RoleMention]:
    """One RoleMention per distinct (person, role, organisation) statement, in text order (``units``: the unit
    words of data/org_subunit_heads.txt)."""
    person_at = {(p.start, p.end): p for p in people}
    org_index = SpanIndex((o.start, o.end) for o in orgs)
    out: list[RoleMention] = []
    seen: set[tuple[str, str, str | None]] = set()
    for st in sorted(_without_nested_roles(statements), key=lambda s: s.person.start):
        if not st.role and not st.org:
            continue
        person = person_at.get((st.person.start, st.person.end))
        if person is None:
            continue
        org_name = None
        if st.org:
            # The organisation mention that best covers the stated span ("CEO of Acme Hub" found as a
            # name elsewhere must not stand for "Acme Hub").
            as_stated = st.rule in _AS_STATED or st.rule.startswith("table:")
            hits = _parents_first([orgs[i] for i in org_index.overlapping(st.org.start, st.org.end)], st.org, units, as_stated, text)
            hit = min(hits, key=lambda o: (abs(o.start - st.org.start) + abs(o.end - st.org.end), o.start), default=None)
            if hit and (st.rule.startswith("table:") or st.rule == "line:name-over-bio") and _runs_out_of_cell(text, hit, st.org):
                # "Role\nPP2 Acme University", "PP3 Acme Cluster": a mention wider than the row's cell; a card's
                # "Acme Lab\nLyon. Talks about …": one running on into the place or the biography under it
                hit = None
            elif hit and st.rule == "line:name-over-role" and _runs_across_lines(text, hit, st.org):
                # a card's "Director of the Food Lab\nAcme Institute": a mention that joins the role line's unit to
                # the organisation line under it; the organisation line stands for the organisation
                hit = None
                org_name = clean(text[st.org.start:st.org.end]) or None
            if hit:
                org_name = hit.name
            elif as_stated:
                # "Platform's Chair …", a table cell, a card's organisation lines: as stated
                org_name = clean(text[st.org.start:st.org.end]) or None
        if not st.role and not org_name:
            continue
        role = st.role or ""
        k = (person.name, role.lower(), org_name)
        if k in seen:
            continue
        seen.add(k)
        # (an organisation named far away, "our manager" in an interview, is no part of the statement's span)
        spans = [st.person] + [s for s in (st.role_span, st.org) if s and abs(s.start - st.person.start) < 300]
        start, end = min(s.start for s in spans), max(s.end for s in spans)
        out.append(RoleMention(doc_id, start, end, text[start:end], person.name, role, f"role:{st.rule}", org_name))
    # An affiliation row says nothing a role row of the same person and organisation does not say.
    stated = {(r.person, r.organisation) for r in out if r.role}
    return [r for r in out if r.role or (r.person, r.organisation) not in stated]
