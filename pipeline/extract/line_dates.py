"""Which date an event gets from the line it stands on: the date side of event extraction.

``events`` decides which spans are events; these two rules decide, for an event whose sentence gives it
no date, which date of its line or of the agenda around it is its own:

- ``row_date``: a table or calendar row that opens with its date (perhaps after a weekday, a list mark or an
  e-mail's ">" quote marks), then the title, separated by a column mark ("|", a tab, " – ", " · ", ":"):
  "27.11.2025 | Annual Forum | Volos", "3 June 2025 – Skills Day, Vigo", "12/03/2026\tSupplier day\tBilbao",
  "Wed 7.3. 16:00–17:00 Kick-off webinar" (a time, then the title),
  "> Thursday 9 November – Wood Forum, Brno", a calendar table's row after its month ("October Wed 11  Peer Day"); the event's name right after the date is the title too, with only
  spaces between (a PDF's columns whose spaces the text lost: "16 Jan Members' New Year Meeting 8-10 Jul Summer
  School", "15 Thu Network coordination meeting"); a span of days the row states later that opens on the row's day
  is the event's ("17 Fri Hackathon, Isernia, 24 hours (17–18 September)"). The row's own date is the event's; the date of the next row
  (which the sentence reaches when rows carry no full stop) is not. A month opening a row of a year's highlights
  ("September – Boat Show Days, 12 and 13 September 2025") gives way to the finer day of that month later in the
  event's sentence, also after another event or across the row's line break ("November – Joint mission to Reykjavík
  (Fisheries Expo, 18–20 November)"); not past a ";" (another clause's day).
- ``agenda_day``: a timed line of a day-by-day programme ("18:00 – Award ceremony and reception",
  "13.30  B2B matchmaking") takes the day of the nearest day heading above it: a line that is nothing
  but one day, perhaps with a weekday or a "Day 2 –" label ("TUESDAY 21 APRIL 2026", "Day 2 – Wednesday,
  23 September"), perhaps with the day's title after a dash ("Friday 22 March — Technical visits"), or a programme
  row that writes its day once before its first time ("Sun 18.3. 12:00 Final pitches"
  over " 15:30 Award ceremony"), with no other dated line between. Day headings and timed lines may be list items
  ("- czwartek, 24 września 2037" over "- 19:00 kolacja forum", "• 10:00 Opening"), and a name that wraps onto the
  next line of a narrow column ("14:30 Meeting at the Ministry of Economic Affairs and" / "Communications") is still on
  its timed line. The day heading comes first: a date the line's run-on sentence reaches below it is the next day's.
  Rule ``agenda_day_heading`` widens it to the layouts of Word and PDF timetables: a table read one cell a line puts
  the time alone on its line and the item on the next non-blank one ("09:30" / "" / "Round table: lessons learnt"),
  so an event opening its line right below a time cell is on that timed line; blank lines between cells do not
  count towards the walk up; the heading's label and weekday may be in any language of ``languages.csv`` and
  separated by a middle dot, a bar or a comma ("Day 1 · Tuesday, 22 April", "Dia 2 – terça-feira, 19 de junho",
  "2. nap – szerda, június 3."; words of ``data/programme_day_headings.csv``); an item on an indented line under a
  timed line, in the same slot, is on that timed line ("19:30  Netzwerkabend …" over "       Verleihung des …
  Textilpreises": the award given that evening).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.config import DATA_DIR
from pipeline.extract.date_calendar_rows import after_row_month
from pipeline.extract.date_patterns import CLOCK
from pipeline.extract.dates import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.programme_days import day_heading_words
from pipeline.records import DateMention

# before a row's date: e-mail quote marks (">> "), a list mark or number, a weekday ("Thursday 9 November – ...")
_MARKER = rf"[ \t>]*(?:[-•*▪◦–]|\d{{1,2}}[.)])?[ \t]*(?:{WEEKDAY},?[ \t]+)?"
# between a row's date and its title: a column mark, perhaps after a clock time ("3 June 2025, 10:00 – ..."); after a
# clock time a space is enough ("Wed 7.3. 16:00–17:00 Online kick-off webinar": a timed row of a programme)
_TIME = rf"{CLOCK}(?:[ \t]*[–-][ \t]*{CLOCK})?"
_MARK = r"(?:\||\t|[–—·:]|-(?=[ \t]))"
_COLUMN = re.compile(rf"[ \t]*(?:,?[ \t]*{_TIME}(?:[ \t]*{_MARK}[ \t]*|[ \t]+)|{_MARK}[ \t]*)")
# a clock time opening a programme line: "18:00 –", "13.30", "09:30-10:00"
_TIMED_LINE = re.compile(rf"[ \t]*(?:[-•*▪◦–>][ \t]+)?{CLOCK}(?:[ \t]*[–—-][ \t]*{CLOCK})?[ \t]*(?:[–—-][ \t]*)?(?:h[ \t]+)?")
# a table's time cell alone on its line, the item's cell on the next non-blank line: "09:30", "13:30–17:00 h"
_TIME_CELL = re.compile(rf"[ \t]*{CLOCK}(?:[ \t]*[–—-][ \t]*{CLOCK})?[ \t]*(?:h|CET|CEST|EET)?[ \t]*")
_TIME_LEAD = re.compile(r"[ \t]*[,–—·|-]?")  # between a day and its first time: "Thursday, 11 March 2027 – 13:00 Lunch"
_MAX_LINES_UP = 40
_MAX_SLOT_LINES = 6  # the indented lines of one timed slot (speakers, a second item, a place)


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def row_date(ctx: DocContext, m: Candidate) -> DateMention | None:
    """The date that opens the event's own row, before its title (see the module doc)."""
    ls, le = _line(ctx.text, m.start)
    if m.end > le:
        return None
    first = ctx.dates_between(ls, m.start)
    if not first or first[0].precision not in ("day", "month") or not (re.fullmatch(_MARKER, ctx.text[ls:first[0].start]) or (
            after_row_month(ctx.text, ls, first[0].start, first[0].rule))):
        return None  # a calendar row's day may follow its month's name ("October Wed 11  Peer Day")
    gap = ctx.text[first[0].end:m.start]
    column = _COLUMN.match(gap)
    if (column is None or column.end() != len(gap)) and not re.fullmatch(r"[ \t]+", gap):
        return None  # the name right after the date that opens its line is the row's title ("16 Jan Members' Meeting")
    if first[0].precision == "month":
        # "September – Boat Show Days, 12 and 13 September 2025": the row's month heads a year's highlights; the day of
        # that month its sentence gives the event, also after a bracketed fair or across the row's line break
        # ("November – Joint mission to Reykjavík (Fisheries Expo, 18–20 November)"), is the event's
        _, se = ctx.sentence(m.start, m.end)
        finer = [d for d in ctx.dates_between(m.end, max(le, se)) if d.precision == "day"
                 and first[0].start_date <= d.start_date <= first[0].end_date]
        if finer:
            return finer[0] if ";" not in ctx.text[m.end:finer[0].start] else None
    return span_on_row(ctx, first[0], m.end, le)


