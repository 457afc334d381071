"""Readable reasons for PDF failures, parser warnings as problems, and the pypdf second opinion.

pdfplumber wraps every parser failure in ``PdfminerException``, often with an empty message (a
wrong password) or around a raw ``TypeError`` / ``AssertionError`` from deep inside pdfminer; and
some damaged files open "successfully" with fewer pages, or none. So the cause is unwrapped and
classified here, pdfminer's logged warnings are collected per page, and pypdf (which rebuilds
broken cross-reference tables) gives the page count to check against.
"""
from __future__ import annotations

import io
import logging
import re
from collections import defaultdict
from typing import Iterator

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError

from pipeline.errors import IngestError, PipelineError
from pipeline.records import Problem

# What pypdf raises on damaged files besides its own errors (it is lenient, not defensive).
PYPDF_FAILURES = (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError, AssertionError,
                  ZeroDivisionError, RecursionError, OSError)

# Parser warnings that say nothing about lost text (cosmetic font metrics).
_HARMLESS_WARNINGS = re.compile(r"FontBBox|font descriptor|Unknown cid|Unexpected escape", re.IGNORECASE)
_LOGGERS = ("pdfminer", "pdfplumber")


def root_cause(exc: BaseException) -> BaseException:
    """The exception pdfplumber wrapped (``args[0]`` or the implicit context), else ``exc``."""
    seen = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc.__cause__ or exc.__context__
        if inner is None or type(exc).__name__ not in ("PdfminerException", "PDFException", "PSException"):
            break
        exc = inner
    return exc


def reraise_pipeline_error(exc: BaseException) -> None:
    """A time limit (DocumentTimeout) fired inside pdfminer comes back wrapped: let it through."""
    cause = root_cause(exc)
    if isinstance(cause, PipelineError):
        raise cause
    if isinstance(exc, PipelineError):
        raise exc


def describe(exc: BaseException) -> str:
    """``TypeName: message`` of the root cause, never empty."""
    cause = root_cause(exc)
    msg = str(cause).strip()
    return f"{type(cause).__name__}: {msg}" if msg else type(cause).__name__


def is_password_error(exc: BaseException) -> bool:
    return type(root_cause(exc)).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError", "FileNotDecryptedError", "WrongPasswordError")


def looks_truncated(data: bytes) -> bool:
    """A complete PDF ends with ``startxref`` … ``%%EOF`` within its last kilobyte."""
    tail = data[-1024:]
    return b"%%EOF" not in tail and b"startxref" not in tail


def open_error(exc: BaseException, data: bytes, file_name: str, password: str | None) -> IngestError:
    """The IngestError for a PDF that pdfplumber could not open."""
    if is_password_error(exc):
        if password:
            return IngestError(f"the PDF is encrypted and the password configured for {file_name} in "
                               "CLUSTER_KB_PDF_PASSWORDS is wrong", error_type="encrypted")
        return IngestError(f'the PDF is encrypted: add its password to CLUSTER_KB_PDF_PASSWORDS as "{file_name}=password" '
                           "(several files separated by ;) and run again", error_type="encrypted")
    if looks_truncated(data):
        return IngestError(f"the PDF is truncated (no startxref / %%EOF at the end; {len(data):,} bytes): the download or "
                           f"copy was probably interrupted; replace it with a complete copy ({describe(exc)})",
                           error_type="truncated_pdf")
    return IngestError(f"the PDF is corrupt and could not be opened ({describe(exc)}); try re-saving or repairing it",
                       error_type="corrupt_pdf")


class WarningLog(logging.Handler):
    """Collects pdfminer / pdfplumber warnings while open, keyed by the page being read."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.page: int | None = None
        self.seen: dict[str, list[int | None]] = defaultdict(list)
        self._saved: list[tuple[logging.Logger, bool, int]] = []
        self._null = logging.NullHandler()

    def emit(self, record: logging.LogRecord) -> None:
        msg = " ".join(record.getMessage().split())
        if _HARMLESS_WARNINGS.search(msg):
            return
        # Byte values differ from one occurrence to the next; group by the rest of the sentence.
        key = re.sub(r"/b'.*?' ", "/… ", msg.removeprefix("[WARNING] "))[:160]
        self.seen[key].append(self.page)

    def __enter__(self) -> "WarningLog":
        for name in _LOGGERS + ("pypdf",):
            logger = logging.getLogger(name)
            # Captured warnings become errors rows; keep them off the console. The level is set so
            # that warnings are seen whatever logging set-up the caller has (and debug is skipped).
            self._saved.append((logger, logger.propagate, logger.level))
            logger.propagate = False
            logger.setLevel(logging.WARNING)
            # pypdf's own complaints concern the repair we report anyway: silenced, not recorded.
            logger.addHandler(self if name != "pypdf" else self._null)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for logger, propagate, level in self._saved:
            logger.propagate = propagate
            logger.setLevel(level)
            logger.removeHandler(self)
            logger.removeHandler(self._null)
        self._saved.clear()

    def problem(self) -> Problem | None:
        """One problem summarising every warning (pages listed), or None."""
        if not self.seen:
            return None
        parts, pages_all = [], set()
        for msg, pages in self.seen.items():
            nums = sorted({p for p in pages if p is not None})
            pages_all.update(nums)
            where = f" (page {', '.join(map(str, nums[:10]))}{', …' if len(nums) > 10 else ''})" if nums else ""
            parts.append(f"{msg} ×{len(pages)}{where}")
        text = "; ".join(parts)
        if len(text) > 600:
            text = text[:600].rsplit(";", 1)[0] + "; …"
        page = next(iter(pages_all)) if len(pages_all) == 1 else None
        return Problem("ingest", "pdf_warning", f"the PDF parser reported problems, some text may be missing: {text}", page)


# --------------------------------------------------------------------------------------------
# pypdf: second opinion and repair
# --------------------------------------------------------------------------------------------
def pypdf_reader(data: bytes, password: str | None):
    """A lenient pypdf reader (decrypted when needed), or None when pypdf cannot read the file either."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(password or ""):
            return None
        len(reader.pages)  # forces the page tree walk, which is where broken files fail
        return reader
    except PYPDF_FAILURES:
        return None


def rebuilt_pdf(reader) -> bytes | None:
    """The pages re-written into a fresh file with a clean cross-reference table (no old /Info)."""
    try:
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except PYPDF_FAILURES:
        return None


def pypdf_page_texts(reader) -> Iterator[tuple[str | None, str | None]]:
    """(text, error) for every page, in order: plain pypdf extraction, no column analysis."""
    for page in reader.pages:
        try:
            yield page.extract_text() or "", None
        except PYPDF_FAILURES as exc:
            yield None, describe(exc)


def pypdf_metadata(reader) -> dict[str, str]:
    try:
        info = reader.metadata or {}
        return {str(k).lstrip("/"): str(v) for k, v in info.items() if isinstance(v, (str, int, float))}
    except PYPDF_FAILURES:
        return {}
