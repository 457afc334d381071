"""When a document was published, as its text states it: the publication rules, most explicit first
(``PUBLICATION_RULES``): ``submitted_by_line``, ``published_line``, ``date_published_by``, ``byline``, ``meta_line``,
``dated_heading``, ``dateline``, ``closing_dateline``, ``pasted_email_header``. Each covers one class of phrasings,
named in its docstring; the cue words are those of :func:`pipeline.extract.doc_cues.load_doc_cues`.
A date after a ``not_publication`` cue ("Last updated", "version of", "Deadline") is never the publication date; it
may still anchor year-less dates (:func:`pipeline.extract.doc_anchors.anchor_date`).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re

from pipeline.extract.date_patterns import CLOCK
from pipeline.extract.doc_cues import FULL_DATE, HEAD_CHARS, DocCues, full_date, head_lines

_ONLY_DATE = re.compile(rf"^[ \t*_•·\-]*{FULL_DATE}[ \t*_.]*$", re.I)


# A list item's marker: "- ", "• ", "* ", "– " or "1. " opening a line.
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-•*–][ \t]|\d{1,2}[.)][ \t])")
# a programme's timed line: a clock time opens it, perhaps after a list mark ("09:30 Welcome", "- 13.00 Lunch")
_TIMED = re.compile(rf"^[ \t]*(?:[-•*▪◦–>][ \t]+)?{CLOCK}(?!\d)")


def _day_heading(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` heads a programme's day: the next line opens with a clock time ("Monday 18 May 2038 –
    Klaipėda" over "09:30 Welcome at the science park"), so its date is that day's, not the document's."""
    return i + 1 < len(lines) and _TIMED.match(lines[i + 1]) is not None


def submitted_by_line(text: str, cues: DocCues) -> dt.date | None:
    """CMS footers "Submitted by <name> on <date>": "Submitted by admin on Tuesday, 3 March 2021",
    "Submitted by Alina D… on 04 March 2020"."""
    m = cues.submitted.search(text)
    return full_date(m) if m else None


def published_line(text: str, cues: DocCues) -> dt.date | None:
    """A line (or a standfirst's sentence) that opens with a publication verb and gives the date:
    "Published on 3 May 2024", "Posted on 2nd March 2015 | Category: News", "Date of publication: 14/05/2019",
    "No. 14 · Published 6 March 2024", "Summary published on 28 March 2024 by …",
    "… compiled by the team. Published 13 February 2026.", "Published by the secretariat on 2 May 2024"."""
    m = cues.published.search(text)
    if m is None:
        m = next(filter(None, (cues.published_in_standfirst.match(line) for line in head_lines(text))), None)
    return full_date(m) if m else None


def date_published_by(text: str, cues: DocCues) -> dt.date | None:
    """A line that opens with the date, then who published it: "11 June 2020 - Published by Anne Berg",
    "3 May 2024 | Posted by admin", "12/03/2024 · by the editorial team", and blog footers with a clock time
    "March 4, 2021 10:02 am Published by webmaster". Head of the text only."""
    m = cues.date_published_by.search(text[:HEAD_CHARS])
    return full_date(m) if m else None


def byline(text: str, cues: DocCues) -> dt.date | None:
    """An author byline that carries the date: "By Jane Doe | 12 March 2024", "By Jane Doe on 12 March 2024",
    "Written by J. Roe – 3 May 2024", "Author: Jan Novák, 2024-05-03", with up to three more parts after the name (a
    role, an organisation, a place): "Report by Ana Popa, project manager, Timișoara, 4 December 2028", "**Report by:**
    Outi Rantanen, Turku Maritime Cluster – 2 June 2028". Head of the text only."""
    m = cues.byline.search(text[:HEAD_CHARS])
    return full_date(m) if m else None


_READING_TIME = re.compile(r"\d{1,2}[ \t]*min(?:ute)?s?\.?[ \t]+read", re.I)  # "5 min read" on a blog's meta line


