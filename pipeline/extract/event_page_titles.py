"""The page's own event, named only by the page's title line (``pattern:event_page_title``).

Event pages (a matchmaking event's page, a hackathon's call for teams, an innovation camp's schedule, a
conference's practical information, an invitation) often name their event only once, in the title, by a
brand of its own with the edition's year and no event word: "Danube Auto Meet 2033", "OrbitCamp 2033 – Daily
schedule", "HackMove Valencia 2030", "BIOREGION BRNO 2032 – Od laboratoře k trhu". What makes the title an
event's is the header under it: a short line that says when (and mostly where) in the title's year,
"Tuesday, 24 May 2033 · Incheba Expo Bratislava, Slovakia", "16.–18.3.2029 | Joensuu", "Termín: čtvrtek 16.
září 2032" (the header lines as :func:`pipeline.extract.event_key_values.header_date` reads them: before any
line of prose, never a bare publication date, a deadline or a date under another label).

- The title is one of the document's first lines (:func:`pipeline.extract.event_key_values.opens_document`):
  one to five capitalised words (a function word may join two: "Meet the Buyers 2033"), the year, then the
  end of the line or a subtitle after a dash, colon or bar. The name is the words and the year; the subtitle
  is not part of it ("– Daily schedule").
- Not the last line of a title in capitals broken over lines ("REGIONAL CLUSTER DIALOGUE" / "CENTRAL MACEDONIA
  2028"), nor a title with an event word (``data/event_keywords.txt``: the name finders read those), a title that
  opens with a function word or a date ("In 2030 …", "Winter 2026/27"), a place alone ("Central Macedonia
  2028"), nor a title whose words say it is a document, a call or a prize: the words of
  ``data/event_row_not_event_words.txt`` ("Annual Report 2025", "Newsletter 2030") and of
  ``data/event_title_not_event_words.txt`` ("Strategic Roadmap 2030", "Innovation Voucher 2028").
- The header line is no deadline's ("Apply now – applications close on 28 February 2035": a word of
  ``data/event_row_not_event_words.txt`` on it).
- The event's date is the header's; its city and country are the known places of the header line; its keyword
  and type those of the event word of the lines under the title, before the date ("Matchmaking event · Gdańsk …",
  "Hybrid conference of the …"; else "event": "the event" later in the text is this one), and those lines name no
  other event: they describe this one (``header_spans``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines
from pipeline.extract.doc_cues import FUNCTION_WORDS, MONTH, DocCues, load_doc_cues
from pipeline.extract.doc_titles import label_line
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.event_key_values import header_date, header_labels, opens_document
from pipeline.extract.event_lexicon import NOT_NAME_START, EventLexicon
from pipeline.extract.event_minutes import record_line
from pipeline.extract.places import Gazetteer

RULE = "pattern:event_page_title"
_HEAD_LINES = 4  # the title is among the document's first lines with text
_WORD = r"[A-Z0-9][\w&’'.@+-]*"
_LINK = r"(?:of|the|for|and|de|del|della|di|du|des|la|le|van|von|der)"  # "Meet the Buyers 2033"
_TITLE = re.compile(rf"[ \t#*>_]*(?P<name>[A-Z][\w&’'.@+-]*(?:[ \t]+(?:{_LINK}[ \t]+)?{_WORD}){{0,4}})[ \t]+"
                    r"(?P<year>(?:19|20)\d\d)(?![\w–/-])"
                    r"[ \t*_]*(?:$|[–—:|·-][ \t]*\S)")
_MONTH_WORD = re.compile(rf"(?i:{MONTH})\.?")


@lru_cache(maxsize=8)
def _not_event_words(data_dir: Path) -> frozenset[str]:
    """Words of a title that is a document's, a call's or a prize's, not an event's."""
    return frozenset(w.strip().lower() for w in data_lines(data_dir / "event_title_not_event_words.txt"))


def _head_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the first lines with text."""
    out: list[tuple[int, int]] = []
    pos = 0
    while pos <= len(text) and len(out) < _HEAD_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _is_name(name: str, lex: EventLexicon, gaz: Gazetteer, not_event: frozenset[str]) -> bool:
    """True when ``name`` (the words before the title's year) can be an event's own name (see the module doc)."""
    words = name.split()
    low = [w.lower().strip(".,:’'") for w in words]
    if words[0] in NOT_NAME_START or low[0] in FUNCTION_WORDS or any(_MONTH_WORD.fullmatch(w) for w in words):
        return False
    if any(w in not_event or w in lex.row_not_event for w in low):
        return False
    if any(keyword_at(lex, words, i) for i in range(len(words))):
        return False  # "Baltic Sea Food Forum 2027": a name the name finders read
    return gaz.place(name) == (None, None)


