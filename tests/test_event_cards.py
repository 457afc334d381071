"""Events of calendars written as cards, a title line over a date line (``pattern:event_calendar_card``),
and rows of lists that name no one event (``pattern:event_edition_row``): pages of our own."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize("text, expected", [
    ("What is on: spring 2026\n\n"
     "Webinar: hydrogen storage for inland ports\nTue 12 May 2026, 10:00–11:30 · online\n\n"
     "Study trip to the Ruhr clusters – postponed\nplanned for 18–19 June 2026 · Essen\n\n"
     "Members' breakfast of the food cluster\n3 July 2026\nAarhus, Food Innovation House\n",
     [("Webinar: hydrogen storage for inland ports 2026", dt.date(2026, 5, 12), dt.date(2026, 5, 12), None),
      ("Study trip to the Ruhr clusters 2026", dt.date(2026, 6, 18), dt.date(2026, 6, 19), "Essen"),
      ("Members' breakfast of the food cluster 2026", dt.date(2026, 7, 3), dt.date(2026, 7, 3), "Aarhus")]),
    # a table rendered one cell a line: the steps of a call, two of them events
    ("Timeline\n\nCall opens\n2 March 2026\nFirst info session for applicants\n16/03/2026, 14:00 CET\n"
     "Second info session (in French)\n24/03/2026, 10:00 CET\nDeadline for proposals\n30 April 2026, 17:00 CET\n",
     [("First info session for applicants", dt.date(2026, 3, 16), dt.date(2026, 3, 16), None),
      ("Second info session (in French)", dt.date(2026, 3, 24), dt.date(2026, 3, 24), None)]),
    # the date and place first, the title below, a sentence of the card before
    ("UPCOMING\n\n4 May 2026, 10:00 | online\nWebinar: selling to hospitals in Denmark\nWith two buyers.\n\n"
     "18–19 May 2026 | Tartu, Estonia\nBaltic Food Cluster Matchmaking\nHosted by the university.\n",
     [("Webinar: selling to hospitals in Denmark 2026", dt.date(2026, 5, 4), dt.date(2026, 5, 4), None),
      ("Baltic Food Cluster Matchmaking 2026", dt.date(2026, 5, 18), dt.date(2026, 5, 19), "Tartu")]),
])
def test_event_calendar_cards(extract, text, expected):
    assert [(e.name, e.start_date, e.end_date, e.city) for e in extract(text).events
            if e.rule == "pattern:event_calendar_card"] == expected


@pytest.mark.parametrize("text", [
    # headlines of a news list over their bylines: news, not events
    "Latest news\n\nThe seaweed cluster workshop drew 80 growers\n14/04/2026 · Posted by the editor\n\n"
    "Packaging forum: what we learnt\n21/04/2026 · by the communications team\n",
    # a news overview: each item's date and country over its headline
    "News\n\n12 May 2026 | Estonia\nTartu hosts the Baltic Food Forum\nMore than 90 guests met.\n\n"
    "4 May 2026 | Latvia\nRiga: Baltic Wood Week dates announced\nThe week will run in June.\n",
    # one card alone is no calendar
    "Invitation\n\nWorkshop on circular plastics\n9 June 2026, 09:30 · Ghent\n\nWe look forward to seeing you.\n",
    # titles that are sentences or deadlines
    "Diary\n\nThe board meets again.\n4 May 2026, 10:00 · Bled\n\nDeadline for workshop proposals\n11 May 2026, 12:00 · online\n",
])
def test_event_calendar_cards_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_calendar_card"] == []


@pytest.mark.parametrize("text", [
    # a calendar's own heading over its rows: generic words only
    "Events calendar: May – June 2026\nNews archive: April 2026\n\nWhat our members plan this spring.\n",
    # formats of one event's meetings, in the plural
    "How it works\n\n- On-site meetings: 4 May 2026 (14:00–18:00)\n- Online meetings: 6 May 2026, 09:00–12:00\n",
    # the days of one study visit's programme
    "Programme\n\n- Day 1 (Monday): 4 May 2026\n- Day 2 (Tuesday): 5 May 2026\n- Day 3: 6 May 2026\n",
    # the booking window and the version of a page
    "Key dates\n\n- Meeting booking: 1 – 20 April 2026\n- Version 2.1 – 3 March 2026\n",
    # the weekday before each date of a series' episodes; one season of the series
    "Webinar series\n\nEpisode 1 – Export pricing\nTuesday, 3 March 2026\n\nEpisode 2 – Tenders abroad\nTuesday, 7 April 2026\n",
    'Webinars 2026\n\nEpisode 3 – "Certification basics"\nMonday, 4 May 2026\nSpeaker: a lawyer\n\n'
    'Episode 4 – "Selling to hospitals"\nMonday, 1 June 2026\nSpeaker: a buyer\n',
    'WEBINAR SERIES\n\nEpisode 7 – "Pricing for export"\nWednesday, 3 March 2027\n\n'
    "Season 1 (February–June 2026) covered market research; all recordings remain online.\n",
])
def test_event_edition_rows_that_name_no_one_event(extract, text):
    assert [e.name for e in extract(text).events if e.rule == "pattern:event_edition_row"] == []


@pytest.mark.parametrize("text, expected", [
    # a heading over a programme's days: no "Programme Day"; the day's own item is an event (eval/gold/SCHEMA.md, 2026-12-05)
    ("PROGRAMME\nDay 1 – 4 May 2026: company visits in Tartu\n",
     [("Company visits in Tartu 2026", "pattern:event_programme_item", "Tartu")]),
    ("Report\n\n2. Sessions\nDay 2 opened with a panel on 4 May 2026.\n", []),
    # a list's heading line over its rows: the rows are the events, the heading is no part of their names
    ("Board notes\n\nEvents\n- Baltic Laser Day 2026, Riga, 4 June 2026\n- Members' workshop, 9 June 2026\n",
     [("Baltic Laser Day 2026", "pattern:event_edition_row", "Riga"), ("Members' workshop 2026", "pattern:event_edition_row", None)]),
])
def test_event_name_does_not_run_on_from_a_heading_line(extract, text, expected):
    assert [(e.name, e.rule, e.city) for e in extract(text).events] == expected


def test_event_edition_rows_place_after_a_comma_and_table_rows_of_cells(extract):
    r = extract("Coming up\n\n- Wood Skills Forum, Graz, 3 March 2026\n- Timber Fair, Linz, 5 March 2026\n\n"
                "Actions\n\n| A1 | Invite members to the Wood Skills Forum | J. Roe | 1 March 2026 |\n"
                "| A2 | Book the venue for the board meeting | K. Poe | 2 March 2026 |\n")
    assert [(e.name, e.rule, e.city) for e in r.events if e.rule == "pattern:event_edition_row"] == [
        ("Wood Skills Forum 2026", "pattern:event_edition_row", "Graz"), ("Timber Fair 2026", "pattern:event_edition_row", "Linz")]


# a calendar entry that is a stand, booth or pavilion at a fair: the fair is the event, with the entry's date
@pytest.mark.parametrize("text, expected", [
    ("Trade fairs 2027\n\nJoint pavilion at Agritechnica 2027\n10–13 November 2027 · Hanover\n\n"
     "Members' breakfast on export finance\n2 December 2027, 08:30 · Ghent\n",
     [("Agritechnica 2027", "pattern:event_fair", "2027-11-10", "2027-11-13"),
      ("Members' breakfast on export finance 2027", "pattern:event_calendar_card", "2027-12-02", "2027-12-02")]),
    ("Where to meet us\n\nCluster stand at Fruit Logistica\n4–6 February 2026 · Berlin\n\n"
     "Webinar: cold-chain data\n12 February 2026 · online\n",
     [("Fruit Logistica 2026", "pattern:event_fair", "2026-02-04", "2026-02-06"),
      ("Webinar: cold-chain data 2026", "pattern:event_calendar_card", "2026-02-12", "2026-02-12")]),
    ("Fairs and trips\n\nStudy trip to the Ruhr ports\n9 April 2025, 10:00 · Duisburg\n\n"
     "Shared booth at Intermodal Europe\n15–17 April 2025 · Rotterdam\n",
     [("Study trip to the Ruhr ports 2025", "pattern:event_calendar_card", "2025-04-09", "2025-04-09"),
      ("Intermodal Europe 2025", "pattern:event_fair", "2025-04-15", "2025-04-17")]),
])
def test_stand_at_a_fair_in_a_calendar_is_the_fair(extract, text, expected):
    assert [(e.name, e.rule, str(e.start_date), str(e.end_date)) for e in extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # a programme of talks or episodes: each quoted title over its date line is one event named by the title
    ('Webinar series "Going north"\n\nEpisode 1 – "Finding your first buyer"\nThursday, 15 October 2026\n'
     "Speakers: two founders\n\nEpisode 2 – \"Pricing abroad\"\nThursday, 12 November 2026\nSpeakers: a sales coach\n",
     [("Finding your first buyer 2026", dt.date(2026, 10, 15), dt.date(2026, 10, 15), None),
      ("Pricing abroad 2026", dt.date(2026, 11, 12), dt.date(2026, 11, 12), None)]),
    ("Talks at the wine cluster\n\n**1. \"Vines in a warmer climate\"**\nTuesday, 19 January 2027, 18:00\n"
     "Speaker: a researcher\n\n**2. \"Who buys natural wine? Export markets in Asia\"**\n23 February 2027, 18:00\n"
     "Speaker: an export adviser\n",
     [("Vines in a warmer climate 2027", dt.date(2027, 1, 19), dt.date(2027, 1, 19), None),
      ("Who buys natural wine? Export markets in Asia 2027", dt.date(2027, 2, 23), dt.date(2027, 2, 23), None)]),
    ('Lunch talks\n\n"Robots on small farms"\n4 March 2027, 12:30 · online\n\n'
     '"Soil sensors that pay"\n1 April 2027, 12:30 · online\n',
     [("Robots on small farms 2027", dt.date(2027, 3, 4), dt.date(2027, 3, 4), None),
      ("Soil sensors that pay 2027", dt.date(2027, 4, 1), dt.date(2027, 4, 1), None)]),
])
def test_event_calendar_cards_quoted_titles_of_a_programme(extract, text, expected):
    assert sorted((e.name, e.start_date, e.end_date, e.city) for e in extract(text).events) == expected


def test_event_calendar_card_quoted_headline_alone_is_no_event(extract):
    # one quoted line over a date is a news headline, not a programme
    text = 'News\n\n"Clusters are key to resilience"\n12 March 2026\nThe minister said so at the opening.\n'
    assert not extract(text).events


@pytest.mark.parametrize("text, expected", [
    # numbered sessions of a webinar series, each heading over its weekday and date: named as written
    ("# Export basics: a webinar series\n\nPosted by the events team · 2 February 2027\n\n"
     "### Session 1 – Finding distributors abroad\n**Tuesday 9 March 2027**\n"
     "Speaker: an export adviser\n\n### Session 2 – Booking a stand: costs and grants\n**Tuesday 13 April 2027** · live and recorded\n"
     "Speaker: a fair organiser\n",
     [("Session 1 – Finding distributors abroad 2027", dt.date(2027, 3, 9), dt.date(2027, 3, 9), None),
      ("Session 2 – Booking a stand: costs and grants 2027", dt.date(2027, 4, 13), dt.date(2027, 4, 13), None)]),
    # modules of a training academy over their dates and towns
    ("Cluster Leaders Programme 2028\n\nModule 1 – Strategy and member services\n3–4 February 2028, Tartu, Science Park\n"
     "Trainer: a cluster manager\n\nModule 2: Financing the cluster\n9 March 2028, Riga\nTrainer: a banker\n",
     [("Module 1 – Strategy and member services 2028", dt.date(2028, 2, 3), dt.date(2028, 2, 4), "Tartu"),
      ("Module 2: Financing the cluster 2028", dt.date(2028, 3, 9), dt.date(2028, 3, 9), "Riga")]),
    # episodes of a talk series without quotes
    ("Podcast live recordings\n\nEpisode 4 – Robots in the vineyard\nFriday, 7 May 2027\n\n"
     "Episode 5 – Water for orchards\nFriday, 4 June 2027\n",
     [("Episode 4 – Robots in the vineyard 2027", dt.date(2027, 5, 7), dt.date(2027, 5, 7), None),
      ("Episode 5 – Water for orchards 2027", dt.date(2027, 6, 4), dt.date(2027, 6, 4), None)]),
])
def test_event_calendar_cards_numbered_parts_of_a_series(extract, text, expected):
    assert sorted((e.name, e.start_date, e.end_date, e.city) for e in extract(text).events
                  if e.rule == "pattern:event_calendar_card") == expected


@pytest.mark.parametrize("text", [
    # the sessions of one conference's agenda: a moderator line below each, no date line
    "Forum programme, 12 May 2027\n\nSession 1 – Ports as test beds\nModerator: a port director\n\n"
    "Session 2 – Skills at sea\nChair: a dean\n",
    # the days of one event's programme are no parts of a series
    "Study visit\n\nDay 1 – Arrival and welcome\nMonday, 3 May 2027\n\nDay 2 – Company visits\nTuesday, 4 May 2027\n",
])
def test_event_calendar_cards_numbered_agenda_items_are_no_events(extract, text):
    assert [e.name for e in extract(text).events if e.rule == "pattern:event_calendar_card"] == []


@pytest.mark.parametrize("text, expected", [
    # a calendar's sessions of a format or series, "<format>: <topic>" with no event word: the whole line names each
    ("What is on\n\nTuesday, 3 March 2026 · 08:30–10:00 · Graz\nExport Café: Selling machines to Norway\n"
     "With a buyer from Oslo.\n\nThursday, 19 March 2026 · 11:00–12:00\nMeet the buyer: Fresh produce for hotels\n"
     "A category manager presents the rules.\n",
     [("Export Café: Selling machines to Norway 2026", dt.date(2026, 3, 3), dt.date(2026, 3, 3), "Graz"),
      ("Meet the buyer: Fresh produce for hotels 2026", dt.date(2026, 3, 19), dt.date(2026, 3, 19), None)]),
    ("Kalendarium\n\nOnsdag 4 mars 2026 kl. 07.30–09.00 · Umeå\nFrukostmöte: Nya regler för bygglov\nAnmäl dig\n\n"
     "Torsdag 26 mars 2026 kl. 15.00–18.00 · Stockholm\nKlusterträff vår: Robotar i sågverket\nAnmäl dig\n",
     [("Frukostmöte: Nya regler för bygglov 2026", dt.date(2026, 3, 4), dt.date(2026, 3, 4), "Umeå"),
      ("Klusterträff vår: Robotar i sågverket 2026", dt.date(2026, 3, 26), dt.date(2026, 3, 26), "Stockholm")]),
    # a topic's "call" does not make an info session a deadline
    ("Upcoming\n\nMonday, 4 May 2026 · 10:00–11:00\nInfo session: Green vouchers, spring call\nOnline.\n\n"
     "Friday, 15 May 2026 · 09:00–13:00 · Linz\nWorkshop on laser welding\nLunch included.\n",
     [("Info session: Green vouchers, spring call 2026", dt.date(2026, 5, 4), dt.date(2026, 5, 4), None),
      ("Workshop on laser welding 2026", dt.date(2026, 5, 15), dt.date(2026, 5, 15), "Linz")]),
])
def test_event_calendar_cards_format_label_titles(extract, text, expected):
    assert sorted((e.name, e.start_date, e.end_date, e.city) for e in extract(text).events
                  if e.rule == "pattern:event_calendar_card") == expected


def test_event_calendar_card_speaker_line_is_no_title(extract):
    # the line under a date line is a speaker's, not the title of a session of a format
    text = ("Talks\n\nTuesday, 3 March 2026 · 18:00 · Graz\nSpeaker: Jane Roe, Acme GmbH\n\n"
            "Tuesday, 7 April 2026 · 18:00 · Linz\nModerator: John Doe, Beta AG\n")
    assert [e.name for e in extract(text).events if e.rule == "pattern:event_calendar_card"] == []


@pytest.mark.parametrize("text, expected", [
    # numbered sessions of a series, the number on the date line and the plain title below: the title names each
    ("Lunchtime webinars 2027\n\nSession 1 · Tuesday, 9 March 2027\nHeat pumps for dairy farms\nSpeaker: Jane Roe, Acme GmbH\n\n"
     "Session 2 · Tuesday, 13 April 2027\nBiogas from manure: what pays\nSpeakers: a farmer\n",
     [("Biogas from manure: what pays 2027", dt.date(2027, 4, 13), dt.date(2027, 4, 13), None),
      ("Heat pumps for dairy farms 2027", dt.date(2027, 3, 9), dt.date(2027, 3, 9), None)]),
    # ... or the title after the date and a colon, on the same line (a list item): the part and its title
    ("Programme of the series\n\n1. Webinar 1 – Tuesday, 2 February 2027: Where a plant loses energy\n"
     "2. Webinar 2 – Tuesday, 16 February 2027: Solar roofs on factory halls\n",
     [("Webinar 1 – Where a plant loses energy 2027", dt.date(2027, 2, 2), dt.date(2027, 2, 2), None),
      ("Webinar 2 – Solar roofs on factory halls 2027", dt.date(2027, 2, 16), dt.date(2027, 2, 16), None)]),
    ("Cluster academy 2027\n\n- Module 1 – Wednesday, 10 March 2027: Strategy for small clusters\n"
     "- Module 2 – Wednesday, 14 April 2027: Financing shared services\n",
     [("Module 1 – Strategy for small clusters 2027", dt.date(2027, 3, 10), dt.date(2027, 3, 10), None),
      ("Module 2 – Financing shared services 2027", dt.date(2027, 4, 14), dt.date(2027, 4, 14), None)]),
])
def test_event_calendar_cards_numbered_sessions_with_plain_titles(extract, text, expected):
    assert sorted((e.name, e.start_date, e.end_date, e.city) for e in extract(text).events
                  if e.rule == "pattern:event_calendar_card") == expected
