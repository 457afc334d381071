"""Rule ``weekday_date``: an event dated by a bare weekday.

Posts and short news name the day of a side event by its weekday alone: "Field demo day at the test farm on
Thursday" after "three days at the fair (6–8 February)", "a business seminar on Wednesday" under "From Monday
5 June to Friday 9 June our delegation …", "the Lightweight Day last Thursday" in news dated 26.02.2029. An event
with no date of its own whose clause names a weekday (``data/event_weekdays.csv``, not followed by a date: "on
Thursday, 4 May" is a date) takes

- the one such weekday inside the nearest stated span of days before it (2 to 14 days, in its paragraph or the
  three blocks above); a span without that weekday dates nothing;
- else, with a word that points back or forward ("last", "vergangenen", "next"), the latest such weekday
  before the document's own date (its publication date, else the date its head states) or the first after it.

The weekdays are those of every language: the English, German and French words of ``data/event_weekdays.csv`` (with
the words that point back or forward) and the weekday names of ``data/programme_day_headings.csv`` in every language of
``languages.csv``, a name of five letters or more also with up to three letters of a case ending after it, as prose
writes them ("kedden", "csütörtökön", "neljapäeval", "torstaina"): "Het programma begon op dinsdag met een netwerkdiner"
under "van 14 tot 16 maart", "Csütörtökön … az irányítóbizottsági ülés" under "február 7–8-án".

Never a weekday said of a routine ("every Thursday", "on Thursdays") or of another event of the sentence
standing between the name and the weekday. A last resort, run after every other way of dating an event; any date
another mention of the event states wins over it (:func:`pipeline.extract.events.extract_events`: "The Forum closed
last Thursday … The forum was held on 4 and 5 October").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.programme_days import weekday_days
from pipeline.records import DateMention

WEEKDAY_RULE = "weekday_date"  # the rule of a date read from a bare weekday: the weakest, any stated date of the event wins
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN_DAYS = (1, 13)  # a span of 2 to 14 days: a fair, a mission, a week of visits
_SPAN_BLOCKS = 3  # the span is stated in the event's paragraph or one of the blocks right above it
_GAP_AFTER = 90  # characters between the name and a weekday after it
_GAP_BEFORE = 60  # characters between a weekday and the name after it
_DATE_AFTER = 12  # a date starting this close after the weekday is the weekday's ("Friday, May 12")


@dataclass(frozen=True)
class Weekdays:
    pattern: re.Pattern[str]  # a weekday, perhaps after a direction word: groups "dir" and "day"
    meaning: dict[str, str]  # folded word → mon … sun, before, after
    stems: tuple[str, ...] = ()  # the names that may take a case ending, the longest first

    def of(self, word: str) -> str | None:
        """What ``word`` means (mon … sun, before, after): a listed word, or a name with its case ending."""
        word = _fold(word)
        if word in self.meaning:
            return self.meaning[word]
        return next((self.meaning[s] for s in self.stems if word.startswith(s)), None)

    def is_day(self, word: str) -> bool:
        """``word`` names a weekday, perhaps with its case ending or article ("tirsdag", "tisdagen", "kedden")."""
        return self.of(word) in _DAYS


_STEM_MIN = 5  # a shorter name takes no ending: "luni" (Romanian Monday) is also "months", "lunile" is no weekday
_ENDING = r"[^\W\d_]{0,3}"  # "kedd|en", "csütörtök|ön", "neljapäev|al", "torstai|na"


@lru_cache(maxsize=4)
def weekdays(data_dir: Path) -> Weekdays:
    """The words of ``data/event_weekdays.csv`` and the weekday names of ``data/programme_day_headings.csv``, read and
    compiled once."""
    meaning = {" ".join(r["word"].lower().split()): r["meaning"].strip() for r in data_table(data_dir / "event_weekdays.csv")[1]}
    listed = set(meaning)  # taken as written, with no ending
    for word, day in weekday_days(data_dir).items():
        meaning.setdefault(word, day)
    stems = tuple(sorted((w for w, v in meaning.items() if v in _DAYS and w not in listed and len(w) >= _STEM_MIN
                          and " " not in w), key=len, reverse=True))
    days = phrase_alternation((w for w, v in meaning.items() if v in _DAYS and w not in stems), space=r"[ \t\n]+")
    inflected = phrase_alternation(stems, empty="(?!)")
    dirs = phrase_alternation((w for w, v in meaning.items() if v in ("before", "after")), space=r"[ \t\n]+")
    every = phrase_alternation((w for w, v in meaning.items() if v == "every"), space=r"[ \t\n]+")
    # not "every Thursday" (group "every": no weekday, see ``routine``), "on Thursdays", "Thursday 4 May" / "Thursday,
    # 4 May" (a date: other rules read it)
    pattern = re.compile(rf"(?<![\w-])(?:(?P<every>{every})[ \t\n]+)?(?:(?P<dir>{dirs})[ \t\n]+)?"
                         rf"(?P<day>{days}|(?:{inflected}){_ENDING})(?![\w-])"
                         rf"(?![ \t\n]*,?[ \t\n]*(?:\d|the[ \t\n]+\d))", re.I)
    return Weekdays(pattern, meaning, stems)


def said(words: Weekdays, text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The weekdays ``text`` says between ``start`` and ``end``, none of a routine ("every Thursday", "jeden Mittwoch",
    "chaque mardi", "joka torstai")."""
    return [w for w in words.pattern.finditer(text, start, len(text) if end is None else end) if not w.group("every")]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _weekday_in_clause(ctx: DocContext, m: Candidate, starts: list[int], words: Weekdays) -> re.Match[str] | None:
    """The weekday said with ``m`` in its sentence: the first after the name, else the last before it, with no
    other event, ";" or date between them."""
    s, e = ctx.sentence(m.start, m.end)
    def clear(a: int, b: int) -> bool:
        return not any(a <= p < b for p in starts if p != m.start) and ";" not in ctx.text[a:b] and not ctx.dates_between(a, b)
    after = [w for w in said(words, ctx.text, m.end, min(e, m.end + _GAP_AFTER)) if clear(m.end, w.start())]
    if after:
        return after[0]
    before = [w for w in said(words, ctx.text, max(s, m.start - _GAP_BEFORE), m.start) if clear(w.end(), m.start)]
    return before[-1] if before else None


