"""Rule family "lower-case field after of" (role_fields.py, through statement_parts.role_segment): lower-case words (an
acronym among them) after a role title and "of" or "in" are the person's field, part of the role; the organisation is
the capitalised name after "at"/"of"/"in" that follows the field, or the next segment. Exact role rows."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # the field, then the organisation in the next segment of a list line
    ("Panel\n\n - Henrik Aalto, head of venture financing, Bothnia Credit Bank Oyj\n"
     " - Marta Ruiz, head of EU funds, Vigo Port Authority\n",
     {("Henrik Aalto", "head of venture financing", "Bothnia Credit Bank Oyj"),
      ("Marta Ruiz", "head of EU funds", "Vigo Port Authority")}),
    # the field, then "at" and the organisation
    ("The speakers were Léa Martin, head of digital care at Meuse Health Network, and Paul Roe, CEO of Roe Robotics GmbH.",
     {("Léa Martin", "head of digital care", "Meuse Health Network"), ("Paul Roe", "CEO", "Roe Robotics GmbH")}),
    # an article and an acronym inside the field
    ("- Ivana Perić, head of the EU projects department, Osijek-Baranja County\n",
     {("Ivana Perić", "head of the EU projects department", "Osijek-Baranja County")}),
])
def test_lower_case_field_after_of_belongs_to_the_role(extract, text, expected):
    assert {(r.person, r.role, r.organisation) for r in extract(text).roles} == expected


def test_lower_case_field_without_an_organisation_after_it_keeps_the_title(extract):
    # "at the foundation" names no organisation: the field is not taken, the title stays as before
    text = "Dr. Maartje Jansen, lead of the robotics programme at the foundation, opened the workshop."
    assert {(r.person, r.role, r.organisation) for r in extract(text).roles} == {("Maartje Jansen", "lead", None)}
