"""Slavic event names with a lower-case, inflected event noun (``pattern:event_foreign_inflected``).

In Slovenian, Croatian, Slovak, Czech or Polish only a name's first word is capitalised, and its event noun
takes the case of the sentence: "na Međunarodnom obrtničkom i poduzetničkom sajmu" (the fair, dative),
"potekal je 5. Koroški forum kovinske industrije", "7. ročník konferencie STROJ-INOV". The capitalised-name
rules read neither (their noun is capitalised, ``pattern:event_foreign``), nor the meeting rule (it needs the
date beside the noun, ``pattern:event_foreign_meeting``). This rule covers, for the noun forms of
``data/event_inflected_nouns.txt``:

- an edition's ordinal before the name, a capitalised word and up to three lower-case words between them
  and the noun: "5. Koroški forum kovinske industrije", "6. forum", "3. Mednarodna konferenca o jeklu",
  "7. ročník konferencie STROJ-INOV"; after the noun up to three lower-case words (the name's genitive,
  "kovinske industrije"), then capitalised words and a year, until a word of ``[stops]`` ("6. forum leta
  2037" → "6. forum");
- without an ordinal, a capitalised word that is not a sentence's first (or a list item's first, or one
  followed after the noun by a capitalised word) opens the name, up to three lower-case words of its kind
  come between it and the noun, joined by "i" or "in", and capitalised words after it belong to it:
  "na Međunarodnom obrtničkom i poduzetničkom sajmu", "- Godišnja skupština Klastera: …", "na Dolenjskem
  sejmu obrti"; each word before the noun ends as an adjective does (``[adjective ends]``: "nowy Zarząd i
  plan targów" names nothing); a sentence's first word with the noun alone ("Prejšnji forumi so bili …",
  "Nakon foruma održan je …") is no name, nor a word of ``[not openers]`` ("Letošnja konferenca").

An edition's ordinal is a number ("6."), a Roman numeral ("IX kongres klastera Srbije", "VIII kongres") or a
word of ``[ordinal words]`` ("Drugi forum biogasa i agroenergije", "Treći forum …", "Druhý ročník konferencie"):
a capitalised one right before the noun opens the name as "6." does ("Drugog dana kongresa", the congress's
second day, is none). After an ordinal the name's genitive may join two words by "i"
("biogasa i agroenergije"). The same edition named again in another case by the same ordinal and a noun of the
same kind ("Sudionici 6. kongresa usvojili …", "Organizacijski odbor 7. kongresa") is one event, named by its first
mention with the noun in its first listed form (the nominative), else by its first mention. Forms that are English words too ("forum") count only after an ordinal, and a number that opens
a line is a list's number ("1. Otwarcie konferencji – …"), not an edition's, unless the lower-case noun follows it
right away: a list of editions ("6. kongres – Čakovec, 13. i 14. listopada 2034.", "5. kongres – Prelog, …"). A word of ``[stops]`` (a verb, a
preposition) never stands between the capitalised word and the noun ("Klaster je na štandu organizirao
forum" names nothing). A name without an ordinal is dated from its sentence, as every name is; one with an
ordinal by the first date after it or the last before it in the sentence the splitter cut at the ordinal
("V četrtek, 26. aprila 2035, je … potekal 5. Koroški forum …").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.span_index import finditer_from_any
from pipeline.extract.statement_parts import UPPER

RULE = "pattern:event_foreign_inflected"
_CAP = rf"{UPPER}[\w’'-]*(?<!-)"
_LOW = r"[^\W\d_A-ZÀ-ÞĀ-Ž][\w’'-]*"  # a lower-case word (a first letter that is no capital)
_YEAR = r"(?:19|20)\d\d"
_GAP = r"[ \t]+"
_JOINS = frozenset({"i", "in", "a"})
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # "IX kongres", "VIII kongres": an edition's ordinal
_BEFORE = re.compile(rf"(?:(?<![\w.,])(?P<ord>\d{{1,2}})\.)?(?:(?:[ \t]+|(?<![^\n]))(?P<cap>{_CAP}))?"
                     rf"(?P<adj>(?:[ \t]+{_LOW}){{0,3}}?)[ \t]+$")
_WORD = re.compile(rf"[ \t]+(?:(?P<year>{_YEAR})(?![\w.,]\d)|(?P<cap>{_CAP})|(?P<low>{_LOW}))")


@dataclass(frozen=True)
class _Lexicon:
    noun: re.Pattern[str]
    prefixes: tuple[str, ...]  # the forms' first four letters: the noun is tried only where ``str.find`` sees one
    types: dict[str, str]
    ordinal_only: frozenset[str]
    stops: frozenset[str]
    not_openers: frozenset[str]
    adjective_ends: tuple[str, ...]
    ordinal_words: dict[str, str] = field(default_factory=dict)  # "drugi" -> "2": an edition's ordinal as a word
    lemmas: frozenset[str] = frozenset()  # the first listed form of each kind and language ("kongres", "sajam")


@lru_cache(maxsize=8)
def _lexicon(data_dir: Path) -> _Lexicon | None:
    sections = data_sections(data_dir / "event_inflected_nouns.txt")
    rows = [[c.strip() for c in line.split("\t")] for line in sections.get("nouns", [])]
    if not rows:
        return None
    forms = [" ".join(r[0].split()) for r in rows]
    noun = re.compile(rf"(?<![\w’'-])(?:{phrase_alternation(forms, space=_GAP)})(?![\w’'-])")
    types = {" ".join(r[0].split()): (r[1] if len(r) > 1 and r[1] else "other") for r in rows}
    ordinal_only = frozenset(" ".join(r[0].split()) for r in rows if len(r) > 3 and r[3] == "ordinal")
    prefixes = tuple(sorted({f[:4] for f in forms}))
    return _Lexicon(noun, prefixes, types, ordinal_only, frozenset(sections.get("stops", [])),
                    frozenset(sections.get("not openers", [])), tuple(sections.get("adjective ends", [])),
                    _ordinal_words(sections.get("ordinal words", [])), _lemmas(rows))


def _lemmas(rows: list[list[str]]) -> frozenset[str]:
    """The first form listed of each noun (its forms share their first four letters, kind and language): the
    nominative ("kongres", not "kongresa"; "konferencija", not "konferencije")."""
    first: dict[tuple[str, str, str], str] = {}
    for r in rows:
        form = " ".join(r[0].split())
        first.setdefault((form[:4], r[1] if len(r) > 1 else "", r[2] if len(r) > 2 else ""), form)
    return frozenset(first.values())


def _ordinal_words(lines: list[str]) -> dict[str, str]:
    """``[ordinal words]``: lower-case form -> the ordinal's number."""
    rows = [[c.strip() for c in line.split("\t")] for line in lines]
    return {r[0].lower(): r[1] for r in rows if len(r) > 1}