def _is_meta_label(part: str, cues: DocCues) -> bool:
    if _READING_TIME.fullmatch(part):
        return True
    words = part.split()
    if cues.by_part.match(part) and len(words) <= 8 and not re.search(r"\d", part):
        return True  # "Project news · 14 March 2024 · by the project's communication team"
    return (0 < len(words) <= 4 and len(part) <= 40 and not re.search(r"\d", part)
            and part.lower().rstrip(":") not in cues.event_labels and not cues.not_publication.search(part)
            and not any(w in cues.event_venues for w in re.findall(r"[\w’'-]+", part.lower())))


def meta_line(text: str, cues: DocCues) -> dt.date | None:
    """A short line of separated parts near the top, one a full date and the others labels (a category,
    a place, an author, a reading time): "12 March 2024 | News", "News · 6 March 2026 · Joensuu", "Press release – 4 June
    2025", "**News** | 2 February 2026 | 5 min read"; the date part may carry its place ("Policy Lab · Riga, 22 September 2026").
    Not when a part names an event or a deadline ("Workshop · 12 May 2024 · Lyon": that is the event's date) or a
    venue (``event_venue``: "Tuesday, 24 May 2033 · Incheba Expo Bratislava, Slovakia" under an event page's title),
    not on a list item, not on a programme's day heading (:func:`_day_heading`: "Monday 18 May 2038 – Klaipėda" over
    "09:30 Welcome"), and not when several first lines have this shape (a calendar's rows)."""
    found = []
    lines = head_lines(text)
    for i, line in enumerate(lines):
        if _day_heading(lines, i):
            continue  # "Monday 18 May 2038 – Klaipėda" over "09:30 …": a programme's day
        if _LIST_ITEM.match(line):
            continue  # "- 3 June 2024 – Skills Day, Vigo": a row of a list of dates, not the page's own line
        parts = [p.strip(" \t*_") for p in re.split(r"[ \t]+[|·•–—][ \t]+|[ \t]*[|·•][ \t]*", line.strip())]
        if not 2 <= len(parts) <= 4:
            continue
        # a part that is a date, or a place and date ("**Policy Lab** · Riga, 22 September 2026")
        placed = re.search(r"[|·•]", line) is not None  # a dash after "Graz, 3 March 2022" opens a dateline's story
        dated = [p for p in parts if _ONLY_DATE.match(p) or (placed and cues.closing_dateline.match(p))]
        if len(dated) == 1 and all(_is_meta_label(p, cues) for p in parts if p is not dated[0]):
            m = _ONLY_DATE.match(dated[0]) or cues.closing_dateline.match(dated[0])
            if m and (value := full_date(m)):
                found.append(value)
    # Two or more such lines are the rows of a calendar ("5 May 2025 – Cluster Camp" / "9 June 2025 – …").
    return found[0] if len(found) == 1 else None


def _date_rows(lines: list[str], cues: DocCues) -> int:
    """How many of ``lines`` are nothing but a date or a place and a date (the rows of a calendar)."""
    return sum(1 for line in lines if _ONLY_DATE.match(line) or cues.closing_dateline.match(line))


def dated_heading(text: str, cues: DocCues) -> dt.date | None:
    """One of the first lines is nothing but a full date, perhaps as a bullet: "Tuesday, 14 May 2019",
    "• 28 November 2016", "03/05/2024". Not a date with a clock time (an event's), and not when several
    first lines are bare dates (a calendar: "12 May 2025" / "Cluster day" / "14 June 2025" / "Summit")."""
    lines = head_lines(text)
    for i, line in enumerate(lines):
        m = None if _day_heading(lines, i) else _ONLY_DATE.match(line)
        if m and (value := full_date(m)):
            return value if _date_rows(lines, cues) == 1 else None
    return None


