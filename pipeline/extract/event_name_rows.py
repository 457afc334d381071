"""Two ways a candidate event name runs past or stops inside the words that name it, checked with the other edges of
every name (:mod:`event_name_edges`):

- ``a name glued across timed rows``: a name read over a line break into the next row of a timetable, a line that
  opens with a clock time ("B2B meetings⏎10:00 Tasting of regional wines⏎14:00 Visit to ...", "Coffee break⏎11:00
  Panel on ..."), holds several programme items at once: it ends before that line break, and names no event when
  what is left has no event word ("Lunch", a town written over the first row: "GRAZ⏎09:00 Breakfast briefing");
  a row of its own with its clock time ("09:30–13:00 B2B meetings") is another finder's, and stays;
- ``a name cut inside a parenthesis``: a name that opens a parenthesis and stops before it closes ("the closing
  conference (Multiplier Event" of "the closing conference (Multiplier Event M4) in Braga") runs to the closing
  parenthesis when at most :data:`_MAX_CLOSE_WORDS` words without a comma, a semicolon or another parenthesis
  stand before it on the same line ("... (Multiplier Event M4)"); otherwise the parenthesis is a note read into
  the name ("the draft Assembly papers (finance office, by 2 May 2031)": who does what by when) and the name,
  cut across it, names no event (cut before the parenthesis, "the draft Assembly papers", it would be the
  record, not the meeting).
"""
from __future__ import annotations

import re

from pipeline.extract.event_context import Candidate, clean_event_name
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_model import name_keyword

# a line break into a line that opens with a clock time: "\n10:00", "\n14.30 –", "\n- 09:00"; not a date
# ("\n27.11.2031 | ...": a dated row of a list, no timetable)
_TIMED_ROW = re.compile(r"[ \t]*\n[ \t>*|•·-]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?![.\d])")
_MAX_CLOSE_WORDS = 3
_CLOSE = re.compile(r"[^()\n,;]*?\)")


def timed_row_end(text: str, lex: EventLexicon, m: Candidate) -> int | None:
    """Where the name ends when it runs into the next row of a timetable (see the module doc): before the first line
    break into a timed row inside it; ``m.end`` when there is none; None when the part before names no event."""
    row = _TIMED_ROW.search(text, m.start, m.end)
    if row is None or not text[row.end():m.end].strip():
        return m.end
    return row.start() if name_keyword(lex, text[m.start:row.start()]) is not None else None


def parenthesis_end(text: str, m: Candidate) -> int | None:
    """Where the name ends when it opens a parenthesis it does not close (see the module doc): after the closing
    parenthesis when it is near on the same line, else None (a note read into the name); ``m.end`` when every
    parenthesis it opens is closed."""
    span = text[m.start:m.end]
    if span.count("(") <= span.count(")"):
        return m.end
    close = _CLOSE.match(text, m.end)
    if close is not None and len(close.group().split()) <= _MAX_CLOSE_WORDS:
        return close.end()
    return None


def row_and_parenthesis_edges(text: str, lex: EventLexicon, m: Candidate) -> bool:
    """Set the candidate's end and name to those of :func:`timed_row_end` and :func:`parenthesis_end`; False when it
    names no event (a glued row with no event word before it, or a note in parenthesis read into it). A name not
    read as written from its span (one a finder built or rewrote) is left as it is."""
    if m.name != clean_event_name(text[m.start:m.end]):
        return True
    end = timed_row_end(text, lex, m)
    if end is None:
        return False
    if end != m.end:
        m.end, m.name = end, clean_event_name(text[m.start:end])
    end = parenthesis_end(text, m)
    if end is None:
        return False
    if end != m.end:
        m.end, m.name = end, clean_event_name(text[m.start:end])
    return True
