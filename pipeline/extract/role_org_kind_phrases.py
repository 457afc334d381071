"""Family ``org-kind-anaphor`` of :mod:`pipeline.extract.role_orgs` in every language: a role that names its
organisation by the kind noun "cluster" alone, as each language of languages.csv writes it next to the office
(``data/role_org_kind_phrases.csv``): after it, with the language's preposition and article or in the genitive
("La gerent del clúster, Marta Soler", "Die Geschäftsführerin des Clusters, Andrea Leitner", "riaditeľka klastra Jana
Kováčová", "managerul clusterului, Ion Popescu"), or before it in the genitive ("klusterin toiminnanjohtaja Anna
Virtanen", "klastera vadītāja Ilze Kalniņa"). The phrase may stand inside the role as a rule read it ("riaditeľka
klastra") or right next to it. What it gives is the noun as organisation names write it ("klaster", "clúster"):
role_orgs.py then takes the document's own organisation or the nearest one named before whose name holds it."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.shapes import Span


@lru_cache(maxsize=4)
def kind_phrase_rows(data_dir: Path | None) -> tuple[dict[str, str], ...]:
    """The rows of data/role_org_kind_phrases.csv (concept, lang, position, phrase, noun)."""
    return tuple(data_table(data_dir / "role_org_kind_phrases.csv")[1]) if data_dir else ()


@lru_cache(maxsize=4)
def _phrases(data_dir: Path | None) -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rows = kind_phrase_rows(data_dir)
    nouns = {" ".join(r["phrase"].split()).casefold(): r["noun"] for r in rows}
    after = phrase_alternation([r["phrase"] for r in rows if r["position"] == "after"], r"[ \t\n]+")
    before = phrase_alternation([r["phrase"] for r in rows if r["position"] == "before"], r"[ \t\n]+")
    return (nouns,
            re.compile(r"[ \t]*\n?[ \t]*(" + after + r")(?![\w-])", re.I),  # right after the role
            re.compile(r"(?<![\w-])(" + after + r")$", re.I),  # closing the role as read
            re.compile(r"(?<![\w-])(" + before + r")[ \t\n]+$", re.I),  # right before the role
            re.compile(r"(" + before + r")[ \t\n]+(?=\S)", re.I))  # opening the role as read


def kind_phrase_noun(text: str, role: Span, data_dir: Path | None) -> str | None:
    """The kind noun a role names its organisation by (module doc), or None."""
    nouns, after, closing, before, opening = _phrases(data_dir)
    if not nouns:
        return None
    field = text[role.start:role.end]
    m = (after.match(text, role.end) or closing.search(field) or before.search(text, max(0, role.start - 30), role.start)
         or opening.match(field))
    return nouns.get(" ".join(m.group(1).split()).casefold()) if m else None


@lru_cache(maxsize=4)
def _anywhere_re(data_dir: Path | None) -> re.Pattern[str] | None:
    rows = kind_phrase_rows(data_dir)
    if not rows:
        return None
    return re.compile(r"(?<![\w-])(" + phrase_alternation([r["phrase"] for r in rows], r"[ \t\n]+") + r")(?![\w-])", re.I)


def kind_phrase_nouns_in(text: str, data_dir: Path | None) -> set[str]:
    """The kind nouns (lower case) the text calls an organisation by through a phrase of
    ``data/role_org_kind_phrases.csv``, anywhere in it: a text that writes "klyngens sekretariat", "la gerente del
    clúster", "managerul clusterului" calls its own organisation "the cluster" in its language (role_own_org.py counts
    that, as it counts English "the cluster", for a letterhead name that holds the noun)."""
    found = _anywhere_re(data_dir)
    if found is None:
        return set()
    nouns, *_ = _phrases(data_dir)
    return {nouns[k].lower() for m in found.finditer(text) if (k := " ".join(m.group(1).split()).casefold()) in nouns}
