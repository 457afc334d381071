"""Instalments of a recurring event numbered with a number sign (``pattern:event_episode``).

A meetup, a breakfast or a talk series that returns every month numbers its instalments, and each one is an
event of its own, named with its number:

    Data Sharing Clinic #4                                   (a calendar card's heading)
    Ocean Tech Evening #12 in Kiel: three talks on ...       (a report's title)
    Circular Tuesday #26 (6 February 2035) drew 140 viewers  (a sentence)

This rule covers the class of one to five capitalised words followed by "#" and a number of up to three
digits: the words and the number are the name, whether or not a word of it is an event keyword (the series'
own name, "Circular Tuesday", often has none). A name with a word of ``data/event_row_not_event_words.txt`` or
``data/event_episode_other_words.txt`` numbers something else: a call, a newsletter, an issue ("Open Call #2",
"Cluster Newsletter #5", "HANSA News #4"), and a run of numbers names several instalments, none of them
("Episodes #13–#24"). A name
another rule read without its number ("MedTech Meetup Porto" before "#4") takes the number: it tells the
instalments apart (:func:`with_episode_number`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.statement_parts import UPPER
from pipeline.records import DateMention

RULE = "pattern:event_episode"
_CAP = rf"{UPPER}[\w&’'-]*"
_NUMBER = r"[ \t]+#\d{1,3}(?![\w.,]\d|\w|[ \t]*[–—-][ \t]*#?\d)"  # " #12", not "#12.5", "#12a" nor "#13–#24"
_EPISODE = re.compile(rf"(?<![\w#&’'-])(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,4}}){_NUMBER}")
_NUMBER_AFTER = re.compile(_NUMBER)


@lru_cache(maxsize=8)
def _other_words(data_dir: Path) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in data_lines(data_dir / "event_episode_other_words.txt"))


def _numbers_other_thing(lex: EventLexicon, data_dir: Path, name: str) -> bool:
    """True when a word of the name says it numbers a call, a newsletter or an issue, not an event."""
    other = lex.row_not_event | _other_words(data_dir)
    return any(w.lower().strip("’'") in other for w in name.split())


def episode_events(ctx: DocContext, lex: EventLexicon, data_dir: Path) -> list[Candidate]:
    """"Data Sharing Clinic #4", "Circular Tuesday #26": a numbered instalment of a series (see the module doc)."""
    out = []
    for m in _EPISODE.finditer(ctx.text):
        if _numbers_other_thing(lex, data_dir, m.group("name")):
            continue  # "Open Call #2", "TIMBER4CE Newsletter #5"
        words = m.group("name").lower().split()
        hit = lex.lookup(words[-1:])
        out.append(Candidate(m.start(), m.end(), clean_event_name(m.group()), RULE, hit[0] if hit else None,
                             hit[1] if hit else "other"))
    return out


# an instalment at the start of a line, a heading's, a list item's or a table cell's: "Puu rakentaa #4: …",
# "- Digitala fredagar #2 (3 mars)", "| Wood talks #5 | …"; its name in sentence case, one to four words
_LINE_EPISODE = re.compile(rf"(?m)^[ \t>*•▪|-]*(?:#+[ \t]+)?(?P<name>{_CAP}(?:[ \t]+[\w&’'-]+){{0,3}}?)(?P<num>{_NUMBER})")


_DATE_CELL_WORDS = 6  # a table's date cell read one cell a line: "ti 9.3.2032 klo 13–14", "12 May 2031"


def _row_date(ctx: DocContext, start: int, end: int) -> DateMention | None:
    """The day or month date of an instalment's line, after its name ("… (ti 2.12.2031)"), else of the short line
    right before it, the date cell of its table row ("ti 9.3.2032 klo 13–14" over "Puu rakentaa #5: …")."""
    line_end = ctx.text.find("\n", end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    prev_end = len(ctx.text[:start].rstrip()) if start else 0
    prev_start = ctx.text.rfind("\n", 0, prev_end) + 1
    cell = ctx.text[prev_start:prev_end]
    for a, b in ((end, line_end), (prev_start, prev_end) if 0 < len(cell.split()) <= _DATE_CELL_WORDS else (0, 0)):
        dated = [d for d in ctx.dates_between(a, b) if d.precision in ("day", "month")]
        if dated:
            return dated[0]
    return None


def listed_episodes(ctx: DocContext, lex: EventLexicon, data_dir: Path) -> list[Candidate]:
    """Instalments of one series listed line by line in sentence case (``pattern:event_episode_list``): a name
    whose words after the first are in lower case ("Puu rakentaa #4", "Digitala fredagar #2", "Wood talks #5"), as
    many languages write a title, said only by the shape: the same name with two numbers or more, each at the
    start of a line (a heading, a list item, a table cell), in any language. A run of capitalised words is
    :func:`episode_events`'; a name with a word that numbers something else ("Nyhetsbrev #3") is none."""
    found: dict[str, list[re.Match[str]]] = {}
    for m in _LINE_EPISODE.finditer(ctx.text):
        name = " ".join(m.group("name").split())
        if all(w[:1].isupper() for w in name.split()):
            continue  # "Open Data Surgery #6": a run of capitalised words, ``pattern:event_episode``'s
        if not _numbers_other_thing(lex, data_dir, name):
            found.setdefault(name.lower(), []).append(m)
    out = []
    for ms in found.values():
        if len({m.group("num").strip() for m in ms}) < 2:
            continue  # one number: no series said by the shape
        for m in ms:
            name = clean_event_name(f"{m.group('name')} {m.group('num').strip()}")
            out.append(Candidate(m.start("name"), m.end(), name, "pattern:event_episode_list", None, "other",
                                 dates=_row_date(ctx, m.start("name"), m.end())))
    return out


def with_episode_number(ctx: DocContext, lex: EventLexicon, data_dir: Path, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, a name right before " #<number>" taking the number ("MedTech Meetup Porto #4")."""
    for m in candidates:
        after = _NUMBER_AFTER.match(ctx.text, m.end)
        if after is not None and m.name and "#" not in m.name and not _numbers_other_thing(lex, data_dir, m.name):
            m.end, m.name = after.end(), f"{m.name} {after.group().strip()}"
    return candidates
