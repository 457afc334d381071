"""An event on an indented line under a timed line of a day-by-day programme takes that slot's day
(``line_dates.agenda_day``): the award given at the evening's dinner. Programmes of our own."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize("text, name, day", [
    ("Programm\n\nDer Fachtag bringt Betriebe und Hochschulen der Region zusammen, mit Vorträgen und einem "
     "Abendprogramm.\n\nTAG 1 – Dienstag, 4. März 2031\n\n09:00  Begrüßung\n       Dr. Anna Beispiel, Vorsitzende\n\n"
     "19:00  Abendessen im Rathaus\n       Verleihung des Oberpfälzer Holzpreises 2031 durch den Landrat\n\n"
     "TAG 2 – Mittwoch, 5. März 2031\n\n09:00  Werkstattbesuche\n",
     "Verleihung des Oberpfälzer Holzpreises 2031", dt.date(2031, 3, 4)),
    ("Programme\n\nThe cluster's annual meeting brings members and partners together for two days of talks and "
     "visits.\n\nDAY 1 – Tuesday 4 March 2031\n\n09:00  Welcome\n       Jane Example, cluster manager\n\n"
     "18:30  Reception at the town hall\n       Award ceremony of the Baltic Wood Innovation Prize\n\n"
     "DAY 2 – Wednesday 5 March 2031\n\n09:00  Site visits\n",
     "Baltic Wood Innovation Prize ceremony 2031", dt.date(2031, 3, 4)),
    ("Programme\n\nThe forum runs over two days in the harbour's congress hall.\n\nDAY 1 – Tuesday 4 March 2031\n\n"
     "09:00  Opening\n\nDAY 2 – Wednesday 5 March 2031\n\n"
     "17:00  Closing session\n       Jane Example, cluster manager\n       Award ceremony of the Harbour Start-up Prize\n",
     "Harbour Start-up Prize ceremony 2031", dt.date(2031, 3, 5)),
])
def test_award_on_a_slot_line_takes_its_day(extract, text, name, day):
    assert [(e.start_date, e.end_date) for e in extract(text).events if e.name == name] == [(day, day)]


def test_indented_line_after_a_blank_is_no_slot(extract):
    # a blank line ends the slot: the indented note below belongs to no timed line
    text = ("Programme\n\nThe forum runs over two days in the harbour's congress hall.\n\nDAY 1 – Tuesday 4 March 2031\n\n"
            "18:30  Reception at the town hall\n\n       Award ceremony of the Harbour Start-up Prize, date to be announced\n")
    assert [e.start_date for e in extract(text).events if "Prize" in e.name] in ([], [None])
