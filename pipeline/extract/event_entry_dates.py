"""Calendar entries dated by the line below or above their title (split from
:mod:`pipeline.extract.event_attributes`, which calls :func:`date_below_title` among the other ways an event
mention gets its date).

- ``entry_title_date``: the title line of an entry, its date opening the next non-blank line ("Supplier
  Breakfast: …" / "Thu, 21 Jan 2027 · 8:30–10:00 · online"), perhaps under a "Date" label;
- ``entry_date_above_title``: a calendar that gives the date first, the title on the line below it
  ("14 September" / "Wood Tech Breakfast: robots in joineries" / "08:30 · Tartu …").
"""
from __future__ import annotations

import re

from pipeline.extract.date_calendar_rows import after_row_month
from pipeline.extract.dates import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.records import DateMention

# A calendar entry's date line: perhaps a marker, "from" / "on" and a weekday before the date, then only a
# separator (" · 11:00", " | Ljubljana", ", online") or nothing: "Thu, 21 Jan 2027 · 8:30–10:00 · online".
_ENTRY_DATE_LEAD = re.compile(rf"[ \t*_•>–-]*(?:(?:from|on)[ \t]+)?(?:{WEEKDAY},?[ \t]+)?", re.I)
_ENTRY_MARK = re.compile(r"[ \t*_•>–-]*")  # _ENTRY_DATE_LEAD's marks alone
_ENTRY_DATE_REST = re.compile(r"(?:[ \t]*(?:[·|•,–—(]|-[ \t]|$).*)?")
# a bare date cell: day(s), month (name or number), year
_DATE_TEXT = r"\d{1,2}(?:[ \t]*[–-][ \t]*\d{1,2})?(?:[ \t]+[A-Za-z]+\.?[ \t]+|[./])(?:\d{1,2}[./])?(?:19|20)\d\d"
_TITLE_LEAD = re.compile(r"[ \t*_#•–-]*")
_NEXT_LINE = re.compile(r"\n[ \t]*(?=\S)")  # the next line that is not blank


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def date_below_title(ctx: DocContext, m: Candidate, date_labels: frozenset[str],
                      deadline: re.Pattern[str] | None = None, notes: tuple[str, ...] = ()) -> DateMention | None:
    """Rule ``entry_title_date``: an entry of a calendar or events page whose title line opens with the event's
    name (perhaps with a subtitle: "Regulatory Breakfast: what changes in 2027?") or ends with it ("Joint
    pavilion at Food Expo 2027") takes the day or month date
    that opens the next non-blank line ("Thu, 21 Jan 2027 · 8:30–10:00 · online", "from 12 to 16 April 2027 ·
    Hanover"), perhaps under a "Date" label alone on its line or a short undated subtitle ("Programme – subject
    to change"). A card that gives its date first takes the date line above its title (``_date_above_title``), also
    over one or two format lines of ``notes`` (``data/event_row_notes.txt``: "Tuesday 21 April 2037 · 10:00 – 11:30" /
    "Online" / "Webinar: …"). Not for a sentence (a title line ends in no full stop) nor a title line that states a day
    or month itself."""
    ls, le = _line_bounds(ctx.text, m.start)
    if m.end > le or le - ls > 160 or (_TITLE_LEAD.fullmatch(ctx.text, ls, m.start) is None
                                       and ctx.text[m.end:le].strip(" \t*_:")):
        return None  # the name opens its line ("Supplier Day: …") or closes it ("Joint pavilion at Food Expo 2027")
    if re.search(r"[.!;][ \t*_]*$", ctx.text[m.end:le]) or any(d.precision in ("day", "month") for d in ctx.dates_between(m.end, le)):
        return None
    above = ctx.text[:ls].rstrip("\n \t")
    above_line = above[above.rfind("\n") + 1:]
    for _ in range(2):  # a card's format line between its date line and its title ("Online", "On site", "Hybrid")
        if " ".join(above_line.strip(" \t*_|·•").lower().split()) not in notes:
            break
        above = above[:len(above) - len(above_line)].rstrip("\n \t")
        above_line = above[above.rfind("\n") + 1:]
    lead = _ENTRY_DATE_LEAD.match(above_line)
    if re.fullmatch(rf"{_DATE_TEXT}[ \t*_.]*", above_line[lead.end():]) and ctx.dates_between(len(above) - len(above_line), len(above)):
        # "15 September 2026" / "Webinar …" / "online" / "6–9 October 2026": a table's date-first rows
        return _date_above_title(ctx, m, len(above) - len(above_line), len(above), le, deadline)
    if (own := _date_above_title(ctx, m, len(above) - len(above_line), len(above), le, deadline)) is not None:
        return own
    pos, skipped = le + 1, 0
    while pos < len(ctx.text) and skipped < 3:
        ns, ne = _line_bounds(ctx.text, pos)
        line = ctx.text[ns:ne]
        pos = ne + 1
        if not line.strip():
            continue
        if " ".join(line.strip(" \t*_|:#").lower().split()) in date_labels:
            skipped += 1
            continue  # "Date" alone on its line, the value on the next one
        if not skipped and not ctx.dates_between(ns, ne) and len(line.strip()) <= 70 and not line.rstrip().endswith("."):
            skipped += 1
            continue  # a subtitle ("Programme – subject to change", "Outcome paper – draft") between title and date
        lead = _ENTRY_DATE_LEAD.match(ctx.text, ns, ne)
        first = ctx.dates_between(lead.end(), ne)
        if (first and first[0].start == lead.end() and first[0].precision in ("day", "month") and ne - ns <= 120
                and _ENTRY_DATE_REST.fullmatch(ctx.text, first[0].end, ne) and not ctx.text[ns:ne].rstrip().endswith(".")):
            return first[0]
        return None
    return None


