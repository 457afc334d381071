"""Sessions of one kind listed by their dates, one event per date (``pattern:event_repeated``).

Calls, calendars and newsletters announce repeated sessions of the same kind with a plural event noun and the
list of their days, in a list item or a sentence of its own:

    - Online Q&A clinics: 27 March, 17 April and 8 May 2034 (14:00–15:00 each)
    Preparation meetings for exhibitors will take place online on 16 March and 4 May 2027, and in Riga on 1 June 2027.
    Two online information sessions are held on 29 January 2034 and 12 February 2034 at 12:00 CET.

Each day is one session, named by the noun phrase in the singular, without its count ("Online Q&A clinic",
"Preparation meeting for exhibitors", "Online information session"), and dated by its day. An item that opens with
its number and the noun ("Previous meetings: 5th meeting, Brussels, 16 June 2038; 6th meeting, Tallinn, 24 November
2038", "Recent meetings: 8th meeting, Lisbon, 4 December 2034 · 9th meeting, …") is named by them ("5th meeting"):
a body counts its meetings, and the number says which one the day is. The phrase opens its
line or sentence, is at most four words ending in the plural of an event keyword of ``data/event_keywords.txt``
(perhaps followed by "for" and one or two lower-case words), and its words before the noun are nouns or
adjectives ("The partners held workshops" is a clause, not a name); a plural that is a keyword of its own
("B2B meetings: 14 March, 15 March", the matchmaking part of one event) is no list of sessions. The link is a
colon (perhaps after a note in brackets: "PMB meetings (online): 15 January, 12 March and 14 May 2034") or a
phrase of ``data/event_repeat_links.txt`` followed by "on" or "for"; a numbered list's "1." may open the line. Two days or more in the same sentence are needed: one
date names one session, which the other rules read.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value

RULE = "pattern:event_repeated"
_COUNT = r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)"
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "X"})


@lru_cache(maxsize=8)
def _pattern(data_dir: Path) -> re.Pattern[str] | None:
    """A plural noun phrase that opens a line or sentence and its link to the dates, compiled once."""
    links = data_lines(data_dir / "event_repeat_links.txt")
    if not links:
        return None
    return re.compile(
        rf"(?:^|(?<=[.!?][ \t]))[ \t\-•*▪◦]*(?:\d{{1,2}}[.)][ \t]+)?(?:{_COUNT}[ \t]+)?"
        rf"(?P<phrase>(?:[\w&’'-]+[ \t]+){{0,3}}?[A-Za-z][\w-]*s(?:[ \t]+for[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)?)"
        rf"(?P<link>(?:[ \t]*\([^()\n\d]{{1,30}}\))?[ \t]*:|[ \t]+(?i:{phrase_alternation(links)})(?:[ \t]+(?:online|in[ \t]+person))?[ \t]+(?:on|for)\b)", re.M)


def _named(ctx: DocContext, lex: EventLexicon, m: re.Match[str]) -> tuple[str, tuple[str, str]] | None:
    """(The session's name, the phrase in the singular; the keyword lookup of its noun) when the phrase ends in an
    event keyword's plural and its words before the noun are nouns or adjectives, else None."""
    phrase = m.group("phrase")
    head, _, tail = phrase.partition(" for ")
    words = head.split()
    hit = lex.lookup(words[-2:]) or lex.lookup(words[-1:])
    if hit is None or lex.singular(words[-1]).lower() == words[-1].lower() or hit[0].split()[-1] == words[-1].lower():
        return None  # no event noun, no plural of one, or a plural that is a keyword of its own ("B2B meetings")
    offset = m.start("phrase")
    for w in re.finditer(r"\S+", head[: -len(words[-1])]):
        if ctx.pos.get(offset + w.start(), ("NOUN",))[0] not in _MODIFIER_POS:
            return None
    name = " ".join(words[:-1] + [lex.singular(words[-1])]) + (f" for {tail}" if tail else "")
    return name[:1].upper() + name[1:], hit


def repeated_sessions(ctx: DocContext, lex: EventLexicon, data_dir: Path | None) -> list[Candidate]:
    """One session per day listed after a plural event noun (see the module doc)."""
    pattern = _pattern(data_dir) if data_dir else None
    out: list[Candidate] = []
    for m in pattern.finditer(ctx.text) if pattern is not None else ():
        named = _named(ctx, lex, m)
        if named is None:
            continue
        name, hit = named
        _, end = ctx.sentence(m.end(), m.end())
        line_end = ctx.text.find("\n\n", m.end())
        end = min(end, len(ctx.text) if line_end < 0 else line_end)
        days = [d for d in ctx.dates_between(m.end(), end) if d.precision == "day" and d.start_date == d.end_date]
        if len({d.start_date for d in days}) < 2:
            continue
        noun = lex.singular(m.group("phrase").partition(" for ")[0].split()[-1])
        for n, d in enumerate(days):
            start = m.start("phrase") if n == 0 else d.start  # the first session holds the phrase, no other rule's name
            numbered = _numbered_item(ctx.text, m.end() if n == 0 else days[n - 1].end, d.start, noun)
            if numbered is not None:  # "Previous meetings: 5th meeting, Brussels, 16 June 2038; 6th meeting, …"
                start, item = numbered
                out.append(Candidate(start, d.end, item, RULE, hit[0], hit[1], dates=d))
            else:
                out.append(Candidate(start, d.end, name, RULE, hit[0], hit[1], dates=d))
    return out


_ITEM_START = re.compile(r"[ \t]*(?:[;·|,:][ \t]*)?(?:and[ \t]+|the[ \t]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|[A-Za-z]+)[ \t]+(?P<noun>[a-z][\w-]*)\b")


def _numbered_item(text: str, after: int, day: int, noun: str) -> tuple[int, str] | None:
    """(start, name) of a numbered session that an item of the list opens with, its ordinal and the list's noun in the
    singular ("5th meeting, Brussels, 16 June 2038", "the second session on 4 May"): the number says which session
    of the series the day is, as the body's minutes count them; else None."""
    after = max([after, *(text.rfind(mark, after, day) for mark in ";·|")])  # the day's own item, not one before it
    m = _ITEM_START.match(text, after, day)
    if m is None or not ordinal_value(m["ord"]) or m["noun"].lower() != noun.lower():
        return None
    return m.start("ord"), f"{m['ord'][:1].upper()}{m['ord'][1:]} {m['noun']}"
