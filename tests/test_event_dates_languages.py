"""Event dates written in other languages than English: year-less days ("el pasado 12 de mayo"), ranges with a
weekday before the second day ("les jeudi 4 et vendredi 5 juin 2026"), and deadlines that are no event's day
("inscripción hasta el 9 de enero", ``data/event_deadline_words.txt``). Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.text, e.name, e.start_date, e.end_date, e.city) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # a year-less day takes the year of the document's dates, or of its publication date
    ("La Jornada de Clústeres de Navarra se celebró el pasado 12 de mayo en Pamplona, tras la asamblea del 28 de abril "
     "de 2027.",
     [("Jornada de Clústeres de Navarra", "Jornada de Clústeres de Navarra 2027", D(2027, 5, 12), D(2027, 5, 12), "Pamplona")]),
    ("Publicado el 20/11/2030. El clúster celebró el pasado 11 de noviembre la Jornada Naval del Sur en Cádiz con "
     "cuarenta empresas socias.",
     [("Jornada Naval del Sur", "Jornada Naval del Sur 2030", D(2030, 11, 11), D(2030, 11, 11), "Cádiz")]),
    # both days of a range whose second day has its weekday
    ("Les Rencontres Numériques du Littoral ont réuni trois cents participants les jeudi 4 et vendredi 5 juin 2026 à "
     "Brest, autour des entreprises de la région.",
     [("Rencontres Numériques du Littoral", "Rencontres Numériques du Littoral 2026", D(2026, 6, 4), D(2026, 6, 5), "Brest")]),
    # a deadline after the name is not the event's day: the date before the name is
    ("El clúster organiza una misión comercial el 22 de enero de 2032 a la Semana Azul Atlántica en Vigo (plazas "
     "limitadas, inscripción hasta el 9 de enero).",
     [("Semana Azul Atlántica", "Semana Azul Atlántica 2032", D(2032, 1, 22), D(2032, 1, 22), "Vigo")]),
    ("Im Juni 2029 besuchen wir gemeinsam den Fachtag Holzbau Schwaben in Augsburg (Anmeldung bis zum 31. Mai).",
     [("Fachtag Holzbau Schwaben", "Fachtag Holzbau Schwaben 2029", D(2029, 6, 1), D(2029, 6, 30), "Augsburg")]),
    ("Le 3 avril 2030, le cluster emmène ses membres aux Rencontres Numériques du Littoral à Brest (inscriptions avant "
     "le 15 mars).",
     [("Rencontres Numériques du Littoral", "Rencontres Numériques du Littoral 2030", D(2030, 4, 3), D(2030, 4, 3), "Brest")]),
])
def test_event_dates_in_other_languages(extract, text, expected):
    assert _rows(extract(text)) == expected
