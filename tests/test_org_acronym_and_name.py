"""Family "two names joined by and" (org_names.py ``_two_names``): an acronym alone before "and" and a name an
organisation word heads after it are two organisations, not one "ACME and Beta Cluster" name; "and" inside a name
("Ministry for Science and Education", "Chamber of Commerce and Industry of …") still joins no two names."""
from __future__ import annotations

import pytest


def _orgs(result) -> set[tuple[str, str]]:
    return {(o.name, o.rule) for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    ("The roadmap was drafted by RMTC and Holzcluster Altmark over the winter.",
     {("RMTC", "ner:ORG"), ("Holzcluster Altmark", "pattern:org-head")}),
    ("The workshop brought together ECVT and Danube Water Cluster Network in March.",
     {("Danube Water Cluster Network", "pattern:org-head")}),
    ("A joint study by NORTEX-AT and Alpine Textile Research Institute came out in May.",
     {("Alpine Textile Research Institute", "pattern:org-head")}),
])
def test_acronym_and_a_headed_name_are_two_names(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Grants are paid by the Ministry for Science and Education of the region.",
     {("Ministry for Science and Education", "pattern:org-head")}),
    ("We thank the Chamber of Commerce and Industry of Slovenia for its support.",
     {("Chamber of Commerce and Industry of Slovenia", "pattern:org-head")}),
])
def test_and_inside_one_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


# The other way round: a whole name whose organisation word stands at its front, then "and" and a name an acronym, a
# front head or an organisation word opens or heads: two names.
@pytest.mark.parametrize("text, expected", [
    ("The meeting was hosted by Région Bretagne and BREIZH PORT in Brest on 4 May 2031.",
     {("Région Bretagne", "pattern:org-head"), ("BREIZH PORT", "cue:organisation")}),
    ("Together with the Province of Drenthe and NOM Drenthe Region we brought companies together.",
     {("Province of Drenthe", "pattern:org-head"), ("NOM Drenthe Region", "pattern:authority")}),
    ("The students came from TU Wien and FH Technikum Burgenland.",
     {("TU Wien", "pattern:org-head"), ("FH Technikum Burgenland", "pattern:org-head")}),
    ("The pilot is run by the University of Udine and Fondazione Carnia Legno.",
     {("University of Udine", "pattern:org-head"), ("Fondazione Carnia Legno", "pattern:org-head")}),
])
def test_front_headed_name_and_another_name_are_two_names(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("She spoke for the Ministry of Industry and Trade and the Ministry of Economy and Innovation.",
     {("Ministry of Industry and Trade", "pattern:org-head"), ("Ministry of Economy and Innovation", "pattern:org-head")}),
    ("He studied at the University of Natural Resources and Life Sciences in Vienna.",
     {("University of Natural Resources and Life Sciences", "pattern:org-head")}),
    ("Funding came from the Department of Agriculture and Rural Development last year.",
     {("Department of Agriculture and Rural Development", "pattern:org-head")}),
    ("Contact: Prof. Ana Ruiz, Department of Civil and\nEnvironmental Engineering\nCluster contact: Joan Mas",
     {("Department of Civil and Environmental Engineering", "pattern:org-head")}),
    ("It is funded by the Thuringian Ministry for Economic Affairs,\nScience and Digital Society (TMWDS) this year.",
     {("Thuringian Ministry for Economic Affairs, Science and Digital Society", "pattern:acronym-definition")}),
])
def test_a_field_after_and_stays_in_the_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


# Family "acronym spelt over and" (org_initials.spelt_over_and): another language's "and" ends the capitalised run, and
# the acronym after the phrase spells it only with the words before that "and": one name, from the nearest word on.
@pytest.mark.parametrize("text, expected", [
    ("Toetust jagab Ettevõtluse ja Innovatsiooni Sihtasutus (EIS) alates 2030. aastast.",
     {("Ettevõtluse ja Innovatsiooni Sihtasutus", "pattern:acronym-definition")}),
    ("Møtet ble arrangert av Senter for Hav og Klima (SHK) i Bodø.",
     {("Senter for Hav og Klima", "pattern:acronym-definition")}),
    ("Kokouksen avasi Lapin Metsä ja Puu Klusteri (LMPK) Rovaniemellä.",
     {("Lapin Metsä ja Puu Klusteri", "pattern:acronym-definition")}),
    # the acronym spells the tail alone: the name before "and" is a name of its own
    ("Paneelis osalesid Tartu Puiduklaster ja Pärnu Sadama Klaster (PSK).",
     {("Tartu Puiduklaster", "pattern:org-head"), ("Pärnu Sadama Klaster", "pattern:acronym-definition")}),
])
def test_acronym_spelt_over_another_languages_and(extract, text, expected):
    assert _orgs(extract(text)) == expected
