"""Rule ``clause_date``: in a sentence that names several events, an event with no date of its own takes the day or
month date that opens its own clause.

Reports and save-the-dates pack a programme into one sentence, each event after its own date: "The day before, on
4 May, members meet for the General Assembly, and on Friday 6 May the agency runs a buyers' matchmaking"; "In
November twelve SMEs joined a trade mission to Morocco, with B2B meetings in Casablanca"; "On 9 March, while the
Expo was still being set up, we held the Exhibitors' Breakfast". The date is the nearest day or month date before
the event in its sentence, when no other event of the sentence stands between them, no ";" closes the clause, no
other event of the sentence already has that date ("the Cluster Night on 3 May presented the Awards": the night's
date, said of the night) and it is no deadline ("until / by / before ..."). A last resort, run by
:func:`pipeline.extract.event_attributes.attach_event_attributes` after every other way of dating an event; a
sentence naming one event is dated by the date before it already (``_attach_date``).
"""
from __future__ import annotations

import re

from pipeline.extract.event_context import Candidate, DocContext


def attach_clause_date(ctx: DocContext, m: Candidate, kept: list[Candidate], deadline: re.Pattern[str]) -> None:
    """Date ``m`` in place from the date opening its clause (see the module doc)."""
    if m.dates is not None or m.anaphor:
        return
    s, e = ctx.sentence(m.start, m.end)
    others = [k for k in kept if k is not m and not k.anaphor and s <= k.start < e]
    if not others:
        return
    before = [d for d in ctx.dates_between(s, m.start) if d.end <= m.start and d.precision in ("day", "month")]
    if not before:
        return
    d = before[-1]
    if any(k.dates is not None and (k.dates.start, k.dates.end) == (d.start, d.end) for k in others):
        return  # another event's date ("the Cluster Night on 3 May presented the Awards")
    if any(d.end <= k.start < m.start for k in others) or ";" in ctx.text[d.end:m.start]:
        return  # the date opens another event's clause
    if deadline.search(ctx.text, max(s, d.start - 40), d.start):
        return
    m.dates = d
