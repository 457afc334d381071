"""Text cues for a document's own facts: when it was published, which date anchors its year-less
dates, and what kind of document it is (its title: :mod:`pipeline.extract.doc_titles`).

Each rule below covers one class of phrasings, named in its docstring; the cue words come from
``data/document_metadata_cues.csv`` and are compiled once per data folder (``load_doc_cues``).
Publication cues, most explicit first: ``submitted_by_line``, ``published_line``,
``date_published_by``, ``byline``, ``meta_line``, ``dated_heading``, ``dateline``, ``closing_dateline``,
``pasted_email_header``.
A date after a ``not_publication`` cue ("Last updated", "version of", "Deadline") is never the
publication date; it may still anchor year-less dates (``anchor_date``), as may an issue line
("Issue 2 · June 2023"), which states a month, not a day of publication.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.config import DATA_DIR
from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.date_patterns import FULL_MONTH
from pipeline.normalise import month_number

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# A full date: "15 December 2020", "2nd of March, 2015", "December 15, 2020", "Oct. 02, 2025", "2020-12-15",
# "15/12/2020", "8.11.2021", "22. 4. 2027" (numbers are read day first, as European text writes them).
FULL_DATE = (rf"{_WEEKDAY}(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<m1>{MONTH}),?\s+(?P<y1>(?:19|20)\d\d)"
             rf"|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
             r"|(?P<y3>(?:19|20)\d\d)-(?P<n3>\d\d)-(?P<d3>\d\d)"
             r"|(?P<d4>\d{1,2})(?:/|\.[ \t]?)(?P<n4>\d{1,2})(?:/|\.[ \t]?)(?P<y4>(?:19|20)\d\d))(?![\d/.-]\d)")
_SEP = r"[ \t]*(?:[|·•–—/]|--?|,)[ \t]*"  # between the parts of a byline or meta line
# after the author's name, up to three more parts before the date: a role, an organisation (perhaps with its acronym
# in brackets), a place ("Report by Ana Popa, project manager, Timișoara, 4 December 2028")
_WHO_MORE = r"(?:\([^\n)]{1,80}\))?(?:,[ \t]*[^\n|·•–—,(\d]{2,60}?(?:[ \t]*\([^\n)]{1,80}\))?){0,3}"
TIME = r"[ \t,]+(?:at[ \t]+)?\d{1,2}[:.][ \t]?\d\d(?:[ \t]*[ap]\.?m\.?)?"  # "5:19 pm", "at 10.30"
HEAD_CHARS = 3000
_HEAD_LINES = 6
TITLE_LINES = 12  # a title sits among the first lines, after at most a masthead, navigation and labels
FUNCTION_WORDS = frozenset("the a an of and or to in for on with at by from as".split())


def _alternation(phrases: list[str]) -> str:
    alts = phrase_alternation({p.strip().lower() for p in phrases}, space=r"[ \t]+", empty="")
    return "(?:" + alts + ")" if alts else "(?!)"


@dataclass(frozen=True)
class DocCues:
    """The compiled cue patterns and word lists of one data folder."""

    submitted: re.Pattern[str]
    published: re.Pattern[str]
    published_in_standfirst: re.Pattern[str]
    date_published_by: re.Pattern[str]
    byline: re.Pattern[str]
    not_publication: re.Pattern[str]
    dateline: re.Pattern[str]
    closing_dateline: re.Pattern[str]
    issue: re.Pattern[str]
    version: re.Pattern[str]
    event_labels: frozenset[str]
    title_labels: frozenset[str]
    navigation: tuple[str, ...]
    letterhead_nouns: frozenset[str]
    newsletter: re.Pattern[str]
    news: re.Pattern[str]
    summary_heading: re.Pattern[str]
    by_part: re.Pattern[str] = re.compile(r"(?!)")  # a meta line's part naming who published: "by the project team"
    email_header: re.Pattern[str] = re.compile(r"(?!)")  # "From: …", "Subject: …" opening a line
    email_date: re.Pattern[str] = re.compile(r"(?!)")  # "Date: Tue, 14 Oct 2025 10:02:31 +0300"
    release_label: re.Pattern[str] = re.compile(r"(?!)")  # "PRESS RELEASE", "News": a label before a dateline
    report_period: re.Pattern[str] = re.compile(r"(?!)")  # "Annual Report 2025", "2024 Activity Report"
    calendar_period: re.Pattern[str] = re.compile(r"(?!)")  # "EVENTS CALENDAR 2034", "Dates for your diary 2034"
    event_venues: frozenset[str] = frozenset()  # "Expo", "Centro": a meta line's part naming a venue (an event's header)
    publication_lead: re.Pattern[str] = re.compile(r"(?!)")  # "Publicado el ", "Opublikowano: ": a line's text before its publication day


def _rows(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in data_table(path)[1]:
        if (row.get("kind") or "").strip() and (row.get("phrase") or "").strip():
            out.setdefault(row["kind"].strip(), []).append(row["phrase"].strip().lower())
    return out


def _period(phrases: list[str], month: bool = False) -> re.Pattern[str]:
    """One of ``phrases`` with one year before or after it ("Annual Report 2025", "2024 Activity Report"), not a span;
    with ``month``, also a month between them ("Events – March 2035", "Showing 7 events in March 2035": a month's page
    of a calendar, whose year-less days are of that year)."""
    kind = _alternation(phrases)
    of_month = rf"(?:(?:in|for|of)[ \t]+)?{FULL_MONTH}[ \t]+" if month else ""
    return re.compile(rf"(?<![\d–-])(?:(?P<y1>(?:19|20)\d\d)[ \t]+{kind}\b|\b{kind}[ \t]*[:–—-]?[ \t]*(?:{of_month})?(?P<y2>(?:19|20)\d\d))"
                      r"(?![\d/–-]|[ \t]*[–-][ \t]*\d)", re.I)


@lru_cache(maxsize=4)
def load_doc_cues(data_dir: Path = DATA_DIR) -> DocCues:
    """Compile the cues of ``document_metadata_cues.csv`` in ``data_dir`` (once per folder)."""
    rows = _rows(data_dir / "document_metadata_cues.csv")
    verb = _alternation(rows.get("publication_verb", []))
    kind = _alternation(rows.get("publication_kind", []))
    by = _alternation(rows.get("byline", []))
    not_pub = _alternation(rows.get("not_publication", []) + rows.get("deadline", []))
    version = _alternation(rows.get("not_publication", []))  # "Last updated", "version of": not a deadline
    not_place = _alternation(rows.get("not_place", []))
    # An optional short label before the cue, ending in a separator ("No. 14 · Published ..."); in the
    # standfirst only, also a sentence before it on the same line ("... compiled by the team. Published 13 May 2026.").
    kind_lead = rf"(?:(?:[\w’']+[ \t]+)?{kind}[ \t]+)?"
    lead = rf"(?:[^\n]{{0,120}}?[·|•–—/][ \t]*)?{kind_lead}"  # "Objavljeno / Published: 22.04.2025"
    sentence_lead = rf"[^\n]{{0,300}}?[.!?][ \t]+{kind_lead}"
    cue = rf"{verb}(?:[ \t]+by[ \t]+[^\n,|·]{{1,60}}?(?:[ \t]+on|,))?(?:[ \t]+on)?[ \t]*:?[ \t]*{FULL_DATE}"
    place_word = r"[A-ZÀ-ÖØ-Þ][\w’'.-]+"
    one_place = rf"(?!(?i:{not_place})\b){place_word}(?:[ \t]{place_word}){{0,2}}"
    # "Stavanger / Kobe, 19 November 2026": two places of a joint release
    place = rf"{one_place}(?:[ \t]*/[ \t]*{one_place})?(?:,[ \t]{place_word}(?:[ \t]{place_word})?)?"
    return DocCues(
        submitted=re.compile(rf"^[ \t*_]*Submitted\s+by\b[^\n]{{0,80}}?\bon\s+{FULL_DATE}", re.I | re.M),
        published=re.compile(rf"^[ \t*_]*{lead}{cue}", re.I | re.M),
        published_in_standfirst=re.compile(rf"^[ \t*_]*{sentence_lead}{cue}", re.I),
        date_published_by=re.compile(rf"^[ \t*_•]*{FULL_DATE}(?:{TIME})?(?:{_SEP}|[ \t]+(?={verb}))(?:{verb}[ \t]+)?by[ \t]+\S",
                                     re.I | re.M),
        byline=re.compile(rf"^[ \t*_]*{kind_lead}{by}[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]+(?P<who>[^\n|·•–—,]{{2,60}}?{_WHO_MORE})"
                          rf"(?:{_SEP}|[ \t]+on[ \t]+){FULL_DATE}[ \t*_.]*(?:$|[|·•–—])",
                          re.I | re.M),
        not_publication=re.compile(rf"\b{not_pub}\b", re.I),
        dateline=re.compile(rf"^[ \t*_]*(?P<place>{place})(?:[ \t]*\([A-Z][\w ]*\))?,[ \t]+(?P<date>(?i:{FULL_DATE}))"
                            r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:$|[–—-]{1,2}[ \t]|:[ \t]|/[ \t]|\.[ \t]*$|\.[ \t]+[A-Z])", re.M),
        closing_dateline=re.compile(rf"^[ \t*_]*(?P<place>{place}),[ \t]+(?P<date>(?i:{FULL_DATE}))[ \t.*_]*$"),
        issue=re.compile(rf"^[^\n]{{0,60}}\b(?:Issue|Newsletter|Bulletin|Edition|No\.|N°|Nr\.?)[ \t]*(?:#|no\.?[ \t]*)?\d{{0,3}}[ \t]*"
                         rf"[,\-–—|:/(·•]?[ \t]*(?P<m>{MONTH})[ \t]+(?P<y>(?:19|20)\d\d)\)?[ \t]*$", re.I | re.M),
        version=re.compile(rf"\b{version}\b[ \t]*(?:on|of)?[ \t]*:?[ \t]*{FULL_DATE}", re.I),
        event_labels=frozenset(rows.get("event_label", [])),
        event_venues=frozenset(rows.get("event_venue", [])),
        title_labels=frozenset(rows.get("title_label", [])),
        navigation=tuple(rows.get("navigation", [])),
        letterhead_nouns=frozenset(rows.get("letterhead_noun", [])),
        newsletter=re.compile(rf"\b{_alternation(rows.get('doc_newsletter', []))}\b", re.I),
        news=re.compile(rf"\b{_alternation(rows.get('doc_news', []))}\b", re.I),
        summary_heading=re.compile(rf"\b{_alternation(rows.get('doc_summary_heading', []))}\b", re.I),
        by_part=re.compile(rf"^{by}[ \t]+\S", re.I),
        email_header=re.compile(rf"^[ \t]*{_alternation(rows.get('email_header', []))}[ \t]*:[ \t]*\S", re.I | re.M),
        release_label=re.compile(rf"[ \t*_]*(?:{verb}|{kind})[ \t*_]*", re.I),
        report_period=_period(rows.get("report_period", [])),
        calendar_period=_period(rows.get("calendar_period", []), month=True),
        email_date=re.compile(rf"^[ \t]*{_alternation(rows.get('email_date_header', []))}[ \t]*:[ \t]*(?P<value>[^\n]+)$", re.I | re.M),
        publication_lead=re.compile(rf"[ \t*_]*{lead}{verb}(?:[ \t]+on)?[ \t]*:?[ \t]*", re.I),
    )


def date_of(y: str | int, m: str | int, d: str | int = 1) -> dt.date | None:
    """The day of year, month (number or name) and day; None for an impossible one."""
    month = int(m) if str(m).isdigit() else month_number(str(m))
    try:
        return dt.date(int(y), month, int(d)) if month else None
    except ValueError:
        return None


def full_date(m: re.Match) -> dt.date | None:
    """The day a ``FULL_DATE`` match states (None for an impossible day such as 31/02)."""
    g = m.groupdict()
    for y, mo, d in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y3", "n3", "d3"), ("y4", "n4", "d4")):
        if g.get(y):
            return date_of(g[y], g[mo], g[d])
    return None


_ONLY_DATE = re.compile(rf"^[ \t*_•·\-]*{FULL_DATE}[ \t*_.]*$", re.I)


# A list item's marker: "- ", "• ", "* ", "– " or "1. " opening a line.
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-•*–][ \t]|\d{1,2}[.)][ \t])")


def _head_lines(text: str) -> list[str]:
    return [line for line in text[:HEAD_CHARS].splitlines() if line.strip()][:_HEAD_LINES]


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
        m = next(filter(None, (cues.published_in_standfirst.match(line) for line in _head_lines(text))), None)
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
    not on a list item, and not when several first lines have this shape (a calendar's rows)."""
    found = []
    for line in _head_lines(text):
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
    lines = _head_lines(text)
    for line in lines:
        m = _ONLY_DATE.match(line)
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
    lines = _head_lines(text)
    for line in lines:
        for part in _dateline_parts(line, cues):
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


