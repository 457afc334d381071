"""Roles "of" an organisation whose name opens with a place or is apposed to a name: the phrase after "of"
is the organisation, never a field followed by a person ("Director of Copenhagen Fintech Lab")."""
from __future__ import annotations

import pytest


def rows(result) -> tuple[set[tuple[str, str, str | None]], set[str], set[str]]:
    return ({(r.person, r.role, r.organisation) for r in result.roles}, {p.name for p in result.people},
            {o.name for o in result.organisations})


@pytest.mark.parametrize("text, role, org", [
    # apposed to a name, the organisation opens with a city
    ("The keynote came from Anders Holm, Director of Aarhus Fintech Lab, who spoke on instant payments.",
     ("Anders Holm", "Director", "Aarhus Fintech Lab"), "Aarhus Fintech Lab"),
    ("Karin Olofsson, President of Uppsala Life Science, welcomed the delegation.",
     ("Karin Olofsson", "President", "Uppsala Life Science"), "Uppsala Life Science"),
    # apposed to a name, no place in the organisation's name
    ("On stage was Tobias Krause, Project Manager of Nordic Battery Lab, with two start-ups.",
     ("Tobias Krause", "Project Manager", "Nordic Battery Lab"), "Nordic Battery Lab"),
    # the role before the name, the organisation opening with a city between them
    ("Director of Tampere Robotics Lab Mikko Laine showed the new cobot.",
     ("Mikko Laine", "Director", "Tampere Robotics Lab"), "Tampere Robotics Lab"),
])
def test_roles_of_place_named_organisation(extract, text, role, org):
    roles, people, orgs = rows(extract(text))
    assert roles == {role}
    assert people == {role[0]}
    assert org in orgs


@pytest.mark.parametrize("text, role", [
    ("Mayor of Vienna Michael Ludwig opened the fair.", ("Michael Ludwig", "Mayor of Vienna", None)),
    ("Minister of Economy Jane Doe said the plan was ready.", ("Jane Doe", "Minister of Economy", None)),
])
def test_roles_of_place_or_field_before_a_given_name_stay(extract, text, role):
    assert rows(extract(text))[0] == {role}
