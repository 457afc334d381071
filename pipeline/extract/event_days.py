"""Rule ``host_event_day``: an event held on one day of a longer event that the document dates.

Reports and programmes of multi-day conferences, summits and fairs place their side events by the day of the
host, not by a date: "On the afternoon of the first day, the network ran a B2B matchmaking", "The morning of the
second day was dedicated to a cluster matchmaking session", "EEN organises a brokerage event on the second day",
"Day 2: B2B matchmaking with buyers from Finland". Such an event, with no day or month date of its own, takes that
day of its host: the event named right after "of the" ("on the second day of the Timber Summit"), else the
nearest event before it in the text dated over several days; a day "of" something that is no event ("the first
day of the project") dates nothing. The day must fall inside the host's dates. Not for an event named as a
complement ("the structure of the final conference"): a topic of that day, not held on it; an award is named so
when it is given ("the presentation of the Green Awards").
An event under a heading that opens with the day ("## Day 2 – Site visits and matchmaking", "DAY 2 – FROM LAB TO
MARKET") and states no date, with no day cue of its own and no date before it in its paragraph, takes that day of the
nearest earlier event dated over several days.
The day cue may be another language's (``data/event_host_days.csv``: "Drugog dana", "am zweiten Tag", "le deuxième
jour", "el segundo día"), and "Day" may stand at a line's end with its number on the next ("Day\n2: B2B meetings" in a
PDF's text). An event that took the span of days written before it (by the run-in rules: "Las Jornadas … el 8 y 9 de
marzo … El segundo día, una visita técnica …") is held on the n-th day of that span when the cue stands between the span
and the event.
Run by :func:`pipeline.extract.event_attributes.attach_event_attributes` after the events' own dates are read.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.config import DATA_DIR
from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_lexicon import ordinal_value

# "the second day", "the 2nd day", "Day 2", "Day two": the host's n-th day (not "the first day of the month / week")
_DAY_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_DAY_CUE = re.compile(r"\b(?:(?P<ord>[A-Za-z]+|\d{1,2}(?:st|nd|rd|th))[ \t\n]+day\b(?![ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?"
                      r"(?:month|week|year|term|semester)\b)|\b[Dd]ay[ \t\n]+(?:(?P<num>[1-9])|(?P<word>one|two|three|four|five))\b)")
_LEAD_IN_STEPS = 2
# a heading that opens with the day: "## Day 2 – Site visits", "DAY 2 – FROM LAB TO MARKET", "Day 2: site visits"
_HEADING_DAY = re.compile(r"[ \t#*_]*(?:<h\d>)?[ \t]*[Dd](?:ay|AY)[ \t]+(?:(?P<num>[1-9])|(?P<word>one|two|three|four|five))\b(?![ \t]*[(–—-][ \t]*\d)")
_OF_BEFORE = re.compile(r"\bof[ \t\n]+(?:(?:the|a|an|its|their)[ \t\n]+)?$")
_OF_HOST = re.compile(r"[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?")


@lru_cache(maxsize=4)
def _foreign_cues(data_dir: Path) -> tuple[re.Pattern[str], dict[str, int]]:
    """The n-th day of a longer event in the other languages (``data/event_host_days.csv``: "drugog dana", "am zweiten
    Tag", "le deuxième jour"), compiled once: the pattern and each phrase's day."""
    _, rows = data_table(data_dir / "event_host_days.csv")
    days = {" ".join(r["phrase"].lower().split()): int(r["day"]) for r in rows}
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(days, space=r"[ \t\n]+") + r")(?![\w-])", re.I), days


def _day_number(cue: re.Match[str]) -> int | None:
    if cue.group("word"):
        return _DAY_WORDS[cue.group("word")]
    return int(cue.group("num")) if cue.group("num") else ordinal_value(cue.group("ord"))


def _by_day(m: Candidate, several: bool) -> bool:
    """Dated to the day (over several days when ``several``)."""
    d = m.dates
    return d is not None and d.precision == "day" and d.start_date is not None and d.end_date is not None \
        and (d.end_date > d.start_date or not several)


