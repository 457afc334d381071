"""Family ``org-item-subject`` of :mod:`pipeline.extract.role_orgs`: the organisation a news item, an award's paragraph
or a report's credit opens with, for a person the item names later by an office with no organisation of its own.

Newsletters tell of a member company in a paragraph that opens with its name as the subject ("Acme Polymers Ltd,
Athlone, opened a recycling line in May. Operations manager Jane Doe said …", "Beta Subsea AS startet som et lite
dykkerfirma … Daglig leder Ola Nordmann …"), an award's paragraph opens with the winner after the category's label
("Start-up of the Year: Gamma Labs Sp. z o.o., Białystok, a company making … Founders Jane Doe and John Roe received
the prize"), a report's credit with its author ("Prepared by: Delta Consulting S.R.L., Cluj. Evaluation team: Dr. Jane
Doe (team leader)"). The person's office (a company's, a team's) is held in that organisation. The paragraph is the
text since the last blank line, at most ``_REACH`` characters back; its opening is an optional list mark and a short
label closed by a colon, then the organisation mention. Not taken: a public office or an event's part that is held
elsewhere (the concepts and titles of ``data/role_org_item_outside.txt``: "Minister Jane Doe opened the plant",
"moderator John Roe"), a person whose own sentence names another organisation before them (that one is nearer), a
paragraph where another organisation opens or closes a line before the person (a block of several entries, exhibitors'
cards), an organisation on a line of its own (a form's or a card's head: "Acme Alliance (AA)\nMeeting: …"), and a
role that labels the name ("Rapporteur: Jane Doe": a form's field) or runs on over a name of its own ("assessor of the
European Secretariat for …", an organisation no rule read), nor a person on a list item of its own under the
item's lead-in ("who is who in the project team:\n- Jane Doe, work package leader").
The families that read an organisation next to the person, a kind noun or the document's own organisation go first.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.lexicon import office_titles_re
from pipeline.extract.statement_parts import Statement
from pipeline.records import OrgMention

_REACH = 700  # characters back from the person to the paragraph's opening: one news item
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# the paragraph's opening before its organisation: a list mark or number, bold marks, a short label and its colon
# ("Product of the Year: ", "Category \"Young cluster\": ", "Prepared by: ")
_OPENING = re.compile(r"[ \t]*(?:[-–—•*►]|\d{1,2}[.)])?[ \t*_#]*(?:[^\n:.;!?]{1,45}:[ \t]*[*_]*)?")
_HEADING_REST = re.compile(r"[*_]*[ \t]*(?:\([^()\n]{1,60}\))?[ \t*_]*(?:\n|$)")
_LABEL_GAP = re.compile(r"[ \t*_]*:[ \t*_]*(?:[A-Za-z][a-z]{0,5}\.[ \t]*){0,3}")
_LIST_MARK = re.compile(r"[ \t]*(?:[-–—•*►]|\d{1,2}[.)])[ \t]")
_LINE_OPENING = re.compile(r"[ \t]*(?:[-–—•*►]|\d{1,2}[.)])?[ \t*_#]*")
_SENTENCE_START = re.compile(r"(?:[.!?][\"'”»]?[ \t\n]+|\n)(?=\S)")


def _outside_re(data_dir: Path | None) -> re.Pattern[str]:
    """The offices held outside the item's organisation: the forms of the concepts the data file's ``[concepts]``
    names (role_title_concepts.csv) and its ``[titles]``, as whole words of the role."""
    return office_titles_re(data_dir, "role_org_item_outside.txt")


@lru_cache(maxsize=4)
def _names_own_re(data_dir: Path | None) -> re.Pattern[str]:
    """A role that runs on over a name of its own organisation no rule read ("accredited assessor of the European
    Secretariat for …", "directeur de l'Institut …"): a connector of ``data/role_org_connectors.txt``, perhaps an
    article, a capitalised word."""
    words = data_lines(data_dir / "role_org_connectors.txt") if data_dir else ()
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"[ \t\n](?i:" + phrase_alternation(words, r"[ \t\n]+") + r")[ \t\n]+(?:(?i:the|l['’]|la|le|les|die|der|het)[ \t\n]*)?[A-ZÀ-ÖØ-ÞĀ-ſ]")


def item_subject_org(text: str, st: Statement, starting_at: Callable[[int], OrgMention | None],
                     within: Callable[[int, int], list[OrgMention]], data_dir: Path | None) -> OrgMention | None:
    """Family ``org-item-subject`` (see the module doc): the organisation mention opening the paragraph of ``st``;
    ``starting_at`` gives the mention that starts at a position, ``within`` those between two positions."""
    if st.role_span is None or st.rule == "our-role":
        return None
    first = min(st.person.start, st.role_span.start)
    floor = max(0, first - _REACH)
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, floor, first)]
    if breaks:
        start = breaks[-1]
    elif floor == 0:
        start = 0
    else:
        return None  # the paragraph opens too far back: no item of a newsletter
    org = starting_at(_OPENING.match(text, start, first).end())
    if org is None or org.end > first or _HEADING_REST.match(text, org.end):
        return None  # (an organisation's line of its own heads a form or a card: "Acme Alliance (AA)\nMeeting: …")
    if st.role_span.end <= st.person.start and _LABEL_GAP.fullmatch(text, st.role_span.end, st.person.start):
        return None  # the role as a field's label, "Rapporteur: Jane Doe": a form's field, no news item's prose
    if org.rule.startswith("coref:"):
        return None  # ("the cluster office" read as a short form of a name: no item's subject)
    line = text.rfind("\n", 0, first) + 1
    if line > org.start and (_LIST_MARK.match(text, line) or text[org.start:text.find("\n", org.start)].rstrip().endswith(":")):
        return None  # a list under the item's lead-in ("who is who in the project team:\n- Jane Doe, …"): its own entries
    if _outside_re(data_dir).search(text, st.role_span.start, st.role_span.end) or _names_own_re(data_dir).search(
            text, st.role_span.start, st.role_span.end):
        return None
    sentence = max([m.end() for m in _SENTENCE_START.finditer(text, org.end, first)], default=org.end)
    for o in within(org.end, first):
        line_end = text.find("\n", o.end)
        if (o.start >= sentence or _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, o.start) + 1, o.start)
                or not text[o.end:line_end if line_end >= 0 else len(text)].strip()):
            return None  # the person's own sentence names another organisation before them, or another entry's line
    return org
