"""The heading over a list of an event series' editions, one row a year (for ``pattern:event_year_row``).

Rows that open with a year ("2031 – Pau", "- 2032: 240 participants, 710 meetings") are editions of a series
only under a heading that says so, the first line above them that is no row, table rule or blank line:

- a short heading with a word of ``data/event_list_headings.txt`` ("## Previous editions");
- a word that looks back (``data/event_edition_headings.txt``, any language: "previous", "past", "dernières")
  before a plural event keyword ("8. Previous summits", "Pour mémoire : nos dernières conventions");
- a word that looks back before a word of the file's ``[roles]`` ("Past winners of the main category",
  "Previous jury chairs"): each row is the edition its winner or chair belongs to, and a place in the row is
  the winner's, not the edition's (``roles``);
- a heading that names the series after "of", with a word of the file's ``[history]`` or of the list
  headings before it ("Previous editions of the Harbour Robotics Forum", "A history of the Tundra Design
  Gala"): the rows are editions of that series (``series``), whatever the page's title.

An introducing sentence that ends with a colon may stand between the heading and its rows ("The gala has
grown with the cluster:"); other running text means the rows are under no such heading, but for a series page
that gives each edition a block of two rows, a heading row over a row of its facts, and one paragraph about it:

    Past editions
    2039 – "Power to X, people to work"
    6th edition, 7–8 September 2039, Rønne. 610 participants.
    Keynote: … Panel with … on the grid connection to Germany.
    2038 – "The island as a test bench"
    5th edition, 8–9 September 2038, Rønne. 540 participants.

(one paragraph line after each block; a second one, or a section heading "#" over it, ends the list).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections
from pipeline.extract.event_context import DocContext, clean_event_name, keyword_at
from pipeline.extract.event_lexicon import EventLexicon

# a list line or a table row: "- 2031 …", "| 2nd | 2031 |", "2031 Valladolid"
_ROW_OPENING = re.compile(r"[ \t]*(?:[-•*▪]|\||#{1,6})?[ \t]*(?:\*\*|__)?(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th))\b")
# "… of (the) <Series>" closing a heading
_OF_SERIES = re.compile(r"\bof[ \t]+(?:the[ \t]+)?(?P<series>[A-Z][^\n:]*?)[ \t]*:?$")
_SHORT, _NAMED = 6, 10  # words of a heading, of a heading that names its series


@dataclass(frozen=True)
class EditionHeading:
    series: str | None  # the series the heading names after "of", else None (the page's title names it)
    roles: bool  # a list of winners or chairs: the rows' places are theirs, not the editions'


@dataclass(frozen=True)
class _Words:
    back: frozenset[str]
    roles: frozenset[str]
    history: frozenset[str]


@lru_cache(maxsize=8)
def _words(data_dir: Path) -> _Words:
    """The words of ``event_edition_headings.txt``, loaded once."""
    sections = data_sections(data_dir / "event_edition_headings.txt")
    return _Words(*(frozenset(w.lower() for w in sections.get(name, [])) for name in ("names", "roles", "history")))


def looks_back(lex: EventLexicon, words: list[str], back: frozenset[str]) -> bool:
    """True when ``words`` hold a word that looks back and a plural event keyword after it ("Previous
    summits", "Past award ceremonies")."""
    at = next((i for i, w in enumerate(words) if w in back), None)
    return at is not None and any(w.endswith("s") and lex.lookup([w]) and lex.singular(w) != w for w in words[at + 1:])


def _named_series(lex: EventLexicon, line: str) -> str | None:
    """The series a heading names after "of" when it holds an event keyword ("Harbour Robotics Forum")."""
    m = _OF_SERIES.search(line)
    if m is None:
        return None
    words = [w.lower() for w in m.group("series").split()]
    return clean_event_name(m.group("series")) if any(keyword_at(lex, words, i) for i in range(len(words))) else None


def _heading(lex: EventLexicon, words_of: _Words, line: str) -> EditionHeading | None:
    """The heading ``line`` is over a list of editions, or None."""
    words = re.findall(r"[^\W\d_]+", line.lower())
    size = len(line.split())
    series = _named_series(lex, line) if size <= _NAMED else None
    back = next((i for i, w in enumerate(words) if w in words_of.back), None)
    if back is not None and any(w in words_of.roles for w in words[back + 1:]) and (size <= _SHORT or series):
        return EditionHeading(series, True)
    if series and any(w in lex.list_headings or w in words_of.history for w in words):
        return EditionHeading(series, False)
    if size <= _SHORT and (any(w in lex.list_headings for w in words) or looks_back(lex, words, words_of.back)):
        return EditionHeading(None, False)
    return None


def edition_heading(ctx: DocContext, lex: EventLexicon, pos: int, data_dir: Path | None) -> EditionHeading | None:
    """The heading over the rows at ``pos`` when it announces editions (see the module doc), else None: the
    first line above them once other rows, long ones too, table rules, blank lines, the short cells of a table
    rendered one cell a line and one sentence that introduces the list with a colon are skipped."""
    words_of = _words(data_dir) if data_dir else _Words(frozenset(), frozenset(), frozenset())
    end = ctx.text.rfind("\n", 0, pos)
    intro = False
    told = False  # running text since the last row above: an edition's paragraph, if a row heads it
    # an edition's block of two rows, a heading row over a row of its facts ("2038 – “The island as a test bench”"
    # over "5th edition, 8–9 September 2038, Rønne. 540 participants."): then a paragraph about each edition may
    # follow its block, between it and the block above
    above = ctx.text[:max(end, 0)].rstrip().rsplit("\n", 1)[-1]
    nl = ctx.text.find("\n", pos)
    below = ctx.text[nl + 1:nl + 200].lstrip() if nl >= 0 else ""
    blocks = _ROW_OPENING.match(above) is not None or _ROW_OPENING.match(below) is not None
    for _ in range(240):  # a long table one cell a line: ten rows of ten cells with blank lines between
        if end <= 0:
            return None
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end].strip()
        end = start - 1
        heading = _heading(lex, words_of, line) if line else None
        if heading is not None:
            return None if told else heading
        if line and _ROW_OPENING.match(line):
            told = False  # "2039 – “Power to X”" over its facts and paragraph: the rows go on above
        elif line and line[0] not in "|-•*▪" and len(line.split()) > 8:
            if line.endswith(":") and not intro:
                intro = True  # "The gala has grown with the cluster:" introduces the rows below it
                continue
            if told or not blocks:
                return None  # running text: the rows are not under that heading
            told = True  # a paragraph about the edition of the block above
        elif told and line.startswith("#"):
            return None  # another section's heading over the text: the rows are not under the editions heading
    return None
