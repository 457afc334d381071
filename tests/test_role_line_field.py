"""Name-over-role blocks whose role line carries its field ("Head of Research"): the role is the whole line,
the organisation is the line under it, and no organisation name starts on the role line."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Peter Novak\nHead of Research\nSlovenian Wood Centre\n", ("Peter Novak", "Head of Research", "Slovenian Wood Centre")),
    ("With best regards\n\nIlse Vermeulen\nDirector of Operations\nFlanders Food Cluster\n\nNext item.",
     ("Ilse Vermeulen", "Director of Operations", "Flanders Food Cluster")),
    ("Speakers\n\nTomasz Wrona\nManager of International Projects\nSilesian Aviation Cluster\n",
     ("Tomasz Wrona", "Manager of International Projects", "Silesian Aviation Cluster")),
])
def test_roles_name_over_role_line_with_field(extract, text, expected):
    r = extract(text)
    assert {(x.person, x.role, x.organisation) for x in r.roles} == {expected}
    assert {o.name for o in r.organisations} == {expected[2]}


def test_roles_name_over_role_line_with_organisation_wrapped(extract):
    r = extract("Jane Doe\nPresident of the Acme\nCluster Association\n")
    assert {(x.person, x.role, x.organisation) for x in r.roles} == {("Jane Doe", "President", "Acme Cluster Association")}
