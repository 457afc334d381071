"""The cells of a calendar row's title that are not its event's name (read by
:func:`pipeline.extract.event_phrases.calendar_rows`, rule ``pattern:event_row``).

- The holder's cell: joint calendars of several clusters or partners open each row's title with who holds it, set
  off by a dash or a bar: "CAM – Workshop on labelling rules", "PIMT – Open day at the foundry", "Network – Annual
  meeting with the region", "ACME | Supplier day". A cell of at most four capitalised words that spells no event
  keyword of the lexicon is the holder, not the name: the name is the title after it, and a title that is only a
  keyword ("General assembly", "Board meeting") is the holder's: "CAM General assembly".
- A legend's status mark (``data/event_row_status_marks.txt``: "[X]" cancelled, "[M]" moved): a row that carries
  one is not held on its day (the moved event has its own row at its new day); it names no event.
- A list of news under its heading (``data/event_news_list_headings.txt``: "Related news", "Související články",
  "Lue myös"): its dated rows are headlines ("14. 1. 2039 – The cluster has five new members"), none an event.
"""
from __future__ import annotations

import re

from pipeline.extract.event_lexicon import EventLexicon

_MAX_HOLDER_WORDS = 4
_MAX_ROW_LINES = 3  # a row and its wrapped continuation lines
_MAX_LIST_LINES = 12  # the rows of a list above a row, up to its heading
_LIST_ROW = re.compile(r"[ \t]*(?:[-•*▪◦–—·]|>>|»)?[ \t]*\d")  # a line that opens with a date (after a list mark)
_HEADING_MARKS = " \t#*_:|•▪◦»>-"
_WORD = r"[A-ZÀ-Þ&][\w&.'’-]*"
# "CAM – ", "Distretto Turismo Rurale – ": capitalised words, then a dash, then a capitalised or quoted title
_HOLDER = re.compile(rf"(?P<holder>{_WORD}(?:[ \t]+{_WORD}){{0,{_MAX_HOLDER_WORDS - 1}}})[ \t]+[–—-][ \t]+(?=[\"“A-ZÀ-Þ])")


def marked_row(text: str, line_start: int, lex: EventLexicon) -> bool:
    """True when the row opening at ``line_start`` carries a legend's status mark ("26 Thu [X] Joint stand at the
    fair"), also on a continuation line (indented: a PDF's wrapped cell, "   national park area [M] moved to …")."""
    end = line_start
    for _ in range(_MAX_ROW_LINES):
        end = text.find("\n", end + 1)
        if end < 0 or not text.startswith((" ", "\t"), end + 1):
            break
    return lex.row_marks.search(text, line_start, len(text) if end < 0 else end) is not None


def holder_cell(title: str, lex: EventLexicon) -> tuple[str, int] | None:
    """(holder, offset of the title after it) when ``title`` opens with a holder's cell (see the module doc)."""
    m = _HOLDER.match(title)
    if m is None:
        return None
    words = m["holder"].split()
    if any(lex.lookup(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)):
        return None  # "Skills Day – Vigo": the cell names the event
    return m["holder"], m.end()


def with_holder(name: str, holder: str, lex: EventLexicon) -> str:
    """The row's name, the holder's before a title that is only a keyword ("General assembly" → "CAM General assembly")."""
    words = name.split()
    generic = [w for w in words if w.lower() not in lex.generic]
    return f"{holder} {name}" if generic and lex.lookup(generic) else name


def news_row(text: str, line_start: int, lex: EventLexicon) -> bool:
    """True when the row opening at ``line_start`` stands in a list under a heading of news items ("Related news",
    "Gerelateerd nieuws", "Lue myös:"): the first line above the list's dated rows (blank lines skipped) is such a
    heading."""
    end = line_start - 1
    for _ in range(_MAX_LIST_LINES):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _LIST_ROW.match(line):
            return " ".join(line.strip(_HEADING_MARKS).lower().split()) in lex.news_headings
        end = start - 1
    return False
