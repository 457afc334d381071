"""Sessions of one kind listed by their days after a plural event noun, one event per day
(``pattern:event_repeated``): sentences and list items of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


R = "pattern:event_repeated"


def _repeated(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events if e.rule == R)


@pytest.mark.parametrize("text, expected", [
    # a list item: the noun, a colon, the days
    ("Key dates\n\n- Call opens: 2 February 2031\n- Online tax clinics: 3 March, 7 April and 5 May 2031 (10:00–11:00 each)\n"
     "- Deadline: 30 May 2031\n",
     [("Online tax clinic (3 March) 2031", D(2031, 3, 3), D(2031, 3, 3), "pattern:event_repeated"),
      ("Online tax clinic (5 May) 2031", D(2031, 5, 5), D(2031, 5, 5), "pattern:event_repeated"),
      ("Online tax clinic (7 April) 2031", D(2031, 4, 7), D(2031, 4, 7), "pattern:event_repeated")]),
    # a sentence with a verb that says they take place, and a "for" complement
    ("Matchmaking webinars for exporters will take place on 12 May 2032 and 9 June 2032. Registration is free.",
     [("Matchmaking webinar for exporters (12 May) 2032", D(2032, 5, 12), D(2032, 5, 12), "pattern:event_repeated"),
      ("Matchmaking webinar for exporters (9 June) 2032", D(2032, 6, 9), D(2032, 6, 9), "pattern:event_repeated")]),
    # a count before the noun is no part of the name
    ("Two information days are held on 4 October 2030 and 18 October 2030 at 10:00 CET.",
     [("Information day (18 October) 2030", D(2030, 10, 18), D(2030, 10, 18), "pattern:event_repeated"),
      ("Information day (4 October) 2030", D(2030, 10, 4), D(2030, 10, 4), "pattern:event_repeated")]),
    # a numbered list's item, a note in brackets before the colon
    ("Key meetings 2033\n\n1. Partner meetings (online): 9 January, 6 March and 4 September 2033.\n2. Members' day: 3 May 2033.\n",
     [("Partner meeting (4 September) 2033", D(2033, 9, 4), D(2033, 9, 4), "pattern:event_repeated"),
      ("Partner meeting (6 March) 2033", D(2033, 3, 6), D(2033, 3, 6), "pattern:event_repeated"),
      ("Partner meeting (9 January) 2033", D(2033, 1, 9), D(2033, 1, 9), "pattern:event_repeated")]),
])
def test_repeated_sessions_one_per_day(extract, text, expected):
    assert _repeated(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "The partners held workshops on 3 May 2030 and 4 June 2030 with the regional agency.",  # a clause, not a name
    "Workshops: 3 May 2030, in the town hall.",  # one day: one session, read by other rules
    "Deadlines: 3 May 2030 and 4 June 2030.",  # no event noun
    "- B2B meetings: 14 March 2031 (afternoon), 15 March 2031 (all day)\n",  # the matchmaking of one event, a keyword of its own
])
def test_repeated_sessions_need_a_plural_event_noun_and_two_days(extract, text):
    assert _repeated(extract(text)) == []
