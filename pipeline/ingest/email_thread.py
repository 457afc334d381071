"""Where an e-mail's own text ends: quoted replies, forwarded messages and signatures.

The text of a message is read as pieces (plain-text lines, or the HTML reader's blocks); the pieces that
are the message's text are kept (``own_pieces``). The cues are data (``email_quote_cues.txt``: sections
``[reply]``, ``[forward]``, ``[reply or forward]``, ``[forward subject]``; header names from
``document_metadata_cues.csv``).

- **Quoted replies** stay cut: from a line that opens a quoted thread ("On … wrote:", "Am … schrieb …:")
  on, nothing is text, and lines starting with ">" are left out: the older thread under a reply gives no
  facts.
- **Rule "forwarded message"**: a message that forwards another one ("---------- Forwarded message
  ---------", "Begin forwarded message:", "-------- Message transféré --------"; or, when the subject says
  so ("Fwd:", "FW:", "WG:", "TR:"), an Outlook header block "From: … Sent: …" or "-----Original
  Message-----") and whose own part above it is a covering note (at most ``COVERING_NOTE_WORDS`` words
  besides its signature: "FYI, the report is below") passes the forwarded message on as its content: the
  forwarded text is kept, without its header block (From:, Date:, To:, Subject: lines up to the first
  other line: e-mail metadata, not content). A longer own part is the content and the forwarded text
  below it is a quote, cut as before. The forwarded part is read by the same rules: a reply quoted in it
  is cut, a message forwarded in it with a short note of its own is kept.
- **Signatures**: a signature delimiter line ("-- ") is dropped, and the signature under it is kept, in
  the own part as in the forwarded part, as signatures without a delimiter always were: it names the
  sender, their post and organisation. Its words do not count towards the covering note.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_rows, data_sections

COVERING_NOTE_WORDS = 150  # a forward's own text up to this length is a covering note ("Hi all, see below ...")
_SIGNATURE = re.compile(r"^[ \t]*-- ?[ \t]*$")
_NEVER = re.compile(r"(?!)")


@dataclass(frozen=True)
class ThreadCues:
    reply: re.Pattern[str]  # a line (or a line and the next) that opens a quoted reply thread
    forward: re.Pattern[str]  # ... that opens a forwarded message
    either: re.Pattern[str]  # ... that opens a quoted message of either kind (a forward when the subject says so)
    forward_subject: re.Pattern[str]  # a subject that marks a forward ("Fwd: ...")
    header: re.Pattern[str]  # a header line of a forwarded message ("From: …", "Sent: …")


def _whole_line(alternatives: list[str], *, opening: bool = False) -> re.Pattern[str]:
    """The cues as one pattern matching a whole line, or (``opening``) the start of a line: an HTML reader
    may join a forward line and the header lines under it ("---------- Forwarded message --------- From: …")."""
    if not alternatives:
        return _NEVER
    end = r"(?=\s|$)" if opening else r"\s*$"
    return re.compile(rf"^\s*(?:{'|'.join(f'(?:{a})' for a in alternatives)}){end}", re.I)


@lru_cache(maxsize=4)
def thread_cues(data_dir: Path) -> ThreadCues:
    sections = data_sections(data_dir / "email_quote_cues.txt")
    prefixes = sections.get("forward subject", [])
    names = [row[1] for row in data_rows(data_dir / "document_metadata_cues.csv")
             if len(row) > 1 and row[0] in ("email_header", "email_date_header")]
    return ThreadCues(
        reply=_whole_line(sections.get("reply", [])),
        forward=_whole_line(sections.get("forward", []), opening=True),
        either=_whole_line(sections.get("reply or forward", [])),
        forward_subject=re.compile(rf"^\s*(?:{'|'.join(prefixes)})\s*:", re.I) if prefixes else _NEVER,
        header=re.compile(rf"^[ \t*]*(?:{'|'.join(re.escape(n) for n in names)})[ \t*]*:", re.I) if names else _NEVER,
    )


def _opens(cue: re.Pattern[str], first: str, pair: str) -> bool:
    return bool(cue.match(first) or cue.match(pair))


def may_forward(text: str, cues: ThreadCues, subject: str | None) -> bool:
    """The subject or a line of ``text`` marks a forwarded message (a cheap test before ``own_pieces``)."""
    return bool(subject and cues.forward_subject.match(subject)) or any(cues.forward.match(line) for line in text.split("\n"))


def own_pieces(pieces: list[str], cues: ThreadCues, subject: str | None) -> tuple[list[int], bool]:
    """(indices of the ``pieces`` that are the message's text, whether a forwarded message was kept).

    ``pieces`` are plain-text lines or the HTML reader's blocks, in order (see the module doc)."""
    forward_subject = bool(subject and cues.forward_subject.match(subject))
    kept: list[int] = []
    words, signed, passed = 0, False, False
    i = 0
    while i < len(pieces):
        lines = pieces[i].split("\n")
        first = lines[0]
        second = lines[1] if len(lines) > 1 else (pieces[i + 1].split("\n", 1)[0] if i + 1 < len(pieces) else "")
        pair = first + " " + second
        forward = _opens(cues.forward, first, pair) or (forward_subject and _opens(cues.either, first, pair))
        if forward and words <= COVERING_NOTE_WORDS:
            i = _after_header_block(pieces, i, cues)
            words, signed, passed = 0, False, True  # the forwarded message's own text, read by the same rules
            continue
        if forward or _opens(cues.reply, first, pair) or _opens(cues.either, first, pair):
            break
        if _SIGNATURE.match(first):
            signed = True
            if len(lines) == 1:
                i += 1
                continue  # the delimiter line goes; the signature below it stays
        if not first.lstrip().startswith(">"):
            kept.append(i)
            words += 0 if signed else len(pieces[i].split())
        i += 1
    return kept, passed


def _after_header_block(pieces: list[str], i: int, cues: ThreadCues) -> int:
    """The index of the first piece after the forward cue at ``i`` and the header block under it: blank
    pieces, then header lines ("From: …", "Subject: …") and their indented continuations."""
    j = i if cues.header.match(pieces[i]) else i + 1  # an Outlook block opens with its "From:" line
    while j < len(pieces) and not pieces[j].strip():
        j += 1
    while j < len(pieces) and pieces[j].strip() and (cues.header.match(pieces[j]) or (j > i and pieces[j][:1] in " \t")):
        j += 1
    return j
