"""Fairs named right after a lower-case fair noun of another language, or right before one written after the name
(``pattern:event_fair_foreign``, ``data/event_fair_cues.txt`` [nouns of other languages], [nouns after a name]).
Sentences of our own, two sentences each so that the block's language is known."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result, rule: str) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events if e.rule == rule)


FAIR = "pattern:event_fair_foreign"


@pytest.mark.parametrize("text, expected", [
    # the name right after a lower-case fair noun of another language, its town after it left out
    ("Le pôle organise ses rencontres annuelles à Vichy. Et nous serons présents au salon Solutrans à Lyon en novembre "
     "2035 avec six adhérents.",
     [("Solutrans 2035", D(2035, 11, 1), D(2035, 11, 30), "pattern:event_fair_foreign")]),
    ("El clúster organizó tres misiones comerciales este año. Doce socios expondrán en la feria Fruit Attraction de "
     "Madrid en octubre de 2036.",
     [("Fruit Attraction 2036", D(2036, 10, 1), D(2036, 10, 31), "pattern:event_fair_foreign")]),
    ("Klastr se letos rozrostl o šest nových členů z regionu. Klastr se v březnu 2036 zúčastnil veletrhu Amper v Brně "
     "se společnou expozicí.",
     [("Amper 2036", D(2036, 3, 1), D(2036, 3, 31), "pattern:event_fair_foreign")]),
    ("Klaster skupia dziś czterdzieści firm meblarskich z regionu. W lutym 2037 roku dziesięć firm wystawiało się na "
     "targach Meble Polska w Poznaniu.",
     [("Meble Polska 2037", D(2037, 2, 1), D(2037, 2, 28), "pattern:event_fair_foreign")]),
    # a fair noun written after the name
    ("Klaster on kasvanud ja liikmeid on nüüd üle neljakümne. Mai lõpus 2038 korraldab klaster ühise külastuse Elmia "
     "Subcontractor messile Rootsis.",
     [("Elmia Subcontractor", None, None, "pattern:event_fair_foreign")]),
    # a fair noun before a town, lower-case words or nothing capitalised names no fair
    ("Il distretto conta oggi sessanta imprese associate della regione. La fiera di Verona si terrà nel maggio 2036 "
     "con molti espositori.", []),
])
def test_fair_named_by_a_fair_noun_of_another_language(extract, text, expected):
    assert _rows(extract(text), FAIR) == expected
