"""Family ``org-relative-clause`` (role_orgs.py): an organisation mention, then "where"/"whose" (data/
role_org_relatives.txt, and "represented by") right before a person or a role stated with no organisation: the person's organisation.
Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # a role before the name, after "where" and a person title
    ("On the second day the group visited Norrland Battery Recycling AB, where CEO Dr. Annika Strom showed the new "
     "shredding line.",
     {("Annika Strom", "CEO", "Norrland Battery Recycling AB", "role:role-before-name+org-relative-clause")}),
    # the acronym in brackets between the organisation and "whose"
    ("Our questions went to the Thessaly Agrifood Network (TAN), whose managing director, Eleni Papas, explained the "
     "membership model.",
     {("Eleni Papas", "managing director", "Thessaly Agrifood Network", "role:the-role-name+org-relative-clause")}),
    # an appositive role after the name
    ("In the afternoon the delegation visited the Tallinn Institute of Food Technology, where Prof. Mart Kask, head of "
     "the pilot plant, presented the fermentation line.",
     {("Mart Kask", "head of the pilot plant", "Tallinn Institute of Food Technology", "role:apposition+org-relative-clause")}),
    # no role: an affiliation row
    ("The partners then toured the Savonia University of Applied Sciences, where Dr. Liisa Korhonen showed the "
     "home-care robotics lab.",
     {("Liisa Korhonen", "", "Savonia University of Applied Sciences", "role:org-relative-clause")}),
    ("The day ended at the Vejle Robotics Centre, where Dr. Ole Lund demonstrated two welding cobots.",
     {("Ole Lund", "", "Vejle Robotics Centre", "role:org-relative-clause")}),
    # "represented by" in a member list
    ("New members:\n- Tartu Food Technology Centre, represented by Dr. Kadri Tamm\n- Polva Dairy AS\n",
     {("Kadri Tamm", "", "Tartu Food Technology Centre", "role:org-relative-clause")}),
    # "was represented by" and a role before the name
    ("At the review meeting the Regional Council of Kainuu was represented by project officer Maija Rantanen.",
     {("Maija Rantanen", "project officer", "Regional Council of Kainuu", "role:role-before-name+org-relative-clause")}),
    # a dash before "represented by" in a member list; a role after the name, or a role title before it
    ("Steering group:\n- Mosel Logistik GmbH – represented by Jonas Weber, fleet manager\n"
     "- Saar Ports AG – represented by Managing Director Ulrike Brandt\n",
     {("Jonas Weber", "fleet manager", "Mosel Logistik GmbH", "role:apposition+org-relative-clause"),
      ("Ulrike Brandt", "Managing Director", "Saar Ports AG", "role:role-before-name+org-relative-clause")}),
    # "represented by its" and the role before the name
    ("At the fair the Dalmatian Olive Growers Association was represented by its coordinator Ante Perić.",
     {("Ante Perić", "coordinator", "Dalmatian Olive Growers Association", "role:role-before-name+org-relative-clause")}),
])
def test_role_orgs_organisation_before_where_or_whose(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_orgs_relative_word_must_follow_the_organisation(extract):
    # a sentence break between the organisation and "where": no relative clause
    text = "The jury met at the Riga Design Centre. Where Anna Berzina comes from, nobody knew."
    assert not [r for r in extract(text).roles if r.person == "Anna Berzina"]
