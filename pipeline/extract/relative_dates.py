"""Relative and partial dates resolved against the document's publication date.

"this week", "last year", "next month", "yesterday", "two weeks ago", "in June", "the end of
April", "early May", "November last year": each becomes a :class:`DateMention` whose rule starts
with ``relative:`` (so evaluation can tell them from explicit dates), with the precision it
deserves (a week is a day-precision range of seven days; "the end of April" is the month). With a
publication date they are ``resolved``; without one they are kept with null dates and
``resolved=False``: never guessed from the run date. Spans already covered by an explicit date
mention are skipped, so one expression never gives two rows. A month name followed by a year is an
explicit date ("April 2019") and is left to :mod:`pipeline.extract.dates`; a day + month ("7th
May") too.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Iterable

from pipeline.extract.span_index import SpanIndex
from pipeline.normalise import month_number
from pipeline.records import DateMention

_MONTH = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)")
_NUM = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_S = r"[ \t]*\n?[ \t]*"  # PDF text may break a line inside an expression
_S1 = r"(?:[ \t]+\n?[ \t]*|[ \t]*\n[ \t]*)"
_NOT_YEAR_AFTER = rf"(?!{_S},?{_S}(?:of{_S1})?(?:19|20)\d\d|\d)"

# The letters (or digits) each expression can open with: re tries a pattern at every position of the
# text, and these look-aheads turn away most of them with one test (the same matches).
_OPENS_WITH = {"month_rel_year": "jfmasond", "week_of_month": "tfsl", "month_part": "tebsm", "month_early_late": "ielm",
               "rel_month_name": "lntpc", "in_month": "idsutbfao", "rel_unit": "tlnpce", "ago": r"\doatfsen", "in_n": "i",
               "day_word": "yt"}
# Order matters: longer expressions first; a span taken is not matched again.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(f"(?=[{_OPENS_WITH[name]}])" + p, re.I)) for name, p in (
    ("month_rel_year", rf"\b(?P<month>{_MONTH}){_S1}(?:of{_S1})?(?P<which>last|this|next|previous|past|coming){_S1}year\b"),
    ("week_of_month", rf"\b(?P<core>(?:the{_S1})?(?P<nth>first|second|third|fourth|last|final){_S1}week{_S1}of{_S1}(?P<month>{_MONTH})){_NOT_YEAR_AFTER}"),
    ("month_part", rf"\b(?P<core>(?:the{_S1})?(?P<part>end|beginning|start|middle|turn){_S1}of{_S1}(?P<month>{_MONTH})){_NOT_YEAR_AFTER}"),
    ("month_early_late", rf"\b(?:in{_S1})?(?P<part>early|late|mid)[- ]?{_S}(?P<month>{_MONTH}){_NOT_YEAR_AFTER}"),
    ("rel_month_name", rf"\b(?P<which>last|next|this|previous|past|coming){_S1}(?P<month>{_MONTH}){_NOT_YEAR_AFTER}"),
    ("in_month", rf"\b(?:in|during|since|until|till|by|from|before|after|through|throughout|of){_S1}(?P<month>{_MONTH}){_NOT_YEAR_AFTER}"
                 rf"(?!{_S}\d)"),
    ("rel_unit", rf"\b(?P<which>this|last|next|previous|past|coming|current|earlier{_S1}this|later{_S1}this){_S1}"
                 rf"(?P<unit>week|month|year)\b(?!s)"),
    ("ago", rf"\b(?P<n>\d{{1,2}}|one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve){_S1}"
            rf"(?P<unit>day|week|month|year)s?{_S1}ago\b"),
    ("in_n", rf"\bin{_S1}(?P<n>\d{{1,2}}|one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve){_S1}"
             rf"(?P<unit>day|week|month|year)s?(?:'|’)?{_S1}time\b"),
    ("day_word", r"\b(?P<word>yesterday|tomorrow)\b"),
))


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + d.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def _which(word: str) -> int:
    word = " ".join(word.lower().split())
    if word in ("last", "previous", "past"):
        return -1
    if word in ("next", "coming"):
        return 1
    return 0


def _resolve(name: str, g: dict, base: dt.date) -> tuple[dt.date, dt.date, str]:
    """First day, last day and precision of one matched expression seen from ``base``."""
    if name in ("month_rel_year",):
        return (*_month_bounds(base.year + _which(g["which"]), month_number(g["month"])), "month")
    if name == "week_of_month":
        first, last = _month_bounds(base.year, month_number(g["month"]))
        nth = g["nth"].lower()
        if nth in ("last", "final"):
            return last - dt.timedelta(days=6), last, "day"
        start = first + dt.timedelta(weeks=("first", "second", "third", "fourth").index(nth))
        return start, start + dt.timedelta(days=6), "day"
    if name in ("month_part", "month_early_late", "in_month"):
        return (*_month_bounds(base.year, month_number(g["month"])), "month")
    if name == "rel_month_name":
        month, shift = month_number(g["month"]), _which(g["which"])
        year = base.year
        # "last June" is the most recent June before the document; "next June" the first after it.
        if shift < 0 and month >= base.month:
            year -= 1
        elif shift > 0 and month <= base.month:
            year += 1
        return (*_month_bounds(year, month), "month")
    if name == "rel_unit":
        unit, shift = g["unit"].lower(), _which(g["which"].split()[-1] if "this" in g["which"].lower() else g["which"])
        if unit == "year":
            return dt.date(base.year + shift, 1, 1), dt.date(base.year + shift, 12, 31), "year"
        if unit == "month":
            first = _shift_month(base, shift)
            return (*_month_bounds(first.year, first.month), "month")
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=shift)
        return monday, monday + dt.timedelta(days=6), "day"
    if name in ("ago", "in_n"):
        n = int(g["n"]) if g["n"].isdigit() else _NUM[g["n"].lower()]
        n = -n if name == "ago" else n
        unit = g["unit"].lower()
        if unit == "day":
            d = base + dt.timedelta(days=n)
            return d, d, "day"
        if unit == "week":
            d = base + dt.timedelta(weeks=n)
            return d, d, "day"
        if unit == "month":
            first = _shift_month(base, n)
            return (*_month_bounds(first.year, first.month), "month")
        return dt.date(base.year + n, 1, 1), dt.date(base.year + n, 12, 31), "year"
    d = base + dt.timedelta(days=-1 if g["word"].lower() == "yesterday" else 1)
    return d, d, "day"


def _precision(name: str, g: dict) -> str:
    if name == "rel_unit":
        return {"week": "day"}.get(g["unit"].lower(), g["unit"].lower())
    if name in ("ago", "in_n"):
        return {"week": "day"}.get(g["unit"].lower(), g["unit"].lower())
    return "day" if name in ("day_word", "week_of_month") else "month"


def extract_relative_dates(doc_id: str, text: str, published: dt.date | None,
                           explicit: Iterable[DateMention] = ()) -> list[DateMention]:
    """Relative / partial date mentions of one document (none overlapping ``explicit``).

    The rules (``dates.rule``), one class of relative phrasings each (the table ``_PATTERNS`` in this order):

    - ``"relative:month_rel_year"``: a month of a year named relative to now, "March last year", "June of next year";
    - ``"relative:week_of_month"``: "the first week of May", "the last week of October" (seven days);
    - ``"relative:month_part"``: "the end of April", "the beginning of June", "the turn of March" (the month);
    - ``"relative:month_early_late"``: "early May", "late September", "mid-July" (the month);
    - ``"relative:rel_month_name"``: a month name after last / next / this, "last March", "next February";
    - ``"relative:in_month"``: a bare month after a preposition, "in June", "since March", "by December";
    - ``"relative:rel_unit"``: "this week", "last month", "next year", "earlier this year";
    - ``"relative:ago"``: "two weeks ago", "3 months ago", "a year ago";
    - ``"relative:in_n"``: "in two weeks' time", "in 6 months time";
    - ``"relative:day_word"``: "yesterday", "tomorrow".
    """
    taken = SpanIndex((d.start, d.end) for d in explicit)
    found: list[DateMention] = []

    def free(start: int, end: int) -> bool:
        return not taken.overlaps(start, end)

    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if not free(start, end):
                continue
            g = m.groupdict()
            if g.get("core"):
                start, end = m.span("core")
            # "may" is also a verb: the month only in its capitalised form.
            if g.get("month") and re.fullmatch(r"may", g["month"]):
                continue
            if published is not None:
                first, last, precision = _resolve(name, g, published)
                resolved = True
            else:
                first = last = None
                precision = _precision(name, g)
                resolved = False
            found.append(DateMention(doc_id, start, end, text[start:end], first, last, precision, f"relative:{name}", resolved))
            taken.add(start, end)
    found.sort(key=lambda d: (d.start, d.end))
    return found
