"""Bare years in lists: the years of a list that a cue word leads (``pattern:year``: "in 2031, 2032 and 2033"), years
in brackets with another year or a short note ("(2027 and 2029)", "(2030, online)"), and a line of items split by
" · " or " | " that each open with a year (``pattern:year_row``: "2029 Sarajevo · 2030 Kraljevo"). Sentences of our own."""
from __future__ import annotations

import pytest


def _years(result):
    return [(d.text, d.rule) for d in result.dates if d.precision == "year"]


@pytest.mark.parametrize("text, expected", [
    ("Earlier calls ran in 2026, 2027 and 2029 and funded eleven pilots.",
     [("2026", "pattern:year"), ("2027", "pattern:year"), ("2029", "pattern:year")]),
    ("The survey was repeated during 2030, 2031, 2032 or later in some regions.",
     [("2030", "pattern:year"), ("2031", "pattern:year"), ("2032", "pattern:year")]),
    # no cue word before the list: the years stay numbers
    ("The machines 2030, 2031, 2040 are sold out.", []),
])
def test_years_of_a_list_that_a_cue_leads(extract, text, expected):
    assert _years(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The fair was hosted twice by Ulm (2027 and 2029) before moving east.",
     [("2027", "pattern:year"), ("2029", "pattern:year")]),
    ("Editions so far: Nitra (2026), Košice (2028, online) and Žilina (2030, cancelled).",
     [("2026", "pattern:year"), ("2028", "pattern:year"), ("2030", "pattern:year")]),
    # a bracket with a count after the comma is no year's note
    ("The hall seats many visitors (2030, 45 more than planned).", []),
])
def test_year_in_brackets_with_another_year_or_a_note(extract, text, expected):
    assert _years(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("EARLIER SUMMITS\n2027 Split · 2028 Bled · 2029 Graz\n",
     [("2027", "pattern:year_row"), ("2028", "pattern:year_row"), ("2029", "pattern:year_row")]),
    ("Members per year\n2031: 40 | 2032: 52 | 2033: 61\n",
     [("2031", "pattern:year_row"), ("2032", "pattern:year_row"), ("2033", "pattern:year_row")]),
    # an item that does not open with a year: no line of years
    ("Contact\n2030 Main Street · Springfield · Phone 555\n", []),
])
def test_line_of_items_each_opening_with_a_year(extract, text, expected):
    assert _years(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Historia klastra\n\nKlaster zrzesza producentów okien i drzwi z całego regionu, a także szkoły i uczelnie "
     "techniczne.\n\n2028 – Sześć firm z Elbląga podpisuje porozumienie o współpracy i tworzy klaster.\n\n"
     "2030 – Klaster staje się stowarzyszeniem, a walne zgromadzenie wybiera pierwszy zarząd.\n\n"
     "2033 – Otwarcie wspólnego laboratorium badań materiałów razem z politechniką.",
     [("2028", "pattern:year_row"), ("2030", "pattern:year_row"), ("2033", "pattern:year_row")]),
    ("Notre histoire\n\nLe cluster réunit les entreprises du bois et de la construction de la région ainsi que les "
     "écoles.\n\n2026 – Création de l'association par douze entreprises et deux lycées professionnels.\n"
     "2029 – Le cluster ouvre une antenne à Épinal et recrute sa première chargée de mission.\n"
     "2032 – Le cluster obtient le label Gold de la European Cluster Excellence Initiative.",
     [("2026", "pattern:year_row"), ("2029", "pattern:year_row"), ("2032", "pattern:year_row")]),
    ("Unsere Geschichte\n\nDas Netzwerk verbindet die Unternehmen der Kunststofftechnik in der Region mit den "
     "Hochschulen und Schulen.\n\n2027: Gründung des Vereins durch neun Unternehmen und die Hochschule.\n"
     "2031: Das Netzwerk eröffnet ein gemeinsames Technikum für die Mitglieder in der Stadt.\n",
     [("2027", "pattern:year_row"), ("2031", "pattern:year_row")]),
])
def test_year_rows_of_a_timeline_in_other_languages(extract, text, expected):
    """A timeline's rows opening with their year are read in any language (``pattern:year_row`` is in
    ``language_neutral_rules.txt``: a shape, not words)."""
    assert _years(extract(text)) == expected
