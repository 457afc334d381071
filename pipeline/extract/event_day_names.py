"""Meetings of one name held on different days of one document, kept apart by their day in the name.

A body holds one board meeting, one general assembly, one partner meeting a day, so two mentions of such a
meeting dated on different days are two meetings (``events._day_apart``): "Summary of the Board meeting of 21
September" and "The next Board meeting is on 30 November" are two board meetings. Their names would be the
same ("Board meeting 2027"), and a name is one event of its document, so each takes its day before the
year: "Board meeting (21 September) 2027", "Board meeting (30 November) 2027". Names that differ already,
or mentions without a day of their own, are left as they are.
"""
from __future__ import annotations

import re
from collections import defaultdict

from pipeline.records import DateMention

_YEAR_END = re.compile(r"(?P<year>[ \t]+(?:19|20)\d\d)?$")


def days_in_names(named: list[tuple[str, DateMention | None]]) -> list[str]:
    """The names of ``named`` ((name, date) of each event of one document), the same name of events dated
    on different days told apart by the day (see the module doc)."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, (name, _) in enumerate(named):
        by_name[name].append(i)
    out = [name for name, _ in named]
    for name, idx in by_name.items():
        days = [named[i][1].start_date if named[i][1] is not None and named[i][1].precision == "day" else None for i in idx]
        if len(idx) < 2 or None in days or len(set(days)) < len(days):
            continue
        for i, day in zip(idx, days):
            out[i] = _YEAR_END.sub(lambda m, d=day: f" ({d.day} {d:%B}){m.group('year') or ''}", name, count=1)
    return out