def _date_line(ctx: DocContext, ls: int, le: int) -> DateMention | None:
    """The day or month date that opens a line with nothing after it but a separated note (perhaps after "on" /
    "from" or a weekday): "14 September", "Thu 28–29 Jan 2034", "22–23 May 2030 | Larissa, campus"."""
    lead = _ENTRY_DATE_LEAD.match(ctx.text, ls, le)
    # a calendar row's day holds its weekday ("Tue 25–Thu 27" alone on its line, the title below), perhaps after its
    # month's name ("February Tue 14–Wed 15")
    found = ctx.dates_between(ls, le)
    if found and (found[0].start in (lead.end(), _ENTRY_MARK.match(ctx.text, ls, le).end()) or (
            after_row_month(ctx.text, ls, found[0].start, found[0].rule))) and found[0].precision in ("day", "month") and le - ls <= 120 \
            and (re.fullmatch(r"[ \t*_.]*", ctx.text[found[0].end:le]) or _ENTRY_DATE_REST.fullmatch(ctx.text, found[0].end, le)) \
            and not ctx.text[ls:le].rstrip().endswith("."):
        return found[0]
    return None


def _date_above_title(ctx: DocContext, m: Candidate, als: int, ale: int, le: int,
                      deadline: re.Pattern[str] | None = None) -> DateMention | None:
    """Rule ``entry_date_above_title``: a calendar whose cards give the date first, on its own line, the title
    opening the line below it ("14 September" / "Wood Tech Breakfast: robots in joineries" / "08:30 · Tartu …";
    ">> 22–23 May 2030 | Larissa" / "AgriTech Days Larissa"): the entry takes the date above its title, not the
    next card's date below its text. ``als``–``ale``: the last non-blank line above the title line, ``le``: the
    title line's end. Not when the next non-blank line below the title is a date line too (cards of a title and
    a date line only: which way they pair is not told by the entry), nor when that line states a day or month
    that is no deadline ("11.02.2027" / "Health Data Hackathon: registration open" / "… takes place in Tartu on
    9–11 April 2027": a news item under its date, the event dated in its text), unless that line restates the same
    days ("27–28 Mar" / "Circular Days 2035" / "Conference · Dortmund · 27–28 March 2035": the card's meta line)."""
    own = _date_line(ctx, als, ale) if ale > als else None
    if own is None or _TITLE_LEAD.fullmatch(ctx.text, _line_bounds(ctx.text, m.start)[0], m.start) is None:
        return None
    below = _NEXT_LINE.search(ctx.text, le)
    if below is not None:
        bs, be = _line_bounds(ctx.text, below.end())
        if _date_line(ctx, bs, be) is not None or any(
                d.precision in ("day", "month") and not (deadline is not None and deadline.search(ctx.text, max(bs, d.start - 40), d.start))
                and (d.start_date, d.end_date) != (own.start_date, own.end_date)  # the card's meta line restating its days
                for d in ctx.dates_between(bs, be)):
            return None
    return own
