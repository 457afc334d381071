"""Meetings of one name held on different days of one document, kept apart by their day in the name.

A body holds one board meeting, one general assembly, one partner meeting a day, so two mentions of such a
meeting dated on different days are two meetings (``event_groups._day_apart``): "Summary of the Board meeting of 21
September" and "The next Board meeting is on 30 November" are two board meetings. Their names would be the
same ("Board meeting 2027"), and a name is one event of its document, so each takes its day before the
year: "Board meeting (21 September) 2027", "Board meeting (30 November) 2027". Names that differ already,
mentions without a day of their own, and days that overlap ("the kick-off meeting on 4 March" after "a two-day
kick-off meeting on 3–4 March": one meeting) are left as they are.
"""
from __future__ import annotations

import re
from collections import defaultdict

from pipeline.records import DateMention

_YEAR_END = re.compile(r"(?P<year>[ \t]+(?:19|20)\d\d)?$")


def _overlap(dates: list[DateMention]) -> bool:
    """Two of the dates share a day: "on 4 March" inside "on 3–4 March 2026" is the same two-day meeting."""
    spans = sorted((d.start_date, d.end_date or d.start_date) for d in dates)
    return any(b[0] <= a[1] for a, b in zip(spans, spans[1:]))


def days_in_names(named: list[tuple[str, DateMention | None]]) -> list[str]:
    """The names of ``named`` ((name, date) of each event of one document), the same name of events dated
    on different days told apart by the day (see the module doc)."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, (name, _) in enumerate(named):
        by_name[name].append(i)
    out = [name for name, _ in named]
    for name, idx in by_name.items():
        dates = [named[i][1] for i in idx]
        if len(idx) < 2 or any(d is None or d.precision != "day" or d.start_date is None for d in dates) or _overlap(dates):
            continue
        days = [d.start_date for d in dates]
        for i, day in zip(idx, days):
            out[i] = _YEAR_END.sub(lambda m, d=day: f" ({d.day} {d:%B}){m.group('year') or ''}", name, count=1)
    return out
