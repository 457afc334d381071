"""Family "short name in brackets" (shapes.is_short_name; org_names.py, org_bracket_acronyms.py): an organisation's
short name in brackets after its full name, clipped from its words or joined by a hyphen or a dot though not written
in capitals, is the organisation's acronym, not a second organisation; a place or a plain word in brackets is none."""
from __future__ import annotations

import pytest


def _orgs(result) -> set[tuple[str, str | None]]:
    return {(o.name, o.acronym) for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    # parts clipped from the name's words, used again alone in a table
    ("In February we opened a service desk with\nKestrel University of Technology (KesTech). The annual forum followed.\n"
     "| Member | KesTech |", {("Kestrel University of Technology", "KesTech")}),
    # a name another rule found ("the cluster …"), the short name with an accent
    ("The region works with the cluster Mécanique Alpes Rhône (MécaAR) and two universities.",
     {("Mécanique Alpes Rhône", "MécaAR")}),
    # capitals and a word of the name joined by a hyphen
    ("The Adriatic Cluster Alliance for the Blue Economy (ACA-Blue) was founded in Split.",
     {("Adriatic Cluster Alliance for the Blue Economy", "ACA-Blue")}),
    # an initial and the town of a university run together
    ("She moved to the Université de Valmont (UValmont) in 2031 to lead its robotics lab.",
     {("Université de Valmont", "UValmont")}),
])
def test_short_name_in_brackets_is_the_acronym(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a region or a country in brackets places the name
    ("The Automotive Cluster Swabia (Baden-Württemberg) and the Lumen Cluster (Germany) signed.",
     {("Automotive Cluster Swabia", None), ("Lumen Cluster", None)}),
    # one capitalised word that opens no word of the name
    ("Jan Berg, senior specialist, Norvalian Safety and Chemicals Agency (Norsafe).",
     {("Norvalian Safety and Chemicals Agency", None)}),
])
def test_place_or_word_in_brackets_is_no_short_name(extract, text, expected):
    assert _orgs(extract(text)) == expected
