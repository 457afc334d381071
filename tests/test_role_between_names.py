"""List lines "Name, role" one under another: a role at a line's end is that line's name's, never the next line's."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Mentors\nKarl Huber, senior engineer\nEva Schmid, investor\n", {("Karl Huber", "senior engineer", None)}),
    ("Coaches\nIrena Kovač, project manager\nLuka Horvat, designer\n",
     {("Irena Kovač", "project manager", None), ("Luka Horvat", "designer", None)}),
    ("Jury\nAnna Berg, managing director\nOle Dahl, professor\n",
     {("Anna Berg", "managing director", None), ("Ole Dahl", "professor", None)}),
])
def test_roles_line_end_role_is_the_line_names(extract, text, expected):
    r = extract(text)
    assert {(x.person, x.role, x.organisation) for x in r.roles} == expected


@pytest.mark.parametrize("text, expected", [
    ("Programme\n10:00  Opening\n       Karin Olsen | Head Strategy & Partnerships | Nordic Battery Cluster\n",
     ("Karin Olsen", "Head Strategy & Partnerships", "Nordic Battery Cluster")),
    ("Speakers\nMiguel Ortiz, Manager Research & Innovation, Basque Food Cluster\n",
     ("Miguel Ortiz", "Manager Research & Innovation", "Basque Food Cluster")),
])
def test_roles_words_of_a_stated_role_name_no_organisation(extract, text, expected):
    r = extract(text)
    assert {(x.person, x.role, x.organisation) for x in r.roles} == {expected}
    assert {o.name for o in r.organisations} == {expected[2]}
    assert {p.name for p in r.people} == {expected[0]}
