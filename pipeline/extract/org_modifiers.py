"""Words at the start of an organisation candidate that are no organisation's name (applied to every rule's
candidate below the gazetteer's strength, :func:`pipeline.extract.org_spans.add`).

Rule family "a modifier before a kind and its name": in "the Walloon cluster Mecatech", "the Bavarian network
H2.Bayern" or "the Basque maritime cluster Foro Marítimo Vasco" the one capitalised word before the lower-case
kind noun (``[kind nouns after a name]`` of data/org_name_words.txt, up to two lower-case words before it) says
where the organisation is or what it does, and the name comes after the kind noun: the word alone names no
organisation. "the Mecatech cluster" (no name after the noun) is a name (rule "pattern:name-kind").

Rule family "adjective, not a name" before a name (:func:`past_home_town`): "the Sligo-based Acme Ltd." starts
after "<town or country>-based"; "the Spanish Ministerio de …" starts after an English demonym before a name in
another language (:func:`past_demonym`).

Rule family "role before the name" (:func:`past_role_of`): a role title and its "of" (in any of the languages of
``[of after a role]``) open no organisation's name. Rule family "a course, not a school" (:func:`course_head`).

Rule family "a person of an organisation": a run read from a person's name over "of", "from" or "at" into the
organisation's ("Jens Lund of Nordic Design Cluster", "Maria Kowalska from Silesian Textile Cluster") starts after
that word: a person's name (two or three capitalised words that pass the person-shape rules and open with a
given name) opens no organisation's name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.places import load_gazetteer
from pipeline.extract.role_title_at import title_then_of
from pipeline.extract.shapes import Span, clean, valid_person_name
from pipeline.extract.statement_parts import UPPER

_PERSON_OF = re.compile(r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t\n]+(?:of|from|at)[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")


@lru_cache(maxsize=4)
def _kind_then_name(data_dir: Path | None) -> re.Pattern[str]:
    """A blank, up to two lower-case words, a kind noun, a blank, then a capitalised word, a digit or a quote."""
    nouns = data_sections(data_dir / "org_name_words.txt").get("kind nouns after a name", []) if data_dir else []
    if not nouns:
        return re.compile(r"(?!)")
    return re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:" + phrase_alternation(nouns) + r")[ \t]+(?:" + UPPER
                      + r"|\d|[\"“„'‘«])")


def modifier_before_kind(text: str, start: int, end: int, data_dir: Path | None) -> bool:
    """``text[start:end]`` is one word that the module docstring's pattern follows on the same line."""
    word = text[start:end].strip()
    if not word or any(c.isspace() for c in word):
        return False
    return _kind_then_name(data_dir).match(text, end) is not None


def past_person_of(text: str, span: Span, lex: Lexicon) -> Span:
    """``span`` without a person's name and its "of", "from" or "at" at its start (module docstring)."""
    m = _person_of(lex.data_dir).match(text, span.start, span.end)
    if m is None or m.end() >= span.end:
        return span
    person = clean(m.group(1))
    return Span(m.end(), span.end) if valid_person_name(person, lex) and starts_with_given_name(person, lex) else span


@lru_cache(maxsize=4)
def _person_of(data_dir: Path | None) -> re.Pattern[str]:
    """:data:`_PERSON_OF` with the "from" of other languages, ``[from after a person]`` of data/org_name_words.txt
    ("Piotr Nowak z Polskiej Agencji …", "Ana Horvat iz Hrvatske gospodarske komore")."""
    words = data_sections(data_dir / "org_name_words.txt").get("from after a person", []) if data_dir else []
    if not words:
        return _PERSON_OF
    return re.compile(_PERSON_OF.pattern.replace("(?:of|from|at)", "(?:of|from|at|" + phrase_alternation(words, space=r"[ \t]+") + ")"))


@lru_cache(maxsize=4)
def _people_of_org(data_dir: Path | None) -> re.Pattern[str]:
    """Perhaps an article and a number, a word for an organisation's people or members (``[people before a company]``
    of data/legal_forms.txt, any case), one "of" word (``[people of words]`` or ``[of after a role]`` of
    data/org_name_words.txt), perhaps an article (``[people of articles]``) and a kind noun in the genitive
    (``[kind nouns in the genitive]``), then a capitalised word or a digit."""
    people = data_sections(data_dir / "legal_forms.txt").get("people before a company", []) if data_dir else []
    words = data_sections(data_dir / "org_name_words.txt") if data_dir else {}
    ofs = words.get("people of words", []) + words.get("of after a role", [])
    articles = words.get("people of articles", [])
    kinds = data_sections(data_dir / "legal_forms.txt").get("kind nouns in the genitive", []) if data_dir else []
    if not people or not ofs:
        return re.compile(r"(?!)")
    of = phrase_alternation(ofs, space=r"[ \t\n]+")
    art = phrase_alternation(articles, space=r"[ \t\n]+")
    return re.compile(r"(?:(?i:" + art + r")[ \t]+)?(?:\d+[ \t]+)?(?i:" + phrase_alternation(people, space=r"[ \t\n]+")
                      + r")[ \t\n]+(?i:" + of
                      + r")(?:[ \t\n]+|(?<=['’]))(?:(?i:" + art + r")(?:[ \t\n]+|(?<=['’])))?(?:(?:" + phrase_alternation(kinds)
                      + r")[ \t\n]+)?(?=" + UPPER + r"|\d)")


