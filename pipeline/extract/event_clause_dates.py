"""Dates an event takes from its own sentence or paragraph: after a quoted name, its own closing quote
(:func:`own_closing_quote`, read by ``_attach_date``); and two last-resort rules for an event whose own words give no
date: the date that opens its clause, the date of the lead that opens its paragraph.

Rule ``clause_date``: in a sentence that names several events, an event with no date of its own takes the day or
month date that opens its own clause.

Reports and save-the-dates pack a programme into one sentence, each event after its own date: "The day before, on
4 May, members meet for the General Assembly, and on Friday 6 May the agency runs a buyers' matchmaking"; "In
November twelve SMEs joined a trade mission to Morocco, with B2B meetings in Casablanca"; "On 9 March, while the
Expo was still being set up, we held the Exhibitors' Breakfast". The date is the nearest day or month date before
the event in its sentence, when no other event of the sentence stands between them, no ";" closes the clause, no
other event of the sentence already has that date or stands right before it ("the Cluster Night on 3 May presented
the Awards": the night's date, said of the night; "our annual meeting in September re-elected the board, and the first
mission to Japan is taking shape") and it is no deadline ("until / by / before ..."). A last resort, run by
:func:`pipeline.extract.event_attributes.attach_event_attributes` after every other way of dating an event; a
sentence naming one event is dated by the date before it already (``_attach_date``).

Rule ``run_in_header_date``: mission reports, project news and day-by-day accounts open each paragraph with a bold
lead that says when (and where): "**Tuesday 16 May – Seoul.** Cluster Innovation Seminar at the chamber of
commerce …", "**Second partner meeting – Munich, 20 June**, … in the afternoon we ran our matchmaking …",
"**Zaragoza, 13–14 October 2027.** Two days, 480 participants: the third Hydrogen Summit …". Markdown and HTML
text lose the bold, so a first sentence of at most 90 characters without a verb is a lead too ("Tuesday 16 May –
Seoul. Cluster Innovation Seminar at …"; not "On 3 May the board met."). An event of that paragraph, after the
lead, whose sentence states no date takes the lead's one day or month date (never a deadline, a dateline or a
byline's date, which :class:`DocContext` leaves out).

Rule ``day_opener_date``: day-by-day reports tell what followed a dated event without a date of its own, by a phrase
opening the sentence (``data/event_day_openers.csv``): "On 12 May the group toured the port. In the evening, the
members attended the Harbour Awards"; "Day 3 (7 October) – visits in Hagenberg. That evening the delegation joined
the Cluster Night"; "We exhibited at the fair on 23 September. The next day we joined a study visit to …". An event
of such a sentence, which states no date itself, takes the latest single day said before it in its paragraph (a
date, or the day of a host event an earlier event of the paragraph took: "On the afternoon of the first day, …"),
moved by the opener's days; never a deadline. "In the afternoon of the second day" is the host's day, not this.

Rule ``day_closer_date``: the same phrases closing the event's clause, with only punctuation after them ("On 29
September the network ran a B2B matchmaking day, and the Awards were presented at the conference dinner the same
evening."; "The members' general meeting takes place on the same day in the morning."): an event before such a phrase,
with no date after its name in its sentence, takes the latest single day said before its name in its paragraph (its
own sentence included), moved by the phrase's days. Not "the day before the forum": a day of another event.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_weekdays import Weekdays, said


_QUOTE_PAIRS = {"“": "”", '"': '"', "„": "“", "«": "»", "‘": "’"}


def own_closing_quote(text: str, start: int, end: int) -> int:
    """1 when the name is quoted on its own ('our first "Circular Repair Clinic" on 2 July', 'the “Smart Port
    Hackathon” (4–6 May)'): the quote right after it closes the name, not a title it sits inside; else 0."""
    opening = text[start - 1:start] if start else ""
    return int(opening in _QUOTE_PAIRS and text[end:end + 1] == _QUOTE_PAIRS[opening])


_SAID_WITH = re.compile(r"[ \t\n]*(?:,[ \t\n]*)?(?:in|on)?[ \t\n]*")  # "the meeting in September": that date is the meeting's


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
    if any(k.dates is not None and (k.dates.start, k.dates.end) == (d.start, d.end) or _SAID_WITH.fullmatch(ctx.text, k.end, d.start)
           for k in others):
        return  # another event's date ("the Cluster Night on 3 May presented the Awards", "our meeting in May, …, and …")
    if any(d.end <= k.start < m.start for k in others) or ";" in ctx.text[d.end:m.start]:
        return  # the date opens another event's clause
    if deadline.search(ctx.text, max(s, d.start - 40), d.start):
        return
    m.dates = d


# a paragraph's bold lead: perhaps a list mark, then "**…**" on the paragraph's first line
_RUN_IN = re.compile(r"[ \t]*(?:[-•*][ \t]+)?\*\*(?P<lead>[^*\n]{4,120})\*\*")
_LEAD_MAX = 90  # a lead sentence without a verb, "Tuesday 16 May – Seoul.", is a heading run into its paragraph


def _lead(ctx: DocContext, start: int, end: int) -> tuple[int, int] | None:
    """The span of the lead opening the paragraph ``start``–``end``: its bold run-in, else its first sentence when that
    is short and has no verb (Markdown loses its bold: "Tuesday 16 May – Seoul. Cluster Seminar at …")."""
    bold = _RUN_IN.match(ctx.text, start, end)
    if bold is not None:
        return bold.start("lead"), bold.end("lead")
    _, first_end = ctx.sentence(start, start)
    first_end = min(first_end, end)
    if first_end - start > _LEAD_MAX or first_end >= end:
        return None
    if any(ctx.pos[i][0] in ("VERB", "AUX") for i in range(start, first_end) if i in ctx.pos):
        return None
    return start, first_end


def attach_run_in_date(ctx: DocContext, m: Candidate, deadline: re.Pattern[str], weekday: Weekdays | None = None) -> None:
    """Date ``m`` in place from the lead of its paragraph (see the module doc); a lead's span of days does not date an
    event whose sentence names its weekday (``weekday``, ``event_weekdays``: "A küldöttség 2035. május 8–10. között
    Brnóban járt. Szerdán … üzemlátogatáson": the Wednesday inside the span is the visit's day)."""
    if m.dates is not None or m.anaphor:
        return
    block = ctx.block_at(m.start)
    lead = _lead(ctx, block.start, block.end) if block is not None and block.kind in ("paragraph", "list_item") else None
    if lead is None or m.start < lead[1]:
        return
    s, e = ctx.sentence(m.start, m.end)
    if ctx.dates_between(max(s, lead[1]), e):
        return  # the sentence says when itself
    dates = [d for d in ctx.dates_between(*lead) if d.precision in ("day", "month")]
    if len(dates) != 1 or deadline.search(ctx.text, max(lead[0], dates[0].start - 40), dates[0].start):
        return
    if weekday is not None and dates[0].precision == "day" and dates[0].start_date != dates[0].end_date \
            and said(weekday, ctx.text, s, e):
        return  # the weekday pass dates it inside the span
    m.dates = dates[0]


@dataclass(frozen=True)
class DayOpeners:
    pattern: re.Pattern[str]  # an opener at a sentence's start, in group "opener"
    days: dict[str, int]  # the opener (folded) → days after the day said before
    closer: re.Pattern[str]  # the same phrases closing a clause ("… at the dinner the same evening."), in group "opener"


@lru_cache(maxsize=8)
def day_openers(data_dir: Path) -> DayOpeners:
    """The openers of ``data/event_day_openers.csv``, read and compiled once."""
    days = {" ".join(r["opener"].lower().split()): int(r["days"]) for r in data_table(data_dir / "event_day_openers.csv")[1]}
    alts = phrase_alternation(days, space=r"[ \t\n]+")
    # closing its clause: only punctuation, or more such phrases, after it ("on the same day in the morning.")
    closer = re.compile(rf"(?<!\w)(?P<opener>(?i:{alts}))(?=(?:[ \t\n]+(?i:{alts}))*[ \t\n]*(?:[.,;:!)]|$))")
    return DayOpeners(re.compile(rf"[ \t\n*_]*(?P<opener>(?i:{alts}))(?![ \t\n]+of\b)(?=[ \t\n,])"), days, closer)


def attach_opener_day(ctx: DocContext, m: Candidate, kept: list[Candidate], openers: DayOpeners,
                      deadline: re.Pattern[str]) -> None:
    """Date ``m`` in place from the day said before the opener of its sentence (see the module doc)."""
    if m.dates is not None or m.anaphor:
        return
    s, e = ctx.sentence(m.start, m.end)
    opener = openers.pattern.match(ctx.text, s, m.start)
    block = ctx.block_at(s)
    if opener is not None and block is not None and block.start < s and not ctx.dates_between(s, e):
        _take_said_day(ctx, m, kept, openers, deadline, opener, block.start, s, "day_opener_date")
    elif block is not None and (closer := openers.closer.search(ctx.text, m.end, e)) is not None \
            and not ctx.dates_between(m.end, e):
        _take_said_day(ctx, m, kept, openers, deadline, closer, block.start, m.start, "day_closer_date")


def _take_said_day(ctx: DocContext, m: Candidate, kept: list[Candidate], openers: DayOpeners, deadline: re.Pattern[str],
                   phrase: re.Match[str], start: int, before: int, rule: str) -> None:
    """Date ``m`` with the latest single day said between ``start`` and ``before`` (a date, or a host event's day an
    earlier event took), moved by ``phrase``'s days; nothing when no such day was said."""
    said = [d for d in ctx.dates_between(start, before) if d.end <= before and d.precision == "day" and d.start_date == d.end_date
            and not deadline.search(ctx.text, max(start, d.start - 40), d.start)]
    said += [k.dates for k in kept if start <= k.start < before and k.dates is not None and k.dates.rule == "host_event_day"]
    if not said:
        return
    day = max(said, key=lambda d: d.start)
    moved = day.start_date + dt.timedelta(days=openers.days[" ".join(phrase.group("opener").lower().split())])
    m.dates = replace(day, start=phrase.start("opener"), end=phrase.end("opener"), text=phrase.group("opener"),
                      start_date=moved, end_date=moved, rule=rule)
