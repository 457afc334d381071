"""Which year a year-less date belongs to ("on 7th May", "in November"): the clause's tense and the
document's other dates and publication date decide (the policy is described in :mod:`pipeline.extract.dates`).

Split from :mod:`pipeline.extract.dates` (which finds the dates) along the seam between recognising a
date and resolving its year; the functions are pure, over a date's position, the document's stated dates
and its publication date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

_FUTURE = re.compile(r"\b(?:will|shall|scheduled|planned|expected|due|next|upcoming|forthcoming|opens?|register|registration|save the date)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|took place|held|met|had|did|last)\b", re.I)


def tense(text: str, start: int, end: int) -> str | None:
    """"future" / "past" when the clause around a date says so, else None."""
    stops = [i for i in (text.find("\n\n", end, end + 60), text.find(". ", end, end + 60)) if i >= 0]
    # the date's own sentence: the next paragraph's "met" says nothing about "will be confirmed in the week of 9 February"
    clause = text[max(text.rfind("\n\n", 0, start), text.rfind(". ", 0, start), start - 160, 0):min(stops, default=end + 60)]
    future, past = bool(_FUTURE.search(clause)), bool(_PAST.search(clause))
    return "future" if future and not past else "past" if past and not future else None


def year_near(month: int, day: int, published: dt.date, tense: str | None) -> int:
    """The year that puts a year-less day nearest its document's date: in the publication year unless
    that is more than half a year away and the clause's tense points to the year before or after
    (a December issue's "scheduled for 29 January" is next January)."""
    try:
        same = dt.date(published.year, month, day)
    except ValueError:
        return published.year
    if tense == "future" and (published - same).days > 183:
        return published.year + 1
    if tense == "past" and (same - published).days > 183:
        return published.year - 1
    return published.year


def month_year(month: int, anchor: dt.date, tense: str | None) -> int:
    """The year of a year-less month ("in September", "since January") seen from the document's anchor date:
    a clause in the past tense names the latest such month up to the anchor's ("since January" in November
    notes: this January; "in September" in January notes: last September), one in the future the first from
    the anchor's month on ("in January" in September notes: next January); otherwise the occurrence nearest
    the anchor (the same year on a tie). Stated days of that month elsewhere in the text do not decide: a
    month announced for next year ("14–15 May 2027") says nothing about "the end of May" in June notes."""
    if tense == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    return min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda year: (abs((year - anchor.year) * 12 + month - anchor.month), year != anchor.year))


def resolve_year(month: int, day: int, dated: list[tuple[tuple[dt.date, dt.date], str]], published: dt.date | None,
                 tense: str | None = None) -> int | None:
    """The year a year-less day belongs to, or None when the document leaves it ambiguous."""
    # Stated days speak before stated months: "8 October" in a report on "8–9 October 2025" that also
    # announces "October 2026" is 2025, and a multi-year month range ("March 2012 to December 2018")
    # covers every day of its years without saying which one a year-less day belongs to.
    tiers: list[set[int]] = [set(), set(), set(), set()]  # covering day, same month day, covering month, same month
    for (a, b), precision in dated:
        if (b - a).days > 366:
            continue  # a span of years ("from August 2019 until the end of July 2022") holds every June
        coarse = 2 if precision != "day" else 0
        for year in {a.year, b.year}:
            try:
                if a <= dt.date(year, month, day) <= b:
                    tiers[coarse].add(year)
            except ValueError:
                continue
        if a.month == month or b.month == month:
            tiers[coarse + 1].add(a.year if a.month == month else b.year)
    for candidates in tiers:
        if len(candidates) == 1:
            return candidates.pop()
        if len(candidates) > 1:
            # several years: the publication's, when it is one of them (a newsletter's "on 9 October")
            return published.year if published is not None and published.year in candidates else None
    if published is not None:
        return year_near(month, day, published, tense)
    years = {a.year for (a, _), _ in dated}
    return years.pop() if len(years) == 1 else None


# How far back a stated date still gives its year to a year-less day the other dates leave ambiguous.
_YEAR_BEFORE_WINDOW = 600


def year_before(stated: list[tuple[int, int]], pos: int) -> int | None:
    """The one year of the dates stated with their year (``stated``: (offset, year), sorted) in the few sentences
    before ``pos``: the year a year-less day is read in when the document's dates name several years and no
    publication date decides ("… its Cluster Day on 22 June 2028. The day before, on 21 June, …" while "Last
    year's Cluster Day (24 June 2027)" follows). None when those dates name several years ("on 3 May 2020 and
    again on 9 May 2021. The next meeting is on 12 May") or there is none."""
    i = bisect.bisect_left(stated, (pos, -1))
    years = {year for offset, year in stated[bisect.bisect_left(stated, (pos - _YEAR_BEFORE_WINDOW, -1)):i]}
    return years.pop() if len(years) == 1 else None
