"""Rule family "organisation evidence": what the text says that makes a statistical ORG tag an organisation.

spaCy's ORG entities (rule ``ner:ORG``) were right for about a third of the names they alone found on the
training sets: the model also tags title-case headings ("Media", "Foreword"), projects ("the Interreg
project CircuLAB"), events ("Clusters Crossroads"), places ("Overijssel"), laws and people. A name it tags
is therefore kept only when one of its occurrences in the text carries a sign of an organisation (the
returned string names the sign, for tests and for the analyst):

- ``name-word``: an organisation word (``org_suffixes.txt``: "Cluster", "Universidad", "Stiftung"; ``[name words]``
  of ``org_evidence.txt``: "Faculty", "Université") or a legal form ("S.L.", "JSC", "I.K.E.") inside the name;
- ``bracket``: the whole content (or the first field) of a bracket right after a capitalised name: a person's
  organisation ("Jane Doe (Acme)", "(Acme, Italy)") or an organisation's short form ("... Agency (ACME)");
- ``affiliation``: right after a person's name and a comma, "of", "from" or "at" ("Jane Doe, Acme";
  "Jane Doe of Acme"), or after a role title and "at" or a comma ("head of unit at Acme");
- ``cue``: right after an organisation cue (``org_cues.txt``; ``[before]`` of ``org_evidence.txt``: "joined",
  "member of", "c/o") or on a line opened by a label of ``[labels]`` ("Host: Acme", "Organisers: A | B");
- ``kind``: next to a noun for a kind of organisation (``org_type_nouns.txt``, ``[kinds]``): "the research
  centre Acme", "Acme, a software company", "Acme is one of the oldest clusters";
- ``list``: an item of a list whose next or previous item another organisation rule found ("A Cluster, Acme
  and B GmbH").

Names that are a person's ("Jane Doe") never pass without an organisation word or a legal form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.role_title_at import title_then_affiliation_closes
from pipeline.extract.shapes import Span, is_cap_word, valid_person_name
from pipeline.extract.span_index import phrase_spans

_MAX_OCCURRENCES = 20  # evidence is looked for at this many occurrences of a name, at most
_NAME_WORDS = re.compile(r"[^\s/–-]+")
_CAP_BEFORE_BRACKET = re.compile(r"([^\W\d_][\w'’.&-]*)[ \t]*\($")
_BRACKET_CLOSE = re.compile(r"[ \t]*[),]")
_PERSON_BEFORE = re.compile(r"((?:[^\W\d_][\w'’.-]*[ \t]+){1,4}[^\W\d_][\w'’-]*)[ \t]*(?:,|[ \t]+(?:of|from|at))[ \t\n]+(?:the[ \t\n]+)?$")
_LIST_SEPARATOR = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:,|;|\||&|and)[ \t\n]+(?:and[ \t\n]+)?(?:the[ \t\n]+)?")


@dataclass(frozen=True)
class _Cues:
    before: re.Pattern[str]  # "... joined " at the end of the text before a name
    label: re.Pattern[str]  # "Host: " opening the line of a name
    kind_before: re.Pattern[str]  # "... research centre " right before a name
    kind_after: re.Pattern[str]  # ", a software company" / " is one of the first clusters" right after it
    name_words: frozenset[str]  # "Faculty", "Université": organisation words of tagged names only


@lru_cache(maxsize=4)
def _cues(data_dir: Path | None, type_nouns: frozenset[str]) -> _Cues:
    """``org_evidence.txt`` compiled once per data folder."""
    sections = data_sections(data_dir / "org_evidence.txt") if data_dir else {}

    def alt(phrases) -> str:
        return phrase_alternation((p.lower() for p in phrases), r"[ \t\n]+")

    kinds = alt(set(sections.get("kinds", [])) | set(type_nouns))
    copulas = alt(sections.get("copulas", []))
    return _Cues(
        before=re.compile(r"(?<![\w-])(?:" + alt(sections.get("before", [])) + r")[ \t\n]+(?:the[ \t\n]+)?$", re.I),
        label=re.compile(r"^[ \t\-•*]*(?:" + alt(sections.get("labels", [])) + r")[ \t]*:", re.I),
        kind_before=re.compile(r"(?<![\w-])(?:" + kinds + r")[ \t]+$"),
        kind_after=re.compile(r"(?:[ \t]*,[ \t\n]+|[ \t\n]+(?:" + copulas + r")[ \t\n]+)(?:a|an|the|one[ \t\n]+of[ \t\n]+the)[ \t\n]+"
                              r"(?:[\w'’-]+[ \t\n]+){0,4}?(?:" + kinds + r")(?:s|es)?(?![\w-])(?-i:(?![ \t]+[A-Z]))", re.I),
        name_words=frozenset(sections.get("name words", [])),
    )


@lru_cache(maxsize=8)
def _ending(pattern: str) -> re.Pattern[str]:
    """``pattern`` anchored at the end of a window (a cue that ends where the name starts)."""
    return re.compile(r"(?:" + pattern + r")$", re.I)


def _occurrences(text: str, span: Span, name: str) -> list[Span]:
    """The span itself, then the other places where the text writes the same words."""
    others = [Span(s, e) for s, e in phrase_spans(text, name.split()) if s != span.start]
    return [span, *others[:_MAX_OCCURRENCES - 1]]


def _name_word(name: str, lex: Lexicon) -> bool:
    words = _NAME_WORDS.findall(name)
    extra = _cues(lex.data_dir, lex.org_type_nouns).name_words
    return (any(w in lex.org_suffixes or w in extra for w in words)
            or bool(lex.legal_forms.search(name + " ") or lex.legal_forms.search(name + ". "))  # "Acme S.p.A" cleaned
            or any(p in name for p in extra if " " in p))


def _is_person(name: str, lex: Lexicon) -> bool:
    name = re.sub(r"^(?:[A-Z][a-z]{0,3}\.[ \t]+)+", "", name)  # "Dr. ", "Prof. Dr. "
    return valid_person_name(name, lex) and starts_with_given_name(name, lex)


def org_evidence(text: str, lex: Lexicon, span: Span, name: str, others: list[Span]) -> str | None:
    """The sign that the tagged ``name`` at ``span`` is an organisation (see the module docstring), or None.
    ``others``: spans other organisation rules found in the text (for ``list``)."""
    if _name_word(name, lex):
        return "name-word"
    if _is_person(name, lex):
        return None
    cues = _cues(lex.data_dir, lex.org_type_nouns)
    org_cue = _ending(lex.org_cues.pattern)
    for occ in _occurrences(text, span, name):
        before = text[max(0, occ.start - 80):occ.start]
        line = text[text.rfind("\n", 0, occ.start) + 1:occ.start]
        after = text[occ.end:occ.end + 80]
        b = _CAP_BEFORE_BRACKET.search(before)
        if b and is_cap_word(b.group(1)) and _BRACKET_CLOSE.match(after):
            return "bracket"
        p = _PERSON_BEFORE.search(before)
        words = p.group(1).split() if p else []
        if any(_is_person(" ".join(words[-n:]), lex) for n in (2, 3, 4) if n <= len(words)):
            return "affiliation"  # "Jane Doe, Acme", "the chair, Jane Doe of Acme"
        if title_then_affiliation_closes(before, lex.role_title_re):  # "Director at the ", "Head of Unit, "
            return "affiliation"
        if cues.before.search(before) or org_cue.search(before) or cues.label.search(line):
            return "cue"
        if cues.kind_before.search(before) or cues.kind_after.match(after):
            return "kind"
        if any(_LIST_SEPARATOR.fullmatch(text, o.end, occ.start) or _LIST_SEPARATOR.fullmatch(text, occ.end, o.start)
               for o in others if 0 <= occ.start - o.end <= 50 or 0 <= o.start - occ.end <= 50):
            return "list"
    return None
