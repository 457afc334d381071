"""The words of the headings and labels under which a document lists its own organisation's people, in every
language (``data/role_own_headings_languages.csv``) besides the English variants of the older word lists
(``data/role_own_team_headings.txt``, ``role_own_team_labels.txt``, ``role_own_page_headings.txt``).

Read by :mod:`pipeline.extract.role_own_org` for three families of :mod:`pipeline.extract.role_orgs`:
``own-team-section`` (a section heading over the staff: "Biuro klastra", "Unser Team", "Medarbejdere"),
``own-team`` (a line's label: "Administrasjonen: Jane Doe, daglig leder", "Secretaría técnica: John Roe") and the
board or governance page's title whose opening paragraph names the organisation (``team_page_intro``: "Vorstand",
"Zarząd", "Styret"). A bilingual heading gives the same words twice across a slash ("Direction / Management",
"Équipe / Team", "Zespół / Our team"): either part may be the heading."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_table

_BILINGUAL = re.compile(r"[ \t]+/[ \t]+")  # "Direction / Management": a slash between spaces, not "4/2034"
_KIND_OF_FILE = {"role_own_team_headings.txt": "team", "role_own_team_labels.txt": "team", "role_own_page_headings.txt": "page"}


@lru_cache(maxsize=4)
def own_heading_rows(data_dir: Path | None) -> tuple[dict[str, str], ...]:
    """The rows of data/role_own_headings_languages.csv (concept, lang, kind, form), read once."""
    return tuple(data_table(data_dir / "role_own_headings_languages.csv")[1]) if data_dir else ()


@lru_cache(maxsize=8)
def own_heading_words(data_dir: Path | None, file: str) -> tuple[str, ...]:
    """The English variants of ``file`` and the forms of every language of its kind ("team" for the team headings
    and labels, "page" for the board page titles), lower case, each once."""
    if data_dir is None:
        return ()
    kind = _KIND_OF_FILE.get(file)
    forms = [r["form"] for r in own_heading_rows(data_dir) if r["kind"] == kind]
    return tuple(dict.fromkeys(w.lower() for w in [*data_lines(data_dir / file), *forms] if w.strip()))


def heading_is(pattern: re.Pattern[str], words: str) -> bool:
    """``words``, a heading line's, is a heading of ``pattern`` whole, or one of its parts across a slash between
    spaces is (a bilingual heading: "Direction / Management", "Vos contacts / Our team")."""
    return any(pattern.fullmatch(part.strip()) is not None for part in dict.fromkeys([words, *_BILINGUAL.split(words)]))
