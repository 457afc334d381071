"""PDF → one normalised text with a page for every character, read column by column.

pdfplumber opens the file and pdfminer lays out each page; :mod:`.objects` takes the characters
from that layout tree; :mod:`.layout` puts each page's text in reading order;
:mod:`.assemble` removes running headers, footers and page numbers and mends hyphenation;
:mod:`.diagnose` turns parser failures into readable errors and checks the page count against
pypdf, which also rebuilds files whose cross-reference table is broken. Pages are read one at a
time and closed, so long reports stay in bounded memory.

Nothing is lost silently: a page that fails, has no text layer or whose pages had to be recovered
becomes a :class:`Problem` (the document is then "partial"); a file with no readable text at all
raises :class:`IngestError`.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

import pdfplumber

from pipeline.errors import IngestError
from pipeline.ingest.pdf.assemble import (
    body_size,
    join_lines,
    mend_page_breaks,
    page_text,
    running_lines,
    title_from_layout,
)
from pipeline.ingest.pdf.diagnose import (
    PYPDF_FAILURES,
    WarningLog,
    describe,
    open_error,
    pypdf_metadata,
    pypdf_page_texts,
    pypdf_reader,
    rebuilt_pdf,
    reraise_pipeline_error,
)
from pipeline.ingest.pdf.layout import PageLayout, read_page_layout
from pipeline.ingest.pdf.limits import ContentBudget, ContentTooLarge, PdfLimits
from pipeline.ingest.pdf.objects import page_chars
from pipeline.ingest.textutil import normalise_text
from pipeline.records import IngestedDocument, Page, Problem, SourceFile

__all__ = ["read_pdf"]


@dataclass(frozen=True)
class _PageRead:
    layout: PageLayout | None  # None when the page failed
    has_images: bool = False
    error: str | None = None
    text: str | None = None  # set when the text came from the pypdf fallback
    refused: bool = False  # over a size limit: not read, and not retried with pypdf either


@dataclass(frozen=True)
class _Reading:
    pages: tuple[_PageRead, ...]
    metadata: dict[str, str]


def _clean_metadata(raw: dict) -> dict[str, str]:
    out = {}
    for key, value in (raw or {}).items():
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if isinstance(value, (str, int, float)) and str(value).strip():
            out[str(key)] = " ".join(str(value).split())[:500]
    return out


def _read_pages(pdf: pdfplumber.PDF, log: WarningLog, limits: PdfLimits) -> Iterator[_PageRead]:
    budget = ContentBudget(limits)
    for number, page in enumerate(pdf.pages, start=1):
        log.page = number
        try:
            budget.check(page.page_obj)
        except ContentTooLarge as exc:
            page.close()
            yield _PageRead(None, error=str(exc), refused=True)
            continue
        try:
            chars, has_images = page_chars(page)
            layout = read_page_layout(chars, float(page.width), float(page.height))
        except Exception as exc:  # noqa: BLE001 - pdfminer raises arbitrary types (TypeError, AssertionError) from damaged pages; the page is recorded as failed and the others go on
            reraise_pipeline_error(exc)
            yield _PageRead(None, error=describe(exc))
        else:
            yield _PageRead(layout, has_images)
        finally:
            page.close()
    log.page = None


def _read_with_pdfplumber(data: bytes, password: str | None, log: WarningLog, limits: PdfLimits) -> _Reading:
    """Raises whatever pdfplumber raises on open; page failures are recorded per page."""
    with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
        metadata = _clean_metadata(pdf.metadata)
        pages = tuple(_read_pages(pdf, log, limits))
    return _Reading(pages, metadata)


def _read_with_pypdf(reader) -> _Reading:
    pages = []
    for text, error in pypdf_page_texts(reader):
        if text is None:
            pages.append(_PageRead(None, error=error))
        else:
            pages.append(_PageRead(PageLayout((), 0.0, 1, 0), has_images=False, text=text))
    return _Reading(tuple(pages), pypdf_metadata(reader))


def _plain_text(raw: str) -> str:
    """pypdf text (no layout information): hyphenation mended, normalised."""
    lines = [line.strip() for line in normalise_text(raw).split("\n")]
    return normalise_text(join_lines([line for line in lines if line]))


def read_pdf(data: bytes, *, doc_id: str, source: SourceFile, password: str | None = None,
             limits: PdfLimits = PdfLimits()) -> IngestedDocument:
    """Read a PDF into an IngestedDocument; raises IngestError when no text can be had at all."""
    file_name = Path(source.rel_path).name
    if b"%PDF-" not in data[:1024]:
        raise IngestError("the file is not a PDF (no %PDF- header at the start), although its name ends in .pdf",
                          error_type="not_a_pdf")
    problems: list[Problem] = []
    with WarningLog() as log:
        try:
            reading = _read_with_pdfplumber(data, password, log, limits)
        except Exception as exc:  # noqa: BLE001 - pdfplumber wraps every parser failure; classified below
            reraise_pipeline_error(exc)
            error = open_error(exc, data, file_name, password)
            reader = None if error.error_type != "corrupt_pdf" else pypdf_reader(data, password)
            if reader is None or not len(reader.pages):
                raise error from exc
            reading, how = _repaired(reader, log, limits)
            problems.append(Problem("ingest", "corrupt_pdf", f"{error.message}; {how}: check the text"))
        else:
            reader = pypdf_reader(data, password)
            expected = len(reader.pages) if reader is not None else 0
            if expected > len(reading.pages):
                found = len(reading.pages)
                reading, how = _repaired(reader, log, limits)
                problems.append(Problem("ingest", "page_count_mismatch",
                                        f"the PDF parser found only {found} of {expected} pages (damaged cross-reference "
                                        f"table); {how}: check the text"))
        if reader is not None and len(reader.pages) == len(reading.pages):
            reading = _with_recovered_pages(reading, reader)
        doc = _document(reading, doc_id, source, problems)
        warning = log.problem()
    if warning is not None:
        doc = replace(doc, problems=doc.problems + (warning,))
    return doc


def _with_recovered_pages(reading: _Reading, reader) -> _Reading:
    """Failed pages retried with pypdf's own parser (text without column order) where it can."""
    pages = list(reading.pages)
    for i, page in enumerate(pages):
        if page.layout is not None or page.refused:
            continue
        try:
            text = reader.pages[i].extract_text() or ""
        except PYPDF_FAILURES:
            continue  # the page stays failed, with pdfplumber's reason
        if text.strip():
            pages[i] = _PageRead(PageLayout((), 0.0, 1, 0), error=page.error, text=text)
    return replace(reading, pages=tuple(pages))


