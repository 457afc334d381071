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
     [("sjednici Upravnog odbora", "Sjednica Upravnog odbora 2031", D(2031, 6, 16), D(2031, 6, 16),
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


# Editions named by an ordinal written as a word or a Roman numeral, a list of past editions numbered "4. sajam",
# and a later mention of the same edition in another case (the first mention's). Sentences of our own.
_SR = ("Vesti iz klastera | Objavljeno: 12. oktobra 2031.\n\n"
       "ZAJEČAR – Treći forum voćara i vinogradara, koji je klaster organizovao 4. i 5. oktobra 2031. godine u Domu "
       "kulture, okupio je više od 150 učesnika iz Srbije i Bugarske. Učesnici su razgovarali o navodnjavanju, o "
       "izvozu vina i o zajedničkoj nabavci opreme za male proizvođače.\n\n"
       "Predsednik klastera rekao je da su poljoprivrednici ove godine imali dobru berbu, ali da su cene na tržištu i "
       "dalje niske. Predstavnici opštine najavili su novi program podrške za mlade vinogradare i za zadruge koje "
       "žele da izvoze u Evropsku uniju.\n\n"
       "Sledeći, IV forum voćara i vinogradara biće održan 2032. godine u Negotinu.")
_HR = ("Obavijesti klastera, 2. lipnja 2030.\n\nSAJAM DRVA – PRETHODNA IZDANJA\n\n"
       "Sajam drva najveći je skup stolara i proizvođača namještaja u istočnoj Hrvatskoj. Organizira ga klaster u "
       "suradnji sa županijom i obrtničkom komorom, a okuplja izlagače iz Hrvatske, Mađarske i Srbije.\n\n"
       "4. sajam – Osijek, 3. i 4. svibnja 2029.\nTema: mladi stolari. 80 izlagača.\n\n"
       "3. sajam – Vukovar, 5. svibnja 2028.\nTema: izvoz namještaja. 60 izlagača.\n\n"
       "Organizacijski odbor 4. sajma zahvaljuje svim izlagačima na suradnji.")
_SL = ("Novice grozda, 20. marec 2031\n\nV Velenju je 14. marca 2031 potekal Tretji forum energetske učinkovitosti, "
       "ki se ga je udeležilo 140 predstavnikov podjetij, šol in občin. Udeleženci so razpravljali o cenah energije, o "
       "sončnih elektrarnah na strehah tovarn in o skupnem naročanju opreme.")


@pytest.mark.parametrize("text, expected", [
    # a word ordinal and a Roman numeral open the name; "i" joins the two words of its genitive
    (_SR, [("Treći forum voćara i vinogradara", "Treći forum voćara i vinogradara 2031", D(2031, 10, 4), D(2031, 10, 5)),
           ("IV forum voćara i vinogradara", "IV forum voćara i vinogradara 2032", D(2032, 1, 1), D(2032, 12, 31))]),
    # a list of past editions, each line opened by its number and the lower-case noun; "4. sajma" later is the 4th's
    (_HR, [("4. sajam", "4. sajam 2029", D(2029, 5, 3), D(2029, 5, 4)), ("3. sajam", "3. sajam 2028", D(2028, 5, 5), D(2028, 5, 5))]),
    # a Slovenian ordinal word before "forum" (an English word too, read only after an ordinal)
    (_SL, [("Tretji forum energetske učinkovitosti", "Tretji forum energetske učinkovitosti 2031", D(2031, 3, 14), D(2031, 3, 14))]),
])
def test_event_foreign_inflected_word_ordinals(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_foreign_inflected",) for e in expected]


@pytest.mark.parametrize("text", [
    # a congress's first or second day: a noun between the ordinal word and the event noun
    "Program kongresa, 2. rujna 2035.\n\nPrvi dan kongresa posvećen je plenarnim predavanjima. Drugog dana kongresa "
    "predviđen je posjet tvornicama članica.",
    # "drugi" lower-case before "forum": not an edition's ordinal opening a name
    "Klaster je na jesen organizirao drugi forum o robotici u Varaždinu.",
])
def test_event_foreign_inflected_word_ordinals_not_names(extract, text):
    assert [r for r in _rows(extract(text)) if r[-1] == "pattern:event_foreign_inflected"] == []


def test_a_participle_of_planning_ends_an_ordinal_name(extract):
    # "planiran", "zakazana", "održan" of [stops]: the verb after the noun, not its genitive
    text = ("Sedmi forum planiran je za oktobar 2036. godine u Jagodini. Osmi sajam zakazan je za proleće 2037. "
            "IX kongres održan je u Nišu.")
    # the mention's words (the names carry the year of a date the text gives them since Serbian dates are read:
    # "oktobar 2036"; language_close_groups.txt)
    assert [r[0] for r in _rows(extract(text)) if r[-1] == "pattern:event_foreign_inflected"] == [
        "Sedmi forum", "Osmi sajam", "IX kongres"]
