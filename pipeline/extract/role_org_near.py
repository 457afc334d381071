"""The organisation mentions right around a stated role or a name, for :mod:`role_orgs` (which runs the families and
names them in the role row's rule): after a comma or a connector (``org-after-role``, ``name-of-org``,
``name-comma-org``), inside the role as read (``org-inside-role``), right before it (``org-before-role``), in brackets
after the name (``org-in-brackets``, ``name-bracket-org``), after a dash (``org-after-role``) and as the label that
opens the name's line (``org-label-before-name``). Each family is described in the module doc of :mod:`role_orgs`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.org_list_lines import opens_with_code
from pipeline.extract.role_org_index import OrgIndex
from pipeline.extract.shapes import Span
from pipeline.extract.statement_apposed import after_titles
from pipeline.extract.statement_parts import UPPER
from pipeline.records import OrgMention

_MAX_DESCRIPTOR_WORDS = 3
# What may follow an organisation that ends a role's field: punctuation, a dash, a list separator ("·", "|",
# "/"), "and" before the next item, or nothing after an abbreviated legal form ("… s.r.o. Members …").
ORG_CLOSES = re.compile(r"[ \t]*(?:[,.;:()\n|·/]|[–—]|\s-\s|and[ \t]|$)|(?<=\.)[ \t]")
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*►✓➢]|\d{1,2}[.)])?[ \t]*$")


# family "name-of-org": the English connectors and those of the other languages
NAME_CONNECTORS = ("person_org_connectors.txt", "person_org_connectors_languages.txt")


@lru_cache(maxsize=8)
def _connector_re(data_dir: Path | None, files: tuple[str, ...] = ("role_org_connectors.txt",)) -> re.Pattern[str]:
    """ "of", "at", "with" (data/role_org_connectors.txt, or the words of ``files``), "the" and up to three lower-case
    descriptor words ("of the smart-meter maker "), ending where the organisation's name must start."""
    words = [w for file in files for w in data_lines(data_dir / file)] if data_dir else ()
    # (case-insensitive connector only: the descriptor words are lower case, perhaps after one capitalised
    # adjective, "of the Danish cluster Acme"; "of DG REGIO" has none)
    return re.compile(r"[ \t\n]+(?i:" + phrase_alternation(words, r"[ \t\n]+") + r")[ \t\n]+(?:the[ \t\n]+)?"
                      r"(?:(?:" + UPPER + r"[\w-]*[ \t]+)?(?:[a-zà-ÿ][\w-]*[ \t\n]+){1," + str(_MAX_DESCRIPTOR_WORDS) + r"})?")


@lru_cache(maxsize=4)
def _connector_words(data_dir: Path | None) -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines(data_dir / "role_org_connectors.txt")) if data_dir else frozenset()


def org_after(text: str, pos: int, orgs: OrgIndex, lex: Lexicon, *, comma: bool = True,
               connectors: tuple[str, ...] = ("role_org_connectors.txt",)) -> OrgMention | None:
    """Family ``org-after-role``: an organisation mention opening at ``pos`` after ", " or a connector."""
    gap = re.match(r"[ \t]*,[ \t]*", text[pos:pos + 8]) if comma else None
    if gap:
        org = orgs.starting_at(pos + gap.end())
        if org and ORG_CLOSES.match(text, org.end):
            return org
    conn = _connector_re(lex.data_dir, connectors).match(text, pos)
    if conn:
        # the descriptor words are lower case, so the regex may run into the name: try each cut
        spans = [pos] + [pos + m.end() for m in re.finditer(r"[ \t\n]+", text[pos:conn.end()])]
        for at in reversed(spans):
            if at <= pos:
                break
            org = orgs.starting_at(at)
            if org:
                return org
    return None


_CLAUSE_REACH = 100
_CLAUSE_WORD = re.compile(r"[ \t\n]+(?:(" + UPPER + r"[\w'’-]*)[ \t]+(?=[a-zà-ÿ]))?([a-zà-ÿ][\w'’-]*)")
_JOINING = frozenset({"of", "at", "in", "on", "for", "from", "with", "within", "by", "to", "the", "a", "an", "into", "about", "as"})


