"""Rule ``pattern:event_ordinal_row`` (event_heading_editions.ordinal_rows), family "edition rows in any language": a
list whose lines open with an edition's ordinal and the edition noun of another language, each line dated, gives one
edition a line, named "<ordinal> <noun> <Series>", dated and placed by its line. Texts of our own, exact rows."""
from __future__ import annotations

import datetime as dt

import pytest

RULE = "pattern:event_ordinal_row"


def _rows(result):
    return [(e.name, e.start_date, e.end_date, e.city) for e in result.events if e.rule == RULE]


D = dt.date


@pytest.mark.parametrize("text, expected", [
    ("Dřevostavby Vysočiny – přehled ročníků\n\nKonference o dřevostavbách se koná každý rok v květnu a přináší přednášky, "
     "exkurze a setkání firem z celého kraje.\n\n- 3. ročník – 11. května 2035, Jihlava\n- 2. ročník – 13. května 2034, Třebíč\n",
     [("3. ročník Dřevostavby Vysočiny 2035", D(2035, 5, 11), D(2035, 5, 11), "Jihlava"),
      ("2. ročník Dřevostavby Vysočiny 2034", D(2034, 5, 13), D(2034, 5, 13), "Třebíč")]),
    ("Forum Chemii Mazowsza – poprzednie edycje\n\nForum odbywa się co roku wiosną i gromadzi firmy chemiczne, uczelnie "
     "oraz samorządy z całego regionu.\n\nVI edycja: 14 maja 2037, Płock\nV edycja: 16 maja 2036, Radom\n",
     [("VI edycja Forum Chemii Mazowsza 2037", D(2037, 5, 14), D(2037, 5, 14), "Płock"),
      ("V edycja Forum Chemii Mazowsza 2036", D(2036, 5, 16), D(2036, 5, 16), "Radom")]),
    ("Rencontres de la mobilité électrique – les éditions précédentes\n\nLes rencontres réunissent chaque automne les "
     "constructeurs, les équipementiers et les collectivités de la région.\n\n- 8e édition : 12 et 13 octobre 2038, Mulhouse\n"
     "- 7e édition : 7 octobre 2037, Montbéliard\n",
     [("8e édition Rencontres de la mobilité électrique 2038", D(2038, 10, 12), D(2038, 10, 13), "Mulhouse"),
      ("7e édition Rencontres de la mobilité électrique 2037", D(2037, 10, 7), D(2037, 10, 7), "Montbéliard")]),
    ("Encontros do Mar – edições anteriores\n\nOs encontros juntam todos os anos as empresas do mar, as universidades e "
     "os municípios da região.\n\n6.ª edição – 25 e 26 de setembro de 2041, Ílhavo\n5.ª edição – 20 de setembro de 2040, Aveiro\n",
     [("6.ª edição Encontros do Mar 2041", D(2041, 9, 25), D(2041, 9, 26), "Ílhavo"),
      ("5.ª edição Encontros do Mar 2040", D(2040, 9, 20), D(2040, 9, 20), "Aveiro")]),
])
def test_edition_rows_in_other_languages(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # one such line is no list of editions
    "Forum Chemii Mazowsza\n\nForum odbywa się co roku wiosną i gromadzi firmy chemiczne oraz uczelnie.\n\n"
    "VI edycja: 14 maja 2037, Płock\n",
    # English rows are event_series_rows.year_rows'
    "Electric Mobility Meetings – previous editions\n\n- 8th edition: 12 October 2038, Mulhouse\n- 7th edition: 7 October 2037, Metz\n",
    # lines without a date of their own
    "Dřevostavby Vysočiny\n\nKonference o dřevostavbách se koná každý rok v květnu v kraji Vysočina.\n\n"
    "- 3. ročník – přednášky a exkurze\n- 2. ročník – setkání firem\n",
])
def test_no_edition_rows(extract, text):
    assert _rows(extract(text)) == []
