"""What the head of a document says about it besides its publication day: the date its year-less dates are read
against (``anchor_date``: an issue line "Issue 2 · June 2023", which states a month, not a day of publication; a
version line; the year of a yearly report; the first full date of the head) and its kind (``document_kind``). Cue
words: :func:`pipeline.extract.doc_cues.load_doc_cues`.
"""
from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.doc_cues import FULL_DATE, HEAD_CHARS, DocCues, date_of, full_date, head_lines
from pipeline.extract.doc_publication import PUBLICATION_RULES, publication_from_text

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
    for line in head_lines(text):
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
    for line in head_lines(text):
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