def _in_span(ctx: DocContext, m: Candidate, weekday: int) -> tuple[DateMention, dt.date] | None | bool:
    """The span of days stated nearest above ``m`` and the one ``weekday`` inside it; None without a span,
    False when the span has no such day (or two)."""
    block = ctx.block_at(m.start)
    if block is None:
        return None
    i = ctx.block_starts.index(block.start) if block.start in ctx.block_starts else None
    top = ctx.blocks[max(0, i - _SPAN_BLOCKS)].start if i is not None else block.start
    spans = [d for d in ctx.dates_between(top, m.start) if d.end <= m.start and d.precision == "day" and d.start_date and d.end_date
             and _SPAN_DAYS[0] <= (d.end_date - d.start_date).days <= _SPAN_DAYS[1]]
    if not spans:
        return None
    span = spans[-1]
    days = [span.start_date + dt.timedelta(days=k) for k in range((span.end_date - span.start_date).days + 1)]
    hits = [d for d in days if d.weekday() == weekday]
    return (span, hits[0]) if len(hits) == 1 else False


def attach_weekday_date(ctx: DocContext, m: Candidate, starts: list[int], words: Weekdays, anchor: dt.date | None) -> None:
    """Date ``m`` in place from a bare weekday of its clause (see the module doc)."""
    if m.dates is not None or m.anaphor:
        return
    w = _weekday_in_clause(ctx, m, starts, words)
    if w is None or ctx.dates_between(w.end(), w.end() + _DATE_AFTER):
        return  # "Friday, May 12": a date, not a bare weekday
    weekday = _DAYS.index(words.of(w.group("day")))
    found = _in_span(ctx, m, weekday)
    if found is False:
        return
    if found is not None:
        day = found[1]
    elif w.group("dir") and anchor is not None:
        step = -1 if words.of(w.group("dir")) == "before" else 1
        day = next(anchor + dt.timedelta(days=step * k) for k in range(1, 8) if (anchor + dt.timedelta(days=step * k)).weekday() == weekday)
    else:
        return
    m.dates = DateMention("", w.start(), w.end(), w.group(), day, day, "day", WEEKDAY_RULE, resolved=True)
