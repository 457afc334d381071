"""What every event finder shares: the :class:`Candidate` record, the :class:`DocContext` lookups over
one document (sentences, spaCy tags by offset, dates by offset, blocks), the cleaning of a surface
name and the keyword lookup. The finders (:mod:`event_names`, :mod:`event_phrases`,
:mod:`event_announcements`) import from here and never from each other; :mod:`event_candidates`
runs them all.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import ENT_TYPE, IDX, POS, SENT_START
from spacy.tokens import Doc

from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.programme_days import weekday_names
from pipeline.extract.span_index import SpanIndex
from pipeline.records import Block, DateMention, SegmentedDocument

_PUBLISHED = re.compile(r"\b(?:published|posted|updated|submitted|issued|last modified)\b(?:[ \t]+(?:on|in|at))?[ \t:]*$", re.I)
# A byline names the author beside the publication date: "By Ana Silva, editor | 1 December 2026",
# "22.05.2026 · Author: Ioana Popa", "19.03.2026 · Written by Jan Novak": that line's date is no event's.
_BY_NAME = r"By[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][\w’'.-]*[ \t]+[A-Z]"  # not "By March 2027, ..."
_BYLINE = re.compile(rf"^[ \t*_]*(?:{_BY_NAME}|Written[ \t]+by\b|Author:)|[·|•][ \t]*(?:Written[ \t]+by\b|Author:|{_BY_NAME})")


@dataclass
class Candidate:
    """One event mention while it is being worked on (mutable on purpose: attributes are added step by
    step in ``events``); it leaves the stage as a frozen ``EventMention``."""

    start: int
    end: int
    name: str  # surface name, cleaned
    rule: str
    keyword: str | None
    event_type: str
    edition: int | None = None
    year: int | None = None  # a year written in the name
    dates: DateMention | None = None
    city: str | None = None
    country: str | None = None
    organisers: tuple[str, ...] = ()
    anaphor: bool = False
    tokens: frozenset[str] = field(default_factory=frozenset)
    # an earlier edition of the event the document is about, listed without that event's name ("Previous
    # editions: 2024 (Linz)"): ``events`` names it after that event
    main_edition: bool = False
    # a row of past winners or chairs ("2032 – Acme GmbH (Linz)"): a place near it is the winner's, not the event's
    placeless: bool = False
    # the word an earlier edition's phrase names its series by ("Poprzednie edycje Forum …"): the event the document
    # is about names it too, else the edition is of another series
    series_word: str | None = None
    # an earlier edition told in another language's history sentence: of the page's event when its block names it, else
    # of the event its block names last before it (events._block_event)
    in_main_block: bool = False


def _title_case(name: str) -> str:
    """An all-capitals title as an analyst writes it ("EUROPEAN CLUSTER WEEK" → "European Cluster Week", a fair's
    brand "NORDBAU 2031" → "Nordbau 2031"); a name whose only word is an acronym (five letters at most) with its
    year or number stays as written ("SPLF 2032", "IFAT 2034")."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return name
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    if len(words) == 1 and len(letters) <= 5:
        return name
    small = {"of", "for", "the", "and", "on", "in", "de"}
    words = name.lower().split(" ")
    return " ".join(w if i and w in small else (w[:1].upper() + w[1:]) for i, w in enumerate(words))


_POSSESSIVE_END = re.compile(r"[’']s$")
_BROKEN_HYPHEN = re.compile(r"(\w)-\s*\n\s*(\w)")


def clean_event_name(name: str) -> str:
    """A surface name as an analyst writes it: quotes, soft hyphens, spacing, a trailing possessive and
    an all-capitals spelling undone."""
    name = _BROKEN_HYPHEN.sub(r"\1-\2", name)
    name = " ".join(name.replace("“", " ").replace("”", " ").replace('"', " ").split()).strip(" ,;:.’'")
    name = _POSSESSIVE_END.sub("", name)
    return _title_case(name)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the text, its newline left out."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def keyword_at(lex: EventLexicon, words: list[str], i: int) -> tuple[int, str, str] | None:
    """(length, keyword, event type) of the longest keyword starting at words[i]."""
    for length in range(min(lex.max_words, len(words) - i), 0, -1):
        hit = lex.lookup(words[i:i + length])
        if hit is not None:
            return length, hit[0], hit[1]
    return None


# A news dateline: a line opening with one to three capitalised words (a place, perhaps a country code
# in brackets), a comma and the date, then a dash and the story: "Porto, 20 June 2022 – The cluster ...".
_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t*_]*(?!(?:On|In|At|From|Since|By|Until|Before|After|During|Deadline|Dates?|When)\b)"
                             r"[A-Z][\w’'.-]+(?:[ \t][A-Z][\w’'.-]+){0,2}(?:[ \t]*\([A-Z][\w ]*\))?,[ \t]+$")
_DATELINE_AFTER = re.compile(r"[ \t]+[–—-][ \t]+(?=[A-Z“\"])")


def _dateline_before(text: str, start: int, weekdays: frozenset[str]) -> re.Match[str] | None:
    line_start = text.rfind("\n", 0, start)
    # The pattern opens with the line's start (the string's, or its line break): only there can it
    # match, so a match there, not a search along a line that may be a whole text without breaks.
    m = _DATELINE_PLACE.match(text, max(0, line_start), start)
    if m is not None and m.group().strip(" \t\n*_,").lower().rstrip(".") in weekdays:
        return None  # "Luni, 14 mai – Seul: briefing …", "Tuesday, 3 June – arrival": a programme's day, no dateline
    return m


