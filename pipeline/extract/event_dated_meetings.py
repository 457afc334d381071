"""A body's meeting named by the day it was held on, written before the meeting noun (``pattern:event_dated_meeting``).

A language that writes a noun's modifiers before it (Turkish, Hungarian, the Finnic and Baltic languages: the
``before`` side of ``data/event_noun_concepts.csv``) names one meeting of a body by the body, the day and the
meeting noun, the day standing as the noun's attribute: "Yönetim Kurulumuzun 6 Mart 2034 tarihli toplantısı" (our
board's meeting dated 6 March 2034; a case form the table lacks, "toplantısında", is not read: the lower-case rule
would read it after a weekday as "Pazar tarihli toplantısı"), "a klaszter elnöksége 2034. április 25-i ülésén" (at the presidium's
meeting of 25 April), "A Klasztertanács a 2034. november 14-i ülésén". The rules that read a meeting noun with its
date after it (:mod:`event_foreign_meetings`) or with its modifiers before it (:mod:`event_foreign_generic`) see
no name here: the words before the noun are a date. This rule covers the class

    <body, one or two words> [<article>] <day or month date>[-<case ending>] [<one word>] <meeting noun>

for the nouns of the meeting concepts listed in ``data/event_dated_meeting_concepts.txt`` (a general assembly, a
board, members', committee, kick-off or review meeting) of a ``before`` language: the one word between the date
and the noun makes the date an attribute ("6 Mart 2034 tarihli toplantısı"; Hungarian writes the case ending on
the date itself, "25-i"); two words are a clause's, not an attribute ("holder torsdag den 27. april 2033 sin
ordinære generalforsamling": the verb's date and the assembly named by its own words). The date says which
meeting, so the phrase is one event although its noun is a generic one; the body is the one or two words of three letters or more right before
the date in its line, after an article of one or two letters ("A Klasztertanács a 2034. november 14-i ülésén" →
"Klasztertanács november 14-i ülése"), and without them there is no event ("Az április 25-i ülésen az elnökség …"
says again the meeting a sentence before named by its body). The word right before the date
is the body when it is capitalised ("Klasztertanács", "Yönetim Kurulumuzun") or opens as a word of the concepts'
forms does ("elnöksége" as "elnökségi ülés", "valdybos" as "valdybos posėdis", "hallituksen" as "hallituksen
kokous", "közgyűlése" as "közgyűlés", ``_STEM`` letters): a verb there is a clause's ("rekomendacijas svarstys 2033
m. lapkričio 9 d. posėdyje": the board will discuss them at its meeting). The name is the phrase with the noun in
the form the table gives it ("ülésén" → "ülése", "posėdyje" → "posėdis", "toplantısı" → "toplantı") and without the date's year (the day keeps two meetings of one
body apart; the year is the event's date, not its name's: "Yönetim Kurulumuzun 6 Mart tarihli toplantı"); it is
dated by its own date.

``addressed_meetings`` (``pattern:event_meeting``, the English meeting rule's name) reads the English class of a body's
meeting dated by its day: a text brought before the body on a day ("presented to the Economic Development Committee on
2 April") names the body's meeting of that day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.dates import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_nouns import foreign_event_nouns
from pipeline.extract.statement_parts import UPPER

RULE = "pattern:event_dated_meeting"
_LETTERS = r"[^\W\d_](?:[^\W\d_]|[’'-])*"
_ENDING = re.compile(r"-[^\W\d_]{1,4}")  # a case ending written on the date ("25-i", "14-én")
_GAP = re.compile(r"[ \t]+")
_WORD = re.compile(_LETTERS)
# before the date, in its line: the body (one or two words of three letters or more), then perhaps an article
_BODY = re.compile(rf"(?P<body>(?:[^\W\d_][\w’'-]{{2,}}[ \t]+)?[^\W\d_][\w’'-]{{2,}})(?:[ \t]+[^\W\d_]{{1,2}})?[ \t]+$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b\.?")  # "2034. április 25-i": the name's day, its year the event's date
_REACH = 60  # the characters after a date that may hold its link word and the noun
_STEM = 6  # the letters a body's word shares with the meeting forms of its concept ("elnöksége" / "elnökségi ülés")


@dataclass(frozen=True)
class _Nouns:
    noun: re.Pattern[str]  # a meeting noun of a "before" language, any case, matched at a position
    base: dict[str, str]  # form -> the form the name takes
    bodies: frozenset[str]  # the first letters (``_STEM``) of the forms' first words: "valdybos", "hallituksen", "közgyűlés"


@lru_cache(maxsize=8)
def _nouns(data_dir: Path) -> _Nouns | None:
    concepts = set(data_lines(data_dir / "event_dated_meeting_concepts.txt"))
    rows = [n for n in foreign_event_nouns(data_dir) if n.concept in concepts and n.side == "before"]
    if not rows:
        return None
    base = {n.form: n.base for n in rows}
    bodies = frozenset(f.split()[0][:_STEM] for f in base if len(f.split()[0]) >= _STEM)
    forms = phrase_alternation(sorted(base), _GAP.pattern)
    return _Nouns(re.compile(rf"(?i:{forms})(?![\w’'-])"), base, bodies)


def dated_meetings(ctx: DocContext, data_dir: Path) -> list[Candidate]:
    """A body's meeting named by its day written before the meeting noun (see the module doc): one look at the few
    characters after each day or month date, no scan of the text."""
    nouns = _nouns(data_dir)
    if nouns is None:
        return []
    text, out = ctx.text, []
    for date in ctx.dates:
        if date.precision not in ("day", "month") or date.start_date is None:
            continue
        line_end = text.find("\n", date.end)
        after = text[date.end:min(date.end + _REACH, len(text) if line_end < 0 else line_end)]
        found = _noun_after(after, nouns)
        if found is None:
            continue
        line_start = text.rfind("\n", 0, date.start) + 1
        body = _BODY.search(text, line_start, date.start)
        last = body.group("body").split()[-1] if body else ""
        if not (last[:1].isupper() or last[:_STEM].lower() in nouns.bodies):
            continue  # "Az április 25-i ülésen …": the meeting said again after its body named it, or no body's
        start = body.start("body")
        form = " ".join(found.group().lower().split())
        day = _YEAR.sub(" ", text[date.start:date.end + found.start()])
        name = f"{body.group('body')} {day}{nouns.base.get(form, form)}"
        name = clean_event_name(" ".join(name.split()))
        out.append(Candidate(start, date.end + found.end(), name[:1].upper() + name[1:], RULE, None, "other",
                             dates=date))
    return out


def _noun_after(after: str, nouns: _Nouns) -> re.Match[str] | None:
    """The meeting noun after the date's case ending and perhaps one word, the nearest first."""
    ending = _ENDING.match(after)
    at = ending.end() if ending else 0
    for _ in range(2):  # the noun right after the date, else after one word
        gap = _GAP.match(after, at)
        if gap is None:
            return None
        if (m := nouns.noun.match(after, gap.end())) is not None:
            return m
        word = _WORD.match(after, gap.end())
        if word is None:
            return None
        at = word.end()
    return None


