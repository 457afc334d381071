"""A body's meeting named by its number in running text and in lists (``pattern:event_meeting`` with an ordinal
before a bare meeting word of ``data/event_numbered_meeting_words.txt``; ``pattern:event_repeated`` items that open
with their number). Sentences of our own."""
from __future__ import annotations

import pytest


def _events(result):
    return sorted((e.name, e.start_date.isoformat(), e.end_date.isoformat(), e.rule) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    ("The working group held its 4th meeting on 12 March 2036 in Graz and adopted the work plan.",
     [("Fourth meeting", "2036-03-12", "2036-03-12", "pattern:event_meeting")]),
    ("The monitoring committee approved the minutes of the 17th meeting on 5 October 2035.",
     [("17th meeting", "2035-10-05", "2035-10-05", "pattern:event_meeting")]),
    ("After the launch in Riga (May 2036), the second meeting in Tartu in October 2036 agreed the budget.",
     [("Second meeting", "2036-10-01", "2036-10-31", "pattern:event_meeting")]),
    ("The 8th meeting will take place on Wednesday 8 June 2039 in Lisbon, hosted by the national agency.",
     [("Eighth meeting", "2039-06-08", "2039-06-08", "pattern:event_meeting")]),
])
def test_numbered_meeting_with_its_date(extract, text, expected):
    assert _events(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Earlier meetings: 2nd meeting, Vilnius, 14 May 2036; 3rd meeting, Kaunas, 22 September 2036.",
     [("Second meeting", "2036-05-14", "2036-05-14", "pattern:event_repeated"),
      ("Third meeting", "2036-09-22", "2036-09-22", "pattern:event_repeated")]),
    # a range between the items is no day of the list: each day keeps its own item's number
    ("Recent meetings: 5th meeting, Oslo, 4 December 2034 · 6th meeting, Bergen, 18–19 June 2035 · 7th meeting, "
     "Tromsø, 26 November 2035.",
     [("Fifth meeting", "2034-12-04", "2034-12-04", "pattern:event_repeated"),
      ("Seventh meeting", "2035-11-26", "2035-11-26", "pattern:event_repeated")]),
    # items without a number keep the list's name
    ("Previous meetings: Brussels, 16 June 2038; Tallinn, 24 November 2038.",
     [("Previous meeting (16 June) 2038", "2038-06-16", "2038-06-16", "pattern:event_repeated"),
      ("Previous meeting (24 November) 2038", "2038-11-24", "2038-11-24", "pattern:event_repeated")]),
])
def test_numbered_items_of_a_list_of_meetings(extract, text, expected):
    assert _events(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # a bare meeting word without a number says which kind, not which meeting
    "The members met again. A meeting on 3 May 2036 approved the budget.",
    # a numbered workshop is the next of a series, no body's counted meeting
    "The third workshop is planned for 14 May 2036 in Ghent.",
])
def test_no_numbered_meeting_without_number_or_meeting_word(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_meeting"] == []
