"""Editions of the page's series named by the edition noun of any language and their years
(``pattern:event_edition_years``, ``data/event_edition_nouns.csv``): sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
RULE = "pattern:event_edition_years"
SUMMIT = "The Baltic Timber Summit 2034 takes place in Riga on 3–4 June 2034. "


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date) for e in result.events if e.rule == RULE)


def _year(name: str, y: int) -> tuple:
    return (f"{name} {y}", D(y, 1, 1), D(y, 12, 31))


@pytest.mark.parametrize("text, expected", [
    # a list of years after the plural
    (SUMMIT + "After the editions of 2029, 2031 and 2032, the summit moves to a bigger hall.",
     [_year("Baltic Timber Summit", 2029), _year("Baltic Timber Summit", 2031), _year("Baltic Timber Summit", 2032)]),  # "pattern:event_edition_years"
    # towns between the years
    (SUMMIT + "Two editions in Tartu in 2030 and in Pärnu in 2032 came before it.",
     [_year("Baltic Timber Summit", 2030), _year("Baltic Timber Summit", 2032)]),  # "pattern:event_edition_years"
    # the years before the plural
    (SUMMIT + "The 2030 and 2031 editions drew about 400 visitors each.",
     [_year("Baltic Timber Summit", 2030), _year("Baltic Timber Summit", 2031)]),  # "pattern:event_edition_years"
    # another language's plural, its case ending
    ("The Lubusz Wood Forum 2033 takes place in Zielona Góra on 12 May 2033. Po edycjach 2029 i 2031 forum wraca do miasta.",
     [_year("Lubusz Wood Forum", 2029), _year("Lubusz Wood Forum", 2031)]),  # "pattern:event_edition_years"
    # the series named right after the noun, as the page's event is
    ("The Kielce Cluster Forum 2034 opens on 16 May 2034. Poprzednie edycje Forum odbyły się w latach 2028 i 2030.",
     [_year("Kielce Cluster Forum", 2028), _year("Kielce Cluster Forum", 2030)]),  # "pattern:event_edition_years"
    # the singular with its one year
    ("The Iberian Drone Congress 2035 takes place in Seville on 16 May 2035. La edición de 2033 reunió a 300 personas.",
     [_year("Iberian Drone Congress", 2033)]),  # "pattern:event_edition_years"
])
def test_editions_by_noun_and_years(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    SUMMIT + "Two editions of the report, 2030 and 2031, are online.",  # editions of no event
    SUMMIT + "The members' edition of 12 May 2031 was sold out.",  # a date, not a year alone
    "After the editions of 2029 and 2031, the hall was rebuilt.",  # no event the page is about
    SUMMIT + "It follows its second edition, held in Tartu in 2031.",  # the edition phrase's year, not the noun's
    SUMMIT + "It returns after its first edition in 2030.",  # an ordinal's edition phrase
    # the editions of another series than the page's event
    "The Kielce Metal Fair 2034 opens on 16 May 2034. Poprzednie edycje Forum odbyły się w latach 2028 i 2030.",
])
def test_no_edition_without_the_shape(extract, text):
    assert _rows(extract(text)) == []
