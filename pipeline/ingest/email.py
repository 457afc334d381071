"""E-mail (.eml) → normalised text, with the standard library's ``email`` package (modern policy).

The HTML part is preferred over plain text and read through the HTML reader; the subject is the
title; the sender and the Date header go into the document's metadata (``email_from``,
``email_date``: a publication-date source ranked below any date the text states), and the Date header
opens the text as its own line ("Date: Tue, 14 Mar 2034 09:12:00 +0100"), as the quoted messages' date
lines stay in it: the day a message was sent is a date the message states, found, with its span, by the
same date rules as any other (only a header that parses as a date; the line is not shown when the message
has no text). The earlier messages
of a thread, quoted under a reply or forwarded, are text like the message's own, without the lines that
mark them and their header blocks (``email_thread``: the rules for quoted messages and signatures);
footers (unsubscribe, "view in browser": the smallest block holding such a cue) are left out. The cues
are data (``email_quote_cues.txt``, ``email_footer_cues.txt``).

Attachments of a readable format (PDF, Word .docx, HTML: decided by their bytes) are documents of
their own: ``attachments`` lists them and ``attachment_bytes`` gives one back by its index.
"""
from __future__ import annotations

import re
from dataclasses import replace
from email import policy
from email.errors import MessageError
from email.message import EmailMessage
from email.parser import BytesParser
from functools import lru_cache
from pathlib import Path

from bs4 import BeautifulSoup

from pipeline.data_files import data_lines
from pipeline.errors import IngestError
from pipeline.ingest.builder import TextBuilder
from pipeline.ingest.email_thread import thread_cues, thread_pieces, unquote
from pipeline.ingest.textutil import normalise_text
from pipeline.records import Block

DATE_LINE_LABEL = "Date: "  # the header's own name (RFC 5322), as mail programs show it

ATTACHMENT_FORMATS = ("pdf", "docx", "html")
# What the email package raises on a message too damaged to walk (it is lenient: most damage is a defect).
UNPARSABLE = (MessageError, ValueError, LookupError, TypeError, AttributeError, UnicodeError)
_FOOTER_MAX_CHARS = 400  # a longer block holding a cue is content that mentions it, not a footer


@lru_cache(maxsize=4)
def _footer_cues(data_dir: Path) -> re.Pattern[str]:
    alternatives = data_lines(data_dir / "email_footer_cues.txt")
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.I) if alternatives else re.compile(r"(?!)")


