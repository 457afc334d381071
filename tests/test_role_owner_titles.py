"""The owners, co-owners and entrepreneurs a member or speaker line names, in every language (concept "owner" of
``role_title_concepts.csv``): "Jane Roe, owner, Roe Joinery Ltd" gives the role as written and the organisation after it
(rule line:name-role), and the title before a full name is that person's role (role-before-name-language). Sentences
of our own."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Steering group\n • Kadri Mets, omanik, Viljandi Mööbel OÜ\n • Tomasz Nowak, właściciel, Nowak Meble Sp. z o.o.\n"
     " • Jan Peeters, eigenaar, Peeters Houtbouw BV\n",
     {("Kadri Mets", "omanik", "Viljandi Mööbel OÜ", "role:line:name-role"),
      ("Tomasz Nowak", "właściciel", "Nowak Meble Sp. z o.o.", "role:line:name-role"),
      ("Jan Peeters", "eigenaar", "Peeters Houtbouw BV", "role:line:name-role")}),
    ("Speakers\n- Jane Roe, owner, Roe Joinery Ltd\n- Matti Virtanen, yrittäjä, Virtasen Puutyö Oy\n"
     "- Ilze Kalniņa, īpašniece, SIA Kalniņa Koks\n",
     {("Jane Roe", "owner", "Roe Joinery Ltd", "role:line:name-role"),
      ("Matti Virtanen", "yrittäjä", "Virtasen Puutyö Oy", "role:line:name-role"),
      ("Ilze Kalniņa", "īpašniece", "SIA Kalniņa Koks", "role:line:name-role")}),
    ("Il titolare Marco Bianchi ha presentato la nuova linea di produzione.",
     {("Marco Bianchi", "titolare", None, "role:role-before-name-language")}),
])
def test_owner_titles(extract, text, expected):
    assert _rows(extract(text)) == expected


# a title, then a company's name with its legal form: no person is read from the company's name
@pytest.mark.parametrize("text, name", [
    ("Στην αποστολή συμμετείχε ο Jan Kowalski, ιδιοκτήτης της εταιρείας Sady Lubelskie Sp. z o.o., από την Πολωνία.",
     "Sady Lubelskie"),
    ("Na sejmu je bil lastnik podjetja Mizarstvo Novak d.o.o. iz Kranja.", "Mizarstvo Novak"),
    ("Besuch von Inhaber Holzbau Berger GmbH und seinem Team.", "Holzbau Berger"),
])
def test_company_with_legal_form_is_no_person(extract, text, name):
    result = extract(text)
    assert not [p for p in result.people if name in p.name]
    assert not [r for r in result.roles if name in r.person]
