"""host_event_day: an event held on "the second day" / "Day 2" of a longer event the document dates takes that
day; day_opener_date: an undated event in a sentence opened by "In the evening", "The next day", "The evening
before" … takes the latest single day said before it in its paragraph, moved by the opener's days
(``data/event_day_openers.csv``), and so does one before such a phrase closing its clause (day_closer_date);
weekday_date: an event said with a bare weekday takes it inside the span stated above, or read from the document's
date after "last" / "next"; the date after "moved / postponed … from" is an old date, never the event's.
Sentences of our own; each test expects every event row of the text."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return sorted({(e.name, e.start_date, e.end_date) for e in result.events}, key=lambda r: r[0])


def _expect(*rows: tuple[str, str | None, str | None]) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return sorted(((n, dt.date.fromisoformat(a) if a else None, dt.date.fromisoformat(b) if b else None) for n, a, b in rows),
                  key=lambda r: r[0])


CASES = [
    ("The Adriatic Yacht Summit took place in Rijeka on 12–14 May 2027. On the afternoon of the second day, the "
     "regional chamber ran the Blue Supplier Matchmaking with 90 pre-booked meetings.",
     _expect(("Adriatic Yacht Summit 2027", "2027-05-12", "2027-05-14"), ("Blue Supplier Matchmaking 2027", "2027-05-13", "2027-05-13"))),
    ("Some 300 people came to the Moravian Wood Forum in Olomouc on 3 and 4 March 2027. The morning of the first day "
     "was given to the Young Carpenters Awards ceremony.",
     _expect(("Moravian Wood Forum 2027", "2027-03-03", "2027-03-04"), ("Young Carpenters Awards 2027", "2027-03-03", "2027-03-03"))),
    ("Programme of the Alpine Sensor Conference, 8–9 October 2026, Innsbruck\n\nDay 1: keynotes and parallel sessions\n"
     "Day 2: EEN B2B matchmaking with buyers from Bavaria; visit to the science park\n",
     _expect(("Alpine Sensor Conference 2026", "2026-10-08", "2026-10-09"),
             ("EEN B2B matchmaking 2026", "2026-10-09", "2026-10-09"))),
    ("The Alpine Dairy Days took place in Bolzano on 8–9 May 2027. On the first day, the governor handed over the "
     "trophies at the presentation of the Alpine Cheese Awards.",  # the ceremony named by its prize (pattern:event_award)
     _expect(("Alpine Dairy Days 2027", "2027-05-08", "2027-05-09"), ("Alpine Cheese Awards ceremony 2027", "2027-05-08", "2027-05-08"))),
    # "Day two", "day three": the day written as a number word
    ("The Baltic Ports Forum met in Gdynia on 5–6 June 2027. Day one opened with keynotes; day two brought a B2B "
     "matchmaking with 40 buyers.",
     _expect(("Baltic Ports Forum 2027", "2027-06-05", "2027-06-06"), ("B2B matchmaking 2027", "2027-06-06", "2027-06-06"))),
    ("The Alpine Wood Congress ran in Graz on 10–12 May 2027. Day three closed with the Young Joiners Awards ceremony "
     "in the town hall.",
     _expect(("Alpine Wood Congress 2027", "2027-05-10", "2027-05-12"), ("Young Joiners Awards 2027", "2027-05-12", "2027-05-12"))),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_side_event_takes_its_day_of_the_host(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("later", ["On the fourth day, members joined a B2B matchmaking in Gdańsk.",
                                   "Members also joined a B2B matchmaking in Gdańsk on the first day of the month.",
                                   "On the second day of the project, members joined a B2B matchmaking in Gdańsk."])
def test_day_outside_the_host_or_of_a_month_gives_no_date(extract, later):
    text = f"The Baltic Ports Forum met in Gdynia on 5–6 June 2027. {later}"
    assert _rows(extract(text)) == _expect(("Baltic Ports Forum 2027", "2027-06-05", "2027-06-06"), ("B2B matchmaking", None, None))


def test_event_named_as_a_topic_of_that_day_takes_no_date(extract):
    text = ("The Baltic Ports Forum met in Gdynia on 5–6 June 2027. On the second day, members agreed on the agenda of "
            "the Harbour Skills Workshop.")
    assert _rows(extract(text)) == _expect(("Baltic Ports Forum 2027", "2027-06-05", "2027-06-06"), ("Harbour Skills Workshop", None, None))


# host_event_day from the section's heading: "Day 2 – …" over the paragraph, the heading stating no date
HEADINGS = [
    ("Alpine Sensor Summit – Innsbruck, 8–9 October 2026: summary\n\nDay 1 – Keynotes\n\nSome 200 participants heard three keynotes.\n\n"
     "Day 2 – Site Visits and Matchmaking\n\nParticipants visited two plants and took part in a B2B matchmaking with regional suppliers.",
     _expect(("Alpine Sensor Summit 2026", "2026-10-08", "2026-10-09"), ("B2B matchmaking 2026", "2026-10-09", "2026-10-09"))),
    ("The Nordic Battery Forum took place in Skellefteå on 3–5 May 2027.\n\nDAY 3 – FROM LAB TO MARKET\n\n"
     "The programme closed with the Battery Start-up Awards ceremony in the town hall.",
     _expect(("Nordic Battery Forum 2027", "2027-05-03", "2027-05-05"), ("Battery Start-up Awards 2027", "2027-05-05", "2027-05-05"))),
    ("Programme of the Baltic Food Days, Riga, 12–13 June 2027\n\nDay 1: Policy\n\nThe ministers opened the event.\n\n"
     "Day 2: Business\n\nThe cluster ran the Baltic Buyers Breakfast with 40 buyers from Finland.",
     _expect(("Baltic Food Days 2027", "2027-06-12", "2027-06-13"), ("Baltic Buyers Breakfast 2027", "2027-06-13", "2027-06-13"))),
]


@pytest.mark.parametrize("text, expected", HEADINGS, ids=[f"heading{i}" for i in range(len(HEADINGS))])
def test_event_under_a_day_heading_takes_that_day_of_the_host(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_day_heading_past_the_host_dates_nothing(extract):
    text = ("The Nordic Battery Forum took place in Skellefteå on 3–4 May 2027.\n\nDAY 3 – EXCURSION\n\n"
            "The delegation joined the Arctic Mining Workshop in Kiruna.")
    assert _rows(extract(text)) == _expect(("Nordic Battery Forum 2027", "2027-05-03", "2027-05-04"), ("Arctic Mining Workshop", None, None))


def test_paragraph_that_says_its_day_is_not_read_from_the_heading_above(extract):
    # "Day 2 – Site visits" run into its paragraph is no heading: the paragraph's own day, not the first day, dates it
    text = ("Alpine Sensor Summit – Innsbruck, 16–17 October 2029: summary\n\nDay 1 – Policy Sessions\n\nThe ministers opened the "
            "summit.\nDay 2 – Site visits\nOn Wednesday 17 October participants visited a plant. In the afternoon, a B2B matchmaking "
            "session produced 90 meetings.")
    assert _rows(extract(text)) == _expect(("Alpine Sensor Summit 2029", "2029-10-16", "2029-10-17"), ("B2B matchmaking 2029", "2029-10-17", "2029-10-17"))


# day_opener_date
OPENERS = [
    ("day_opener_date", "The Nordic Timber Days opened in Lahti on 12 May 2027 with 300 guests. In the evening, the members attended the Timber Design Awards ceremony at the city hall.",
     _expect(("Nordic Timber Days 2027", "2027-05-12", "2027-05-12"), ("Timber Design Awards 2027", "2027-05-12", "2027-05-12"))),
    ("day_opener_date", "Day 2 (14 October 2026) – Visits to three sawmills near Kaunas. That evening the delegation joined the Kaunas Cluster Night.",
     _expect(("Kaunas Cluster Night 2026", "2026-10-14", "2026-10-14"))),
    ("day_opener_date", "On 23 September 2026 our members exhibited at the Packaging Expo in Lyon. The next day we joined a B2B matchmaking with French buyers.",
     _expect(("Packaging Expo 2026", "2026-09-23", "2026-09-23"), ("B2B matchmaking 2026", "2026-09-24", "2026-09-24"))),
    ("day_opener_date", "The Alpine Hydrogen Forum took place on 18 June 2027 in Bolzano. The evening before, the partners met at the Alpine Hydrogen Awards ceremony.",
     _expect(("Alpine Hydrogen Forum 2027", "2027-06-18", "2027-06-18"), ("Alpine Hydrogen Awards 2027", "2027-06-17", "2027-06-17"))),
    ("day_opener_date", "The Baltic Ports Forum met in Gdynia on 5 June 2027. Later that day the port authority hosted the Harbour Skills Workshop.",
     _expect(("Baltic Ports Forum 2027", "2027-06-05", "2027-06-05"), ("Harbour Skills Workshop 2027", "2027-06-05", "2027-06-05"))),
    # the day of a host event that an earlier event of the paragraph took ("the first day")
    ("day_opener_date", "The Adriatic Yacht Summit took place in Rijeka on 12–14 May 2027. On the afternoon of the first day, the chamber ran the "
     "Blue Supplier Matchmaking. In the evening, the Adriatic Yacht Award was presented in the harbour.",
     _expect(("Adriatic Yacht Summit 2027", "2027-05-12", "2027-05-14"), ("Blue Supplier Matchmaking 2027", "2027-05-12", "2027-05-12"),
             ("Adriatic Yacht Award ceremony 2027", "2027-05-12", "2027-05-12"))),
]


@pytest.mark.parametrize("rule, text, expected", OPENERS, ids=[f"opener{i}" for i in range(len(OPENERS))])
def test_event_after_a_day_opener_takes_the_day_said_before(extract, rule, text, expected):
    assert _rows(extract(text)) == expected


# day_closer_date: the same phrases closing the event's clause
CLOSERS = [
    ("The Nordic Food Forum was held in Aarhus on 5 and 6 May 2027. On 5 May the Chamber ran a buyers' matchmaking, and the "
     "Nordic Food Awards were presented at the forum dinner the same evening.",
     _expect(("Nordic Food Forum 2027", "2027-05-05", "2027-05-06"), ("Nordic Food Awards ceremony 2027", "2027-05-05", "2027-05-05"))),
    ("The partners will meet at the Port Logistics Conference on 14 October 2027 in Gdynia. The Baltic Ports General Assembly "
     "takes place on the same day in the morning.",
     _expect(("Port Logistics Conference 2027", "2027-10-14", "2027-10-14"), ("Baltic Ports General Assembly 2027", "2027-10-14", "2027-10-14"))),
    ("On 3 June 2026 the delegation visited the harbour of Rostock. It joined the Baltic Ferry Forum the following day.",
     _expect(("Baltic Ferry Forum 2026", "2026-06-04", "2026-06-04"))),
]


@pytest.mark.parametrize("text, expected", CLOSERS, ids=[f"closer{i}" for i in range(len(CLOSERS))])
def test_event_before_a_closing_day_phrase_takes_the_day_said_before(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_day_phrase_before_another_event_dates_nothing(extract):
    # "the day before the forum" is said of the forum, not a day said before; a new paragraph reads no day of the one above
    text = "The Baltic Ferry Forum opens on 3 June 2026. Members meet at the Cluster Breakfast the day before the forum."
    assert ("Cluster Breakfast", None, None) in _rows(extract(text))
    text = "The Baltic Ferry Forum opens on 3 June 2026.\n\nThe Cluster Breakfast takes place later that day."
    assert _rows(extract(text)) == _expect(("Baltic Ferry Forum 2026", "2026-06-03", "2026-06-03"), ("Cluster Breakfast", None, None))


def test_own_date_of_the_opener_sentence_wins(extract):
    text = ("The Alpine Hydrogen Forum took place on 18 June 2027 in Bolzano. The day before, on 3 June 2027, the partners held "
            "the Alpine Hydrogen Awards ceremony.")
    assert _rows(extract(text)) == _expect(("Alpine Hydrogen Forum 2027", "2027-06-18", "2027-06-18"),
                                           ("Alpine Hydrogen Awards 2027", "2027-06-03", "2027-06-03"))


def test_opener_in_a_new_paragraph_reads_no_day_of_the_one_before(extract):
    text = "The Adriatic Yacht Summit took place in Rijeka on 12 May 2027.\n\nIn the evening, the chamber opened the Blue Supplier Forum."
    assert _rows(extract(text)) == _expect(("Adriatic Yacht Summit 2027", "2027-05-12", "2027-05-12"), ("Blue Supplier Forum", None, None))
    # but a programme item's noun (a matchmaking, B2B meetings, a dinner) no date reaches is part of the one-day event
    # reported just before it (event_group_dates.items_on_event_day, since 2026-12-06)
    text = "The Adriatic Yacht Summit took place in Rijeka on 12 May 2027.\n\nIn the evening, the chamber ran the Blue Supplier Matchmaking."
    assert _rows(extract(text)) == _expect(("Adriatic Yacht Summit 2027", "2027-05-12", "2027-05-12"),
                                           ("Blue Supplier Matchmaking", "2027-05-12", "2027-05-12"))


# weekday_date: a bare weekday inside the span of days stated just above, else after "last" / "next" read from the
# document's own date (data/event_weekdays.csv)
WEEKDAYS = [
    # the weekday inside a span stated in a block above (9–11 March 2027: Tue–Thu)
    ("Styrian Wood Fair, Graz (9–11 March 2027)\n\nSix member companies shared the cluster stand. The Wood Pitch Night took "
     "place on Wednesday in the fair's main hall, with twelve start-ups.",
     _expect(("Styrian Wood Fair 2027", "2027-03-09", "2027-03-11"), ("Wood Pitch Night 2027", "2027-03-10", "2027-03-10"))),
    # in the same paragraph, a Friday of 12–14 November 2027 (Fri–Sun)
    ("Our members spent three days at the Hanover fair (12–14 November 2027). The Nordic Pavilion Reception took place on "
     "Friday evening at the stand.",
     _expect(("Hanover fair 2027", "2027-11-12", "2027-11-14"), ("Nordic Pavilion Reception 2027", "2027-11-12", "2027-11-12"))),
    # "last Thursday" read back from the dateline's day (Monday 15 March 2027)
    ("Graz, 15.03.2027 – More than 90 guests attended the Styrian Wood Day last Thursday at the university campus.",
     _expect(("Styrian Wood Day 2027", "2027-03-11", "2027-03-11"))),
    # "next Tuesday" read forward from it
    ("Graz, 15.03.2027 – The cluster invites its members to the Styrian Wood Breakfast next Tuesday at the cluster office.",
     _expect(("Styrian Wood Breakfast 2027", "2027-03-16", "2027-03-16"))),
    # German: "am vergangenen Donnerstag" before the name
    ("Jena, 15.03.2027 – Rund 90 Gäste kamen am vergangenen Donnerstag zum 4. Bayerischen Holzbautag an die Universität.",
     _expect(("4. Bayerischen Holzbautag 2027", "2027-03-11", "2027-03-11"))),
]


@pytest.mark.parametrize("text, expected", WEEKDAYS, ids=[f"weekday{i}" for i in range(len(WEEKDAYS))])
def test_event_takes_the_weekday_of_its_clause(extract, text, expected):
    assert _rows(extract(text)) == expected


WEEKDAYS_UNDATED = [
    # a span without that weekday (26–28 January 2027: Tue–Thu) dates nothing, whatever the document's date
    ("Hamburg, 2 February 2027 – Our members exhibited at the Hamburg Maritime Fair (26–28 January 2027). The Supplier Pitch "
     "Night was held there on Monday.",
     _expect(("Hamburg Maritime Fair 2027", "2027-01-26", "2027-01-28"), ("Supplier Pitch Night", None, None))),
    # a routine, not a day
    ("Save the date: our Cluster Breakfast takes place every Thursday in the cluster office.",
     _expect(("Cluster Breakfast", None, None))),
    # a bare weekday with neither a span nor a word pointing back or forward
    ("Members met at the Digital Twin Workshop on Thursday.", _expect(("Digital Twin Workshop", None, None))),
]


def test_stated_date_of_the_event_wins_over_its_weekday(extract):
    text = ("Riga, 12 October 2028 – The Baltic Wood Forum closed last Thursday in Riga after two days of debates. The forum was "
            "held on 4 and 5 October at the university.")
    assert _rows(extract(text)) == _expect(("Baltic Wood Forum 2028", "2028-10-04", "2028-10-05"))


@pytest.mark.parametrize("text, expected", WEEKDAYS_UNDATED, ids=[f"undated{i}" for i in range(len(WEEKDAYS_UNDATED))])
def test_weekday_without_a_span_or_a_direction_gives_no_date(extract, text, expected):
    assert _rows(extract(text)) == expected


# an old date: the date after "moved / postponed … from" (data/event_moved_words.txt) is not the event's
MOVED = [
    ("The Baltic Wood Forum is postponed from 12 March to 4–6 May 2027 because of the elections.",
     _expect(("Baltic Wood Forum 2027", "2027-05-04", "2027-05-06"))),
    ("The Danube Robotics Workshop was brought forward from October to 9 September 2027.",
     _expect(("Danube Robotics Workshop 2027", "2027-09-09", "2027-09-09"))),
    ("The study trip to Oslo is moved from April to 19–23 May 2032.",
     _expect(("Study trip to Oslo 2032", "2032-05-19", "2032-05-23"))),
    # the old date said alone dates nothing; the event keeps the date said with it
    ("The Cluster Coffee Talk took place on 28 January 2027. It had been postponed once, from 10 December, to wait for the guide.",
     _expect(("Cluster Coffee Talk 2027", "2027-01-28", "2027-01-28"))),
]


@pytest.mark.parametrize("text, expected", MOVED, ids=[f"moved{i}" for i in range(len(MOVED))])
def test_moved_event_takes_its_new_date(extract, text, expected):
    assert _rows(extract(text)) == expected
