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
