"""A name of Czech, Slovak or a South Slavic language that ends in a capitalised place adjective runs on over the
lower-case noun of the region, county or municipality the adjective declines ("kraje", "samosprávneho kraja",
"županije", "regije"): ``org_spans.with_place_noun``, every organisation rule's span, with the nouns and the
adjective endings of ``data/org_name_words.txt``. Sentences of our own; the rows are every organisation of the text."""
from __future__ import annotations

import pytest


def _rows(result) -> list[tuple]:
    return sorted((o.name, o.rule) for o in result.organisations)


@pytest.mark.parametrize("text, expected", [
    ("Studii zpracovalo Inovační centrum Karlovarského kraje ve spolupráci s firmami. Na jaře ji projedná "
     "zastupitelstvo.",
     [("Inovační centrum Karlovarského kraje", "pattern:lower-head-mid")]),
    ("Do klastru vstoupila Hospodářská komora Plzeňského kraje a dvě vysoké školy. Smlouva platí tři roky.",
     [("Hospodářská komora Plzeňského kraje", "pattern:lower-head-mid")]),
    # a lower-case adjective between the place adjective and its noun (Slovak)
    ("Projekt podporil Úrad Trenčianskeho samosprávneho kraja a do klastra vstúpilo dvanásť firiem. Zmluva platí do "
     "roku 2040.",
     [("Úrad Trenčianskeho samosprávneho kraja", "pattern:org-head")]),
    # Croatian and Slovenian: a county, a region
    ("Klaster je osnovala Razvojna agencija Krapinsko-zagorske županije u suradnji s obrtnicima. Ugovor vrijedi tri "
     "godine.",
     [("Razvojna agencija Krapinsko-zagorske županije", "pattern:lower-head-mid")]),
    ("Projekt je podprla Razvojna agencija Savinjske regije, ki vodi tudi grozd. Pogodba velja tri leta.",
     [("Razvojna agencija Savinjske regije", "pattern:lower-head-mid")]),
])
def test_name_runs_on_over_the_place_noun(extract, text, expected):
    assert _rows(extract(text)) == expected
