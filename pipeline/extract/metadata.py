"""Document-level facts: type, language, title, publication date.

The publication date comes from the first cue that states it, most explicit first: the text cues of
``doc_cues`` (``submitted_by_line`` "Submitted by Lee Gibson on 15 December 2020", ``published_line``
"Posted on 2nd March 2015 | News", ``date_published_by`` "11 June 2020 - Published by …", ``byline``
"By Jane Doe | 12 March 2024", ``meta_line`` "News · 6 March 2026 · Joensuu", ``dated_heading``,
``dateline`` "BRUSSELS, 4 June 2025 – …", ``closing_dateline`` "Szeged, 20 January 2026" above the
signatures), then ``email_date_header`` (an e-mail's Date header: below every cue the text states) and
``html_metadata`` (a web page's publication date in its markup, read by htmldate), then ``file_name``
("2019-05-14_news.txt", "newsletter-2019-04.pdf") and ``pdf_metadata`` (the PDF's CreationDate). No cue, no date: never the run date, never a date merely mentioned in the text,
never a "Last updated" / "version of" date or an issue month (those only anchor year-less dates).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path, PurePosixPath

from spacy.tokens import Doc

from pipeline.config import DATA_DIR
from pipeline.extract.doc_anchors import NEWS_RULES, document_kind, version_line
from pipeline.extract.doc_cues import HEAD_CHARS, DocCues, date_of, load_doc_cues
from pipeline.extract.doc_publication import publication_from_text
from pipeline.extract.doc_titles import not_a_title, title_from_text
from pipeline.extract.rules import Rules
from pipeline.records import Block, DateMention, DocumentInfo, SegmentedDocument

# Problems that are notes (an ``errors`` row) rather than something lost: the document stays "ok".
NOTE_TYPES = {"format_mismatch"}

_EN_FUNCTION_WORDS = {"the", "and", "of", "to", "in", "is", "for", "on", "with", "that", "are", "as", "by", "this", "be", "was", "were", "from"}

_FILE_DAY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>[01]\d)[-_.]?(?P<d>[0-3]\d)(?!\d)")
_FILE_MONTH = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.](?P<m>[01]\d)(?![\d])")
_PDF_DATE = re.compile(r"^(?:D:)?(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)")


def guess_language(text: str) -> str | None:
    words = re.findall(r"[a-zA-Z]+", text[:20000].lower())
    if len(words) < 20:
        return None
    share = sum(1 for w in words if w in _EN_FUNCTION_WORDS) / len(words)
    return "en" if share > 0.08 else None


def guess_doc_type(seg: SegmentedDocument, data_dir: Path = DATA_DIR) -> str:
    """newsletter | conference_summary | news | other, from cues in the head and the headings (``doc_anchors.document_kind``)."""
    headings = [seg.doc.text[b.start:b.end] for b in seg.blocks if b.kind == "heading"]
    return document_kind(seg.doc.text, headings, load_doc_cues(data_dir))


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def published_date(text: str, source_path: str, metadata: dict[str, str], *,
                   data_dir: Path = DATA_DIR) -> tuple[dt.date | None, str | None]:
    """(publication date, the cue that gave it) or (None, None) when nothing states it."""
    value, source = publication_from_text(text, load_doc_cues(data_dir))
    if value is not None:
        return value, source
    if value := _iso_date(metadata.get("email_date")):
        return value, "email_date_header"
    if value := _iso_date(metadata.get("html_date")):
        return value, "html_metadata"
    stem = PurePosixPath(source_path).name
    m = _FILE_DAY.search(stem)
    if m and (value := date_of(m.group("y"), m.group("m"), m.group("d"))):
        return value, "file_name"
    m = _FILE_MONTH.search(stem)
    if m and (value := date_of(m.group("y"), m.group("m"))):
        return value, "file_name"
    m = _PDF_DATE.match(str(metadata.get("CreationDate") or "").strip())
    if m and (value := date_of(m.group("y"), m.group("m"), m.group("d"))):
        return value, "pdf_metadata"
    return None, None


def own_date_mentions(text: str, info: DocumentInfo, dates: list[DateMention], data_dir: Path = DATA_DIR) -> list[DateMention]:
    """The date mentions that date the document itself, never an event (:func:`pipeline.extract.events.extract_events`
    does not see them): the publication day a news cue of the head gave (``doc_anchors.NEWS_RULES``: "Posted on 3 May
    2024", "News | 28.01.2027", "30/11/2026 · by Ana Ruiz", "By Jane Doe | 12 March 2024"), and the day of a version
    line ("Programme – version of 2 September 2027", "Last updated: 3 May 2024": ``doc_anchors.version_line``), each
    the first mention of that day among the head's characters (the whole text for a CMS footer "Submitted by …
    on …"). Not a dateline (the events know it as such) nor other publication sources: a dated heading or an e-mail header may be the day of the meeting it reports."""
    def first_of(day: dt.date | None, limit: int | None) -> DateMention | None:
        return next((d for d in dates if day is not None and d.precision == "day" and d.start_date == d.end_date == day
                     and (limit is None or d.start < limit)), None)

    own = []
    # (a dateline's date stays: the events read it to know the place before it is where the news was written)
    if info.published_date_source in NEWS_RULES - {"dateline"}:
        own.append(first_of(info.published_date, None if info.published_date_source == "submitted_by_line" else HEAD_CHARS))
    cues = load_doc_cues(data_dir)
    own.append(first_of(version_line(text, cues), HEAD_CHARS))
    if info.published_date_source in ("dateline", "closing_dateline"):
        own.append(_dateline_alone(text, info.published_date, dates, cues, last=info.published_date_source == "closing_dateline"))
    own.append(_after_publication_verb(text, dates, cues))
    return [d for d in own if d is not None]


def _after_publication_verb(text: str, dates: list[DateMention], cues: DocCues) -> DateMention | None:
    """Rule ``publication_verb_day``: the first day of the head said after a publication verb of any language of the cue
    file, with only a label before it on its line ("Publicado el 21 de octubre de 2033 · Comunicación", "*Opublikowano:
    3 marca 2035 r. · Autor: …*"): the day the text was published, even where the publication reader, which knows
    the months' English names only, gave the document no date; the events under it were held days before or after."""
    return next((d for d in dates if d.start < HEAD_CHARS and d.precision == "day" and d.start_date == d.end_date
                 and cues.publication_lead.fullmatch(text, text.rfind("\n", 0, d.start) + 1, d.start)), None)


def _dateline_alone(text: str, day: dt.date | None, dates: list[DateMention], cues: DocCues, last: bool) -> DateMention | None:
    """The publication day of a dateline alone on its line, a place and the date and nothing else, under the title
    ("Brno, 14 October 2027") or above the signatures ("Annecy, 22 April 2027"): the day the text was written, no
    event's (the report under it tells of a meeting held days before). The first such mention of that day (the
    last for a closing dateline). A dateline opening its story ("Brno, 14 October 2027 – The forum …") is left to
    the events, which know it as such."""
    alone = [d for d in dates if day is not None and d.precision == "day" and d.start_date == d.end_date == day
             and cues.closing_dateline.match(_line_of(text, d.start)) is not None]
    return (alone[-1] if last else alone[0]) if alone else None


def _line_of(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:len(text) if end < 0 else end]


def guess_title(seg: SegmentedDocument, data_dir: Path = DATA_DIR) -> str | None:
    """The format's own title (a text file's is its first line) unless that is navigation, an e-mail
    header, a label, a letterhead, a dated cue line or a fragment of prose; else the headline of the text
    (``doc_titles.title_from_text``: the e-mail subject or the first short paragraph that is a title among
    the first lines); else None."""
    cues = load_doc_cues(data_dir)
    own = " ".join((seg.doc.title or "").split())[:300]
    if own and not not_a_title(own, cues):
        return own
    return title_from_text(seg.doc.text, cues)


def document_info(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules) -> DocumentInfo:
    """The ``documents`` row facts of one document."""
    doc = seg.doc
    status = "partial" if any(p.error_type not in NOTE_TYPES for p in doc.problems) else "ok"
    published, source = published_date(doc.text, doc.source_path, doc.metadata, data_dir=rules.data_dir)
    return DocumentInfo(
        doc_id=doc.doc_id,
        source_path=doc.source_path,
        fmt=doc.fmt,
        content_sha256=doc.content_sha256,
        title=guess_title(seg, rules.data_dir),
        doc_type=guess_doc_type(seg, rules.data_dir),
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
