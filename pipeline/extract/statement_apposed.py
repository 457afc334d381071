"""Statement rules for a role written around a name in running prose, where the role is in lower case as
often as not: "the <role>, <Name>," (rule ``the-role-name``) and "<verb> <Name> as <role>" (rule
``verb-name-as-role``). Both are families of phrasings, with their words in ``pipeline/data/``."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span, clean, person_name_at
from pipeline.extract.statement_context import name_ending_at
from pipeline.extract.statement_parts import Statement, lower_case_role_field, title_re

_FIELD_WORD_BEFORE = re.compile(r"([a-zà-ÿ][\w-]*)[ \t]+$")
# "the" (or "whose": "Acme (AC), whose director general, Jane Doe,"), perhaps with an organisation's kind noun in
# the possessive ("the cluster's executive director, Jane Doe")
_THE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|whose)[ \t\n]+(?:[a-z]+['’]s[ \t\n]+)?(?:(?:new|former|current|outgoing|incoming|acting)[ \t\n]+)?$")
_COMMA_GAP = re.compile(r",[ \t\n]+")
# the apposition closes after the name: punctuation, a bracket, a dash, a line end or the text's end
# the apposition closes after the name, or goes on with the name's organisation ("the rapporteur, Jane Doe of Acme,")
_NAME_CLOSES = re.compile(r"[ \t]*(?:[,.;:()\n]|[–—]|$)|[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?[A-Z]")
_MAX_FIELD_WORDS = 2


def after_titles(text: str, pos: int, lex: Lexicon) -> int:
    """``pos`` past the person titles that open a name there ("Prof. Dr. Ing. Jane Doe" → "Jane Doe"),
    so that a role before the name reaches it ("its rector, Prof. Dr. Jane Doe", "Cluster manager Ing. Jan Novák")."""
    titles = title_re(lex)
    while (m := titles.match(text, pos)) is not None:
        pos = m.end()
    return pos


def _field_start(text: str, pos: int, lex: Lexicon) -> int:
    """The start of a role title's lower-case field words before ``pos`` ("cluster" in "cluster manager")."""
    start = pos
    for _ in range(_MAX_FIELD_WORDS):
        w = _FIELD_WORD_BEFORE.search(text[max(0, start - 30):start])
        if not w or w.group(1) in ("the", "new", "former", "current", "outgoing", "incoming", "acting") \
                or not lower_case_role_field([w.group(1)], lex):
            break
        start -= len(w.group())
    return start


def the_role_name_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``the-role-name``, family "the role, Name": a role after "the" (perhaps "the new"), with up to two
    lower-case field words, then a comma and a full name that the apposition closes after ("The cluster
    manager, Jane Doe, presented the report", "the rapporteur, Dr. Jane Doe of Acme, said", "according to the auditor, John Roe (Roe Audit Ltd),", "said
    the managing director, Ana Ruiz.", "Acme (AC), whose director general, Jon Roe, was interviewed"). The determiner makes the role the name's, not the previous
    name's ("Jane Doe, CEO, John Roe" is left alone, and so is "Jane Doe, the CEO, John Roe"). The
    organisation is left to other rules ("the Chair of Acme, Jane Doe" is ``role-of-org-name``)."""
    out: list[Statement] = []
    for m in lex.role_title_re.finditer(text):
        comma = _COMMA_GAP.match(text, m.end())
        if not comma:
            continue
        start = _field_start(text, m.start(), lex)
        the = _THE_BEFORE.search(text[max(0, start - 24):start])
        if not the:
            continue
        lead = re.search(r"(?:,|[ \t]+[–—])[ \t\n]+$", text[max(0, start - len(the.group()) - 4):start - len(the.group())])
        if lead and name_ending_at(text, start - len(the.group()) - len(lead.group()), lex):
            continue  # "Jane Doe, the CEO, John Roe": whose role is it?
        name = person_name_at(text, after_titles(text, comma.end(), lex), lex)
        if not name or not _NAME_CLOSES.match(text, name.end):
            continue
        out.append(Statement(name, "the-role-name", role=clean(text[start:m.end()]), role_span=Span(start, m.end())))
    return out


@lru_cache(maxsize=4)
def _appoint_re(data_dir: Path | None) -> re.Pattern[str]:
    """ "appoints", "has elected", "welcomes": data/role_appoint_verbs.txt, one phrase a line."""
    phrases = data_lines(data_dir / "role_appoint_verbs.txt") if data_dir else []
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(phrases, r"[ \t\n]+") + r")[ \t\n]+", re.I)


_AS_ROLE = re.compile(r"[ \t\n]+as[ \t\n]+(?:(?:its|their|our|the|a)[ \t\n]+)?(?:(?:new|first|next|interim|acting)[ \t\n]+)?")


def verb_name_as_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``verb-name-as-role``, family "appoints Name as role": an active verb of appointment or election
    (``role_appoint_verbs.txt``: "appoints", "has elected", "named", "welcomes"), a full name, "as" (perhaps
    "its new") and a role title with up to two lower-case field words before it ("The board appoints Jane Doe
    as managing director", "members elected John Roe as their new Treasurer", "Acme welcomes Ana Ruiz as
    project assistant"). The passive, name-first form is ``name-elected-role`` (role_change_verbs.txt)."""
    out: list[Statement] = []
    for v in _appoint_re(lex.data_dir).finditer(text):
        name = person_name_at(text, v.end(), lex)
        if not name:
            continue
        gap = _AS_ROLE.match(text, name.end)
        if not gap:
            continue
        words = list(re.finditer(r"[^\s,.;:()]+", text[gap.end():gap.end() + 80]))
        for k in range(min(_MAX_FIELD_WORDS, len(words)) + 1):
            at = gap.end() + (words[k].start() if k < len(words) else len(text))
            role = lex.role_title_re.match(text, at)
            field = [w.group() for w in words[:k]]
            if role and (not field or lower_case_role_field(field, lex)):
                out.append(Statement(name, "verb-name-as-role", role=clean(text[gap.end():role.end()]),
                                     role_span=Span(gap.end(), role.end())))
                break
    return out