ADDRESSED_RULE = "pattern:event_meeting"
_SP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"  # a space, or the line break of a hard-wrapped paragraph
_CAP = rf"{UPPER}[\w’'&.-]*"
_NAMED = rf"{_CAP}(?:{_SP}(?:of{_SP}|for{_SP}|and{_SP}|y{_SP}|&{_SP})?{_CAP})*"


@lru_cache(maxsize=8)
def _addressed(data_dir: Path) -> re.Pattern[str] | None:
    """``<verb> the <Name> <body> [of <Name>] [in <Place>] on <day>``, compiled once from the verbs of
    ``data/event_meeting_address_verbs.txt`` and the bodies of ``data/event_meeting_bodies.txt``."""
    verbs = [" ".join(v.lower().split()) for v in data_lines(data_dir / "event_meeting_address_verbs.txt")]
    bodies = [" ".join(b.lower().split()) for b in data_lines(data_dir / "event_meeting_bodies.txt")]
    if not verbs or not bodies:
        return None
    return re.compile(
        rf"(?<![\w-])(?i:{phrase_alternation(verbs, _SP)}){_SP}(?:the{_SP}|its{_SP})?(?:{UPPER}[\w-]*[’']s{_SP})?"
        rf"(?P<body>(?P<caps>(?:{_CAP}{_SP}){{0,4}})(?P<noun>(?i:{phrase_alternation(sorted(bodies, key=len, reverse=True), _SP)}))(?![\w-])"
        rf"(?:{_SP}of{_SP}(?:the{_SP})?{_NAMED})?)"
        rf"(?:,?{_SP}in{_SP}(?P<place>{_CAP}(?:{_SP}{_CAP})?))?,?{_SP}on{_SP}(?:{WEEKDAY},?{_SP})?(?=\d)")


def addressed_meetings(ctx: DocContext, data_dir: Path) -> list[Candidate]:
    """``pattern:event_meeting``: a governing body's meeting named by what was brought before it on a day ("The brief
    was presented to the Economic Development Committee on 2 April 2035" → "Economic Development Committee meeting",
    "discussed by the Steering Committee in Tartu on 9 June 2037" → "Steering Committee meeting", "discussed with
    the Monitoring Committee on Thursday 14 March" → "Monitoring Committee meeting"): a verb of
    ``data/event_meeting_address_verbs.txt``, a body of ``data/event_meeting_bodies.txt`` written with a capital (the
    body's own name, with the capitalised words before it: "presented to the board on 19 October" names no event in
    blind79 and blind82), and a day right after it (a month or a year says no meeting: "presented to the Board in 2033"; a
    document's note "adopted by the Board on 4 December" is no verb of the list)."""
    pattern = _addressed(data_dir)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(ctx.text):
        date = next((d for d in ctx.dates_between(m.end(), m.end() + 40) if d.start == m.end()), None)
        if date is None or date.precision != "day":
            continue
        body = " ".join(m.group("body").split())
        if not m.group("noun")[:1].isupper():
            continue  # "presented to the board on 19 October": the body's own name is capitalised ("the Monitoring Committee")
        name = clean_event_name(f"{body} meeting")
        out.append(Candidate(m.start("body"), m.end("body"), name[:1].upper() + name[1:], ADDRESSED_RULE, "meeting", "other",
                             dates=date))
    return out