def span_on_row(ctx: DocContext, day: DateMention, start: int, end: int) -> DateMention:
    """The span of days stated in ``start``–``end`` (the rest of a row) that opens on the row's one ``day``, else
    ``day``: "17 Fri Hackathon, Isernia, 24 hours (17–18 September)" lasts two days."""
    if day.precision != "day" or day.start_date is None or day.start_date != day.end_date:
        return day
    return next((d for d in ctx.dates_between(start, end) if d.precision == "day" and d.start_date == day.start_date
                 and d.end_date is not None and d.end_date > d.start_date), day)


@lru_cache(maxsize=4)
def _day_label(data_dir: Path) -> re.Pattern[str]:
    """What may stand on a day heading's line before its date: a day label with its number ("Day 2 –", "2. nap –",
    "Dia 2 ·") and a weekday, in any language of ``data/programme_day_headings.csv``; compiled once."""
    label, weekday = day_heading_words(data_dir)
    return re.compile(rf"[ \t*_#=]*(?:[-•▪◦–>][ \t]+)?(?:(?:(?:{label})[ \t]+\d{{1,2}}|\d{{1,2}}\.?[ \t]+(?:{label}))[ \t]*[–—:·|,-]?[ \t]*)?"
                      rf"(?:(?:{WEEKDAY}|(?:{weekday})(?![\w-])\.?),?[ \t]*)?", re.I)