def org_in_clause(text: str, pos: int, orgs: OrgIndex, lex: Lexicon) -> OrgMention | None:
    """Family ``org-after-role``, the long form: lower-case words of the role's field, then a connector and
    the organisation ("head of fleet renewal at the state ferry operator Acme", "Deputy Head of Unit in charge
    of clusters at DG GROW", "lecturer in smart farming at Acme University"). The first organisation
    mention of the clause, when only lower-case words (one capitalised adjective before one of them) stand
    between, the last of them is a connector or descriptor after one, and none is a verb or a sentence word
    (``role_field_stops.txt`` but its connectors and articles)."""
    stops = lex.role_field_stops - _JOINING
    connectors = _connector_words(lex.data_dir)
    at, seen_connector = pos, False
    while at < pos + _CLAUSE_REACH:
        org = orgs.starting_at(at + len(text[at:at + 8]) - len(text[at:at + 8].lstrip(" \t\n")))
        if org is not None and seen_connector and at > pos:
            return org
        w = _CLAUSE_WORD.match(text, at)
        if not w or w.group(2).lower() in stops or "\n\n" in w.group():
            return None
        seen_connector = seen_connector or w.group(2).lower() in connectors
        at = w.end()
    return None


_INSIDE_JOIN = re.compile(r"[ \t]*,|[ \t\n]+(?=[a-z])")
_GENITIVE_JOIN = re.compile(r"[ \t]+(?=[^\W\d_])")


def org_inside_role(text: str, role: Span, orgs: OrgIndex, lex: Lexicon) -> tuple[OrgMention, int] | None:
    """Family ``org-inside-role``: the role as read runs on over its organisation ("director of the Dutch
    cluster network Acme", "CEO of the Danish company Acme ApS", "researcher at the Turin-based think tank
    Acme", "Chairman, Acme Cluster vzw"): an organisation mention that closes the role's span, joined as in
    ``org-after-role`` (a comma, or a connector and up to three descriptor words). Returns it and where the
    role ends (before the comma or connector)."""
    for join in _INSIDE_JOIN.finditer(text, role.start, role.end):
        if join.start() <= role.start:
            continue
        org = org_after(text, join.start(), orgs, lex)
        if org is not None and role.end - 2 <= org.end <= role.end + 1:
            return org, join.start()
    # the languages that write what an office is of in the genitive, with no "of": a title, a space and the organisation
    # in its case closing the role ("direktorka Mađarskog udruženja klastera", "ředitel Klastru Acme", "predseda
    # predstavenstva Spoločnosti Acme", "director Acme Cluster"): the role is the title as a whole
    for join in _GENITIVE_JOIN.finditer(text, role.start, role.end):
        org = orgs.starting_at(join.end())
        if (join.start() > role.start and text[join.end()].isupper() and org is not None and role.end - 2 <= org.end <= role.end + 1
                and lex.role_title_re.fullmatch(text, role.start, join.start())):
            return org, join.start()
    return None


def org_label(text: str, person: Span, orgs: OrgIndex, lex: Lexicon) -> OrgMention | None:
    """Family ``org-label-before-name``: "Acme Cluster: Jane Doe, …" at a line start (person titles may
    stand between: "Acme Cluster: Dr. Jane Doe"), for each name the label lists ("Acme University (AU), Spain: Jane
    Doe, John Roe (CEO) and Ann Poe": the names before this one are list items, capitalised, perhaps bracketed)."""
    line = text.rfind("\n", 0, person.start) + 1
    for org in orgs.within(line, person.start):
        if not (_LINE_LEAD.search(text, max(0, org.start - 8), org.start)
                or opens_with_code(text, line, org.start, lex.data_dir)  # "PP1  Acme Cluster – Jane Doe"
                or _ITEM_LEAD.fullmatch(text, line, org.start)):  # "Partners: Acme Cluster – Jane Doe; Beta AG – …"
            continue
        gap = _LABEL_GAP_AFTER.match(text, org.end)
        if gap is None:
            continue
        items = _LISTED_BEFORE.match(text, gap.end(), person.start)
        if after_titles(text, items.end() if items else gap.end(), lex) == person.start:
            return org
    return None


