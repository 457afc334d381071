"""Family ``org-partner-row`` of :mod:`pipeline.extract.role_orgs`: the organisation a row of a project's partner list
opens with, for the contact persons the row names.

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