def _heading_cue(ctx: DocContext, m: Candidate) -> list[re.Match[str]]:
    """The day cue opening the heading of ``m``'s section, when that heading states no date of its own ("## Day 2 –
    Site visits and matchmaking" over "Participants … took part in a matchmaking session")."""
    block = ctx.block_at(m.start)
    if block is None or block.kind == "heading" or ctx.dates_between(block.start, m.start):
        return []  # a paragraph that says its day ("On Wednesday 17 October …") is read by the day openers
    heading = block
    for _ in range(_LEAD_IN_STEPS + 1):  # past lead-in lines read as headings ("The afternoon was split into three tracks:")
        heading = ctx.block_at(heading.section_start) if heading.section_start is not None else None
        if heading is None or heading.kind != "heading" or not ctx.text[heading.start:heading.end].rstrip().endswith(":"):
            break
    if heading is None or heading.kind != "heading" or ctx.dates_between(heading.start, heading.end):
        return []
    cue = _HEADING_DAY.match(ctx.text, heading.start, heading.end)
    return [cue] if cue is not None and _day_number(cue) else []


def attach_host_day(ctx: DocContext, m: Candidate, kept: list[Candidate], data_dir: Path = DATA_DIR) -> None:
    """Give an undated (or only year-dated) event the n-th day of its host event (see the module doc): the day cue
    opening its line before it, else the one day cue of its sentence; the host dated by day, the day inside it. The
    cue may be another language's (``data/event_host_days.csv``: "Drugog dana održan je zatvoreni ministarski
    sastanak", "Am zweiten Tag besuchten die Teilnehmer …"); its host is then the nearest earlier event dated over
    several days. An event that took the span of days of the text before it ("Le deuxième jour, une visite d'entreprise
    …" after "les 3 et 4 juin 2036") is held on its n-th day: that span is its host's."""
    spanned = _by_day(m, several=True) and not m.anaphor
    if m.anaphor or not (m.dates is None or m.dates.precision == "year" or spanned):
        return
    if m.event_type != "award" and _OF_BEFORE.search(ctx.text, max(0, m.start - 12), m.start):
        return  # "agreed on the structure of the final conference": a topic of that day, not held on it
    s, e = ctx.sentence(m.start, m.end)
    foreign, days = _foreign_cues(data_dir)
    numbered = [(c, n) for c in _DAY_CUE.finditer(ctx.text, s, e) if (n := _day_number(c))]
    numbered += [(c, days[" ".join(c.group().lower().split())]) for c in foreign.finditer(ctx.text, s, e)]
    line_start = ctx.text.rfind("\n", 0, m.start) + 1
    own_line = [c for c in numbered if line_start <= c[0].start() < m.start]  # "Day 1: …" / "Day 2: B2B matchmaking …" rows
    numbered = own_line[-1:] or numbered or [(c, _day_number(c)) for c in _heading_cue(ctx, m)]
    if len(numbered) != 1:
        return
    cue, n = numbered[0]
    if spanned:  # the span it took is its host's, when the cue stands between that span and the event
        day = m.dates.start_date + dt.timedelta(days=n - 1)
        if m.dates.end <= cue.start() < m.start and day <= m.dates.end_date:
            m.dates = replace(m.dates, start=cue.start(), end=cue.end(), text=cue.group(), start_date=day, end_date=day,
                              rule="host_event_day")
        return
    of = _OF_HOST.match(ctx.text, cue.end())
    named = next((k for k in kept if of is not None and k.start == of.end()), None)
    if of is not None and named is None:
        return  # "on the first day of the project": a day of something that is no event
    if named is not None and not named.anaphor:
        host = named if _by_day(named, several=False) else None
    else:  # no "of", or "of the conference": the nearest earlier event dated over several days
        host = max((k for k in kept if k.end <= m.start and k is not m and _by_day(k, several=True)), key=lambda k: k.end, default=None)
    if host is None:
        return
    day = host.dates.start_date + dt.timedelta(days=n - 1)
    if day > host.dates.end_date:
        return
    m.dates = replace(host.dates, start=cue.start(), end=cue.end(), text=cue.group(), start_date=day, end_date=day,
                      precision="day", rule="host_event_day")
