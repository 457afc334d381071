"""Appointments and elections in the documents' other languages (``role_appoint_languages.txt``).

Rule ``verb-name-as-role-language``, family "appoints Name as role" in another language: an active verb of
appointment or election, perhaps an article or case mark, a full name (person titles and its bracket skipped), the
language's "as" and a role title with up to two lower-case field words before it ("A Direção nomeou a Eng.ª Ana
Exemplo como diretora executiva", "le conseil a nommé Marie Exemple comme trésorière", "bestyrelsen valgte Jens
Eksempel som formand", "het bestuur benoemde Jan Voorbeeld tot voorzitter"). The English shape is
``verb-name-as-role`` (statement_verb_as.py).

Rule ``as-role-verb-name``, family "as role was elected Name": a sentence that opens with the language's "as" and the
role, then up to three lower-case words (the passive verb) and the names ("Som formand valgtes Jens Eksempel",
"Como presidente foi eleita Ana Exemplo (Acme, Lda.)", "Als voorzitter werd Jan Voorbeeld gekozen"); a second name
after an ``[and]`` word ("og", "e", "en", "et", "und", "și", "i") or a comma holds the same role. Where a language
says "as" by a case of the title itself (instrumental, essive, translative: ``Lexicon.case_role_openers``,
role_title_case_endings.csv), the sentence opens with the title in that case, perhaps after one capitalised word that
names what the office is of ("Předsedou představenstva byl jmenován Jan Novák", "Predsedníčkou správnej rady sa stala
Jana Nová", "Kokouksen puheenjohtajana toimi Matti Virtanen", "Prezesem zarządu został Jan Kowalski"); Czech and
Slovak "za" with the accusative is a ``[role first]`` word ("Za zapisovatelku byla navržena Jana Nová"). Such a sentence
goes on after its name (and its bracket) with the next office: a ``[clause joiners before a case title]`` word or a
comma, then the lower-case title in the same case and its verb, or a dash for the verb left out ("…, a wiceprezesem
został Adam Nowak", "…, wiceprezesem – dr Ewa Wrona (…), a członkiem zarządu – Piotr Sowa"): each clause is this rule's,
and :func:`opens_case_clause` tells the apposition rule that the words after the comma are no apposition of the name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span, clean
from pipeline.extract.statement_verb_as import name_at, role_at
from pipeline.extract.statement_parts import Statement

RULE = "verb-name-as-role-language"
FIRST_RULE = "as-role-verb-name"
_GAP = r"[ \t\n]+"
_VERB_GAP = re.compile(r"(?:[ \t\n]+[a-zà-ÿ][\w-]*){1,3}[ \t\n]+")  # the passive verb between role and name


@lru_cache(maxsize=4)
def _patterns(data_dir: Path) -> tuple[re.Pattern[str], ...]:
    s = data_sections(data_dir / "role_appoint_languages.txt")
    alt = lambda name: phrase_alternation(s.get(name, []), _GAP)
    verb = re.compile(r"(?<![\w-])(?:" + alt("verbs") + r")" + _GAP + r"(?:(?:" + alt("before name") + r")" + _GAP + r")?", re.I)
    as_word = re.compile(_GAP + r"(?:" + alt("as") + r")" + _GAP + r"(?:(?:" + alt("before role") + r")" + _GAP + r")?", re.I)
    first = re.compile(r"(?:^|(?<=[.!?:\n])[ \t]*|(?<=[.!?:][ \t]))(?:" + alt("role first") + r")" + _GAP, re.I | re.M)
    before_role = re.compile(r"(?:(?:" + alt("before role") + r")" + _GAP + r")?", re.I)
    and_word = re.compile(_GAP + r"(?:" + alt("and") + r")" + _GAP + r"|," + _GAP)
    joiner = re.compile(r"[,;]?" + _GAP + r"(?:(?:" + alt("clause joiners before a case title") + r")" + _GAP + r")?", re.I)
    joiner_word = re.compile(r"(?:" + alt("clause joiners before a case title") + r")" + _GAP, re.I)
    return verb, as_word, first, before_role, and_word, joiner, joiner_word


# a sentence's start, and its first word (what the office may be of: "Kokouksen puheenjohtajana", a genitive)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?:\n])[ \t]*|(?<=[.!?:][ \t]))(?=[^\W\d_])", re.M)
_FIRST_WORD = re.compile(r"[^\W\d_][\w-]*[ \t]+(?=[^\W\d_])")


def _case_first_roles(text: str, lex: Lexicon) -> list[Span]:
    """The roles of the "as" family written by the title's case alone (see the module doc): a title at a sentence's
    start (or after its first word) whose words are a case form of ``Lexicon.case_role_openers``."""
    out = []
    for m in _SENTENCE_START.finditer(text):
        word = _FIRST_WORD.match(text, m.end())
        for at in (m.end(), word.end() if word else None):
            role = lex.role_title_re.match(text, at) if at is not None else None
            if role and _says_as(role.group(), lex):
                out.append(Span(at, role.end()))
                break
    return out


def _case_clause_role(text: str, lex: Lexicon, at: int) -> Span | None:
    """A lower-case title in a case that says "as" right at ``at``, after a clause joiner of an election sentence."""
    role = lex.role_title_re.match(text, at)
    if role and role.group()[:1].islower() and _says_as(role.group(), lex):
        return Span(at, role.end())
    return None


def appoint_language_statements(text: str, lex: Lexicon) -> list[Statement]:
    """The statements of both rules (see the module doc)."""
    if lex.data_dir is None:
        return []
    verb, as_word, first, before_role, and_word, joiner, _ = _patterns(lex.data_dir)
    out: list[Statement] = []
    for v in verb.finditer(text):
        found = name_at(text, v.end(), lex)
        gap = as_word.match(text, found[1]) if found else None
        role = role_at(text, gap.end(), lex) if gap else None
        if role is not None:
            out.append(Statement(found[0], RULE, role=clean(text[role.start:role.end]), role_span=role))
    roles = [role_at(text, before_role.match(text, f.end()).end(), lex) for f in first.finditer(text)]
    todo = roles + (_case_first_roles(text, lex) if lex.case_role_openers else [])
    done: set[int] = set()
    while todo:
        role = todo.pop(0)
        if role is None or role.start in done:
            continue
        done.add(role.start)
        between = _VERB_GAP.match(text, role.end) or (_DASH_GAP.match(text, role.end) if _says_as(text[role.start:role.end], lex) else None)
        found = name_at(text, between.end(), lex) if between else None
        while found is not None:
            out.append(Statement(found[0], FIRST_RULE, role=clean(text[role.start:role.end]), role_span=role))
            end = _past_bracket(text, found[1])
            nxt = and_word.match(text, end)
            if lex.case_role_openers and (j := joiner.match(text, end)) is not None:
                todo.append(_case_clause_role(text, lex, j.end()))  # "…, a wiceprezesem został …": the next clause
            found = name_at(text, nxt.end(), lex) if nxt else None
    return out


_DASH_GAP = re.compile(r"[ \t\n]*[–—][ \t\n]*")  # "wiceprezesem – dr inż. Marta Wrona": the verb left out
_BRACKET = re.compile(r"[ \t\n]*\([^()\n]{1,80}\)")  # the name's organisation in brackets, then the next clause


def opens_case_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """At ``pos`` (after a comma) perhaps a clause joiner, then a lower-case title in a case that says "as": the next
    clause of an election sentence ("…, a wiceprezesem został Adam Nowak", "…, wiceprezesem – Ewa Wrona"), no
    apposition of the name before the comma."""
    if lex.data_dir is None or not lex.case_role_openers:
        return False
    word = _patterns(lex.data_dir)[6].match(text, pos)
    return _case_clause_role(text, lex, word.end() if word else pos) is not None


def _says_as(title: str, lex: Lexicon) -> bool:
    """The title is written in a case that says "as" by itself (``Lexicon.case_role_openers``: "Prezesem zarządu")."""
    return " ".join(title.lower().split()) in lex.case_role_openers


def _past_bracket(text: str, end: int) -> int:
    m = _BRACKET.match(text, end)
    return m.end() if m else end