def issue_line(text: str, cues: DocCues) -> dt.date | None:
    """A newsletter issue line that states a month: "Issue #3, July 2015", "Newsletter – March 2018",
    "Pulse · No. 7 · May 2022": the first day of that month (an anchor, not a publication day)."""
    m = cues.issue.search(text[:HEAD_CHARS])
    return date_of(m.group("y"), m.group("m")) if m else None


def version_line(text: str, cues: DocCues) -> dt.date | None:
    """A version or update date near the top: "version of 15 June 2026", "Last updated: 3 May 2024",
    "Revised 2 February 2025": when the text was current (an anchor, not a publication day)."""
    m = cues.version.search(text[:HEAD_CHARS])
    return full_date(m) if m else None


def report_year(text: str, cues: DocCues) -> int | None:
    """The year a yearly report covers, named with its kind on one of the first lines: "ANNUAL REPORT 2025",
    "Annual Report 2025 | Tuarascáil Bhliantúil 2025", "2024 Activity Report", "Jahresbericht 2023" (kinds:
    ``report_period`` in the cue file). Not a span of years ("Activity report 2024–2025"). Its year-less
    dates ("March – delegation to …", "on 22 May") belong to that year: :func:`pipeline.extract.dates.extract_dates`."""
    for line in _head_lines(text):
        if m := cues.report_period.search(line):
            return int(m.group("y1") or m.group("y2"))
    return None


