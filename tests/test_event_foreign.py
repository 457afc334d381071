"""Event names built on an event noun of another language (``pattern:event_foreign``). Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.text, e.name, e.start_date, e.city, e.rule) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # the noun opens the name, capitalised words joined by connectors follow
    ("La Jornada de Clústeres de Navarra se celebrará en Pamplona el 12 de mayo de 2026, con la participación de "
     "sesenta empresas de la región y de los centros tecnológicos.",
     [("Jornada de Clústeres de Navarra", "Jornada de Clústeres de Navarra 2026", D(2026, 5, 12), "Pamplona")]),
    ("Les Rencontres Numériques du Littoral ont réuni plus de deux cents participants à Brest le 4 juin 2026, "
     "autour des entreprises et des laboratoires de la région.",
     [("Rencontres Numériques du Littoral", "Rencontres Numériques du Littoral 2026", D(2026, 6, 4), "Brest")]),
    # a German ordinal before the noun stays in the name; its edition is dated by "findet am <date> in <Place>"
    ("Der 5. Fachtag Holzbau Schwaben findet am 8. Oktober 2026 in Augsburg statt. Der Fachtag richtet sich an "
     "Unternehmen, Architekten und Hochschulen aus der Region.",
     [("5. Fachtag Holzbau Schwaben", "5. Fachtag Holzbau Schwaben 2026", D(2026, 10, 8), "Augsburg")]),
    # a compound ending in an event noun after its capitalised modifier; the article is no part of the name
    ("De Vlaamse Voedingsdag vindt plaats op 14 maart 2026 in Gent. De dag is bedoeld voor bedrijven, onderzoekers "
     "en overheden uit de hele regio.",
     [("Vlaamse Voedingsdag", "Vlaamse Voedingsdag 2026", D(2026, 3, 14), "Ghent")]),
    # in English text too
    ("The delegation visited the Salone del Legno in Udine on 5 March 2026 and met the organisers.",
     [("Salone del Legno", "Salone del Legno 2026", D(2026, 3, 5), "Udine")]),
    # dates in the name's language: a year-less day takes the year of the document's dates, or of its publication
    ("La Jornada de Clústeres de Navarra se celebró el pasado 12 de mayo en Pamplona, tras la asamblea del 28 de abril "
     "de 2027.",
     [("Jornada de Clústeres de Navarra", "Jornada de Clústeres de Navarra 2027", D(2027, 5, 12), "Pamplona")]),
    ("Publicado el 20/11/2030. El clúster celebró el pasado 11 de noviembre la Jornada Naval del Sur en Cádiz con "
     "cuarenta empresas socias.",
     [("Jornada Naval del Sur", "Jornada Naval del Sur 2030", D(2030, 11, 11), "Cádiz")]),
    # a range whose second day has its weekday starts on the first day
    ("Les Rencontres Numériques du Littoral ont réuni trois cents participants les jeudi 4 et vendredi 5 juin 2026 à "
     "Brest, autour des entreprises de la région.",
     [("Rencontres Numériques du Littoral", "Rencontres Numériques du Littoral 2026", D(2026, 6, 4), "Brest")]),
    # a deadline after the name (data/event_deadline_words.txt) is not the event's day: the date before the name is
    ("El clúster organiza una misión comercial el 22 de enero de 2032 a la Semana Azul Atlántica en Vigo (plazas "
     "limitadas, inscripción hasta el 9 de enero).",
     [("Semana Azul Atlántica", "Semana Azul Atlántica 2032", D(2032, 1, 22), "Vigo")]),
    ("Im Juni 2029 besuchen wir gemeinsam den Fachtag Holzbau Schwaben in Augsburg (Anmeldung bis zum 31. Mai).",
     [("Fachtag Holzbau Schwaben", "Fachtag Holzbau Schwaben 2029", D(2029, 6, 1), "Augsburg")]),
    ("Le 3 avril 2030, le cluster emmène ses membres aux Rencontres Numériques du Littoral à Brest (inscriptions avant "
     "le 15 mars).",
     [("Rencontres Numériques du Littoral", "Rencontres Numériques du Littoral 2030", D(2030, 4, 3), "Brest")]),
])
def test_event_foreign_names(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_foreign",) for e in expected]


@pytest.mark.parametrize("text", [
    # the noun alone, after its article
    "La jornada terminó con un almuerzo el 4 de mayo de 2026, y las empresas presentaron sus proyectos a los compradores.",
    # a venue that holds the noun as its complement
    "Das Treffen fand am 4. Mai 2026 im Palais des Congrès de Lyon statt, mit Unternehmen aus der ganzen Region Rhône.",
    # "next" opens the sentence, not the name
    "Prochaines Rencontres : Lille, juin 2027, à l'invitation du pôle régional et des entreprises du territoire.",
    # an English word ending like a German compound opens no name
    "The Hashtag Campaign ran until June 2026.",
])
def test_event_foreign_noun_alone_or_venue_is_no_event(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_foreign"] == []




def _numbered(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events
                  if e.rule == "pattern:event_numbered_foreign")


def test_a_german_ordinal_numbers_an_edition_named_by_a_compound_alone(extract):
    # each edition dated and placed by its own clause, not by the sentence the splitter cut at "2." and "am 5."
    text = ("Unsere Veranstaltungen\n\n"
            "Der 2. Fachkongress fand am 5. Mai 2031 in Jena statt, der 3. Fachkongress am 9. Mai 2032 in Gera. "
            "Beide waren ausgebucht.\n")
    assert _numbered(extract(text)) == [
        ("2. Fachkongress 2031", D(2031, 5, 5), D(2031, 5, 5), "Jena", "pattern:event_numbered_foreign"),
        ("3. Fachkongress 2032", D(2032, 5, 9), D(2032, 5, 9), "Gera", "pattern:event_numbered_foreign")]


def test_a_numbered_forum_with_its_region_and_a_numbered_dialog_with_a_hyphen(extract):
    text = ("Rückblick und Ausblick\n\n"
            "Das 4. Windforum Nordhessen am 12. März 2033 zählte 200 Gäste. "
            "Im Herbst folgt der 5. Kasseler Wasserstoff-Dialog am Donnerstag, 8. Oktober 2033.\n")
    assert _numbered(extract(text)) == [
        ("4. Windforum Nordhessen 2033", D(2033, 3, 12), D(2033, 3, 12), None, "pattern:event_numbered_foreign"),
        ("5. Kasseler Wasserstoff-Dialog 2033", D(2033, 10, 8), D(2033, 10, 8), None, "pattern:event_numbered_foreign")]


def test_a_quoted_title_after_the_numbered_compound_belongs_to_the_name(extract):
    text = ("Save the date\n\n"
            "Der 6. Praxiskongress „Daten in der Logistik“ findet am 20. Juni 2034 in Erfurt statt.\n")
    assert _numbered(extract(text)) == [
        ("6. Praxiskongress Daten in der Logistik 2034", D(2034, 6, 20), D(2034, 6, 20), "Erfurt",
         "pattern:event_numbered_foreign")]


def test_no_edition_without_the_ordinal_nor_after_a_count_or_before_another_noun(extract):
    # a compound forum alone may be a network or a firm; "um 17. Beim Fachforum": a count ends the sentence;
    # "2. Obergeschoss" and "3. Förderaufruf" number no event
    text = ("Mitglieder\n\n"
            "Das Clusterforum Mittelhessen zählt 40 Firmen. Die Mühlenthaler Holzforum GmbH ist neu dabei. "
            "Die Zahl der Mitglieder stieg um 17. Beim Fachforum „Bahn und Bus“ sprach der Vorstand. "
            "Im 2. Obergeschoss liegt der Raum, und der 3. Förderaufruf endet am 1. Juli 2034.\n")
    assert _numbered(extract(text)) == []


def test_a_name_with_a_modifier_and_an_ordinal_dated_by_its_own_clause(extract):
    # pattern:event_foreign reads these; the ordinal's edition takes the date after "am", "findet im", "fand im"
    text = ("Rückblick\n\n"
            "Beim 4. Sächsischen Glastag am 12. April 2032 in Dresden sprachen sechs Hersteller. Der 5. Sächsische "
            "Glastag findet im Frühjahr 2033 in Leipzig statt. Der 2. Lausitzer Bautag fand im Juni 2031 in Cottbus statt.\n")
    assert sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in extract(text).events) == [
        ("2. Lausitzer Bautag 2031", D(2031, 6, 1), D(2031, 6, 30), "Cottbus", "pattern:event_foreign"),
        ("4. Sächsischen Glastag 2032", D(2032, 4, 12), D(2032, 4, 12), "Dresden", "pattern:event_foreign"),
        ("5. Sächsische Glastag 2033", D(2033, 1, 1), D(2033, 12, 31), "Leipzig", "pattern:event_foreign")]


@pytest.mark.parametrize("text, expected", [
    # an edition's ordinal word and noun before a "dated" noun (Foro, Fórum, Fòrum, Forumului) name an edition of the series
    ("Noticias del clúster, 20 de octubre de 2031\n\nLa tercera edición del Foro Forestal del Bierzo se celebró el 14 de "
     "octubre de 2031 en Ponferrada y reunió a más de 200 participantes de España y Portugal.",
     [("Foro Forestal del Bierzo", "Foro Forestal del Bierzo 2031", dt.date(2031, 10, 14))]),
    ("Notícies del clúster, 20 d'octubre de 2031\n\nLa segona edició del Fòrum Agroalimentari de Lleida es va celebrar el "
     "14 d'octubre de 2031 a Lleida i va reunir més de 200 participants.",
     [("Fòrum Agroalimentari de Lleida", "Fòrum Agroalimentari de Lleida 2031", dt.date(2031, 10, 14))]),
    ("Știri din cluster, 20 octombrie 2031\n\nA treia ediție a Forumului Lemnului Bucovina a avut loc pe 14 octombrie 2031 "
     "la Suceava și a reunit peste 120 de participanți din opt țări.",
     [("Forumului Lemnului Bucovina", "Forumului Lemnului Bucovina 2031", dt.date(2031, 10, 14))]),
    # the ordinal as a number: "4.ª edição do"
    ("Notícias do cluster, 20 de outubro de 2031\n\nA 4.ª edição do Fórum da Cortiça decorreu a 14 de outubro de 2031 em "
     "Coruche e reuniu mais de 200 participantes de Portugal e Espanha.",
     [("Fórum da Cortiça", "Fórum da Cortiça 2031", dt.date(2031, 10, 14))]),
])
def test_an_edition_phrase_before_a_dated_noun_names_an_edition(extract, text, expected):
    assert [(e.text, e.name, e.start_date) for e in extract(text).events if e.rule == "pattern:event_foreign"] == expected


def test_an_association_named_by_a_dated_noun_without_an_edition_is_no_event(extract):
    text = ("Notícias do cluster, 20 de outubro de 2031\n\nO presidente do Fórum da Cortiça, João Matos, apresentou a "
            "segunda edição do relatório anual do setor. A Fórum Oceano apoiou a iniciativa.")
    assert [e for e in extract(text).events if e.rule == "pattern:event_foreign"] == []
