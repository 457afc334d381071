"""A programme's items named by a bare noun with a title after its colon, or by the nouns of a guided tour, an
excursion, a closing party, a barbecue and a reception with a word of its own (``pattern:event_programme_item``,
``data/event_programme_items.csv``). Programmes of our own."""
from __future__ import annotations

import datetime as dt

D = dt.date
ITEM = "pattern:event_programme_item"


def _rows(result, rule: str) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date) for e in result.events if e.rule == rule)


PROGRAMME = """Programme of the summer school on farm data.

Monday 8 July 2041
09:30 Workshop: data sharing agreements and the code of conduct, with the network
11:00 Panel: who pays for farm data?
14:00 Site visit: Vega tomato farms (bus from the hotel)
18:00 Guided tour of the old town
19:30 Closing reception at the castle

Tuesday 9 July 2041
09:00 Excursion to the biorefinery pilot site
13:00 Lunch
18:00 Reception
20:00 Closing party on the terrace
"""


def test_programme_items_with_titles_and_more_nouns(extract):
    # a bare noun's title after its colon is its name (to a comma or a bracket); a panel is a session; a bare
    # "Reception" is a slot of the programme
    assert _rows(extract(PROGRAMME), ITEM) == [
        ("Closing party on the terrace 2041", D(2041, 7, 9), D(2041, 7, 9)),
        ("Closing reception at the castle 2041", D(2041, 7, 8), D(2041, 7, 8)),
        ("Excursion to the biorefinery pilot site 2041", D(2041, 7, 9), D(2041, 7, 9)),
        ("Guided tour of the old town 2041", D(2041, 7, 8), D(2041, 7, 8)),
        ("Site visit: Vega tomato farms 2041", D(2041, 7, 8), D(2041, 7, 8)),
        ("Workshop: data sharing agreements and the code of conduct 2041", D(2041, 7, 8), D(2041, 7, 8)),
    ]


PARTS = """Leaders' summit programme.

Thursday 12 October 2034
09:00 Opening of the summit
14:00 Workshops: board roles; recruiting; peer review
17:00 Closing reception at the town hall
"""


def test_plural_item_colon_lists_parts(extract):
    # a plural noun's colon lists the slot's parts, which are no part of its name
    assert _rows(extract(PARTS), ITEM) == [
        ("Closing reception at the town hall 2034", D(2034, 10, 12), D(2034, 10, 12)),
        ("Workshops 2034", D(2034, 10, 12), D(2034, 10, 12)),
    ]
