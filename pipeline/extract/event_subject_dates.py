"""Rule ``subject_predicate_date``: the date of an event that opens its sentence as the subject of a
predicate saying when it is held, past the parties named in its own phrase.

The date right after a name is its date unless an "and" stands between (``event_attributes``: "the
conference and the dinner on 4 May" names two things). When the event opens the sentence and the
words after its name go on naming its parties up to a predicate of
``data/event_subject_predicates.txt``, that "and" joins the parties, and the date after the predicate
is the event's:

- "A round table with the training office and the unions is planned for Tuesday 18 September";
- "A working meeting with the two provincial governments and the city is scheduled in Innsbruck on 12 June";
- "The hearing on port fees with the harbour board and the shipowners will take place on 3 May".

The words between the name and the predicate carry no verb ("The forum brought together 200 firms and
the report is scheduled for 3 May": "brought" makes the report the subject), and after the predicate
no "and" or ";" comes before the date.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext

# what may open the sentence before the event's name: markup, a bullet, a determiner
_OPENS = re.compile(r"[ \t\n*_>•-]*(?:(?:An?|The|Our|Its|Their|This)[ \t\n]+)?")
_VERB_POS = {"VERB", "AUX"}
_SPACE = r"[ \t\n]+"


@lru_cache(maxsize=4)
def subject_predicates(data_dir: Path) -> re.Pattern[str] | None:
    """The predicates of ``data/event_subject_predicates.txt``, or None without any."""
    lines = [" ".join(p.split()) for p in data_lines(data_dir / "event_subject_predicates.txt")]
    if not lines:
        return None
    alternation = phrase_alternation(lines, space=_SPACE)
    return re.compile(rf"(?<![\w-])(?i:{alternation})(?![\w-])")


def past_subject(ctx: DocContext, m: Candidate, sentence_start: int, gap_start: int, gap: str,
                 predicates: re.Pattern[str] | None) -> str:
    """The part of ``gap`` (the text from ``gap_start`` to the date) to read for a second event: after the
    predicate when the event opens its sentence and only its parties stand before the predicate; else
    the whole gap."""
    if predicates is None or _OPENS.fullmatch(ctx.text, sentence_start, m.start) is None:
        return gap
    verb = predicates.search(gap)
    if verb is None or ";" in gap[:verb.start()]:
        return gap
    if any(ctx.pos.get(gap_start + w.start(), ("",))[0] in _VERB_POS for w in re.finditer(r"\S+", gap[:verb.start()])):
        return gap  # "The forum brought together 200 firms and the report is scheduled ...": another subject
    return gap[verb.end():]
