"""The meeting that the title line of another language's minutes names (``pattern:event_minutes`` with the labels of
``data/event_minutes_labels.csv``). Title pages of our own; the date is the first day date of the next three lines
with words."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # Norwegian, in capitals, the meeting by its number; the date under the organisation's line
    ("PROTOKOLL FRA STYREMØTE 2/2033\n\nNordlys Sjømatklynge AS\n\nTid: Onsdag 15. mars 2033 kl. 10.00–12.00\n"
     "Sted: Bodø, klyngens kontor\n\nTil stede: fem styremedlemmer og daglig leder.\n\nSak 1/33 Godkjenning av "
     "innkalling\nInnkallingen ble godkjent.\n",
     [("Styremøte 2/ 2033", D(2033, 3, 15), D(2033, 3, 15), "pattern:event_minutes")]),
    # Swedish, a summary of the annual meeting with its year
    ("Sammanfattning av årsmötet 2033\n\nFöreningen Skogsklustret i Dalarna\n\nDatum: tisdagen den 18 april 2033, "
     "kl. 13.00–15.30\n\nPlats: Falun, Kulturhuset\n\nÅrsmötet valde en ny styrelse och godkände "
     "verksamhetsberättelsen.\n",
     [("Årsmötet 2033", D(2033, 4, 18), D(2033, 4, 18), "pattern:event_minutes")]),
    # Italian, the label with its article
    ("Verbale della riunione del consiglio direttivo\n\nData: 14 marzo 2033, ore 15.00\nLuogo: Trento, sede del "
     "cluster\n\nPresenti: sei consiglieri.\n\nIl consiglio approva il bilancio.\n",
     [("Riunione del consiglio direttivo 2033", D(2033, 3, 14), D(2033, 3, 14), "pattern:event_minutes")]),
    # Dutch
    ("Notulen van de algemene ledenvergadering\n\nDatum: 22 mei 2034, 14.00 uur\nLocatie: Eindhoven, High Tech "
     "Campus\n\nAanwezig: 41 leden.\n\nDe vergadering keurt de jaarrekening goed.\n",
     [("Algemene ledenvergadering 2034", D(2034, 5, 22), D(2034, 5, 22), "pattern:event_minutes")]),
])
def test_event_minutes_title_of_another_language(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_event_minutes_label_over_no_meeting_is_none(extract):
    text = ("Zusammenfassung der Studie über regionale Netzwerke\n\nStand: 3. Mai 2033\n\nDie Studie untersucht zwölf "
            "Netzwerke in drei Regionen und ihre Zusammenarbeit mit Hochschulen.\n")
    assert [e for e in extract(text).events if e.rule == "pattern:event_minutes"] == []
