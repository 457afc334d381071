"""E-mail (.eml) → normalised text, with the standard library's ``email`` package (modern policy).

The HTML part is preferred over plain text and read through the HTML reader; the subject is the
title; the sender and the Date header go into the document's metadata (``email_from``,
``email_date``: a publication-date source ranked below any date the text states). Forwarded and
quoted text (``> `` lines, "On … wrote:", "---------- Forwarded message ---------", quoted HTML
blocks) and footers (unsubscribe, "view in browser": the smallest block holding such a cue) are left
out of the text, so they produce no facts; the cues are data (``email_quote_cues.txt``,
``email_footer_cues.txt``).

Attachments of a readable format (PDF, Word .docx, HTML: decided by their bytes) are documents of
their own: ``attachments`` lists them and ``attachment_bytes`` gives one back by its index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.errors import MessageError
from email.message import EmailMessage
from email.parser import BytesParser
from functools import lru_cache
from pathlib import Path

from bs4 import BeautifulSoup

from pipeline.errors import IngestError
from pipeline.ingest.builder import TextBuilder
from pipeline.ingest.textutil import normalise_text
from pipeline.records import Block

ATTACHMENT_FORMATS = ("pdf", "docx", "html")
# What the email package raises on a message too damaged to walk (it is lenient: most damage is a defect).
UNPARSABLE = (MessageError, ValueError, LookupError, TypeError, AttributeError, UnicodeError)
# HTML elements mail programs wrap quoted text in (Gmail, Thunderbird, Apple Mail, Outlook on the web).
_QUOTE_SELECTORS = ("blockquote[type=cite]", "div.gmail_quote", "div.moz-cite-prefix", "div#divRplyFwdMsg",
                    "div#appendonsend", "div.yahoo_quoted")
_FOOTER_MAX_CHARS = 400  # a longer block holding a cue is content that mentions it, not a footer
_SIGNATURE = re.compile(r"^-- ?$")


@dataclass(frozen=True)
class EmailCues:
    quote: re.Pattern[str]  # a line (or a line and the next) that opens forwarded / quoted text
    footer: re.Pattern[str]


def _pattern(path: Path, *, whole_line: bool) -> re.Pattern[str]:
    lines = [l.strip() for l in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []
    alternatives = [l for l in lines if l and not l.startswith("#")]
    if not alternatives:
        return re.compile(r"(?!)")
    body = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(rf"^\s*(?:{body})\s*$" if whole_line else rf"(?:{body})", re.I)


@lru_cache(maxsize=4)
def load_cues(data_dir: Path) -> EmailCues:
    return EmailCues(_pattern(data_dir / "email_quote_cues.txt", whole_line=True),
                     _pattern(data_dir / "email_footer_cues.txt", whole_line=False))


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


def _plain_text(raw: str, cues: EmailCues) -> str:
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        pair = line + " " + (lines[i + 1] if i + 1 < len(lines) else "")
        if _SIGNATURE.match(line) or cues.quote.match(line) or cues.quote.match(pair):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    paragraphs = re.split(r"\n[ \t]*\n", "\n".join(kept))
    body = [p for p in paragraphs if not (cues.footer.search(p) and len(p.strip()) <= _FOOTER_MAX_CHARS)]
    return normalise_text("\n\n".join(body))


def _without_quotes_and_footers(text: str, blocks: tuple[Block, ...], cues: EmailCues) -> tuple[str, tuple[Block, ...]]:
    """The HTML reader's blocks up to the first that opens forwarded/quoted text, without footer blocks."""
    out = TextBuilder()
    previous_end = 0
    for i, b in enumerate(blocks):
        piece = text[b.start:b.end]
        marker = text[previous_end:b.start].lstrip("\n")
        previous_end = b.end
        following = text[blocks[i + 1].start:blocks[i + 1].end] if i + 1 < len(blocks) else ""
        first_line = piece.split("\n", 1)[0]
        if cues.quote.match(first_line) or cues.quote.match(first_line + " " + following.split("\n", 1)[0]):
            break
        if cues.footer.search(piece) and len(piece) <= _FOOTER_MAX_CHARS:
            continue
        out.add_block(b.kind, piece, level=b.level, marker=marker)
    return out.text(), out.blocks()


def read_email(data: bytes, data_dir: Path) -> tuple[str, tuple[Block, ...], str | None, dict[str, str]]:
    """Return (text, blocks, title, metadata) of an e-mail message; raises IngestError when it cannot be parsed."""
    try:
        return _read_email(data, data_dir)
    except UNPARSABLE as exc:
        raise IngestError(f"the e-mail could not be parsed ({type(exc).__name__}: {exc})", error_type="corrupt_email") from exc


def _read_email(data: bytes, data_dir: Path) -> tuple[str, tuple[Block, ...], str | None, dict[str, str]]:
    from pipeline.ingest.html import read_html

    cues = load_cues(data_dir)
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
            soup = BeautifulSoup(content, "lxml")
            for selector in _QUOTE_SELECTORS:
                for el in soup.select(selector):
                    el.decompose()
            text, blocks, _ = read_html(str(soup))
            text, blocks = _without_quotes_and_footers(text, blocks, cues)
        else:
            text = _plain_text(content, cues)
    if not text.strip() and subject:
        text = subject  # only attachments: the subject is all the message says
    return text, blocks, subject, metadata
