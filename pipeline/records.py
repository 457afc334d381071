"""The typed records that flow between stages.

Every fact carries the document it came from, its character span in that document's normalised
text (``IngestedDocument.text``) and the rule or model that produced it (``rule``). Records are
frozen, hold only plain values (no spaCy objects) and round-trip through JSON
(:func:`to_json` / :func:`document_result_from_json`), which is how per-document results are cached
between runs.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


# --------------------------------------------------------------------------------------------
# ingest
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SourceFile:
    """A file found under the input folder."""

    path: str  # absolute path, only the runner and ingest use it
    rel_path: str  # relative to the input folder, POSIX separators: the analyst-facing name
    fmt: str  # pdf | txt | md | html | docx | eml (what the bytes are, see ingest.sniff)
    size: int
    sha256: str
    member: int | None = None  # an e-mail attachment: its part number in the e-mail at ``path``
    parent_sha256: str = ""  # an e-mail attachment: the e-mail's content hash


@dataclass(frozen=True)
class Problem:
    """Something that went wrong with part or all of one input. Becomes an ``errors`` row."""

    stage: str  # ingest | segment | nlp | extract | normalise | write | run
    error_type: str  # short machine-readable kind: encrypted, no_text_layer, page_failed, timeout, ...
    message: str  # readable sentence saying what happened and, where possible, what to do
    page: int | None = None  # 1-based page number when the problem is one page's


@dataclass(frozen=True)
class Page:
    """One PDF page's slice of the document text (``start``/``end`` are character offsets)."""

    number: int  # 1-based
    start: int
    end: int
    status: str = "ok"  # ok | ocr (text from OCR) | blank | no_text_layer | failed


@dataclass(frozen=True)
class Block:
    """A structural unit of the text: heading, paragraph, list item or a short stand-alone line.

    Ingest may emit blocks as hints when the format knows its structure (Markdown, HTML, PDF font
    sizes); segment produces the final, complete list.
    """

    kind: str  # heading | paragraph | list_item | line
    start: int
    end: int
    level: int = 0  # heading level (1 = top) or list nesting depth
    section: str | None = None  # text of the nearest heading above (segment fills it)
    section_start: int | None = None  # offset of that heading


@dataclass(frozen=True)
class IngestedDocument:
    """One readable input, turned into a single normalised text."""

    doc_id: str
    source_path: str
    fmt: str
    content_sha256: str
    text: str
    title: str | None = None
    n_pages: int | None = None  # PDFs only
    pages: tuple[Page, ...] = ()
    blocks: tuple[Block, ...] = ()  # structure hints, may be empty
    metadata: dict[str, str] = field(default_factory=dict)  # e.g. PDF Title, CreationDate
    problems: tuple[Problem, ...] = ()  # non-fatal: the document is still processed ("partial")


# --------------------------------------------------------------------------------------------
# segment
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class SegmentedDocument:
    doc: IngestedDocument
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]


# --------------------------------------------------------------------------------------------
# extract (mention level, one document at a time)
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonMention:
    doc_id: str
    start: int
    end: int
    text: str  # exactly text[start:end]
    name: str  # cleaned full name (titles removed, line breaks folded); for a short mention, the full name it refers to
    rule: str
    title: str | None = None  # Commissioner, Dr, ... when the mention carried one


@dataclass(frozen=True)
class OrgMention:
    doc_id: str
    start: int
    end: int
    text: str
    name: str  # fullest name known in this document (acronym resolved when the text defines it)
    rule: str
    acronym: str | None = None
    org_type: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class LocationMention:
    doc_id: str
    start: int
    end: int
    text: str
    rule: str
    city: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class DateMention:
    doc_id: str
    start: int
    end: int
    text: str
    start_date: dt.date | None
    end_date: dt.date | None
    precision: str  # day | month | year
    rule: str
    resolved: bool = False  # True when year or anchor came from context (relative / year-less date)


