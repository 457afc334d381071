"""Dates an undated event takes from another event of its sentence that it is held with.

Two rules, run by :func:`pipeline.extract.event_attributes.attach_event_attributes` after every event's own date
is read: an event held "during / at / within / as part of" another takes the host's date (and its place when it has
none): "the side event for founders during the Harbour Days in Kiel on 3 May", "B2B meetings at the Food Forum"
(:func:`attach_host`); an event tied to a dated one before it by a phrase of ``data/event_link_phrases.txt``
("…, back-to-back with the Food Forum", "combined with an open workshop", "coinciding with our Energy Day") takes
that one's date and place (rule ``linked_event_date``, :func:`attach_linked`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext


_INSIDE = re.compile(r"[ \t\n]*,?[ \t\n]*(?:during|at|within|as[ \t\n]+part[ \t\n]+of)[ \t\n]+(?:the[ \t\n]+)?", re.I)


def attach_host(ctx: DocContext, m: Candidate, kept: list[Candidate]) -> None:
    """An undated event held inside another ("the side event for founders during the Harbour Days in
    Kiel on 3 May", "B2B meetings at the Food Forum"): the host's date, and its place when it has none."""
    if m.dates is not None or m.anaphor:
        return
    inside = _INSIDE.match(ctx.text, m.end)
    host = next((k for k in kept if inside and k.start == inside.end() and not k.anaphor), None)
    if host is not None and host.dates is not None:
        m.dates = host.dates
        if m.city is None and m.country is None:
            m.city, m.country = host.city, host.country


@lru_cache(maxsize=8)
def link_phrases(data_dir: Path) -> re.Pattern[str]:
    """The phrases of ``data/event_link_phrases.txt`` ending right before an event: "…, back-to-back with the "."""
    alts = phrase_alternation({" ".join(p.lower().split()) for p in data_lines(data_dir / "event_link_phrases.txt")},
                              space=r"[ \t\n]+")
    return re.compile(rf"(?i:\b(?:{alts})[ \t\n]+(?:(?:the|a|an|its|their|our)[ \t\n]+)?)$")


def attach_linked(ctx: DocContext, m: Candidate, kept: list[Candidate], link: re.Pattern[str]) -> None:
    """Rule ``linked_event_date``: an undated event tied to another by a phrase of ``data/event_link_phrases.txt``
    takes the date of the nearest dated event before the phrase in its sentence ("the final conference is
    planned for January 2028 in Gdańsk, back-to-back with the Food Forum", "the partner meeting on 3–4 June,
    combined with an open workshop", "the members' meeting on 9 November, followed by the Awards"), and its
    place when it has none: both are held at the same time and place."""
    if m.dates is not None or m.anaphor:
        return
    s, _ = ctx.sentence(m.start, m.end)
    tie = link.search(ctx.text[max(s, m.start - 60):m.start])
    if tie is None:
        return
    tie_start = m.start - len(tie.group())
    before = [k for k in kept if s <= k.start and k.end <= tie_start and k is not m]
    host = max(before, key=lambda k: k.end, default=None)
    if host is not None and host.dates is not None:
        m.dates = host.dates
        if m.city is None and m.country is None:
            m.city, m.country = host.city, host.country
