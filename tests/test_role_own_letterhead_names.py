"""Finding the document's own organisation (role_own_org.py ``own_organisation``, role_own_publisher.py): a title or
byline that spells the name a mention elsewhere reads ("Appointments at Kestrel Offshore", "by the Kestrel Offshore
team"), a governance page that opens by saying what the organisation brings together, and a letterhead in
capitals with letters a plain fold does not strip ("GŁOGÓW METAL CLUSTER" … "the cluster") name the publisher, whose
own offices stated without an organisation are then held in it (family ``own-org``)."""
from __future__ import annotations

import pytest

CASES = [
    ("Board of Directors\n\nTallinn Data Cluster brings together 40 companies working on open data and e-services. "
     "The Board is elected for\nthree years.\n\nMari Tamm\nChair of the Board\n\nJaan Kask\nVice-Chair\n",
     {("Mari Tamm", "Chair of the Board", "Tallinn Data Cluster", "role:line:name-over-role+own-org"),
      ("Jaan Kask", "Vice-Chair", "Tallinn Data Cluster", "role:line:name-over-role+own-org")}),
    ("GŁOGÓW METAL CLUSTER (Klaster Metalowy)\nSTUDY TRIP REPORT – LYON, 3–5 MAY 2032\n\n"
     "Prepared by: Ida Nowak, project officer\n\nThe cluster took 14 members to Lyon. Głogów Metal Cluster covered the "
     "travel costs. Treasurer Olaf Dąbrowski joined\nthe group.\n",
     {("Ida Nowak", "project officer", "Głogów Metal Cluster", "role:apposition+own-org"),
      ("Olaf Dąbrowski", "Treasurer", "Głogów Metal Cluster", "role:role-before-name+own-org")}),
    ("Appointments at Kestrel Offshore: new chair for the board\n\nPosted on 4 May 2031 by the Kestrel Offshore team\n\n"
     "The supply network Kestrel Offshore, which links 60 companies in Lerwick, has a new board. Treasurer Ian Moar\n"
     "presented the accounts, and vice-chair Ruth Flett opened the meeting.\n",
     {("Ian Moar", "Treasurer", "Kestrel Offshore", "role:role-before-name+own-org"),
      ("Ruth Flett", "vice-chair", "Kestrel Offshore", "role:role-before-name+own-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_own_organisation_named_on_the_letterhead(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected


def test_venue_line_names_no_publisher(extract):
    # a venue after a one-word label is where the event takes place, not who writes the page
    text = ("Clusters and Regions Forum 2031\n\nVenue: Harbour Technical University, Aula Magna, Gdynia\n\n"
            "The forum at Harbour Technical University opens at 9:00. Chair Anna Wolska welcomes the guests.\n")
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert ("Anna Wolska", "Harbour Technical University") not in got


def test_name_inside_a_longer_name_names_no_publisher(extract):
    text = ("Island Economies Kestrel Offshore Conference 2031\n\nLerwick, 4 May 2031\n\n"
            "The supply network Kestrel Offshore, which links 60 companies in Lerwick, presented its study. Treasurer "
            "Ian Moar summed up the day.\n")
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert ("Ian Moar", "Kestrel Offshore") not in got
