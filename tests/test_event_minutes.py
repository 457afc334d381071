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
    # "Minutes of the 2nd meeting" under a line naming the group: which group's meeting
    ("ALPINE DAIRY CLUSTERS NETWORK (ADCN)\nWorking Group on Cheese Exports\n\nMINUTES OF THE 2ND MEETING\n\n"
     "Date: Thursday, 5 March 2026, 10:00–12:00\n\nThe group agreed on a survey.\n",
     ("Second Meeting of the Working Group on Cheese Exports", D(2026, 3, 5), D(2026, 3, 5))),
    # the body after the dash of a letterhead line, the date after a middle dot
    ("Lakeside Robotics Days 2031 – Programme Committee\n\nMinutes of the 2nd meeting · 9 March 2031, 10:00–12:00 · "
     "cluster office, Tampere\n\nPresent: the chair and six members.\n",
     ("Second meeting of the Programme Committee", D(2031, 3, 9), D(2031, 3, 9))),
    # "Note of" a numbered meeting, the body after the dash
    ("FJORDTECH Eurocluster – Advisory Board\nNote of the 4th meeting (online), 12 May 2027, 14:00–15:30\n\n"
     "The board discussed the open call.\n",
     ("Fourth meeting of the Advisory Board", D(2027, 5, 12), D(2027, 5, 12))),
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



def test_event_minutes_line_above_without_a_body_adds_nothing(extract):
    # a letterhead that names no body: the meeting keeps its number alone
    text = "Cluster Days 2031 – Tampere\n\nMinutes of the 2nd meeting · 9 March 2031\n\nPresent: six members.\n"
    rows = [e.name for e in extract(text).events if e.rule == "pattern:event_minutes"]
    assert rows == ["Second meeting"]


@pytest.mark.parametrize("text, title", [
    ("Lakeside Robotics Days 2031 – Programme Committee\n\nMinutes of the 2nd meeting · 9 March 2031, 10:00–12:00 · "
     "cluster office, Tampere\n\nPresent: the chair and six members.\n", "Lakeside Robotics Days 2031"),
    ("NORDIC SEAWEED SUMMIT 2030 – ORGANISING COMMITTEE\n\nNotes of the 5th meeting, 14 January 2030, online\n\n"
     "The committee chose the venue.\n", "Nordic Seaweed Summit 2030"),
    ("Danube Wine Forum 2032 – Steering Group\n\nSummary of the first meeting · 2 February 2032 · Novi Sad\n\n"
     "The group agreed on the budget.\n", "Danube Wine Forum 2032"),
])
def test_record_line_date_is_not_the_titled_events(extract, text, title):
    # the minutes of a committee that plans an event: the header's day is the meeting's, not the event's
    events = extract(text).events
    assert [(e.start_date, e.rule) for e in events if e.name == title] == [(None, "pattern:event_name")]
    assert [e.start_date is not None for e in events if e.rule == "pattern:event_minutes"] == [True]


@pytest.mark.parametrize("text, expected", [
    ("# Lakeside Robotics Days 2031 – Programme Committee\n\nMinutes of the 2nd meeting · 9 March 2031 · cluster office, "
     "Tampere\n\nThe committee agreed that the Lakeside Robotics Days 2031 will take place on 16–17 June 2031 in Tampere.\n",
     [("Lakeside Robotics Days 2031", D(2031, 6, 16)), ("Second meeting of the Programme Committee", D(2031, 3, 9))]),
    ("# NORDIC SEAWEED SUMMIT 2030 – ORGANISING COMMITTEE\n\nNotes of the 5th meeting, 14 January 2030, online\n\n"
     "The committee confirmed that the Nordic Seaweed Summit 2030 takes place on 3–4 September 2030 in Bergen.\n",
     [("Fifth meeting of the ORGANISING COMMITTEE", D(2030, 1, 14)), ("Nordic Seaweed Summit 2030", D(2030, 9, 3))]),
    ("# Danube Wine Forum 2032 – Steering Group\n\nSummary of the first meeting · 2 February 2032 · Novi Sad\n\n"
     "The group agreed on the budget.\n",
     [("Danube Wine Forum 2032", None), ("First meeting of the Steering Group", D(2032, 2, 2))]),
])
def test_record_line_under_a_heading_dates_the_meeting_not_the_event(extract_file, text, expected):
    # minutes of a committee that plans an event, titled by both: the record line's day is the meeting's
    events = extract_file("minutes.md", text).events
    assert sorted({(e.name, e.start_date) for e in events}, key=lambda r: r[0]) == sorted(expected, key=lambda r: r[0])
