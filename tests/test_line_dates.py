"""Which date an event takes from its line: a calendar row's own date, an agenda line's day heading."""
from __future__ import annotations

import datetime as dt

import pytest


def _dates(result) -> dict[str, tuple]:
    return {e.name: (e.start_date, e.end_date) for e in result.events}


@pytest.mark.parametrize("text, name, expected", [
    ("CALENDAR\n\n14.10.2026 | Hydrogen Valley Forum | Graz | H2 Styria\n"
     "02–03.12.2026 | Food Tech Days | Ljubljana | Agrifood Slovenia\n",
     "Hydrogen Valley Forum", (dt.date(2026, 10, 14), dt.date(2026, 10, 14))),
    ("What's on\n\n- 5 May 2025 – Cluster Camp Oulu, Finland\n- 9 June 2025 – Nordic Robotics Summit, Odense\n",
     "Cluster Camp Oulu", (dt.date(2025, 5, 5), dt.date(2025, 5, 5))),
    ("Upcoming\n\n03/02/2027\tBattery Supplier Conference\tKatowice\n17/03/2027\tSmart Farming Expo\tPoznań\n",
     "Battery Supplier Conference", (dt.date(2027, 2, 3), dt.date(2027, 2, 3))),
    # a weekday before the row's date, e-mail quote marks before the row: the next row's date is not this one's
    ("Events\n\nThursday 9 November 2028 – Wood Innovation Forum, Brno\n14.12.2028 – Christmas Members' Breakfast, Zlín\n",
     "Wood Innovation Forum", (dt.date(2028, 11, 9), dt.date(2028, 11, 9))),
    ("> Our autumn dates:\n>> Wed 4 October 2028 · Timber Supplier Day, Kaunas\n>> 18.10.2028 · Amber Robotics Forum, Vilnius\n",
     "Timber Supplier Day", (dt.date(2028, 10, 4), dt.date(2028, 10, 4))),
    ("CALENDAR 2028\n\n1. Tuesday, 7 March 2028: Cluster Energy Breakfast, Linz\n2. 2.5.2028: Alpine Sensor Forum, Graz\n",
     "Cluster Energy Breakfast", (dt.date(2028, 3, 7), dt.date(2028, 3, 7))),
    # a timed row: the date, a clock time, then the title without a column mark; not the next row's date
    ("Timetable of the mentor camp, published 1 February 2027\n\n"
     "Thu 4.3. 10:00–11:00 Online onboarding webinar for mentors\nFri 12.3. 09:00 Doors open\n",
     "Online onboarding webinar", (dt.date(2027, 3, 4), dt.date(2027, 3, 4))),
    ("Dates 2026\n\n14 October 2026 18:30 Regional Wine Cluster Night at the castle\n"
     "2 December 2026 10:00 Members' Christmas Breakfast\n",
     "Regional Wine Cluster Night", (dt.date(2026, 10, 14), dt.date(2026, 10, 14))),
    ("Schedule\n\nTuesday 9 June 2026, 14:00 Smart Farming Demo Day on the test field\nWednesday 10 June 2026, 09:00 Closing\n",
     "Smart Farming Demo Day", (dt.date(2026, 6, 9), dt.date(2026, 6, 9))),
])
def test_line_dates_calendar_row_takes_its_own_date(extract, text, name, expected):
    dates = _dates(extract(text))
    assert any(n.startswith(name) and d == expected for n, d in dates.items()), dates


@pytest.mark.parametrize("text, name, expected", [
    ("PROGRAMME\n\nTUESDAY 12 MAY 2026\n\n09:00 – Opening plenary\n12:30 Lunch\n18:00 – Regional Cluster Award "
     "ceremony, city hall\n\nWEDNESDAY 13 MAY 2026\n\n10:00 – Plenary on skills\n",
     "Regional Cluster Award ceremony", dt.date(2026, 5, 12)),
    ("Programme of the Harbour Days 2025, 2–3 October 2025\n\nDay 2 – Friday, 3 October 2025\n\n"
     "09.30  Welcome coffee\n11.00  Harbour Innovation Award ceremony in the main hall\n",
     "Harbour Innovation Award ceremony", dt.date(2025, 10, 3)),
    ("AGENDA\n\nMonday 7 September 2026\n\n10:00-12:00 Working groups\n14:00-17:00 EEN B2B matchmaking on "
     "marine robotics (pre-booked meetings)\n",
     "EEN B2B matchmaking", dt.date(2026, 9, 7)),
])
def test_line_dates_agenda_line_takes_its_day_heading(extract, text, name, expected):
    dates = _dates(extract(text))
    assert any(n.startswith(name) and d[0] == expected for n, d in dates.items()), dates


