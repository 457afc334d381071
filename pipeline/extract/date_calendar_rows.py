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

Calendars printed as tables write more shapes of the same row, each with its weekday checked the same way: a
weekday before each end of a span ("Tue 25–Thu 27", "Mon 22 – Fri 26"); the day alone on its line, the title on the
next one ("Tue 24" / "Network Board meeting"); the row opening with its month's name, or the start of it that a narrow
column left ("February Tue 14–Wed 15", "Septemb Mon 25–Fri 29" / "er"), which then is the month of the rows below it;
day and month numbers after the weekday ("Th 07.07", the month number the heading's), under a heading that is a month
with its year alone on its line ("JULY 2033", "OCTOBER 2033 (continued)", :func:`alone_on_line`); and a span whose
first day ends in a dash and whose last day opens the next line ("We 14.09–   Baltic Cluster Days" / "Th 15.09
organised by …", a table's cell broken in two), one date on the first line's span.
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
    month_lead: re.Pattern[str]  # a row's month name (or its start) before its weekday and day: group m


@lru_cache(maxsize=4)
def calendar_rows(data_dir: Path) -> CalendarRows:
    """The row pattern with the weekday forms of the data folder, compiled once."""
    forms = {r["word"].strip().lower(): r["day"].strip() for r in data_table(data_dir / "calendar_weekdays.csv")[1]}
    forms.update({r["word"].strip().lower(): r["meaning"].strip() for r in data_table(data_dir / "event_weekdays.csv")[1]
                  if r["meaning"].strip() in _DAYS})
    weekday = {w: _DAYS.index(d) for w, d in forms.items() if d in _DAYS}
    wd = rf"(?:{phrase_alternation(weekday)})\.?"
    number = r"(?:\.(?P<n{0}>0?[1-9]|1[0-2])(?!\d)\.?)?"  # "Th 07.07": the month's number after the day
    row = re.compile(
        rf"[ \t]*(?:[-•*▪][ \t]+)?(?:(?P<wd1>{wd}),?[ \t]+)?(?P<d1>{DAY}){number.format(1)}(?![:.,]\d)"
        rf"(?:[ \t]*[–—-][ \t]*(?:(?P<wd3>{wd}),?[ \t]+)?(?P<d2>{DAY}){number.format(2)})?(?![\w:./])"
        rf"(?P<lead2>(?:[ \t]+|[ \t]*\()(?P<wd2>{wd})\)?)?"
        rf"(?:(?:{_COLUMN}|(?<=[\w.)])[ \t](?=\S))(?=[^\s\d])|(?P<alone>[ \t]*(?:\n|\Z)))", re.I)
    # "February Tue 14–Wed 15  Winter workshop", "Septemb Mon 25–Fri 29" (a narrow column breaks the name): a table's
    # row opening with its month's name, or the start of it, before the weekday and day
    month_lead = re.compile(rf"[ \t]*(?P<m>[A-Za-z]{{3,9}})[ \t]+(?=(?:{wd}),?[ \t]+\d)", re.I)
    return CalendarRows(row, weekday, month_lead)


_ROW_MONTH = re.compile(r"[ \t]*[A-Za-z]{3,9}[ \t]+")  # a table row's month (or its start, "Septemb") before its day


def after_row_month(text: str, line_start: int, start: int, rule: str) -> bool:
    """True when a calendar row's day (``rule``) at ``start`` follows only its month's name on its line ("October Wed
    11  Peer Day", "February Tue 14–Wed 15"): the row still opens with its date."""
    return rule == CALENDAR_ROW_RULE and _ROW_MONTH.fullmatch(text, line_start, start) is not None


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def _weekday_of(rows: CalendarRows, word: str | None) -> int | None:
    return rows.weekday.get(word.lower().rstrip(".")) if word else None


def _row_month(rows: CalendarRows, text: str, pos: int, month: dt.date) -> tuple[int, dt.date]:
    """``(where the row's day starts, its month)``: after a month name (or its start, "Septemb") opening the row, that
    month, of the heading's year (the next year's when it comes before the heading's month); else ``(pos, month)``."""
    m = rows.month_lead.match(text, pos)
    word = m["m"].lower() if m else ""
    named = [i for i, name in enumerate(_MONTHS, 1) if name.startswith(word)] if word else []
    if len(named) != 1:
        return pos, month
    return m.end(), dt.date(month.year + (named[0] < month.month), named[0], 1)


def _days(rows: CalendarRows, m: re.Match[str], month: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of row ``m`` in ``month``; None when a weekday, a month number or the order disagrees."""
    for n in ("n1", "n2"):
        if m[n] and not m["wd1"]:
            return None  # "3.5 Webinar": a number with a decimal, no day and month without the weekday before them
    try:
        first = month.replace(day=int(re.sub(r"\D", "", m["d1"])))
        last_month = month.replace(month=int(m["n2"])) if m["n2"] else month
        last = last_month.replace(day=int(re.sub(r"\D", "", m["d2"]))) if m["d2"] else first
    except ValueError:
        return None  # "31" under FEBRUARY
    weekday, end_weekday = _weekday_of(rows, m["wd1"] or m["wd2"]), _weekday_of(rows, m["wd3"])
    if (m["n1"] and int(m["n1"]) != month.month) or last < first or (weekday is not None and first.weekday() != weekday) or (
            end_weekday is not None and last.weekday() != end_weekday):
        return None
    return first, last


_NOTE = re.compile(r"[ \t*_#]*(?:\([^()\n]{1,30}\))?[ \t*_]*")  # "(continued)", "(cont.)" after a month heading


def alone_on_line(text: str, start: int, end: int) -> bool:
    """True when the month (with its year) at ``start:end`` stands alone on its line, perhaps with a note in brackets
    after it ("JULY 2033", "## March 2034", "OCTOBER 2033 (continued)"): a heading of a calendar's rows."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return _NOTE.fullmatch(text, line_start, start) is not None and _NOTE.fullmatch(text, end, line_end) is not None


def calendar_row_days(text: str, headings: list[tuple[int, dt.date]], data_dir: Path) -> list[tuple[int, int, dt.date, dt.date]]:
    """``(start, end, first day, last day)`` of the calendar rows under ``headings`` (``(line end, first day of the
    month)`` of each month heading, in text order; see the module doc)."""
    rows = calendar_rows(data_dir)
    out: list[tuple[int, int, dt.date, dt.date]] = []
    for i, (pos, month) in enumerate(headings):
        stop = headings[i + 1][0] if i + 1 < len(headings) else len(text)
        joined = -1  # the line a range's last day took ("We 14.09–  Baltic days" over "Th 15.09  organised by …")
        for _ in range(_MAX_LINES):
            pos = text.find("\n", pos)
            if pos < 0 or pos >= stop:
                break
            pos += 1
            at, month = _row_month(rows, text, pos, month)
            m = rows.row.match(text, at) if pos != joined else None
            if m is None:
                continue
            weekday = _weekday_of(rows, m["wd1"] or m["wd2"])
            if weekday is None and (m["alone"] is not None or not re.match(_COLUMN, text[m.end("d2") if m["d2"] else m.end("d1"):m.end()])
                                    and not (m["d2"] and _TITLE_OPENS.match(text, m.end()))):
                continue  # "5 Network meeting": a title set off by one space is a number, not a day ("20–22 Food fair" is)
            days = _days(rows, m, month)
            if days is None:
                continue
            # the row's lead, its weekday too ("15 Thu", "Thu 15"): what stands before the title is the date
            start = m.start("wd1") if m["wd1"] else m.start("d1")
            end = m.end("lead2") if m["wd2"] else max(m.end(g) for g in ("d1", "n1", "d2", "n2") if m[g])
            if not m["d2"] and m["wd1"] and (tail := _open_range(rows, text, end, month, days[0])):
                joined, days = tail  # the span stays the first line's: the title between is no date
            out.append((start, end, *days))
    return out


def _open_range(rows: CalendarRows, text: str, end: int, month: dt.date, first: dt.date) -> tuple[int, tuple[dt.date, dt.date]] | None:
    """A day closed by a dash right after it whose last day opens the next line ("We 14.09–   Baltic Cluster Days" over "Th 15.09
    organised by …", a table's cell broken over two lines): ``(that line's start, (first day, last day))``."""
    if text[end:end + 1] not in ("–", "—", "-"):
        return None  # "Do 11 – Stammtisch": a dash after a space sets the title off
    line = text.find("\n", end) + 1
    m = rows.row.match(text, line) if line > 0 else None
    if m is None or not m["wd1"] or m["d2"] or (days := _days(rows, m, month)) is None or days[0] <= first:
        return None
    return line, (first, days[0])
