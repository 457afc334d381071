"""People in credit lines: labels in the documents' languages, a source written against the slash, and
transliterated given names the given-name list lacks (sentences of our own)."""
from __future__ import annotations

import pytest


# Rule "credit-label": the label in another language, in a block of that language (the rule is language-neutral).
@pytest.mark.parametrize("text, names", [
    ("Bericht\n\nDie Mitglieder trafen sich im Mai in Linz und besuchten zwei Betriebe.\n\nFoto: Holzcluster / Sabine Gruber",
     ["Sabine Gruber"]),
    ("Relacja\n\nCzłonkowie klastra spotkali się w maju w Poznaniu i odwiedzili dwie firmy.\n\nZdjęcie: Tomasz Wiśniewski",
     ["Tomasz Wiśniewski"]),
    ("Crónica\n\nLos socios se reunieron en mayo en Vigo y visitaron dos empresas del sector.\n\nTexto: Carmen Ortega",
     ["Carmen Ortega"]),
    ("Bericht\n\nDie Mitglieder trafen sich im Mai in Linz und besuchten zwei Betriebe.\n\nFoto: Die Gruppe vor der Halle",
     []),
])
def test_people_credit_labels_in_other_languages(extract, text, names):
    r = extract(text)
    assert [p.name for p in r.people] == names
    assert not names or {p.rule for p in r.people} == {"credit-label"}


# Rule "credit-label": a one-word source written against the slash ("ACME/Jane Doe").
@pytest.mark.parametrize("text, names", [
    ("The winners with the jury. Credit: WCC/Nora Keane", ["Nora Keane"]),
    ("The new hall in Oulu. Photo: NRC/Henrik Olsen", ["Henrik Olsen"]),
    ("Our stand at the fair. Photos: ABC/Marta Kask and Liisa Tamm", ["Marta Kask", "Liisa Tamm"]),
])
def test_people_credit_source_against_the_slash(extract, text, names):
    r = extract(text)
    assert [p.name for p in r.people] == names


# Given names the package spells otherwise (data/given_names.txt): a credit needs a known given name.
@pytest.mark.parametrize("text, names", [
    ("The harbour at dawn. Photo: Giorgos Pappas", ["Giorgos Pappas"]),
    ("Text: Yiannis Kostopoulos · Photo: Vassilis Doukas", ["Yiannis Kostopoulos", "Vassilis Doukas"]),
    ("The reindeer farm visit. Photo: Oula Aikio", ["Oula Aikio"]),
])
def test_people_credit_with_transliterated_given_names(extract, text, names):
    r = extract(text)
    assert [p.name for p in r.people] == names


# A credit name that the person shape reads only up to an apostrophe inside its last word is no name at all (a part
# of one is a wrong person); a whole name with an apostrophe stays.
@pytest.mark.parametrize("text, names", [
    ("Nouvelles\n\nLes membres se sont réunis en mai à Dijon.\n\nRédaction : Claire Dubois-N'Goma, chargée de mission", []),
    ("The harbour at dawn. Photo: Sean O'Brien", ["Sean O'Brien"]),
    ("The new hall. Text: Aoife D'Arcy · Photo: Liam Byrne", ["Aoife D'Arcy", "Liam Byrne"]),
])
def test_people_credit_name_cut_at_an_apostrophe_is_none(extract, text, names):
    assert [p.name for p in extract(text).people] == names
