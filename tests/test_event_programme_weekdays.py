"""A programme's own item told by the weekday it was held on, in other languages (``pattern:event_foreign_generic``
read in a sentence that names a weekday, dated by ``event_weekdays`` inside the span of days stated above it), and the
words a noun that names its meeting by itself takes before it. Sentences of our own, two each so that the block's
language is known; exact rows (every event of the text)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.extract.event_weekdays import said, weekdays

D = dt.date
RULE = "pattern:event_foreign_generic"


def _rows(result) -> list[tuple]:
    return [(e.text, e.name, e.start_date, e.end_date, e.rule) for e in result.events]


@pytest.mark.parametrize("text, expected", [
    # the weekday in the language's plain form, its case form ("Szerdán", "Neljapäeval", "Keskiviikkona") or after a
    # preposition ("op woensdag", "Am Donnerstag", "W czwartek"); the span of days above gives the day
    ("Van dinsdag 13 tot en met vrijdag 16 maart 2035 bezocht een delegatie van het cluster de regio Stuttgart. Het "
     "programma begon op woensdag met een rondleiding en een netwerkdiner met de Duitse partners.",
     [("netwerkdiner", "Netwerkdiner 2035", D(2035, 3, 14), D(2035, 3, 14))]),
    ("A küldöttség 2035. május 8–10. között Brnóban járt a klaszter tagjaival. Szerdán a résztvevők üzemlátogatáson "
     "vettek részt egy helyi gépgyártónál.",
     [("üzemlátogatáson", "Üzemlátogatás 2035", D(2035, 5, 9), D(2035, 5, 9))]),
    ("Klastri delegatsioon külastas 23.–26.09.2036 Hamburgi sadamat. Neljapäeval toimus ettevõttekülastus kohalikku "
     "tehasesse.",
     [("ettevõttekülastus", "Ettevõttekülastus 2036", D(2036, 9, 25), D(2036, 9, 25))]),
    ("Klusterin jäsenet matkasivat 20.–23.11.2035 Göteborgiin tutustumaan satamaan. Keskiviikkona ohjelmassa oli "
     "yritysvierailu satamaan.",
     [("yritysvierailu", "Yritysvierailu 2035", D(2035, 11, 21), D(2035, 11, 21))]),
    ("Die Clusterreise führte vom 12. bis 15. Juni 2035 nach Bilbao. Am Donnerstag stand eine Betriebsbesichtigung bei "
     "einem Zulieferer auf dem Programm.",
     [("Betriebsbesichtigung", "Betriebsbesichtigung 2035", D(2035, 6, 14), D(2035, 6, 14))]),
    ("Klastrowa delegacja odwiedziła Lyon w dniach 12–15 czerwca 2035 roku razem z partnerami. W czwartek odbyła się "
     "uroczysta kolacja dla uczestników.",
     [("uroczysta kolacja dla uczestników", "Uroczysta kolacja dla uczestników 2035", D(2035, 6, 14), D(2035, 6, 14))]),
    # a routine's weekday ("Jeden Mittwoch") tells no item of the programme
    ("Die Clusterreise führte vom 12. bis 15. Juni 2035 nach Bilbao. Jeden Mittwoch gibt es ein Netzwerkdinner in "
     "Stuttgart.", []),
])
def test_programme_item_told_by_its_weekday(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # before a noun that names the meeting by itself, a word that says who took part or whose it was is no part of
    # its name ("a résztvevők", "projektets"); a name capitalised inside the sentence is
    ("Partnerna samlades den 4 mars 2036 i Umeå för projektets uppstartsmöte. Alla sex regioner var med.",
     [("uppstartsmöte", "Uppstartsmöte 2036", D(2036, 3, 4), D(2036, 3, 4))]),
    ("Rakveres toimub 14.05.2036 Virumaa Toiduklastri infopäev. Osalemine on tasuta.",
     [("Virumaa Toiduklastri infopäev", "Virumaa Toiduklastri infopäev 2036", D(2036, 5, 14), D(2036, 5, 14))]),
    # a word of the meeting's kind stays ([meeting openers] of data/event_keywords_languages.txt)
    ("A klaszter vezetése új tagfelvételi szabályzatot készített. A klaszter 2036. március 3-án rendkívüli taggyűlést "
     "tart Pécsen.",
     [("rendkívüli taggyűlést", "Rendkívüli taggyűlés 2036", D(2036, 3, 3), D(2036, 3, 3))]),
    ("Föreningen har fått tre nya medlemsföretag under våren. Den 22 april 2036 håller föreningen sitt ordinarie årsmöte "
     "i Luleå.",
     [("ordinarie årsmöte", "Ordinarie årsmöte 2036", D(2036, 4, 22), D(2036, 4, 22))]),
])
def test_one_word_meeting_takes_only_names_and_kinds_before_it(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]


@pytest.mark.parametrize("text, day", [
    ("Szerdán a partnerek", "wed"), ("kedden este", "tue"), ("neljapäeval toimub", "thu"), ("Torstaina ohjelmassa", "thu"),
    ("w czwartek rano", "thu"), ("ve čtvrtek", "thu"), ("på torsdagen", "thu"), ("last Thursday", "thu"),
])
def test_weekdays_of_every_language_with_their_case_endings(settings, text, day):
    words = weekdays(Path(settings.data_dir))
    (found,) = said(words, text)
    assert words.of(found.group("day")) == day


@pytest.mark.parametrize("text", [
    "every Thursday", "jeden Mittwoch", "chaque mardi", "joka torstai", "on Thursdays", "lunile trecute", "Thursday 4 May",
])
def test_no_weekday_of_an_event(settings, text):
    assert said(weekdays(Path(settings.data_dir)), text) == []
