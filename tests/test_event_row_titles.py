"""Titles of listed rows that name no event: a calendar row whose title is only where or how it is held
(``pattern:event_row``), and a timeline step "sent" to participants (``data/event_row_not_event_words.txt``,
``pattern:event_edition_row`` and ``pattern:event_row``), and a sentence before its date ("The jury meets
twice a year: ...", ``pattern:event_edition_row``). Sentences of our own."""
from __future__ import annotations

import pytest


def _events(extract, text):
    return sorted({(e.name, e.rule) for e in extract(text).events})


@pytest.mark.parametrize("text, expected", [
    # a row's title that is only a place or a format note: where or how, not which event
    ("Working group meetings 2031\n\n- 3 February 2031 – online kick-off of the sorting task force\n"
     "- 14–15 April 2031 – Lillehammer, hosted by the wood cluster, with a sawmill visit\n"
     "- 6 October 2031 – Tampere, during the Nordic Forest Days\n", []),
    ("Calendar\n\n- 12 March 2031 | Hybrid — Adriatic Boat Days, Split and online\n"
     "- 9 April 2031 | Webinar: Electric ferries for islands\n",
     [("Webinar: Electric ferries for islands 2031", "pattern:event_row")]),
    ("Our year\n\n• 4 May 2031 – Graz, partner meeting\n• 6 June 2031 – Regional Robotics Day, Linz\n",
     [("Regional Robotics Day 2031", "pattern:event_row")]),
])
def test_calendar_row_title_that_says_only_where_names_no_event(extract, text, expected):
    assert [r for r in _events(extract, text) if r[1] == "pattern:event_row"] == expected


@pytest.mark.parametrize("text, expected", [
    # a step of a matchmaking timeline: sent to participants, not held
    ("Timeline\n\n- Profiles online: 2 March 2031\n- Meeting schedules sent: 20 March 2031\n- Matchmaking day: 24 March 2031\n",
     [("Matchmaking day 2031", "pattern:event_edition_row")]),
    ("Key steps\n\n- 2 May 2031: Invitations sent to members\n- 16 May 2031: Cluster Breakfast on cobots\n",
     [("Cluster Breakfast on cobots 2031", "pattern:event_row")]),
    ("What happens when\n\n- 12 June 2031 – Meeting plans sent to all participants\n- 14 June 2031 – B2B Meetings in Ostrava\n",
     [("B2B Meetings in Ostrava 2031", "pattern:event_row")]),
])
def test_timeline_step_sent_to_participants_is_no_event(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an article first and a verb: a sentence before its date, not a listed title
    ("Our year in brief\n\n- The general assembly approved the new strategy: 14 May 2031\n"
     "- Summer meeting of members: 20 June 2031\n- Autumn workshop on cobots: 9 October 2031\n",
     [("Autumn workshop on cobots 2031", "pattern:event_edition_row"), ("Summer meeting of members 2031", "pattern:event_edition_row")]),
    ("Exhibitor information\n\nAn online information session for exhibitors will take place on Wednesday, 4 March 2031, 10:00 CET.\n"
     "Stand building starts: 9 March 2031\nWorkshop for exhibitors: 10 March 2031\n",
     [("Information session for exhibitors 2031", "pattern:event_described"), ("Workshop for exhibitors 2031", "pattern:event_edition_row")]),
    # (the jury's two days are its meetings, read by the rule for a body's listed meeting days, not as a row's title)
    ("Meetings in 2031\n\nThe jury meets twice a year: 12 March 2031 and 8 October 2031.\n"
     "The network holds its general assembly: 20 May 2031\n",
     [("General assembly 2031", "pattern:event_meeting"),
      ("Jury meeting (12 March) 2031", "pattern:event_meeting_days"),
      ("Jury meeting (8 October) 2031", "pattern:event_meeting_days")]),
    # an article first without a verb, or a verb inside the quoted title: a title
    ("Upcoming talks\n\n- The Future of Cluster Funding – 4 May 2031\n- The new Machinery Regulation – 18 May 2031\n"
     "- The Talk “What comes next for hydrogen?” – 1 June 2031\n",
     [("The Future of Cluster Funding 2031", "pattern:event_edition_row"),
      ("The Talk What comes next for hydrogen? 2031", "pattern:event_edition_row"),
      ("The new Machinery Regulation 2031", "pattern:event_edition_row")]),
])
def test_listed_sentence_with_a_date_is_no_title(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text", [
    # the weeks of a summer school or bootcamp, each a row with its dates: parts of one programme
    "Programme at a glance\n\nWeek 1 (6–10 July 2037): lectures on battery chemistry\n"
    "Week 2 (13–17 July 2037): team challenges with three companies\n",
    "Bootcamp calendar\n\n- WEEK 1 (2–6 March 2037): customer interviews in the region\n"
    "- WEEK 2 (9–13 March 2037): prototypes and first tests with users\n",
    "Online phase\n\nWeeks 3–4 (20–31 July 2037): field work in member companies\n"
    "Weeks 5–6 (3–14 August 2037): final projects and pitches\n",
])
def test_weeks_of_a_programme_are_no_events(extract, text):
    assert [e.name for e in extract(text).events if e.name.lower().startswith("week")] == []




@pytest.mark.parametrize("text, expected", [
    # a call's later steps listed with their days: the notice of acceptance, papers or slides due, a closing
    ("Key dates of the summit\n\n- Notification of acceptance: 7 April 2031\n- Camera-ready papers due: 25 May 2031\n"
     "- Registration closes: 28 May 2031\n- Summit day one: 4 June 2031\n",
     [("Summit day one 2031", "pattern:event_edition_row")]),
    ("Forum timeline\n\n- Forum posters due: 3 May 2031\n- Forum abstracts due – 4 April 2031\n- Forum dinner – 12 May 2031\n",
     [("Forum dinner 2031", "pattern:event_edition_row")]),
    ("## Workshop programme\n\n- Notification of selected speakers – 2 March 2031\n- Slides to the organisers – 20 March 2031\n"
     "- Workshop on green hydrogen – 24 March 2031\n",
     [("Workshop on green hydrogen 2031", "pattern:event_generic")]),
])
def test_steps_of_a_call_are_no_events(extract, text, expected):
    assert _events(extract, text) == expected


# the rows of a work plan led by a project's month, milestone or deliverable code (a PDF's text, columns kept)
PLAN = """Consortium handbook of the {name} project

1. Purpose

This handbook sets out how the partners of the project work together.

2. Governance

The Steering Committee meets online every second month.

3. Meetings and reporting calendar

{rows}

4. Contacts

Questions go to the coordinator.
"""


@pytest.mark.parametrize("name, rows", [
    ("BALTWOOD", "M1   12 February 2031       Kick-off meeting, Tartu\nM6   30 July 2031           End of reporting period 1\n"
                 "M14  March 2032             Partner meeting, Riga"),
    ("SEAFARM", "MS1  4 May 2031             Consortium agreement signed\nMS2  20 October 2031         Pilot farm running\n"
                "MS3  15 January 2032         Interim review, Brussels"),
    ("GRIDLINK", "D1.1 30 June 2031           Data management plan\nD2.3 15 September 2031      Pilot design report\n"
                 "D4.2 December 2032           Final report"),
])
def test_codes_of_a_work_plan_are_no_events(extract_file, name, rows):
    events = extract_file(f"{name.lower()}-handbook-pdf.txt", PLAN.format(name=name, rows=rows)).events
    assert [e.name for e in events if e.rule == "pattern:event_edition_row"] == []

