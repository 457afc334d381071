"""Rule ``table_row_date``: an event in a table cell takes the date of its row's date column."""
from __future__ import annotations

import datetime as dt

import pytest


def _dates(result) -> dict[str, tuple]:
    return {e.name: (e.start_date, e.end_date) for e in result.events}


D = dt.date

# Markdown tables (one cell a line after ingest), the date column first, second or third
MD_DATE_FIRST = """# Our calendar

Members attend for free; partner events are listed for information.

| Date | Event | Venue |
|---|---|---|
| 3–4 March 2031 | Alpine Timber Forum | Innsbruck |
| 2031-04-09 | Styrian Cluster Conference 2031 | Graz |
| May 2031 (tbc) | Carinthian Wood Summit | Villach |
"""

MD_DATE_LAST = """## Milestones

| Step | When |
|---|---|
| Applications open | 02/09/2030 |
| Medtech Pitch Forum | Tuesday 16 September 2030, 11:00 |
| Demo Day at the Galway Health Summit | 21/10/2030 |
"""

MD_DATE_MIDDLE = """### Coming up

| Where | When | What |
|---|---|---|
| Tartu | 12–13 May 2031 | Baltic Packaging Forum and site visit |
| online | 2 June 2031 | Nordic Circular Economy Conference |
"""

TXT_PIPES = """Newsletter 4/2031

Upcoming dates of the network:

| Date | Event | Place |
|------|-------|-------|
| 8 October 2031 | Baltic Food Cluster Conference | Riga |
| 19 November 2031 | Smart Harbour Day | Klaipėda |

Contact us for details.
"""

HTML_TABLE = """<html><body><h1>Agenda of the network</h1>
<p>All dates of our working groups and partner events at a glance.</p>
<table>
<tr><th>Event</th><th>Date</th><th>Organiser</th></tr>
<tr><td>Danube Logistics Summit</td><td>14 January 2032</td><td>Port of Vukovar</td></tr>
<tr><td>Slavonian Agrifood Forum</td><td></td><td>Osijek Food Cluster</td></tr>
<tr><td>Adriatic Yacht Supplier Day</td><td>9–10 March 2032</td><td>Split Marine Cluster</td></tr>
</table></body></html>
"""


@pytest.mark.parametrize("text, fmt, expected", [
    (HTML_TABLE, "html", {"Danube Logistics Summit 2032": (D(2032, 1, 14), D(2032, 1, 14)),
                          "Slavonian Agrifood Forum": (None, None),  # its date cell is empty: not the next row's date
                          "Adriatic Yacht Supplier Day 2032": (D(2032, 3, 9), D(2032, 3, 10))}),
    (MD_DATE_FIRST, "md", {"Alpine Timber Forum 2031": (D(2031, 3, 3), D(2031, 3, 4)),
                           "Styrian Cluster Conference 2031": (D(2031, 4, 9), D(2031, 4, 9)),
                           "Carinthian Wood Summit 2031": (D(2031, 5, 1), D(2031, 5, 31))}),
    (MD_DATE_LAST, "md", {"Medtech Pitch Forum 2030": (D(2030, 9, 16), D(2030, 9, 16)),
                          "Demo Day 2030": (D(2030, 10, 21), D(2030, 10, 21)),
                          "Galway Health Summit 2030": (D(2030, 10, 21), D(2030, 10, 21))}),
    (MD_DATE_MIDDLE, "md", {"Baltic Packaging Forum 2031": (D(2031, 5, 12), D(2031, 5, 13)),
                            "Nordic Circular Economy Conference 2031": (D(2031, 6, 2), D(2031, 6, 2))}),
    (TXT_PIPES, "txt", {"Baltic Food Cluster Conference 2031": (D(2031, 10, 8), D(2031, 10, 8)),
                        "Smart Harbour Day 2031": (D(2031, 11, 19), D(2031, 11, 19))}),
])
def test_table_row_date_dates_each_event_by_its_rows_date_cell(extract_file, text, fmt, expected):
    assert _dates(extract_file(f"page.{fmt}", text)) == expected



# Headerless calendar tables (a newsletter's "Coming up" box): rows read by their shape
HTML_NO_HEADER_DATE_PLACE_EVENT = """<html><body><h1>Network news</h1>
<p>Our members met twice this autumn and agreed on a common training offer.</p>
<h2>Next dates</h2>
<table>
<tr><td>12.02.2033</td><td>Graz</td><td>Styrian Hydrogen Forum</td></tr>
<tr><td>03.–04.03.2033</td><td>online</td><td>Webinar: Funding for pilot plants</td></tr>
<tr><td>17.04.2033</td><td>Linz</td><td>Upper Austrian Cluster Night</td></tr>
</table>
</body></html>
"""

HTML_NO_HEADER_DATE_EVENT = """<html><body><h1>Bulletin No. 7</h1>
<p>Three new companies joined the network this month.</p>
<h2>Agenda</h2>
<table>
<tr><td><strong>Tue 8 May 2029</strong></td><td>Nordic Packaging Summit, Malmö</td></tr>
<tr><td><strong>21–22 June 2029</strong></td><td>Baltic Design Week, Gdynia</td></tr>
<tr><td><strong>September 2029 (tbc)</strong></td><td>Aarhus Offshore Conference</td></tr>
</table>
<p>Baltic Design Network · Gdynia</p>
</body></html>
"""

HTML_NO_HEADER_EVENT_DATE = """<html><body><h1>Calendar</h1>
<table>
<tr><td>Carpathian Wood Conference</td><td>5 October 2031</td></tr>
<tr><td>Timber Construction Day</td><td>19 November 2031</td></tr>
</table>
</body></html>
"""


@pytest.mark.parametrize("text, expected", [
    (HTML_NO_HEADER_DATE_PLACE_EVENT, {"Styrian Hydrogen Forum 2033": (D(2033, 2, 12), D(2033, 2, 12)),
                                       "Webinar: Funding for pilot plants 2033": (D(2033, 3, 3), D(2033, 3, 4)),
                                       "Upper Austrian Cluster Night 2033": (D(2033, 4, 17), D(2033, 4, 17))}),
    (HTML_NO_HEADER_DATE_EVENT, {"Nordic Packaging Summit 2029": (D(2029, 5, 8), D(2029, 5, 8)),
                                 "Baltic Design Week 2029": (D(2029, 6, 21), D(2029, 6, 22)),
                                 "Aarhus Offshore Conference 2029": (D(2029, 9, 1), D(2029, 9, 30))}),
    (HTML_NO_HEADER_EVENT_DATE, {"Carpathian Wood Conference 2031": (D(2031, 10, 5), D(2031, 10, 5)),
                                 "Timber Construction Day 2031": (D(2031, 11, 19), D(2031, 11, 19))}),
])
def test_headerless_table_dates_each_event_by_its_own_row(extract_file, text, expected):
    """Not the next row's date that follows the event's cell, nor the name's year."""
    assert _dates(extract_file("page.html", text)) == expected
