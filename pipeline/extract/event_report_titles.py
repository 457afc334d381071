"""The event a report is about, named by the title under its report label (``pattern:event_report_title``).

Summaries, recaps and reports of one webinar, workshop or round table head the page with a label that
says what the page is (an event keyword of ``data/event_keywords.txt``, perhaps after one or two
modifiers, then a report word of ``data/event_report_labels.txt``) and the event's title after it:

- on the same line, after a colon, a bar or a dash: "Webinar recap: Heat pumps for small towns",
  "Workshop summary | Who repairs the robots?", "# Seminar report – Ports and the energy transition";
- or the label alone on its line and the title on the next: "ROUND TABLE REPORT" over "SKILLS FOR THE
  BATTERY VALLEY", "Policy roundtable — summary note" over '"Keeping welders in the region": round
  table on skills, Split, 4 May 2026' (a quoted title is the name, what follows it is not).

The title is the event's name, as the page writes it (the label is no part of it); a place, a date or a
site name after a dash, bar or comma is left out ('"Skills that last" – Tallinn, 3/6/2027'). Only the
page's heading counts (its first lines), and only one title a page: a recap inside a newsletter names
its event in its own sentences. No event when the title is a place, a date or a publication line
("Conference summary" over "Summary published on 28 March 2024"), nothing but places ("Study visit report:
Bilbao and San Sebastián": where it went), or runs longer than a headline.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from nameparser.config import CONSTANTS

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.doc_cues import FUNCTION_WORDS, load_doc_cues
from pipeline.extract.doc_publication import published_line
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.places import Gazetteer

_HEAD_LINES = 6  # the page's heading: its first lines with text
_MAX_TITLE_WORDS = 20
_MARKS = " \t#*>_"
_QUOTED = re.compile(r"[“\"«](?P<title>[^“”\"«»\n]{3,150}?)[”\"»]")
# where a title line goes on with a place, a date or a site name: " – ", " | ", ", "
_CUT = re.compile(r"[ \t]+[|–—-][ \t]+|,[ \t]+")


@lru_cache(maxsize=8)
def _patterns(data_dir: Path, keywords: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(label and title on one line, label alone on its line), or None without report words."""
    reports = data_lines(data_dir / "event_report_labels.txt")
    if not reports:
        return None
    kws = phrase_alternation([" ".join(k) for k in keywords])
    label = (rf"(?:[A-Za-z][\w’'-]*[ \t]+){{0,2}}(?P<kw>(?i:{kws}))(?:s|es)?(?:[ \t]+|[ \t]*[–—-][ \t]*)"
             rf"(?i:{phrase_alternation(reports)})")
    one = re.compile(rf"[{_MARKS}]*{label}[ \t]*[:|–—-][ \t]*(?P<title>\S[^\n]*)")
    alone = re.compile(rf"[{_MARKS}]*{label}[ \t]*:?[ \t]*")
    return one, alone


def _head_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the first lines with text."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
            if len(out) == _HEAD_LINES:
                break
        pos += len(line) + 1
    return out


def _title(ctx: DocContext, gaz: Gazetteer, data_dir: Path, start: int, end: int) -> tuple[int, int] | None:
    """The span of the title in text[start:end]: a quoted title opening it, else the text before a place,
    date or site name; None when no headline is left or the line says when the page was published."""
    raw = ctx.text[start:end]
    if published_line(raw, load_doc_cues(data_dir)):
        return None
    lead = len(raw) - len(raw.lstrip(_MARKS))
    start += lead
    quoted = _QUOTED.match(ctx.text, start, end)
    if quoted:
        start, end = quoted.start("title"), quoted.end("title")
    else:
        end = start + len(ctx.text[start:end].rstrip(_MARKS))
        bar = ctx.text.find(" | ", start, end)  # "Title | Site name"
        end = bar if bar > 0 else end
        dates = ctx.dates_between(start, end)
        if dates:  # "Title – Tallinn, 3/6/2027": the title ends before the place or date
            cuts = [c.start() for c in _CUT.finditer(ctx.text, start, dates[0].start)]
            if not cuts:
                return None
            end = cuts[0]
    title = ctx.text[start:end].strip()
    words = title.split()
    if not 2 <= len(words) <= _MAX_TITLE_WORDS or not title[0].isupper() and not quoted or title.endswith("."):
        return None
    if ctx.dates_between(start, end) or gaz.place(re.split(r"[,(]", title)[0].strip()) != (None, None):
        return None
    if _only_places(gaz, title):  # "Study visit report: Paços de Ferreira and Porto": where it went, not its title
        return None
    return start, end


# the lower-case words of a list of place names: function words and nameparser's particles ("de", "van")
_PLACE_LINKS = FUNCTION_WORDS | {p for p in CONSTANTS.prefixes if p.isalpha() and p.islower()}


def _only_places(gaz: Gazetteer, title: str) -> bool:
    """True when the title names a known place and holds no lower-case word but a function word or particle
    ("Bilbao and San Sebastián", "Paços de Ferreira and Porto")."""
    if not any(gaz.place(m.group())[0] or gaz.place(m.group())[1] for m in gaz.pattern.finditer(title)):
        return False
    return all(w in _PLACE_LINKS for w in re.findall(r"\b[a-zà-ž][\w’'-]*", title))


def report_titles(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """The event a report page is about, named by the title under its report label (see the module doc)."""
    patterns = _patterns(data_dir, tuple(sorted(lex.keywords)))
    if patterns is None:
        return []
    one, alone = patterns
    lines = _head_lines(ctx.text)
    for i, (pos, line) in enumerate(lines):
        m = one.fullmatch(line)
        if m:
            span = _title(ctx, gaz, data_dir, pos + m.start("title"), pos + len(line))
        elif (m := alone.fullmatch(line)) and i + 1 < len(lines):
            span = _title(ctx, gaz, data_dir, lines[i + 1][0], lines[i + 1][0] + len(lines[i + 1][1]))
        else:
            continue
        if span is None:
            return []
        keyword, etype = lex.lookup(m.group("kw").lower().split()) or (m.group("kw").lower(), "other")
        return [Candidate(span[0], span[1], clean_event_name(ctx.text[span[0]:span[1]]), "pattern:event_report_title",
                          keyword, etype)]
    return []
