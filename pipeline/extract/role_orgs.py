"""The organisation of a stated role, where the statement rule found the role but not whose it is.

Runs after organisations are found, over the statements of :mod:`statements` that have a role and no
organisation, and fills it from the organisation mentions of the document. Three rule families, each
named in the role row's rule (``role:<statement rule>+<family>``); the organisation mentions right around the role
or the name are read by :mod:`role_org_near`:

- ``org-after-role``: an organisation mention right after the role, or after the name when the role
  comes first, joined by a comma or by a connector with up to three lower-case descriptor words
  ("Jane Doe, CTO of the sensor maker Acme Optics GmbH", "Jane Doe, project officer, Acme Cluster",
  "project officer Jane Doe, Acme Cluster", "Jane Doe, head of sales at the family firm Acme AB").
  Connectors: ``data/role_org_connectors.txt``.
- ``org-label-before-name``: a line that opens with an organisation and a colon or dash before the name
  ("Acme Cluster: Jane Doe, communications manager", "Acme Cluster – Jane Doe, CEO").
- ``org-relative-clause`` (role_org_clauses.py): an organisation mention, "where" or "whose", then the role or the name
  ("… visited Acme Foods A/S, where CEO Jane Doe showed the line"); also for people with no role.
- ``org-next-line`` (role_org_signature.py): a role that ends its line in a signature or contact block, the
  organisation opening the next line ("Jane Doe\nEvents Officer\nAcme Cluster", "Jane Doe | CEO\nAcme GmbH | Graz").
- ``org-entry-head`` (role_org_entries.py): the organisation that opens an entry of a members' list, for the contact
  the entry names after a label ("- Acme Sensors GmbH (Graz) – radar modules. CEO: Jane Doe.").
- ``org-item-head`` (role_org_entries.py, also for people with no role), ``org-block-head`` (role_org_entries.py; not
  for people with no role: `make rules` found 2 such rows, none right) and ``org-visit-host``
  (role_org_visits.py): the organisation that opens a list item before a colon or dash ("- Acme AB (Umeå): boxes. At
  our stand: Jane Doe, CEO"), the organisation line over a block's people ("Acme Cluster (AC), Aarhus\nJane Doe, CEO"),
  the host of a visit ("13:30 Visit to Acme Holz GmbH, with plant manager Jane Doe"); ``org-indented-head``
  (role_org_entries.py, also for people with no role): the organisation line flush left over indented entry lines
  ("Acme Foods Kft., Pécs\n   Representative: Jane Doe, director", "Acme GmbH – Graz\n  Contact ...... John Roe, CEO").
- ``org-partner-row`` and ``org-dash-label`` (role_org_rows.py): the organisation a partner-list row opens with after
  its code ("PP3  Acme Cluster\n     Contact: Jane Doe, CEO"), or before a dash and a role label on a directory line
  ("Partners: Acme Cluster (AC) – president: Jane Doe"); also for people with no role (the row family).
- ``org-subject-of-move`` (role_org_moves.py): the subject of a move's sentence ("Acme Ltd has appointed Jane Doe as
  CEO", "Acme Ltd has a new chair: Jane Doe", "At Acme Ltd, Jane Doe takes over as head of sales"); and ``own-team-joined``
  there: the document's own organisation for a newcomer who "joins us" or "the cluster office".
- ``org-item-subject`` (role_org_item_subject.py): the organisation a news item, an award's paragraph or a report's
  credit opens with, for an office stated later in the item with no organisation ("Acme Ltd opened a line in May.
  Operations manager Jane Doe said …"), after every other family, a public office (``data/role_org_item_outside.txt``)
  aside.
- ``org-of-email`` (role_email_org.py): the organisation the e-mail address after the name names ("Contact: Jane
  Doe, events manager, events@acme.example"), after every family that reads the organisation in words.
- ``org-kind-anaphor``: the role refers to its organisation by a kind noun or a possessive determiner
  ("the cluster's executive director, Jane Doe", "The cluster manager, Jane Doe", "head of the network's
  skills group", "Its chairwoman, Jane Doe"): a kind noun (``data/role_org_kind_nouns.txt``) takes the
  nearest organisation named before the role whose name holds that noun; "its"/"their" the nearest
  organisation named before it in the same or the previous sentence.

- ``org-before-role``: an organisation mention right before the role title, perhaps in the possessive,
  or opening it ("TFIC project manager Jane Doe", "Acme Cluster's CEO, Jane Doe", "Jane Doe, ACN coordinator").
- ``org-in-brackets``: the role before the name, an organisation mention in brackets right after the name
  ("Secretary: Jane Doe (Acme Cluster)", "Treasurer – Jane Doe (Acme Optics GmbH)", "workshop 2 – facilitator:
  Jane Doe (Acme)", "The auditor, Jane Doe (Doe Audit SRL), confirmed …"): the person's organisation, which
  is what the record keeps. After the role ("Jane Doe, Vice-President (Acme GmbH)") the bracket may as well
  be the role's field or country: left alone.
- ``org-inside-role``: the role as read runs on over its organisation ("director of the Dutch cluster
  network Acme", "Chairman, Acme Cluster vzw"): the role ends before the connector, the organisation is the
  mention that closes the span.

And ``unit-after-org`` (role_org_units.py): the unit named after a person's organisation ("Jane Doe (Acme University,
Institute of Physics)") is an affiliation row of its own.

A statement whose organisation span is no organisation mention ("President of the Management Board")
counts as one without an organisation here; it keeps its span when no family finds one.

And families for people no statement rule tied to anything (affiliation rows with an empty role):
``name-comma-org`` ("Jane Doe, Acme Cluster;", "Jane Doe, Acme Agency (Estonia)": an organisation mention after a
comma that ends the field), ``credit-org`` ("Photo: © Acme Cluster / Jane Doe", "Photos: Jane Doe / ACME"),
``name-of-org`` ("Jane Doe of the Walloon cluster Acme", "Jane Doe at Acme University": a connector of
``data/person_org_connectors.txt`` and ``person_org_connectors_languages.txt``, up to three lower-case descriptor words and an organisation mention) and ``name-bracket-org`` (rule
``role:name-bracket-org``, an affiliation row with an empty role): a name followed by an organisation
mention in brackets, alone or before further parts ("Jane Doe (Acme Optics GmbH)", "Jane Doe (Acme
Cluster, Spain)", "Jane Doe (Acme University, Faculty of Law)"). The organisation rules decide what is an
organisation, so legal forms, gazetteer names and acronyms all count.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.role_email_org import email_org
from pipeline.extract.role_org_clauses import credit_org, credit_org_after, org_before_relative
from pipeline.extract.role_org_entries import block_head_org, contact_label_before, entry_head_org, indented_head_org, item_head_org
from pipeline.extract.role_org_index import OrgIndex
from pipeline.extract.role_org_item_subject import item_subject_org
from pipeline.extract.role_org_kind_phrases import kind_phrase_noun
from pipeline.extract.role_org_moves import move_org
from pipeline.extract.role_org_near import (
    NAME_CONNECTORS, ORG_CLOSES, org_after, org_after_comma, org_after_dash, org_before_role, org_in_brackets, org_in_clause,
    org_inside_role, org_label)
from pipeline.extract.role_org_rows import dash_label_org, partner_row_org
from pipeline.extract.role_org_signature import org_on_next_line
from pipeline.extract.role_org_units import orgs_after_units, units_after_orgs
from pipeline.extract.role_org_visits import visit_host_org
from pipeline.extract.role_own_board_employers import board_member_employers
from pipeline.extract.role_own_team_lists import under_team_lead_in
from pipeline.extract.role_own_offices import holds_own_office, no_org_but_own_noun
from pipeline.extract.role_fields import kind_nouns
from pipeline.extract.role_own_board import board_office_and_employer
from pipeline.extract.role_own_org import (in_team_section, on_team_line, own_organisation,
                                          own_unit_after, own_unless_named_here, with_own_team)
from pipeline.extract.shapes import Span, clean
from pipeline.extract.statement_parts import Statement
from pipeline.records import OrgMention, PersonMention

_POSSESSIVE_DETERMINER = re.compile(r"(?<![\w-])(?i:its|their)[ \t\n]+(?:[a-z][\w-]*[ \t\n]+){0,2}$")
_SENTENCE_BREAK = re.compile(r"[.!?](?=[ \t\n]+[A-Z])|\n[ \t]*\n")
_ANAPHOR_REACH = 3000  # characters back for a kind noun's organisation: the same news item, not the whole digest


@lru_cache(maxsize=4)
def _kind_re(data_dir: Path | None) -> re.Pattern[str]:
    nouns = kind_nouns(data_dir)
    alt = phrase_alternation(nouns, r"[ \t\n]+")
    # "the cluster's <role>", "the cluster <role>" before the role; "<role> of the cluster('s …)" after it
    return re.compile(r"(?<![\w-])(?i:the|our|this)[ \t\n]+(?i:(" + alt + r"))(?:['’]s)?[ \t\n]+(?:[a-z][\w-]*[ \t\n]+){0,2}$")


@lru_cache(maxsize=4)
def _kind_after_re(data_dir: Path | None) -> re.Pattern[str]:
    alt = phrase_alternation(kind_nouns(data_dir), r"[ \t\n]+")
    return re.compile(r"[ \t\n]+(?:of|at|in|for)[ \t\n]+the[ \t\n]+(" + alt + r")(?![\w-])", re.I)


def _sentence_floor(text: str, pos: int, sentences: int) -> int:
    """The start of the sentence ``sentences`` back from ``pos`` (1 = the sentence holding it)."""
    floor = pos
    for _ in range(sentences):
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, floor - 600), max(0, floor - 1))]
        floor = breaks[-1] if breaks else max(0, floor - 600)
    return floor


def _org_of_kind(text: str, st: Statement, orgs: OrgIndex, lex: Lexicon, own: OrgMention | None = None) -> OrgMention | None:
    """Family ``org-kind-anaphor`` (see the module doc). A kind noun the document's own organisation holds
    (role_own_org.py) is that organisation unless an organisation with the noun is named in the role's own
    paragraph: "the cluster manager" of a cluster's newsletter is its own, though a news item further up named
    another cluster."""
    role = st.role_span
    first = min(role.start, st.person.start)
    lead = text[max(0, role.start - 40):role.start]
    noun = None
    if (m := _kind_re(lex.data_dir).search(lead)) is not None:
        noun = m.group(1)
    elif (m := _kind_after_re(lex.data_dir).match(text, role.end)) is not None:
        noun = m.group(1)
    elif (phrase_noun := kind_phrase_noun(text, role, lex.data_dir)) is not None:
        noun = phrase_noun  # "gerent del clúster", "riaditeľka klastra", "klusterin toiminnanjohtaja" (role_org_kind_phrases.py)
    elif not _POSSESSIVE_DETERMINER.search(lead):  # ("appointed Jane Doe as its new cluster manager": whose "its" says)
        field = re.sub(r"^(?i:the|our)\s+", "", text[role.start:role.end]).split()  # ("Jane Doe, the cluster manager")
        if len(field) >= 2 and field[0].lower() in kind_nouns(lex.data_dir):
            noun = field[0]  # "cluster manager", "network coordinator"
    if noun is not None:
        noun = " ".join(noun.split())
        return own_unless_named_here(text, first, orgs.before(first, max(0, first - _ANAPHOR_REACH), noun), own, noun)
    if _POSSESSIVE_DETERMINER.search(lead):
        # (before the name when the role follows it: "elected Jane Doe, CEO of Beta Ltd, as its president" is not Beta's)
        return orgs.before(first, _sentence_floor(text, role.start, 2))
    return None


def _by_kind_noun(text: str, role: Span, lex: Lexicon) -> bool:
    """The role names its organisation only by a kind noun: "the cluster's CEO", "the director of the cluster"."""
    return (_kind_re(lex.data_dir).search(text, max(0, role.start - 40), role.start) is not None
            or _kind_after_re(lex.data_dir).match(text, role.end) is not None)


def _affiliation_statements(text: str, people: list[PersonMention], statements: list[Statement], orgs: OrgIndex,
                            lex: Lexicon, own: OrgMention | None = None, all_orgs: list[OrgMention] = ()) -> list[Statement]:
    """Families ``name-bracket-org`` and ``name-of-org`` (see the module doc), for the people no statement
    ties to an organisation; for a person a statement gives a role without one, the bracket family only ("elected
    Jane Doe (Acme Ltd) as treasurer": the treasurer's office may be another organisation's, the bracket is hers)."""
    tied = {(st.person.start, st.person.end) for st in statements if st.org is not None}
    roled = {(st.person.start, st.person.end) for st in statements if st.role}
    starts = [q.start for q in people]
    out = []
    for p in people:
        if (p.start, p.end) in tied or (p.rule.startswith("coref:") and p.rule != "coref:full_name"):
            continue
        org, rule = (None, "") if p.rule.startswith("coref:") else (org_in_brackets(text, p.end, orgs), "name-bracket-org")
        if org is None and (p.start, p.end) in roled:
            continue
        if org is None:
            org, rule = partner_row_org(text, Span(p.start, p.end), orgs.starting_at, lex.data_dir), "org-partner-row"
        if org is None and p.rule.startswith("coref:"):
            continue  # (a full name no rule took: its partner row only)
        if org is None:
            org = org_after(text, p.end, orgs, lex, comma=False, connectors=NAME_CONNECTORS)
            rule = "name-of-org"
        if org is None:
            org, rule = org_after_comma(text, p.end, orgs), "name-comma-org"
        if org is None:
            org, rule = org_label(text, Span(p.start, p.end), orgs, lex), "org-label-before-name"
        if org is None:
            org, rule = item_head_org(text, Span(p.start, p.end), orgs.starting_at), "org-item-head"
        if org is None:
            org, rule = indented_head_org(text, Span(p.start, p.end), None, orgs.starting_at), "org-indented-head"
        if org is None:
            org, rule = org_before_relative(text, p.start, orgs.ending_at, lex.data_dir), "org-relative-clause"
        if org is None:
            org, rule = credit_org(text, p.start, orgs.ending_at), "credit-org"
        if org is None:
            org, rule = credit_org_after(text, p.start, p.end, orgs.starting_at), "credit-org"
        if org is None:
            org, rule = email_org(text, Span(p.start, p.end), all_orgs, starts), "org-of-email"
        if org is None and own is not None and own_unit_after(text, p.end, lex.data_dir):
            org, rule = own, "own-unit"  # "Minutes: Jane Doe, cluster office" (role_own_org.py)
        if org is None and own is not None and on_team_line(text, p.start, lex.data_dir):
            org, rule = own, "own-team"  # "Team: Jane Doe (projects), John Roe" (role_own_org.py)
        if org is not None:
            out.append(Statement(Span(p.start, p.end), rule, org=Span(org.start, org.end)))
    return out


def _without_kind_noun_org(text: str, st: Statement, lex: Lexicon) -> Statement:
    """Rule family "kind noun is no name": a stated organisation that is only a kind noun of
    ``data/role_org_kind_nouns.txt`` ("The Network's Chair Jane Doe", "The Cluster's manager …") refers to an
    organisation no family above found; it names none, so the role keeps no organisation."""
    if st.org is not None and clean(text[st.org.start:st.org.end]).lower() in kind_nouns(lex.data_dir):
        return replace(st, org=None)
    return st


def with_role_organisations(statements: list[Statement], text: str, orgs: list[OrgMention], lex: Lexicon,
                            people: list[PersonMention] = ()) -> list[Statement]:
    """``statements`` with the organisation filled in where a role is stated without one and one of the
    families above finds it (the family joins the statement's rule name), and the ``name-bracket-org``
    statements of ``people``."""
    index = OrgIndex(orgs)
    own = own_organisation(text, orgs, lex.data_dir)
    out = _affiliation_statements(text, list(people), statements, index, lex, own, orgs)
    people_starts = [p.start for p in people]
    for st in statements:
        if (st.org is not None and index.covering(st.org)) or not st.role or st.role_span is None:
            out.append(st)
            continue
        # past the role, its non-organisation span ("of the Management Board") and the name
        after = max(st.role_span.end, st.person.end, st.org.end if st.org else 0)
        inside = org_inside_role(text, st.role_span, index, lex) if st.org is None else None
        if inside is not None:
            org, cut = inside
            role_span = Span(st.role_span.start, cut)
            role = clean(re.sub(r"^(?:the|a|an|our|its|their)\s+", "", text[role_span.start:cut], flags=re.I))
            out.append(replace(st, role=role, role_span=role_span, org=Span(org.start, org.end), rule=f"{st.rule}+org-inside-role"))
            continue
        found = [(org_before_role(text, st.role_span, index), "org-before-role"),
                 (org_in_brackets(text, st.person.end, index) if st.role_span.end <= st.person.start else None, "org-in-brackets"),
                 (org_after(text, st.role_span.end, index, lex), "org-after-role"),
                 (org_after(text, after, index, lex) if after != st.role_span.end else None, "org-after-role"),
                 (org_after_dash(text, st.person.end, index) if st.role_span.end <= st.person.start else None, "org-after-role"),
                 (org_in_clause(text, st.role_span.end, index, lex) if st.role_span.end >= st.person.end else None, "org-after-role"),
                 (org_on_next_line(text, st.person, st.role_span, index.starting_at, lambda o: bool(ORG_CLOSES.match(text, o.end))),
                  "org-next-line"),
                 (partner_row_org(text, st.person, index.starting_at, lex.data_dir), "org-partner-row"),
                 (dash_label_org(text, st.person, st.role_span, index.ending_at), "org-dash-label"),
                 (org_before_relative(text, min(st.role_span.start, st.person.start), index.ending_at, lex.data_dir), "org-relative-clause"),
                 (org_label(text, st.person, index, lex), "org-label-before-name"),
                 (entry_head_org(text, st.person, st.role_span, index.starting_at, lex.data_dir), "org-entry-head"),
                 (item_head_org(text, st.person, index.starting_at), "org-item-head"),
                 (block_head_org(text, st.person, st.role_span, index.starting_at), "org-block-head"),
                 (indented_head_org(text, st.person, st.role_span, index.starting_at), "org-indented-head"),
                 (_org_of_kind(text, st, index, lex, own), "org-kind-anaphor"),
                 move_org(text, st, index.ending_at, lex.data_dir, own),
                 (visit_host_org(text, min(st.person.start, st.role_span.start), index.starting_at, index.within, lex.data_dir),
                  "org-visit-host"),
                 (email_org(text, st.person, orgs, people_starts), "org-of-email")]
        org, family = next(((o, f) for o, f in found if o is not None), (None, None))
        if org is None and own is not None and on_team_line(text, st.person.start, lex.data_dir):
            out.append(with_own_team(st, text, own))  # "Executive team: Jane Doe (CEO), …" (role_own_org.py)
            continue
        if (org is None and own is not None and st.org is None and st.role_span.end <= st.person.start
                and own_unit_after(text, st.person.end, lex.data_dir)):
            org, family = own, "own-unit"  # "Minutes: Jane Doe, secretariat", "Referent: Jane Doe, sekretariatet"
        if org is None and own is not None and st.org is None and in_team_section(text, st.person.start, lex.data_dir):
            org, family = own, "own-team-section"  # "Meet the team" … "Jane Doe, programme manager" (role_own_org.py)
        if org is None and own is not None and no_org_but_own_noun(text, st, own) and (holds_own_office(
                text[st.role_span.start:st.role_span.end], st.rule == "our-role", lex.data_dir, own.name) or _by_kind_noun(text, st.role_span, lex)
                or contact_label_before(text, min(st.person.start, st.role_span.start), lex.data_dir) is not None):
            # family "own-org" (role_own_org.py): the document's own organisation, for its own offices, for any role
            # that names its organisation by a kind noun no organisation named before holds ("the cluster's CEO"), and
            # for a contact after a contact label ("Questions: Jane Doe, events officer", role_org_entries.py)
            org, family = own, "own-org"
        if org is None and own is not None and st.org is None and under_team_lead_in(text, st.person.start, lex.data_dir):
            org, family = own, "own-team-list"  # "the management team consisted of:\n- Jane Doe, …" (role_own_team_lists.py)
        if org is None and st.org is None and not _by_kind_noun(text, st.role_span, lex):
            # "Acme Ltd opened a line in May. Operations manager Jane Doe said …" (role_org_item_subject.py)
            org, family = item_subject_org(text, st, index.starting_at, index.within, lex.data_dir), "org-item-subject"
        if org is None:
            out.append(_without_kind_noun_org(text, st, lex))
            continue
        out.append(replace(st, org=Span(org.start, org.end), rule=f"{st.rule}+{family}"))
    closes = lambda o: bool(ORG_CLOSES.match(text, o.end))  # noqa: E731
    out += units_after_orgs(out, text, index.starting_at, closes, lex.data_dir)
    # (a board office with its member's unit in brackets is the own board's first: "President: Jane Doe (Faculty of
    # Law, Acme University)"; then the bracket's affiliation moves to the unit's organisation)
    out = orgs_after_units(board_office_and_employer(out, text, own, lex.data_dir, index.starting_at), text, index.starting_at, closes, lex.data_dir)
    return out + board_member_employers(out, text, own, index.within, lex)