def parse(data: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(data)


def _leaves(part: EmailMessage):
    """Every non-container part, not descending into attached e-mails (message/rfc822: forwarded)."""
    if part.get_content_maintype() == "multipart":
        for sub in part.iter_parts():
            yield from _leaves(sub)
    elif part.get_content_type() != "message/rfc822":
        yield part


def attachments(data: bytes) -> list[tuple[int, str, str, bytes]]:
    """(index, file name, format, bytes) of each attachment whose bytes are a PDF, .docx or HTML page."""
    from pipeline.ingest.sniff import sniff_format

    msg = parse(data)
    body = msg.get_body(preferencelist=("html", "plain"))
    found: list[tuple[int, str, str, bytes]] = []
    used: set[str] = set()
    for index, part in enumerate(_leaves(msg)):
        if part is body or not (part.get_filename() or part.get_content_disposition() == "attachment"):
            continue
        payload = part.get_payload(decode=True) or b""
        fmt = sniff_format(payload) if payload else None
        if fmt not in ATTACHMENT_FORMATS:
            continue
        name = (part.get_filename() or f"attachment-{index}.{fmt}").replace("/", "_").replace("#", "_")
        if name in used:
            name = f"{index}-{name}"
        used.add(name)
        found.append((index, name, fmt, payload))
    return found


def attachment_bytes(data: bytes, index: int) -> bytes:
    """The decoded bytes of the attachment numbered ``index`` (see :func:`attachments`)."""
    for i, part in enumerate(_leaves(parse(data))):
        if i == index:
            return part.get_payload(decode=True) or b""
    raise KeyError(f"the e-mail has no attachment number {index}")


def _header(msg: EmailMessage, name: str) -> str | None:
    try:
        value = msg[name]
    except (ValueError, IndexError, TypeError):  # a malformed header the policy cannot parse
        return None
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _date_header(msg: EmailMessage) -> str | None:
    try:
        value = msg["date"]
        stamp = getattr(value, "datetime", None)
    except (ValueError, IndexError, TypeError):
        return None
    return stamp.date().isoformat() if stamp is not None else None


def _with_date_line(msg: EmailMessage, text: str, blocks: tuple[Block, ...]) -> tuple[str, tuple[Block, ...]]:
    """The text with the message's Date header as its first line (a block of its own when the text has
    blocks): only a header that parses as a date, and only above some text."""
    raw = _header(msg, "date")
    if raw is None or _date_header(msg) is None or not text.strip():
        return text, blocks
    line = DATE_LINE_LABEL + raw
    shift = len(line) + 2
    if blocks:
        blocks = (Block("line", 0, len(line), 0),
                  *(replace(b, start=b.start + shift, end=b.end + shift) for b in blocks))
    return f"{line}\n\n{text}", blocks


def _plain_text(raw: str, data_dir: Path) -> str:
    lines = [unquote(line) for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept = thread_pieces(lines, thread_cues(data_dir))
    paragraphs = re.split(r"\n[ \t]*\n", "\n".join(kept.values()))
    footer = _footer_cues(data_dir)
    body = [p for p in paragraphs if not (footer.search(p) and len(p.strip()) <= _FOOTER_MAX_CHARS)]
    return normalise_text("\n\n".join(body))


def _html_text(content: str, data_dir: Path) -> tuple[str, tuple[Block, ...]]:
    """The HTML reader's blocks of the thread's text, without footer blocks (see ``email_thread``). The
    elements mail programs wrap quoted messages in are read as the blocks they hold (a ``blockquote``
    as a ``div``: Apple Mail and Gmail put a whole message in one)."""
    from pipeline.ingest.html import read_html

    soup = BeautifulSoup(content, "lxml")
    for el in soup.select("blockquote"):
        el.name = "div"
    text, blocks, _ = read_html(str(soup))
    kept = thread_pieces([text[b.start:b.end] for b in blocks], thread_cues(data_dir))
    footer = _footer_cues(data_dir)
    out = TextBuilder()
    previous_end = 0
    for i, b in enumerate(blocks):
        marker = text[previous_end:b.start].lstrip("\n")
        previous_end = b.end
        piece = kept.get(i)
        if piece and piece.strip() and not (footer.search(piece) and len(piece) <= _FOOTER_MAX_CHARS):
            out.add_block(b.kind, piece, level=b.level, marker=marker)
    return out.text(), out.blocks()


def read_email(data: bytes, data_dir: Path) -> tuple[str, tuple[Block, ...], str | None, dict[str, str]]:
    """Return (text, blocks, title, metadata) of an e-mail message; raises IngestError when it cannot be parsed."""
    try:
        return _read_email(data, data_dir)
    except UNPARSABLE as exc:
        raise IngestError(f"the e-mail could not be parsed ({type(exc).__name__}: {exc})", error_type="corrupt_email") from exc


def _read_email(data: bytes, data_dir: Path) -> tuple[str, tuple[Block, ...], str | None, dict[str, str]]:
    msg = parse(data)
    subject = _header(msg, "subject")
    metadata = {k: v for k, v in (("email_from", _header(msg, "from")), ("email_subject", subject),
                                  ("email_date", _date_header(msg))) if v}
    body = msg.get_body(preferencelist=("html", "plain"))
    text, blocks = "", ()
    if body is not None:
        try:
            content = body.get_content()
        except (LookupError, ValueError):  # unknown charset: decode leniently
            content = (body.get_payload(decode=True) or b"").decode("utf-8", "replace")
        if body.get_content_subtype() == "html":
            text, blocks = _html_text(content, data_dir)
        else:
            text = _plain_text(content, data_dir)
    if not text.strip() and subject:
        text = subject  # only attachments: the subject is all the message says
    else:
        text, blocks = _with_date_line(msg, text, blocks)
    return text, blocks, subject, metadata
