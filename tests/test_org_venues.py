"""A building named by a venue word where an event takes place is a place, not an organisation
(pipeline/extract/org_venues.py); a centre someone works at, or one in running text without an event, stays."""
from __future__ import annotations

import pytest


def _orgs(result) -> set[str]:
    return {o.name for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    # beside its town on an event's date line, or alone with its town under it
    ("Events of the Moravian Energy Cluster\n"
     "2 February 2031 | Members' breakfast, Helsingborg, Vallgatan Business Centre.\n"
     "4 June 2031 · Debrecen, Tiszavirág Centre\n",
     {"Moravian Energy Cluster"}),
    ("Upcoming meetings of the Moravian Energy Cluster\n4 June 2031 · Brno, Vlněna Business Centre\n",
     {"Moravian Energy Cluster"}),
    ("Autumn agenda of the Emajõgi Wood Cluster\nWed 8 October 2031\nTartu, Emajõe Centre.\n", {"Emajõgi Wood Cluster"}),
    # after "at the" with a time of day or a verb of holding before it
    ("Programme of the Baltic Wood Forum\n09:30 Opening by the Latvian Wood Cluster\n"
     "19:30 Welcome reception at the Amber Solidarity Centre\n",
     {"Latvian Wood Cluster"}),
    ("The annual forum of the Creative Danube Network took place at the Youth Culture Centre in Novi Sad on 3 May "
     "2031.", {"Creative Danube Network"}),
])
def test_the_venue_of_an_event_is_no_organisation(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a centre someone works at; an innovation centre, even where something is held
    ("Dr Jane Doe, curator at the Baltic Maritime Centre, presented the results on 3 June 2031.",
     {"Baltic Maritime Centre"}),
    ("On 9 May 2031 we host a recycling roundtable at the Lahti Innovation Centre.", {"Lahti Innovation Centre"}),
    ("The Baltic Innovation Centre joined the Moravian Energy Cluster as a member in 2030.",
     {"Baltic Innovation Centre", "Moravian Energy Cluster"}),
    # on a venue line that says more than the town and the name: an organisation's premises
    ("Date: 12 May 2031, 10:00\nVenue: Brno, Moravian Innovation Centre (MIC premises), room 2\n",
     {"Moravian Innovation Centre"}),
    ("The new members are the Brno Technology Hub and the Estonian Design Centre.",
     {"Brno Technology Hub", "Estonian Design Centre"}),
])
def test_a_centre_without_an_event_stays_an_organisation(extract, text, expected):
    assert _orgs(extract(text)) == expected
