"""The generic event nouns of every language, by concept (``data/event_noun_concepts.csv``), loaded once.

One table says how each language names a general assembly, a board meeting, a study visit, a dinner …, in the
forms prose uses ("assembleias gerais", "styremøtet", "vuosikokouksessa", "valnom zhromaždení"); the readers of
lower-case event nouns (``pattern:event_foreign_generic``) take their nouns from it, and
``tests/test_language_coverage_evlang42.py`` checks (through the registry ``data/language_lexicons.csv``) that every
concept has a form in every language of ``data/languages.csv``. The "en" rows and the forms that are English event keywords ("seminar", "forum",
"workshop": ``data/event_keywords.txt``, ``data/event_generic_heads.txt``) stay with the English rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_sections, data_table, phrase_alternation

CONCEPTS_FILE = "event_noun_concepts.csv"
CASES_FILE = "event_noun_cases.csv"
DAY_PARTS_FILE = "event_day_parts.csv"


@dataclass(frozen=True)
class EventNoun:
    concept: str
    language: str
    form: str  # lower case, single spaces
    base: str  # the form the name takes
    type: str
    side: str  # "after" or "before"
    one: bool  # names one event by itself


@lru_cache(maxsize=8)
def foreign_event_nouns(data_dir: Path) -> tuple[EventNoun, ...]:
    """The rows of the table that another language's readers use: no "en" row, no form of an "en" row or English
    event keyword."""
    rows = data_table(data_dir / CONCEPTS_FILE)[1]
    # a form English writes alike ("training", "panel", "final") is the English rules' in every language's text:
    # the overlap of an English sentence's "training" with Dutch "training" must not shadow "workshop on the training centre"
    english = {line.split("\t")[0].strip().lower() for name in ("event_keywords.txt", "event_generic_heads.txt")
               for line in data_lines(data_dir / name)}
    english |= {" ".join(r["form"].lower().split()) for r in rows if r["language"] == "en"}
    out = []
    for r in rows:
        form = " ".join((r.get("form") or "").lower().split())
        if not form or r["language"] == "en" or form in english:
            continue
        base = " ".join(r["form"].split()) if r["base"] == "=" else r["base"]
        out.append(EventNoun(r["concept"], r["language"], form, base, r["type"], r["side"], r.get("one") == "one"))
    listed = {(n.language, n.form) for n in out}
    cases = _case_endings(data_dir)
    for n in list(out):
        if n.language in cases and n.side == "before" and n.base.lower() == n.form:
            for written in _inflected(n.form, cases[n.language]):
                if (n.language, written) not in listed and written not in english:
                    listed.add((n.language, written))
                    out.append(EventNoun(n.concept, n.language, written, n.base, n.type, n.side, n.one))
    return tuple(out)


def _case_endings(data_dir: Path) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """``data/event_noun_cases.csv`` by language: (ending, cases), the longest ending first."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for r in data_table(data_dir / CASES_FILE)[1]:
        if (r.get("ending") or "").strip():
            out.setdefault(r["language"].strip(), []).append((r["ending"].strip().lower(), tuple(r["cases"].lower().split())))
    return {k: sorted(v, key=lambda e: -len(e[0])) for k, v in out.items()}


def _inflected(form: str, endings: list[tuple[str, tuple[str, ...]]]) -> list[str]:
    """The case forms of a nominative ``form`` by its last word's longest listed ending ("kokous" → "kokouksessa", …)."""
    for end, cases in endings:
        if form.endswith(end) and len(form.split()[-1]) > len(end) + 1:
            return [form[:len(form) - len(end)] + c for c in cases]
    return []


@lru_cache(maxsize=8)
def meeting_openers(data_dir: Path) -> tuple[str, ...]:
    """The words of a meeting's kind or rank that stand before its noun in its name (``[meeting openers]`` of
    ``data/event_keywords_languages.txt``: "ordentliche", "rendkívüli", "primera", "next"), single-spaced as written."""
    return tuple(" ".join(w.split()) for w in data_sections(data_dir / "event_keywords_languages.txt").get("meeting openers", []))


