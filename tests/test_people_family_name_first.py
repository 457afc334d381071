"""Rule "family name first": a Korean family name before a romanised given name of two syllables ("Lee Ji-hoon")
is a person's name that opens with a given name (sentences of our own)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("Guests included Lee Min-jun, vice-president of the Busan Marine Cluster, and a delegation of ten firms.", "Lee Min-jun"),
    ("The keynote was given by Prof. Kim Hye-jin of the Daejeon Robotics Institute.", "Kim Hye-jin"),
    ("Partner contact\n\nChoi Seo-yeon, Project Manager, Gyeonggi Bio Cluster\n", "Choi Seo-yeon"),
])
def test_people_korean_family_name_first(extract, text, name):
    assert [p.name for p in extract(text).people] == [name]


@pytest.mark.parametrize("text", [
    # a hyphenated word in lower case after another family name is no given name
    "The Song Re-use Centre opened in May.",
    # a syllable pair after a word that is no listed family name
    "Visitors tried the Harbour Co-op at the fair.",
])
def test_people_no_family_name_first_without_both_parts(extract, text):
    assert extract(text).people == ()
