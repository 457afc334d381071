"""Rule ``host_event_day`` in other languages (data/event_host_days.csv) and over a wrapped "Day\\n2": an event held on the
n-th day of a longer one that the text dates just before takes that day; the longer event keeps its span. Sentences of
our own, exact rows."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result):
    return [(e.name, e.start_date, e.end_date) for e in result.events]


@pytest.mark.parametrize("text, expected", [
    ("Die Holzbau-Tage Südtirol fanden am 14. und 15. Oktober 2037 in Bozen statt. Am zweiten Tag besuchten die "
     "Teilnehmer die Baustelle der neuen Schule in Brixen, und am Abend folgte ein Netzwerkabend der Mitglieder.\n",
     [("Netzwerkabend 2037", D(2037, 10, 15), D(2037, 10, 15))]),
    ("Las Jornadas del Vino se celebraron el 8 y 9 de marzo de 2038 en Logroño. El segundo día, una visita técnica a "
     "la bodega cooperativa cerró el programa.\n",
     [("Jornadas del Vino 2038", D(2038, 3, 8), D(2038, 3, 9)), ("Visita técnica 2038", D(2038, 3, 9), D(2038, 3, 9))]),
])
def test_the_nth_day_in_another_language(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Il Forum del Legno si è svolto il 12 e 13 maggio 2037 a Udine. Il secondo giorno, una visita aziendale alla "
     "segheria di Tolmezzo ha chiuso il programma.\n",
     [("Visita aziendale alla segheria 2037", D(2037, 5, 13), D(2037, 5, 13))]),
    ("Het Cluster Congres vond plaats op 9 en 10 november 2038 in Arnhem. Op de tweede dag volgde een bedrijfsbezoek "
     "aan de kabelfabriek in Nijmegen.\n",
     [("Cluster Congres 2038", D(2038, 11, 9), D(2038, 11, 10)),
      ("Bedrijfsbezoek aan de kabelfabriek 2038", D(2038, 11, 10), D(2038, 11, 10))]),
    # a PDF line break between "Day" and its number
    ("The Baltic Timber Summit took place on 4–5 May 2037 in Riga. Day\n2: B2B meetings with Nordic builders, "
     "9:00–13:00.\n",
     [("Baltic Timber Summit 2037", D(2037, 5, 4), D(2037, 5, 5)), ("B2B meetings 2037", D(2037, 5, 5), D(2037, 5, 5))]),
])
def test_the_nth_day_of_events_the_model_names(extract_with_event_model, text, expected):
    assert _rows(extract_with_event_model(text)) == expected
