"""A body's meeting listed as a row of dates by the body's name alone (``pattern:event_body_row``).

A project's or a network's calendar lists the meetings of its governing bodies one a line, each by the body's
name, perhaps a note in brackets or after a comma, then a colon or a dash and the day:

    - Steering Committee (online): Thursday 5 June 2031, 14:00–16:00
    - Advisory Board: 12 November 2031, Ghent
    • Management Board, hosted by the lead partner – 14 May 2030

The row is the body's meeting on that day, named by the body as written ("Steering Committee"). The bodies are
those of ``data/event_meeting_bodies.txt`` (a board, a council, a steering committee or group). The date must
follow the separator at once (after a weekday): "Advisory Board: Prof. Novak, Dr. Lind" lists members, and
"Steering Committee: set up on 3 May 2030" says when the body was founded; neither is a meeting.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.date_patterns import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, line_spans

RULE = "pattern:event_body_row"
# after the body: a note in brackets or after a comma ("(online)", ", hosted by the lead partner"), then the separator
_NOTE = r"(?:[ \t]*\([^()\n]{1,40}\)|,[^:–—\n]{1,60}?)?"
_SEP = rf"[ \t]*(?::|[–—]|-(?=[ \t]))[ \t]*(?:{WEEKDAY},?[ \t]+)?"


@lru_cache(maxsize=8)
def _row(data_dir: Path) -> re.Pattern[str] | None:
    """A row that opens with a body's name, compiled once; None without bodies."""
    bodies = data_lines(data_dir / "event_meeting_bodies.txt")
    if not bodies:
        return None
    return re.compile(rf"[ \t]*(?:[-•*▪◦–][ \t]+)?(?P<body>(?i:{phrase_alternation(bodies)}))(?![\w-]){_NOTE}{_SEP}")


def body_rows(ctx: DocContext, data_dir: Path) -> list[Candidate]:
    """Each row of a body's name and the day it meets (see the module doc)."""
    row = _row(data_dir)
    if row is None:
        return []
    out = []
    for s, e in line_spans(ctx.text):
        m = row.match(ctx.text, s, e)
        if m is None or not m.group("body")[:1].isupper():
            continue
        date = next((d for d in ctx.dates_between(m.end(), e) if d.start == m.end() and d.precision in ("day", "month")), None)
        if date is None:
            continue
        out.append(Candidate(m.start("body"), m.end("body"), clean_event_name(m.group("body")), RULE, None, "other",
                             dates=date))
    return out
