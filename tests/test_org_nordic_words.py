"""Organisation words of the Nordic languages written as words of their own ("Klynge", "Kluster"), the Finnish
legal form "Ky" and the Nordic compound "-akademi(n)" (data/org_suffixes.txt, legal_forms.txt, org_name_words.txt):
the name is an organisation's, never a person's."""
from __future__ import annotations

import pytest


def _parties(result):
    return ({p.name for p in result.people}, {o.name for o in result.organisations},
            {(r.person, r.role, r.organisation) for r in result.roles})


@pytest.mark.parametrize("text, people, orgs, roles", [
    ("Our partner Nordfyns Energi Klynge (partner 4, Odense) keeps Mette Lund as contact.",
     {"Mette Lund"}, {"Nordfyns Energi Klynge"}, set()),
    ("Jonas Eriksen of Sydjysk Fødevare Klynge opened the meeting in Vejle on 3 May 2031.",
     {"Jonas Eriksen"}, {"Sydjysk Fødevare Klynge"}, {("Jonas Eriksen", "", "Sydjysk Fødevare Klynge")}),
    ("Members of the jury:\nMikko Salo, Chair, Pohjanmaa Innovation Capital Ky\nAnna Berg, Rector, Yrkesakademin i Vasa",
     {"Mikko Salo", "Anna Berg"}, {"Pohjanmaa Innovation Capital Ky", "Yrkesakademin i Vasa"},
     {("Mikko Salo", "Chair", "Pohjanmaa Innovation Capital Ky"), ("Anna Berg", "Rector", "Yrkesakademin i Vasa")}),
])
def test_nordic_organisation_words_name_organisations(extract, text, people, orgs, roles):
    assert _parties(extract(text)) == (people, orgs, roles)
