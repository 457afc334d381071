"""A body's meeting named by its day written before the meeting noun (``pattern:event_dated_meeting``). Sentences of
our own, in languages that write a noun's modifiers before it."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # Hungarian: the case ending on the date ("12-i"), an article between the body and the date
    ("A Dél-alföldi Élelmiszeripari Klaszter közgyűlése a 2033. május 12-i ülésén elfogadta a beszámolót. A "
     "klaszternek jelenleg 52 tagja van a régió vállalkozásai közül.",
     [("Klaszter közgyűlése május 12-i ülése 2033", D(2033, 5, 12), D(2033, 5, 12), "pattern:event_dated_meeting")]),
    ("Az egyesület elnöksége 2031. szeptember 9-i ülésén jóváhagyta az éves beszámolót és a következő évi "
     "munkatervet.",
     [("Egyesület elnöksége szeptember 9-i ülése 2031", D(2031, 9, 9), D(2031, 9, 9), "pattern:event_dated_meeting")]),
    # Lithuanian: the date with its year and day words ("2033 m. gegužės 4 d.") before the locative noun
    ("Asociacijos valdybos 2033 m. gegužės 4 d. posėdyje buvo patvirtinti trys nauji nariai. Klasteris šiuo metu "
     "vienija 27 įmones ir dvi mokslo institucijas, o jo veikla apima visą regioną.",
     [("Asociacijos valdybos m. gegužės 4 d. posėdis 2033", D(2033, 5, 4), D(2033, 5, 4), "pattern:event_dated_meeting")]),
    # Latvian: "gada" after the year, the noun in the locative
    ("Biedrības valdes 2034. gada 5. maija sēdē tika apstiprināti divi jauni biedri. Klasterī tagad ir 31 uzņēmums un "
     "trīs pētniecības organizācijas.",
     [("Biedrības valdes gada 5. maija sēde 2034", D(2034, 5, 5), D(2034, 5, 5), "pattern:event_dated_meeting")]),
    # Finnish: a date in figures before the inessive noun
    ("Osuuskunnan hallituksen 13.4.2035 kokouksessa päätettiin uuden toiminnanjohtajan valinnasta. Klusterissa on nyt "
     "45 jäsenyritystä eri puolilta maakuntaa.",
     [("Osuuskunnan hallituksen 13.4. kokous 2035", D(2035, 4, 13), D(2035, 4, 13), "pattern:event_dated_meeting")]),
])
def test_event_dated_meeting_body_day_noun(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # the meeting said again without its body: no name of its own
    "Az április 25-i ülésen az elnökség emellett két új tagot vett fel és elfogadta a költségvetést.",
    # a date before a word that is no meeting noun
    "A klaszter 2033. május 12-i beszámolója szerint a tagok száma ötvenkettőre nőtt.",
    # a verb right before the date: the meeting is the clause's, its body named before
    "Klasterio valdyba šias rekomendacijas svarstys 2033 m. lapkričio 9 d. posėdyje kartu su partneriais.",
    # two words between the date and the noun: a clause's date, not the meeting's attribute
    "Netværket afholdt mandag den 4. maj 2032 sin årlige generalforsamling i Odense med fyrre deltagere.",
    "Yhdistyksen hallitus päätti 13.4.2035 aloittaa uuden hankkeen valmistelun yhdessä kuntien kanssa.",
])
def test_event_dated_meeting_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_dated_meeting"] == []
