"""Meetings listed by their number, one a line (``pattern:event_numbered_row``) or a table row
(``pattern:event_meeting_table_row``): texts of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.event_lexicon import ordinal_word

D = dt.date
R = "pattern:event_numbered_row"


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.city, e.rule) for e in result.events if e.rule == R)


@pytest.mark.parametrize("text, expected", [
    # coded rows under a heading with a meeting word: the code and its number, the row's date and town
    ("5. PROJECT MEETINGS\n\nTM1 Ghent (BE), 3–4 February 2031 – kick-off\nTM2 Poznań (PL), 9–10 June 2031\n"
     "TM3 Aarhus (DK), planned for March 2032\n\n6. BUDGET\n",
     [("TM1 2031", D(2031, 2, 3), "Ghent", "pattern:event_numbered_row"), ("TM2 2031", D(2031, 6, 9), "Poznań", "pattern:event_numbered_row"),
      ("TM3 2032", D(2032, 3, 1), "Aarhus", "pattern:event_numbered_row")]),
    # a code the text defines as a body's, a note in brackets, two numbers on one row (one year, two meetings)
    ("The Industry Advisory Board (IAB) advises the partners twice a year. Sessions foreseen:\n"
     "- IAB 1 (online): 14 October 2033\n- IAB 2 (in person): 11 April 2034, host site, Bilbao\n"
     "- IAB 3 and 4: 2035 (dates to be fixed)\n",
     [("IAB 1 2033", D(2033, 10, 14), None, "pattern:event_numbered_row"), ("IAB 2 2034", D(2034, 4, 11), "Bilbao", "pattern:event_numbered_row"),
      ("IAB 3 2035", D(2035, 1, 1), None, "pattern:event_numbered_row"), ("IAB 4 2035", D(2035, 1, 1), None, "pattern:event_numbered_row")]),
    # an ordinal and the meeting word, the date after a weekday, the town at the end of the row
    ("Upcoming dates\n\n21st meeting: Monday, 2 March 2037, 10:00, town hall, Graz.\n"
     "22nd meeting: Friday, 26 June 2037, 09:30, online.\n",
     [("21st meeting", D(2037, 3, 2), "Graz", "pattern:event_numbered_row"), ("22nd meeting", D(2037, 6, 26), None, "pattern:event_numbered_row")]),
])
def test_numbered_meeting_rows_one_meeting_a_line(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # work packages and deliverables: codes no meeting word or definition makes meetings
    "Work plan\n\nWP1 Coordination – from 1 March 2031\nWP2 Pilots – from 1 June 2031\n",
    # the days of one event's programme
    "Programme of the meeting\n\nDAY 1 – Tuesday, 4 May 2032\nDAY 2 – Wednesday, 5 May 2032\n",
    # one coded row alone is a label with its date, other rules'
    "Partner meetings\n\nTM4 Lyon (FR), 8 May 2033\n",
    # the code followed by more words is a title of its own
    "Next meetings\n\n- TM5 and final conference – Turin (Italy), 3–4 June 2034\n- TM6 and closing dinner – Riga, 9 June 2035\n",
])
def test_no_numbered_meeting_rows(extract, text):
    assert _rows(extract(text)) == []


@pytest.mark.parametrize("text, expected", [
    # an archive's ordinal rows with a series noun, a town and a day or a bare year; notes between the rows
    ("THE BALTIC TIMBER FORUM: ALL EDITIONS\n\n4th Forum - Pärnu, 14 May 2034\nHosted by the county for the first time.\n"
     "Keynote on modular schools and a site tour.\nA record 210 guests.\n\n3rd Forum - Tartu, 2033\n2nd Forum - Riga, 2032 (online)\n"
     "1st Forum - Kaunas, 2031\n",
     [("First Forum", D(2031, 1, 1), "Kaunas", R), ("Fourth Baltic Timber Forum", D(2034, 5, 14), "Pärnu", R),
      ("Second Forum", D(2032, 1, 1), "Riga", R), ("Third Forum", D(2033, 1, 1), "Tartu", R)]),
    # a series' name and its number after "No.": each row an edition, named as written
    ("Our member days since the start of the network\n\nMaker Day No. 3 – Ghent, 12 October 2033\nTwo workshops and a demo "
     "market.\nMaker Day No. 2 – Bruges, 2032\nMaker Day No. 1 – Ostend, 2031\n",
     [("Maker Day No. 1 2031", D(2031, 1, 1), None, R), ("Maker Day No. 2 2032", D(2032, 1, 1), "Bruges", R),
      ("Maker Day No. 3 2033", D(2033, 10, 12), "Ghent", R)]),
    # rows far apart, each the next number of the other: a summit's editions with their write-ups in between
    ("Summits so far\n\n12th Summit - Lyon, 3 March 2030\nThe summit opened with the minister.\nWorkshops on skills.\n"
     "Exhibition of 40 firms.\nDinner at the town hall.\n\n11th Summit - Grenoble, 2 March 2029\n",
     [("Eleventh Summit", D(2029, 3, 2), "Grenoble", R), ("Twelfth Summit", D(2030, 3, 3), "Lyon", R)]),
])
def test_edition_rows_of_a_series_archive(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # a title between the label and the date: the session's title names it, other rules'
    "Webinar archive\n\n5th Congress – Digital twins in the foundry, 4 May 2034\n6th Congress – Recycling aluminium, 9 November 2034\n",
    # one edition row alone, and two rows of numbers that do not follow each other far apart
    "Next edition\n\n7th Summit - Oulu, 2035\n",
    "History\n\n3rd Summit - Oulu, 2031\nThe first summit in the north.\nA record year.\nTwo ministers came.\nAnd the press.\n"
    "\n6th Summit - Turku, 2034\n",
])
def test_no_edition_rows(extract, text):
    assert _rows(extract(text)) == []


def test_ordinals_above_twelve_are_written_in_figures():
    assert ordinal_word(12) == "Twelfth" and ordinal_word(14) == "14th" and ordinal_word(20) == "20th"


def _table_rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.city, e.rule) for e in result.events if e.rule == "pattern:event_meeting_table_row")


# a Markdown table (one cell a block after ingest): the kick-off row's number is a word, another event
MD_STEERING = """# HYDROBALT – project page

