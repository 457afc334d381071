"""Two days joined by "and" written month first ("May 5 and May 19, 2025") are two dates, not a range; a
date that ends in "September" before a full stop leaves the stop out of its span. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
LEAD = "Published 3 March 2025. "


def _dates(result) -> list[tuple]:
    return [(d.text, d.start_date, d.end_date) for d in result.dates if d.text != "3 March 2025"]


@pytest.mark.parametrize("text, expected", [
    ("The sessions run on May 5 and May 19, 2025 online.",
     [("May 5", D(2025, 5, 5), D(2025, 5, 5)), ("May 19, 2025", D(2025, 5, 19), D(2025, 5, 19))]),
    ("Workshops take place on June 3 and June 17, 2025.",
     [("June 3", D(2025, 6, 3), D(2025, 6, 3)), ("June 17, 2025", D(2025, 6, 17), D(2025, 6, 17))]),
    ("Clinics are held on October 2 and November 6, 2025.",
     [("October 2", D(2025, 10, 2), D(2025, 10, 2)), ("November 6, 2025", D(2025, 11, 6), D(2025, 11, 6))]),
    # consecutive days, a range after "between", stay one span
    ("The conference takes place May 14 and 15, 2025.", [("May 14 and 15, 2025", D(2025, 5, 14), D(2025, 5, 15))]),
    ("Between May 5 and May 19, 2025 the portal is closed.", [("May 5 and May 19, 2025", D(2025, 5, 5), D(2025, 5, 19))]),
])
def test_dates_month_first_days_joined_by_and(extract, text, expected):
    assert _dates(extract(LEAD + text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The fair runs from 10 to 12 September.", [("10 to 12 September", D(2025, 9, 10), D(2025, 9, 12))]),
    ("The open day is on 20 September.", [("20 September", D(2025, 9, 20), D(2025, 9, 20))]),
    ("The audit closed on 30 September. A new one starts soon.", [("30 September", D(2025, 9, 30), D(2025, 9, 30))]),
    # the abbreviation keeps its own dot
    ("The camp runs from 1 to 5 Sept. in Riga.", [("1 to 5 Sept.", D(2025, 9, 1), D(2025, 9, 5))]),
    ("The summit is on Sept. 5, 2025.", [("Sept. 5, 2025", D(2025, 9, 5), D(2025, 9, 5))]),
])
def test_dates_september_before_a_full_stop(extract, text, expected):
    assert _dates(extract(LEAD + text)) == expected