@dataclass(frozen=True)
class EventMention:
    doc_id: str
    start: int
    end: int
    text: str
    name: str
    event_type: str  # conference | forum | matchmaking | webinar | talk | workshop | award | campaign | other
    rule: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    date_precision: str | None = None
    city: str | None = None
    country: str | None = None
    organisers: tuple[str, ...] = ()  # organisation names as written in this document
    edition: int | None = None


@dataclass(frozen=True)
class RoleMention:
    doc_id: str
    start: int
    end: int
    text: str
    person: str  # the person's full name (as in PersonMention.name)
    role: str  # as stated
    rule: str
    organisation: str | None = None  # organisation name as in OrgMention.name


@dataclass(frozen=True)
class KeyMessage:
    doc_id: str
    ordinal: int  # 1-based, in document order
    start: int
    end: int
    text: str
    section: str  # the heading it stands under
    rule: str


@dataclass(frozen=True)
class DocumentInfo:
    """The per-document facts that become a ``documents`` row."""

    doc_id: str
    source_path: str
    fmt: str
    content_sha256: str
    title: str | None
    doc_type: str  # newsletter | conference_summary | news | other
    published_date: dt.date | None
    published_date_source: str | None
    language: str
    n_pages: int | None
    n_chars: int
    status: str  # ok | partial | failed
    parent_doc_id: str | None = None  # an e-mail attachment: the e-mail's doc_id
    sender: str | None = None  # an e-mail's From header
    author: str | None = None  # a web page's author (trafilatura)
    n_pages_ocr: int | None = None  # PDFs: pages whose text came from OCR
    languages: tuple[str, ...] = ()  # languages of the blocks, most text first


@dataclass(frozen=True)
class DocumentResult:
    """Everything extracted from one document; cached per document between runs."""

    info: DocumentInfo
    text: str
    pages: tuple[Page, ...] = ()
    blocks: tuple[Block, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    people: tuple[PersonMention, ...] = ()
    organisations: tuple[OrgMention, ...] = ()
    locations: tuple[LocationMention, ...] = ()
    events: tuple[EventMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    roles: tuple[RoleMention, ...] = ()
    key_messages: tuple[KeyMessage, ...] = ()
    problems: tuple[Problem, ...] = ()
    processing_ms: int | None = None  # how long ingest → extract took (the runner's Worker times it)


@dataclass(frozen=True)
class FailedDocument:
    """An input that could not be processed at all; it becomes a ``documents`` row with status failed."""

    source_path: str
    fmt: str
    content_sha256: str
    problem: Problem
    processing_ms: int | None = None  # how long it ran before failing; None when its worker process died


# --------------------------------------------------------------------------------------------
# JSON round trip (the per-document cache)
# --------------------------------------------------------------------------------------------
def to_json(obj: Any) -> Any:
    """Plain JSON-able structure for a record (dates as ISO strings)."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_json(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    if isinstance(obj, dt.date):
        return obj.isoformat()
    return obj


def _from_json(cls: type, data: dict[str, Any]) -> Any:
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if value is not None and f.type in ("dt.date | None", "dt.date"):
            value = dt.date.fromisoformat(value)
        elif f.type.startswith("tuple[str"):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


_TUPLE_FIELDS: dict[str, type] = {
    "pages": Page,
    "blocks": Block,
    "sentences": Sentence,
    "people": PersonMention,
    "organisations": OrgMention,
    "locations": LocationMention,
    "events": EventMention,
    "dates": DateMention,
    "roles": RoleMention,
    "key_messages": KeyMessage,
    "problems": Problem,
}


def document_result_from_json(data: dict[str, Any]) -> DocumentResult:
    """Inverse of ``to_json(result)``."""
    kwargs: dict[str, Any] = {"info": _from_json(DocumentInfo, data["info"]), "text": data["text"]}
    for name, cls in _TUPLE_FIELDS.items():
        kwargs[name] = tuple(_from_json(cls, item) for item in data.get(name, ()))
    return DocumentResult(**kwargs, processing_ms=data.get("processing_ms"))