def _repaired(reader, log: WarningLog, limits: PdfLimits) -> tuple[_Reading, str]:
    """Re-read the pages pypdf sees: rebuilt file through pdfplumber, else pypdf's own text.
    Returns the reading and how it was made (for the problem's message)."""
    rebuilt = rebuilt_pdf(reader)
    if rebuilt is not None:
        try:
            reading = _read_with_pdfplumber(rebuilt, None, log, limits)
        except Exception as exc:  # noqa: BLE001 - same wrapped parser failures as on first open
            reraise_pipeline_error(exc)
        else:
            if len(reading.pages) == len(reader.pages):
                return (replace(reading, metadata=reading.metadata or pypdf_metadata(reader)),
                        "the file was rebuilt with pypdf and re-read")
    return _read_with_pypdf(reader), "the text was read with pypdf, without column order"


def _document(reading: _Reading, doc_id: str, source: SourceFile, problems: list[Problem]) -> IngestedDocument:
    if not reading.pages:
        raise IngestError("the PDF has no pages that could be found (its page tree is probably damaged)",
                          error_type="corrupt_pdf")
    running = running_lines([p.layout for p in reading.pages if p.layout is not None])
    texts: list[str] = []
    statuses: list[str] = []
    cid_pages: dict[int, int] = {}
    for number, page in enumerate(reading.pages, start=1):
        if page.layout is None:
            texts.append("")
            statuses.append("failed")
            problems.append(Problem("ingest", "content_too_large" if page.refused else "page_failed",
                                    f"page {number} could not be read ({page.error}); its text is missing", number))
            continue
        if page.text is not None:
            text, n_cid = _plain_text(page.text), 0
            if page.error:
                problems.append(Problem("ingest", "page_failed", f"page {number} could not be read ({page.error}); its "
                                        "text was recovered with pypdf, without column order: check it", number))
        else:
            text, n_cid = page_text(page.layout, running)
        if n_cid:
            cid_pages[number] = n_cid
        texts.append(text)
        # A page whose only text was a running header beside a figure has a text layer: "ok".
        if text.strip() or page.layout.paragraphs:
            statuses.append("ok")
        elif page.has_images:
            statuses.append("no_text_layer")
        else:
            statuses.append("blank")
    texts = mend_page_breaks(texts)
    n = len(statuses)
    scanned = [i + 1 for i, s in enumerate(statuses) if s == "no_text_layer"]
    blank = [i + 1 for i, s in enumerate(statuses) if s == "blank"]
    if "ok" not in statuses:
        if scanned:
            blanks = f"; page(s) {_pages(blank)} blank" if blank else ""
            raise IngestError(f"the PDF has no text layer (scanned?): page(s) {_pages(scanned)} of {n} hold only images"
                              f"{blanks}; it needs OCR, which cluster-kb does not do", error_type="no_text_layer")
        if blank and len(blank) == n:
            raise IngestError(f"all {n} pages of the PDF are blank", error_type="no_text")
        refused = all(p.refused for p in reading.pages if p.layout is None)
        raise IngestError(f"no page of the PDF could be read ({problems[-1].message})",
                          error_type="content_too_large" if refused else "corrupt_pdf")
    for number in scanned:
        problems.append(Problem("ingest", "no_text_layer",
                                f"page {number} has images but no text layer (scanned?): OCR needed, its text is missing", number))
    if cid_pages:
        total = sum(cid_pages.values())
        problems.append(Problem("ingest", "low_text_quality",
                                f"{total} glyph(s) without a Unicode mapping ((cid:NN) placeholders) were removed on "
                                f"page(s) {_pages(sorted(cid_pages))}: the text there is incomplete",
                                next(iter(cid_pages)) if len(cid_pages) == 1 else None))
    parts: list[str] = []
    pages: list[Page] = []
    offset = 0
    for number, (text, status) in enumerate(zip(texts, statuses), start=1):
        if number > 1:
            parts.append("\n\n")
            offset += 2
        parts.append(text)
        pages.append(Page(number, offset, offset + len(text), status))
        offset += len(text)
    text = "".join(parts)
    if not text.strip():
        with_images = any(p.has_images for p in reading.pages)
        raise IngestError("the PDF has no text besides repeated headers or footers"
                          + ("; its images need OCR, which cluster-kb does not do" if with_images else ""),
                          error_type="no_text_layer" if with_images else "no_text")
    first = reading.pages[0].layout  # a title is on page 1 or not known from the layout
    body = body_size([p.layout for p in reading.pages[:8] if p.layout is not None])
    title = (title_from_layout(first, body) if first is not None else None) or _metadata_title(reading.metadata)
    if title is None:
        title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return IngestedDocument(
        doc_id=doc_id,
        source_path=source.rel_path,
        fmt="pdf",
        content_sha256=source.sha256,
        text=text,
        title=title[:300] if title else None,
        n_pages=n,
        pages=tuple(pages),
        metadata=reading.metadata,
        problems=tuple(problems),
    )


def _metadata_title(metadata: dict[str, str]) -> str | None:
    """The Title field, unless it is only a file name ("Microsoft Word - draft3.doc")."""
    title = metadata.get("Title", "").strip()
    lowered = title.lower()
    if not title or lowered.startswith(("microsoft word", "untitled")) or lowered.endswith((".doc", ".docx", ".pdf", ".indd", ".qxd")):
        return None
    return title


def _pages(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:15]))
    return shown + (f" and {len(numbers) - 15} more" if len(numbers) > 15 else "")
