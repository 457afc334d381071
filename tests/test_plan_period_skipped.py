"""Rule ``plan_period_skipped`` (event_attributes._attach_date): a span of years right after an event's name is the
period of a plan or strategy it discusses; the month or day later in its sentence is the event's date."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


@pytest.mark.parametrize("text, name, expected", [
    ("The report was published on 3 October 2031. The General Assembly of the Flanders Food Cluster will vote on "
     "the work plan for 2032–2034 in February 2032 in Ghent.", "general assembly", (D(2032, 2, 1), D(2032, 2, 29))),
    ("The report was published on 3 October 2031. A board meeting on the investment programme 2032–2036 is planned "
     "for 14 November 2031.", "board meeting", (D(2031, 11, 14), D(2031, 11, 14))),
    ("The report was published on 3 October 2031. The Atlantic Ports Conference will present the roadmap for "
     "2033-2040 on 9 December 2031 in Porto.", "atlantic ports conference", (D(2031, 12, 9), D(2031, 12, 9))),
])
def test_plan_period_skipped_for_the_finer_date(extract, text, name, expected):
    dates = {e.name: (e.start_date, e.end_date) for e in extract(text).events}
    assert any(name in n.lower() and d == expected for n, d in dates.items()), dates
