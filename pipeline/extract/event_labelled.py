"""Rule ``pattern:event_labelled``: an event word as the label that opens a calendar's or a newsletter's line, the
title after its colon ("Webinar: Cybersecurity for industrial SMEs"). The label and the title are the name; a date
alone on the line above is its date, or a date between the label and the colon ("Webinar 12.03.2024: Title"); not
after a time ("14:00 | Workshop: ...", a session in an agenda).

Family "labelled title in any language": calendars in other languages write the same shape with their own event
noun ("Webinaire : Financer la transition des PME", "Seminario: Nuove regole per gli imballaggi", "Warsztaty:
Cyfrowy bliźniak w produkcji", "Jornada: Digitalización del sector agroalimentario"): the label may be an English
event keyword (event_keywords.txt) or a generic event noun of any language as its nominative is written
(event_noun_concepts.csv, the rows whose form is their base), French typography's space before the colon allowed,
the title opening with a capital of any alphabet. The date line above may open with its weekday in any language
("Dienstag, 4. Mai 2038", "mardi 12 mars 2041"). The rule is language-neutral (language_neutral_rules.txt).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import phrase_alternation
from pipeline.extract.date_patterns import MONTH
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_lists import programme_parts
from pipeline.extract.event_nouns import foreign_event_nouns
from pipeline.extract.places import Gazetteer
from pipeline.extract.programme_days import weekday_names
from pipeline.extract.statement_parts import UPPER

_TIME = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)")
_LABEL_CONTINUES = re.compile(r"(?:\b(?:for|of|on|and|the|in|to|with|a|an)|[–—,:-])[ \t]*$", re.I)
_DATE_START = re.compile(rf"\d|{MONTH}\b")


@lru_cache(maxsize=8)
def _foreign_labels(data_dir: Path | None) -> dict[str, str]:
    """The generic event nouns of other languages as a label writes them (their nominative: the rows of
    event_noun_concepts.csv whose form is their base), lower case, with their event type."""
    if data_dir is None:
        return {}
    return {n.form: n.type for n in foreign_event_nouns(data_dir) if n.form == " ".join(n.base.lower().split())}


@lru_cache(maxsize=8)
def _labelled_pattern(keywords: tuple[tuple[str, ...], ...], data_dir: Path | None) -> re.Pattern[str]:
    english = phrase_alternation((" ".join(k) for k in keywords), space=r"[ \t]+", empty="(?!)")
    foreign = phrase_alternation(_foreign_labels(data_dir), space=r"[ \t]+", empty="(?!)")
    # "Webinar 12.03.2024: Title", "Workshop on 4 May 2025: Title": a date may stand between label and colon
    when = r"(?:[ \t]+(?:on[ \t]+)?(?P<when>\d[^:\n]{3,28}?))?"
    return re.compile(rf"(?m)^[ \t#*]*(?P<kw>(?i:(?:{english})(?:s|es)?|{foreign}))(?![\w-]){when}[ \t]*:[ \t]*"
                      rf"(?P<title>{UPPER}[^\n]{{2,120}})(?:\n(?P<more>[ \t]*[^\s][^\n]{{0,120}}))?")


@lru_cache(maxsize=8)
def _weekday_lead(data_dir: Path | None) -> re.Pattern[str]:
    """What may stand before a date on its line: nothing, or a weekday of any language with its comma ("Dienstag, ",
    "mardi ")."""
    days = weekday_names(data_dir) if data_dir else frozenset()
    alternation = phrase_alternation(days, space=r"[ \t]+", empty="(?!)")
    return re.compile(rf"(?:[ \t]*(?i:{alternation}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\.?[ \t]*,?)?[ \t]*")


def labelled_titles(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path | None = None) -> list[Candidate]:
    """'Webinar: Cybersecurity for industrial SMEs' opening a line (calendars, agendas): the event word
    as a label, the title after it; a title whose line ends in "for", "of", "and" … goes on on the next
    line (PDF text). Not when what follows the colon is a place, a date or a time ("Conference: Brussels"),
    nor when the label is a numbered part of a programme (``data/event_programme_parts.txt``): "Day 2 –
    Tuesday, 5 May 2026: Supply chains" heads one day of the conference or visit the page is about."""
    parts = programme_parts(data_dir)
    foreign = _foreign_labels(data_dir)
    weekday = _weekday_lead(data_dir)
    out = []
    for m in _labelled_pattern(tuple(sorted(lex.keywords)), data_dir).finditer(ctx.text):
        if m.group("kw").lower() in parts and re.match(r"\d{1,2}(?![\d./:-])", m.group("when") or ""):
            continue  # "Day 1 – 23 April: ...", "DAY 2 (Wednesday, 6 May): ...": a day of a programme
        title, end = m.group("title").rstrip(), m.end("title")
        if m.group("more") and _LABEL_CONTINUES.search(title):
            title, end = f"{title} {m.group('more').strip()}", m.end("more")
        first = title.split(",")[0].strip()
        if gaz.place(first) != (None, None) or _DATE_START.match(first) or len(title.split()) < 2:
            continue
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        above_end = line_start  # the previous line with text (table cells come as blocks of their own)
        while above_end > 0 and ctx.text[above_end - 1] in " \t\n":
            above_end -= 1
        above_start = ctx.text.rfind("\n", 0, above_end) + 1
        if _TIME.search(ctx.text, above_start, m.start()):
            continue  # "14:00 | Workshop: ...": a session in an agenda, not an event of its own
        label = " ".join(m.group("kw").lower().split())
        keyword, etype = lex.lookup(label.split()) or (label, foreign.get(label, "other"))
        name = clean_event_name(f"{m.group('kw')}: {title}")
        # A calendar entry's date often stands alone on the line above ("12 September 2023", "Dienstag, 4. Mai 2038").
        above = [d for d in ctx.dates_between(above_start, above_end)
                 if weekday.fullmatch(ctx.text, above_start, d.start) and not ctx.text[d.end:above_end].strip()]
        if m.group("when"):
            inside = [d for d in ctx.dates_between(m.start("when"), m.end("when")) if d.end <= m.end("when")]
            if not inside or ctx.text[inside[-1].end:m.end("when")].strip():
                continue  # "Workshop 3: Title": a number, not a date, before the colon
            above = inside
        out.append(Candidate(m.start("kw"), m.start("title") + len(ctx.text[m.start("title"):end].rstrip(" .;,")), name,
                             "pattern:event_labelled", keyword, etype, dates=above[0] if above else None))
    return out
