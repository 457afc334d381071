"""Rule ``pattern:event_body_row``: a body's meeting listed as a row of the body's name and the day it meets."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return [(e.name, e.rule, e.start_date) for e in result.events]


@pytest.mark.parametrize("text, expected", [
    # a note in brackets, a weekday and a time after the day
    ("Meeting dates\n\n- Steering Committee (online): Thursday 5 June 2031, 14:00–16:00\n",
     [("Steering Committee 2031", "pattern:event_body_row", D(2031, 6, 5))]),
    # a note after a comma and a dash before the day
    ("• Supervisory Board, hosted by the lead partner – Friday 9 May 2031\n",
     [("Supervisory Board 2031", "pattern:event_body_row", D(2031, 5, 9))]),
    # no bullet, a month only
    ("Calendar of the network\nExecutive Committee: October 2032\nThe secretariat sends the papers two weeks before.\n",
     [("Executive Committee 2032", "pattern:event_body_row", D(2032, 10, 1))]),
    # the members of a body, the day it was set up: no meeting
    ("Management Board: Prof. Ana Novak, Dr. Erik Lind\nSteering Committee: set up on 3 May 2030 by the partners\n", []),
])
def test_body_rows(extract, text, expected):
    assert _rows(extract(text)) == expected