def _time_cell_above(text: str, ls: int) -> int | None:
    """The start of the time cell right above the line at ``ls`` (blank lines between): the line is the item cell of a
    table read one cell a line ("09:30" / "" / "Round table: lessons learnt"); else None."""
    pos = ls
    while pos > 0:
        a, b = _line(text, pos - 1)
        if text[a:b].strip():
            return a if _TIME_CELL.fullmatch(text, a, b) else None
        pos = a
    return None


def _slot_above(text: str, ls: int) -> int | None:
    """The start of the timed line whose slot the indented line at ``ls`` goes on ("19:30  Netzwerkabend …" over
    "       Verleihung des Textilpreises …", "18:00 Gala dinner" over "  Award ceremony of the …"): the first line above
    that is not indented, with only indented lines between and no blank line; None when that line has no time."""
    pos, lines = ls, 0
    while lines < _MAX_SLOT_LINES:
        if not text.startswith((" ", "\t"), pos) or pos == 0:
            return None
        a, b = _line(text, pos - 1)
        if not text[a:b].strip():
            return None  # a blank line: the slot ended above
        if not text.startswith((" ", "\t"), a):
            return a if _TIMED_LINE.match(text, a) is not None and _TIMED_LINE.match(text, a).end() > a else None
        pos, lines = a, lines + 1
    return None


# the day's title after the day of a heading, set off by a dash or a middle dot ("Friday 22 March — Technical visits",
# "Day 2 – Wednesday, 23 September – Site visits", "Dia 2 · 19 de junho · Visitas"): no time, no other date
_DAY_TITLE = re.compile(r"[ \t]*(?:[–—·|]|-(?=[ \t]))[ \t]*[^\W\d][^\d\n]{1,60}")


def _wrapped_on(text: str, le: int, end: int) -> bool:
    """Whether a name that runs past its line's end at ``le`` to ``end`` only wraps onto the next lines, as a PDF's
    narrow column does ("14:30 Meeting at the Ministry of Economic Affairs and" / "Communications with …"): no line it
    reaches opens with a time (the next slot) or is blank."""
    pos = le
    while pos < end:
        a, b = _line(text, pos + 1)
        if a == b or text[a:b].isspace() or _TIMED_LINE.match(text, a) is not None:
            return False
        pos = b
    return True


def agenda_day(ctx: DocContext, m: Candidate, data_dir: Path = DATA_DIR) -> DateMention | None:
    """The day heading above the event's timed programme line (see the module doc)."""
    ls, le = _line(ctx.text, m.start)
    if m.end > le and not _wrapped_on(ctx.text, le, m.end):
        return None
    if _TIMED_LINE.match(ctx.text, ls) is None and (ls := _time_cell_above(ctx.text, ls) or _slot_above(ctx.text, ls)) is None:
        return None
    day_label = _day_label(data_dir)
    pos, lines = ls, 0
    while pos > 0 and lines < _MAX_LINES_UP:
        start, end = _line(ctx.text, pos - 1)
        pos = start
        if start == end or ctx.text[start:end].isspace():
            continue  # a blank line between a table's cells
        lines += 1
        dates = ctx.dates_between(start, end)
        if not dates:
            continue
        label = day_label.match(ctx.text, start)
        if label.end() < dates[0].start and _time_cell_above(ctx.text, start) is not None:
            continue  # an item cell under its time naming a date of its own ("Company visit (list closed on 24 April)")
        if len(dates) != 1 or _TIMED_LINE.match(ctx.text, start) is not None:
            return None  # a dated line that is no heading: the programme's days are not headed
        d = dates[0]
        # the day alone on its line, or written once before the first of its timed lines ("Sun 18.3. 12:00 Final pitches")
        first_time = _TIMED_LINE.match(ctx.text, _TIME_LEAD.match(ctx.text, d.end).end())
        heading = (d.precision == "day" and d.start_date == d.end_date and label.end() == d.start
                   and (not ctx.text[d.end:end].strip(" \t*_#=.:") or first_time is not None
                        or _DAY_TITLE.fullmatch(ctx.text, d.end, end) is not None))
        return d if heading else None
    return None
