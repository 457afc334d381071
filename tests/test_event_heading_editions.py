"""A series' editions given as headings that repeat one name with other years, each over a block that opens with
its date (``pattern:event_heading_edition``): pages of our own, in several languages."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
RULE = "pattern:event_heading_edition"

HACK = """# Harbour Hack

Harbour Hack gathers coders and ship owners every spring.

## Harbour Hack 2034 – "Green ships"

14–15 May 2034, Gdynia. Three hundred coders are expected.

## Harbour Hack 2033

9 June 2033, Gdańsk. The jury gave the first prize to a team from Tallinn.

## Harbour Hack 2032

Online, in October 2032, because the venue was closed.
"""

HOLZ = """# Holztage Allgäu

Die Holztage Allgäu bringen Sägewerke und Zimmereien zusammen.

### Holztage Allgäu 2031

12. März 2031, Kempten. Rund 400 Gäste besuchten die Hallen.

### Holztage Allgäu 2030

**16.–17. März 2030, Kempten**

Zum ersten Mal mit einer Messe für Lehrlinge.
"""

DREWNO = """<html><body><h1>Dni Drewna</h1>
<p>Spotkanie branży drzewnej regionu.</p>
<h2>Dni Drewna 2029</h2>
<p>03.06.2029, Zielona Góra. Pierwsza edycja.</p>
<h2>Dni Drewna 2030</h2>
<p>02.06.2030, Nowa Sól. Druga edycja, 180 osób.</p>
</body></html>"""


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date) for e in result.events if e.rule == RULE)


@pytest.mark.parametrize("name, text, expected", [
    ("hack.md", HACK, [("Harbour Hack 2032", D(2032, 10, 1), D(2032, 10, 31)), ("Harbour Hack 2033", D(2033, 6, 9), D(2033, 6, 9)),
                       ("Harbour Hack 2034", D(2034, 5, 14), D(2034, 5, 15))]),  # "pattern:event_heading_edition"
    ("holz.md", HOLZ, [("Holztage Allgäu 2030", D(2030, 3, 16), D(2030, 3, 17)),
                       ("Holztage Allgäu 2031", D(2031, 3, 12), D(2031, 3, 12))]),  # "pattern:event_heading_edition", a bold date line
    ("drewno.html", DREWNO, [("Dni Drewna 2029", D(2029, 6, 3), D(2029, 6, 3)),
                             ("Dni Drewna 2030", D(2030, 6, 2), D(2030, 6, 2))]),  # "pattern:event_heading_edition" in HTML
])
def test_editions_as_headings(extract_file, name, text, expected):
    assert _rows(extract_file(name, text)) == expected


@pytest.mark.parametrize("name, text", [
    # one heading of the name: no series
    ("one.md", "# Holztage Allgäu 2031\n\n12. März 2031, Kempten. Rund 400 Gäste.\n"),
    # headings that are months, over dated blocks: a calendar, not a series
    ("months.md", "## September 2034\n\n3 September 2034, board meeting.\n\n## October 2034\n\n8 October 2034, members' day.\n"),
    # quarters over dated blocks: no name
    ("quarters.md", "## Q1 2034\n\n3 January 2034: the new board met.\n\n## Q2 2034\n\n2 April 2034: members voted.\n"),
    # reports by year with no date opening the text under them
    ("reports.md", "## Annual Report 2033\n\nThe report shows growth.\n\n## Annual Report 2032\n\nThe report shows a loss.\n"),
])
def test_no_editions_without_the_shape(extract_file, name, text):
    assert _rows(extract_file(name, text)) == []