def past_people_of(text: str, span: Span, data_dir: Path | None) -> Span:
    """Rule family "people of an organisation": a word for its people or members and an "of" word of any language open
    no organisation's name, whatever rule read it ("Members of the Acme Wood Cluster", "Mitgliedsunternehmen des
    Clusters Acme", "Gesellschafter der Acme Holz GmbH", "représentants de Acme Cluster", "Medlemmer af Acme
    Klynge"): the name starts after them (and after an article), as it does after a role title (:func:`past_role_of`)."""
    m = _people_of_org(data_dir).match(text, span.start, span.end)
    if m and m.end() < span.end:
        return Span(m.end(), span.end)
    kind = _genitive_kind(data_dir).match(text, span.start, span.end) if _DES_BEFORE.search(text, max(0, span.start - 5), span.start) else None
    return Span(kind.end(), span.end) if kind and kind.end() < span.end else span


_DES_BEFORE = re.compile(r"(?<![\w-])des[ \t\n]+$")


@lru_cache(maxsize=4)
def _genitive_kind(data_dir: Path | None) -> re.Pattern[str]:
    """A ``[kind nouns in the genitive]`` word of data/legal_forms.txt before a capitalised word: after "des" it opens
    no name ("der Vorstand des Netzwerks Acme e. V.", whichever rule cut the words before it)."""
    kinds = data_sections(data_dir / "legal_forms.txt").get("kind nouns in the genitive", []) if data_dir else []
    return re.compile(r"(?:" + phrase_alternation(kinds) + r")[ \t\n]+(?=" + UPPER + r")")


@lru_cache(maxsize=4)
def _of_after_role(data_dir: Path | None) -> re.Pattern[str]:
    """What follows a role title before the organisation's name: "of/at/for/in (the)" or a comma, or the "of" of
    another language, ``[of after a role]`` of data/org_name_words.txt ("der ", "van ", "de "), then a capital."""
    words = data_sections(data_dir / "org_name_words.txt").get("of after a role", []) if data_dir else []
    of = "of|at|for|in" + ("|" + phrase_alternation(words, space=r"[ \t\n]+") if words else "")
    return re.compile(r"(?:[ \t\n]+(?:" + of + r")[ \t\n]+(?:the[ \t\n]+)?|,[ \t\n]+)(?=[A-Z])", re.I)


def past_role_of(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Family "role before the name": where a name starts after a role title (up to three capitalised words may
    qualify it) and "of/at/for/in (the)" or a comma before a capitalised word in ``text[start:end]``: "CEO of ",
    "International Projects Manager at the ", "State Secretary in the ", "Managing Director, ", "Geschäftsführer
    der ", "CEO van ", "directora de "; None when the span does not open so. The title is asked of the lexicon's
    one compiled title pattern (role_title_at.py)."""
    return title_then_of(text, start, end, lex.role_title_re, _of_after_role(lex.data_dir))


@lru_cache(maxsize=4)
def _training_words(data_dir: Path | None) -> tuple[frozenset[str], frozenset[str]]:
    """``[training heads]`` and ``[training words]`` of data/not_organisations.txt."""
    sections = data_sections(data_dir / "not_organisations.txt") if data_dir else {}
    return frozenset(sections.get("training heads", [])), frozenset(sections.get("training words", []))


def course_head(head: list[str], data_dir: Path | None) -> bool:
    """Rule family "a course, not a school": the words of a name's head (before of/for) end in a training head and a
    training word comes before it ("Cluster Excellence Academy", "Battery Skills Academy", "Summer School for Cluster
    Staff"): a course or programme that clusters run; "Latvian Maritime Academy" stays a name."""
    heads, topics = _training_words(data_dir)
    return len(head) > 1 and head[-1] in heads and any(w in topics for w in head[:-1])


_TOWN_BASED = re.compile(r"([^\W\d_][\w'’]*(?:[ -][^\W\d_][\w'’]*)?)-based[ \t\n]+(?=\S)")


def past_home_town(text: str, span: Span, lex: Lexicon) -> Span:
    """Rule family "adjective, not a name", before a name: "<town or country>-based" says where the organisation
    after it is ("the Sligo-based Benbulben Precision Ltd.", "an Oradea-based Crișana MedTech Association",
    "Bremen-based Acme GmbH"); the name starts after it. A word that is no place stays ("Bio-based Industries
    Joint Undertaking")."""
    m = _TOWN_BASED.match(text, span.start, span.end)
    if m is None or m.end() >= span.end or (key(m.group(1)) not in lex.cities and key(m.group(1)) not in lex.countries):
        return span
    return Span(m.end(), span.end)


_FIRST_TWO = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+(\S+(?:[ \t]+\S+)?)")


def past_demonym(text: str, span: Span, front_heads: frozenset[str], data_dir: Path | None) -> Span:
    """Rule family "adjective, not a name", before a name in another language: an English demonym before a
    name its own language's organisation word opens (a ``[front heads]`` word of data/org_name_words.txt:
    "the Spanish Ministerio de Industria y Turismo", "the Portuguese Associação Têxtil do Acme", "an Italian
    Distretto Tessile …") says whose it is; the name starts after it. Before an English name the demonym is
    the name's own word ("Danish Food Cluster", "Polish Cluster Association")."""
    m = _FIRST_TWO.match(text, span.start, span.end)
    if m is None or data_dir is None or key(m.group(1)) not in load_gazetteer(data_dir).demonyms:
        return span
    second = m.group(2).split()
    if second[0] in front_heads or " ".join(second) in front_heads:
        return Span(m.start(2), span.end)
    return span
