"""The one reader of the analyst-editable files in ``pipeline/data/``.

Every list, table and gazetteer there shares the same conventions: UTF-8, blank lines ignored,
lines starting with ``#`` are comments, a missing file means "nothing listed". Plain lists may be
split into ``[section]`` groups; tables are CSV with a header row; gazetteers are JSON Lines. The
extraction and resolution modules compile what they read; they never open a data file themselves.
"""
from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

_SECTION = re.compile(r"\[(.+)\]")


def data_lines(path: Path) -> tuple[str, ...]:
    """The non-blank, non-comment lines of ``path``, stripped; empty when the file is absent."""
    if not path.exists():
        return ()
    lines = (raw.strip() for raw in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def data_sections(path: Path) -> dict[str, list[str]]:
    """Lines grouped under ``[section]`` headers (lines before any header go to ``names``)."""
    out: dict[str, list[str]] = {"names": []}
    current = "names"
    for line in data_lines(path):
        m = _SECTION.fullmatch(line)
        if m:
            current = m.group(1).strip().lower()
            out.setdefault(current, [])
        else:
            out.setdefault(current, []).append(line)
    return out


def data_table(path: Path) -> tuple[tuple[str, ...], list[dict[str, str]]]:
    """(header, rows) of a CSV data file; ``((), [])`` when the file is absent or empty."""
    reader = csv.DictReader(data_lines(path))
    rows = list(reader)
    return tuple(reader.fieldnames or ()), rows


def data_rows(path: Path) -> list[list[str]]:
    """The rows of a CSV data file without a fixed header (each row a list of fields)."""
    return list(csv.reader(data_lines(path)))


def data_records(path: Path) -> list[dict]:
    """The JSON objects of a JSON Lines data file, one per line."""
    return [json.loads(line) for line in data_lines(path)]


def language_codes(data_dir: Path) -> tuple[str, ...]:
    """The ISO 639-1 codes of ``languages.csv``: the languages every multilingual lexicon must cover."""
    return tuple(row["code"] for row in data_table(data_dir / "languages.csv")[1])


def language_gaps(data_dir: Path, pairs) -> dict[str, list[str]]:
    """concept → the languages of ``languages.csv`` that a lexicon's (concept, language) ``pairs`` lack.

    Only concepts with a gap are keys; a language code the list does not know is reported under ``"?"``
    (a typo there would otherwise pass as coverage).
    """
    codes = language_codes(data_dir)
    have: dict[str, set[str]] = {}
    unknown = set()
    for concept, lang in pairs:
        have.setdefault(concept, set()).add(lang)
        if lang not in codes:
            unknown.add(lang)
    gaps = {c: [code for code in codes if code not in langs] for c, langs in have.items()}
    gaps = {c: missing for c, missing in gaps.items() if missing}
    if unknown:
        gaps["?"] = sorted(unknown)
    return gaps


def phrase_alternation(phrases, space: str = r"[ \t]+", empty: str = r"(?!)") -> str:
    """Listed phrases as one regex alternation, each taken literally except that a space matches ``space``.

    Longest first, so that where one phrase starts another ("board", "board of directors") the longer
    one wins; ``empty`` (by default a pattern that never matches) when nothing is listed.
    """
    alts = {re.escape(p).replace(r"\ ", space) for p in phrases if p}
    return by_first_letter(sorted(alts, key=lambda a: (-len(a), a))) or empty


def phrase_trie(phrases, space: str = r"[ \t]+", empty: str = r"(?!)", *, fold: bool = True) -> str:
    """Listed phrases as one regex matching what :func:`phrase_alternation` matches (case-insensitively compiled),
    written as a prefix tree: "direktor|direktorka|direktorem" becomes "direktor(?:ka|em)?". Where one phrase starts
    another the longer is tried first, as in the alternation; ``re`` walks a long alternation one alternative at a
    time, a tree one letter at a time, so thousands of titles cost about what a few hundred did. Keys are lower case;
    with ``fold=False`` they keep their case, for a pattern compiled case-sensitively ("Dr", "Prof.")."""
    root: dict = {}
    for p in phrases:
        if not p:
            continue
        node = root
        for unit in (" " if ch.isspace() else ch for ch in " ".join((p.lower() if fold else p).split())):
            node = node.setdefault(unit, {})
        node[""] = {}
    if not root:
        return empty

    def emit(node: dict) -> str:
        ends = "" in node
        branches = []
        for unit in sorted(k for k in node if k):
            branches.append((space if unit == " " else re.escape(unit)) + emit(node[unit]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return "(?:" + emit(root) + ")"


def by_first_letter(alternatives: list[str]) -> str:
    """``"|".join(alternatives)`` for escaped phrases, those opening with the same ASCII letter (either case)
    gathered behind one look-ahead for it, in their order.

    The same matches in the same order of preference (two alternatives that open with different letters
    never both match at one place), but ``re`` walks a long alternation one alternative at a time at every
    position it tries (under ``re.I`` without even a first-character check): grouped, it tries only the
    alternatives of the letter there. Returned as joined when an alternative opens otherwise.
    """
    groups: dict[str, list[str]] = {}
    others: list[str] = []  # opening with another literal character ("ředitel", "3D printing"): after the groups
    for alt in alternatives:
        first = alt[:1]
        if first in _ASCII_LETTERS and alt[1:2] not in _MAY_BE_ABSENT:
            groups.setdefault(first.lower(), []).append(alt)
        elif _opens_with_other_literal(alt):
            others.append(alt)
        else:
            return "|".join(alternatives)  # not a literal character (or one that may be absent)
    if len(groups) < 2 and not others:
        return "|".join(alternatives)
    return "|".join([f"(?=[{k}{k.upper()}])(?:{'|'.join(v)})" for k, v in groups.items()] + others)


_MAY_BE_ABSENT = ("?", "*", "+", "{", "|")
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _opens_with_other_literal(alt: str) -> bool:
    """``alt`` opens with one literal character that is not an ASCII letter and that no ASCII letter matches, even
    case-insensitively ("ř", "3", an escaped "-"; not "ſ", which ``re.I`` reads as "s"), and that is not optional: it
    never matches where an alternative of a letter group does, so its place among them does not matter."""
    first, after = (alt[1:2], alt[2:3]) if alt[:1] == "\\" else (alt[:1], alt[1:2])
    if not first or after in _MAY_BE_ABSENT or (alt[:1] == "\\" and first.isalnum()) or (alt[:1] != "\\" and first in "()[].^$|?*+{}"):
        return False  # nothing, a class (\d, \s), a group, an anchor or an optional character
    return not any(re.fullmatch(re.escape(first), letter, re.I) for letter in _ASCII_LETTERS)


# The sections of org_name_words.txt that org_head_concepts.csv feeds, by its ``use`` column ("closing" heads are
# lower heads too); "last" feeds org_suffixes.txt.
_HEAD_SECTIONS = {"front": ("front heads",), "lower": ("lower heads",), "closing": ("lower heads", "closing lower heads"),
                  "compound": ("compound heads",)}


_VOWELS = frozenset("aeiouyáéíóúýąęėįųūāēīōěåäöøæаеиоуяюєіїыэъьαεηιουωάέήίόύώ")


def _script(ch: str) -> str:
    return "Cyrl" if "\u0400" <= ch <= "\u04ff" else "Grek" if "\u0370" <= ch <= "\u03ff" else "Latn"


@lru_cache(maxsize=4)
def org_head_case_endings(data_dir: Path) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """lang → (ending, case endings) of ``org_head_case_endings.csv``, the longest ending first ("_": a consonant)."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for row in data_table(data_dir / "org_head_case_endings.csv")[1]:
        out.setdefault(row["lang"], []).append((row["ending"], tuple(row["cases"].split())))
    for rows in out.values():
        rows.sort(key=lambda r: -len(r[0]) if r[0] != "_" else 0)
    return out


def head_case_forms(word: str, rows: list[tuple[str, tuple[str, ...]]]) -> list[str]:
    """The other cases of a one-word head ``word`` by its language's ending rows: the longest ending it has replaced
    by each case ending; a word ending in a consonant with the case endings of its script added ("_")."""
    low = word.lower()
    for ending, cases in rows:
        if ending != "_" and low.endswith(ending) and len(low) > len(ending) + 2:
            stem = word[:-len(ending)]
            return [stem + c for c in cases]
    if low[-1:] and low[-1] not in _VOWELS and low[-1].isalpha():
        script = _script(low[-1])
        return [word + c for ending, cases in rows if ending == "_" for c in cases if _script(c[0]) == script]
    return []


@lru_cache(maxsize=4)
def org_head_words(data_dir: Path) -> dict[str, tuple[str, ...]]:
    """use → the words ``org_head_concepts.csv`` gives that reader: a front phrase its first two words, a last,
    lower or closing phrase its last word (lower-cased for lower and closing), a compound ending as written; a front
    head's first word and the last word of a lower or closing head also in the other cases ``org_head_case_endings.csv``
    gives its language ("sekretarijat" → "sekretarijata", "akadēmija" → "akadēmijas", "Zarząd Województwa" →
    "Zarządu Województwa")."""
    endings = org_head_case_endings(data_dir)
    out: dict[str, list[str]] = {}
    listed_closing: set[str] = set()
    listed: dict[str, set[str]] = {}
    for row in data_table(data_dir / "org_head_concepts.csv")[1]:
        words = row["form"].split()
        use = row["use"]
        if not words:
            continue
        if use == "front":
            word = " ".join(words[:2])
        elif use in ("last", "lower", "closing"):
            word = words[-1].lower() if use != "last" else words[-1]
        else:
            word = row["form"].lower()
        out.setdefault(use, []).append(word)
        listed.setdefault(use, set()).add(word)
        if use == "closing":
            listed_closing.add(word)
        rows = endings.get(row["language"])
        if rows and use in ("lower", "closing"):
            out[use].extend(head_case_forms(word, rows))
        elif rows and use == "front":  # the first word declines: "Samorząd Województwa" → "Samorządowi Województwa"
            out[use].extend(" ".join([form, *words[1:2]]) for form in head_case_forms(words[0], rows))
    lower = set(out.get("lower", ()))  # a case form that is another language's lower head does not close its name
    out["closing"] = [w for w in out.get("closing", ()) if w not in lower or w in listed_closing]
    # a case form spelt as a word the table lists for a language of no case endings is that word, no case: Lithuanian "centras" →
    # "centre", "institutas" → "institute" (English), Czech "Institut" → "Institute"
    taken = {w.lower() for row in data_table(data_dir / "org_head_concepts.csv")[1] if row["language"] not in endings
             for w in row["form"].split()}
    out = {use: [w for w in words if w in listed[use] or w.split()[0].lower() not in taken]
           for use, words in out.items()}
    return {use: tuple(dict.fromkeys(words)) for use, words in out.items()}


@lru_cache(maxsize=4)
def org_head_case_only(data_dir: Path) -> frozenset[str]:
    """The head words (lower case) that only ``org_head_case_endings.csv`` gives, no form ``org_head_concepts.csv``
    lists: a name holding one is written in a case ("Olomoucké rozvojové agentury" beside "… agentura")."""
    listed = {w.lower() for row in data_table(data_dir / "org_head_concepts.csv")[1] for w in row["form"].split()}
    words = {w.lower() for use in ("front", "lower", "closing") for h in org_head_words(data_dir).get(use, ()) for w in h.split()}
    return frozenset(words - listed)


@lru_cache(maxsize=4)
def org_name_word_sections(data_dir: Path) -> dict[str, list[str]]:
    """The sections of ``org_name_words.txt`` with the head words of ``org_head_concepts.csv`` added to the sections
    they feed: the one reader of the organisation head words by section."""
    sections = {k: list(v) for k, v in data_sections(data_dir / "org_name_words.txt").items()}
    for use, words in org_head_words(data_dir).items():
        for section in _HEAD_SECTIONS.get(use, ()):
            have = sections.setdefault(section, [])
            listed = set(have)
            have.extend(w for w in words if w not in listed)
    return sections


@lru_cache(maxsize=4)
def org_suffix_words(data_dir: Path) -> tuple[str, ...]:
    """The last words that make a capitalised phrase an organisation's name: ``org_suffixes.txt`` and the "last"
    heads of ``org_head_concepts.csv``."""
    return tuple(dict.fromkeys([*data_lines(data_dir / "org_suffixes.txt"), *org_head_words(data_dir).get("last", ())]))
