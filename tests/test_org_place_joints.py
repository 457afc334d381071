"""An organisation's name that ends in a place written with a lower-case joint (``pattern:place-joint``,
:mod:`pipeline.extract.org_place_joints`, ``data/org_place_joints.txt``). Sentences of our own."""
from __future__ import annotations

import pytest


def _orgs(result):
    return sorted((o.text, o.name, o.rule) for o in result.organisations)


@pytest.mark.parametrize("text, expected", [
    # Czech and Slovak "nad", Slovenian "ob" and "pri": between capitalised words, a place's whatever the place
    ("Partnery projektu jsou Obec Kamenice nad Lipou a Město Ústí nad Labem.",
     [("Město Ústí nad Labem", "Město Ústí nad Labem", "pattern:place-joint"),
      ("Obec Kamenice nad Lipou", "Obec Kamenice nad Lipou", "pattern:place-joint")]),
    ("Projekt podpira Občina Zagorje ob Savi skupaj z Občino Šmarje pri Jelšah.",
     [("Občina Zagorje ob Savi", "Občina Zagorje ob Savi", "pattern:place-joint"),
      ("Občino Šmarje pri Jelšah", "Občino Šmarje pri Jelšah", "pattern:place-joint")]),
    # the Nordic county word after the region's name
    ("Projektet finansieras av Region Kalmar län och Region Jönköpings län.",
     [("Region Jönköpings län", "Region Jönköpings län", "pattern:place-joint"),
      ("Region Kalmar län", "Region Kalmar län", "pattern:place-joint")]),
    # a joint that is an everyday preposition too: only before a town the gazetteer knows
    ("De gemeente Bergen op Zoom werkt samen met de haven.",
     [("gemeente Bergen op Zoom", "gemeente Bergen op Zoom", "pattern:place-joint")]),
])
def test_place_with_a_lower_case_joint_ends_the_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


def test_every_mention_and_role_takes_the_longer_name(extract):
    result = extract("Region Kalmar län joins the network. Anna Berg, regional development director at Region Kalmar, "
                     "opened the meeting.")
    assert sorted((o.text, o.name, o.rule) for o in result.organisations) == [
        ("Region Kalmar", "Region Kalmar län", "pattern:authority"),
        ("Region Kalmar län", "Region Kalmar län", "pattern:place-joint")]
    assert [(r.person, r.role, r.organisation) for r in result.roles] == [
        ("Anna Berg", "regional development director", "Region Kalmar län")]


@pytest.mark.parametrize("text, expected", [
    # an everyday preposition before a word that is no known town: a network, not a place
    ("Volg de gemeente Ede op LinkedIn voor de nieuwe oproepen van de regio.",
     [("gemeente Ede", "gemeente Ede", "pattern:authority")]),
    # an organisation word before the joint: the name's head, no place's first word
    ("The Tatra Wood Cluster pod Tatrami events are open to members.",
     [("Tatra Wood Cluster", "Tatra Wood Cluster", "pattern:org-head")]),
    # an everyday preposition before a word that is no known town: a weekday, not a place
    ("Die Stadt Regensburg am Montag: der Stammtisch der Mitglieder.",
     [("Stadt Regensburg", "Stadt Regensburg", "pattern:org-head")]),
])
def test_no_place_after_an_organisation_word_or_an_everyday_preposition(extract, text, expected):
    assert _orgs(extract(text)) == expected
