"""Rule ``pattern:calendar_row_day``: the year-less day that opens a row of a calendar under a month heading.

Printed calendars and their PDF extractions list a month's activities under the month's name alone on its line
("JANUARY", "## März", "**October**"), each row opening with its day and perhaps a weekday, the title after a
column mark or a run of spaces: "15 Thu   Network coordination meeting, Campobasso", "Thu 15 – Board meeting",
"20–22    Collective stand at the food fair, Milano", "Do 12 | Stammtisch Mechatronik", "gio 8 · Workshop on
labelling". The day takes the month of the heading above it (:data:`pattern:month_heading`, whose year the
calendar's title or the document gives) and is a date of that month: one day, or a span of days ("20–22").

What keeps other numbered lines out: the row opens with the day (after a list mark at most), a day range ends
after its first day, a clock time ("10:00 – Opening") or a decimal is no day, and the title is set off by a
column mark, a tab or two spaces (a weekday written with the day sets it off with one space too). A weekday
written beside the day (``data/calendar_weekdays.csv``, with the full names of ``data/event_weekdays.csv``) must be
that day's in the heading's year: a row whose weekday disagrees is not of this calendar's year and dates nothing.
A heading governs the rows below it down to the next month heading, and at most :data:`_MAX_LINES` lines.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.date_patterns import DAY

CALENDAR_ROW_RULE = "pattern:calendar_row_day"
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MAX_LINES = 60  # a month of a printed calendar, with its continuation lines and a page break
_TITLE_OPENS = re.compile(r"[\"“'\[(]?[A-ZÀ-Þ]")  # a title opening with a capital, perhaps after a quote or bracket
_COLUMN = r"(?:[ \t]*(?:\||[–—·:]|-(?=[ \t]))[ \t]*|\t[ \t]*|[ \t]{2,})"


@dataclass(frozen=True)
class CalendarRows:
    row: re.Pattern[str]  # a calendar row's opening: groups wd1, d1, d2, wd2 (in lead2), and the title's start (end of match)
    weekday: dict[str, int]  # folded weekday form → 0 (Monday) … 6


@lru_cache(maxsize=4)
def calendar_rows(data_dir: Path) -> CalendarRows:
    """The row pattern with the weekday forms of the data folder, compiled once."""
    forms = {r["word"].strip().lower(): r["day"].strip() for r in data_table(data_dir / "calendar_weekdays.csv")[1]}
    forms.update({r["word"].strip().lower(): r["meaning"].strip() for r in data_table(data_dir / "event_weekdays.csv")[1]
                  if r["meaning"].strip() in _DAYS})
    weekday = {w: _DAYS.index(d) for w, d in forms.items() if d in _DAYS}
    wd = rf"(?:{phrase_alternation(weekday)})\.?"
    row = re.compile(
        rf"[ \t]*(?:[-•*▪][ \t]+)?(?:(?P<wd1>{wd}),?[ \t]+)?(?P<d1>{DAY})(?![:.,]\d)"
        rf"(?:[ \t]*[–—-][ \t]*(?P<d2>{DAY}))?(?![\w:./])"
        rf"(?P<lead2>(?:[ \t]+|[ \t]*\()(?P<wd2>{wd})\)?)?(?:{_COLUMN}|(?<=[\w.)])[ \t](?=\S))(?=[^\s\d])", re.I)
    return CalendarRows(row, weekday)


def _weekday_of(rows: CalendarRows, m: re.Match[str]) -> int | None:
    word = m["wd1"] or m["wd2"]
    return rows.weekday.get(word.lower().rstrip(".")) if word else None


def calendar_row_days(text: str, headings: list[tuple[int, dt.date]], data_dir: Path) -> list[tuple[int, int, dt.date, dt.date]]:
    """``(start, end, first day, last day)`` of the calendar rows under ``headings`` (``(line end, first day of the
    month)`` of each month heading, in text order; see the module doc)."""
    rows = calendar_rows(data_dir)
    out = []
    for i, (pos, month) in enumerate(headings):
        stop = headings[i + 1][0] if i + 1 < len(headings) else len(text)
        for _ in range(_MAX_LINES):
            pos = text.find("\n", pos)
            if pos < 0 or pos >= stop:
                break
            pos += 1
            m = rows.row.match(text, pos)
            if m is None:
                continue
            weekday = _weekday_of(rows, m)
            if weekday is None and not re.match(_COLUMN, text[m.end("d2") if m["d2"] else m.end("d1"):m.end()]) and not (
                    m["d2"] and _TITLE_OPENS.match(text, m.end())):
                continue  # "5 Network meeting": a title set off by one space is a number, not a day ("20–22 Food fair" is)
            try:
                first = month.replace(day=int(re.sub(r"\D", "", m["d1"])))
                last = month.replace(day=int(re.sub(r"\D", "", m["d2"]))) if m["d2"] else first
            except ValueError:
                continue  # "31" under FEBRUARY
            if last < first or (weekday is not None and first.weekday() != weekday):
                continue
            # the row's lead, its weekday too ("15 Thu", "Thu 15"): what stands before the title is the date
            start = m.start("wd1") if m["wd1"] else m.start("d1")
            end = m.end("lead2") if m["wd2"] else m.end("d2") if m["d2"] else m.end("d1")
            out.append((start, end, first, last))
    return out
