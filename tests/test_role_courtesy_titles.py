"""A role before a name reaches the name past its courtesy titles ("Director: doc. Ing. Jane Doe", "Minister for
Regional Development Dr. Jane Doe"), and "the" may give way to a nation before the role ("Norway's ambassador to
Italy, Jane Doe,", "the Austrian consul general, Mag. Jane Doe.")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("New members\n- Acme Research Institute – applied optics. Director: doc. Ing. Tomáš Bartoš, Ph.D.\n",
     ("Tomáš Bartoš", "Director")),
    ("Jury\nChair: Prof. Dr. Helga Brandner\n", ("Helga Brandner", "Chair")),
    ("The State Secretary for Digital Affairs Dr. Lukas Moser opened the conference in Linz on Monday.\n",
     ("Lukas Moser", "State Secretary for Digital Affairs")),
    ("On Tuesday the Minister of Trade, Industry and Tourism Prof. Dr. Ana Kovač visited three member companies.\n",
     ("Ana Kovač", "Minister of Trade, Industry and Tourism")),
])
def test_roles_role_before_courtesy_titles_and_name(extract, text, expected):
    r = extract(text)
    assert {(x.person, x.role) for x in r.roles} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("The trade mission was welcomed by Norway's ambassador to Italy, Kari Nordvik, at the residence in Rome.\n",
     ("Kari Nordvik", "ambassador")),
    ("The evening ended with a reception hosted by the Austrian consul general, Mag. Verena Pichler.\n",
     ("Verena Pichler", "consul general")),
    ("Speeches were given by the Finnish ambassador, Mikko Laine, and by the mayor.\n", ("Mikko Laine", "ambassador")),
])
def test_roles_a_nation_before_the_role(extract, text, expected):
    r = extract(text)
    assert {(x.person, x.role) for x in r.roles} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("The agreement was witnessed by the Consul General of Austria in Milan, Verena Pichler, and the mayor.\n",
     {("Verena Pichler", "Consul General of Austria in Milan", None)}),
    ("Opening words: Kari Nordvik, Ambassador of Norway to Poland.\n", {("Kari Nordvik", "Ambassador of Norway", None)}),
    ("The stand was opened by the Ambassador of Finland, Mikko Laine, on Monday.\n", {("Mikko Laine", "Ambassador of Finland", None)}),
])
def test_roles_a_diplomats_country_is_part_of_the_role(extract, text, expected):
    r = extract(text)
    assert {(x.person, x.role, x.organisation) for x in r.roles} == expected
    assert not [o.name for o in r.organisations if o.name in ("Austria", "Norway", "Finland")]