def inflected_events(ctx: DocContext, data_dir: Path) -> list[Candidate]:
    """Slavic names with a lower-case inflected event noun (``pattern:event_foreign_inflected``; see the module doc)."""
    lex = _lexicon(data_dir)
    if lex is None:
        return []
    text, out, keys = ctx.text, [], []
    for m in finditer_from_any(lex.noun, text, lex.prefixes):  # tried where a form's first letters stand
        line_start = text.rfind("\n", 0, m.start()) + 1
        lo = max(line_start, m.start() - 90)
        noun = " ".join(m.group().split())
        before = _BEFORE.search(text, lo, m.start())
        if (before is not None and before.group("ord") and not text[line_start:before.start()].strip(" \t-–•*#")
                and (before.group("cap") or before.group("adj").strip())):
            before = _BEFORE.search(text, before.end("ord"), m.start())  # "1. Otwarcie konferencji": a list's number
        if before is None or not (before.group("ord") or before.group("cap")):
            continue
        # a word ordinal right before the noun: "Drugi forum", "IX kongres"; not "Drugog dana kongresa" (a day of it)
        word_ordinal = not before.group("ord") and not before.group("adj").strip() and _is_ordinal_word(before.group("cap"), lex)
        ordinal = bool(before.group("ord")) or word_ordinal
        if noun in lex.ordinal_only and not ordinal:
            continue  # "the Nordic forum": an English word, a name only after an edition's ordinal
        adj = before.group("adj") or ""
        if any(w in lex.stops and w not in _JOINS for w in adj.split()) or (adj.split() or [""])[-1] in _JOINS:
            continue  # "Klaster je na štandu organizirao forum": a clause, not a name
        cap = before.group("cap")
        if cap and cap in lex.not_openers:
            continue  # "Letošnja konferenca": "this year's", not a name
        if not ordinal and not all(w.endswith(lex.adjective_ends) for w in [cap, *adj.split()] if w not in _JOINS):
            continue  # "nowy Zarząd i plan targów": a noun before the noun, not its adjective
        end, caps_after = _tail(text, m.end(), lex, lower=ordinal)
        if not ordinal and _opens_sentence(text, line_start, before.start("cap")) and not caps_after:
            continue  # "Prejšnji forumi so bili …": a sentence's first word, not a name's
        start = before.start("ord") if before.group("ord") else before.start("cap")
        key = (before.group("ord") or _ordinal_value(before.group("cap"), lex), lex.types.get(noun, "other")) if ordinal else None
        when = _edition_date(ctx, start, end) if ordinal else None
        out.append(Candidate(start, end, clean_event_name(text[start:end]), RULE, noun, lex.types.get(noun, "other"),
                             dates=when))
        keys.append(key)
    return _first_mentions(out, keys, lex.lemmas)


