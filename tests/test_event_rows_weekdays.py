"""Rule ``pattern:event_row`` (event_phrases.calendar_rows), family "a weekday before the row's date": calendars and
seminar series in other languages open each row with the weekday, short or in full, before the date ("Ti 11.9.2040 |
…", "Ma–ti 15.–16.10.2040 | …", "1. Martedì 6 novembre 2040 – …"); the title may open with a capital of any alphabet.
Calendars of our own, exact events (a row's name takes its year, as every event name does)."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result):
    return sorted((e.name, e.start_date, e.end_date) for e in result.events if e.rule == "pattern:event_row")


@pytest.mark.parametrize("text, expected", [
    ("Klusterin tapahtumat syksyllä\n\nTi 11.9.2040 | Puurakentamisen aamupäivä\n"
     "Ma–ti 15.–16.10.2040 | Opintomatka Jyväskylään\nTo 8.11.2040 | Webinaari: Puun hiilijalanjälki\n",
     [("Opintomatka Jyväskylään 2040", dt.date(2040, 10, 15), dt.date(2040, 10, 16)),
      ("Puurakentamisen aamupäivä 2040", dt.date(2040, 9, 11), dt.date(2040, 9, 11)),
      ("Webinaari: Puun hiilijalanjälki 2040", dt.date(2040, 11, 8), dt.date(2040, 11, 8))]),
    ("Ciclo di seminari 2040\n\n1. Martedì 6 novembre 2040 – Robot collaborativi nelle PMI\n"
     "2. Giovedì 22 novembre 2040 – Manutenzione predittiva con i dati di fabbrica\n",
     [("Manutenzione predittiva con i dati di fabbrica 2040", dt.date(2040, 11, 22), dt.date(2040, 11, 22)),
      ("Robot collaborativi nelle PMI 2040", dt.date(2040, 11, 6), dt.date(2040, 11, 6))]),
    ("Veranstaltungen\n\n- Do., 12.03.2039 – Frühjahrstreffen der Netzwerkpartner, Jena\n"
     "- Mi., 17.06.2039 – Sommerfest des Netzwerks, Erfurt\n",
     [("Frühjahrstreffen der Netzwerkpartner 2039", dt.date(2039, 3, 12), dt.date(2039, 3, 12)),
      ("Sommerfest des Netzwerks 2039", dt.date(2039, 6, 17), dt.date(2039, 6, 17))]),
    ("Upcoming\n\nTuesday 4 March 2042 – Offshore Supply Chain Breakfast\nThursday 20 March 2042 – Ports and Skills Forum\n",
     [("Offshore Supply Chain Breakfast 2042", dt.date(2042, 3, 4), dt.date(2042, 3, 4)),
      ("Ports and Skills Forum 2042", dt.date(2042, 3, 20), dt.date(2042, 3, 20))]),
])
def test_a_weekday_before_the_rows_date(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_weekday_rows_in_lower_case_are_no_events(extract):
    # notices, not titles: the rows are written in lower case
    text = ("Avvisi\n\nMartedì 6 novembre 2040 – la sede resterà chiusa per inventario\n"
            "Giovedì 8 novembre 2040 – gli uffici riaprono alle 9\n")
    assert _rows(extract(text)) == []


@pytest.mark.parametrize("text", [
    # a day-by-day programme: the day's place and a colon, then its items (lower case, or a known place)
    "Programul vizitei\n\nMarți, 3 martie 2043 – Graz: vizită la parcul tehnologic; cină cu partenerii.\n"
    "Miercuri, 4 martie 2043 – Graz/Leoben: întâlniri cu furnizorii.\n",
    "Mission programme\n\nMonday 2 March 2043 – Lyon: Welcome at the regional agency.\n"
    "Tuesday 3 March 2043 – Lyon: Plant visits in the valley.\n",
    # the weekday and date, then a colon: a programme's day line
    "Programme\n\nMonday 2 March 2043: Arrival and welcome dinner.\nTuesday 3 March 2043: Company visits in Turin.\n",
])
def test_a_programmes_day_lines_are_no_rows(extract, text):
    assert _rows(extract(text)) == []
