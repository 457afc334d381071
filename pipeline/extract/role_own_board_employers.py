"""Family ``board-member-employer`` of :mod:`pipeline.extract.role_orgs`: where a member of the own organisation's
board comes from, stated after the office.

A board or governance page lists each member with the office held in the organisation (family ``own-org``), then the
job and company the member holds the seat for: on the list line after a full stop ("- Jane Doe – Treasurer (since
2031). Chief Financial Officer, Acme Steel GmbH."), or on a card's next line of its own ("Jane Doe\\n\\nMember of the
Board\\n\\nCEO, Acme Foods S.L."). The organisation mention there, with the job before it after a comma or "of"/"at",
is the member's own: a row of its own (rule ``board-member-employer``) beside the office's, with that job as its
role, or none ("Member of the Board\\n\\nAcme Foods S.L."). The office is one of the board offices of
``data/role_own_offices.txt`` (``[governance]``); a seat note in brackets or a short clause after a comma may stand
between the office and the full stop ("Vice-President, representative of research."). The entry is a list's or a
card's: the name opens its line, and on a card the office stands alone on the line under it or after a dash on the
name's line ("Jane Doe – Chair\\n\\nCEO of Acme AS, …"; not a table row's cell "| Acme Cluster | Jane Doe, Chairman |",
which the next row's organisation follows). The job must read as a role: a
listed title (``role_title_re``), or a capitalised phrase of a few words none of which is a verb or sentence word of
``data/role_field_stops.txt`` ("Plant manager", "Group leader fuel cells"), no comma in it; a sentence about the
member ("Treasurer. She joined in 2019 from Acme GmbH.") or another person ("… re-elected president. Jane Roe, CEO of
Acme Ltd, succeeds …") gives none.
"""
from __future__ import annotations

import re
from typing import Callable

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.role_own_board import board_offices
from pipeline.extract.shapes import Span, clean
from pipeline.extract.statement_parts import Statement
from pipeline.records import OrgMention

# after the office: a seat note in brackets, a clause after a comma, then a full stop on the line, or a blank line
# before the card's next line
_AFTER_OFFICE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*[^.\n]{1,60}?)?(?:\.[ \t]+|[ \t]*\n[ \t]*\n[ \t]*)")
_JOB_JOIN = re.compile(r"(?:[ \t]*,[ \t]*|[ \t\n]+(?:of|at)[ \t\n]+(?:the[ \t\n]+)?)$")
# after the organisation: its acronym or place in brackets, then the line's end or a comma before its unit or place
_ORG_ENDS = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*[.;]?[ \t]*(?:\n|$)|[ \t]*,[^\n]{0,80}(?:\n|$))")
_JOB_WORDS = 8
# before the name on its line: a list mark and person titles ("- Dr. ", "• Prof. Dr.-Ing. "): the member's own entry
_ENTRY_LEAD = re.compile(r"[ \t]*(?:[-–—•*►]|\d{1,2}[.)])?[ \t]*(?:[A-Z][\w-]*\.[ \t]*)*")


_DASH = re.compile(r"[ \t]*(?:[–—]|-(?=[ \t]))[ \t]*")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _entry(text: str, st: Statement, card: bool) -> bool:
    """The statement is a board list's entry: its name opens its line; on a card (``card``: the job on a line of its
    own under the office) the office stands alone on the line under the name's or after a dash on it ("Jane Doe –
    Chair"), not after a comma in a table row's cell ("| Acme Cluster | Jane Doe, Chairman |" is followed by the next
    row's organisation)."""
    name_line, role_line = _line_start(text, st.person.start), _line_start(text, st.role_span.start)
    if not _ENTRY_LEAD.fullmatch(text, name_line, st.person.start):
        return False
    if not card:
        return True
    if role_line == name_line:  # a card's head line "Jane Doe – Chair"
        return _DASH.fullmatch(text, st.person.end, st.role_span.start) is not None
    return not text[role_line:st.role_span.start].strip()


def _reads_as_job(job: str, lex: Lexicon) -> bool:
    """``job`` (the words before the organisation, its joining comma or connector cut) reads as a role (see the module
    doc)."""
    words = job.split()
    if not words or len(words) > _JOB_WORDS or "," in job:
        return False  # ("… re-elected president. Jane Roe, CEO of Acme Ltd, succeeds …": another person's)
    if lex.role_title_re.match(job):
        return True
    return words[0][:1].isupper() and not any(w.lower() in lex.role_field_stops or w.endswith("ed") for w in words)


def board_member_employers(statements: list[Statement], text: str, own: OrgMention | None,
                           within: Callable[[int, int], list[OrgMention]], lex: Lexicon) -> list[Statement]:
    """The ``board-member-employer`` statements of the board offices in ``statements`` held in ``own`` (see the
    module doc); ``within`` gives the organisation mentions between two positions, in order."""
    if own is None:
        return []
    offices = board_offices(lex.data_dir)
    out = []
    for st in statements:
        if (st.role_span is None or st.org is None or text[st.org.start:st.org.end] != text[own.start:own.end]
                or " ".join((st.role or "").lower().split()) not in offices or st.role_span.end < st.person.end):
            continue
        gap = _AFTER_OFFICE.match(text, st.role_span.end)
        if gap is None or not _entry(text, st, "\n" in gap.group()):
            continue
        line_end = text.find("\n", gap.end())
        line_end = len(text) if line_end < 0 else line_end
        org = next(iter(within(gap.end(), line_end)), None)
        if org is None or org.name == own.name or not _ORG_ENDS.match(text, org.end):
            continue
        job = text[gap.end():org.start]
        join = _JOB_JOIN.search(job)
        if job.strip() and (join is None or not _reads_as_job(job[:join.start()], lex)):
            continue
        role = clean(job[:join.start()]) if job.strip() else ""
        span = Span(gap.end(), gap.end() + join.start()) if role else None
        out.append(Statement(st.person, "board-member-employer", role=role, role_span=span, org=Span(org.start, org.end)))
    return out
