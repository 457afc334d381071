"""Places: the city → country gazetteer (``data/cities.csv``) and the countries with their other names
and demonyms (``data/countries.csv``), backed by GeoNames cities and ISO countries (``world.py``);
read once per process. The one reader of those two files (``place_names``) serves the event rules
(``load_gazetteer``) and the people / organisation rules (``lexicon.py``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_rows, phrase_alternation


@dataclass(frozen=True)
class Gazetteer:
    cities: dict[str, tuple[str, str]]  # folded name or alias -> (city, country)
    countries: dict[str, str]  # folded country name or alias -> country
    demonyms: dict[str, str]  # "german" -> Germany
    pattern: re.Pattern[str]  # any city or country name, whole words, case-sensitive first letter

    def place(self, name: str) -> tuple[str | None, str | None]:
        """(city, country) for a written place name; (None, None) when unknown."""
        key = _key(name)
        if key in self.cities:
            return self.cities[key]
        if key in self.countries:
            return None, self.countries[key]
        return None, None


def _key(name: str) -> str:
    return " ".join(name.replace("\n", " ").split()).strip(" ,.;:()").lower()


def _rows(path: Path) -> list[list[str]]:
    rows = data_rows(path)
    return rows[1:] if rows and rows[0] and rows[0][0] in ("city", "country") else rows


@dataclass(frozen=True)
class PlaceNames:
    """Every written place name with what it names; the analyst's files first (they win)."""

    cities: tuple[tuple[str, str, str], ...]  # (written name, city, country)
    countries: tuple[tuple[str, str], ...]  # (written name, country)
    demonyms: tuple[tuple[str, str], ...]  # ("German", Germany)
    listed: frozenset[str]  # the written names of the two files alone
    european_countries: frozenset[str]  # country names (every language) of European countries


@lru_cache(maxsize=8)
def place_names(data_dir: Path) -> PlaceNames:
    """``countries.csv`` and ``cities.csv`` of the data folder, then GeoNames / ISO names behind them."""
    from pipeline.extract.world import world_places

    cities: list[tuple[str, str, str]] = []
    countries: list[tuple[str, str]] = []
    demonyms: list[tuple[str, str]] = []
    for row in _rows(data_dir / "countries.csv"):
        country = row[0].strip()
        countries.append((country, country))
        countries += [(a.strip(), country) for a in (row[1].split("|") if len(row) > 1 else []) if a.strip()]
        demonyms += [(d.strip(), country) for d in (row[2].split("|") if len(row) > 2 else []) if d.strip()]
    for row in _rows(data_dir / "cities.csv"):
        if len(row) < 2:
            continue
        city, country = row[0].strip(), row[1].strip()
        cities += [(a, city, country) for a in [city] + [a.strip() for a in (row[2].split("|") if len(row) > 2 and row[2] else [])] if a]
    listed = frozenset(n for n, *_ in cities) | frozenset(n for n, _ in countries)
    own_countries = frozenset(n for n, _ in countries)
    world = world_places()
    # A country the analyst lists under its own name keeps that name ("Czechia" for "Czech Republic").
    own = {_key(n): c for n, c in countries}
    renamed = {wc: own.get(_key(wc), wc) for _, wc, _ in world.countries}
    countries += [(n, renamed[c]) for n, c, _ in world.countries]
    cities += [(n, city, renamed.get(country, country)) for n, city, country, _ in world.cities]
    europe = frozenset(n for n, _, cont in world.countries if cont == "EU") | own_countries
    return PlaceNames(tuple(cities), tuple(countries), tuple(demonyms), listed, europe)


@lru_cache(maxsize=8)
def load_gazetteer(data_dir: Path) -> Gazetteer:
    """Cities and countries from the data folder and the data packages. ``pattern`` finds only the
    names of the folder's files: 34,000 GeoNames names in free text would take "Mobile" or "Split"."""
    names = place_names(data_dir)
    cities: dict[str, tuple[str, str]] = {}
    countries: dict[str, str] = {}
    for name, country in names.countries:
        countries.setdefault(_key(name), country)
    for name, city, country in names.cities:
        cities.setdefault(_key(name), (city, country))
    demonyms = {_key(d): c for d, c in names.demonyms}
    alternatives = phrase_alternation(names.listed, space=r"\ ", empty="")
    pattern = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])") if alternatives else re.compile(r"(?!)")
    return Gazetteer(cities, countries, demonyms, pattern)
