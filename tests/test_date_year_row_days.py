"""Year-less days in a row that opens with its year (``pattern:year_row_day``, ``multilingual:year_row_day:<language>``,
:mod:`pipeline.extract.date_row_years`): a series' past editions one a line, a table's rows, a timeline's rows. The
row's year is its days' year, and no date of its own. Sentences of our own."""
from __future__ import annotations

import pytest


def _dates(result):
    return [(d.text, d.start_date.isoformat(), d.end_date.isoformat(), d.rule) for d in result.dates]


@pytest.mark.parametrize("text, expected", [
    # a series page: year, town, days; the last row is followed by a dated sentence of another year
    ("Alpine Wood Days: the series so far\n\nThe sawmills of the valleys have met every second year since the "
     "network was founded.\n\nPast editions\n2031 – Bolzano, 5–6 May\n2033 – Trento, 19–20 April\n2035 – Belluno, 3 May\n\n"
     "The next edition takes place in Cortina on 14–15 May 2037.",
     [("5–6 May", "2031-05-05", "2031-05-06", "pattern:year_row_day"),
      ("19–20 April", "2033-04-19", "2033-04-20", "pattern:year_row_day"),
      ("3 May", "2035-05-03", "2035-05-03", "pattern:year_row_day"),
      ("14–15 May 2037", "2037-05-14", "2037-05-15", "pattern:day_range")]),
    # a Markdown list with the years in bold and a colon, the days in brackets, a range over two months
    ("Laser week – our history\n\n- **2030**: Kaunas (22–23 September)\n- **2032**: Klaipėda (7–8 October)\n"
     "- **2034**: Šiauliai (30 September – 1 October)\n",
     [("22–23 September", "2030-09-22", "2030-09-23", "pattern:year_row_day"),
      ("7–8 October", "2032-10-07", "2032-10-08", "pattern:year_row_day"),
      ("30 September – 1 October", "2034-09-30", "2034-10-01", "pattern:year_row_day")]),
    # a table: the year's cell, then the day's
    ("Archive of the seaweed forum\n\n| Year | Date | Host | Theme |\n|---|---|---|---|\n"
     "| 2027 | 14 March | Tartu | Harvesting rules |\n| 2029 | 2–3 April | Pärnu | Feed and food |\n",
     [("14 March", "2027-03-14", "2027-03-14", "pattern:year_row_day"),
      ("2–3 April", "2029-04-02", "2029-04-03", "pattern:year_row_day")]),
])
def test_year_row_gives_its_year_to_its_days(extract, text, expected):
    assert _dates(extract(text)) == expected


def test_year_row_days_in_another_language(extract):
    """The month names of the row's language (dateparser's), the row's year all the same."""
    text = ("Les Rencontres du bois de Cornouaille\n\nDepuis dix ans, les entreprises de la filière se retrouvent chaque "
            "printemps autour d'un thème choisi par les adhérents.\n\nÉditions précédentes :\n2029 – Quimper, 12 juin\n"
            "2031 – Lorient, 10 juin\n2033 – Concarneau, 15 juin\n")
    assert _dates(extract(text)) == [("12 juin", "2029-06-12", "2029-06-12", "multilingual:year_row_day:fr"),
                                     ("10 juin", "2031-06-10", "2031-06-10", "multilingual:year_row_day:fr"),
                                     ("15 juin", "2033-06-15", "2033-06-15", "multilingual:year_row_day:fr")]


@pytest.mark.parametrize("text, expected", [
    # a timeline: the day of a row is the row's; a row without a day keeps its year as a date
    ("Our history\n\n2028 – Founded on 14 May by nine firms of the valley.\n2030 – The cluster opens its lab in Rovereto.\n",
     [("14 May", "2028-05-14", "2028-05-14", "pattern:year_row_day"), ("2030", "2030-01-01", "2030-12-31", "pattern:year_row")]),
    # a row that states its year with its days has its own date, and its year at the start is a row's year
    ("Summits\n\n2031 – Bolzano, 5–6 May 2031\n2033 – Trento, 19–20 April 2033\n",
     [("2031", "2031-01-01", "2031-12-31", "pattern:year_row"), ("5–6 May 2031", "2031-05-05", "2031-05-06", "pattern:day_range"),
      ("2033", "2033-01-01", "2033-12-31", "pattern:year_row"), ("19–20 April 2033", "2033-04-19", "2033-04-20", "pattern:day_range")]),
    # a year alone on its line is no row: a PDF's wrapped line put it under its date
    ("Partner meetings\n• Kick-off meeting, Szczecin, 18–19 October\n2038\n• Second partner meeting, Klaipėda, 4–5 April\n2039\n",
     [("18–19 October\n2038", "2038-10-18", "2038-10-19", "pattern:day_range"),
      ("4–5 April\n2039", "2039-04-04", "2039-04-05", "pattern:day_range")]),
    # one line opening with a year is no list of rows: "2031" may be an amount; its day is read as any year-less day
    ("Posted on 2 March 2036\n\nVisitors\n2031 – counted at the gate on 5 May\n",
     [("2 March 2036", "2036-03-02", "2036-03-02", "pattern:day"), ("5 May", "2036-05-05", "2036-05-05", "pattern:yearless_day")]),
])
def test_year_row_days_only_in_rows_without_their_own_year(extract, text, expected):
    assert _dates(extract(text)) == expected
