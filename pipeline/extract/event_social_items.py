"""A programme's social item told in prose, named by its own words and its noun (``pattern:event_social_item``).

Reports, invitations and newsletters tell a meeting's dinner, reception or breakfast in a sentence of its own, with
neither a timed line (:mod:`event_programme_items`) nor a part of the day (:mod:`event_day_part_items`): "Followed by
the summer dinner at 19:00 at the marina", "The conference dinner was held at the castle", "The day closed with a
welcome dinner at the monastery", "preceded by a working dinner hosted by the President of the region", "On the
evening of the assembly we will hold our members' dinner at the villa". ``eval/gold/SCHEMA.md`` counts a
programme's own item as an event; the training gold names such a dinner 218 times of 226 written with a word of its
own before the noun (``data/event_social_items.txt``, which gives each noun's figures).

The phrase opens with an article or a possessive ("the", "a", "our", "its"), then one to three words of the item's own
(a noun, an adjective, a possessive "members'", a name "Christmas", a participle "working"), then a noun of
``[nouns]``: "Forum dinner", "Members' autumn dinner", "Welcome reception", "Networking breakfast". A bare noun ("had
dinner at the hotel"), a verb or function word among the words ("the partners had a dinner"), a word of ``[not own
words]`` ("a wonderful dinner"), a noun right after ("the reception desk") and a sentence that gives a prize ("the
evening ended with a dinner where the award was presented": the ceremony is the event) name none. English only: the
items of other languages are :mod:`event_foreign_generic`'s. The item takes its sentence's date, else the last day its
paragraph states before it (:func:`event_day_part_items.day_said_before`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_day_part_items import NOT_OWN_POS, day_said_before, own_words, prize_words

RULE = "pattern:event_social_item"
_DETS = ("the", "a", "an", "our", "its", "their", "this year's")
_NOT_OWN_POS = NOT_OWN_POS | {"ADV", "NUM"}  # and no adverb or count ("also a dinner", "a 3 course dinner")
_WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=4)
def _pattern(data_dir: Path) -> tuple[re.Pattern[str], frozenset[str]] | None:
    sections = data_sections(data_dir / "event_social_items.txt")
    nouns = sections.get("nouns", [])
    if not nouns:
        return None
    dets = phrase_alternation(_DETS, space=r"[ \t]+")
    own = rf"(?!(?i:{dets})\b)[\w’'&-]+[’']?"
    pattern = re.compile(rf"(?<![\w’'-])(?i:{dets})[ \t\n]+(?P<own>(?:{own}[ \t]+){{1,3}}?)(?P<noun>(?i:{phrase_alternation(nouns)}))(?![\w-])")
    return pattern, frozenset(w.lower() for w in sections.get("not own words", []))


def social_items(ctx: DocContext, data_dir: Path) -> list[Candidate]:
    """The social items of a programme told in prose (see the module doc)."""
    compiled = _pattern(data_dir)
    if compiled is None:
        return []
    pattern, not_own = compiled
    prize, text, out = prize_words(data_dir), ctx.text, []
    for m in pattern.finditer(text):
        words = list(_WORD.finditer(text, m.start("own"), m.end("own")))
        if not words or any(w.group().lower().strip("’'") in not_own for w in words) or not own_words(ctx, words, _NOT_OWN_POS):
            continue  # "the partners had a dinner", "a wonderful dinner"
        after = re.match(r"[ \t]+([a-z][\w-]*)", text[m.end():m.end() + 30])
        if after and ctx.pos.get(m.end() + after.start(1), ("",))[0] == "NOUN":
            continue  # "the reception desk": the noun is a modifier of another
        s, e = ctx.sentence(m.start(), m.end())
        if prize.search(text, s, e):
            continue  # "a dinner where the cluster presented its award": the award's ceremony is the event
        name = text[m.start("own"):m.end()]
        name = " ".join(name.split())
        dated = [d for d in ctx.dates_between(s, e) if d.precision in ("day", "month")]
        out.append(Candidate(m.start("own"), m.end(), name[:1].upper() + name[1:], RULE, m.group("noun").lower(), "other",
                             dates=None if dated else day_said_before(ctx, s)))
    return out
