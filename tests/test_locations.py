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


def _places(r) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.city, m.country) for m in r.locations]


def test_locations_cities_nobody_listed_come_from_geonames(extract):
    r = extract("The cluster opened offices in Leeuwarden and Šibenik last year.")
    assert _places(r) == [("Leeuwarden", "Leeuwarden", "Netherlands"), ("Šibenik", "Šibenik", "Croatia")]


def test_locations_city_with_a_comma_accent_or_hyphens(extract):
    # Iași is written with a comma below here, with a cedilla in GeoNames: the folded key joins them.
    r = extract("Delegations from Iași joined us.\nNext stop: Esch-sur-Alzette.")
    assert [(m.text, m.country) for m in r.locations] == [("Iași", "Romania"), ("Esch-sur-Alzette", "Luxembourg")]


def test_locations_a_city_name_that_is_an_ordinary_word_is_no_place(extract):
    # "Reading", "March", "Most" and "Mobile" are GeoNames cities; here they are ordinary words.
    r = extract("Reading the report takes an hour. March was busy. Most members agreed. The Mobile app is free.")
    assert _places(r) == []


def test_lexicon_country_names_in_european_languages(rules):
    from pipeline.extract.lexicon import key, load_lexicon

    lex = load_lexicon(rules.data_dir)
    for written in ("Deutschland", "Suomi", "Hrvatska", "Polska", "España", "Česko"):
        assert key(written) in lex.countries, written
    assert key("Suomi") in lex.country_words  # never the last word of a person's name
    assert "chad" not in lex.country_words  # outside Europe and not listed: may well be a name


def test_locations_the_analysts_cities_file_wins_over_geonames(tmp_path, settings):
    import shutil

    from pipeline.extract.places import load_gazetteer

    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data)
    with (data / "cities.csv").open("a", encoding="utf-8") as fh:
        fh.write("Kittilä,Finland,Kittila\nHamilton,United Kingdom,\n")
    gaz = load_gazetteer(data)
    assert gaz.place("Kittila") == ("Kittilä", "Finland")  # below GeoNames' 15,000 inhabitants
    assert gaz.place("Hamilton") == ("Hamilton", "United Kingdom")  # GeoNames: the larger one, in Canada
    assert gaz.place("Leeuwarden") == ("Leeuwarden", "Netherlands")
