"""Dates: every explicit calendar date or range in a document, with its precision.

Patterns run over the document text in order of specificity (cross-month ranges, day ranges, month
ranges, single days, numeric dates, months, years, year-less days); a span taken by one pattern is
not matched again. Whitespace inside an expression may include one line break, because PDF text
breaks lines anywhere ("14-16 May\\n2019"). spaCy's DATE entities are a fallback for shapes the
patterns do not know; they are kept only when dateparser reads them and they name a month and year.

Two days joined by "and" are a range only when they are consecutive ("10 and 11 November 2020");
otherwise they are two dates ("on 12 February and 26 February 2025").

A number after a numbering word from ``data/date_numbering_labels.txt`` ("Day 1 – 22 October 2024")
does not start a range: only the day after it is a date.

Policy for years: a bare year is a date only where it stands as one: after a cue word from
``data/date_year_cues.txt`` ("in 2019", "since 2017", "Commission's 2017 Communication") or on a
"Date:" line, or in brackets of its own ("Szczecin (2024)"). A year that belongs to a name is not a
date: directly after a capitalised name token ("Horizon 2020", "Programme 2018") or directly before
an event title ("the 2019 EU Cluster Conference"). Year-less days ("on 7th May") take their year from the document: the explicit dates
with the same month (the published date's year when those disagree and it is among them), else the
published date's year (the year before or after when the day lies more than half a year from the
published date and the clause says "will", "scheduled", "next" … or "was", "held" …), else the only
year the document's dates use; ambiguous ones are left out. Year-less months after a year cue word
("in November", "by the end of April", "since March"; full month names only) take their year the same way,
except that with an anchor date (published, issue, version or the head's meeting date) the anchor and
the clause decide alone: a past clause (or "since") names the latest such month up to the anchor, a future one the
first from the anchor on, else the nearest (``pattern:yearless_month``, precision month; ``date_years.month_year``).
An anchor in a year no stated date of the text has (a PDF's creation date) reads no month: the text's dates do.
A full month heading a line of highlights ("January – Launch of …", "• June: …") is such a month too; in a yearly
report ("ANNUAL REPORT 2025") it is of the report's year, as are its other year-less dates unless announced.

A year heading the rows of a list or table of years ("2026 – Kranj", a Year column) is a date when two or more
rows name different years (``pattern:year_row``); a year opening its sentence before a verb of
``data/date_year_verbs.txt`` is one ("2025 was the year …").

Numeric dates are read day first, as European texts write them: "03/05/2024" and "03.05.2024" are
3 May 2024 (``numeric_day``); "22–24.09.2026" is a day range. A numeric date that is impossible day
first but valid month first ("05/13/2024") is read month first (same rule, ``numeric_day``).

The year of a year-less date is resolved in :mod:`pipeline.extract.date_years`.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from pipeline.extract.date_bare_years import (DateCues, load_date_cues, opens_sentence_before_verb, period_of_years,
                                              previous_word, year_rows, year_stands_as_date)
from pipeline.extract.date_calendar_rows import CALENDAR_ROW_RULE, alone_on_line, calendar_row_days
from pipeline.extract.date_headings import year_under_heading
from pipeline.extract.date_month_span_headings import MONTH_SPAN_RULE, month_span_headings
from pipeline.extract.date_patterns import (BARE_YEAR, LIST_DASH, MONTH, MONTH_COLUMN_HEADINGS, MONTH_HEADING, MONTH_LINE, PATTERNS,
                                            QUALIFIED_YEAR, SPLIT_YEAR, WEEKDAY, WEEKDAY_BEFORE, YEAR, YEARLESS_CROSS,
                                            YEARLESS_DAY, YEARLESS_MONTH, YEARLESS_MONTH_RANGE, YEARLESS_RANGE,
                                            YEAR_RANGE)
from pipeline.extract.date_row_years import YEAR_ROW_DAY_RULE, YearRows
from pipeline.extract.date_years import month_year as _month_year
from pipeline.extract.date_years import resolve_year as _resolve_year, year_before
from pipeline.extract.date_years import tense as _tense
from pipeline.extract.event_moved_dates import after_moved_from
from pipeline.extract.rules import Rules
from pipeline.extract.span_index import SpanIndex
from pipeline.normalise import month_number, parse_single_date, period_bounds
from pipeline.records import Block, DateMention, SegmentedDocument

def _day(value: str | None) -> int | None:
    return int(re.sub(r"\D", "", value)) if value else None


def _month(value: str | None) -> int | None:
    return month_number(value.rstrip(".")) if value else None


def _month_of(m: re.Match[str], i: str) -> int | None:
    """The month of a match: its name (group ``m1`` / ``m2``), else its number (``n1`` / ``n2``, "7.3."), if valid."""
    g = m.groupdict()
    if g.get(f"m{i}"):
        return _month(g[f"m{i}"])
    n = int(g[f"n{i}"]) if g.get(f"n{i}") else None
    return n if n is not None and 1 <= n <= 12 else None


def _overlaps(taken: SpanIndex, start: int, end: int) -> bool:
    return taken.overlaps(start, end)


_RANGE_RULES = {"cross_month_range", "day_range", "numeric_day_range"}


def _numbered_first_day(text: str, m: re.Match[str], cues: DateCues) -> bool:
    """True when a range's first number follows a numbering word ("Day 1 – 22 October 2024")."""
    word = re.search(r"([A-Za-z]+)\.?[ \t]*(?:#[ \t]*)?$", text[max(0, m.start() - 20):m.start()])
    return word is not None and word.group(1).lower() in cues.numbering_labels