def _is_ordinal_word(word: str | None, lex: _Lexicon) -> bool:
    """A capitalised word that is an edition's ordinal: a Roman numeral ("IX") or a word of ``[ordinal words]``."""
    return bool(word) and (_ROMAN.fullmatch(word) is not None or word.lower() in lex.ordinal_words)


def _ordinal_value(word: str, lex: _Lexicon) -> str:
    """The ordinal's number as written in digits ("IX" → "9"; "Drugi" → its ``[ordinal words]`` row's number)."""
    if _ROMAN.fullmatch(word):
        values = {"I": 1, "V": 5, "X": 10}
        total = sum(-values[a] if values[a] < values[b] else values[a] for a, b in zip(word, word[1:])) + values[word[-1]]
        return str(total)
    return lex.ordinal_words.get(word.lower(), word.lower())


def _first_mentions(found: list[Candidate], keys: list, lemmas: frozenset[str]) -> list[Candidate]:
    """One name for the mentions of an edition by the same ordinal and a noun of the same kind: the first mention
    with the noun in its first listed form (the nominative: "VIII kongres klastera Srbije održan je …" after the
    heading "Izveštaj sa VIII kongresa …"), else the first mention ("7. kongres međimurske industrije" …
    "Organizacijski odbor 7. kongresa"); mentions with that name stay (they merge), the other forms go."""
    chosen: dict = {}
    for cand, key in zip(found, keys):
        if key is not None and (key not in chosen or (chosen[key].keyword not in lemmas and cand.keyword in lemmas)):
            chosen[key] = cand
    return [c for c, key in zip(found, keys) if key is None or c.name == chosen[key].name]


def _edition_date(ctx: DocContext, start: int, end: int):
    """The date of a name opened by an ordinal: the sentence splitter ends a sentence at "5.", so the name's
    sentence is the one before the ordinal and the one after it together; the first date after the name
    ("6. forum leta 2037"), else the last before it ("V četrtek, 26. aprila 2035, je … potekal 5. Koroški forum")."""
    first = ctx.sentence(max(0, start - 1), start)[0]
    last = ctx.sentence(end, end)[1]
    line_start, line_end = ctx.text.rfind("\n\n", 0, start) + 1, ctx.text.find("\n\n", end)
    dates = ctx.dates_between(max(first, line_start), last if line_end < 0 else min(last, line_end))
    after = [d for d in dates if d.start >= end]
    before = [d for d in dates if d.end <= start]
    return after[0] if after else before[-1] if before else None


def _tail(text: str, pos: int, lex: _Lexicon, lower: bool) -> tuple[int, bool]:
    """(end of the name, whether a capitalised word follows the noun): up to three lower-case words (after an
    ordinal; "i" between two of them counts as one: "biogasa i agroenergije"), then up to four capitalised words and
    a year, stopped by a word of ``[stops]``."""
    end, n_low, n_cap, caps = pos, 0, 0, False
    while (w := _WORD.match(text, end)) is not None:
        if w.group("low") is not None:
            if not lower or caps or n_low >= 3 or (w.group("low") in lex.stops and not _joins_genitive(text, w, lex, n_low)):
                break
            n_low += 1
        elif w.group("cap") is not None:
            if n_cap >= 4:
                break
            caps, n_cap = True, n_cap + 1
        end = w.end()
        if w.group("year") is not None:
            break
    return end, caps


def _joins_genitive(text: str, w: re.Match[str], lex: _Lexicon, n_low: int) -> bool:
    """True for "i" (a word of ``_JOINS``) between two lower-case words of a name's genitive ("forum biogasa i
    agroenergije"), with room for the second within the tail's three words."""
    if w.group("low") not in _JOINS or not 1 <= n_low <= 1:
        return False
    nxt = _WORD.match(text, w.end())
    return nxt is not None and nxt.group("low") is not None and nxt.group("low") not in lex.stops


def _opens_sentence(text: str, line_start: int, at: int) -> bool:
    """True when only spaces, or the end of a sentence, stand between the line's start and ``at``; a list
    item's bullet ("- Godišnja skupština Klastera") opens a name, not a sentence."""
    head = text[line_start:at].strip()
    if head and not head.strip("-–—•*·▪"):
        return False  # "- Godišnja skupština Klastera", "– Koroški sejem": a list item's bullet
    return not head or head[-1] in ".!?:;–—|“„\""