# Publication dates a document's own metadata states (an e-mail's Date header, a web page's markup): as good
# an anchor as a date the text states.
METADATA_PUBLICATION_SOURCES = frozenset({"email_date_header", "html_metadata"})


def anchor_date(text: str, published: dt.date | None, source: str | None, cues: DocCues) -> dt.date | None:
    """The date year-less and relative dates are read against: a publication date the text states, else an
    issue month or version date in the text, else a publication date from the file name or metadata, else
    the first full date of the head (``head_date``); None without any."""
    if published is not None and source in {rule.__name__ for rule in PUBLICATION_RULES} | METADATA_PUBLICATION_SOURCES:
        return published
    return issue_line(text, cues) or version_line(text, cues) or published or head_date(text)


def head_date(text: str) -> dt.date | None:
    """The first full date on one of the first lines, when nothing else dates the text: the meeting of notes
    ("Held on 25 November 2026, 10:00–13:30", "Date: Thursday, 26 November 2026"), the day a programme or
    page is about. A header line, not a sentence (one ending in a full stop tells of something, at any time).
    An anchor for year-less dates only, never the publication date."""
    for line in _head_lines(text):
        if re.search(r"[.!?][ \t*_]*$", line):
            continue
        if (m := re.search(FULL_DATE, line, re.I)) and (value := full_date(m)):
            return value
    return None


# Publication cues that belong to news posts and press releases rather than reports or programmes.
NEWS_RULES = frozenset({"submitted_by_line", "published_line", "date_published_by", "byline", "meta_line", "dateline"})


def document_kind(text: str, headings: list[str], cues: DocCues) -> str:
    """``documents.doc_type``: "newsletter" when the head names one ("Newsletter", "Bulletin", "In this issue")
    or has an issue line; "conference_summary" when a heading says "Key messages", "Takeaways", "Agenda" …;
    "news" when the head has a news cue ("Press release", "Posted on") or a byline, dateline or meta line;
    else "other"."""
    head = text[:HEAD_CHARS]
    if cues.newsletter.search(head) or issue_line(head, cues):
        return "newsletter"
    if any(cues.summary_heading.search(h) for h in headings):
        return "conference_summary"
    if cues.news.search(head) or publication_from_text(head, cues)[1] in NEWS_RULES:
        return "news"
    return "other"
