"""A web calendar's day tiles under month headings (``pattern:event_day_tile``): texts of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
R = "pattern:event_day_tile"


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events if e.rule == R)


@pytest.mark.parametrize("text, expected", [
    # day, weekday, title, then time and place; two month headings
    ("Calendar of events\n\nAPRIL 2036\n\n09\nThursday\nRegional meeting of cluster managers\n14:00 – 16:00 | Chamber, Graz\n\n"
     "23\nThursday\nInnovation breakfast on heat pumps\n08:00 – 09:30 | online\n\nMAY 2036\n\n"
     "12–13\nTuesday\nBoat trip and site visits on the Mur\nMeeting point: harbour\n",
     [("Boat trip and site visits on the Mur 2036", D(2036, 5, 12), D(2036, 5, 13), "pattern:event_day_tile"),
      ("Innovation breakfast on heat pumps 2036", D(2036, 4, 23), D(2036, 4, 23), "pattern:event_day_tile"),
      ("Regional meeting of cluster managers 2036", D(2036, 4, 9), D(2036, 4, 9), "pattern:event_day_tile")]),
    # German, the day closed by a dot, no weekday line (the month heading read in the text's language)
    ("Veranstaltungen\n\nHier finden Sie alle Termine des Clusters für Mitglieder und Partner in Oberösterreich. Die "
     "Anmeldung ist kostenlos.\n\nOktober 2037\n\n3.\nRegionaltreffen der Clustermanager\n10:00 | Kammer, Linz\n\n"
     "17.–18.\nWinterschule Holzbau\nSeminarhotel, Steyr\n",
     [("Regionaltreffen der Clustermanager 2037", D(2037, 10, 3), D(2037, 10, 3), "pattern:event_day_tile"),
      ("Winterschule Holzbau 2037", D(2037, 10, 17), D(2037, 10, 18), "pattern:event_day_tile")]),
    # French, weekday and title
    ("Agenda\n\nRetrouvez ici les rendez-vous du cluster pour les adhérents et les partenaires de la région.\n\nMARS 2036\n\n05\nmercredi\nAtelier : financer l'export\n9h00 – 12h00 | Lyon\n\n"
     "19\nmercredi\nRencontre des adhérents du cluster\n18h00 | Annecy\n",
     [("Atelier : financer l'export 2036", D(2036, 3, 5), D(2036, 3, 5), "pattern:event_day_tile"),
      ("Rencontre des adhérents du cluster 2036", D(2036, 3, 19), D(2036, 3, 19), "pattern:event_day_tile")]),
    # Slovak: a layout rule of every language (language_neutral_rules.txt)
    ("Kalendár podujatí\n\nV kalendári nájdete podujatia klastra a jeho partnerov v regióne.\n\nAPRÍL 2038\n\n07\nštvrtok\n"
     "Seminár o energetických auditoch\n9:00 – 12:00 | Nitra\n\n21\nštvrtok\nStretnutie členov klastra\n15:00 | Trnava\n",
     [("Seminár o energetických auditoch 2038", D(2038, 4, 7), D(2038, 4, 7), "pattern:event_day_tile"),
      ("Stretnutie členov klastra 2038", D(2038, 4, 21), D(2038, 4, 21), "pattern:event_day_tile")]),
])
def test_day_tiles_under_month_headings(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # one tile alone is a counter, not a calendar
    "News\n\nJUNE 2036\n\n12\nThursday\nMembers' evening at the brewery\n",
    # numbers over sentences: a report's numbered paragraphs
    "Report\n\nMarch 2036\n\n1\nThe board met twice.\n\n2\nThe budget was adopted.\n",
    # no month heading above the tiles: a list's numbers
    "Our goals\n\n1\nMore members in the north\n\n2\nA new training centre\n",
])
def test_no_day_tiles(extract, text):
    assert _rows(extract(text)) == []
