"""Places for event locations: the city → country gazetteer (``data/cities.csv``) and the countries
with their other names and demonyms (``data/countries.csv``), read once per process."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


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
    if not path.exists():
        return []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    rows = list(csv.reader(lines))
    return rows[1:] if rows and rows[0] and rows[0][0] in ("city", "country") else rows


@lru_cache(maxsize=8)
def load_gazetteer(data_dir: Path) -> Gazetteer:
    """Cities and countries from the data folder."""
    cities: dict[str, tuple[str, str]] = {}
    countries: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    names: set[str] = set()
    for row in _rows(data_dir / "countries.csv"):
        country = row[0].strip()
        countries[_key(country)] = country
        names.add(country)
        for alias in (a.strip() for a in (row[1].split("|") if len(row) > 1 else []) if a.strip()):
            countries[_key(alias)] = country
            names.add(alias)
        for demonym in (d.strip() for d in (row[2].split("|") if len(row) > 2 else []) if d.strip()):
            demonyms[_key(demonym)] = country
    for row in _rows(data_dir / "cities.csv"):
        if len(row) < 2:
            continue
        city, country = row[0].strip(), row[1].strip()
        for alias in [city] + [a.strip() for a in (row[2].split("|") if len(row) > 2 and row[2] else [])]:
            cities.setdefault(_key(alias), (city, country))
            names.add(alias)
    alternatives = sorted((re.escape(n) for n in names if n), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])") if alternatives else re.compile(r"(?!)")
    return Gazetteer(cities, countries, demonyms, pattern)
