"""Dated headlines listed under a heading of news items ("Related news", "Gerelateerd nieuws", "Lue myös") are no
events (``pattern:event_row`` names none of them), while the same rows under an events heading still are.
Pages of our own wording."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The cluster welcomed its new director on Monday.\n\nRelated news\n\n"
    "- 4 March 2031 – Three new members join the packaging cluster\n"
    "- 18 February 2031 – Test lab extends its opening hours\n"
    "- 2 February 2031 – Annual report: 40 projects and 12 new partners\n",
    "Het cluster heeft een nieuwe directeur.\n\nGerelateerd nieuws\n"
    "- 3 december 2031: Vijf bedrijven tekenen een intentieverklaring\n"
    "- 19 november 2031: Nieuwe leden: Acme B.V. en Beta B.V.\n",
    "Klusteri valitsi uuden puheenjohtajan.\n\nLue myös:\n"
    "12.11.2031 Syyskokouksen esityslista julkaistu\n"
    "30.10.2031 Jäsenyritys voitti yrittäjäpalkinnon\n",
])
def test_headlines_under_a_news_heading_are_no_events(extract, text):
    assert [e.name for e in extract(text).events if e.rule == "pattern:event_row"] == []


def test_rows_under_an_events_heading_are_still_events(extract):
    text = ("Our year\n\nEvents held\n\n- 4 March 2031 – Workshop on recycled packaging\n"
            "- 18 April 2031 – Study trip to the Ruhr clusters\n")
    assert [e.name for e in extract(text).events if e.rule == "pattern:event_row"] == [
        "Workshop on recycled packaging 2031", "Study trip to the Ruhr clusters 2031"]
