"""Rule family "part of an address" (org_venues.py, address_part; data/not_organisations.txt [address heads], [address
unit words]): a park, centre, hub or campus written as a part of an address is no organisation. Sentences of our own,
exact rows."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a unit of a building before it, a postcode after it
    ("Contact: Nordhavn Robotics Cluster CLG, Unit 4, Shannonside Technology Park, Castletroy, Limerick V94 XXXX\n",
     {"Nordhavn Robotics Cluster CLG"}),
    # a house number after it, in a footer of middle dots
    ("Baltic Wood Cluster vzw · Thor Park 12 · 3600 Genk · info@bwc.example.be\n", {"Baltic Wood Cluster vzw"}),
    # a postcode in the comma fields after it
    ("Kernow Food Cluster, Bodmin Innovation Centre, Truro TR1 9TA. Questions: hello@kfc.example.uk\n",
     {"Kernow Food Cluster"}),
    ("Sted: Fjordby Symbiosis Center, Havnevej 2, 4400 Kalundborg\n", set()),
    # no address: a park or a centre in a sentence stays an organisation
    ("The cluster office moved to the Westport Science Park in 2031, where it works with the park's start-ups.\n",
     {"Westport Science Park"}),
    ("Our partners are Tartu Science Park and the Estonian University of Life Sciences.\n",
     {"Tartu Science Park", "Estonian University of Life Sciences"}),
])
def test_address_part(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
