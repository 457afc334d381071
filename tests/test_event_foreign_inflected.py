"""Events in documents in Slavic and other non-English languages: Slavic names with a lower-case inflected
event noun (``pattern:event_foreign_inflected``), listed trade fairs in a text of any language
(``pattern:event_trade_fair``) and meeting nouns of more languages (``pattern:event_foreign_meeting``).
Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return [(e.text, e.name, e.start_date, e.end_date, e.rule) for e in result.events]


@pytest.mark.parametrize("text, expected", [
    # a capitalised adjective (and more, joined by "i") before the inflected noun, mid-sentence; date from the sentence
    ("Objavljeno: 2. lipnja 2031.\n\nTvrtke iz naše županije ove su godine izlagale na Jadranskom nautičkom sajmu u "
     "Splitu 12. svibnja 2031. Klaster je organizirao zajednički štand za devet tvrtki.",
     [("Jadranskom nautičkom sajmu", "Jadranskom nautičkom sajmu 2031", D(2031, 5, 12), D(2031, 5, 12))]),
    # an edition's ordinal: the words of the name's genitive and a capitalised name after the noun; the date
    # of the sentence the splitter ended at the ordinal
    ("Správy klastra, 20. júna 2031\n\nV dňoch 3. – 4. júna 2031 sa v Žiline uskutočnil 5. ročník konferencie "
     "DREVO-TECH 2031, ktorú organizuje drevársky klaster. Zúčastnilo sa na nej 150 hostí.",
     [("5. ročník konferencie DREVO-TECH 2031", "5. ročník konferencie DREVO-TECH 2031", D(2031, 6, 3), D(2031, 6, 4))]),
    # "forum" (an English word too) only after an ordinal; a word of [stops] ends the name ("leta 2033"), whose year
    # the Slovenian year rule reads (multilingual:year:sl) and the event takes
    ("Na letošnjem srečanju so podjetja pregledala rezultate. Organizatorji so ob koncu povzeli sklepe in napovedali, "
     "da bo 4. forum leta 2033 v Velenju. V Celju je potekal 3. Savinjski forum lesarstva, ki se ga je udeležilo "
     "120 predstavnikov podjetij.",
     [("4. forum", "4. forum 2033", D(2033, 1, 1), D(2033, 12, 31)), ("3. Savinjski forum lesarstva", "3. Savinjski forum lesarstva", None, None)]),
    # the day before the ordinal, in the Slovenian genitive ("14. marca 2031")
    ("Novice, 20. marec 2031\n\nV petek, 14. marca 2031, je v Celju potekal 3. Savinjski forum lesarstva, ki se ga je "
     "udeležilo 120 predstavnikov podjetij, šol in občin.",
     [("3. Savinjski forum lesarstva", "3. Savinjski forum lesarstva 2031", D(2031, 3, 14), D(2031, 3, 14))]),
    # a list item opens with the name; a capitalised genitive after the noun belongs to it
    ("Iz rada klastera u prošloj godini:\n- Godišnja skupština Udruge: izabran novi predsjednik\n- Zajednički nastup "
     "tvrtki u inozemstvu\n",
     [("Godišnja skupština Udruge", "Godišnja skupština Udruge", None, None)]),
])
def test_event_foreign_inflected_names(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_foreign_inflected",) for e in expected]


@pytest.mark.parametrize("text", [
    # a sentence's first word with the noun and nothing capitalised after it; "this year's"
    "Prejšnji forumi so bili v letih 2025 in 2027. Letošnja konferenca bo 9. oktobra 2031 v Mariboru.",
    # a noun before the noun ("plan targów"), not its adjective
    "Walne Zgromadzenie Członków 2031 – nowy Zarząd i plan targów na jesień",
    # a list's number, not an edition's ordinal
    "Program:\n1. Otwarcie konferencji – prezes klastra Jan Nowak.\n2. Wykład wprowadzający – prof. Anna Kowalska.\n",
    # a clause between the capitalised word and the noun; the noun alone
    "Klaster je na štandu organizirao forum o robotici. Nakon foruma održan je kratki susret tvrtki.",
])
def test_event_foreign_inflected_not_names(extract, text):
    assert _rows(extract(text)) == []


@pytest.mark.parametrize("text, expected", [
    # a listed fair after a preposition or with a fair noun of the text's language: its name is the same in every language
    ("Objavljeno: 2. lipnja 2031.\n\nNaši članovi ponovno izlažu na sajmu EuroBLECH u Hannoveru. Prijave za zajednički "
     "štand primamo do kraja mjeseca.",
     [("EuroBLECH", "EuroBLECH", None, None, "pattern:event_trade_fair")]),
    ("Opublikowano 3 maja 2031 r.\n\nFirmy z naszego klastra wystawiały się w tym roku na targach Techtextil we "
     "Frankfurcie. Na wspólnym stoisku pokazaliśmy dwanaście nowych produktów.",
     [("Techtextil", "Techtextil", None, None, "pattern:event_trade_fair")]),
    ("Otte af vores medlemmer udstillede i år på Anuga i Köln. Fællesstanden blev besøgt af mange indkøbere fra hele "
     "Europa.",
     [("Anuga", "Anuga", None, None, "pattern:event_trade_fair")]),
    # meeting nouns of Croatian, Greek and Swedish dated beside them; a word of its kind before the noun stays
    ("Objavljeno: 2. lipnja 2031.\n\nKlaster će rezultate projekta predstaviti na sjednici Upravnog odbora 16. lipnja "
     "2031. u Varaždinu.",
     [("sjednici Upravnog odbora", "Sjednici Upravnog odbora 2031", D(2031, 6, 16), D(2031, 6, 16),
       "pattern:event_foreign_meeting")]),
    ("Δελτίο Τύπου, 2 Μαΐου 2031\n\nΟ σύνδεσμος θα παρουσιάσει τον απολογισμό στη γενική συνέλευση των μελών στις "
     "19 Μαΐου 2031 στην Καβάλα.",
     [("γενική συνέλευση των μελών", "Γενική συνέλευση των μελών 2031", D(2031, 5, 19), D(2031, 5, 19),
       "pattern:event_foreign_meeting")]),
    ("Nyheter från klustret, 2 maj 2031\n\nVid föreningens ordinarie årsmöte i Visby tisdagen den 24 april 2031 valdes "
     "en ny styrelse för klustret.",
     [("ordinarie årsmöte", "Ordinarie årsmöte 2031", D(2031, 4, 24), D(2031, 4, 24), "pattern:event_foreign_meeting")]),
])
def test_events_of_other_languages_fairs_and_meetings(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a place between the meeting phrase and its date, after a word of [place links]: no part of the name
    ("Δελτίο Τύπου, 2 Μαΐου 2031\n\nΤα αποτελέσματα θα συζητηθούν στη συνάντηση των μελών στη Λάρισα, στις 5 Ιουνίου "
     "2031, με τη συμμετοχή της περιφέρειας.",
     [("συνάντηση των μελών", "Συνάντηση των μελών 2031", D(2031, 6, 5), D(2031, 6, 5), "pattern:event_foreign_meeting")]),
    ("Aktuality klastru, 2. května 2031\n\nNávrh rozpočtu projedná setkání partnerů v Olomouci 4. června 2031 a poté "
     "jej schválí výbor klastru.",
     [("setkání partnerů", "Setkání partnerů 2031", D(2031, 6, 4), D(2031, 6, 4), "pattern:event_foreign_meeting")]),
    ("Notizie dal distretto, 2 maggio 2031\n\nIl bilancio sarà presentato all'assemblea dei soci a Trento il 9 giugno "
     "2031, insieme al nuovo piano di attività.",
     [("assemblea dei soci", "Assemblea dei soci 2031", D(2031, 6, 9), D(2031, 6, 9), "pattern:event_foreign_meeting")]),
])
def test_event_foreign_meeting_place_before_its_date(extract, text, expected):
    assert _rows(extract(text)) == expected