class DocContext:
    """Lookups over one document: sentences, spaCy tokens by offset, dates by offset."""

    def __init__(self, seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], dates: list[DateMention],
                 data_dir: Path):
        self.text = seg.doc.text
        self.sent_starts = [s.start for s in seg.sentences]
        self.sentences = seg.sentences
        self.pos: dict[int, tuple[str, str, bool]] = {}
        for block, doc in annotated:
            # (tag, entity type, sentence start) by offset, read from the doc's arrays: the same values
            # as tok.pos_, tok.ent_type_ and tok.is_sent_start, without making a Token per word.
            strings = doc.vocab.strings
            for i, (idx, pos, ent, start) in enumerate(doc.to_array([IDX, POS, ENT_TYPE, SENT_START]).tolist()):
                self.pos[block.start + idx] = (strings[pos] if pos else "", strings[ent] if ent else "", start == 1 or i == 0)
        # A publication date ("Report published on 5 April 2024", a news dateline "Brussels, 4 March 2024 –
        # The ...", a byline "By Ana Silva | 1 December 2026") is the document's, never an event's; the
        # dateline's place is where it was written.
        weekdays = weekday_names(data_dir)
        self.datelines = [(d.start - len(b.group()), d.end) for d in dates if (b := _dateline_before(self.text, d.start, weekdays))
                          and _DATELINE_AFTER.match(self.text, d.end)]
        self.dateline_index = SpanIndex(self.datelines)
        in_dateline = {end for _, end in self.datelines}
        self.dates = sorted((d for d in dates if not d.rule.startswith("relative:") and d.end not in in_dateline and not _PUBLISHED.search(
            self.text, max(0, self.text.rfind("\n", 0, d.start) + 1, d.start - 60), d.start) and not self._in_byline(d)),
            key=lambda d: d.start)
        self.date_starts = [d.start for d in self.dates]
        self.blocks = sorted(seg.blocks, key=lambda b: b.start)
        self.block_starts = [b.start for b in self.blocks]

    def _in_byline(self, d: DateMention) -> bool:
        line_start = self.text.rfind("\n", 0, d.start) + 1
        line_end = self.text.find("\n", d.end)
        return _BYLINE.search(self.text[line_start:len(self.text) if line_end < 0 else line_end]) is not None

    def block_at(self, offset: int) -> Block | None:
        """The block that holds ``offset``, if any."""
        i = bisect.bisect_right(self.block_starts, offset) - 1
        return self.blocks[i] if i >= 0 and offset < self.blocks[i].end else None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, start) - 1
        if i >= 0 and self.sentences[i].end >= start:
            s = self.sentences[i]
            return s.start, max(s.end, min(end, len(self.text)))
        ls = self.text.rfind("\n\n", 0, start)
        le = self.text.find("\n\n", end)
        return (0 if ls < 0 else ls + 2), (len(self.text) if le < 0 else le)

    def dates_between(self, start: int, end: int) -> list[DateMention]:
        i = bisect.bisect_left(self.date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start < end:
            out.append(self.dates[i])
            i += 1
        return out

    def edition_date(self, start: int, end: int, year: int, at: int, rule: str) -> DateMention:
        """An edition's date: the first day or month date of ``year`` between ``start`` and ``end`` (its heading's block,
        the rest of its sentence), else the bare year written at ``at`` (:func:`year_date`)."""
        for d in self.dates_between(start, end):
            if d.precision in ("day", "month") and d.start_date is not None and d.start_date.year == year:
                return d
        return year_date(year, at, at + 4, rule)


def year_date(year: int, start: int, end: int, rule: str) -> DateMention:
    """The whole of ``year`` as the date of a mention written at ``start``–``end`` ("the 2031 edition")."""
    return DateMention("", start, end, str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", rule)


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
_SUBJECT_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9&-]{2,9}(?![\w-])")


def possessor(ctx: DocContext, start: int) -> str | None:
    """The acronym that opens the sentence when the name follows "its" / "their" ("AERDA will present
    this paper at its Annual Forum" → "AERDA"), else the last acronym of three or more letters before
    it in the sentence ("In spring, ASCA holds its general assembly"); None otherwise."""
    if not re.search(r"\b(?:its|their)[ \t\n]+$", ctx.text[max(0, start - 8):start]):
        return None
    s, _ = ctx.sentence(start, start)
    first = re.match(r"[ \t\n]*(?:The[ \t]+)?([A-Z][\w&-]*)", ctx.text[s:start])
    if first and _ACRONYM.fullmatch(first.group(1)):
        return first.group(1)
    # "Before that, ASCA will hold its general assembly": the nearest acronym before "its" in the sentence
    later = [a.group() for a in _SUBJECT_ACRONYM.finditer(ctx.text, s, start)]
    return later[-1] if later else None


def spelled_out(main: Candidate, named: list[Candidate]) -> Candidate:
    """The event a document's title names, under its full name when the title gives only its keyword ("Home /
    Summit 2035 / Speakers" over a page on the "Baltic Timber Summit"): the first longer named event with that
    keyword; else the title's event. Earlier editions named after the event the document is about take that name."""
    if len(main.tokens) == 1 and main.keyword:
        longer = [p for p in named if main.tokens < p.tokens and p.keyword == main.keyword]
        return longer[0] if longer else main
    return main
