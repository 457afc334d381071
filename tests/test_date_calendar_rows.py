"""Calendar rows under a month heading: the year-less day opening each row (``pattern:calendar_row_day``,
:mod:`pipeline.extract.date_calendar_rows`), and the events of such rows (``pattern:event_row`` with a holder's
cell and a legend's status marks, :mod:`pipeline.extract.event_row_cells`). Calendars of our own."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result):
    return [(d.text, d.start_date.isoformat(), d.end_date.isoformat()) for d in result.dates if d.rule == "pattern:calendar_row_day"]


@pytest.mark.parametrize("text, expected", [
    # the weekday after the day, a span of days without one
    ("Activity calendar 2031\n\nMARCH\n4 Tue   Board meeting, Bilbao\n20–21   Joint stand at the packaging fair, Lyon\n",
     [("4 Tue", "2031-03-04", "2031-03-04"), ("20–21", "2031-03-20", "2031-03-21")]),
    # the weekday before the day, other languages' short forms
    ("Terminkalender 2029\n\nOCTOBER\nDo 11 – Stammtisch der Mechatronik\nDi 16 – Exkursion zum Hafen\n",
     [("Do 11", "2029-10-11", "2029-10-11"), ("Di 16", "2029-10-16", "2029-10-16")]),
    # the weekday in brackets
    ("Network calendar 2030\n\nJUNE\n7 (Fri)  Summer meeting of the members, Graz\n",
     [("7 (Fri)", "2030-06-07", "2030-06-07")]),
])
def test_calendar_row_day_under_month_heading(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # a weekday that is not that day's in the calendar's year: not this calendar's day
    "Activity calendar 2031\n\nMARCH\n4 Fri   Board meeting, Bilbao\n",
    # clock times, counts and one-space numbers under a month heading are no days
    "Activity calendar 2031\n\nMAY\n10:00 – Opening of the fair\n3 new members joined the network\n12 Partners signed\n",
    # a day without a month heading above it
    "Activity calendar 2031\n\n4 Tue   Board meeting, Bilbao\n",
])
def test_calendar_row_day_needs_heading_shape_and_weekday(extract, text):
    assert _rows(extract(text)) == []


def _events(extract, text):
    return sorted((e.name, e.start_date.isoformat() if e.start_date else None) for e in extract(text).events)


@pytest.mark.parametrize("text, expected", [
    # the holder's cell before the title; a title that is only a keyword is the holder's
    ("Joint calendar 2031\n\nAPRIL\n3 Thu   ACME – Open day at the foundry, Vigo\n17 Thu   ACME – General assembly, Vigo\n",
     [("ACME General assembly 2031", "2031-04-17"), ("Open day at the foundry 2031", "2031-04-03")]),
    # a legend's mark: the cancelled row names no event, its day stays a date
    ("Joint calendar 2031\n\nAPRIL\n3 Thu   Regional Robotics Day, Linz\n10 Thu   [X] Study trip to Brno – cancelled\n",
     [("Regional Robotics Day 2031", "2031-04-03")]),
    # one meeting's name on two rows of different days: two meetings
    ("Joint calendar 2031\n\nMAY\n6 Tue   Steering committee meeting, Porto\n20 Tue   Steering committee meeting (online)\n",
     [("Steering committee meeting (20 May) 2031", "2031-05-20"), ("Steering committee meeting (6 May) 2031", "2031-05-06")]),
])
def test_calendar_rows_events(extract, text, expected):
    assert _events(extract, text) == expected


def _months(result):
    return [(d.text, d.start_date.isoformat()) for d in result.dates if d.rule == "pattern:month_heading"]


@pytest.mark.parametrize("text, expected", [
    # two columns of a printed calendar: the headings share a line, or a line with the other column's row
    ("EVENTS 2035\n\nMARCH\n4 Mar Board meeting\n\nAPRIL OCTOBER\n9 Apr Webinar on tariffs 7 Oct Wine fair\n",
     [("MARCH", "2035-03-01"), ("APRIL", "2035-04-01"), ("OCTOBER", "2035-10-01")]),
    ("Events calendar 2036\n\nJUNE\n3 Jun Summer party for sea- DECEMBER\n members, Split 9 Dec Christmas lunch\n",
     [("JUNE", "2036-06-01"), ("DECEMBER", "2036-12-01")]),
    ("Events calendar 2037\n\nFEBRUARY\nMAY Joint stand at the boat fair,\n12 Feb Kick-off meeting 20 May Boat fair\n",
     [("FEBRUARY", "2037-02-01"), ("MAY", "2037-05-01")]),
])
def test_month_heading_sharing_its_line_with_another_column(extract, text, expected):
    assert _months(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # no month heads a line of its own in capitals: a capitals month at a line's end is no heading
    "Notes of the board 2035\n\nWe meet again in the autumn, before the fair in OCTOBER\n",
    "Fair report 2035\nMARCH Newsletter of the cluster\n",
])
def test_month_in_capitals_without_calendar_headings_is_no_heading(extract, text):
    assert _months(extract(text)) == []


@pytest.mark.parametrize("text, expected", [
    # the name right after the date opening its line is that row's, not the next column's date
    ("EVENTS 2035\n\nJANUARY JULY\n16 Jan Members' New Year Meeting 8-10 Jul Summer School on Hydrogen\n",
     ("Members' New Year Meeting 2035", "2035-01-16")),
    ("Dates 2036\n\n4 March 2036 Regional Robotics Day 12 May 2036 Hydrogen Forum\n",
     ("Regional Robotics Day 2036", "2036-03-04")),
    ("Programme 2037\n\n19 Jun Packaging Summit, Lyon 21 Sep Wine Business Forum, Bordeaux\n",
     ("Packaging Summit 2037", "2037-06-19")),
])
def test_row_name_right_after_its_date(extract, text, expected):
    events = {(e.name, e.start_date.isoformat() if e.start_date else None) for e in extract(text).events}
    assert expected in events


@pytest.mark.parametrize("text, expected", [
    # a month's page of a calendar: its year-less days are of that month's year, not of a dated look back
    ("Events calendar\n\nShowing 4 events in March 2036 · Subscribe\n\nWed 19 Mar\n\nBoard meeting\n\n"
     "Looking back: Hydrogen Days (19–20 March 2035).\n", ("19 Mar", "2036-03-19")),
    ("Events – October 2034\n\nLast year's open day was held on 10 October 2033.\n\nTue 10 Oct\n\nOpen day at the test lab\n",
     ("10 Oct", "2034-10-10")),
    ("Upcoming events in June 2037\n\n5 Jun\n\nSummer meeting\n\nThe 2036 meeting was held on 5–6 June 2036.\n",
     ("5 Jun", "2037-06-05")),
])
def test_month_page_of_a_calendar_gives_its_year(extract, text, expected):
    assert expected in [(d.text, d.start_date.isoformat()) for d in extract(text).dates if d.start_date]


def test_two_months_of_one_heading_are_no_columns(extract):
    text = "Events calendar 2035\n\nJUNE\n5 Jun Timber forum, Leoben\n\nJULY / AUGUST\n\nSummer break.\n\nSEPTEMBER\n16 Sep Study trip\n"
    assert _months(extract(text)) == [("JUNE", "2035-06-01"), ("SEPTEMBER", "2035-09-01")]


@pytest.mark.parametrize("text, expected", [
    ("Events calendar 2032\n\nSEPTEMBER\n17 Fri   Hackathon on village data, Isernia, 24 hours (17–18 September)\n"
     "24 Fri   Network meeting, Termoli\n", ("Hackathon on village data 2032", "2032-09-17", "2032-09-18")),
    ("Dates 2034\n\n- 4 May 2034 | Study trip to Bavaria, three days: 4–6 May 2034\n- 20 May 2034 | Members' Day, Graz\n",
     ("Study trip to Bavaria 2034", "2034-05-04", "2034-05-06")),
    ("Our calendar 2033\n\n3 June 2033 – Baltic Wood Fair, Riga (3–5 June 2033)\n9 June 2033 – Board meeting, Tartu\n",
     ("Baltic Wood Fair 2033", "2033-06-03", "2033-06-05")),
])
def test_row_day_opening_a_span_its_line_states(extract, text, expected):
    events = {(e.name, e.start_date.isoformat() if e.start_date else None, e.end_date.isoformat() if e.end_date else None)
              for e in extract(text).events}
    assert expected in events


@pytest.mark.parametrize("text, expected", [
    # a weekday before each day of a span; a row whose title stands on the next line
    ("Meetings calendar 2031\n\nMARCH\nMon 3–Wed 5\nSpring school on battery recycling\nonline\n",
     [("Mon 3–Wed 5", "2031-03-03", "2031-03-05")]),
    ("Network events 2031\n\nMAY\nTue 13 – Wed 14   Joint stand at the packaging fair, Porto\n",
     [("Tue 13 – Wed 14", "2031-05-13", "2031-05-14")]),
    ("Calendar of events 2031\n\nSEPTEMBER\nMon 22–Fri 26\nDelegation to Chile\nmission\n\nNOVEMBER\nWed 19\nBoard meeting\n",
     [("Mon 22–Fri 26", "2031-09-22", "2031-09-26"), ("Wed 19", "2031-11-19", "2031-11-19")]),
])
def test_calendar_row_weekday_span_and_title_below(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a table's row opening with its month's name, or with its start where a narrow column broke the name
    ("Events calendar 2032\n\nMay\nTue 25\nKick-off meeting\nJune Wed 2\nWebinar on export credit\n\nOctober Wed 6–Thu 7 Wine "
     "tourism days, Tokaj\n",
     [("Tue 25", "2032-05-25", "2032-05-25"), ("Wed 2", "2032-06-02", "2032-06-02"), ("Wed 6–Thu 7", "2032-10-06", "2032-10-07")]),
    ("Events calendar 2032\n\nJune\nTue 8\nSteering group\n\nOctob Wed 13\ner\nStudy visit to Kosice\n",
     [("Tue 8", "2032-06-08", "2032-06-08"), ("Wed 13", "2032-10-13", "2032-10-13")]),
    # a weekday that is not that day's in the calendar's year: no day, and the month name alone changes nothing
    ("Events calendar 2032\n\nJune\nTue 9\nSteering group\nMeeting Wed 9 in the hall\n",
     []),
])
def test_calendar_row_after_its_month_name(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # day and month numbers after a two-letter weekday, under a month heading with its year
    ("CALENDAR · AUTUMN 2029\n\nSEPTEMBER 2029\nTu 18.09    Members' breakfast, Tartu\nWe 19.09    Webinar on grants\n",
     [("Tu 18.09", "2029-09-18", "2029-09-18"), ("We 19.09", "2029-09-19", "2029-09-19")]),
    # a span whose last day opens the next line (a table's cell broken in two); a note after the heading
    ("Calendar of events 2030\n\nAPRIL 2030 (continued)\nWe 24.04–   Baltic Food Days, Riga\nFr 26.04    hosted by the food cluster\n",
     [("We 24.04", "2030-04-24", "2030-04-26")]),
    # a month number that is not the heading's, or no weekday before the numbers: no row of the calendar
    ("Calendar of events 2030\n\nAPRIL 2030\nWe 24.05    Board meeting\n3.5   Budget of the work package\n",
     []),
])
def test_calendar_row_numeric_day_under_month_with_year(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the calendar's title before its notes after " · " gives the year, not the issue date's year
    ("Events calendar 2030 · version 3 · issued 14 November 2029\n\nFebruary\nTue 12\nWinter school\n\nThe office closes 3–20 July.\n",
     [("14 November 2029", "2029-11-14"), ("Tue 12", "2030-02-12"), ("3–20 July", "2030-07-03")]),
    ("Programme 2030 · draft · as of 2 October 2029\n\nThe summer break runs 1–21 August; the kick-off is on 9 September.\n",
     [("2 October 2029", "2029-10-02"), ("1–21 August", "2030-08-01"), ("9 September", "2030-09-09")]),
    # a line of links names no calendar
    ("Home · News · Events calendar 2030 · Contact\n\nPublished 10 October 2029. The fair runs 5–7 November.\n",
     [("10 October 2029", "2029-10-10"), ("5–7 November", "2029-11-05")]),
])
def test_calendar_title_year_before_its_notes(extract, text, expected):
    assert [(d.text, d.start_date.isoformat()) for d in extract(text).dates if d.precision == "day"] == expected


@pytest.mark.parametrize("text, expected", [
    # the event on the line below its row's day, or after its row's month name
    ("Meetings calendar 2031\n\nMARCH\nMon 3–Wed 5\nNordic Battery Recycling Conference 2031\nonline\n",
     [("Nordic Battery Recycling Conference 2031", "2031-03-03", "2031-03-05")]),
    ("Events calendar 2032\n\nSeptember\nThu 30  Board meeting\nOctober Wed 6–Thu 7 Wine Tourism Days, Tokaj\n",
     [("Wine Tourism Days 2032", "2032-10-06", "2032-10-07")]),
    ("Calendar of events 2030\n\nAPRIL 2030\nWe 24.04–   Baltic Food Days 2030, Riga\nFr 26.04    hosted by the food cluster\n",
     [("Baltic Food Days 2030", "2030-04-24", "2030-04-26")]),
    # the title below a row that opens with its month's name
    ("Events calendar 2032\n\nSeptember\nThu 30\nmembers only\n\nOctober Wed 6–Thu 7\nBaltic Wine Tourism Conference, Tokaj\n",
     [("Baltic Wine Tourism Conference 2032", "2032-10-06", "2032-10-07")]),
])
def test_calendar_table_row_dates_its_event(extract, text, expected):
    assert [(e.name, e.start_date.isoformat(), e.end_date.isoformat()) for e in extract(text).events if e.start_date] == expected


def _spans(result):
    return [(d.text, d.start_date.isoformat(), d.end_date.isoformat()) for d in result.dates if d.rule == "pattern:month_span_heading"]


@pytest.mark.parametrize("text, expected", [
    # a span over the year's end runs into the next year
    ("Events calendar 2030\n\nNOVEMBER – FEBRUARY\nThe winter series of webinars.\n", [("NOVEMBER – FEBRUARY", "2030-11-01", "2031-02-28")]),
    ("Events calendar 2030\n\n**July - September**\nSummer break of the office.\n", [("July - September", "2030-07-01", "2030-09-30")]),
    # a month range in a sentence, or with its year, is no heading of this rule
    ("Events calendar 2030\n\nThe office is closed July – August.\nJULY – AUGUST 2030\n", []),
])
def test_month_span_heading(extract, text, expected):
    assert _spans(extract(text)) == expected