def _continued(text: str, start: int, cues: DocCues) -> bool:
    """True when the line at ``start`` goes on a title in capitals from the line right above it ("REGIONAL CLUSTER
    DIALOGUE" / "CENTRAL MACEDONIA 2028": the year ends the longer name); a label above ("INVITATION") is no part of it."""
    if start < 2 or text[start - 1] != "\n":
        return False
    above = text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip(" \t#*_")
    return bool(above) and re.search(r"[A-Z]", above) is not None and above == above.upper() and not label_line(above, cues)


def _place(ctx: DocContext, gaz: Gazetteer, start: int) -> tuple[str | None, str | None]:
    """The first known city (else country) of the line that holds ``start``."""
    ls = ctx.text.rfind("\n", 0, start) + 1
    le = ctx.text.find("\n", start)
    line = ctx.text[ls:len(ctx.text) if le < 0 else le]
    country = None
    for m in gaz.pattern.finditer(line):
        city, found = gaz.place(m.group())
        if city:
            return city, found
        country = country or found
    return None, country


def _keyword(ctx: DocContext, lex: EventLexicon, start: int, end: int) -> tuple[str, str] | None:
    """(keyword, type) of the first event word in text[start:end] ("Matchmaking event · Gdańsk …")."""
    words = re.findall(r"[\w’'-]+", ctx.text[start:end])
    for i in range(len(words)):
        if hit := keyword_at(lex, words, i):
            return hit[1], hit[2]
    return None


def page_title_events(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer,
                      data_dir: Path) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The event a page's title names (see the module doc), and ``header_spans``: the lines between the end of
    its title and the end of its header line, which describe it and name no other event."""
    not_event = _not_event_words(data_dir)
    date_labels = header_labels(data_dir)[0]
    cues = load_doc_cues(data_dir)
    for start, end in _head_lines(ctx.text):
        m = _TITLE.match(ctx.text, start, end)
        if m is None:
            continue
        if not opens_document(ctx, start) or _continued(ctx.text, start, cues) \
                or not _is_name(m.group("name"), lex, gaz, not_event):
            return [], []
        year = int(m.group("year"))
        date = header_date(ctx, end, year, date_labels, cues.email_header, record_line(data_dir))
        if date is None:
            return [], []
        line_end = ctx.text.find("\n", date.end)
        line_end = len(ctx.text) if line_end < 0 else line_end
        line = ctx.text[ctx.text.rfind("\n", 0, date.start) + 1:line_end].lower()
        if any(w in lex.row_not_event for w in re.findall(r"[\w’'-]+", line)):
            return [], []  # "Apply now – applications close on 28 February 2035": a deadline, not the event's day
        keyword, etype = _keyword(ctx, lex, end, date.start) or ("event", "other")  # not a venue after the date
        city, country = _place(ctx, gaz, date.start)
        name = clean_event_name(f"{m.group('name')} {m.group('year')}")
        cand = Candidate(m.start("name"), m.end("year"), name, RULE, keyword, etype, dates=date,
                         city=city, country=country)
        return [cand], [(end, line_end)]
    return [], []
