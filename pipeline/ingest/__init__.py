"""Stage 1, ingest: find input files and turn each into one normalised text.

Only this stage reads input files. ``discover`` lists what is there; ``ingest_document`` turns one
file's bytes into an :class:`IngestedDocument` or raises :class:`IngestError` with a readable reason.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

from pipeline.config import SUPPORTED_EXTENSIONS, Settings
from pipeline.errors import IngestError
from pipeline.ingest.names import readable_name
from pipeline.ingest.sniff import format_note, format_of_file
from pipeline.ingest.textutil import normalise_text
from pipeline.records import IngestedDocument, SourceFile

__all__ = ["discover", "read_bytes", "ingest_document", "doc_id_for", "UnreadableFile", "UnsupportedFile", "unsupported_reason"]


# Formats recognised from their bytes that are not read, with what to do about them.
_SAVE_AS_DOCX = "save it as .docx (Word: File > Save As) or as PDF to have it processed"
UNREADABLE_FORMATS = {
    "doc": f"a legacy Word (.doc) or other OLE2 Office file: not read; {_SAVE_AS_DOCX}",
    "zip": "a ZIP archive that is not a Word (.docx) document (or a damaged one): not read",
}


class UnsupportedFile(SourceFile):
    """Marker type for files with an extension we do not read (listed in the summary)."""


@dataclass(frozen=True)
class UnreadableFile(UnsupportedFile):
    """A file that could not even be looked at while the folder was listed (no permission, vanished,
    an I/O error): recorded in ``errors`` with ``reason``; the run goes on with the others."""

    reason: str = ""


def unsupported_reason(rel_path: str) -> str:
    """Why a file listed as unsupported was not read (its ``errors`` message)."""
    if PurePosixPath(rel_path).suffix.lower() == ".doc":
        return f"not read: legacy Word (.doc) files are not supported; {_SAVE_AS_DOCX}"
    kinds = ", ".join(sorted(SUPPORTED_EXTENSIONS))
    return f"not read: only {kinds} files (and files whose bytes are a PDF or an HTML page) are processed"


def doc_id_for(content_sha256: str) -> str:
    """Document ids come from the content hash, so renaming a file keeps its id."""
    return content_sha256[:16]


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def discover(input_dir: Path, known: Callable[[str, "os.stat_result"], tuple[str, str] | None] | None = None) -> Iterator[SourceFile]:
    """Every file under ``input_dir`` (recursively, sorted by relative path, hidden files skipped).

    Supported files come out as :class:`SourceFile`, others as :class:`UnsupportedFile` so the
    runner can list them instead of silently ignoring them. ``rel_path`` is the readable, lossless
    form of the name (:func:`pipeline.ingest.names.readable_name`); ``path`` opens the file.
    ``known(rel_path, stat)``: the (format, sha256) an earlier listing found for a file that has not
    changed since, or None; such a file is not read again (see :mod:`pipeline.run.input_stats`).
    """
    root = input_dir.resolve()
    paths = sorted(p for p in root.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts))
    for path in paths:
        rel = readable_name(path.relative_to(root).as_posix())  # names that are not UTF-8: escaped, see names.py
        if rel == "README.md" or rel.endswith("/README.md"):
            continue  # folder documentation, not a document
        try:
            st = path.stat()
            hit = known(rel, st) if known is not None else None
            if hit is not None:
                yield SourceFile(str(path), rel, hit[0], st.st_size, hit[1])
                continue
            fmt = format_of_file(path, SUPPORTED_EXTENSIONS.get(path.suffix.lower()))  # the bytes decide
            size = st.st_size
            if fmt is None:
                yield UnsupportedFile(str(path), rel, readable_name(path.suffix.lower()) or "(none)", size, "")
                continue
            source = SourceFile(str(path), rel, fmt, size, _sha256_file(path))
        except OSError as exc:  # no permission, vanished since the listing, an I/O error: one file, not the run
            yield UnreadableFile(str(path), rel, "(unreadable)", 0, "", reason=f"could not be read: {exc.strerror or exc}")
            continue
        yield source
        if fmt == "eml":
            yield from _attachment_sources(source)


def _attachment_sources(mail: SourceFile) -> Iterator[SourceFile]:
    """An e-mail's readable attachments, each a document of its own ("news.eml#report.pdf")."""
    from pipeline.ingest.email import UNPARSABLE, attachments

    try:
        found = attachments(Path(mail.path).read_bytes())
    except UNPARSABLE:
        return  # a message too damaged to list its parts: reading it says what is wrong
    for index, name, fmt, payload in found:
        yield SourceFile(mail.path, f"{mail.rel_path}#{name}", fmt, len(payload), hashlib.sha256(payload).hexdigest(),
                         member=index, parent_sha256=mail.sha256)


