"""A weekday between a meeting noun of another language and its date says when the meeting is, not which: it is
no word of the name, nor is the short preposition before it (``pattern:event_foreign_meeting``,
``pattern:event_foreign_generic``; weekday names with their case endings from ``data/event_weekdays.csv`` and
``data/programme_day_headings.csv``). Sentences of our own, two each so that the block's language is known; the rows
are every event of the text."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
MEETING = "pattern:event_foreign_meeting"
GENERIC = "pattern:event_foreign_generic"


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # the weekday (German, after a link word) between the noun and the date
    ("Die Arbeitsgruppe hat ihre Vorschläge vorgelegt. Die Mitgliederversammlung des Netzwerks findet am Dienstag, "
     "9. Juni 2037 in Kassel statt.",
     [("Mitgliederversammlung 2037", D(2037, 6, 9), D(2037, 6, 9), MEETING)]),
    # the weekday after a preposition (Czech "ve středu"), a body's meeting named by the body
    ("Klastr sdružuje třicet firem z kraje. Správní rada projedná rozpočet na svém zasedání ve středu 22. dubna "
     "2037 v Pardubicích.",
     [("Zasedání správní rady 2037", D(2037, 4, 22), D(2037, 4, 22), MEETING)]),
    # a Swedish weekday in its definite form: the owner before the noun names the meeting
    ("Arbetsgruppen lämnade sin rapport i mars. Förslagen diskuteras på styrelsens möte torsdagen den 16 april 2037 "
     "i Umeå.",
     [("Styrelsens möte 2037", D(2037, 4, 16), D(2037, 4, 16), GENERIC)]),
])
def test_weekday_is_no_word_of_the_meeting_name(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # one noun and a weekday say which kind of meeting, not which one (Czech, Polish, Swedish, Danish)
    "Studie o klastrech vyjde na podzim. Výsledky se projednají na zasedání v pondělí 4. května 2037 v Liberci.",
    "Raport jest już gotowy do dyskusji. Wnioski zostaną omówione na spotkaniu we wtorek 5 maja 2037 w Lublinie.",
    "Rapporten är klar för diskussion. Förslagen tas upp på ett möte tisdagen den 5 maj 2037 i Luleå.",
    "Planen er klar til høring blandt medlemmerne. Den drøftes på et møde onsdag den 6. maj 2037 i Vejle.",
    "Netværket har nu tres medlemsvirksomheder fra hele regionen. Arbejdsgruppen for grøn omstilling holder sit "
    "første møde tirsdag den 12. maj 2037 i Kolding.",
])
def test_one_noun_and_a_weekday_name_no_meeting(extract, text):
    assert _rows(extract(text)) == []
