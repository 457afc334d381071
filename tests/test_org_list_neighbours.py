"""Rule "cue:list-neighbour" (pipeline/extract/org_cues.py, from_list_neighbours): a list of three items or more on one
line, two of them organisations another rule found by their shape, names organisations in its other items too, in any
language of ``[and in other languages]``; an address, a person's affiliation line or a list of places is no such list.
Rule "cue:label-list" with the labels of other languages (data/org_evidence.txt, ``[list labels]``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The buyers came from Korvan Medical, Drummond Devices Ltd and Halvor AS.",
     {"Korvan Medical", "Drummond Devices Ltd", "Halvor AS"}),
    ("De nieuwe leden zijn Zandvoort Agri B.V., Van Leer Logistiek, Bremhorst Energie B.V. en Polderkas.",
     {"Zandvoort Agri B.V.", "Van Leer Logistiek", "Bremhorst Energie B.V.", "Polderkas"}),
    ("Among them Ostrava Tools, Brimlea s.r.o. and Velmar Foods a.s. signed the charter.",
     {"Ostrava Tools", "Brimlea s.r.o.", "Velmar Foods a.s."}),
])
def test_other_items_of_a_list_of_organisations(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # an address: a town in the list
    ("Brimlea Ltd, Main Street, Galway, Acme Engineering Cluster CLG", {"Brimlea Ltd", "Acme Engineering Cluster CLG"}),
    ("Acme Engineering Cluster CLG, Unit 4 Riverside, Athlone, Brimlea Ltd", {"Acme Engineering Cluster CLG", "Brimlea Ltd"}),
    # a person's affiliation line: a role title in the list
    ("Dr Mark Leitner, Head of Unit, Health Technologies, European Commission, DG GROW", {"European Commission", "DG GROW"}),
    # a lower-case word ends an item that is then no list item
    ("Visits: Brenmark Ltd, Stavanger, Tessmark Mobility plant and Halvor AS.", {"Brenmark Ltd", "Halvor AS"}),
    # a place in the list
    ("The tour took in Vienna, Graz, Brimlea Ltd and Halvor AS.", {"Brimlea Ltd", "Halvor AS"}),
])
def test_no_list_of_organisations(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("Neue Mitglieder: Tarvio, Quosta und Brimlea", {"Tarvio", "Quosta", "Brimlea"}),
    ("Nouveaux membres : Tarvio, Quosta et Brimlea", {"Tarvio", "Quosta", "Brimlea"}),
    ("Członkowie: Tarvio, Quosta oraz Brimlea", {"Tarvio", "Quosta", "Brimlea"}),
    ("Medlemmer: Tarvio, Quosta og Brimlea", {"Tarvio", "Quosta", "Brimlea"}),
])
def test_a_labelled_list_in_another_language(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
