"""Document-level facts: type, language, title, publication date.

The publication date comes from the first cue that states it, most explicit first:
``submitted_by_line`` ("Submitted by Lee Gibson on 15 December 2020"), ``published_line`` (a line
starting "Published on …", "Posted on …", "Date of publication: …", also after a short label or the
name of what is published: "No. 14 · Published 6 March 2024", "Summary published on …"), ``issue_line`` ("Issue #3,
July 2015", "Newsletter – March 2018": the first day of that month), ``dated_heading`` (one of the
first lines is nothing but a full date), ``dateline`` (one of the first lines is, or opens with, a news
dateline "Brussels, 14 June 2021"), ``file_name`` ("2019-05-14_news.txt",
"newsletter-2019-04.pdf"), ``email_date_header`` (an e-mail's Date header: below every cue the text
states, above the file name), ``html_metadata`` (a web page's publication date in its markup, read by
htmldate) and ``pdf_metadata`` (the PDF's CreationDate). No cue, no date: never the
run date, never a date merely mentioned in the text.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePosixPath

from spacy.tokens import Doc

from pipeline.extract.rules import Rules
from pipeline.normalise import month_number
from pipeline.records import Block, DocumentInfo, SegmentedDocument

# Problems that are notes (an ``errors`` row) rather than something lost: the document stays "ok".
NOTE_TYPES = {"format_mismatch"}

_EN_FUNCTION_WORDS = {"the", "and", "of", "to", "in", "is", "for", "on", "with", "that", "are", "as", "by", "this", "be", "was", "were", "from"}

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# A full date: "15 December 2020", "15th of December, 2020", "December 15, 2020", "2020-12-15", "15/12/2020".
_FULL_DATE = (rf"{_WEEKDAY}(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>(?:19|20)\d\d)"
              rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
              r"|(?P<y3>(?:19|20)\d\d)-(?P<n3>\d\d)-(?P<d3>\d\d)"
              r"|(?P<d4>\d{1,2})[./](?P<n4>\d{1,2})[./](?P<y4>(?:19|20)\d\d))")
_SUBMITTED = re.compile(rf"^[ \t]*Submitted\s+by\b[^\n]{{0,80}}?\bon\s+{_FULL_DATE}", re.I | re.M)
# The cue may follow a short label ("Newsletter No. 14 · Published 6 March 2024") or name what is
# published ("Summary published on 28 March 2024 by ..."), never a sentence ("The call was published").
_PUBLISHED_LEAD = (r"(?:[^\n]{0,120}?[·|•–—][ \t]*)?"
                   r"(?:(?:[\w’']+[ \t]+)?(?:summary|report|article|newsletter|news|post|story|minutes|notes|document|page)[ \t]+)?")
_PUBLISHED = re.compile(rf"^[ \t*_]*{_PUBLISHED_LEAD}(?:Published|Posted|Released|Date\s+of\s+publication|Publication\s+date)(?:\s+on)?\s*:?\s*{_FULL_DATE}", re.I | re.M)
# One line only: "Issue #3, July 2015", "Newsletter – March 2018", "No. 12 (May 2017)", "Pulse · No. 7 · May 2022".
_ISSUE = re.compile(rf"^[^\n]{{0,60}}\b(?:Issue|Newsletter|Bulletin|Edition|No\.|N°|Nr\.?)[ \t]*(?:#|no\.?[ \t]*)?\d{{0,3}}[ \t]*[,\-–—|:/(·•]?[ \t]*"
                    rf"(?P<m>{_MONTH})[ \t]+(?P<y>(?:19|20)\d\d)\)?[ \t]*$", re.I | re.M)
_HEADING_DATE = re.compile(rf"^[ \t]*{_FULL_DATE}[ \t]*$", re.I)
# "Brussels, 14 June 2021" on its own line, or opening the first paragraph: "Porto, 20 June 2022 – The ...".
# The place is one to three capitalised words (no sentence before it, not 'On Monday'), the date a full day date.
_NOT_PLACE = r"(?!(?:On|In|At|From|Since|By|Until|Till|Before|After|During|Between|Deadline|Dates?|When|Updated)\b)"
_DATELINE = re.compile(rf"^[ \t]*{_NOT_PLACE}(?P<place>[A-Z][\w’'.-]+(?:[ \t][A-Z][\w’'.-]+){{0,2}})(?:[ \t]*\([A-Z][\w ]*\))?,[ \t]+"
                       rf"(?P<date>{_FULL_DATE})[ \t]*(?:$|[–—-][ \t]|:[ \t])", re.M)
_FILE_DAY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>[01]\d)[-_.]?(?P<d>[0-3]\d)(?!\d)")
_FILE_MONTH = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.](?P<m>[01]\d)(?![\d])")
_PDF_DATE = re.compile(r"^(?:D:)?(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)")
_HEAD_CHARS = 3000  # issue lines and dated headings sit at the top of a document
_HEAD_LINES = 6


def guess_language(text: str) -> str | None:
    words = re.findall(r"[a-zA-Z]+", text[:20000].lower())
    if len(words) < 20:
        return None
    share = sum(1 for w in words if w in _EN_FUNCTION_WORDS) / len(words)
    return "en" if share > 0.08 else None


def guess_doc_type(seg: SegmentedDocument) -> str:
    head = seg.doc.text[:3000].lower()
    if "newsletter" in head:
        return "newsletter"
    if any(b.kind == "heading" and re.search(r"key messages|takeaways|conclusions|summary|agenda", seg.doc.text[b.start:b.end], re.I) for b in seg.blocks):
        return "conference_summary"
    if re.search(r"\b(submitted by|published on|posted on|news)\b", head):
        return "news"
    return "other"


def _date(y: str | int, m: str | int, d: str | int = 1) -> dt.date | None:
    month = int(m) if str(m).isdigit() else month_number(str(m))
    try:
        return dt.date(int(y), month, int(d)) if month else None
    except ValueError:
        return None


def _full_date(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    if g.get("y1"):
        return _date(g["y1"], g["m1"], g["d1"])
    if g.get("y2"):
        return _date(g["y2"], g["m2"], g["d2"])
    if g.get("y3"):
        return _date(g["y3"], g["n3"], g["d3"])
    if g.get("y4"):
        return _date(g["y4"], g["n4"], g["d4"])
    return None


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def published_date(text: str, source_path: str, metadata: dict[str, str]) -> tuple[dt.date | None, str | None]:
    """(publication date, the cue that gave it) or (None, None) when nothing states it."""
    for source, pattern, window in (("submitted_by_line", _SUBMITTED, text), ("published_line", _PUBLISHED, text)):
        m = pattern.search(window)
        if m and (value := _full_date(m)):
            return value, source
    head = text[:_HEAD_CHARS]
    m = _ISSUE.search(head)
    if m and (value := _date(m.group("y"), m.group("m"))):
        return value, "issue_line"
    head_lines = [l for l in head.splitlines() if l.strip()][:_HEAD_LINES]
    for line in head_lines:
        m = _HEADING_DATE.match(line)
        if m and (value := _full_date(m)):
            return value, "dated_heading"
    for line in head_lines:
        m = _DATELINE.match(line)
        if m and (value := _full_date(m)):
            return value, "dateline"
    if value := _iso_date(metadata.get("email_date")):
        return value, "email_date_header"
    if value := _iso_date(metadata.get("html_date")):
        return value, "html_metadata"
    stem = PurePosixPath(source_path).name
    m = _FILE_DAY.search(stem)
    if m and (value := _date(m.group("y"), m.group("m"), m.group("d"))):
        return value, "file_name"
    m = _FILE_MONTH.search(stem)
    if m and (value := _date(m.group("y"), m.group("m"))):
        return value, "file_name"
    m = _PDF_DATE.match(str(metadata.get("CreationDate") or "").strip())
    if m and (value := _date(m.group("y"), m.group("m"), m.group("d"))):
        return value, "pdf_metadata"
    return None, None


def guess_title(seg: SegmentedDocument) -> str | None:
    """The format's own title, else the first heading, else the first short line."""
    if seg.doc.title and seg.doc.title.strip():
        return " ".join(seg.doc.title.split())
    text = seg.doc.text
    for b in seg.blocks:
        if b.kind == "heading":
            return " ".join(text[b.start:b.end].split())[:300] or None
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:300] if len(line.strip()) <= 300 else None
    return None


def document_info(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules) -> DocumentInfo:
    """The ``documents`` row facts of one document."""
    doc = seg.doc
    status = "partial" if any(p.error_type not in NOTE_TYPES for p in doc.problems) else "ok"
    published, source = published_date(doc.text, doc.source_path, doc.metadata)
    return DocumentInfo(
        doc_id=doc.doc_id,
        source_path=doc.source_path,
        fmt=doc.fmt,
        content_sha256=doc.content_sha256,
        title=guess_title(seg),
        doc_type=guess_doc_type(seg),
        published_date=published,
        published_date_source=source,
        language=guess_language(doc.text) or "und",
        n_pages=doc.n_pages,
        n_chars=len(doc.text),
        status=status,
        parent_doc_id=doc.metadata.get("parent_doc_id"),
        sender=doc.metadata.get("email_from"),
        author=doc.metadata.get("author"),
        n_pages_ocr=sum(p.status == "ocr" for p in doc.pages) if doc.fmt == "pdf" else None,
    )