## Steering meetings

| No. | Date | Place | Host |
|---|---|---|---|
| Kick-off | 3–4 March 2031 | Gdańsk | Pomeranian Energy Cluster |
| 2 | 14 October 2031 | Tampere | VTT |
| 3 | May 2032 | Kraków | AGH |
"""

# an HTML table with a "#" column and a row whose host cell names another event (a final conference)
HTML_PARTNER = """<html><body><h2>Partner meetings</h2>
<table>
<tr><th>#</th><th>When</th><th>Where</th><th>Host</th></tr>
<tr><td>1</td><td>9 February 2033</td><td>Ghent</td><td>Flanders Food Cluster</td></tr>
<tr><td>2</td><td>21 September 2033</td><td>Bilbao</td><td>Basque Food Cluster</td></tr>
<tr><td>3</td><td>6 June 2034</td><td>Lisbon</td><td>PortugalFoods (final conference)</td></tr>
</table></body></html>
"""


def test_numbered_rows_of_a_rendered_table_of_meetings(extract_file):
    assert _table_rows(extract_file("hydrobalt.md", MD_STEERING)) == [
        ("Steering meeting 2 2031", D(2031, 10, 14), "Tampere", "pattern:event_meeting_table_row"),
        ("Steering meeting 3 2032", D(2032, 5, 1), "Kraków", "pattern:event_meeting_table_row")]
    assert _table_rows(extract_file("partners.html", HTML_PARTNER)) == [
        ("Partner meeting 1 2033", D(2033, 2, 9), "Ghent", "pattern:event_meeting_table_row"),
        ("Partner meeting 2 2033", D(2033, 9, 21), "Bilbao", "pattern:event_meeting_table_row")]


def test_numbered_rows_of_a_plain_text_table_of_meetings(extract):
    text = ("4.3 Consortium meetings\n\n No. | Date | Place | Host\n 1 | 12 January 2034 | Vigo | CETMAR\n"
            " 2 | 30 June 2034 | Aveiro | UA\n 3 | February 2035 | Brest | Pôle Mer Bretagne\n\n5. Results\n")
    assert _table_rows(extract(text)) == [
        ("Consortium meeting 1 2034", D(2034, 1, 12), "Vigo", "pattern:event_meeting_table_row"),
        ("Consortium meeting 2 2034", D(2034, 6, 30), "Aveiro", "pattern:event_meeting_table_row"),
        ("Consortium meeting 3 2035", D(2035, 2, 1), "Brest", "pattern:event_meeting_table_row")]


@pytest.mark.parametrize("text", [
    # a table of actions with a number column: no meetings in the title
    "Actions\n\n No. | Action | Owner | Date\n 1 | Send the survey | AB | 3 May 2034\n 2 | Book the venue | CD | 9 May 2034\n",
    # a date column but neither a number column nor a title of meetings
    "Partners\n\n Date | Place | Host\n 12 January 2034 | Vigo | CETMAR\n 30 June 2034 | Aveiro | UA\n",
    # lines of days under a title that names no body's meetings ("Meetings" alone)
    "MEETINGS\nFriday 13 January 2034 – Vigo\nFriday 10 March 2034 – Aveiro\n",
])
def test_no_meeting_table_rows(extract, text):
    assert _table_rows(extract(text)) == []


@pytest.mark.parametrize("text, expected", [
    # a table without a number column under the meetings' plural and a year: one meeting a row, named by the singular
    ("Partner meetings 2034\n\n Date | Place | Host\n 12 January 2034 | Vigo | CETMAR\n 30 June 2034 | Aveiro | UA\n",
     [("Partner meeting (12 January) 2034", D(2034, 1, 12), "Vigo", "pattern:event_meeting_table_row"),
      ("Partner meeting (30 June) 2034", D(2034, 6, 30), "Aveiro", "pattern:event_meeting_table_row")]),
    # a title in capitals over lines that open with the weekday and the day; the town after a dash
    ("The steering group decides on the work plan and the budget.\n\nSTEERING GROUP MEETINGS 2038\n"
     "Thursday 12 February 2038 – Tartu\nThursday 14 May 2038 – Pärnu, hosted by the county government\n"
     "Thursday 8 October 2038 – Tallinn\n\nThe minutes are published on the project website.\n",
     [("Steering Group Meetings 2038", D(2038, 2, 12), "Tartu", "pattern:event_meeting_table_row"),
      ("Steering group meeting (14 May) 2038", D(2038, 5, 14), "Pärnu", "pattern:event_meeting_table_row"),
      ("Steering group meeting (8 October) 2038", D(2038, 10, 8), "Tallinn", "pattern:event_meeting_table_row")]),
    # a lead before the plural ("Calendar of"), list marks before the days
    ("Calendar of board meetings\n- 20 January 2039, Novi Sad\n- 17 March 2039, Subotica\n",
     [("Board meeting (17 March) 2039", D(2039, 3, 17), "Subotica", "pattern:event_meeting_table_row"),
      ("Board meeting (20 January) 2039", D(2039, 1, 20), "Novi Sad", "pattern:event_meeting_table_row")]),
])
def test_meetings_listed_under_their_plural(extract, text, expected):
    assert _table_rows(extract(text)) == expected
