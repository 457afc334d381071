"""A calendar line's weekday before a name: "15 Thu  Network coordination meeting", "12 Fri  Acme Cluster –
General assembly", "22:15 Thu Acme Cluster", "3 Freitag Acme Cluster". A weekday (a name of
data/event_weekdays.csv in any case, or its three-letter code: "Thu", "Fri", "Mon") right after a day number
or a time on its line is the line's date, never a name's first word: :func:`org_spans.trim` starts the name
after it ("Thu Network" is no organisation; "Fri Acme Cluster" is "Acme Cluster"). Elsewhere the words stay
("Sun Valley Cluster" opens no calendar line).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table

_DAY_BEFORE = re.compile(r"(?:^|[ \t])\d{1,2}(?:[.:]\d{2})?\.?[ \t]+$", re.M)
_WORD = re.compile(r"([^\W\d_]+)\.?[ \t]+")


@lru_cache(maxsize=4)
def weekday_words(data_dir: Path | None) -> frozenset[str]:
    """Weekday names of data/event_weekdays.csv and their three-letter codes, lower case."""
    if data_dir is None:
        return frozenset()
    _, rows = data_table(data_dir / "event_weekdays.csv")
    days = [r for r in rows if r.get("meaning") in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]
    return frozenset(r["word"].lower() for r in days) | frozenset(r["meaning"] for r in days)


def past_calendar_day(text: str, start: int, end: int, data_dir: Path | None) -> int:
    """``start`` moved past a calendar line's weekday (module docstring), else ``start``."""
    m = _WORD.match(text, start, end)
    if m is None or m.group(1).lower() not in weekday_words(data_dir):
        return start
    line_start = text.rfind("\n", 0, start) + 1
    return m.end() if _DAY_BEFORE.search(text, line_start, start) else start
