"""The meeting that a title line of notes, minutes or a summary names (``pattern:event_minutes``):
texts of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


@pytest.mark.parametrize("text, expected", [
    # "<record noun> of the <meeting>", in capitals, its date on the line below
    ("NORDWIND CLUSTER e.V.\n\nNOTES OF THE 12th BOARD MEETING\nHeld on 4 March 2026 in the cluster office\n\n"
     "The board approved the budget for 2027.\n",
     ("Twelfth Board Meeting", D(2026, 3, 4), D(2026, 3, 4))),
    # an e-mail's subject, the date inside the title and a note after it
    ("From: office@nordwind.example\nSubject: Minutes of the General Assembly of 14 May 2026 (draft)\n\n"
     "Dear members, please find the minutes below.\n",
     ("General Assembly 2026", D(2026, 5, 14), D(2026, 5, 14))),
    # "<letterhead> – <meeting> notes" with a key-value date
    ("# Tartu Wood Cluster MTÜ – Board meeting notes\n\n**Date:** 3 March 2026\n\nThe board agreed on three points.\n",
     ("Board meeting 2026", D(2026, 3, 3), D(2026, 3, 3))),
    # a room named "meeting room" on the line below is no other meeting: its date is this one's
    ("NOTES OF THE ANNUAL GENERAL MEETING\nFaro, Casa do Mar meeting room, 14 May 2026\nApproved by the Board on 2 June 2026\n\n"
     "Thirty members attended.\n",
     ("Annual General Meeting 2026", D(2026, 5, 14), D(2026, 5, 14))),
    # the meeting named by its number and body
    ("Summary of the 7th meeting of the Steering Group\n\nDate: 2 June 2026\n\nThe group reviewed the work plan.\n",
     ("Seventh meeting of the Steering Group", D(2026, 6, 2), D(2026, 6, 2))),
])
def test_event_minutes_title_line_names_the_meeting(extract, text, expected):
    rows = [(e.name, e.start_date, e.end_date) for e in extract(text).events if e.rule == "pattern:event_minutes"]
    assert rows == [expected]


@pytest.mark.parametrize("text", [
    "Notes of the secretariat\n\nDate: 2 June 2026\n\nThe office moves to a new building.\n",  # no meeting
    "Summary of the study on cluster meetings\n\nPublished on 2 June 2026.\n",  # a topic, not a meeting
    "Notes of the autumn meeting\n\nNext board meeting: 9 May 2026, Riga\n",  # the date of another meeting
])
def test_event_minutes_no_meeting_no_event(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_minutes"] == []
