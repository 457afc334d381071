"""Meetings named by their noun with whom they are for ("a debriefing for all exhibitors on 14 March"),
follow-up, preparatory and briefing meetings, a members' celebration, and a body's constituent meeting
(``pattern:event_meeting``): sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # "for / with <whom>" between the noun and the verb or the day stays in the name
    ("The cluster will organise a debriefing for all exhibitors on 14 March 2031 in Porto and plans a second trip.",
     [("Debriefing for all exhibitors 2031", D(2031, 3, 14), D(2031, 3, 14), "Porto")]),
    ("A debriefing for the delegation will be held online on 3 July 2030.",
     [("Debriefing for the delegation 2030", D(2030, 7, 3), D(2030, 7, 3), None)]),
    ("A preparatory call with the Polish partners is planned for 12 May 2029 (online).",
     [("Preparatory call with the Polish partners 2029", D(2029, 5, 12), D(2029, 5, 12), None)]),
    ("A preparatory online meeting for registered companies will take place on 2 September 2031 at 10:00.",
     [("Preparatory online meeting for registered companies 2031", D(2031, 9, 2), D(2031, 9, 2), None)]),
    ("A follow-up meeting with the Slovene partners took place online on 9 March 2031.",
     [("Follow-up meeting with the Slovene partners 2031", D(2031, 3, 9), D(2031, 3, 9), None)]),
    ("An online preparatory session for new exhibitors is planned for 14 January 2032.",
     [("Preparatory session for new exhibitors 2032", D(2032, 1, 14), D(2032, 1, 14), None)]),
    # follow-up and briefing sessions, a members' celebration, dated right beside
    ("We will hold a short online follow-up session on Monday 4 November 2030 for those who missed the visit.",
     [("Short online follow-up session 2030", D(2030, 11, 4), D(2030, 11, 4), None)]),
    ("All applicants are invited to a briefing session on Thursday 6 March 2031 in Tromsø.",
     [("Briefing session 2031", D(2031, 3, 6), D(2031, 3, 6), "Tromsø")]),
    ("We will celebrate our tenth year at the members' celebration on Friday 5 December 2031 in the old harbour hall.",
     [("Members' celebration 2031", D(2031, 12, 5), D(2031, 12, 5), None)]),
])
def test_event_meeting_with_its_audience(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting"}


@pytest.mark.parametrize("text, expected", [
    ("The new Presidium will hold its constituent meeting on 4 April 2034.",
     [("Presidium constituent meeting 2034", D(2034, 4, 4), D(2034, 4, 4), None)]),
    ("At its constituent meeting on 12 May 2031 the Supervisory Board of the Lakeside Food Cluster elected its chair.",
     [("Lakeside Food Cluster supervisory board constituent meeting 2031", D(2031, 5, 12), D(2031, 5, 12), None)]),
    ("The council will elect its chair at its constituent meeting in Oulu on 8 June 2032.",
     [("Council constituent meeting 2032", D(2032, 6, 8), D(2032, 6, 8), "Oulu")]),
])
def test_event_meeting_constituent_meeting_of_a_body(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "We thanked the partners for the meeting with the mayor on 4 May 2030.",  # "meeting" alone says no kind
    "A celebration on 3 May 2030 marked the opening.",  # one word says which kind, not which event
    "The network held a briefing at the embassy by the trade counsellor.",  # no date beside it
    "The board met for the first time with all members present.",  # no day
])
def test_event_meeting_with_its_audience_not_events(extract, text):
    assert [e.name for e in extract(text).events] == []


def test_event_word_with_its_audience_stays_with_event_described(extract):
    # an event keyword with whom it is for is ``pattern:event_described``'s, not a second rule's
    r = extract("A webinar for wine growers is planned for 18 February 2031.")
    assert [(e.name, e.rule) for e in r.events] == [("Webinar for wine growers 2031", "pattern:event_described")]


def test_event_meeting_pronoun_is_no_audience(extract):
    # "for him" says whom only with the sentence before: the name stays without it
    names = [e.name for e in extract("A farewell reception for him will be held on 28 May 2031 at the museum.").events]
    assert names and not any("him" in n for n in names)
