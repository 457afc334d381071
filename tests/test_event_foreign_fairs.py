"""A listed trade fair named before a fair noun of another language (``pattern:event_foreign_generic``): the fair's
name alone is the event's. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.text, e.name, e.start_date, e.end_date, e.rule) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # Hungarian: a [year only] fair ("SIAL") before the fair noun in its case, after an article
    ("A klaszter tíz tagja 2034. október 20-án közös standdal vett részt a SIAL kiállításon Párizsban, ahol új vevőket "
     "találtak. A tagvállalatok elégedettek voltak az eredménnyel, és jövőre is szeretnének részt venni.",
     [("SIAL kiállításon", "SIAL 2034", D(2034, 10, 20), D(2034, 10, 20), "pattern:event_foreign_generic")]),
    # Lithuanian: a verb before the fair's name is no part of it
    ("2035 m. spalio 18 d. aštuonios klasterio įmonės dalyvavo SIAL parodoje Paryžiuje ir pristatė savo produkciją. "
     "Įmonės buvo patenkintos rezultatais ir planuoja dalyvauti kitais metais.",
     [("SIAL parodoje", "SIAL 2035", D(2035, 10, 18), D(2035, 10, 18), "pattern:event_foreign_generic")]),
    # Dutch: after an article
    ("Op 21 oktober 2034 stonden zes leden van het cluster samen op de SIAL beurs in Parijs. De bedrijven spraken er "
     "met inkopers uit twaalf landen en willen volgend jaar terugkomen.",
     [("SIAL beurs", "SIAL 2034", D(2034, 10, 21), D(2034, 10, 21), "pattern:event_foreign_generic")]),
])
def test_event_foreign_fair_noun_after_a_listed_fair(extract, text, expected):
    assert _rows(extract(text)) == expected
