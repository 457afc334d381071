"""Families "place after the organisation word" and "unit of its parent" written with a dash, beyond English
(pipeline/extract/org_dash_pairs.py, rules "pattern:dash-place" and "pattern:dash-branch"): the town a Cyrillic
university, school or chamber is named with ("Технически университет – Варна"; town heads of
data/org_name_words.txt, Cyrillic spellings in data/cities.csv), the country after a lower-case organisation word
of another language, an acronym in brackets after the place (the whole name's), and the regional chambers, offices
and branches of ``[branch heads after a dash]`` in other languages. Both rules run in blocks of any language
(data/language_neutral_rules.txt)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a Cyrillic university or chamber and the town it is in, in a Bulgarian sentence
    ("Участници от Технически университет – Варна и от общината.",
     {("Технически университет – Варна", None, "pattern:dash-place")}),
    ("Партньори: Търговско-промишлена палата – Бургас; Аграрен университет – Пловдив.",
     {("Търговско-промишлена палата – Бургас", None, "pattern:dash-place"),
      ("Аграрен университет – Пловдив", None, "pattern:dash-place")}),
    # the acronym in brackets after the place is the whole name's
    ("The trainers came from the Automotive Cluster – Slovakia (ACS) and a school.",
     {("Automotive Cluster – Slovakia", "ACS", "pattern:dash-place")}),
    # a lower-case organisation word of another language, a dash and the country it serves
    ("Members include the Košický automobilový klaster – Slovensko (KAK) and others.",
     {("Košický automobilový klaster – Slovensko", "KAK", "pattern:dash-place")}),
])
def test_name_dash_place_in_other_scripts(extract, text, expected):
    assert {(o.name, o.acronym, o.rule) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # Croatian county chambers, in the nominative and in the instrumental a sentence puts them in
    ("The workshop was co-organised with the Hrvatska gospodarska komora – Županijska komora Split and two schools.",
     {"Hrvatska gospodarska komora – Županijska komora Split"}),
    ("Suradnja s Hrvatskom gospodarskom komorom – Županijskom komorom Zadar nastavlja se i ove godine.",
     {"Hrvatskom gospodarskom komorom – Županijskom komorom Zadar"}),
    # English regional directorates and offices, a Slovenian regional chamber
    ("The Bulgarian Food Safety Agency – Regional Directorate Ruse inspected the plant in May.",
     {"Bulgarian Food Safety Agency – Regional Directorate Ruse"}),
    ("Support came from the Croatian Employers' Association – regional office Split and the city.",
     {"Croatian Employers' Association – regional office Split"}),
    ("Partneri: Gospodarska zbornica Slovenije – Območne zbornice Celje.",
     {"Gospodarska zbornica Slovenije – Območne zbornice Celje"}),
    # German, Spanish, Romanian and Bulgarian branch offices
    ("Die Veranstaltung organisiert der Wasserstoffverband Nord e.V. – Geschäftsstelle Flensburg gemeinsam mit der Stadt.",
     {"Wasserstoffverband Nord e.V. – Geschäftsstelle Flensburg"}),
    ("La jornada la organiza la Cámara de Comercio de Aragón – Delegación Huesca con el clúster.",
     {"Cámara de Comercio de Aragón – Delegación Huesca"}),
    ("Evenimentul este organizat de Camera de Comerț și Industrie Românie – Filiala Cluj împreună cu clusterul.",
     {"Camera de Comerț și Industrie Românie – Filiala Cluj"}),
    ("Партньор: Българската стопанска камара – клон Варна.", {"Българската стопанска камара – клон Варна"}),
    # a section is no branch named by its place: the chamber ends before the dash
    ("The Croatian Chamber of Economy – Fisheries Section met on Monday.", {"Croatian Chamber of Economy"}),
])
def test_name_dash_branch_in_other_languages(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
