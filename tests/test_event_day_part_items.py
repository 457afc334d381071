"""Events named by a generic noun. A programme's own item in a sentence that says only the part of the day it was held in:
English (``pattern:event_day_part_item``) and the other languages (``pattern:event_foreign_generic``), and the
parts of the day of every language (``data/event_day_parts.csv``). Sentences of our own, each with the day said
before it, or not; and the meeting of a body named from its meeting noun ("reunión de la Junta Directiva")."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.data_files import language_gaps
from pipeline.language_coverage import lexicon

D = dt.date
DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"
RULE = "pattern:event_day_part_item"
FOREIGN = "pattern:event_foreign_generic"


def _rows(result) -> list[tuple]:
    return [(e.text, e.name, e.start_date, e.end_date, e.rule) for e in result.events]


def test_event_day_parts_cover_every_language():
    pairs = lexicon("event_day_parts.csv", DATA).pairs(DATA)
    assert {c for c, _ in pairs} == {"morning", "afternoon", "evening"}
    assert language_gaps(DATA, list(pairs)) == {}


@pytest.mark.parametrize("text, expected", [
    # right after the part of the day and its comma; the day its paragraph said before
    ("The partners met in Aveiro on 12 May 2033 to review the pilot results. In the evening, networking dinner with "
     "the host cluster at the harbour museum.",
     [("networking dinner", "Networking dinner 2033", D(2033, 5, 12), D(2033, 5, 12), "pattern:event_day_part_item")]),
    # after an article, two items of one sentence, named without where they went
    ("On 21 March 2034 the delegation reached Porto. The morning was kept for the B2B meetings with local suppliers, "
     "and the afternoon for a company visit to a cork factory.",
     [("B2B meetings", "B2B meetings 2034", D(2034, 3, 21), D(2034, 3, 21), "pattern:event_day_part_item"),
      ("company visit", "Company visit 2034", D(2034, 3, 21), D(2034, 3, 21), "pattern:event_day_part_item")]),
    # a report's labels "Afternoon:" / "Evening:", no day said: undated
    ("Day one of the mission was spent in Ghent with the port authority. Afternoon: site visit to the pilot line of the "
     "battery plant. Evening: partner dinner hosted by the regional agency.",
     [("site visit", "Site visit", None, None, "pattern:event_day_part_item"), ("partner dinner", "Partner dinner", None, None, "pattern:event_day_part_item")]),
    # "on the evening of the first day": the host event's first day
    ("The summit ran over two days, on 8 and 9 October 2033, in Lyon. On the evening of the first day, the delegates "
     "joined a networking dinner at the town hall.",
     [("networking dinner", "Networking dinner 2033", D(2033, 10, 8), D(2033, 10, 8), "pattern:event_day_part_item")]),
])
def test_event_day_part_items_english(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # a count of meetings held, and a meal told by its verb
    "The forum took place in Bari on 3 June 2033. In the afternoon, 120 B2B meetings were held between suppliers and "
    "buyers, and in the evening the participants had dinner in the old town.",
    # a dinner where a prize is given: the award's ceremony is the event, the dinner its place
    "The cluster opened its new test hall in Tralee on 5 May 2033. In the evening, the guests moved on to a networking "
    "dinner where the cluster presented its innovation award to a young firm.",
    # another language's part of the day, or a noun that is no programme item: no row
    "Los socios llegaron a Bilbao el 2 de marzo de 2034 para la feria. Por la tarde se presentó el nuevo congreso del "
    "sector en la sede de la asociación.",
])
def test_event_day_part_items_name_none(extract, text):
    assert _rows(extract(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Los socios del clúster visitaron Valencia el 14 de octubre de 2034 para conocer el puerto. Por la noche, la "
     "asociación ofreció una cena de gala en el Palau de la Música.",
     [("cena de gala", "Cena de gala 2034", D(2034, 10, 14), D(2034, 10, 14), FOREIGN)]),
    ("Delegacioni i klasterit arriti në Tiranë më 3 maj 2034 për takime me ministrinë. Në mbrëmje, dhoma e tregtisë "
     "shtroi një darkë zyrtare në hotelin e qytetit.",
     [("darkë zyrtare", "Darkë zyrtare 2034", D(2034, 5, 3), D(2034, 5, 3), FOREIGN)]),
    ("I soci del distretto hanno incontrato i buyer a Verona il 9 giugno 2034 per il progetto comune. In serata si è "
     "svolta una cena di gala nella villa del comune.",
     [("cena di gala", "Cena di gala 2034", D(2034, 6, 9), D(2034, 6, 9), FOREIGN)]),
    ("Delegace klastru přijela do Brna 12. května 2034 na jednání s krajem. Večer se konala slavnostní večeře v "
     "prostorách radnice.",
     [("slavnostní večeře", "Slavnostní večeře 2034", D(2034, 5, 12), D(2034, 5, 12), FOREIGN)]),
    # Swedish: a preposition before a "before" noun is no word of its name ("ägnas åt studiebesök" names none)
    ("Onsdagen ägnas åt studiebesök vid bruket i Grums och på eftermiddagen affärsmöten med kunder.", []),
])
def test_event_day_part_items_other_languages(extract, text, expected):
    assert _rows(extract(text)) == expected


MEETING = "pattern:event_foreign_meeting"


@pytest.mark.parametrize("text, expected", [
    # a meeting noun, up to two short words, then the body's name (itself a meeting noun): named from the first noun;
    # a participle of holding leads to the date ("celebrada el", "realizada a")
    ("La asociación eligió a su nueva presidenta por unanimidad. El nombramiento se aprobó en la reunión de la Junta "
     "Directiva celebrada el sábado 10 de febrero de 2035 en la sede de la asociación.",
     [("reunión de la Junta Directiva", "Reunión de la Junta Directiva 2035", D(2035, 2, 10), D(2035, 2, 10), MEETING)]),
    ("El clúster presentará estas conclusiones en la reunión de su Junta Directiva del 14 de junio de 2035 y las "
     "enviará a la Consejería.",
     [("reunión de su Junta Directiva", "Reunión de su Junta Directiva 2035", D(2035, 6, 14), D(2035, 6, 14), MEETING)]),
    ("O cluster reuniu os associados em Aveiro para discutir o plano. A reunião da Direção realizada a 3 de março de "
     "2035 aprovou o orçamento.",
     [("reunião da Direção", "Reunião da Direção 2035", D(2035, 3, 3), D(2035, 3, 3), MEETING)]),
])
def test_event_foreign_meeting_of_a_body(extract, text, expected):
    assert _rows(extract(text)) == expected
