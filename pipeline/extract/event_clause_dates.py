"""Rule ``clause_opening_date``: an event named in a clause that a date opens, in a sentence that names other events.

A sentence may give several events each its own day, the date opening each clause before the event it dates:
"The day before, on 21 June, members meet at the General Assembly, and on Friday 23 June the agency organises a
buyers' matchmaking"; "The Wood Awards were presented on 12 March, and on 14 March the network held its Skills
Workshop". The day opening a sentence is already each event's when the sentence has one date
(:func:`pipeline.extract.event_attributes.attach_event_attributes`); with several dates and events, an undated event
takes the date that opens its own clause ("on" / "from" and the date right after the sentence's start, a comma, a
semicolon, a dash or "and" / "but" / "while" / "then"), when no other event is named between that date and it.
"""
from __future__ import annotations

import re

from pipeline.extract.dates import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.span_index import any_in
from pipeline.records import DateMention

# ", and on Friday 23 June" / "The day before, on 21 June": a clause opened by its date
_CLAUSE_DATE = re.compile(rf"(?:^|[,;:–—]|\b(?:and|but|while|then)\b)[ \t\n]*(?:on|from)[ \t\n]+(?:(?:the[ \t]+)?{WEEKDAY},?[ \t]+)?$",
                          re.I)
_MAX_GAP = 90  # characters between the date and the event's name


def clause_opening_date(ctx: DocContext, m: Candidate, starts: list[int], before: list[DateMention], s: int) -> DateMention | None:
    """The date that opens the clause naming ``m`` (see the module doc), else None. ``before``: the day or month
    dates of the sentence (starting at ``s``) that end before the name."""
    if not before or m.anaphor:
        return None
    d = before[-1]
    if m.start - d.end > _MAX_GAP or ";" in ctx.text[d.end:m.start] or any_in(starts, d.end, m.start, but=m.start):
        return None
    return d if _CLAUSE_DATE.search(ctx.text, s, d.start) else None
