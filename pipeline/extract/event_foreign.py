"""Event names built on an event noun of another language (``pattern:event_foreign``).

The English keywords of ``data/event_keywords.txt`` read "Andalusian Clusters Day", not "Jornada de Clústeres
de Andalucía": in French, Spanish, Portuguese and Italian the noun opens the name and its modifiers follow, and
German and Dutch names end in a compound ("Thüringer Leichtbautag", "Circulaire Bouwdag"). This rule covers the
class of capitalised names with such a noun (``data/event_keywords_languages.txt``), in any language's text:

- the noun opens the name, capitalised words (joined by connectors: "de", "del", "des", "do") follow:
  "Jornada de Clústeres de Andalucía 2028", "Rencontres Hydrogène Méditerranée", "Assembleia Geral do CTN",
  "4. Fachtag Technische Textilien Oberfranken";
- capitalised words come before the noun or before a compound ending in one: "Algemene Vergadering", "Salone
  del Mobile", "Bayerische Textilwoche", "2. Thüringer Leichtbautag".

The name needs a capitalised word besides the noun and its article ("La jornada reunió", "Der Fachtag ist" name
nothing); an article of another language never opens it ("El Offshore Wind Supplier Day": the name starts at
"Offshore"). A German ordinal ("4.") stays in the name. It runs after the English finders and the fair rule, so a
name they read ("Jornada ... / Andalusian Clusters Day 2027", "a joint stand at the Salone del Mobile") stays theirs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_lexicon import NOT_NAME_START
from pipeline.extract.statement_parts import UPPER

_CAP = rf"{UPPER}[\w’'&.-]*(?<![.-])"  # a capitalised word ("Mobile.Milano", "Wasserstoff-Dialog")
_GAP = r"[ \t]+"
_YEAR = r"(?:19|20)\d\d"
_ORDINAL = r"(?P<ord>\d{1,2})\.[ \t]+"  # "4. Fachtag", "2. Thüringer Leichtbautag"


@dataclass(frozen=True)
class ForeignLexicon:
    pattern: re.Pattern[str] | None
    types: dict[str, str]  # lower-case noun or compound end -> event type
    ends: tuple[str, ...]  # compound ends, longest first
    articles: frozenset[str]  # openers: articles and "next" words
    governed: re.Pattern[str]  # "Palais des ": a name the noun is the complement of


@lru_cache(maxsize=8)
def load_foreign_lexicon(data_dir: Path) -> ForeignLexicon:
    """The nouns, compound ends, connectors and articles of ``data/event_keywords_languages.txt``, compiled once."""
    sections = data_sections(data_dir / "event_keywords_languages.txt")
    types: dict[str, str] = {}
    nouns, ends = [], []
    for key, bucket in (("nouns", nouns), ("compound ends", ends)):
        for line in sections.get(key, []):
            cols = [c.strip() for c in line.split("\t")]
            word = " ".join(cols[0].lower().split())
            bucket.append(word)
            types[word] = cols[1] if len(cols) > 1 and cols[1] else "other"
    articles = frozenset(sections.get("openers", [])) | frozenset(NOT_NAME_START)
    connectors = phrase_alternation(sections.get("connectors", []), empty="(?!)")
    governed = re.compile(rf"{_CAP}{_GAP}(?:{connectors}){_GAP}$")
    if not nouns and not ends:
        return ForeignLexicon(None, types, (), articles, governed)
    noun = rf"(?i:{phrase_alternation(nouns, space=_GAP, empty='(?!)')})"
    compound = rf"{UPPER}[\w’'-]{{2,}}?(?:{phrase_alternation(ends, empty='(?!)')})"
    word = rf"(?:(?:{connectors}){_GAP})?(?:[lL][’'])?{_CAP}"  # "de Clústeres", "del Mobile", "de l'Énergie"
    pattern = re.compile(
        rf"(?<![\w’'.-])(?:{_ORDINAL})?(?P<before>(?:{_CAP}{_GAP}){{0,3}})"
        rf"(?P<noun>(?=[{UPPER[1:-1]}]){noun}|{compound})(?![\w’'-])"
        rf"(?P<after>(?:{_GAP}{word}){{0,6}})(?:{_GAP}(?P<year>{_YEAR}))?(?![\w’'-])")
    return ForeignLexicon(pattern, types, tuple(sorted(ends, key=len, reverse=True)), articles, governed)


def _type_of(lex: ForeignLexicon, noun: str) -> str:
    low = " ".join(noun.lower().split())
    if low in lex.types:
        return lex.types[low]
    return next((lex.types[e] for e in lex.ends if low.endswith(e)), "other")


def foreign_events(ctx: DocContext, data_dir: Path) -> list[Candidate]:
    """Capitalised names with an event noun of another language (``pattern:event_foreign``; see the module doc)."""
    lex = load_foreign_lexicon(data_dir)
    if lex.pattern is None:
        return []
    out = []
    for m in lex.pattern.finditer(ctx.text):
        if not m.group("before") and lex.governed.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue  # "Palais des Congrès de Narbonne": a venue's name
        before = list(re.finditer(r"\S+", m.group("before")))
        while before and before[0].group() in lex.articles:
            before = before[1:]  # "El Offshore ...", "Der Fachtag": an article opens the sentence, not the name
        noun = m.group("noun")
        if not before and (not any(w[:1].isupper() for w in m.group("after").split()) or ' '.join(noun.lower().split()) not in lex.types):
            continue  # the noun alone ("La jornada", "Der Fachtag ist ..."); a compound needs its modifier before it
        start = m.start("before") + before[0].start() if before else m.start("noun")
        if m.group("ord") and start == m.start("before"):
            start = m.start()  # "4. Fachtag ...": the ordinal is part of the name
        out.append(Candidate(start, m.end(), clean_event_name(ctx.text[start:m.end()]), "pattern:event_foreign",
                             noun.lower(), _type_of(lex, noun)))
    return out
