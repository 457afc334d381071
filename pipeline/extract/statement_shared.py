"""Statement rule ``shared-plural-role``: one role written in the plural for two or more people named
together, before or after it ("the cluster managers Jane Doe (Acme), John Roe (Beta) and Ana Ruiz (Gamma)",
"Auditors: Jane Doe and John Roe", "Jane Doe (Acme) and John Roe (Beta) were elected vice-chairs"). Every
name of the list holds the role, in the singular ("auditor" for "the auditors, Jane Doe and John Roe"; the
convention of eval/gold/SCHEMA.md's newest sets, blind41/43/46). The titles are those of ``role_titles.txt`` with a
plural "s"; the verbs of the name-first order are ``role_plural_verbs.txt``. A credit label ("Authors:", "Editors:",
``person_credit_labels.txt``) is no plural role: a credit line states no role. A count word of
``role_count_words.txt`` ("the two cluster managers, Jane Doe and John Roe") is no part of the role.

Rule family "plural role, singular holder" (:func:`singular_roles`): whatever rule read it, a board or committee office
written in the plural of another language ("Vocales: Ana Ruiz (X), Luis Gil (Y)", "Medlemmer: …", "i consiglieri Mario
Rossi e Anna Bianchi") is each person's office in the singular ("Vocal", "Medlem", "consigliere"), by
``data/role_plural_forms.csv``; the rule that read the statement stays its provenance.

Rule ``shared-plural-role-language`` (:func:`foreign_plural_role_statements`): such a plural office of another language
right before two or more names listed with commas and that language's "and" ("ledamöterna Eva Berg (X), Olof Lind
(Y) och Lotta Ek (Z)", "Die Kassenprüfer, Eva Kroll und Max Weber,", "i consiglieri Mario Rossi e Anna Bianchi"): each
name holds the office in the singular. It runs in every language (``language_neutral_rules.txt``). The bare member's
word of ``role_entry_titles.csv`` in the plural ("Medlemmer: …", "Mitglieder …") names a network's members, no seat,
unless it goes on a run of a board's offices after a board cue ("Hallitus: puheenjohtaja A (X), varapuheenjohtaja B
(Y), jäsenet C (Z) ja D (W)", "Valdyba: pirmininkas …, nariai …"): there each name holds the seat ("jäsen", "narys")."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.data_files import data_lines, data_table, phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.org_context import org_words
from pipeline.extract.role_own_board import board_cue_before
from pipeline.extract.role_title_at import plural_titles
from pipeline.extract.shapes import Span, clean
from pipeline.extract.statement_apposed import field_start, verb_phrases_re
from pipeline.extract.statement_verb_as import name_at
from pipeline.extract.statement_context import name_ending_at
from pipeline.extract.statement_credits import credit_label_re
from pipeline.extract.statement_label_shapes import entry_title_keys
from pipeline.extract.statement_parts import Statement

_LIST_SEP = re.compile(r"[*_]{0,2}[ \t]*(?:,[ \t\n]+(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+|[ \t]*&[ \t]+)")
# between a plural role and the first name: nothing, a colon, a comma, "are"/"were"
_ROLE_TO_NAMES = re.compile(r"[ \t]*(?::[ \t\n]*|,[ \t\n]+|[ \t\n]+(?:are|were)[ \t\n]+|[ \t]+)")
_SEP_BEFORE = re.compile(r"(?:,[ \t\n]+(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+|[ \t]+&[ \t]+)[*_]{0,2}$")


# a verb of role_plural_verbs.txt right before the plural role ("… were elected vice-chairs", "… were appointed as the new auditors")
_VERB_BEFORE_ROLE = r"[ \t\n]+(?:as[ \t\n]+)?(?:the[ \t\n]+)?(?:new[ \t\n]+)?$"


@lru_cache(maxsize=4)
def _count_word_re(data_dir) -> re.Pattern[str]:
    """A count word of ``role_count_words.txt`` ("two", "both") that opens a plural role's field, with its space."""
    words = data_lines(data_dir / "role_count_words.txt") if data_dir else ()
    return re.compile(r"(?i:" + phrase_alternation(words) + r")[ \t\n]+")


