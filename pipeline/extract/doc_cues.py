"""Text cues for a document's own facts, compiled once per data folder (``load_doc_cues``) from the cue words of
``data/document_metadata_cues.csv``, and the full dates they read (``FULL_DATE``, ``full_date``).

The rules that read them: when the document was published (:mod:`pipeline.extract.doc_publication`), which date
anchors its year-less dates and what kind of document it is (:mod:`pipeline.extract.doc_anchors`), its title
(:mod:`pipeline.extract.doc_titles`).
"""
from __future__ import annotations

import datetime as dt
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
HEAD_LINES = 6  # the lines of the head where a byline, dateline or meta line stands
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



def head_lines(text: str) -> list[str]:
    """The first ``HEAD_LINES`` lines with text, within the first ``HEAD_CHARS`` characters."""
    return [line for line in text[:HEAD_CHARS].splitlines() if line.strip()][:HEAD_LINES]
