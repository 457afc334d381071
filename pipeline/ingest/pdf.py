"""PDF → normalised text with a page number for every character (pdfplumber).

First version: page-by-page ``extract_text``; the layout-aware reader replaces it.
"""
from __future__ import annotations

import io

import pdfplumber

from pipeline.errors import IngestError
from pipeline.ingest.textutil import normalise_text
from pipeline.records import IngestedDocument, Page, Problem, SourceFile


def read_pdf(data: bytes, *, doc_id: str, source: SourceFile, password: str | None = None) -> IngestedDocument:
    parts: list[str] = []
    pages: list[Page] = []
    problems: list[Problem] = []
    offset = 0
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception as exc:  # pdfplumber wraps every parser failure; the layout reader classifies them
        raise IngestError(f"the PDF could not be opened: {exc!r}", error_type="corrupt_pdf") from exc
    with pdf:
        metadata = {k: str(v) for k, v in (pdf.metadata or {}).items() if isinstance(v, (str, bytes, int, float))}
        for number, page in enumerate(pdf.pages, start=1):
            text = normalise_text(page.extract_text() or "")
            if parts:
                parts.append("\n\n")
                offset += 2
            parts.append(text)
            pages.append(Page(number, offset, offset + len(text), "ok" if text.strip() else "blank"))
            offset += len(text)
            page.close()
    text = "".join(parts)
    if not text.strip():
        raise IngestError("the PDF has no text layer (scanned?): OCR needed", error_type="no_text_layer")
    return IngestedDocument(
        doc_id=doc_id,
        source_path=source.rel_path,
        fmt="pdf",
        content_sha256=source.sha256,
        text=text,
        title=metadata.get("Title") or None,
        n_pages=len(pages),
        pages=tuple(pages),
        metadata=metadata,
        problems=tuple(problems),
    )
