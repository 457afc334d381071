"""A programme's own item that no date reaches takes the one day of the event named just before it (rule
``item_on_event_day``, :func:`pipeline.extract.event_group_dates.items_on_event_day`). Texts of our own."""
from __future__ import annotations

import datetime as dt

D = dt.date
ITEM = "pattern:event_programme_item"


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events)


def test_report_of_a_day_then_its_timed_programme(extract):
    text = ("On Tuesday 14 October 2036, some 180 engineers met at the Science Park in Graz for the Styrian Mobility "
            "Day. The cluster organised the day with the regional development agency.\n\nProgramme\n"
            "09:00 Welcome and introduction\n10:00 Keynote on battery supply chains\n12:30 Networking lunch\n"
            "14:00 Company visits to the test track\n17:00 Networking drinks\n")
    day = D(2036, 10, 14)
    assert _rows(extract(text)) == [
        ("Company visits to the test track", day, day, ITEM),
        ("Networking drinks", day, day, ITEM),
        ("Networking lunch", day, day, ITEM),
        ("Styrian Mobility Day 2036", day, day, "pattern:event_anaphor"),
        ("Styrian Mobility Day 2036", day, day, "pattern:event_name"),
    ]


def test_programme_of_another_language_under_its_day(extract):
    text = ("Le jeudi 12 mars 2037, le pôle a réuni 120 adhérents à Lyon pour sa Journée de l'innovation textile. Les "
            "participants ont échangé sur le recyclage des fibres.\n\nProgramme de la journée\n"
            "09h30 Accueil des participants\n12h30 Déjeuner-réseau des adhérents\n14h00 Visites d'entreprises à "
            "Villeurbanne\n16h30 Rendez-vous d'affaires\n")
    day = D(2037, 3, 12)
    assert _rows(extract(text)) == [
        ("Journée de l'innovation textile 2037", day, day, "pattern:event_foreign_generic"),
        ("Rendez-vous d'affaires", day, day, ITEM),
        ("Visites d'entreprises à Villeurbanne", day, day, ITEM),
    ]


def test_event_of_several_days_gives_its_items_no_day(extract):
    text = ("The Baltic Wood Summit took place in Tartu on 3–4 June 2036 and brought together 240 participants from "
            "nine countries.\n\nProgramme\n09:30 Opening session\n12:30 Networking lunch\n"
            "15:00 Company visits to sawmills in the region\n")
    assert _rows(extract(text)) == [
        ("Baltic Wood Summit 2036", D(2036, 6, 3), D(2036, 6, 4), "pattern:event_name"),
        ("Company visits to sawmills in the region", None, None, ITEM),
        ("Networking lunch", None, None, ITEM),
    ]
