"""Families ``org-partner-row`` and ``org-dash-label`` of :mod:`pipeline.extract.role_orgs`: the organisation a row of
a project's partner list or a line of a directory opens with, for the contact persons it names.

Final reports, minutes and consortium pages list a project's partners a row each: the partner's code first (a list
code of :mod:`pipeline.extract.org_list_lines`: "LP", "PP3", "P2", a partner label of ``[list code labels]`` in
``data/not_organisations.txt``; or the row's number), then the organisation, then the contact persons, on the row or
on the indented lines under it:

    PP3  Acme Cluster (AC), Graz, AT
         Contact: Dr. Jane Doe, cluster manager
         (until 05/2031: John Roe)
    PP2 – Acme University (IT): Jane Doe, researcher; John Roe, financial officer
     4  Acme Agency (BE)          WP3 leader       Jane Doe, director

The organisation mention that starts right after the code (past a dash, a bar or a colon) is the organisation of every
person named after it on that row (with no sentence ending between: a paragraph that opens with a code, "WP1 – Management
(ACME). Six meetings were held …", is no row), and on the lines under it that are indented further than the row, up
to the next row or a blank line. A row whose code is followed by no organisation mention ("WP2  Pilot actions – lead: …", "W1 Sensors –
facilitator: …") names none.

Family ``org-dash-label``: contact directories and award lists give an organisation, a dash and its contact as a role
label: "Partners: Acme Cluster (AC) – president: Jane Doe", "Cluster partner: Acme Network – manager: John Roe",
"Acme Sensors GmbH, Ulm – CEO: Jane Doe". The organisation mention before the dash (its acronym in brackets and a place
after a comma may follow it) is the person's when it opens the line, perhaps after a list mark or a short label, or
follows a semicolon of a list of partners ("Partners: Acme Park (AP); Acme Cluster – director: Jane Doe").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pipeline.extract.org_list_lines import list_codes
from pipeline.extract.shapes import Span
from pipeline.records import OrgMention

_ROW_LEAD = re.compile(r"[ \t|•*]*(\S+?)[.)]?(?=[ \t|:–—-])")  # the code that opens a row: "PP3", "LP", "| 2 |", " 4."
_CODE_GAP = re.compile(r"[ \t|:*]*(?:[–—-][ \t]+)?[ \t|*]*")  # between the code and the organisation: "PP2 – ", "| LP | "
_ROW_NUMBER = re.compile(r"\d{1,2}")
_SENTENCE_END = re.compile(r"[.!?]\**[ \t]+[A-Z]")
_UNDER_ROW = 4  # lines under a row that may still be its own (a contact line, a former contact in brackets)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _row_org(text: str, line_start: int, line_end: int, starting_at: Callable[[int], OrgMention | None],
             data_dir: Path | None) -> OrgMention | None:
    """The organisation mention that opens the partner row at ``line_start`` (right after its code), or None."""
    lead = _ROW_LEAD.match(text, line_start, line_end)
    if lead is None:
        return None
    code = lead.group(1)
    if not (_ROW_NUMBER.fullmatch(code) or code in list_codes(text, data_dir)):
        return None
    gap = _CODE_GAP.match(text, lead.end(), line_end)
    for pos in range(lead.end(), gap.end() + 1):  # (a mention may start at the dash: "– Acme Cluster")
        org = starting_at(pos)
        if org is not None and org.end <= line_end:
            return org
    return None


def partner_row_org(text: str, person: Span, starting_at: Callable[[int], OrgMention | None],
                    data_dir: Path | None) -> OrgMention | None:
    """Family ``org-partner-row`` (see the module doc): ``starting_at`` gives the organisation mention that starts at a
    position."""
    start = text.rfind("\n", 0, person.start) + 1
    end = text.find("\n", person.start)
    end = len(text) if end < 0 else end
    org = _row_org(text, start, end, starting_at, data_dir)
    if org is not None:  # (a row, not a paragraph that opens with a code: no sentence ends between)
        return org if org.end <= person.start and not _SENTENCE_END.search(text, org.end, person.start) else None
    indent = _indent(text[start:end])
    for _ in range(_UNDER_ROW):
        if start == 0 or indent == 0:
            return None
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return None  # a blank line ends the row
        if _indent(line) < indent:
            return _row_org(text, start, end, starting_at, data_dir)
    return None


# between the organisation and the role label: its acronym in brackets, a place after a comma, the dash
_DASH_LABEL_GAP = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:,[ \t]*[^,;:()\n–—]{1,40}?)?[ \t]+[–—-][ \t]+")
# before the organisation on its line: a list mark, a short label ("Partners:", "Cluster partner:"), or a semicolon
_DASH_LABEL_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-•*]|\d{1,2}[.)])?[ \t*]*(?:[^\n:;]{1,30}:[ \t]*)?$|;[ \t]*$")


def dash_label_org(text: str, person: Span, role: Span, ending_at: Callable[[int], OrgMention | None]) -> OrgMention | None:
    """Family ``org-dash-label`` (see the module doc): the role is a label before the name ("– manager: Jane Doe");
    ``ending_at`` gives the organisation mention that ends at a position."""
    if role.end > person.start or ":" not in text[role.end:person.start]:
        return None
    start = text.rfind("\n", 0, role.start) + 1
    for end in range(role.start - 2, start, -1):
        gap = _DASH_LABEL_GAP.match(text, end)
        if gap is None or gap.end() != role.start:
            continue
        org = ending_at(end)
        if org is not None and org.start >= start and _DASH_LABEL_LEAD.search(text, max(0, start - 1), org.start):
            return org
    return None
