"""Where an event's name ends and which date is its own: classes of phrasings found wrong by an audit,
each shown by sentences of our own with the exact rows expected."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # a deadline after the name ("before", "until", "by", "till"): the date is no part of the
    # name, nor the event's own date (it says by when to register)
    ("Register for the Alpine Wood Days before 1 March 2025.",
     [("Alpine Wood Days", None, None, None)]),
    ("Registration is open for the Baltic Bioeconomy Days until 12 May 2026, and places are limited.",
     [("Baltic Bioeconomy Days", None, None, None)]),
    ("Save the date for Robotics Meets Regions by November 2025!",
     [("Robotics Meets Regions", None, None, None)]),
    ("Registrations are open for the Nordic Battery Summit till 15 April 2026.",
     [("Nordic Battery Summit", None, None, None)]),
    # "on" and "from" still give the event its date
    ("Join us for the Hydrogen Valleys Summit on 3 June 2025 in Graz.",
     [("Hydrogen Valleys Summit 2025", D(2025, 6, 3), D(2025, 6, 3), "Graz")]),
])
def test_event_trigger_name_ends_before_a_date_lead(extract, text, expected):
    assert _rows(extract(text)) == expected