def test_line_dates_timed_line_without_day_heading_stays_undated(extract):
    text = ("Registration opens 1 March 2026 at 09:00 for all members.\n\n18:00 – Annual Cluster Award ceremony "
            "in the town hall\n")
    dates = _dates(extract(text))
    assert all(d == (None, None) for n, d in dates.items() if n.startswith("Annual Cluster Award")), dates


@pytest.mark.parametrize("text, name, expected", [
    ("ANNUAL REPORT 2025\n\nTHE YEAR IN REVIEW\nFebruary – Launch of a label.\n"
     "September – Boat Show Days, 12 and 13 September 2025 in Split: 1,900 visitors.\n",
     "Boat Show Days", (dt.date(2025, 9, 12), dt.date(2025, 9, 13))),
    ("ANNUAL REPORT 2024\n\nMay – Regional Food Forum in Ghent on 14 May, with 200 guests.\n",
     "Regional Food Forum", (dt.date(2024, 5, 14), dt.date(2024, 5, 14))),
    ("Calendar\n\nMarch 2026 – Cluster Camp Tartu\nApril 2026 – Supplier Forum Riga\n",
     "Cluster Camp Tartu", (dt.date(2026, 3, 1), dt.date(2026, 3, 31))),  # a month row with no finer day keeps its month
    # the day of the row's month after another event in brackets, or across the row's line break
    ("ANNUAL REPORT 2025\n\nOctober – Study trip to Bavaria with the regional chamber (Automotive Supplier Forum, 14–15 October).\n",
     "Study trip to Bavaria", (dt.date(2025, 10, 14), dt.date(2025, 10, 15))),
    ("ANNUAL REPORT 2026\n\nNovember – Trade mission with the chamber to Lisbon (Web Summit Expo, 4–7 November).\n",
     "Trade mission with the chamber to Lisbon", (dt.date(2026, 11, 4), dt.date(2026, 11, 7))),
    ("ANNUAL REPORT 2026\n\nMarch – Kick-off meeting of the HOLZNET project with two Austrian clusters and the\n"
     "regional agency (Klagenfurt, 18 March 2026).\n",
     "Kick-off meeting of the HOLZNET project", (dt.date(2026, 3, 18), dt.date(2026, 3, 18))),
    # not past a ";": the day of another clause
    ("ANNUAL REPORT 2026\n\nMay – Study trip to the Ruhr was cancelled; instead we hosted a delegation from Silesia on 21 May.\n",
     "Study trip to the Ruhr", (dt.date(2026, 5, 1), dt.date(2026, 5, 31))),
])
def test_line_dates_highlight_month_gives_way_to_the_day_on_its_row(extract, text, name, expected):
    dates = _dates(extract(text))
    assert any(n.startswith(name) and d == expected for n, d in dates.items()), dates



@pytest.mark.parametrize("text, name, expected", [
    # a programme that writes each day once, before its first time: the later timed lines are of that day
    ("Programme of the hackathon, as of 1 March 2027\n\nSat 20.3. 10:00 Hacking starts\n 18:00 Dinner\n"
     "Sun 21.3. 11:00 Final pitches\n 14:30 Award ceremony\n 15:00 End\n",
     "Award ceremony", dt.date(2027, 3, 21)),
    ("Agenda\n\nMonday 5 October 2026 09:00 Registration\n11:00 Plenary\n15:00 B2B matchmaking with buyers from Norway\n",
     "B2B matchmaking", dt.date(2026, 10, 5)),
    ("Programme\n\nThursday, 11 March 2027 – 13:00 Welcome lunch\n14:00 Site visit\n19:30 Gala dinner and Wood Design Award ceremony\n",
     "Wood Design Award ceremony", dt.date(2027, 3, 11)),
])
def test_line_dates_day_written_once_heads_its_timed_lines(extract, text, name, expected):
    dates = _dates(extract(text))
    assert any(n.startswith(name) and d[0] == expected for n, d in dates.items()), dates
