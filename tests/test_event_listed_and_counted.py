"""Event names that are something else (a label of a key-dates list, a calendar's own line, a count of
meetings, a venue written as an address, an instalment named by its series), and the events that such
lines name instead (an episode by its quoted title, a fair by its town and dates): sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest


def _events(extract, text):
    return [(e.name, e.rule) for e in extract(text).events]


@pytest.mark.parametrize("text", [
    # a key-dates list: a fee's and a request window's last days, a "Date:" line with its weekday
    "Key dates\n\n- Early-bird rate until: 1 March 2031\n- Meeting requests: 3 – 10 May 2031\n- Date: Friday, 16 May 2031\n",
    # the date field of a webinar page and a table's header row over a calendar
    "Practical details\n\nDate of the seminar: May 2nd, 2031, 10:00–11:30 CET\nFees: none\n"
    "Where: online\nDate of the clinic: 9 May 2031, 14:00\n",
    # a calendar's own lines: the past events heading and a contact line, each over a date line
    "Diary\n\nPast events (2030)\n4 May 2030, 10:00 · Bled\n\nQuestions about our events?\n12 May 2030, 10:00 · online\n",
])
def test_listed_labels_are_no_events(extract, text):
    assert _events(extract, text) == []


@pytest.mark.parametrize("text, expected", [
    # the episodes of a talk series: a numbered date line over each quoted title
    ("WINTER TALKS\n\nEpisode 3 | Tuesday, 14 January 2031 | 10:00–11:00 CET\n\"Heat pumps for small towns\"\n"
     "  – Ana Lima, Policy Officer\n\nEpisode 4 | Tuesday, 28 January 2031 | 10:00–11:00 CET\n\"Who owns the data of a cluster?\"\n",
     [("Heat pumps for small towns 2031", "pattern:event_calendar_card"),
      ("Who owns the data of a cluster? 2031", "pattern:event_calendar_card")]),
    ("Recordings\n\nEpisode 1 – 2 March 2031\n\"Selling timber to Japan\"\n\nEpisode 2 – 16 March 2031\n\"Grants for small sawmills\"\n",
     [("Selling timber to Japan 2031", "pattern:event_calendar_card"),
      ("Grants for small sawmills 2031", "pattern:event_calendar_card")]),
    # an episode's heading, its number and a middle dot before the quoted title, over its date line
    ("Episodes\n\nEpisode 1 · “Selling timber to Japan”\nWednesday 29 September 2027\nSpeakers: Ana Lima, CEO\n\n"
     "Episode 2 · “Grants for small sawmills”\nWednesday 27 October 2027\nSpeakers: Ola Berg, CEO\n",
     [("Selling timber to Japan 2027", "pattern:event_calendar_card"),
      ("Grants for small sawmills 2027", "pattern:event_calendar_card")]),
])
def test_episodes_named_by_their_quoted_titles(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, span, expected", [
    ("The fair in numbers: 210 exhibitors, 148 B2B meetings and 4 parallel workshops.", "B2B meetings", True),
    ("The fair in numbers: 210 exhibitors, 148 B2B meetings and 4 parallel workshops.", "parallel workshops", True),
    ("On the matchmaking day 310 B2B meetings were held.", "B2B meetings", True),
    ("Results: 38 B2B meetings, 12 webinars and two reports.", "webinars", True),
    # a year before a name, a plural that is a keyword of its own, no number: names
    ("The 2031 Cluster Weeks open in May.", "Cluster Weeks", False),
    ("Visit the 3 Open Days of the port.", "Open Days", False),
    ("The B2B meetings of the forum were run by the network.", "B2B meetings", False),
])
def test_counted_event_nouns(text, span, expected):
    from types import SimpleNamespace

    from pipeline.config import DATA_DIR
    from pipeline.extract.event_candidates import counted
    from pipeline.extract.event_context import Candidate
    from pipeline.extract.event_lexicon import load_event_lexicon

    start = text.index(span)
    m = Candidate(start, start + len(span), span, "model:event-ner", None, "other")
    assert counted(SimpleNamespace(text=text), load_event_lexicon(DATA_DIR), m) is expected


@pytest.mark.parametrize("text, expected", [
    ("Alpine Wood Days 2031\n\n12–14 May 2031 · Congress Innsbruck, Austria\n\nThe Alpine Wood Days bring together 300 firms.\n",
     [("Alpine Wood Days 2031", "pattern:event_name"), ("Alpine Wood Days 2031", "pattern:event_name")]),
    ("Danube Food Fair 2031\n\n9–11 June 2031 · Novi Sad Fair, Novi Sad, Serbia\n",
     [("Danube Food Fair 2031", "pattern:event_name")]),
    ("Timber Talks 2031\n\nWhere: Groningen, Forum Groningen · 4 June 2031\n",
     [("Timber Talks 2031", "pattern:event_name")]),
])
def test_venues_written_as_addresses_are_no_events(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Baltic Drone Days 2031 take place from March 9th to 12th, 2031 at Makuhari Messe near Tokyo.",
     [("Baltic Drone Days 2031", "pattern:event_name")]),
    ("The Danube Cluster Forum took place at the International Fair Ruse on 11 and 12 April 2031.",
     [("Danube Cluster Forum 2031", "pattern:event_name")]),
    ("Last year the Smart Port Conference 2030 at the Gdynia Expo drew 300 guests.",
     [("Smart Port Conference 2030", "pattern:event_name")]),
    # alone in its sentence, or after a stand, the fair is the event
    ("Meet us on 4–8 April 2031 at Hannover Messe.", [("Hannover Messe 2031", "pattern:event_name")]),
    ("At the Baltic Drone Days 2031 our members shared the joint stand at Hannover Messe.",
     [("Baltic Drone Days 2031", "pattern:event_name"), ("Hannover Messe", "pattern:event_name")]),
])
def test_venues_where_a_named_event_is_held_are_no_events(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('The next webinar of the series, "Hydrogen for small ports", takes place on Monday 12 May 2031 at 10:00.',
     [("Hydrogen for small ports 2031", "pattern:event_quoted")]),
    ("On 4 March 2031 the fourth webinar of the series looked at grants for small sawmills.", []),
    ("It was the second workshop of our peer-learning cycle, held in Graz on 3 May 2031.", []),
])
def test_instalments_of_a_series(extract, text, expected):
    assert [x for x in _events(extract, text) if x[1] != "pattern:event_described"] == expected


@pytest.mark.parametrize("text, expected", [
    ("We will lead a joint delegation of water clusters to Aquatrade in Munich (4–8 May 2031); places are limited.",
     [("Aquatrade 2031", "pattern:event_fair")]),
    ("Our plans: a joint presence at Baumesse in Graz in March 2031 and a catalogue of members.",
     [("Baumesse 2031", "pattern:event_fair")]),
    ("The cluster took nine companies to NORDBAU in Hamburg (13–16 February 2031) and met buyers.",
     [("Nordbau 2031", "pattern:event_fair")]),
    # one day at a firm is a visit, not a fair; a person is no fair
    ("On 3 May 2031 the group went on to Siemens in Munich (4 May 2031) for a factory tour.", []),
    ("The group was welcomed at Anna Berg in Oslo (4–6 May 2031).", []),
])
def test_fairs_named_with_their_town_and_days(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the page of this year's edition ("<Series> <year>") over its earlier editions, one a row after their year and a middle dot
    ("Baltic Wood Summit 2031\n\nThe Baltic Wood Summit is organised every year by the wood clusters of the Baltic states.\n\n"
     "Previous editions\n- 2030 · Tartu, Estonia – 19–20 September 2030 – host: Estonian Wood Cluster\n"
     "- 2029 · Riga, Latvia – 27–28 September 2029\n- 2028 · online – 30 September 2028\n",
     ["Baltic Wood Summit 2031", "Baltic Wood Summit 2030", "Baltic Wood Summit 2029", "Baltic Wood Summit 2028"]),
    ("Danube Port Days 2031 – programme\n\nThe Danube Port Days bring port clusters together each spring.\n\n"
     "## Earlier editions\n\n2030 · Vukovar – 3–4 April 2030\n2029 · Ruse – 11–12 April 2029\n",
     ["Danube Port Days 2031", "Danube Port Days 2030", "Danube Port Days 2029"]),
])
def test_editions_listed_by_year_under_a_dated_title(extract, text, expected):
    assert sorted({e.name for e in extract(text).events}, reverse=True) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cluster Coffee Talks are the online mornings of the association, every second Wednesday from 4 March 2031.", []),
    ("Registration for the Green Port Webinars opens on 2 March 2031.", []),
    ("The Timber Lunch Talks – Season 3 start in Tartu on 4 May 2031.", []),
    # an instalment of the series, and a plural that is one event
    ("The third Green Port Webinar takes place on 4 May 2031.", [("Third Green Port Webinar", "pattern:event_name")]),
    ("The Baltic Cluster Days 2031 take place on 4 May 2031.", [("Baltic Cluster Days 2031", "pattern:event_name")]),
])
def test_names_of_series_of_talks_are_no_events(extract, text, expected):
    assert _events(extract, text) == expected
