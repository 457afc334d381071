"""Rule ``"org-possessive-title"``, family "the organisation, then its office with a possessive suffix": Hungarian
names the organisation first, with its article, and puts the office after it in the possessed form ("a Példa Klaszter
elnöke" = the Példa Cluster's president), the person's name before it after a comma ("Kovács Anna, a Példa Klaszter
elnöke, …"; "Jane Példa, az Acme Kft. ügyvezetője") or after it after a comma ("a Példa Klaszter elnöke, Kovács Anna,
levélben …"). Lower-case words between the organisation and the office belong to the role ("a Példa Minisztérium
klaszterfejlesztési főosztályának vezetője"); a bracket after the organisation's name (its name in another language)
is skipped. The possessed titles are listed in ``role_titles_possessive.txt``. The name may hold "és" and the other
joiners of ``org_words`` ("a Vas Megyei Kereskedelmi és Iparkamara elnöke") and follow a place adjective in "-i" ("a győri
Acme Kft. tulajdonosa"); a body named by a common noun of ``role_possessive_org_nouns.txt`` ("Kovács Anna, a klaszter
elnöke") gives the office as written without an organisation.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.org_context import org_words
from pipeline.extract.shapes import Span, cap_run_at, clean, person_name_at
from pipeline.extract.statement_apposed import after_titles
from pipeline.extract.statement_context import name_ending_at
from pipeline.extract.statement_parts import Statement


# the article before the organisation's name, perhaps a place adjective in "-i" ("a győri Acme Kft."), then its capital
# ("a Példa Klaszter", "az Acme Kft.")
_ARTICLE = re.compile(r"(?<![\w-])[Aa]z?[ \t]+(?:[a-zà-žőű][\w-]*i[ \t]+)?(?=[A-ZÀ-ŽŐŰ])")
# the article, then a common noun for the body ("a klaszter elnöke"), right before the office
_NOUN_BEFORE = r"(?<![\w-])[Aa]z?[ \t]+(?:{nouns})[ \t]+$"
# between the organisation's name and the office: a bracket, then up to three lower-case words of the role
_BETWEEN = re.compile(r"(?:[ \t]*\([^()\n]{1,80}\))?(?P<words>(?:[ \t]+[a-zà-žőű][\w-]*){0,3})[ \t]+$")
_COMMA = re.compile(r"[ \t]*,[ \t]*$")
_NAME_CLOSES = re.compile(r"[ \t]*(?:[.,;:()\n]|$|[ \t][a-zà-žőű])")


@lru_cache(maxsize=4)
def _possessive_title_re(data_dir: Path | None) -> re.Pattern[str]:
    titles = data_lines(data_dir / "role_titles_possessive.txt") if data_dir else ()
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(titles) + r")(?![\w-])", re.I)


@lru_cache(maxsize=4)
def _noun_before_re(data_dir: Path | None) -> re.Pattern[str]:
    nouns = data_lines(data_dir / "role_possessive_org_nouns.txt") if data_dir else ()
    return re.compile(_NOUN_BEFORE.format(nouns=phrase_alternation(nouns) if nouns else "(?!)"))


def possessive_title_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"org-possessive-title"`` (see the module's docstring): "Name, a/az Org [words] TITLE-suffix" or
    "a/az Org [words] TITLE-suffix, Name"."""
    out: list[Statement] = []
    joiners = org_words(lex.data_dir).joiners  # "a Vas Vármegyei Kereskedelmi és Iparkamara elnöke"
    for m in _possessive_title_re(lex.data_dir).finditer(text):
        window = max(0, m.start() - 160)
        if (noun := _noun_before_re(lex.data_dir).search(text, max(0, m.start() - 40), m.start())) is not None:
            # "Kovács Anna, a klaszter elnöke": the body named by a common noun; the office as written, no organisation
            if (name := _name_around(text, noun.start(), m.end(), lex)) is not None:
                out.append(Statement(name, "org-possessive-title", role=clean(text[m.start():m.end()]), role_span=Span(m.start(), m.end())))
            continue
        articles = list(_ARTICLE.finditer(text, window, m.start()))
        for art in reversed(articles[-3:]):
            org = cap_run_at(text, art.end(), list_heads=lex.org_suffixes, single_line=True, joiners=joiners)
            if org is not None and text[org.end:org.end + 1] == ".":
                org = Span(org.start, org.end + 1)  # "az Acme Kft. ügyvezetője": the legal form's full stop
            between = _BETWEEN.fullmatch(text, org.end, m.start()) if org else None
            if between is None:
                continue
            words = between.group("words")
            role_start = between.start("words") + len(words) - len(words.lstrip()) if words else m.start()
            role = Span(role_start, m.end())
            name = _name_around(text, art.start(), m.end(), lex)
            if name is not None:
                out.append(Statement(name, "org-possessive-title", role=clean(text[role.start:role.end]), role_span=role, org=org))
            break
    return out


def _name_around(text: str, before: int, after: int, lex: Lexicon) -> Span | None:
    """The full name before the phrase, a comma between ("Kovács Anna, a …"), or after it ("… elnöke, Kovács Anna")."""
    comma = _COMMA.search(text, max(0, before - 4), before)
    if comma:
        name = name_ending_at(text, comma.start(), lex)
        if name is not None and " " in clean(text[name.start:name.end]):
            return name
    gap = re.match(r"[ \t]*,[ \t]*", text[after:after + 4])
    if gap:
        name = person_name_at(text, after_titles(text, after + gap.end(), lex), lex)
        if name is not None and _NAME_CLOSES.match(text, name.end):
            return name
    return None
