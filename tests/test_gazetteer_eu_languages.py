"""The EU institutions by the names the other EU languages give them (organisations.jsonl aliases): a news item in
Swedish, French or Polish names the European Commission in its own language, and the gazetteer knows it there, with
the canonical English name for resolution. Exact organisation rows on sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, written", [
    ("Enligt Europeiska kommissionen ska klustren samarbeta mer över gränserna.", "Europeiska kommissionen"),
    ("Selon la Commission européenne, les clusters doivent coopérer davantage.", "Commission européenne"),
    ("Projekt współfinansuje Komisja Europejska w ramach programu dla klastrów.", "Komisja Europejska"),
    ("Il bando è stato presentato dal Parlamento europeo a Strasburgo.", "Parlamento europeo"),
    ("Die Stellungnahme ging an den Europäischen Ausschuss der Regionen in Brüssel.", "Europäischen Ausschuss der Regionen"),
])
def test_eu_institutions_in_the_languages_of_the_union(extract, text, written):
    r = extract(text)
    assert [(o.text, o.rule) for o in r.organisations] == [(written, "gazetteer")]
