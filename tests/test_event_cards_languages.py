"""Calendar cards in other languages (``pattern:event_calendar_card``): a date line with a weekday of any language
over the title line, a title with an event noun of any language, a card's tag line that is no title, a past event's
status before its date; and a body's numbered meetings in a table under the body's name
(``pattern:event_meeting_table_row``). Pages of our own."""
from __future__ import annotations

import datetime as dt

import pytest


def _cards(result):
    return [(e.name, e.start_date, e.end_date) for e in result.events if e.rule == "pattern:event_calendar_card"]


@pytest.mark.parametrize("text, expected", [
    # Italian: weekday and month in capitals, the date line first, the place below the title, a tag line after the card
    ("Calendario eventi\n\nVEN 6 MAR 2026 · 10:00–12:00\n\nTavola rotonda sugli imballaggi compostabili\n\n"
     "Macerata – Camera di Commercio, sala B\n\nUna mattina di confronto tra produttori e laboratori.\n\n"
     "Formazione · gratuito per i soci · Iscriviti\n\nLUN 16 MAR 2026 · 15:00–18:00\n\n"
     "Visita di studio alle cartiere di Pioraco\n\nPartenza in pullman da Ancona\n\nPosti disponibili: 30.\n\n"
     "Visite · quota 20 € · Prenota\n\nEVENTO PASSATO · 19 FEB 2026\n\nAssemblea dei soci: bilancio approvato\n\n"
     "Leggi il resoconto\n",
     [("Tavola rotonda sugli imballaggi compostabili 2026", dt.date(2026, 3, 6), dt.date(2026, 3, 6)),
      ("Visita di studio alle cartiere di Pioraco 2026", dt.date(2026, 3, 16), dt.date(2026, 3, 16)),
      ("Assemblea dei soci: bilancio approvato 2026", dt.date(2026, 2, 19), dt.date(2026, 2, 19))]),
    # German: a short weekday with its dot and comma, a compound event noun in the title
    ("Termine 2026\n\nDo., 5. März 2026 · 18:00 Uhr\n\nNetzwerkabend der Kunststoffbetriebe\n\nLinz, Tabakfabrik\n\n"
     "Di., 21. April 2026 · 9:00–16:00\n\nRunder Tisch Rezyklat im Spritzguss\n\nWels, FH Campus\n",
     [("Netzwerkabend der Kunststoffbetriebe 2026", dt.date(2026, 3, 5), dt.date(2026, 3, 5)),
      ("Runder Tisch Rezyklat im Spritzguss 2026", dt.date(2026, 4, 21), dt.date(2026, 4, 21))]),
    # Slovak: the full weekday name, the title's noun in the middle of the title
    ("Podujatia klastra\n\nPonúkame členom klastra niekoľko stretnutí, na ktorých sa môžu stretnúť s partnermi a "
     "odborníkmi z regiónu.\n\nštvrtok 12. marca 2026 · 9:00\n\nOkrúhly stôl o obehovom hospodárstve\n\nBanská Bystrica\n\n"
     "pondelok 20. apríla 2026 · 13:00\n\nRegionálny okrúhly stôl k vodíku\n\nNitra\n",
     [("Okrúhly stôl o obehovom hospodárstve 2026", dt.date(2026, 3, 12), dt.date(2026, 3, 12)),
      ("Regionálny okrúhly stôl k vodíku 2026", dt.date(2026, 4, 20), dt.date(2026, 4, 20))]),
])
def test_cards_in_other_languages(extract, text, expected):
    assert _cards(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # an Italian news list: a date line over a headline with no event noun
    "Notizie\n\nGIO 12 MAR 2026 · 9:30\n\nIl cluster cresce del dieci per cento\n\nAncona\n\n"
    "MAR 24 MAR 2026 · 14:30\n\nNuovi soci da Fabriano e Jesi\n\nFabriano\n",
    # tag lines alone between dated lines: no title
    "Agenda\n\nFormazione · gratuito · Iscriviti\n\nGIO 12 MAR 2026 · 9:30\n\nB2B · Registrati\n\n"
    "MER 18 MAR 2026 · 10:00\n\nSeminario · Online\n",
])
def test_cards_in_other_languages_not_events(extract, text):
    assert _cards(extract(text)) == []


@pytest.mark.parametrize("name, text, expected", [
    ("rada.md",
     "# Harmonogram 2026\n\nV súlade so stanovami združenia zverejňujeme termíny zasadnutí predstavenstva na rok 2026. "
     "Zasadnutia sa konajú spravidla v stredu o 14:00.\n\n## Predstavenstvo\n\n| Č. | Dátum | Miesto | Body |\n|---|---|---|---|\n"
     "| 1/2026 | streda 21. januára 2026 | Trnava | plán činnosti |\n"
     "| 2/2026 | streda 18. marca 2026 | Nitra | rozpočet |\n",
     [("zasadnutie predstavenstva 1/ 2026", dt.date(2026, 1, 21), "Trnava"),
      ("zasadnutie predstavenstva 2/ 2026", dt.date(2026, 3, 18), "Nitra")]),
    ("vorstand.md",
     "# Sitzungskalender\n\nDer Vorstand des Clusters trifft sich im kommenden Jahr zu drei Sitzungen. Die Unterlagen "
     "werden eine Woche vor der Sitzung verschickt.\n\n## Vorstand\n\n| Nr. | Datum | Ort | Themen |\n|---|---|---|---|\n"
     "| 1 | 4. Februar 2026 | Graz | Budget |\n| 2 | 6. Mai 2026 | Linz | Jahresbericht |\n"
     "| 3 | 9. September 2026 | Graz | Strategie |\n",
     [("Vorstandssitzung 1 2026", dt.date(2026, 2, 4), "Graz"), ("Vorstandssitzung 2 2026", dt.date(2026, 5, 6), "Linz"),
      ("Vorstandssitzung 3 2026", dt.date(2026, 9, 9), "Graz")]),
    ("consiglio.md",
     "# Calendario 2026\n\n## Consiglio Direttivo\n\n| N. | Data | Luogo |\n|---|---|---|\n"
     "| 1 | 12 febbraio 2026 | Ancona |\n| 2 | 14 maggio 2026 | Pesaro |\n",
     [("riunione del consiglio direttivo 1 2026", dt.date(2026, 2, 12), "Ancona"),
      ("riunione del consiglio direttivo 2 2026", dt.date(2026, 5, 14), "Pesaro")]),
])
def test_body_meeting_tables(extract_file, name, text, expected):
    result = extract_file(name, text)
    assert [(e.name, e.start_date, e.city) for e in result.events if e.rule == "pattern:event_meeting_table_row"] == expected


def test_body_table_of_members_is_no_meeting(extract_file):
    # the board's members in a table under its name: no date column, no meetings
    text = ("# Orgány\n\nZloženie orgánov združenia schválilo valné zhromaždenie na svojom zasadnutí v minulom roku.\n\n"
            "## Predstavenstvo\n\n| Č. | Meno | Funkcia |\n|---|---|---|\n"
            "| 1 | Ján Novák | predseda |\n| 2 | Eva Kováčová | členka |\n")
    assert [e for e in extract_file("organy.md", text).events if e.rule == "pattern:event_meeting_table_row"] == []