@dataclass(frozen=True)
class DayParts:
    """The parts of the day of ``data/event_day_parts.csv`` ("evening", "por la noche", "mbrëmje"), compiled once."""
    pattern: re.Pattern[str]  # a form, lower case, matched at a word's start in the lower-cased text
    starts: frozenset[str]  # each form's first three characters: the form is tried only at a word that opens so
    english: frozenset[str]  # the English forms ("morning", "afternoon", "evening")

    def find(self, text: str, words) -> list[tuple[int, int, str]]:
        """(start, end, form) of the parts of the day in ``text``, tried at the word starts ``words`` only (the
        token offsets spaCy gave): a set lookup a word, no scan of the text per form."""
        out = []
        for at in words:
            if text[at:at + 3].lower() in self.starts:
                low = text[at:at + 40].lower()  # one word's lower case may grow ("İ"): matched in its own slice
                if (m := self.pattern.match(low)) is not None and (at == 0 or not _WORD_CHAR.match(text, at - 1)):
                    out.append((at, at + m.end(), m.group()))
        return out


_WORD_CHAR = re.compile(r"[\w’'-]")


@lru_cache(maxsize=8)
def day_parts(data_dir: Path) -> DayParts | None:
    """The parts of the day of every language, or None without rows."""
    rows = data_table(data_dir / DAY_PARTS_FILE)[1]
    forms = sorted({" ".join(r["form"].lower().split()) for r in rows})
    if not forms:
        return None
    alternation = phrase_alternation(forms, space=r"[ \t]+")
    return DayParts(re.compile(rf"(?:{alternation})(?![\w’'-])"), frozenset(f[:3] for f in forms),
                    frozenset(" ".join(r["form"].lower().split()) for r in rows if r["language"] == "en"))


@lru_cache(maxsize=8)
def _meeting_nominatives(data_dir: Path) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The words of each "after" form of a meeting concept (``data/event_dated_meeting_concepts.txt``) written in
    another case than its base, in a language of ``[nominative languages]`` (``data/event_foreign_generic.txt``) -> the
    base's words: ("walnego", "zgromadzenia") -> ("walne", "zgromadzenie")."""
    concepts = set(data_lines(data_dir / "event_dated_meeting_concepts.txt"))
    languages = set(data_sections(data_dir / "event_foreign_generic.txt").get("nominative languages", []))
    return {tuple(n.form.split()): tuple(n.base.split()) for n in foreign_event_nouns(data_dir)
            if n.side == "after" and n.concept in concepts and n.language in languages and n.base.lower() != n.form
            and len(n.base.split()) == len(n.form.split())}


def meeting_nominative(name: str, data_dir: Path) -> str:
    """``name`` with the meeting noun that opens it in its base form, the nominative: a language whose meeting
    noun comes first and takes the case of the sentence names the meeting in the nominative, its complement (the body,
    in the genitive) as written ("Walnego Zgromadzenia Członków" after "Protokół z" → "Walne Zgromadzenie Członków",
    "seji upravnega odbora" → "seja upravnega odbora", "zasadnutí predstavenstva" → "zasadnutie predstavenstva",
    the Slavic languages of ``[nominative languages]``); each replaced word keeps the written
    word's first-letter case. Names that open with no such form are returned unchanged."""
    words = name.split()
    table = _meeting_nominatives(data_dir)
    for n in range(min(4, len(words)), 0, -1):
        base = table.get(tuple(w.lower() for w in words[:n]))
        if base is not None:
            head = [w if w.lower() == b.lower() else (b[:1].upper() + b[1:] if w[:1].isupper() else b)
                    for w, b in zip(words[:n], base)]
            return " ".join([*head, *words[n:]])
    return name
