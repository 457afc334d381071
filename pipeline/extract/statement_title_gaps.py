"""What stands around the comma of the "the <role>, <Name>," apposition (rule ``the-role-name``,
:mod:`pipeline.extract.statement_apposed`): between the role title and the comma, what the office is of or for, after a
connector of ``role_org_connectors.txt`` or ``role_field_connectors.txt`` (:func:`comma_gap_re`) or, for a title of
another language, in the genitive with no connector (:func:`genitive_gap`); between the comma and the name, a courtesy
word of ``role_articles.txt``'s ``[courtesy before a name]`` (:func:`courtesy_end`)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_sections, phrase_alternation
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import valid_person_name
from pipeline.extract.statement_context import elided_articles
from pipeline.extract.statement_parts import title_re


@lru_cache(maxsize=8)
def comma_gap_re(data_dir: Path | None, portfolio: bool = False) -> re.Pattern[str]:
    """The comma after the role, perhaps after what the role is of or for ("the councillor for economic development,
    ", "the Ambassador of Norway to Japan, ", "the chair of the supervisory board, "; the other languages' connectors
    of ``role_org_connectors.txt``: "la presidenta del clúster, ", "o Secretário de Estado da Economia, "; an elided one
    glued to the name: "il Rettore dell'Università di Trento, "), perhaps
    with its acronym in brackets ("the project officer from the Acme Agency (AA), "); a portfolio of capitalised fields
    listed with commas up to a Romance "and" (``role_portfolio_conjunctions.txt``: "a conselleira de Cultura, Educación
    e Universidade, ") is one such part when ``portfolio`` is set (tried after the plain gap: in "d'ACCIÓ, Ramon Bertran i
    Figueras," the "i" is a name's)."""
    connectors = ("of", "for", "to", "at", "in", "on") + (data_lines(data_dir / "role_org_connectors.txt")
                                                         + data_lines(data_dir / "role_field_connectors.txt") if data_dir else ())
    # an elided connector glued to the organisation ("il Rettore dell'Università di Acme, Prof. Name,"): the elided
    # articles of org_name_words.txt
    elided = sorted(elided_articles(data_dir))
    glued = r"|[ \t\n]+(?i:" + phrase_alternation(elided) + r")['’](?=[^\W\d_])" if elided else ""
    joins = phrase_alternation(data_lines(data_dir / "role_portfolio_conjunctions.txt") if data_dir else ())
    field = r"[ \t\n]+[A-ZÀ-Þ][^,;:.()\n]{0,40}?"
    fields = rf"(?:,{field})*?,{field}[ \t\n](?:{joins})[ \t\n]+[A-ZÀ-Þ][^,;:.()\n]{{0,60}}?" if portfolio else ""
    # an adjective or two of the title before the connector ("l'assessore regionale allo sviluppo economico, ")
    adjectives = r"(?:[ \t]+" + _LOWER_WORD + r"){0,2}"
    return re.compile(r"(?:" + adjectives + r"(?:[ \t\n]+(?:" + phrase_alternation(connectors, r"[ \t\n]+") + r")[ \t\n]+" + glued + r")[^,;:.()\n]{1,60}?" + fields
                      + r"(?:[ \t\n]*\([^()\n]{1,20}\))?)?,[ \t\n]+")


# a word in lower case (any script): "regionale", "zarządu", "управителния"
_LOWER_WORD = r"(?![A-ZÀ-ÞĀ-Ž])[^\W\d_][\w’'-]*"
# what a title of a language without "of" is of, in the genitive right after it, up to the comma: lower-case words
# ("Prezes zarządu klastra, ", "predsednik upravnog odbora, ") or a capitalised name in the genitive ("Ο Περιφερειάρχης
# Κεντρικής Μακεδονίας, κ. …", "rektorka Technickej univerzity, prof. …"): no connector says it
_GENITIVE_GAP = re.compile(r"(?P<words>(?:[ \t]+[^\W\d_][\w’'-]*){1,3}),[ \t\n]+")


@lru_cache(maxsize=4)
def _courtesy_lead_re(data_dir: Path | None) -> re.Pattern[str] | None:
    """``[courtesy before a name]`` of ``role_articles.txt``: what may stand between an apposition's comma and the name
    besides the person titles: French "M." ("le préfet de la région, M. Paul Martin,"), an article before a courtesy
    title ("el director general del clúster, el Sr. Jordi Puig,")."""
    words = data_sections(data_dir / "role_articles.txt").get("courtesy before a name", []) if data_dir else []
    return re.compile(r"(?:" + phrase_alternation(words, r"[ \t]+") + r")[ \t]+") if words else None


def courtesy_end(text: str, pos: int, lex: Lexicon) -> int:
    """``pos`` past a courtesy lead of :func:`_courtesy_lead_re` when a name or a person title follows it."""
    lead = _courtesy_lead_re(lex.data_dir)
    m = lead.match(text, pos) if lead else None
    if m is None or not (m.group().rstrip().endswith(".") or title_re(lex).match(text, m.end())):
        return pos  # an article alone is the lead only of a courtesy title: "el Sr.", not "el Jordi"
    return m.end()


def genitive_gap(text: str, pos: int, title: str, lex: Lexicon) -> re.Match[str] | None:
    """The comma after what a title of another language is of, written in the genitive with no connector
    (:data:`_GENITIVE_GAP`), when the title is one English lacks and the words are no person's name."""
    if not lex.language_title(title):
        return None
    g = _GENITIVE_GAP.match(text, pos)
    if g is None:
        return None
    words = g.group("words").split()
    if words[0][:1].isupper() and (valid_person_name(" ".join(words), lex) and starts_with_given_name(" ".join(words), lex)):
        return None  # "Prezes Jan Kowalski, Anna Nowak …": the words are the title holder's name
    return g
