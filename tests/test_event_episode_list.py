"""The instalments of one series listed one a line in sentence case by the same name and other numbers
(``pattern:event_episode_list``): pages of our own in several languages."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
RULE = "pattern:event_episode_list"

TALKS = """# Træ i byen

Vores frokostserie om træbyggeri for medlemmerne.

## Tidligere afsnit

- Træ i byen #1: Limtræ i skoler (12.03.2031)
- Træ i byen #2: Brandsikkerhed i CLT (09.04.2031)
"""

FREDAGAR = """<html><body><h1>Digitala fredagar</h1>
<table>
<tr><th>Datum</th><th>Tema</th></tr>
<tr><td>7 mars 2031</td><td>Digitala fredagar #3: AI i verkstaden</td></tr>
<tr><td>4 april 2031</td><td>Digitala fredagar #4: Cybersäkerhet för små företag</td></tr>
</table></body></html>"""

ZOBRAZ = """## Dřevo v kurzu #5: Sušení řeziva

Záznam je k dispozici členům.

## Dřevo v kurzu #6: Lepené lamely

Příští díl připravujeme.
"""


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date) for e in result.events if e.rule == RULE)


@pytest.mark.parametrize("name, text, expected", [
    ("talks.md", TALKS, [("Træ i byen #1 2031", D(2031, 3, 12), D(2031, 3, 12)),
                         ("Træ i byen #2 2031", D(2031, 4, 9), D(2031, 4, 9))]),  # "pattern:event_episode_list", dated on its line
    ("fredagar.html", FREDAGAR, [("Digitala fredagar #3 2031", D(2031, 3, 7), D(2031, 3, 7)),
                                 ("Digitala fredagar #4 2031", D(2031, 4, 4), D(2031, 4, 4))]),  # "pattern:event_episode_list", by its date cell
    ("kurz.md", ZOBRAZ, [("Dřevo v kurzu #5", None, None), ("Dřevo v kurzu #6", None, None)]),  # "pattern:event_episode_list" as headings
])
def test_listed_episodes(extract_file, name, text, expected):
    assert _rows(extract_file(name, text)) == expected


@pytest.mark.parametrize("name, text", [
    ("one.md", "## Wood talks #1: Glulam beams\n\nHeld on 12 March 2031.\n"),  # one number: no series
    ("news.md", "- Wood news #3: new members\n- Wood news #4: the annual report\n"),  # numbers a publication
    ("prose.md", "We liked Wood talks #1 and we will repeat Wood talks #2 in May 2031.\n"),  # not at a line's start
])
def test_no_listed_episodes_without_the_shape(extract_file, name, text):
    assert _rows(extract_file(name, text)) == []