# an item of a list run on one line after its label, each "<organisation> – <name>" closed by a semicolon ("Partners:
# Acme Cluster – Dr. Jane Doe; Beta University, Graz – John Roe (online); …"): the label or the item before
_ITEM_LEAD = re.compile(r"(?:[^\n:;]{2,40}:|[^\n]*;)[ \t]*")
# (a country or acronym in brackets, a country or a part after a comma may stand before the colon or dash: "Acme
# Cluster (Spain) – Jane Doe, director", "Acme Cluster (AC), France: Jane Doe", "Acme Cluster (lead partner): …"; a
# directory line's seat and country code after the comma, aligned in a column: "Acme Foods Kft., Pécs (HU)     – Jane Doe")
_LABEL_GAP_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{2,40}\)[ \t]*)?(?:,[ \t]*" + UPPER + r"[\w-]*(?:[ \t]+" + UPPER + r"[\w-]*)?[ \t]*"
                              r"(?:\([^()\n]{2,40}\)[ \t]*)?)?(?::|[–—]|-(?=[ \t]))[ \t]*")
# the names listed before the one read, each capitalised, perhaps with a bracket, closed by a comma, "and" or "&"
_LISTED_BEFORE = re.compile(r"(?:" + UPPER + r"[^,;:()\n]{1,50}?(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*(?:,|and|&)[ \t]+)+")
_DASH_AFTER = re.compile(r"[ \t]*(?:[–—]|-(?=[ \t]))[ \t]*")


def org_after_dash(text: str, pos: int, orgs: OrgIndex) -> OrgMention | None:
    """Family ``org-after-role``, after a role label: "Jury chair: Jane Doe – Acme University", "Facilitator: Dr. Jane
    Doe – Acme Cluster": an organisation mention after a dash that ends the field."""
    gap = _DASH_AFTER.match(text, pos)
    org = orgs.starting_at(gap.end()) if gap else None
    return org if org and ORG_CLOSES.match(text, org.end) else None
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?[ \t]+$")
_BRACKET_AFTER = re.compile(r"[ \t]*\n?[ \t]*\([ \t]*")  # (a line may break before the bracket)


def org_before_role(text: str, role: Span, orgs: OrgIndex) -> OrgMention | None:
    """Family ``org-before-role``: "TFIC project manager", "Acme Cluster's CEO", "ACN coordinator"."""
    opening = orgs.starting_at(role.start)
    if opening and opening.end < role.end:
        return opening
    gap = _POSSESSIVE_GAP.search(text, max(0, role.start - 4), role.start)
    return orgs.ending_at(gap.start()) if gap else None


def org_in_brackets(text: str, pos: int, orgs: OrgIndex) -> OrgMention | None:
    """Family ``org-in-brackets``: "(Acme Cluster)" right at ``pos``."""
    bracket = _BRACKET_AFTER.match(text, pos)
    org = orgs.starting_at(bracket.end()) if bracket else None
    return org if org and _BRACKET_NEXT.match(text, org.end) else None


_BRACKET_NEXT = re.compile(r"[ \t]*(?:[,;)]|[–—]|-[ \t])")


_COMMA = re.compile(r"[ \t]*,[ \t]*")


def org_after_comma(text: str, pos: int, orgs: OrgIndex) -> OrgMention | None:
    """Family ``name-comma-org``: a name, a comma and an organisation mention that ends its field ("Jane Doe, Acme
    Cluster;", "Jane Doe, Acme Region, Department of Trade", "Jane Doe, Acme Agency (Estonia)", a line's end)."""
    gap = _COMMA.match(text, pos)
    org = orgs.starting_at(gap.end()) if gap else None
    return org if org and ORG_CLOSES.match(text, org.end) else None
