"""Round 48 organisation classes, sentences of our own (exact rows, the real spaCy model):

- legal forms written with a blank or in their regional shape (data/legal_forms.txt [forms]): "e. V.", "S. Coop.",
  "S.Coop.Galega", "z.p.o.", "Sp/F" stay on the name (rule "legal-form");
- family "people of an organisation" (org_modifiers.past_people_of, data/legal_forms.txt [people before a company] and
  [kind nouns in the genitive]): a word for an organisation's people, members or board and an "of" word of any
  language open no name, whatever rule read it;
- family "portfolio closing the line" (org_ner.portfolio): the last fields of a minister's list at a line's or a
  sentence's end or before a bracket name no organisation;
- family "a region as English names it" (data/not_organisations.txt [regions]): "Upper Austria (AT)", "Mayor of
  Lapland" are places.
"""
from __future__ import annotations

import pytest


def _orgs(result) -> list[tuple[str, str]]:
    return [(o.name, o.rule) for o in result.organisations]


@pytest.mark.parametrize("text, expected", [
    ("Gastgeber war der Mittelstandsverbund Lahn-Dill e. V. mit 90 Mitgliedern.",
     [("Mittelstandsverbund Lahn-Dill e. V.", "legal-form")]),
    ("La cooperativa Aceites Sierra Norte S. Coop. exporta a Japón.", [("Aceites Sierra Norte S. Coop.", "legal-form")]),
    ("Presidenta: Lucía Barreiro (Conservas Ría de Arousa, S.Coop.Galega)",
     [("Conservas Ría de Arousa, S.Coop.Galega", "legal-form")]),
    ("Partner 7: Skaga Tari Sp/F, Tórshavn", [("Skaga Tari Sp/F", "legal-form")]),
])
def test_legal_forms_with_a_blank_or_a_regional_shape(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die 80 Mitgliedsunternehmen des Clusters Kunststoff Allgäu e. V. fordern schnellere Genehmigungen.",
     [("Kunststoff Allgäu e. V.", "legal-form")]),
    ("Der Vorstand des Netzwerks Holzbau Ostalb e. V. tagte in Aalen.", [("Holzbau Ostalb e. V.", "legal-form")]),
    ("Gesellschafter der Brenner Federntechnik GmbH ist seit 2030 die Familie Brenner.",
     [("Brenner Federntechnik GmbH", "legal-form")]),
    ("Les représentants de Pôle Bois Vosges ont présenté le projet.", [("Pôle Bois Vosges", "pattern:org-head")]),
    ("Bestyrelsen for Sydfyns Fødevareklynge har valgt en ny formand.",
     [("Sydfyns Fødevareklynge", "pattern:org-head")]),
    ("Members of the Nordic Timber Network voted for the plan.", [("Nordic Timber Network", "pattern:org-head")]),
])
def test_people_or_board_of_an_organisation_open_no_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Guest of honour: Aoife Brennan, Minister for Enterprise, Trade and Employment (tbc).",
    "Keynote: Lars Holm, Minister for Climate, Energy and Utilities.",
    "Closing words: Walloon Minister for Economy and Employment\nMarc Dupont",
])
def test_portfolio_closing_the_line_is_no_organisation(extract, text):
    assert _orgs(extract(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("- Vice-Chair: Dr Priya Raman, Head of Food Safety, Nordic Seafood Humber",
     [("Nordic Seafood Humber", "role:organisation")]),
    ("- Ana Petrova – Head of Life Sciences, Lowlands and Coast Enterprise (observer)",
     [("Lowlands and Coast Enterprise", "role:organisation")]),
])
def test_field_then_a_comma_then_the_employer_keeps_the_employer(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Skills radar | Upper Austria (AT) | Elisabeth Gruber, Cluster Manager, Nordic Timber Network",
     [("Nordic Timber Network", "pattern:org-head")]),
    ("13:00 Welcome – Mika Rovio, Regional Mayor of Lapland", []),
    ("The pilots run in Ostrobothnia (FI) and Saxony (DE) with Baltic Wood Network (LT).",
     [("Baltic Wood Network", "org-country")]),
])
def test_region_named_in_english_is_no_organisation(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Új tagunk a Dunamenti Gépgyártó Kft.", [("Dunamenti Gépgyártó Kft", "legal-form")]),
    ("Gratulálunk a Tisza Precíziós Kft.-nek, amely díjat nyert.", [("Tisza Precíziós Kft", "legal-form")]),
    ("Az idei díjat az Alföldi Mérnöki Zrt. kapta meg.", [("Alföldi Mérnöki Zrt.", "legal-form")]),
])
def test_hungarian_article_before_a_company_is_no_part_of_it(extract, text, expected):
    assert _orgs(extract(text)) == expected
