"""Rule ``"name-comma-of-org"``, family "the name, then of the organisation": Portuguese, Spanish, Italian and French
lists of speakers write where a person comes from after a comma, with the article contracted with "of" ("Carla Exemplo,
do Centro de Emprego de Acme, e …", "Miguel Exemplo, da Infraestruturas de Acme,", "Ana Ejemplo, del Clúster Acme,",
"Marco Esempio, della Regione Acme;", "Jean Exemple, du Pôle Acme."): the organisation of the name, with no role
stated. The contracted articles are ``role_articles.txt``'s ``[contracted before another language's title]``; the
organisation is a capitalised run with the joiners of ``org_name_words.txt`` ("de", "e", "dos") and closes the phrase.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.org_context import org_words
from pipeline.extract.shapes import Span, cap_run_at, clean
from pipeline.extract.statement_context import name_ending_at
from pipeline.extract.statement_parts import UPPER, Statement, title_re

# after the organisation: perhaps its acronym in brackets, then the phrase closes (punctuation, a line end, "e"/"y"/"et")
_CLOSES = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*(?:[,.;:)\n]|$|[–—]|(?:e|y|et|ed)[ \t])")


@lru_cache(maxsize=4)
def _of_the_re(data_dir: Path | None) -> re.Pattern[str]:
    words = data_sections(data_dir / "role_articles.txt").get("contracted before another language's title", []) if data_dir else []
    return re.compile(r",[ \t\n]+(?:" + phrase_alternation(words) + r")[ \t\n]+(?=" + UPPER + ")") if words else re.compile(r"(?!)")


def name_of_org_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"name-comma-of-org"`` (see the module's docstring): a full name (a known given name or a courtesy title
    before it), a comma, a contracted "of the" and the organisation, which closes the phrase."""
    out: list[Statement] = []
    joiners = org_words(lex.data_dir).joiners
    for m in _of_the_re(lex.data_dir).finditer(text):
        name = name_ending_at(text, m.start(), lex)
        if name is None or " " not in clean(text[name.start:name.end]):
            continue
        titled = title_re(lex).search(text, max(0, name.start - 12), name.start)
        if not starts_with_given_name(clean(text[name.start:name.end]), lex) and not (titled and titled.end() == name.start):
            continue
        org = cap_run_at(text, m.end(), list_heads=lex.org_suffixes, joiners=joiners, single_line=False)
        if org is None or not _CLOSES.match(text, org.end):
            continue
        out.append(Statement(name, "name-comma-of-org", org=Span(org.start, org.end)))
    return out