def _names_after(text: str, pos: int, lex: Lexicon, separator: re.Pattern[str] = _LIST_SEP) -> list[Span]:
    """The names listed from ``pos`` on, each perhaps with titles before and a bracket after it, joined by
    ``separator`` (a comma, "and", "&"; another language's "and" too where it is given)."""
    names: list[Span] = []
    while (found := name_at(text, pos, lex)) is not None:
        names.append(found[0])
        sep = separator.match(text, found[1])
        if sep is None:
            break
        pos = sep.end()
    return names if len(names) >= 2 else []


def _names_before(text: str, end: int, lex: Lexicon) -> list[Span]:
    """The names listed up to ``end``, read backwards ("Jane Doe (Acme) and John Roe (Beta)")."""
    names: list[Span] = []
    while True:
        left = text[:end].rstrip(" \t*_")
        if left.endswith(")"):
            opening = left.rfind("(")
            left = left[:opening].rstrip(" \t*_") if opening != -1 and "\n" not in left[opening:] else left
        name = name_ending_at(text, len(left), lex)
        if name is None:
            break
        names.append(name)
        sep = _SEP_BEFORE.search(text, max(0, name.start - 10), name.start)
        if sep is None:
            break
        end = sep.start()
    return names[::-1] if len(names) >= 2 else []