def dateline(text: str, cues: DocCues) -> dt.date | None:
    """A news dateline on one of the first lines, alone or opening the first paragraph: "Brussels, 14 June 2021",
    "BRUSSELS, 4 June 2025 – The …", "Brussels, 8.11.2021", "San Sebastián (ES), 14th of July, 2020 – …",
    "Stafford, Texas, Oct. 02, 2025 (Wire) -- …", "Stavanger / Kobe, 19 November 2026", "Lübeck, 11. November 2026 /
    11 November 2026", after a label or the dateline in another language ("PRESS RELEASE – Aarhus, 2 February 2026":
    ``_dateline_parts``). The place is one to three capitalised words (or two places joined by "/"), never
    a preposition or a cue word ("On 3 May 2024 –", "Deadline, 3 May 2024"); a place and date alone on
    a line is no dateline when other first lines are dates too (a calendar's rows)."""
    lines = head_lines(text)
    for i, line in enumerate(lines):
        for part in ([] if _day_heading(lines, i) else _dateline_parts(line, cues)):
            m = cues.dateline.match(part)
            if m and (value := full_date(m)):
                alone = cues.closing_dateline.match(part) is not None
                return value if not alone or _date_rows(lines, cues) <= 1 else None
    return None


def _dateline_parts(line: str, cues: DocCues) -> list[str]:
    """The line, and what follows a " – " or " / " in it when what stands before is a publication label or the
    same dateline in another language: "PRESS RELEASE – Aarhus, 2 February 2026", "Sežana, 25. januar 2027 /
    Sežana, 25 January 2027", "Lorient / Rimouski, le 8 juillet 2026 – Lorient / Rimouski, 8 July 2026"."""
    parts = [line]
    for sep in re.finditer(r"[ \t]+[/–—][ \t]+", line):
        lead = line[:sep.start()]
        # the same day in another language: a day, a month word, a year ("le 8 juillet 2026", "25. januar 2027")
        if cues.release_label.fullmatch(lead) or re.search(r"\b\d{1,2}\.?[ \t]+\w+\.?[ \t]+(?:19|20)\d\d$", lead):
            parts.append(line[sep.end():])
    return parts


def closing_dateline(text: str, cues: DocCues) -> dt.date | None:
    """A place and date above the signatures at the end of a letter, report or declaration: a paragraph
    that opens with "Szeged, 20 January 2026" or "Vienna, 3 March 2025." and holds at most four more lines
    without a date (names and roles), at the very end of the text. A calendar's last row is not one: it
    follows other rows with no blank line between."""
    lines = text.rstrip().splitlines()
    for i in range(len(lines) - 1, max(-1, len(lines) - 6), -1):
        m = cues.closing_dateline.match(lines[i])
        if not m:
            continue
        after = lines[i + 1:]
        if (i == 0 or not lines[i - 1].strip()) and all(line.strip() and not re.search(r"\d", line) for line in after):
            return full_date(m)
        return None
    return None


_EMAIL_HEAD_LINES = 12


def pasted_email_header(text: str, cues: DocCues) -> dt.date | None:
    """An e-mail pasted into a text file, its headers on the first lines: a date header ("Date: Tue, 14 Oct
    2025 10:02:31 +0300", "Sent: 3 May 2024") with at least one other header ("From:", "To:", "Subject:")
    among the first lines (header names: ``email_header`` / ``email_date_header`` in the cue file). The date is
    read as RFC 2822 (``email.utils``), else as a full date."""
    head = "\n".join(text.lstrip().splitlines()[:_EMAIL_HEAD_LINES])
    m = cues.email_date.search(head)
    if m is None or len(cues.email_header.findall(head)) < 1:
        return None
    value = m.group("value").strip()
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date()
    full = re.search(FULL_DATE, value, re.I)
    return full_date(full) if full else None


PUBLICATION_RULES = (submitted_by_line, published_line, date_published_by, byline, meta_line, dated_heading,
                     dateline, closing_dateline, pasted_email_header)


def publication_from_text(text: str, cues: DocCues) -> tuple[dt.date | None, str | None]:
    """(date, rule name) of the first publication cue that states a day, most explicit first; else (None, None)."""
    for rule in PUBLICATION_RULES:
        if value := rule(text, cues):
            return value, rule.__name__
    return None, None
