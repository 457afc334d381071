"""Document titles from the text: which first lines are navigation, share or cookie lines, labels,
letterheads, e-mail headers, dated cue lines or fragments of prose, and which short paragraph among the
first lines is the title. Cue words come from ``pipeline/data/document_metadata_cues.csv`` (:mod:`doc_cues`).
"""
from __future__ import annotations

import re

from pipeline.extract.doc_cues import FULL_DATE, FUNCTION_WORDS, HEAD_CHARS, TIME, TITLE_LINES, DocCues
from pipeline.extract.doc_publication import publication_from_text

_EMAIL_HEADER = re.compile(r"^(?:From|To|Cc|Date|Sent|Subject)[ \t]*:", re.I)
_SUBJECT = re.compile(r"^Subject[ \t]*:[ \t]*(?:(?:Re|Fwd?|AW|WG|TR)[ \t]*:[ \t]*)*(?P<s>\S.*?)[ \t]*$", re.I)
_ACRONYM_END = re.compile(r"\([A-Z][A-Z0-9&.\-]{1,11}\)$")


def email_subject(text: str) -> str | None:
    """The Subject header of a message saved as text (a header block of From:/To:/Date:/Subject: lines at
    the top): "Subject: Save the date – Cluster mission to Japan", "Subject: Re: Fwd: Minutes of 3 May"."""
    header = []
    for line in text.lstrip().splitlines():
        if not line.strip():
            break
        header.append(line.strip())
    if len(header) < 2 or not all(_EMAIL_HEADER.match(h) or h[:1].isspace() for h in header[:2]):
        return None
    for h in header:
        if m := _SUBJECT.match(h):
            return m.group("s")
    return None


_CRUMB_SEPARATOR = re.compile(r"[>›»]|[ \t]/[ \t]")


def navigation_line(line: str, cues: DocCues) -> bool:
    """Navigation, share and cookie text: "Skip to main content", "Home > News > Clusters",
    "Home / Events", "Share this page", "Share on LinkedIn", "We use cookies to …", and breadcrumbs of
    three or more short parts ("News › Energy › Hydrogen")."""
    low = line.lower()
    if any(low.startswith(p) for p in cues.navigation):
        return True
    parts = [p.strip() for p in _CRUMB_SEPARATOR.split(line)]
    return len(parts) >= 3 and all(0 < len(p.split()) <= 4 for p in parts)


def label_line(line: str, cues: DocCues) -> bool:
    """A line that is only a generic label: "PRESS RELEASE", "Description", "Latest news", "In this issue:",
    "For immediate release"."""
    return re.sub(r"[\s:#*_.!]+$|^[\s#*_]+", "", line).lower() in cues.title_labels


def fragment_line(line: str) -> bool:
    """A piece of wrapped prose, not a headline: it starts in lower case ("and the partners agreed"), ends
    with a comma or hyphen ("clusters from twelve countries,"), ends with a function word ("… the launch of the"),
    or has no word at all (a page number "2", "– 3 –")."""
    words = line.split()
    return (not words or not re.search(r"[^\W\d_]{2}", line) or words[0][0].islower() or line.rstrip()[-1] in ",-"
            or words[-1].lower() in FUNCTION_WORDS)


def letterhead_line(line: str, cues: DocCues) -> bool:
    """An all-capitals publisher's name over the real title: "NORTH SEA CLUSTERS ALLIANCE (NSCA)",
    "EUROPEAN CLUSTER COLLABORATION PLATFORM", "BALTIC MARITIME CLUSTER (BMC)"."""
    core = _ACRONYM_END.sub("", line.strip()).strip()
    if not core or core != core.upper() or not re.search(r"[A-Z]", core):
        return False
    return bool(_ACRONYM_END.search(line.strip())) or core.split()[-1].lower() in cues.letterhead_nouns


def header_line(line: str) -> bool:
    """An e-mail header line saved with the text: "From: Jane Roe <jane@example.org>", "To: members", "Date: …"."""
    return bool(_EMAIL_HEADER.match(line))


_DATE_TIME = re.compile(rf"^[ \t*_•·\-]*{FULL_DATE}(?:{TIME})?[ \t*_.]*$", re.I)


def dated_line(line: str, cues: DocCues) -> bool:
    """A byline, publication line, meta line, dateline, version line or bare date (with a clock time:
    "Jun 16, 2021 at 4:12 pm"): a cue, never the title."""
    return publication_from_text(line, cues)[0] is not None or bool(cues.version.search(line) or _DATE_TIME.match(line))


def not_a_title(line: str, cues: DocCues) -> bool:
    """True when ``line`` is navigation, an e-mail header, a label, a fragment of prose, a letterhead or a dated cue line."""
    return (navigation_line(line, cues) or header_line(line) or label_line(line, cues) or fragment_line(line)
            or letterhead_line(line, cues) or dated_line(line, cues) or len(line) > 250)


def _title_blocks(text: str) -> list[list[str]]:
    """Paragraphs of the first lines of the text, consecutive all-capitals lines joined ("EUROPEAN CLUSTER" /
    "COLLABORATION PLATFORM" is one line)."""
    paragraphs: list[list[str]] = [[]]
    seen = 0
    for raw in text[:HEAD_CHARS].splitlines():
        line = " ".join(raw.strip(" \t#*_").split())
        seen += bool(line)
        if seen > TITLE_LINES:
            break
        if not line:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        block = paragraphs[-1]
        if block and line == line.upper() and block[-1] == block[-1].upper() and re.search(r"[A-Z]", line + block[-1]) \
                and not _ACRONYM_END.search(block[-1]):
            block[-1] = f"{block[-1]} {line}"
        else:
            block.append(line)
    return [p for p in paragraphs if p]


def title_from_text(text: str, cues: DocCues) -> str | None:
    """The document's headline: the e-mail subject, else the first line of a short paragraph (at most three
    lines of at most 25 words, no sentence inside) among the first lines that is not navigation, a label,
    a letterhead, a dated cue line or a fragment of prose; None when the head is all prose."""
    if subject := email_subject(text):
        return subject[:300]
    for block in _title_blocks(text):
        if len(block) > 3 and not all(line == line.upper() for line in block[:1]):
            continue
        for line in block:
            if len(line.split()) > 25 or re.search(r"[a-z]{2}[.!?][ \t]+[A-Z]", line):
                break
            if not not_a_title(line, cues):
                return line[:300]
    return None
