"""A network's or an agency's office named by its place (rule "pattern:network-office", org_offices.py) and
the legal forms written in ways cleanco lacks (data/legal_forms.txt: "Ab", "Sp. j.", "e.K.", "a.d.")."""
from __future__ import annotations

import pytest


def _orgs(result):
    return {(o.text, o.name, o.rule) for o in result.organisations}


@pytest.mark.parametrize("text, orgs", [
    ("The mission was co-funded with Enterprise Europe Network Slovenia and ran from Ljubljana.",
     {("Enterprise Europe Network Slovenia", "Enterprise Europe Network Slovenia", "pattern:network-office")}),
    ("Questions about the brokerage go to EEN Croatia.",
     {("EEN Croatia", "EEN Croatia", "pattern:network-office")}),
    ("Matchmaking support: Enterprise Europe Network Berlin-Brandenburg. Later on, EEN Berlin-Brandenburg hosted the visit.",
     {("Enterprise Europe Network Berlin-Brandenburg", "Enterprise Europe Network Berlin-Brandenburg", "pattern:network-office"),
      ("EEN Berlin-Brandenburg", "Enterprise Europe Network Berlin-Brandenburg", "pattern:network-office")}),
    ("Two offices joined the tour: Business France Osaka and Bpifrance Lille.",
     {("Business France Osaka", "Business France Osaka", "pattern:network-office"),
      ("Bpifrance Lille", "Bpifrance Lille", "pattern:network-office")}),
    ("A speaker from the EEN Romania West consortium presented the services.",
     {("EEN Romania West", "EEN Romania West", "pattern:network-office")}),
])
def test_org_offices_a_network_office_named_by_its_place(extract, text, orgs):
    assert _orgs(extract(text)) == orgs


@pytest.mark.parametrize("text, orgs", [
    # not a place after the name: the network itself
    ("Book your slots on the EEN B2B platform before Friday.", {("EEN", "EEN", "acronym:use")}),
    # an EU institution keeps no office by place here
    ("The European Commission Brussels delegation attended.", {("European Commission", "European Commission", "gazetteer")}),
])
def test_org_offices_no_office_without_a_place_or_for_an_institution(extract, text, orgs):
    assert _orgs(extract(text)) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("The smokehouse Vikens Rökeri Ab and the yard Nordvarv Ab signed the order in Mariehamn.",
     {("Vikens Rökeri Ab", "Vikens Rökeri Ab", "legal-form"), ("Nordvarv Ab", "Nordvarv Ab", "legal-form")}),
    ("Kovo Brno s.c. and Drukarnia Lasek Sp. j. joined the printing network in 2032.",
     {("Kovo Brno s.c.", "Kovo Brno s.c.", "legal-form"), ("Drukarnia Lasek Sp. j.", "Drukarnia Lasek Sp. j.", "legal-form")}),
    ("The prize went to Huber Elektrotechnik e.K. and to Banka Morava a.d. of Niš.",
     {("Huber Elektrotechnik e.K.", "Huber Elektrotechnik e.K.", "legal-form"),
      ("Banka Morava a.d.", "Banka Morava a.d.", "legal-form")}),
])
def test_org_offices_legal_forms_cleanco_lacks(extract, text, orgs):
    assert _orgs(extract(text)) == orgs
