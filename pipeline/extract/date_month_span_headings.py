"""Rule ``pattern:month_span_heading``: two months joined by a dash alone on their line, heading a quarter or season of
a calendar ("JANUARY – MARCH", "## April–June", "**July – September**"), perhaps after the same span in another
language and a slash ("EANÁIR – MÁRTA / JANUARY – MARCH", "ABRIL – JUNIO / APRIL – JUNE").

The span is one date of month precision from the first month's first day to the last month's last day; its year is
the calendar title's above it (:mod:`pipeline.extract.date_headings`), else the month's nearest the document's anchor
date (:func:`pipeline.extract.date_years.month_year`); without either it dates nothing. A span that runs backwards
("OCTOBER – MARCH") runs into the next year. A line with anything else on it (a sentence, a date with its year, a row's
title) is no such heading: "July – September 2034" is a stated month range, read elsewhere.
"""
from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.date_headings import year_under_heading
from pipeline.extract.date_patterns import FULL_MONTH
from pipeline.extract.date_years import month_year
from pipeline.normalise import month_number, period_bounds

MONTH_SPAN_RULE = "pattern:month_span_heading"
_MONTHS = rf"(?:{FULL_MONTH}|{FULL_MONTH.upper()})"
_HEADING = re.compile(rf"^[ \t]*(?:#+[ \t]+)?(?:\*\*)?(?:[^\n/|\d]{{3,40}}[ \t]/[ \t]*)?(?P<m1>{_MONTHS})[ \t]*[–—-][ \t]*"
                      rf"(?P<m2>{_MONTHS})(?:\*\*)?[ \t]*$", re.M)


def month_span_headings(text: str, headings: tuple[tuple[int, int, int], ...],
                        anchor: dt.date | None) -> list[tuple[int, int, dt.date, dt.date]]:
    """``(start, end, first day, last day)`` of each month span heading its line (see the module doc)."""
    out = []
    for m in _HEADING.finditer(text):
        first_month, last_month = month_number(m["m1"].title()), month_number(m["m2"].title())
        if not first_month or not last_month or first_month == last_month:
            continue
        year = year_under_heading(headings, m.start("m1")) or (month_year(first_month, anchor, None) if anchor else None)
        if year is None:
            continue
        last_year = year + (last_month < first_month)
        out.append((m.start("m1"), m.end("m2"), dt.date(year, first_month, 1),
                    period_bounds(dt.date(last_year, last_month, 1), "month")[1]))
    return out
