"""A body's meeting in the prose of a Slavic language (``pattern:event_foreign_meeting``, ``pattern:event_foreign_generic``,
``pattern:event_minutes``), and an event dated by a season of another language. Sentences of our own.

- the verbs of taking place that lead from the meeting to its date (``[meeting links]`` of
  ``data/event_keywords_languages.txt``: "odbędzie się we", "održat će se", "bo", "se konala");
- the meeting named in the nominative, its body as written (``event_nouns.meeting_nominative``, the bases of
  ``data/event_noun_concepts.csv``): "na seji upravnega odbora" → "seja upravnega odbora", "Protokół z Walnego
  Zgromadzenia Członków" → "Walne Zgromadzenie Członków" (the languages of ``[nominative languages]`` of
  ``data/event_foreign_generic.txt``);
- a season before a year (``data/date_year_cues.txt``: "za proleće 2037", "spomladi 2037"): the event takes that year,
  not the date of the sentence before.
"""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events)


FM = "pattern:event_foreign_meeting"
FG = "pattern:event_foreign_generic"


@pytest.mark.parametrize("text, expected", [
    # Polish: "odbędzie się we" and a weekday before the date
    ("Stowarzyszenie skupia 52 firmy z branży lotniczej. Najbliższe posiedzenie Zarządu odbędzie się we czwartek "
     "9 października 2036 r. w Mielcu.",
     [("Posiedzenie Zarządu 2036", D(2036, 10, 9), D(2036, 10, 9), FM)]),
    # Croatian: "održat će se"
    ("Klaster okuplja 35 tvrtki iz regije. Sjednica Upravnog odbora održat će se 15. travnja 2036. u Varaždinu.",
     [("Sjednica Upravnog odbora 2036", D(2036, 4, 15), D(2036, 4, 15), FM)]),
    # Slovenian: "bo" (will be) is no word of the name
    ("Grozd združuje 40 podjetij iz regije. Seja upravnega odbora bo 3. junija 2035 v Celju.",
     [("Seja upravnega odbora 2035", D(2035, 6, 3), D(2035, 6, 3), FM)]),
    # Czech: a past tense, "se konala"
    ("Spolek sdružuje 70 firem z regionu. Valná hromada se konala 25. května 2039 v Liberci.",
     [("Valná hromada 2039", D(2039, 5, 25), D(2039, 5, 25), FM)]),
])
def test_slavic_meeting_led_to_its_date_by_a_verb(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # Slovenian locative "na seji" → "seja"
    ("Grozd združuje 40 podjetij iz regije. Na seji upravnega odbora 29. marca 2034 so člani potrdili letni načrt.",
     [("Seja upravnega odbora 2034", D(2034, 3, 29), D(2034, 3, 29), FM)]),
    # Croatian locative "na sjednici" → "sjednica", the body in the genitive as written
    ("Udruga okuplja 30 tvrtki. Na sjednici Upravnog odbora 14. svibnja 2035. izabran je novi predsjednik.",
     [("Sjednica Upravnog odbora 2035", D(2035, 5, 14), D(2035, 5, 14), FM)]),
    # Czech locative "na valné hromadě" → "valná hromada"
    ("Spolek sdružuje 70 firem z regionu. Na valné hromadě 14. dubna 2036 členové schválili nový rozpočet.",
     [("Valná hromada 2036", D(2036, 4, 14), D(2036, 4, 14), FM)]),
    # Bulgarian is no language of [nominative languages]: its definite form is named as written
    ("Клъстерът обединява 40 фирми. На заседанието на Управителния съвет на 22 април 2036 г. бяха приети нови членове.",
     [("Заседанието на Управителния съвет 2036", D(2036, 4, 22), D(2036, 4, 22), FG)]),
])
def test_slavic_meeting_named_in_the_nominative(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_minutes_title_in_the_genitive_names_the_meeting_in_the_nominative(extract):
    text = ("Protokół z Walnego Zgromadzenia Członków Klastra\n\nData: 12 marca 2037 r., Lublin\n\n"
            "1. Otwarcie zgromadzenia i wybór przewodniczącego.\n2. Sprawozdanie Zarządu za rok 2036.\n")
    assert [(e.name, e.start_date, e.rule) for e in extract(text).events] == [
        ("Walne Zgromadzenie Członków Klastra 2037", D(2037, 3, 12), "pattern:event_minutes")]


@pytest.mark.parametrize("text, expected", [
    # Serbian "za proleće 2037": the year, not the October before
    ("Klaster okuplja 28 firmi. Sajam drvne industrije održan je 12. oktobra 2036. u Beogradu. Osmi sajam zakazan je "
     "za proleće 2037.",
     [("Osmi sajam 2037", D(2037, 1, 1), D(2037, 12, 31), "pattern:event_foreign_inflected"),
      ("Sajam drvne industrije 2036", D(2036, 10, 12), D(2036, 10, 12), FG)]),
    # Slovenian "spomladi 2037"
    ("Grozd ima 45 članov. Konferenca o lesu je potekala 14. oktobra 2036 v Ljubljani. Druga konferenca o lesu bo "
     "spomladi 2037.",
     [("Druga konferenca 2037", D(2037, 1, 1), D(2037, 12, 31), "pattern:event_foreign_inflected"),
      ("Konferenca o lesu 2036", D(2036, 10, 14), D(2036, 10, 14), FG)]),
])
def test_event_dated_by_a_season_takes_its_year(extract, text, expected):
    assert _rows(extract(text)) == expected
