"""Where an event's name ends and which date is its own: classes of phrasings found wrong by an audit,
each shown by sentences of our own with the exact rows expected."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # a deadline after the name ("before", "until", "by", "till"): the date is no part of the
    # name, nor the event's own date (it says by when to register)
    ("Register for the Alpine Wood Days before 1 March 2025.",
     [("Alpine Wood Days", None, None, None)]),
    ("Registration is open for the Baltic Bioeconomy Days until 12 May 2026, and places are limited.",
     [("Baltic Bioeconomy Days", None, None, None)]),
    ("Save the date for Robotics Meets Regions by November 2025!",
     [("Robotics Meets Regions", None, None, None)]),
    ("Registrations are open for the Nordic Battery Summit till 15 April 2026.",
     [("Nordic Battery Summit", None, None, None)]),
    # "on" and "from" still give the event its date
    ("Join us for the Hydrogen Valleys Summit on 3 June 2025 in Graz.",
     [("Hydrogen Valleys Summit 2025", D(2025, 6, 3), D(2025, 6, 3), "Graz")]),
])
def test_event_trigger_name_ends_before_a_date_lead(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected_events, expected_org", [
    # an employer after a role ("<role> at X Lab"): an organisation, not a workshop
    ("Dr Anna Berg, Engineer at Tromso Arctic Lab, presented the results.", [], "Tromso Arctic Lab"),
    ("Jonas Meier works as a data scientist at the Bavarian Robotics Lab in Munich.", [], "Bavarian Robotics Lab"),
    ("Peter Novak is Head of Operations at Brno Water Clinic.", [], "Brno Water Clinic"),
    # a dated lab, or one no organisation claims, stays an event
    ("The Circular Design Lab on 4 May 2025 in Porto gathered 40 designers.",
     [("Circular Design Lab 2025", D(2025, 5, 4), D(2025, 5, 4), "Porto")], None),
    ("Startups can join the Smart Farming Lab, a two-day workshop in Ghent.",
     [("Smart Farming Lab", None, None, "Ghent")], None),
])
def test_event_lab_named_as_an_organisation_is_no_event(extract, text, expected_events, expected_org):
    r = extract(text)
    assert _rows(r) == expected_events
    assert sorted(o.name for o in r.organisations) == ([expected_org] if expected_org else [])


@pytest.mark.parametrize("text, expected", [
    # the date and place after "its first edition", "first held", "its launch" are an earlier edition's
    ("The Danube Cluster Conference returns after its first edition in Novi Sad in 2024.",
     [("Danube Cluster Conference", None, None, None)]),
    ("The Baltic Hydrogen Forum is back following its launch in Riga in 2023.",
     [("Baltic Hydrogen Forum", None, None, None)]),
    ("The Iberian Cluster Forum, first held in Porto in 2021, will take place in Seville.",
     [("Iberian Cluster Forum", None, None, "Seville")]),
    # the event's own date and place, before or after the earlier edition's clause, stay
    ("The Alpine Wood Forum returns to Graz on 12 May 2026 after its first edition in 2024.",
     [("Alpine Wood Forum 2026", D(2026, 5, 12), D(2026, 5, 12), "Graz")]),
    ("After its previous edition in Kaunas in 2023, the Amber Innovation Forum comes to Vilnius on 8 October 2025.",
     [("Amber Innovation Forum 2025", D(2025, 10, 8), D(2025, 10, 8), "Vilnius")]),
])
def test_event_earlier_edition_date_and_place_are_not_its_own(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word line is a heading over the next line, never the start of its name
    ("Programme\nDay 1 (4 May 2026) – Linz: visits to two plants.", []),
    ("Study visit report\n\n2. Sessions\nDay 2 – panels on skills and funding, 5 May 2026.", []),
    # a name wrapped over two lines stays one name
    ("The Baltic Wood\nForum takes place on 3 May 2026.", [("Baltic Wood Forum 2026", D(2026, 5, 3), D(2026, 5, 3), None)]),
    # a text laid out one word a line (a PDF's narrow column): the words still make one name
    ("Members heard about\nthe\nJoint\nAlpine-Adriatic\nCluster\nConference 2026 in Graz.",
     [("Joint Alpine-Adriatic Cluster Conference 2026", None, None, None)]),
])
def test_event_name_not_across_a_heading_line(extract, text, expected):
    assert _rows(extract(text)) == expected
