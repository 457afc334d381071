"""The field a role title names after "of" (:func:`statement_parts.role_segment`), when that field is no organisation,
and the area of work that stands for a role (:func:`department_role`, rule family "department role").

Two rule families of the field:

- "field of work after of": a name made only of field words (``data/role_departments.txt``, ``[field heads]`` and
  ``[field modifiers]``: "Cluster Services", "Operations", "Business Development") after a role title and "of" is part
  of the role: "Head of Cluster Services, Acme Agency", "Acme Ltd: Jane Doe, Head of Operations".
- "lower-case field after of": lower-case words (an acronym among them) after a role title and "of" or "in" say the
  person's field, part of the role ("head of SME financing, Acme Bank AB", "professor of food process engineering at
  Acme University", "head of the EU funds department, Acme County"); the organisation is the capitalised name after
  "at", "of" or "in" that follows the field, or the next segment of the apposition.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span, cap_run_at, clean

# a word of a lower-case field: a lower-case word ("e-services" too) or a short acronym ("SME", "EU"), "&"
_FIELD_WORD = re.compile(r"[a-zà-ÿ][\w'’-]*|[A-Z]{2,5}|&")
_FIELD_GAP = re.compile(r"[ \t]+")
_MAX_FIELD_WORDS = 5
_FIELD_CONNECTORS = frozenset({"at", "of", "in"})
_FIELD_JOINERS = frozenset({"and", "the", "&"})  # the field ends before one of these and the organisation's name
_ORG_AFTER = re.compile(r"[ \t\n]+(?:at|of|in)[ \t\n]+(?:the[ \t\n]+)?(?=[^\W\d_])")


@lru_cache(maxsize=4)
def kind_nouns(data_dir: Path | None) -> tuple[str, ...]:
    """ "cluster", "network", "association", "pôle": data/role_org_kind_nouns.txt, one a line, lower case."""
    return tuple(w.lower() for w in data_lines(data_dir / "role_org_kind_nouns.txt")) if data_dir else ()


def work_field(text: str, run: Span, lex: Lexicon) -> bool:
    """Rule family "field of work after of": the capitalised name at ``run`` is made only of field words."""
    return lex.work_field_re.fullmatch(clean(text[run.start:run.end])) is not None


def acronym_before_field(text: str, run: Span, lex: Lexicon) -> bool:
    """The capitalised run at ``run`` is an acronym of a field (a field word of ``role_departments.txt``: "SME", "EU",
    "ICT") that a lower-case word follows: the start of a lower-case field ("SME financing", "EU funds department"), not
    an organisation's name ("chairman of the TMC board", "president of EMC and CEO of …")."""
    name = text[run.start:run.end]
    return (re.fullmatch(r"[A-Z]{2,5}", name) is not None and name.lower() in lex.work_field_words
            and re.match(r"[ \t]+[a-zà-ÿ]", text[run.end:]) is not None)


def lower_case_field(text: str, start: int, pos: int, end: int, lex: Lexicon) -> tuple[str, Span, Span | None] | None:
    """Rule family "lower-case field after of": the role segment ``text[start:end]`` has a role title, then "of" (or
    "in") and at ``pos`` lower-case field words (no verb nor sentence word of ``role_field_stops.txt``). (The role as
    stated through the field, its span, the organisation after "at"/"of"/"in" or None) when the field ends the segment
    or such an organisation follows it; None otherwise ("lead of the robotics programme at the foundation"), and None
    when a word is a kind noun of ``role_org_kind_nouns.txt`` or a possessive: "president of the cluster", "head of the
    network's skills group" name their organisation by its kind (family ``org-kind-anaphor``)."""
    words: list[str] = []
    at = field_end = pos
    while len(words) < _MAX_FIELD_WORDS:
        w = _FIELD_WORD.match(text, at, end)
        if w is None or w.group().lower() in _FIELD_CONNECTORS or (
                w.group().islower() and w.group() in lex.role_field_stops and w.group() not in _FIELD_JOINERS):
            break
        words.append(w.group())
        field_end = w.end()
        gap = _FIELD_GAP.match(text, field_end, end)
        if gap is None:
            break
        at = gap.end()
    while words and words[-1] in _FIELD_JOINERS:  # "head of research and", a field cut short
        words.pop()
        field_end = len(text[:text.rindex(" ", start, field_end)].rstrip())
    if not words or not any(w.islower() for w in words):
        return None  # (acronyms alone, "Head of EU", name nothing as a field)
    if any(w.lower() in kind_nouns(lex.data_dir) or w.endswith(("'s", "’s", "'", "’")) for w in words):
        return None  # "president of the cluster", "head of the network's skills group": an organisation by its kind
    role = re.sub(r"^(?:the|a|an|our|its|their)\s+", "", clean(text[start:field_end]), flags=re.I)
    rest = text[field_end:end].strip(" \t.;:")
    if not rest:
        return role, Span(start, field_end), None
    tail = _ORG_AFTER.match(text, field_end, end)
    org = cap_run_at(text, tail.end(), list_heads=lex.org_suffixes) if tail else None
    if org is None or org.end > end or text[org.end:end].strip(" \t.;:"):
        return None
    return role, Span(start, field_end), org


def department_role(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, Span, Span | None] | None:
    """Rule family "department role": a segment that is nothing but areas of work (``role_departments.txt``:
    "communication and events", "finance and administration", "EU and international projects") is the role of the
    name it follows in a team list, a staff card or a contact block; a word more ("communication is key", "Acme
    Events") and it is none.

    Family "area of work, then its organisation": the area may be followed by the capitalised name of the
    organisation whose office it is, as contact lines in other languages write it ("Maria Esempio, ufficio
    comunicazione ACME", "Jan Voorbeeld, communicatie Vezelnet Drenthe"): the area is the role, the name its
    organisation."""
    seg = text[start:end]
    body = seg.rstrip(" \t\n.;:")
    lead = len(body) - len(body.lstrip())
    if lex.department_role_re.fullmatch(body, lead):
        return clean(body), Span(start + lead, start + len(body)), None
    area = lex.department_role_re.match(body, lead)
    org = _ORG_AFTER_AREA.fullmatch(body, area.end()) if area else None
    if org is None or (" " not in org.group(1) and not _NAME_SHAPED_WORD.fullmatch(org.group(1))):
        return None  # "Events Team": one ordinary capitalised word is no organisation's name
    if starts_with_given_name(org.group(1), lex):
        return None  # "Jane Doe – Communication\nJohn Roe – Finance": the next line's person, no organisation
    return clean(body[lead:area.end()]), Span(start + lead, start + area.end()), Span(start + org.start(1), start + len(body))


# one word alone names an organisation when it is an acronym or written with a capital inside ("DTAM", "ApuaStone")
_NAME_SHAPED_WORD = re.compile(r"[A-Z0-9&]{2,}[\w&-]*|\w+[A-Z][\w&-]*")
# the organisation's name after an area of work: up to four capitalised words or acronyms ("ACME", "Vezelnet Drenthe")
_ORG_AFTER_AREA = re.compile(r"[ \t]+([0-9A-ZÀ-Þ][\w&.'’-]*(?:[ \t]+[0-9A-ZÀ-Þ][\w&.'’-]*){0,3})")