def read_bytes(source: SourceFile) -> bytes:
    data = Path(source.path).read_bytes()
    if source.member is not None:
        from pipeline.ingest.email import attachment_bytes

        return attachment_bytes(data, source.member)
    return data


def ingest_document(source: SourceFile, data: bytes, settings: Settings) -> IngestedDocument:
    """Read one file's bytes into a normalised document; raises IngestError when nothing is readable."""
    if not data:
        raise IngestError("the file is empty (0 bytes)", error_type="empty_file")
    doc = _read_format(source, data, settings)
    note = format_note(source.rel_path, source.fmt)
    if note:
        doc = replace(doc, problems=(note, *doc.problems))
    if source.parent_sha256:
        doc = replace(doc, metadata={**doc.metadata, "parent_doc_id": doc_id_for(source.parent_sha256)})
    return doc


def _read_format(source: SourceFile, data: bytes, settings: Settings) -> IngestedDocument:
    doc_id = doc_id_for(source.sha256)
    if source.fmt == "pdf":
        from pipeline.ingest.ocr import read_pdf_with_ocr

        password = settings.pdf_passwords.get(Path(source.rel_path).name)
        return read_pdf_with_ocr(data, doc_id=doc_id, source=source, password=password, settings=settings)
    if source.fmt in UNREADABLE_FORMATS:
        raise IngestError(UNREADABLE_FORMATS[source.fmt], error_type="unsupported_format")
    if source.fmt == "docx":
        from pipeline.ingest.docx import read_docx

        return _document(source, *read_docx(data))
    if source.fmt == "eml":
        from pipeline.ingest.email import read_email

        return _document(source, *read_email(data, settings.data_dir))
    from pipeline.ingest.textutil import decode_text

    raw = decode_text(data)
    if source.fmt == "md":
        from pipeline.ingest.markdown import read_markdown

        text, blocks, title = read_markdown(raw)
    elif source.fmt == "html":
        from pipeline.ingest.webpage import read_web_page

        return _document(source, *read_web_page(raw))
    else:
        from pipeline.ingest.pdf.assemble import join_lines
        from pipeline.ingest.text_tables import pipe_text_tables

        # Plain text is often a PDF's text saved as it was laid out: a word broken at a line end ("ko-" / "kouksessa",
        # "inno-" / "vation") is mended as the PDF reader mends it, and the rest of the next line joins its line; before a
        # capital or a digit the hyphen stays.
        text = join_lines(pipe_text_tables(raw).split("\n"), _suspension_words(settings.data_dir), whole=True)
        text, blocks, title = normalise_text(text), (), None
    return _document(source, text, blocks, title)


@lru_cache(maxsize=4)
def _suspension_words(data_dir: Path) -> frozenset[str]:
    """The words before which a line-end hyphen stays (``data/hyphen_suspension_words.csv``: "und", "and", "ja")."""
    from pipeline.data_files import data_table

    return frozenset(row["word"].lower() for row in data_table(data_dir / "hyphen_suspension_words.csv")[1])


def _document(source: SourceFile, text: str, blocks, title: str | None, metadata: dict[str, str] | None = None) -> IngestedDocument:
    if not text.strip():
        raise IngestError("the file contains no text", error_type="no_text")
    if title is None:
        title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return IngestedDocument(
        doc_id=doc_id_for(source.sha256),
        source_path=source.rel_path,
        fmt=source.fmt,
        content_sha256=source.sha256,
        text=text,
        title=title[:300] if title else None,
        blocks=tuple(blocks),
        metadata=dict(metadata or {}),
    )
