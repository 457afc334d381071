"""Degrees after a name (data/person_degrees.txt; statement_apposition.apposition): "Jane Doe, Ph.D., HR Director, Acme
s.r.o." — the degree between commas is no role and no organisation, the role and its organisation are read after it.
Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # a council's member list: an MBA, then the role and the company
    ("Members of the council\n- Petra Novakova, MBA, HR Director, Kolin Seats s.r.o.\n",
     {("Petra Novakova", "HR Director", "Kolin Seats s.r.o.", "role:line:name-role+org-after-role")}),
    # academic titles before the name and a doctorate after it
    ("Members of the council\n- doc. Ing. Jan Dvorak, Ph.D., Rector, Brno University of Technology\n",
     {("Jan Dvorak", "Rector", "Brno University of Technology", "role:line:name-role")}),
    # in running text, the degree and the role in lower case
    ("The opening address was given by Ing. Karel Svoboda, CSc., managing director of Ostrava Steel Works a.s., "
     "who welcomed the guests.",
     {("Karel Svoboda", "managing director", "Ostrava Steel Works a.s.", "role:apposition")}),
])
def test_role_after_degrees(extract, text, expected):
    assert roles(extract(text)) == expected


def test_degree_alone_is_no_role(extract):
    # a degree after the name with no role after it states none
    text = "The report was written by Dr. Anna Kralova, Ph.D., and reviewed by the board."
    assert {r.role for r in extract(text).roles} <= {""}
