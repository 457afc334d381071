"""Which date an event takes when its mentions in one document carry several (split from
:mod:`pipeline.extract.event_groups`, whose ``canonical`` reads the mentions' dates, named mentions first).

- ``anaphor_day_in_name_year``: a name dated only by its year takes the day or month an anaphor of it states in
  that year (:func:`anaphor_days_in_year`);
- ``joined_days``: the days its mentions state one by one, from the first on, are one span (:func:`joined_days`);
- ``item_on_event_day``: a programme's own item no date reaches takes the one day of the event reported just before it
  (:func:`items_on_event_day`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_programme_items import item_at
from pipeline.extract.event_weekdays import WEEKDAY_RULE
from pipeline.records import DateMention

# The longest span joined days may make: a fair, a week of events, a study tour.
_MAX_JOINED_DAYS = 14
# How far before a programme's undated item the event whose day it takes may be named: a report's paragraph and the
# programme under it ("On Thursday 19 May … the fourth Recycling Day." … "12:30 Networking lunch" … "17:30 Networking drinks")
_ITEM_REACH = 2500


def _stated(m: Candidate, precisions: tuple[str, ...]) -> bool:
    d = m.dates
    return d is not None and d.precision in precisions and d.rule != WEEKDAY_RULE and d.start_date is not None and d.end_date is not None


def anaphor_days_in_year(dated: list[DateMention], members: list[Candidate]) -> list[DateMention]:
    """Rule ``anaphor_day_in_name_year``: when the name gives the event only a year ("LAUNCHPAD BOOTCAMP" under
    "Autumn 2031", "Harbour Forum 2030"), the day or month an anaphor of it states in that year ("The bootcamp runs
    from 15 September to 5 December 2031", "the forum will open on 4 May") dates it too: a year says no more than no
    date, and an undated name already takes its anaphors' dates. ``dated``: the dates the named mentions give."""
    years = {d.start_date.year for d in dated if d.start_date is not None}
    if not dated or len(years) != 1 or any(d.precision != "year" for d in dated):
        return []
    return [m.dates for m in members if m.anaphor and _stated(m, ("day", "month")) and m.dates.start_date.year in years]


def joined_days(date: DateMention | None, members: list[Candidate]) -> DateMention | None:
    """Rule ``joined_days``: an event whose mentions state its days one by one ("the memorandum was signed on 14
    November, on the first day of the Agri Forum" … "The forum continued on 15 November"; "Living Wood Days, 20
    October 2033" … "the Living Wood Days on 21 and 22 October"; "EU Industry Days (10–11 February)" after "on 10
    February, during the EU Industry Days") lasts from the first to the last: the day dates of its mentions that
    start inside the chosen one or the day after it, one after the other, carry its end on (at most two weeks). Never
    its start back: a day before it is the eve's, the arrival's or a trip's ("the coach leaves on 23 May" for a fair
    opening on 24 May, "on the eve of the summit"). ``date``: the date the event's mentions gave it."""
    if date is None or date.precision != "day" or date.start_date is None or date.end_date is None:
        return date
    lo, hi = date.start_date, date.end_date
    for a, b in sorted({(m.dates.start_date, m.dates.end_date) for m in members if _stated(m, ("day",))}):
        if lo <= a <= hi + dt.timedelta(days=1) and b > hi:
            hi = b
    if hi == date.end_date or (hi - lo).days >= _MAX_JOINED_DAYS:
        return date
    return replace(date, end_date=hi)


def items_on_event_day(ctx: DocContext, elex: EventLexicon, data_dir, groups: list, dates: list) -> list:
    """Rule ``item_on_event_day``: an event named by a programme item's noun (``event_programme_items.item_at``: a
    networking lunch, a dinner, drinks, a site or company visit, a guided tour, B2B meetings) that no date reaches takes
    the date of the event named nearest before it, within ``_ITEM_REACH`` characters, when that event is held on one
    day: a report or an invitation tells of the day and then of its programme ("On Thursday 19 May, 340 recyclers came
    together for the fourth Recycling Day" … "12:30 Networking lunch", "The day ended with a dinner for members"; "The
    company visit to the plant in Beringen on 29 September" … "followed by a members' evening"), and the item is part of
    that day. An event of several days says no day of its own items (none is taken), nor does an earlier event named
    by a year or a month. ``groups`` and ``dates`` run in parallel (each group's date or None); returns the dates."""
    named = sorted((m.start, d) for g, d in zip(groups, dates) if d is not None for m in g.members)
    out = list(dates)
    for i, (g, d) in enumerate(zip(groups, dates)):
        if d is not None or not g.members:
            continue
        own = [m for m in g.members if not m.anaphor]
        if not own or any(item_at(ctx, elex, data_dir, m.start, m.end) is None for m in own):
            continue
        first = min(m.start for m in g.members)
        before = [(p, x) for p, x in named if p < first and first - p <= _ITEM_REACH]
        if not before:
            continue
        near = max(before, key=lambda t: t[0])[1]
        if near.precision == "day" and near.start_date is not None and near.start_date == near.end_date:
            out[i] = near
    return out
