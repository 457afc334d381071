"""A programme's social item told in prose by its own words and its noun (``pattern:event_social_item``,
:mod:`pipeline.extract.event_social_items`, ``data/event_social_items.txt``). Sentences of our own."""
from __future__ import annotations

import pytest


def _items(result):
    return sorted((e.name, e.start_date.isoformat() if e.start_date else None, e.rule) for e in result.events
                  if e.rule == "pattern:event_social_item")


@pytest.mark.parametrize("text, expected", [
    # the day of the sentence before, in the same paragraph
    ("Spring members' meeting – Thursday 4 May 2034, 15:00, Bodø. Followed by the harbour dinner at 19:30 in the old "
     "customs house.",
     [("Harbour dinner 2034", "2034-05-04", "pattern:event_social_item")]),
    # the sentence's own day; a possessive and a name as the item's own words
    ("On Tuesday 9 October 2035 the partners met in Kaunas and closed the day with a Lithuanian folk dinner at the "
     "castle.",
     [("Lithuanian folk dinner 2035", "2035-10-09", "pattern:event_social_item")]),
    ("The assembly is held on Friday, 12 April 2036 in Ravenna. That evening we will hold our members' dinner at "
     "the harbour.",
     [("Members' dinner 2036", "2036-04-12", "pattern:event_social_item")]),
    # a reception and a breakfast
    ("The summit opened on Monday 3 June 2037 in Cork. The welcome reception took place at the city hall, and a "
     "networking breakfast for start-ups was held at the port.",
     [("Networking breakfast 2037", "2037-06-03", "pattern:event_social_item"),
      ("Welcome reception 2037", "2037-06-03", "pattern:event_social_item")]),
])
def test_social_item_told_in_prose(extract, text, expected):
    assert _items(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # a bare noun, a verb before it, what the writer thought of it
    "The study trip began on Monday 3 June 2037 in Cork. The participants had dinner at the hotel.",
    "The study trip began on Monday 3 June 2037 in Cork. Thank you for the wonderful dinner at the monastery!",
    # a noun right after: the reception desk
    "The conference opened on Monday 3 June 2037 in Cork. Badges are available at the hotel reception desk.",
    # a prize given at the dinner: the ceremony is the event
    "The forum met on Monday 3 June 2037 in Cork. At the gala dinner the jury presented the cluster award.",
])
def test_no_social_item_without_own_words_or_with_a_prize(extract, text):
    assert _items(extract(text)) == []
