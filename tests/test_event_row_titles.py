"""Titles of listed rows that name no event: a calendar row whose title is only where or how it is held
(``pattern:event_row``), and a timeline step "sent" to participants (``data/event_row_not_event_words.txt``,
``pattern:event_edition_row`` and ``pattern:event_row``). Sentences of our own."""
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
