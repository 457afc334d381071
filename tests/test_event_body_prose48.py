"""A governing body's meeting named in prose by the body and "its meeting" or a verb of meeting, in the languages that
name it by a compound or by the meeting noun with the body in the genitive (``pattern:event_foreign_meeting``:
``data/event_keywords_languages.txt`` [meeting bodies] third column, [meeting possessives], [meeting verbs], [meeting
links]). Sentences of our own, two sentences each so that the block's language is known."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
MEETING = "pattern:event_foreign_meeting"


def _rows(result, rule: str) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date) for e in result.events if e.rule == rule)


@pytest.mark.parametrize("text, expected", [
    # "its meeting" after the body: the body's meeting by the name its language gives it
    ("Das Netzwerk hat inzwischen achtzig Mitglieder aus der Region. Der Vorstand des Netzwerks hat in seiner Sitzung am "
     "Mittwoch, 12. März 2036, den Haushalt beschlossen.",
     [("Vorstandssitzung 2036", D(2036, 3, 12), D(2036, 3, 12))]),
    ("Föreningen har nu femtio medlemmar i hela länet. Föreningens styrelse ska behandla förslaget vid sitt möte "
     "onsdagen den 4 maj 2036.",
     [("Styrelsemöte 2036", D(2036, 5, 4), D(2036, 5, 4))]),
    ("Klyngen har nu halvtreds medlemmer i hele regionen. Bestyrelsen godkendte budgettet på sit møde den 3. marts 2036.",
     [("Bestyrelsesmøde 2036", D(2036, 3, 3), D(2036, 3, 3))]),
    ("Klyngen har nu førti medlemmer i hele fylket. Styret vedtok budsjettet på sitt møte 5. mai 2036.",
     [("Styremøte 2036", D(2036, 5, 5), D(2036, 5, 5))]),
    # a weekday right after the noun, no link word
    ("Klastr dnes sdružuje čtyřicet firem a dvě vysoké školy z celého regionu. Správní rada klastru na svém zasedání "
     "neděle 8. září 2036 jmenovala nového ředitele.",
     [("Zasedání správní rady 2036", D(2036, 9, 8), D(2036, 9, 8))]),
    ("Klaster zrzesza dziś pięćdziesiąt firm z całego regionu. Zarząd klastra na swoim posiedzeniu w dniu 14 marca "
     "2036 r. przyjął plan działania.",
     [("Posiedzenie zarządu 2036", D(2036, 3, 14), D(2036, 3, 14))]),
    ("Klaster dnes združuje štyridsať firiem a dve vysoké školy z celého regiónu. Predstavenstvo klastra na svojom "
     "zasadnutí dňa 10. decembra 2036 schválilo nový rozpočet.",
     [("Zasadnutie predstavenstva 2036", D(2036, 12, 10), D(2036, 12, 10))]),
])
def test_body_meeting_by_its_own_name(extract, text, expected):
    assert _rows(extract(text), MEETING) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of meeting after the body (and its owner), perhaps after a comma, then the day
    ("Das Netzwerk hat inzwischen achtzig Mitglieder aus der ganzen Region. Der Vorstand des Netzwerks tagt am 3. Mai "
     "2035 in Kassel.",
     [("Vorstandssitzung 2035", D(2035, 5, 3), D(2035, 5, 3))]),
    ("Föreningen har nu femtio medlemmar i hela länet. Styrelsen sammanträder den 9 september 2036 i Falun.",
     [("Styrelsemöte 2036", D(2036, 9, 9), D(2036, 9, 9))]),
    ("Het netwerk telt inmiddels tachtig leden uit de hele regio. De stuurgroep vergadert op vrijdag 11 december 2037 "
     "in Assen.",
     [("Stuurgroepvergadering 2037", D(2037, 12, 11), D(2037, 12, 11))]),
    # a meeting noun that is the body itself, dated after its verb
    ("Il distretto conta oggi sessanta imprese associate della regione. L'assemblea dei soci, riunita martedì 21 "
     "febbraio 2040 presso la sede di Udine, ha eletto il nuovo presidente.",
     [("Assemblea dei soci 2040", D(2040, 2, 21), D(2040, 2, 21))]),
    ("Le pôle compte cent adhérents dans toute la région. Le conseil d'administration, réuni le mardi 30 janvier 2035 "
     "à Rodez, a élu un nouveau président.",
     [("Conseil d'administration 2035", D(2035, 1, 30), D(2035, 1, 30))]),
    ("El clúster cuenta ya con cuarenta empresas asociadas de toda la región. La Junta Directiva se reunirá por primera "
     "vez el jueves 12 de mayo de 2039 en la sede del clúster.",
     [("Junta Directiva 2039", D(2039, 5, 12), D(2039, 5, 12))]),
    # "in <month>" of the Nordic languages
    ("Klyngen har nu halvtreds medlemmer i hele regionen og vokser stadig. Formanden fortsætter som rådgiver for "
     "bestyrelsen frem til generalforsamlingen i april 2041.",
     [("Generalforsamlingen 2041", D(2041, 4, 1), D(2041, 4, 30))]),
    ("Föreningen har nu femtio medlemmar i hela länet och fler är på väg. Förslaget behandlas på årsmötet i maj 2036 i "
     "Umeå.",
     [("Årsmötet 2036", D(2036, 5, 1), D(2036, 5, 31))]),
])
def test_body_meeting_by_its_verb(extract, text, expected):
    assert _rows(extract(text), MEETING) == expected


@pytest.mark.parametrize("text", [
    # no date after the verb; "its meeting" with no body before it; "its meeting" with no date
    "Das Netzwerk hat inzwischen achtzig Mitglieder aus der ganzen Region. Der Vorstand tagt regelmäßig in Kassel und "
    "berät die Geschäftsstelle.",
    "Das Netzwerk hat inzwischen achtzig Mitglieder aus der ganzen Region. Wir haben in unserer Sitzung am 3. Mai 2035 "
    "den Haushalt beschlossen.",
    "Föreningen har nu femtio medlemmar i hela länet. Styrelsen har haft sitt möte och beslutat om budgeten för 2036.",
])
def test_body_meeting_needs_body_and_day(extract, text):
    assert _rows(extract(text), MEETING) == []
