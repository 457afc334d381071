"""A timed programme line's day is the day heading above it (``line_dates.agenda_day``), read before any other date
(event_attributes.attach_event_attributes): the line's sentence runs on, with no full stop, to the next day's heading,
whose date is not this line's. Own programmes, exact rows (rules only)."""
from __future__ import annotations

import datetime as dt

import pytest

_FORUM = """Programme · Green Ports Forum 2037 · issued 2 March 2037

Day 1 – Wednesday 14 April 2037
10:00 Opening of the Green Ports Forum by the mayor
14:00 Offshore Supply Chain Conference, hall B
18:30 Welcome reception at the harbour museum

Day 2 – Thursday 15 April 2037
09:00 Port Skills Summit, hall A
12:30 Closing lunch
"""
_TIMETABLE = """Timetable sent to members on 3 May 2039.

FRIDAY 21 MAY 2039
10.00 Welcome coffee
11.00 Circular Plastics Forum, main hall
15.00 Members' Assembly of the cluster association

SATURDAY 22 MAY 2039
10.00 Recycling Plant Open Day in Kalisz
"""
_AGENDA = """Agenda of the partner meeting (version of 12 January 2038)

Tuesday 2 March 2038
13:00 Arrival and lunch
14:00 Northern Hydrogen Conference, room 2
17:00 Guided tour of the old harbour

Wednesday 3 March 2038
09:00 Cluster Policy Roundtable with the regional agency
"""


@pytest.mark.parametrize("text, expected", [
    (_FORUM, [("Green Ports Forum 2037", dt.date(2037, 4, 14)), ("Green Ports Forum 2037", dt.date(2037, 4, 14)),
              ("Offshore Supply Chain Conference 2037", dt.date(2037, 4, 14)),
              ("Welcome reception at the harbour museum 2037", dt.date(2037, 4, 14)),
              ("Port Skills Summit 2037", dt.date(2037, 4, 15)), ("Closing lunch 2037", dt.date(2037, 4, 15))]),
    (_TIMETABLE, [("Circular Plastics Forum 2039", dt.date(2039, 5, 21)),
                  ("Recycling Plant Open Day 2039", dt.date(2039, 5, 22))]),
    (_AGENDA, [("Northern Hydrogen Conference 2038", dt.date(2038, 3, 2)),
               ("Guided tour of the old harbour 2038", dt.date(2038, 3, 2)),
               ("Cluster Policy Roundtable 2038", dt.date(2038, 3, 3))]),
])
def test_a_timed_line_takes_the_day_heading_above_it(extract, text, expected):
    assert [(e.name, e.start_date) for e in extract(text).events] == expected