def shared_plural_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``shared-plural-role`` (see the module doc): a plural role title with up to two lower-case field
    words, then two or more listed names ("with the cluster managers Jane Doe (Acme) and John Roe (Beta)", "the
    auditors, Jane Doe and John Roe,", "Vice-Presidents: Jane Doe and John Roe", "the vice-chairs are …"); or
    two or more listed names, a verb of ``role_plural_verbs.txt`` and the plural role ("Jane Doe (Acme) and John
    Roe (Beta) were elected vice-chairs")."""
    out: list[Statement] = []
    for m_start, m_end in plural_titles(text, lex.role_titles):  # a role title of the lexicon in the plural
        start = field_start(text, m_start, lex)
        if credit_label_re(lex.data_dir).match(text, start):
            continue  # "Authors: Jane Doe (Acme) and John Roe (Beta)": a credit line names people, it states no role
        # each listed person holds the title in the singular ("the auditors, Jane Doe and John Roe": each is an
        # auditor), after a count word too ("the two cluster managers, …"), which is no part of the role
        count = _count_word_re(lex.data_dir).match(text, start)
        start = count.end() if count else start
        role, span = clean(text[start:m_end - 1]), Span(start, m_end - 1)
        gap = _ROLE_TO_NAMES.match(text, m_end)
        names = _names_after(text, gap.end(), lex) if gap else []
        verb = verb_phrases_re(lex.data_dir, "role_plural_verbs.txt", r"[ \t\n]+", _VERB_BEFORE_ROLE).search(text, max(0, start - 40), start)
        if not names and verb:
            names = _names_before(text, verb.start(), lex)
        out.extend(Statement(n, "shared-plural-role", role=role, role_span=span) for n in names)
    return out


@lru_cache(maxsize=4)
def _foreign_plurals(data_dir) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the plural offices of ``data/role_plural_forms.csv``, whole words in any case; the separators of a list of
    names in any language: a comma, "and" or a word of ``[and in other languages]`` in org_name_words.txt, "&")."""
    rows = data_table(data_dir / "role_plural_forms.csv")[1] if data_dir else []
    members = entry_title_keys(data_dir)  # "Medlemmer: A, B og C" are a network's members, no seat (data/role_entry_titles.csv)
    plurals = phrase_alternation({" ".join(r["plural"].split()) for r in rows if r["singular"].strip().lower() not in members},
                                 space=r"[ \t\n]+")
    bare = phrase_alternation({" ".join(r["plural"].split()) for r in rows if r["singular"].strip().lower() in members},
                              space=r"[ \t\n]+", empty="(?!)")
    ands = phrase_alternation({"and", *org_words(data_dir).conjunctions}, space=r"[ \t\n]+")
    return (re.compile(rf"(?<![\w-])(?:(?i:{plurals})|(?P<bare>(?i:{bare})))(?![\w-])"),
            re.compile(rf"[*_]{{0,2}}[ \t]*(?:,[ \t\n]+(?:(?:{ands})[ \t\n]+)?|[ \t\n]+(?:{ands})[ \t\n]+|[ \t]*&[ \t]+)"))


def foreign_plural_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``shared-plural-role-language`` (see the module doc): a plural office of ``role_plural_forms.csv``, then a
    colon, a comma or a space, then two or more names (each perhaps with titles before and a bracket after it)."""
    if lex.data_dir is None:
        return []
    plurals, sep = _foreign_plurals(lex.data_dir)
    out: list[Statement] = []
    for m in plurals.finditer(text):
        if m.group("bare") and not (board_cue_before(text, m.start(), lex.data_dir) and _after_an_office(text, m.start(), lex)):
            continue  # "Medlemmer: A, B og C" name a network's members; after a board's other offices they are its seats
        gap = _ROLE_TO_NAMES.match(text, m.end())
        names = _names_after(text, gap.end(), lex, sep) if gap else []
        role, span = clean(text[m.start():m.end()]), Span(m.start(), m.end())
        out.extend(Statement(n, "shared-plural-role-language", role=role, role_span=span) for n in names)
    return out


# the end of the entry before: a closing bracket and a comma or semicolon ("… (Jyväskylän kaupunki), jäsenet …")
_ENTRY_END_BEFORE = re.compile(r"\)[ \t]*[,;][ \t\n]+$")


def _after_an_office(text: str, pos: int, lex: Lexicon) -> bool:
    """The bare members' plural at ``pos`` goes on a run of a board's offices: the entry before it ends with its
    bracket and a comma ("Puheenjohtaja A (X), varapuheenjohtaja B (Y), jäsenet C (Z) ja D (W)", "…, nariai …")."""
    return _ENTRY_END_BEFORE.search(text, max(0, pos - 6), pos) is not None


def read_elsewhere(shared: list[Statement], found: list[Statement]) -> list[Statement]:
    """The ``shared`` statements no other rule of ``found`` reads: a label list ("Board members: Jane Doe (Acme) and
    John Roe (Beta)") and a credit line ("Authors: Jane Doe and John Roe") have rules of their own, which keep
    the name and the role phrase."""
    def elsewhere(st: Statement) -> bool:
        return any(o.person == st.person and (o.rule == "credit-label" or (
            o.role_span is not None and o.role_span.start < st.role_span.end and st.role_span.start < o.role_span.end))
            for o in found)
    return [st for st in shared if not elsewhere(st)]


@lru_cache(maxsize=4)
def _plural_singulars(data_dir) -> dict[str, str]:
    """{plural office, lower case: its singular} of ``data/role_plural_forms.csv`` ("vocales": "vocal")."""
    rows = data_table(data_dir / "role_plural_forms.csv")[1] if data_dir else []
    return {" ".join(r["plural"].split()).lower(): r["singular"] for r in rows}


def singular_of(role: str, data_dir) -> str | None:
    """The singular of a plural office of ``data/role_plural_forms.csv`` written as ``role`` (whole, any case; its
    words' first letters' case kept: "Vocales" → "Vocal", "Członkowie Zarządu" → "Członek Zarządu"), or None."""
    words = role.split()
    singular = _plural_singulars(data_dir).get(" ".join(words).lower())
    if not singular:
        return None
    out = singular.split()
    cases = words if len(words) == len(out) else words[:1]  # "Członkowie Zarządu" → "Członek Zarządu"
    return " ".join((s[:1].upper() + s[1:]) if w[:1].isupper() else s for s, w in zip(out, cases)) + (
        " " + " ".join(out[len(cases):]) if len(out) > len(cases) else "")


def singular_roles(found: list[Statement], lex: Lexicon) -> list[Statement]:
    """Rule family "plural role, singular holder" (see the module doc): each statement whose whole role is a plural
    office of ``data/role_plural_forms.csv`` holds its singular."""
    out = []
    for st in found:
        singular = singular_of(st.role, lex.data_dir) if st.role else None
        out.append(replace(st, role=singular) if singular else st)
    return out
