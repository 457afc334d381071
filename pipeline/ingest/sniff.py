"""A file's format from its bytes (magic numbers), not from its name.

``sniff_format`` names what the bytes are: ``pdf`` (``%PDF-`` near the start), ``docx`` (a ZIP whose
members include ``word/document.xml``), ``zip`` (any other ZIP), ``doc`` (an OLE2 compound file: legacy
Word and other old Office files), ``html`` (a doctype or ``<html>`` at the start), ``eml`` (RFC 5322
header lines at the start), or ``None`` when nothing in the bytes says (plain text and Markdown cannot
be told apart by bytes: the name decides between them).

``format_of_file`` decides how one file is read: the bytes win over the extension; ``format_note`` is
the note for a file whose extension says otherwise (an ``errors`` row of type ``format_mismatch``; the
document is still read in full, and ``documents.format`` says what it was read as).
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path, PurePosixPath

from pipeline.records import Problem

_PDF = b"%PDF-"
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS = (b"\xef\xbb\xbf",)
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])", re.I | re.S)
# The first header lines of a stored e-mail ("From: …", "Received: …", "MIME-Version: 1.0"); mbox files
# start with a "From " envelope line.
_HEADER_LINE = re.compile(rb"^(?:[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]*\S?.*|[ \t]+\S.*)$")
_MAIL_HEADERS = {b"from", b"to", b"subject", b"date", b"received", b"return-path", b"message-id", b"mime-version",
                 b"content-type", b"delivered-to", b"reply-to", b"cc", b"sender"}
_MACHINE_HEADERS = {b"received", b"return-path", b"message-id", b"mime-version", b"delivered-to", b"content-type"}
_HEAD = 4096

# What each sniffed format is called for a reader (None: keep the extension's text format).
_READABLE = {"pdf": "pdf", "docx": "docx", "html": "html", "eml": "eml"}
_BINARY_FORMATS = {"pdf", "docx", "eml"}
_NAMES = {"pdf": "a PDF", "docx": "a Word (.docx) document", "doc": "a legacy Word (.doc) or other OLE2 Office file",
          "zip": "a ZIP archive", "html": "an HTML page", "eml": "an e-mail message", "txt": "plain text",
          "md": "Markdown text"}


def _looks_like_email(head: bytes) -> bool:
    lines = head.lstrip(b"\xef\xbb\xbf").split(b"\n")
    if lines and lines[0].startswith(b"From "):
        lines = lines[1:]  # mbox envelope line "From jane@example.org Mon Jan  1 ..."
    known = 0
    machine = 0
    n = 0
    for raw in lines[:40]:
        line = raw.rstrip(b"\r")
        if not line.strip():
            break  # the end of the header block
        if not _HEADER_LINE.match(line):
            return False
        n += 1
        name = line.split(b":", 1)[0].strip().lower()
        known += name in _MAIL_HEADERS
        machine += name in _MACHINE_HEADERS
    # A memo that opens "From: … / To: … / Subject: …" is text; a stored message also has the headers
    # mail software writes (MIME-Version, Received, Message-ID, …).
    return n >= 2 and known >= 2 and machine >= 1


def sniff_format(data: bytes) -> str | None:
    """What the bytes are (see the module docstring), or None when they do not say."""
    head = data[:_HEAD]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
    if _PDF in data[:1024]:
        return "pdf"
    if head.startswith(_ZIP):
        return _zip_kind(data)
    if head.startswith(_OLE2):
        return "doc"
    if _HTML_START.match(head):
        return "html"
    if _looks_like_email(head):
        return "eml"
    return None


def format_of_file(path: Path, ext_fmt: str | None) -> str | None:
    """The format a file is read as: what its bytes say, else its extension's (``txt``/``md`` for text);
    None for a file neither its bytes nor its name make readable (it is listed as unsupported).

    A file whose extension names a readable format but whose bytes are a ZIP or OLE2 file of another kind
    keeps ``zip``/``doc``, so that reading it fails with a reason rather than being listed as unsupported.
    """
    with path.open("rb") as fh:
        head = fh.read(_HEAD)
    if head.startswith(_ZIP):
        sniffed = _zip_kind(path)
    else:
        sniffed = sniff_format(head)
    if sniffed in _READABLE:
        return _READABLE[sniffed]
    if sniffed is not None:  # doc / zip
        return sniffed if ext_fmt is not None else None
    if ext_fmt in _BINARY_FORMATS:
        return "txt"  # named .pdf / .docx / .eml but text: read as text (the text reader rejects binary)
    return ext_fmt


def _zip_kind(source: Path | bytes) -> str:
    try:
        with zipfile.ZipFile(source if isinstance(source, Path) else io.BytesIO(source)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "zip"
    return "docx" if "word/document.xml" in names else "zip"


def format_note(rel_path: str, fmt: str) -> Problem | None:
    """An ``errors`` note when the file's extension names another format than the one its bytes have."""
    from pipeline.config import SUPPORTED_EXTENSIONS

    ext_fmt = SUPPORTED_EXTENSIONS.get(PurePosixPath(rel_path).suffix.lower())
    if ext_fmt is None or ext_fmt == fmt or (ext_fmt == "md" and fmt == "txt"):
        return None
    return Problem("ingest", "format_mismatch",
                   f"the file is named as {_NAMES.get(ext_fmt, ext_fmt)} but its bytes are {_NAMES.get(fmt, fmt)}: "
                   f"read as {_NAMES.get(fmt, fmt)}")
