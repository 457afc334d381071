"""Rule ``pattern:event_labelled``, family "labelled title in any language" (event_labelled.py): a calendar line
labelled with an event noun of another language (event_noun_concepts.csv) or an English keyword, the title after the
colon, the date on the line above with its weekday in that language. Calendars of our own, exact events."""
from __future__ import annotations

import datetime as dt

import pytest


def _labelled(result):
    return sorted((e.name, e.start_date) for e in result.events if e.rule == "pattern:event_labelled")


@pytest.mark.parametrize("text, expected", [
    ("Veranstaltungskalender des Netzwerks\n\nAuch im Frühjahr lädt das Netzwerk seine Mitglieder wieder zu mehreren "
     "Terminen ein. Die Teilnahme ist für Mitglieder kostenfrei, Gäste zahlen einen kleinen Beitrag.\n\n"
     "Dienstag, 4. Mai 2038\nWorkshop: Wasserstoff in der Logistik\n\n"
     "Donnerstag, 20. Mai 2038\nFachtagung: Kreislaufwirtschaft im Maschinenbau\n\n"
     "Anmeldung bitte bis eine Woche vorher über die Geschäftsstelle.\n",
     [("Fachtagung: Kreislaufwirtschaft im Maschinenbau 2038", dt.date(2038, 5, 20)),
      ("Workshop: Wasserstoff in der Logistik 2038", dt.date(2038, 5, 4))]),
    ("Kalendarz wydarzeń klastra\n\nZapraszamy członków klastra oraz partnerów na najbliższe spotkania. Udział jest "
     "bezpłatny, liczba miejsc ograniczona.\n\n15 kwietnia 2040\nWarsztaty: Cyfrowy bliźniak w produkcji\n\n"
     "27 maja 2040\nKonferencja: Przemysł drzewny wobec nowych regulacji\n\nZgłoszenia przyjmuje biuro klastra.\n",
     [("Konferencja: Przemysł drzewny wobec nowych regulacji 2040", dt.date(2040, 5, 27)),
      ("Warsztaty: Cyfrowy bliźniak w produkcji 2040", dt.date(2040, 4, 15))]),
    # French typography: a space before the colon; the weekday in lower case before the date
    ("Prochains rendez-vous du pôle\n\nLe pôle propose à ses adhérents plusieurs rendez-vous ce printemps. Les "
     "inscriptions sont ouvertes sur le site.\n\nmardi 12 mars 2041\nWebinaire : Financer la transition énergétique des PME\n\n"
     "jeudi 4 avril 2041\nAtelier : Réduire les emballages plastiques\n\nContact : secrétariat du pôle.\n",
     [("Atelier: Réduire les emballages plastiques 2041", dt.date(2041, 4, 4)),
      ("Webinaire: Financer la transition énergétique des PME 2041", dt.date(2041, 3, 12))]),
])
def test_a_labelled_calendar_title_in_another_language(extract, text, expected):
    assert _labelled(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # a session of a programme: a time on the line above
    "Programma della giornata\n\nLa giornata si svolge presso la sede del distretto.\n\n10:30\n\n"
    "Seminario: Nuove regole per gli imballaggi in plastica\n\nInterviene Marta Bianchi.\n",
    # a place after the label
    "Konferencja: Kraków, Polska\n\nSzczegóły wkrótce.\n",
    # a date after the label
    "Webinaire : 12 mars 2041\n\nInscription en ligne.\n",
])
def test_a_labelled_line_that_is_no_event(extract, text):
    assert _labelled(extract(text)) == []
