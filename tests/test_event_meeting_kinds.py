"""Meetings named by a common noun of what kind they are (``pattern:event_meeting``): an evening named by
its kind ("a remembrance evening"), a call named by its purpose ("an online clarification call"), the
nouns that name one event alone ("the kick-off", "the funeral"), and a meeting dated by a season before
its year ("the next General Assembly in spring 2031"): sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # an evening named by its kind, whom it is for kept in the name
    ("The association will hold a remembrance evening for members and friends on 9 May 2031 at the harbour museum.",
     [("Remembrance evening for members and friends 2031", D(2031, 5, 9), D(2031, 5, 9), None)]),
    ("Last spring Marta organised a tasting evening on 4 June 2030 in her shop in Porto.",
     [("Tasting evening 2030", D(2030, 6, 4), D(2030, 6, 4), "Porto")]),
    ("Say hello to the new members at our next quiz evening on Thursday, 6 March 2031.",
     [("Quiz evening 2031", D(2031, 3, 6), D(2031, 3, 6), None)]),
    # a call named by its purpose, in a sentence or opening a list item
    ("Questions about the rules can be asked at an online clarification call on 12 March 2031 at 11:00 CET.",
     [("Clarification call 2031", D(2031, 3, 12), D(2031, 3, 12), None)]),
    ("- Online info call: Friday, 7 March 2031, 14:00–15:00 (Teams)",
     [("Online info call 2031", D(2031, 3, 7), D(2031, 3, 7), None)]),
    ("The work package leaders agreed the dates; the coordination call of 5 February 2032 will fix the budget.",
     [("Coordination call 2032", D(2032, 2, 5), D(2032, 2, 5), None)]),
    # a lower-case event compound with its day right beside it
    ("The list was compiled by the NCP network for the brokerage event of 9 October 2035 in Brussels.",
     [("Brokerage event 2035", D(2035, 10, 9), D(2035, 10, 9), "Brussels")]),
    ("He stays with the project until its closing event in Aachen on 15 October 2026.",
     [("Closing event 2026", D(2026, 10, 15), D(2026, 10, 15), "Aachen")]),
    # one word that names one event: a project's kick-off, a funeral
    ("We thank him for his support since the kick-off in Porto in March 2029.",
     [("Kick-off 2029", D(2029, 3, 1), D(2029, 3, 31), "Porto")]),
    ("The funeral will be held on Tuesday 3 June 2031 at 10:00 in the parish church of Kranj.",
     [("Funeral 2031", D(2031, 6, 3), D(2031, 6, 3), "Kranj")]),
])
def test_event_meeting_named_by_its_kind(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting"}


@pytest.mark.parametrize("text, expected", [
    # the event it is held during is no part of its name, and stays an event of its own
    ("Anna organised a tasting evening for ten buyers during the Porto Wine Week on 5 May 2031.",
     [("Porto Wine Week 2031", D(2031, 5, 5), D(2031, 5, 5), "Porto"),
      ("Tasting evening for ten buyers 2031", D(2031, 5, 5), D(2031, 5, 5), None)]),
    ("The cluster invites its members to a networking evening during Baltic Boat Days on 12 June 2031 in Gdynia.",
     [("Baltic Boat Days 2031", D(2031, 6, 12), D(2031, 6, 12), "Gdynia"),
      ("Networking evening 2031", D(2031, 6, 12), D(2031, 6, 12), None)]),
])
def test_event_meeting_during_another_event(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting", "pattern:event_name"}


@pytest.mark.parametrize("text, expected", [
    # a season or "early" before the year says which meeting, with or without a verb saying it is held
    ("The board will report back to the members at the next General Assembly in spring 2031.",
     [("General Assembly 2031", D(2031, 1, 1), D(2031, 12, 31), None)]),
    ("The next General Assembly will be held in autumn 2031 in Tampere.",
     [("General Assembly 2031", D(2031, 1, 1), D(2031, 12, 31), "Tampere")]),
    ("The members' meeting in early 2032 will elect the new board of the association.",
     [("Members' meeting 2032", D(2032, 1, 1), D(2032, 12, 31), None)]),
])
def test_event_meeting_dated_by_a_season(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting"}


@pytest.mark.parametrize("text", [
    "On the evening of 14 May 2031 the members walked through the old port.",  # "evening" alone dates, names nothing
    "The second open call closes on 3 May 2031; the call text is on the website.",  # a funding call
    "Friends gathered for a quiet evening in 2011 at the old port.",  # a year alone says no evening
    "Our board meeting in 2030 approved the budget.",  # a year without a season or a verb
    "The agency presented the results in an online workshop on 15 September 2026.",  # one word: which workshop?
])
def test_event_meeting_kinds_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_meeting"] == []


@pytest.mark.parametrize("text, expected", [
    # "the kick-off of <what it starts>" is named by what it starts (pattern:event_generic), never "Kick-off" alone
    ("On 5 May 2031 the partners met in Graz for the kick-off of the voucher scheme.",
     [("Kick-off of the voucher scheme 2031", D(2031, 5, 5), D(2031, 5, 5), "Graz")]),
    ("On 2 February 2032 we hosted the kick-off of the Baltic skills network in Riga.",
     [("Kick-off of the Baltic skills network 2032", D(2032, 2, 2), D(2032, 2, 2), "Riga")]),
])
def test_event_meeting_kick_off_of_something_is_not_alone(extract, text, expected):
    assert _rows(extract(text)) == expected