def _weekday_range(text: str, m: re.Match[str]) -> bool:
    """A range with a weekday before its last day has one before its first day too ("Wednesday 7 – Thursday 8 March",
    "Sat 19 – Mon 21 September 2026"); "Hall 4 – Friday 16 November" is a place and a day, not a range, as are "Talk 1 –
    Wednesday 24 January 2035" and "Webinar 3 – Tuesday 12 May 2032" (a number, then a day with its year)."""
    return not m.groupdict().get("wd2") or WEEKDAY_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None


def _from_match(rule: str, m: re.Match[str]) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, precision) of a pattern match; None for impossible dates."""
    g = m.groupdict()
    try:
        if rule == "month":
            first, last = period_bounds(dt.date(int(g["y1"]), _month(g["m1"]), 1), "month")
            return first, last, "month"
        if rule == "quarter":
            y2 = int(g["y2"])
            y1 = int(g["y1"]) if g.get("y1") else y2
            return (dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year") if y1 <= y2 else None
        if rule == "month_range":
            y2 = int(g["y2"])
            m1, m2 = _month(g["m1"]), _month(g["m2"])
            y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
            first = dt.date(y1, m1, 1)
            last = period_bounds(dt.date(y2, m2, 1), "month")[1]
            return (first, last, "month") if first <= last else None
        if rule == "numeric_cross_range":
            first = dt.date(int(g["y1"]), int(g["n1"]), int(g["d1"]))
            last = dt.date(int(g["y2"]), int(g["n2"]), int(g["d2"]))
            return (first, last, "day") if first < last else None
        if rule == "numeric_month_range":  # "30.12.–2.1.2027" runs into the year written
            y2, n1, n2 = int(g["y2"]), int(g["n1"]), int(g["n2"])
            first = dt.date(y2 if n1 <= n2 else y2 - 1, n1, int(g["d1"]))
            last = dt.date(y2, n2, int(g["d2"]))
            return (first, last, "day") if first < last else None
        if rule == "numeric_day_range":
            y, n = int(g["y1"]), int(g["n1"])
            first, last = dt.date(y, n, int(g["d1"])), dt.date(y, n, int(g["d2"]))
            return (first, last, "day") if first <= last else None
        if rule == "numeric_day" and int(g["n1"]) > 12 >= int(g["d1"]):
            d = dt.date(int(g["y1"]), int(g["d1"]), int(g["n1"]))  # "05/13/2024": only month first is a date
            return d, d, "day"
        if rule in ("iso_day", "numeric_day"):
            d = dt.date(int(g["y1"]), int(g["n1"]), int(g["d1"]))
            return d, d, "day"
        if rule in ("day", "day_us"):
            d = dt.date(int(g["y1"]), _month(g["m1"]), _day(g["d1"]))
            return d, d, "day"
        y2 = int(g["y2"])
        m2 = _month(g["m2"])
        m1 = _month(g.get("m1")) or m2
        y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
        first, last = dt.date(y1, m1, _day(g["d1"])), dt.date(y2, m2, _day(g["d2"]))
        return (first, last, "day") if first <= last else None
    except (ValueError, TypeError):
        return None


def _consecutive_months(m: re.Match[str]) -> bool:
    """Two consecutive months joined by "and" are one span, as two consecutive days are ("answered in June and
    July 2026", "in December and January 2026"); others are two months ("in January and June 2025")."""
    g = m.groupdict()
    if not g.get("m1") or not g.get("m2") or g.get("y1") or g.get("d1"):
        return False
    first, last = _month(g["m1"]), _month(g["m2"])
    return first is not None and last is not None and last == first % 12 + 1


def _two_days(text: str, m: re.Match[str], parsed: tuple[dt.date, dt.date, str], rules: Rules) -> list[tuple[int, int, dt.date]]:
    """A day "range" joined by "and" whose days are not consecutive names two days ("on 12 February
    and 26 February 2025", "on 3 and 17 June"), as does one joined by "to" after a moved event's "moved from" (old
    and new day, "postponed from 3 to 10 June"): ``[(start, end, day), (start, end, day)]``, the first span ending at
    its own day (and month, when written). Empty for a real range ("10 and 11 November", "14-16 May")."""
    first, last, precision = parsed
    groups = m.groupdict()
    if precision != "day" or "d2" not in groups or groups["d2"] is None or (last - first).days <= 1:
        return []
    first_end = max(m.end(g) for g in ("d1", "m1", "y1") if groups.get(g) and m.end(g) <= m.start("d2"))
    # the second day opens at its month when the month comes first ("May 5 and May 19, 2025")
    second = min(m.start(g) for g in ("m2", "d2") if groups.get(g) and m.start(g) >= first_end)
    joint = "and|&|to" if after_moved_from(text, m.start(), rules.data_dir) else "and|&"
    if not re.fullmatch(rf"[\s,]*(?:{joint})[\s]*", text[first_end:second]) or _between_only(text, m.start()):
        return []  # "between 12 and 20 May": a range
    return [(m.start(), first_end, first), (second, m.end(), last)]


def _between_only(text: str, pos: int) -> bool:
    """True when "between" opens the expression at ``pos``: only then does "and" join a range of months
    or of numeric dates ("between February and June 2025", "between 01/09/2025 and 31/03/2026")."""
    return re.search(r"\bbetween[ \t]*(?:\n[ \t]*)?(?:the[ \t]+)?$", text[max(0, pos - 20):pos], re.I) is not None


def extract_dates(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules, published: dt.date | None,
                  report_year: int | None = None, headings: tuple[tuple[int, int, int], ...] = (),
                  rows: YearRows | None = None) -> list[DateMention]:
    """Every explicit date or date range in the document, one row per occurrence.

    The rules (``dates.rule``), one class of written dates each (the table ``PATTERNS`` in this order):

    - ``"pattern:cross_month_range"``: a range over two months, "30 May - 2 June 2019", "30 May 2019 to 2 June 2019";
    - ``"pattern:cross_month_range_us"``: the same month first, "May 30 - June 2, 2019";
    - ``"pattern:day_range"``: days of one month, "14-16 May 2019", "10 and 11 November 2020", "17/18 October 2025";
    - ``"pattern:day_range_us"``: the same month first, "May 14-16, 2019";
    - ``"pattern:month_range"``: months, "March-April 2019", "from November 2018 until the end of April 2019";
    - ``"pattern:day"``: one day, "15 May 2024", "the 4th of April 2019";
    - ``"pattern:day_us"``: month first, "April 4th, 2019";
    - ``"pattern:iso_day"``: "2019-05-14";
    - ``"pattern:numeric_cross_range"``: two numeric dates, "01/09/2025 – 31/03/2026";
    - ``"pattern:numeric_month_range"``: "31.1.–2.2.2029", "30/11–2/12/2026" (the year written once);
    - ``"pattern:numeric_day_range"``: "12-14.06.2023";
    - ``"pattern:numeric_day"``: "14.05.2019", "14/05/2019" (day first), "22. 4. 2027" (a space after each dot),
      "14-05-2019" (hyphens, two digits each);
    - ``"pattern:month"``: "June 2019", "in May, 2019";
    - ``"pattern:quarter"``: "Q3 2022" → 2022, "Q2–Q4 2027" → 2027, "from Q3 2029 to Q1 2030" → 2029/2030 (a quarter
      as its year, as the gold writes it, like "mid-2019");
    - ``"pattern:day_range:and"`` (likewise ``"pattern:day_range_us:and"``, ``"pattern:cross_month_range:and"``,
      ``"pattern:cross_month_range_us:and"``): two days joined by "and" that are not consecutive, one row each
      ("on 3 and 17 June 2025", "12 February and 26 February 2025", "May 5 and May 19, 2025"; after "between" a range);
    - ``"pattern:year_range"``: "2014-2020", "from 2019 to 2021", "between 1997 and 2002" (with a dash wherever it
      stands: :func:`date_bare_years.period_of_years`);
    - ``"pattern:split_year"``: "school year 2026/27", "webinar series 2034/2035";
    - ``"pattern:year_row"``: a year heading a row of a list or table of years (two or more different years),
      "2026 – Kranj, Slovenia" / "2025 – Annecy", a table's Year column "| 2019 | Graz |", "- 2022: founded";
    - ``"pattern:year"``: a year standing as a date, "in 2019", "since mid-2019", "Szczecin (2024)", "2025 was the year …";
    - ``"ner:DATE+dateparser"``: a spaCy DATE entity of another shape that dateparser reads, with a month and year;
    - ``"pattern:yearless_cross_month_range"``, ``"pattern:yearless_day_range"``, ``"pattern:yearless_day"``: the
      same shapes without a year, "from 29 December to 2 January", "on 3-4 June", "on 7th May", the year taken from
      the document (``resolved``); ``"pattern:yearless_day_range:and"``: two days joined by "and" that are not
      consecutive, "on 5 and 19 June", one row each; ``"pattern:yearless_numeric_day"``: a day and a month number each
      closed by a dot, "Wed 7.3.", "(Monday, 13.11.)", "by 1.3.", "Mon 24.09. – Tue 25.09.", only after a weekday or a cue
      word of ``data/date_numeric_cues.txt`` (alone, "3.2." numbers a section), the year likewise taken from the document;
    - ``"pattern:yearless_month_range"``: two full month names after "between" / "from" without a year, "between
      March and October", "from May to September": the end month read like a year-less month (the start month when
      the clause announces it), with an anchor date only;
    - ``"pattern:yearless_month"``: a full month name after a year cue word, "in November", "by the end of April", or
      heading a line of a year's highlights, "January – Launch of …", "• June: the cluster joined …", or opening its
      sentence before a verb of ``data/date_year_verbs.txt``, "January brought us two new members";
    - ``"pattern:month_heading"``: a full month name alone on its line ("JANUARY", "## March"), heading a section of
      an events calendar or of a year told month by month, read like a month heading a line of highlights; in a
      calendar whose months head their lines in capitals, also a month in capitals opening or closing a line that it
      shares with the other column of a two-column print ("APRIL OCTOBER", "5 Jun Energy Day for DECEMBER");
    - ``"pattern:month_span_heading"``: two months joined by a dash alone on their line, "JANUARY – MARCH", heading a
      quarter of a calendar (:mod:`pipeline.extract.date_month_span_headings`);
    - ``"pattern:calendar_row_day"``: a year-less day opening a calendar row under such a heading, "15 Thu   Network
      meeting", "20–22    Food fair, Milano" (:mod:`pipeline.extract.date_calendar_rows`);
    - ``"pattern:year_row_day"``: a year-less day in a row of a list or table that opens with its year, "2032 – Adria,
      8–9 November", of the row's year, which is then no date of its own (:mod:`pipeline.extract.date_row_years`).

    ``report_year`` (:func:`pipeline.extract.doc_anchors.report_year`, "ANNUAL REPORT 2025") anchors the year-less dates
    of a yearly report: its highlights are of that year, what its clauses announce ("will", "expected") comes after.
    ``headings`` (:func:`pipeline.extract.date_headings.heading_years`, "EVENTS CALENDAR 2034", "SEASON 2026") give their
    year to the year-less days and months under them, before anything else does. ``rows``: the document's rows of
    years (:class:`date_row_years.YearRows`), when the caller has read them already.
    """
    text = seg.doc.text
    cues = load_date_cues(rules.data_dir)
    rows = rows if rows is not None else YearRows.of(text)  # "2032 – Adria, 8–9 November": the row's year is its days'
    found: list[DateMention] = []
    taken = SpanIndex()

    def add(start: int, end: int, first: dt.date, last: dt.date, precision: str, rule: str, resolved: bool = False) -> None:
        found.append(DateMention(seg.doc.doc_id, start, end, text[start:end], first, last, precision, rule, resolved))
        taken.add(start, end)

    for rule, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if _overlaps(taken, m.start(), m.end()) or rows.crosses(text, m.start(), m.end()):
                continue
            if rule in _RANGE_RULES and (_numbered_first_day(text, m, cues) or not _weekday_range(text, m)):
                continue  # the day after the number is matched on its own by the "day" pattern
            if m.groupdict().get("and") and not _between_only(text, m.start()) and not _consecutive_months(m):
                continue  # "in January and June 2025" are two months, "between January and June 2025" one span
            if LIST_DASH.search(m.group()):
                continue  # "– 29 January 2027\n– 30 April 2027": two rows of a list, each matched on its own
            parsed = _from_match(rule, m)
            if parsed is not None and (parts := _two_days(text, m, parsed, rules)):
                for start, end, day in parts:
                    add(start, end, day, day, "day", f"pattern:{rule}:and")
            elif parsed is not None:
                add(m.start(), m.end(), *parsed, f"pattern:{rule}")
    for m in YEAR_RANGE.finditer(text):
        if m["sep"] == "and" and not re.search(r"\bbetween\s*$", text[max(0, m.start() - 12):m.start()], re.I):
            continue
        in_parens = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"  # "the project (2019-2022)"
        dash = m["sep"] not in ("to", "and", "until")
        if not _overlaps(taken, m.start(), m.end()) and int(m["y1"]) < int(m["y2"]) and (
                in_parens or year_stands_as_date(text, m.start(), m.end(), cues)
                or dash and period_of_years(text, m.start(), m.end(), int(m["y1"]), int(m["y2"]), cues)):
            add(m.start(), m.end(), dt.date(int(m["y1"]), 1, 1), dt.date(int(m["y2"]), 12, 31), "year", "pattern:year_range")
    for m in SPLIT_YEAR.finditer(text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if len(m["y2"]) == 2:
            y2 += y1 // 100 * 100
        if y2 == y1 + 1 and not _overlaps(taken, m.start(), m.end()) and (
                year_stands_as_date(text, m.start(), m.end(), cues) or period_of_years(text, m.start(), m.end(), y1, y2, cues)):
            add(m.start(), m.end(), dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year", "pattern:split_year")
    for m in QUALIFIED_YEAR.finditer(text):
        if not _overlaps(taken, m.start(), m.end()):
            y = int(m["y1"])
            add(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "pattern:year")
    for m in year_rows(text):
        if not _overlaps(taken, m.start("y1"), m.end("y1")):
            y = int(m["y1"])
            add(m.start("y1"), m.end("y1"), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "pattern:year_row")
    for m in BARE_YEAR.finditer(text):
        if not _overlaps(taken, m.start(), m.end()) and year_stands_as_date(text, m.start(), m.end(), cues):
            y = int(m["y1"])
            add(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "pattern:year")

    for block, doc in annotated:
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            start, end = block.start + ent.start_char, block.start + ent.end_char
            if _overlaps(taken, start, end) or not re.search(MONTH, ent.text) or not re.search(YEAR, ent.text):
                continue
            parsed = parse_single_date(ent.text)
            if parsed is None:
                continue
            value, precision = parsed
            first, last = period_bounds(value, precision)
            add(start, end, first, last, precision, "ner:DATE+dateparser")

    if report_year is not None:  # a yearly report's year-less dates are of its year (or, said in the future, after it)
        published = dt.date(report_year, 12, 31)
    with_year = [d for d in found if d.precision in ("day", "month") and d.start_date]
    dated = [((d.start_date, d.end_date), d.precision) for d in with_year]
    stated = sorted((d.start, d.start_date.year) for d in with_year)
    years: dict[tuple[int, int, str | None], int | None] = {}
    # an anchor in a year none of the stated dates has (a PDF's creation date long after its text) reads no month
    month_anchor = published if published is not None and (
        not dated or published.year in {y for (a, b), _ in dated for y in (a.year, b.year)}) else None

    def resolve_year(month: int, day: int, tense: str | None) -> int | None:  # once per day, not per mention: it reads every date
        if (month, day, tense) not in years:
            years[(month, day, tense)] = _resolve_year(month, day, dated, published, tense)
        return years[(month, day, tense)]

    def add_month_span(m: re.Match[str], anchor: dt.date, tense: str | None, period: int | None) -> None:
        """"between March and October": the span's end is read like a year-less month (nearest the anchor, or
        after it when announced); announced, its start is; in a yearly report, the report's year."""
        first_month, last_month = _month(m["m1"]), _month(m["m2"])
        if tense == "future":
            y1 = period + 1 if period is not None else _month_year(first_month, anchor, tense)
            y2 = y1 if last_month >= first_month else y1 + 1
        else:
            y2 = period if period is not None else _month_year(last_month, anchor, tense)
            y1 = y2 if first_month <= last_month else y2 - 1
        add(m.start("m1"), m.end("m2"), dt.date(y1, first_month, 1), period_bounds(dt.date(y2, last_month, 1), "month")[1],
            "month", "pattern:yearless_month_range", resolved=True)

    yearless = ((YEARLESS_CROSS, "pattern:yearless_cross_month_range"), (YEARLESS_RANGE, "pattern:yearless_day_range"),
                (YEARLESS_DAY, "pattern:yearless_day"), (cues.yearless_numeric, "pattern:yearless_numeric_day"))
    for pattern, yearless_rule in yearless:
        # a row's stretch on its own too: the year opening the next row is no year of its last day
        matches = [*pattern.finditer(text), *(m for s, e in rows.stretches() for m in pattern.finditer(text, s, e))] if pattern else []
        for m in sorted(matches, key=lambda m: m.start()):
            start = m.start("d1")  # after the weekday or cue word that a numeric day needs before it
            if _overlaps(taken, start, m.end()) or (pattern is YEARLESS_RANGE and (
                    _numbered_first_day(text, m, cues) or not _weekday_range(text, m))):
                continue
            month, first_day = _month_of(m, "1"), _day(m["d1"])
            last_day = _day(m.groupdict().get("d2")) or first_day
            last_month = _month_of(m, "2") or month
            if month is None or first_day is None:
                continue
            tense = _tense(text, m.start(), m.end())
            row_year = rows.year_at(start)
            rule = YEAR_ROW_DAY_RULE if row_year is not None else yearless_rule
            # a yearly report's year-less days are of its year unless announced ("(17–19 March)" under "March –",
            # even when the foreword is signed "Pardubice, March 2027")
            # a calendar's heading year, unless the clause tells of the past ("postponed once, from 10 December")
            year = row_year or (year_under_heading(headings, start) if tense != "past" else None) or (
                report_year if report_year is not None and tense != "future" else resolve_year(month, first_day, tense))
            year = year or year_before(stated, m.start())  # several years and no publication date: the nearest's
            if year is None:
                continue
            try:
                first, last = dt.date(year, month, first_day), dt.date(year, last_month, last_day)
                if last_month < month:  # "from 29 December to 2 January" runs into the next year
                    last = dt.date(year + 1, last_month, last_day)
            except ValueError:
                continue
            if first <= last and (parts := _two_days(text, m, (first, last, "day"), rules)):
                for part_start, part_end, day in parts:
                    add(part_start, part_end, day, day, "day", rule + ":and", resolved=True)
            elif first <= last:
                add(start, m.end(), first, last, "day", rule, resolved=True)
    for m in YEARLESS_MONTH_RANGE.finditer(text) if month_anchor is not None else ():
        if not _overlaps(taken, m.start("m1"), m.end("m2")):
            add_month_span(m, month_anchor, _tense(text, m.start(), m.end()), report_year)
    for start, end, first, last in month_span_headings(text, headings, month_anchor):  # "JANUARY – MARCH" over a quarter
        if not _overlaps(taken, start, end):
            add(start, end, first, last, "month", MONTH_SPAN_RULE, resolved=True)
    headings_in_capitals = any(m["m1"].isupper() for m in MONTH_HEADING.finditer(text))
    column_heads = [m for p in MONTH_COLUMN_HEADINGS for m in p.finditer(text)] if headings_in_capitals else []
    line_months = {m.start("m1") for pattern in (MONTH_LINE, MONTH_HEADING) for m in pattern.finditer(text)}
    line_months |= {m.start("m1") for m in column_heads}
    months = {m.start("m1"): m for pattern in (YEARLESS_MONTH, MONTH_HEADING) for m in pattern.finditer(text)}
    months.update((m.start("m1"), m) for m in column_heads)
    for m in (months[s] for s in sorted(months)):
        cue = previous_word(text, m.start("m1")).lower()
        if _overlaps(taken, m.start("m1"), m.end("m1")) or (cue not in cues.year_cues and m.start("m1") not in line_months
                                                             and not opens_sentence_before_verb(text, m.start(), m.end(), cues)):
            continue  # "in November", "January – Launch of …", "September was busy.", "MARCH" heading its line
        heading = m.start("m1") in line_months
        if cue == "since":
            tense = "past"
        elif heading:  # a line of highlights has its own tense, not its neighbours'
            ls = text.rfind("\n", 0, m.start()) + 1
            line = text[ls:text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
            tense = _tense(line, m.start() - ls, m.end() - ls)
        else:
            tense = _tense(text, m.start(), m.end())
        month = _month(m["m1"])
        if month is None:
            continue
        if tense != "past" and (under := year_under_heading(headings, m.start("m1"))):  # "JULY" in "EVENTS CALENDAR 2034"
            year = under
        elif report_year is not None and (tense != "future" or heading):  # "October – …; a follow-up is planned"
            year = report_year
        elif month_anchor is not None:  # a month is coarse: the anchor and the clause's tense decide, not other dates
            year = _month_year(month, month_anchor, tense)
        else:
            year = _resolve_year(month, 1, dated, None, tense)
        if year is not None:
            first, last = period_bounds(dt.date(year, month, 1), "month")
            rule = "pattern:month_heading" if m.re is MONTH_HEADING or m.re in MONTH_COLUMN_HEADINGS else "pattern:yearless_month"
            add(m.start("m1"), m.end("m1"), first, last, "month", rule, resolved=True)
    heads = sorted((d.end, d.start_date) for d in found if d.rule == "pattern:month_heading" or (
        d.rule == "pattern:month" and alone_on_line(text, d.start, d.end)))  # "JULY 2033", "OCTOBER 2033 (continued)"
    for start, end, first, last in calendar_row_days(text, heads, rules.data_dir):  # "15 Thu   Network meeting" under "JANUARY"
        if not _overlaps(taken, start, end):
            add(start, end, first, last, "day", CALENDAR_ROW_RULE, resolved=True)
    found.sort(key=lambda d: (d.start, d.end))
    return found
