"""Where the text of an e-mail thread is: quoted replies, forwarded messages and signatures.

The text of a message is read as pieces (plain-text lines, or the HTML reader's blocks); ``thread_pieces``
gives the pieces that are text. The cues are data (``email_quote_cues.txt``; header names from
``document_metadata_cues.csv``).

- **Rule "quoted thread"**: the earlier messages quoted or forwarded under a message are text of the
  thread, read like its own text: an analyst who receives a thread receives the facts of every message in
  it (the chair elected two messages down, the meeting date the first message fixed). A line that only
  marks where an earlier message starts ("On … wrote:", "Am … schrieb …:", "---------- Forwarded message
  ---------", "Begin forwarded message:", "-----Original Message-----", an Outlook "From: … Sent: …" pair)
  is left out with the header block under it (From:, To:, Cc:, Subject: lines and their indented
  continuations: addresses, not content), except the block's date line ("Sent: Monday, 5 January 2032
  17:42", "Date: …", when it holds a figure): the day an earlier message was written is a date the thread states. Quote markers
  ("> ", "> > ") are taken off plain-text lines (:func:`unquote`), their text kept. The document's published
  date stays the newest message's Date header (``pipeline.ingest.email``).
- **Signatures**: a signature delimiter line ("-- ") is dropped, and the signature under it is kept: it
  names the sender, their post and organisation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_rows, data_sections

_SIGNATURE = re.compile(r"^[ \t]*-- ?[ \t]*$")
_QUOTE_MARKERS = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_NEVER = re.compile(r"(?!)")
_DIGIT = re.compile(r"\d")  # a date line that states a day or a year


@dataclass(frozen=True)
class ThreadCues:
    opens: re.Pattern[str]  # a line (or a line and the next) that opens a quoted or forwarded message
    header: re.Pattern[str]  # a header line of a quoted message ("From: …", "Sent: …")
    date_header: re.Pattern[str]  # ... the one that carries its date ("Sent: …", "Date: …")


def _whole_line(alternatives: list[str]) -> re.Pattern[str]:
    """The cues as one pattern matching a whole line or the start of one: an HTML reader may join a cue
    and the header lines under it into one block ("---------- Forwarded message --------- From: …")."""
    if not alternatives:
        return _NEVER
    return re.compile(rf"^\s*(?:{'|'.join(f'(?:{a})' for a in alternatives)})(?=\s|$)", re.I)


def _header_names(names: list[str]) -> re.Pattern[str]:
    return re.compile(rf"^[ \t*]*(?:{'|'.join(re.escape(n) for n in names)})[ \t*]*:", re.I) if names else _NEVER


@lru_cache(maxsize=4)
def thread_cues(data_dir: Path) -> ThreadCues:
    sections = data_sections(data_dir / "email_quote_cues.txt")
    rows = [row for row in data_rows(data_dir / "document_metadata_cues.csv") if len(row) > 1]
    return ThreadCues(
        opens=_whole_line(sections.get("quoted message", [])),
        header=_header_names([row[1] for row in rows if row[0] in ("email_header", "email_date_header")]),
        date_header=_header_names([row[1] for row in rows if row[0] == "email_date_header"]),
    )


def unquote(line: str) -> str:
    """A plain-text line without its quote markers ("> > Sent: …" → "Sent: …")."""
    return _QUOTE_MARKERS.sub("", line, count=1)


def thread_pieces(pieces: list[str], cues: ThreadCues) -> dict[int, str]:
    """The text of each piece that is text of the thread, by the piece's index (the pieces that open a
    quoted message keep only their date lines, or nothing: ""; see the module doc). ``pieces`` are plain-text lines
    (without quote markers) or the HTML reader's blocks, in order."""
    kept: dict[int, str] = {}
    i = 0
    while i < len(pieces):
        lines = pieces[i].split("\n")
        first = lines[0]
        second = lines[1] if len(lines) > 1 else (pieces[i + 1].split("\n", 1)[0] if i + 1 < len(pieces) else "")
        if cues.opens.match(first) or cues.opens.match(first + " " + second):
            end = _after_header_block(pieces, i, cues)
            for j in range(i, end):  # an empty piece where the marks were: the quoted message opens a paragraph
                dates = [line.strip() for line in pieces[j].split("\n") if cues.date_header.match(line) and _DIGIT.search(line)]
                kept[j] = "\n".join(dates)
            i = end
            continue
        if not (_SIGNATURE.match(first) and len(lines) == 1):  # the delimiter line goes; the signature stays
            kept[i] = pieces[i]
        i += 1
    return kept


def _after_header_block(pieces: list[str], i: int, cues: ThreadCues) -> int:
    """The index of the first piece after the cue at ``i`` and the header block under it: blank pieces,
    then header lines ("From: …", "Subject: …") and their indented continuations."""
    j = i if cues.header.match(pieces[i]) else i + 1  # an Outlook block opens with its "From:" line
    while j < len(pieces) and not pieces[j].strip():
        j += 1
    while j < len(pieces) and pieces[j].strip() and (cues.header.match(pieces[j]) or (j > i and pieces[j][:1] in " \t")):
        j += 1
    return j
