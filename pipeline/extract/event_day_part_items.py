"""A programme's own item named by its generic noun in a sentence that says the part of the day it was held in
(``pattern:event_day_part_item``).

A report of a conference, a mission or a partner meeting tells each day's items in prose, by the part of the day
instead of a time, the day itself told before: "In the evening, networking dinner with the host cluster at the
harbour", "Afternoon: site visit to the pilot line of the battery plant", "the delegates ended the second day with
a networking dinner on the evening of their arrival", "The morning was kept for B2B meetings with local
suppliers". ``eval/gold/SCHEMA.md`` ("Conventions settled") counts such an item as an event of its own, as it counts
a timed slot's (:mod:`event_programme_items`). This rule covers, in a sentence with a part of the day of English
(``data/event_day_parts.csv``: morning, afternoon, evening), an item noun of ``data/event_programme_items.csv``
after an article or right after the part of the day and its colon or comma, named by the noun and up to three
words of its own before it (:func:`event_programme_items.item_at`): what follows in the sentence says where and with
whom ("networking dinner at the town hall" → "Networking dinner"); a bare "dinner" and a count ("40 B2B meetings")
name none, and so does a sentence that gives a prize (``data/event_award_words.txt``: "the evening ended with a
dinner where the cluster presented its award": the award's ceremony is the event, the dinner its place). The
sentences of other languages are ``pattern:event_foreign_generic``'s. The item takes the day its paragraph said last
before its sentence ("On 4 May the partners toured the port. In the evening, networking dinner …":
:func:`day_said_before`), else its day is attached by ``events`` like any undated mention's ("on the evening of the
first day": ``host_event_day``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.records import DateMention

from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_nouns import day_parts
from pipeline.extract.event_programme_items import item_at

RULE = "pattern:event_day_part_item"
# where an item may open: after an article, or right after the part of the day and its colon or comma
_ARTICLE = re.compile(r"(?<![\w’'-])(?:an?|the|An?|The)[ \t\n]+")
_AFTER_PART = re.compile(r"[ \t]*[:,][ \t]*")
# a word before the noun that is no word of the item's own: "the participants had dinner" is a meal, told by its verb
NOT_OWN_POS = frozenset({"VERB", "AUX", "DET", "PRON", "ADP", "SCONJ", "CCONJ", "PART"})
_WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=8)
def prize_words(data_dir: Path) -> re.Pattern[str]:
    """A prize word of ``data/event_award_words.txt`` ("award", "prizes"), compiled once."""
    words = data_sections(data_dir / "event_award_words.txt").get("prize words", [])
    return re.compile(rf"(?<![\w-])(?i:{phrase_alternation(words, empty='(?!)')})s?(?![\w-])")


def day_said_before(ctx: DocContext, start: int) -> DateMention | None:
    """The last single day its paragraph (block) states before ``start``: the day a sentence that says only the part
    of the day ("In the evening", "Pärastlõunal", "Në mbrëmje") tells about."""
    block = ctx.block_at(start)
    if block is None:
        return None
    said = [d for d in ctx.dates_between(block.start, start) if d.end <= start and d.precision == "day"
            and d.start_date == d.end_date]
    return said[-1] if said else None


def day_part_items(ctx: DocContext, elex: EventLexicon, data_dir: Path) -> list[Candidate]:
    """The programme items named in the sentences that say the part of the day (see the module doc)."""
    parts = day_parts(data_dir)
    if parts is None:
        return []
    text, out = ctx.text, []
    sentences: dict[tuple[int, int], list[int]] = {}
    for start, end, form in parts.find(text, ctx.pos):
        if form not in parts.english:
            continue
        after = _AFTER_PART.match(text, end)
        sentences.setdefault(ctx.sentence(start, end), []).extend([after.end()] if after else [])
    prize = prize_words(data_dir)
    for (s, e), opens in sorted(sentences.items()):
        if prize.search(text, s, e):
            continue  # "a dinner where the cluster presented its award": the award's ceremony is the event
        for pos in sorted({*opens, *(a.end() for a in _ARTICLE.finditer(text, s, e))}):
            found = item_at(ctx, elex, data_dir, pos, e)
            if found is not None and _own_words(ctx, found) and not any(c.start == pos for c in out):
                dated = [d for d in ctx.dates_between(s, e) if d.precision in ("day", "month")]
                out.append(replace(found, rule=RULE, dates=None if dated else day_said_before(ctx, s)))
    return out


def _own_words(ctx: DocContext, c: Candidate) -> bool:
    """The words before the item's last word are its own (a noun, an adjective, "networking"), no verb or function
    word ("participants had dinner")."""
    return own_words(ctx, list(_WORD.finditer(ctx.text, c.start, c.end))[:-1])


def own_words(ctx: DocContext, words: list[re.Match[str]], not_own: frozenset[str] = NOT_OWN_POS) -> bool:
    """None of ``words`` is tagged with a part of speech of ``not_own`` (a verb, a function word), unless it ends in
    "-ing" ("networking", "working"): they are the item's own words, not the sentence's."""
    return not any(ctx.pos.get(w.start(), ("", "", False))[0] in not_own and not w.group().endswith("ing") for w in words)
