"""A programme's own items named by the nouns of the round's new concepts of ``data/event_noun_concepts.csv`` in
every language: a reception, an excursion, a guided tour, a social evening, a tasting, a signing or an opening
ceremony in a timed slot (``pattern:event_programme_item``; ``item concept`` / ``plain concept`` rows of
``data/event_programme_items.csv``). Programmes of our own; the rows are every item the rule names."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
RULE = "pattern:event_programme_item"


def _items(result) -> list[tuple]:
    return sorted((e.name, e.start_date) for e in result.events if e.rule == RULE)


@pytest.mark.parametrize("text, expected", [
    ("Programm des Clustertags am 14. Mai 2037 in Passau\n\n09:30 Begrüßung durch den Vorstand\n"
     "10:00 Fachvorträge zur Sensorik\n18:30 Abendempfang im Rathaus Passau\n",
     [("Abendempfang im Rathaus Passau 2037", D(2037, 5, 14))]),
    ("Programma della giornata – Alba, 6 giugno 2037\n\n10:00 Saluti istituzionali\n11:00 Tavola tecnica sulla filiera\n"
     "16:00 Degustazione guidata dei vini del Roero\n",
     [("Degustazione guidata dei vini del Roero 2037", D(2037, 6, 6))]),
    ("Program konference – Olomouc, 11. června 2037\n\n9:00 Zahájení\n14:00 Exkurze do závodu Hanácká kyselka\n"
     "19:00 Společenský večer v pivovaru\n",
     [("Exkurze do závodu Hanácká kyselka", D(2037, 6, 11)), ("Společenský večer v pivovaru", D(2037, 6, 11))]),
])
def test_items_of_the_new_concepts(extract, text, expected):
    assert _items(extract(text)) == expected
