"""Old dates of a moved event: the date after "moved / postponed / rescheduled … from" is the date the event no longer
has ("The mission to Halifax is moved from April to 19–23 May 2032", "the talk had been postponed once, from 10
December", "the General Assembly moves from June to early July"); :func:`pipeline.extract.events.extract_events`
leaves it out of the dates its events read, so the event takes the new date after it, or none. Words in
``data/event_moved_words.txt``."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.records import DateMention

_BEFORE = 40  # characters before a date that may hold "postponed once, from"


@lru_cache(maxsize=4)
def _moved_from(data_dir: Path) -> re.Pattern[str]:
    words = phrase_alternation((" ".join(w.split()) for w in data_lines(data_dir / "event_moved_words.txt")), space=r"[ \t\n]+")
    return re.compile(rf"\b(?:{words})(?:[ \t\n]+\w+)?,?[ \t\n]+(?:from|von|de|desde|da)[ \t\n]+(?:the[ \t\n]+)?$", re.I)


def after_moved_from(text: str, pos: int, data_dir: Path) -> bool:
    """True when the date at ``pos`` is the old date of a moved event ("is moved from 5 March to 19 March", "postponed
    from 24 to 26 October"): its range "D1 to D2" names two days, the old and the new one, not a span."""
    return _moved_from(data_dir).search(text, max(0, pos - _BEFORE), pos) is not None


def without_moved_from(text: str, dates: list[DateMention], data_dir: Path) -> list[DateMention]:
    """``dates`` without the old dates of moved events (see the module doc)."""
    return [d for d in dates if not after_moved_from(text, d.start, data_dir)]
