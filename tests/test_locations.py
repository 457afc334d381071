"""Places: spaCy GPE/LOC entities and gazetteer cities, with their country; programmes are not places."""
from __future__ import annotations


def test_locations_city_carries_its_country(extract):
    r = extract("The partnering event took place in Brussels on 3 May.")
    (loc,) = [m for m in r.locations if m.text == "Brussels"]
    assert loc.country == "Belgium"


def test_locations_programme_is_not_a_place_and_span_is_trimmed(extract):
    text = "Funding comes from the Green Deal.\nLocation: Sofia, Bulgaria\nhttps://example.org/events/sofia"
    r = extract(text)
    assert "Green Deal" not in {m.text for m in r.locations}
    for m in r.locations:
        assert text[m.start:m.end] == m.text
        assert "http" not in m.text and not m.text.endswith(".")


def test_locations_country_inside_an_organisation_name_is_not_a_place(extract):
    r = extract("Speakers\nLena Berg, CEO, Cluster Excellence Denmark\n")
    assert "Denmark" not in {m.text for m in r.locations}
