"""A place that spaCy reads across a bracket ("Brightfield Labs (Ireland" as one GPE) is cut at the bracket:
the name before it and the place inside it, each a row of its own unless an organisation holds it."""
from __future__ import annotations

import pytest


def _places(result) -> list[tuple]:
    return sorted((p.text, p.city, p.country) for p in result.locations)


@pytest.mark.parametrize("text, places, orgs", [
    ("The award went to Brightfield Labs (Ireland).", [("Ireland", None, "Ireland")], ["Brightfield Labs"]),
    ("Visitors came from Brightfield Labs (Ireland).", [("Ireland", None, "Ireland")], ["Brightfield Labs"]),
    ("The meeting was hosted in Kilkenny (Ireland) last spring.",
     [("Ireland", None, "Ireland"), ("Kilkenny", "Kilkenny", "Ireland")], []),
    # places spaCy already reads one by one stay as they were
    ("Delegates travelled to Lyon (France) and to Porto (Portugal).",
     [("France", None, "France"), ("Lyon", "Lyon", "France"), ("Porto", "Porto", "Portugal"), ("Portugal", None, "Portugal")], []),
])
def test_locations_cut_at_a_bracket(extract, text, places, orgs):
    r = extract(text)
    assert _places(r) == places
    assert sorted(o.name for o in r.organisations) == orgs


@pytest.mark.parametrize("text, parts", [
    ("Brightfield Labs (Ireland", ["Brightfield Labs", "Ireland"]),
    ("Kilkenny (the Republic of Ireland", ["Kilkenny", "Republic of Ireland"]),
    ("Ireland) and Oslo", ["Ireland"]),  # a span running out of a bracket: the words after it are no place
    ("Lower Austria", ["Lower Austria"]),
])
def test_locations_bracket_parts_of_a_span(text, parts):
    from pipeline.extract.locations import _bracket_parts

    assert [text[s:e] for s, e in _bracket_parts(text, 0, len(text))] == parts
