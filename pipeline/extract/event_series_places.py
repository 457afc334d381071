"""One edition of a listed event series whose name holds no event word, named with its place
(``pattern:event_series_place``).

Some series of workshops travel from region to region under a name with no event word in it ("Clusters meet
Regions"), and each edition is named by the series and its place: the page's title "Clusters meet Regions –
Košice", "Clusters meet Regions in Guimarães: textiles go circular", "Clusters meet Regions: Western Romania –
smart mobility …", a calendar's heading "Clusters meet Regions – Basque Country", a list line "Clusters meet
Regions, Ostrava, 26–27 March 2029". The series are listed in ``data/event_series_names.txt`` and matched as
written; the place follows the name after a dash, "in", a comma or a colon, in one to three capitalised words
of which one is a known city, region or country (the gazetteer) or which end in "Region" or "Country".

The series itself is no event ("the "Clusters meet Regions" series", "every future Clusters meet Regions
event", "the Clusters meet Regions workshops"), nor a name followed by something else ("Clusters meet Regions
– host call 2032/33"): without its place the name is left to the other finders.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.places import Gazetteer

RULE = "pattern:event_series_place"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
_REGION_HEADS = frozenset({"region", "country"})  # "Basque Country", "Moravian-Silesian Region"


@lru_cache(maxsize=8)
def _series_pattern(data_dir: Path) -> re.Pattern[str] | None:
    """A listed series name (not inside quotes or a longer name) and the place after it, compiled once."""
    names = data_lines(data_dir / "event_series_names.txt")
    if not names:
        return None
    return re.compile(rf"(?<![\w“\"„-])(?P<series>{phrase_alternation(names)})(?![\w”\"-])"
                      rf"(?:[ \t]+[–—-][ \t]+|[ \t]+in[ \t]+|,[ \t]+|:[ \t]+)(?P<place>{_CAP}(?:[ \t]+{_CAP}){{0,2}})")


def _place(gaz: Gazetteer, words: str) -> tuple[str | None, str | None, bool]:
    """(city, country, is a place) of the capitalised words after the series name."""
    parts = words.split()
    for n in range(len(parts), 0, -1):  # the longest known place first: "Western Romania" → Romania
        for i in range(len(parts) - n + 1):
            city, country = gaz.place(" ".join(parts[i:i + n]))
            if city or country:
                return city, country, True
    return None, None, parts[-1].lower() in _REGION_HEADS


def series_place_events(ctx: DocContext, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """Editions of the listed series named with their place (see the module doc)."""
    pattern = _series_pattern(data_dir)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(ctx.text):
        city, country, placed = _place(gaz, m.group("place"))
        if not placed:
            continue  # "Clusters meet Regions – Host call": no place, not an edition
        name = f"{' '.join(m.group('series').split())} – {m.group('place')}"
        out.append(Candidate(m.start(), m.end(), name, RULE, "workshop", "workshop", city=city, country=country))
    return out
