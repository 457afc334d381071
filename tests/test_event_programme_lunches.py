"""A programme's lunch with a word of its own as an item (``pattern:event_programme_item``, a plain concept of
``data/event_programme_items.csv``) and a day heading with the day's title after a dash that dates the timed lines
under it (``line_dates.agenda_day``). Programmes of our own wording."""
from __future__ import annotations

import datetime as dt

D = dt.date
RULE = "pattern:event_programme_item"


def _items(result) -> dict[str, tuple]:
    return {e.name: (e.start_date, e.end_date) for e in result.events if e.rule == RULE}


def test_lunches_with_a_word_of_their_own_and_days_with_titles(extract):
    text = ("Adriatic Boatbuilding Days 2034 – programme\n\n"
            "Wednesday 7 June 2034 – Conference\n\n09:00 Opening of the days\n12:30 Lunch\n"
            "13:30 Networking lunch for exhibitors\n15:00 Lunch and poster exhibition\n\n"
            "Thursday 8 June 2034 — Site visits\n\n09:00 Company visit to a shipyard in Trogir\n"
            "13:00 Farewell lunch\n")
    assert _items(extract(text)) == {
        "Networking lunch for exhibitors 2034": (D(2034, 6, 7), D(2034, 6, 7)),
        "Site visits 2034": (D(2034, 6, 8), D(2034, 6, 8)),  # the day's own item (SCHEMA: "Day 3 – B2B meetings")
        "Company visit to a shipyard in Trogir 2034": (D(2034, 6, 8), D(2034, 6, 8)),
        "Farewell lunch 2034": (D(2034, 6, 8), D(2034, 6, 8))}


def test_lunches_and_titled_days_in_other_languages(extract):
    text = ("Jornada de la madera 2035 – programa\n\nEl programa completo se publicó el 2 de mayo de 2035.\n\n"
            "Martes, 15 de mayo — Conferencias\n\n10:00 Inauguración\n14:00 Almuerzo de trabajo\n\n"
            "Miércoles, 16 de mayo — Visitas técnicas\n\n09:30 Visita técnica a la serrería de Soria\n")
    items = _items(extract(text))
    assert items["Almuerzo de trabajo 2035"] == (D(2035, 5, 15), D(2035, 5, 15))
    assert items["Visita técnica a la serrería de Soria 2035"] == (D(2035, 5, 16), D(2035, 5, 16))
