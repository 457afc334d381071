"""Shapes of a calendar card's title line that name a session of a series without an event keyword
(read by :mod:`pipeline.extract.event_cards`, rule ``pattern:event_calendar_card``).

- A format label, a colon and the session's topic: the label says which series or format the entry belongs
  to, in any language, and the whole line is the session's name ("Export Café: Selling furniture to
  Norway", "Frukostmöte: Nya regler för bygglov", "Meet the buyer: Fresh produce for hotels",
  "Klubový večer: Export do Rakouska"). A line whose label names a person's part or a field of the card
  ("Speakers: …", "Moderator: …", "Venue: …": the role titles of every language, the credit labels of
  ``data/person_credit_labels.txt``, the labels of ``data/event_header_labels.csv`` and the person, organisation
  and role headers of ``data/table_column_headers.txt``) is no title.
- A plain title line under a date line that opens with a numbered part of a series ("Session 3 · Tuesday,
  4 May 2027" over "Heat pumps for dairy farms"): the title alone is the session's name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_table
from pipeline.extract.lexicon import role_titles_by_language
from pipeline.extract.table_cells import column_kind

_MAX_LABEL_WORDS = 3
_MAX_TITLE_WORDS = 14
LABEL_COLON = re.compile(r"(?P<label>[^\W\d][^:\n]{0,40}?)[ \t]*:[ \t]+(?=\S)")
_TIME = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)")


@lru_cache(maxsize=8)
def _not_title_labels(data_dir: Path | None) -> frozenset[str]:
    """Labels before a colon that open no session's title: the role titles of every language ("speaker",
    "moderátor", "Kursledare"), the credit labels ("Photo", "Text") and the card's field labels ("Venue",
    "Date and time"), lower case, read once."""
    if data_dir is None:
        return frozenset()
    titles = set().union(*role_titles_by_language(data_dir).values())
    credits = data_lines(data_dir / "person_credit_labels.txt")
    fields = [r["label"] for r in data_table(data_dir / "event_header_labels.csv")[1]]
    return frozenset(" ".join(t.lower().split()) for t in (*titles, *credits, *fields))


def person_or_field_label(raw: str, data_dir: Path | None) -> bool:
    """True when the line opens with the label of a person's part or a card's field and its colon ("Speakers: Jane
    Roe", "Lektor: Ing. Jan Novák", "Venue: Hotel Royal")."""
    m = LABEL_COLON.match(raw)
    if m is None:
        return False
    label = " ".join(m.group("label").lower().split())
    labels = _not_title_labels(data_dir)
    return (label in labels or label.rstrip("s") in labels or label[:-2] in labels
            or column_kind(label, data_dir) in ("person", "org", "role"))  # a people table's header: "Speakers", "Contact"


def format_label_title(raw: str, data_dir: Path | None) -> str | None:
    """The label of a "<Format>: <Topic>" title line (see the module doc), else None: a capitalised label of at
    most three words, then a capitalised topic of two words or more with no time in it, the line no longer than a
    title and no person's or field's label."""
    m = LABEL_COLON.match(raw)
    if m is None or not raw[:1].isupper():
        return None
    label, topic = m.group("label"), raw[m.end():]
    if len(label.split()) > _MAX_LABEL_WORDS or len(topic.split()) < 2 or len(raw.split()) > _MAX_TITLE_WORDS:
        return None
    if not topic[:1].isupper() or _TIME.search(topic) or person_or_field_label(raw, data_dir):
        return None
    return label


def plain_title(raw: str, data_dir: Path | None) -> bool:
    """True when a line can be a session's title alone: capitalised, two to fourteen words, no sentence (no final
    period, colon or comma) and no person's or field's label."""
    words = raw.split()
    return (2 <= len(words) <= _MAX_TITLE_WORDS and raw[:1].isupper() and not raw.endswith((".", ":", ","))
            and not _TIME.search(raw) and not person_or_field_label(raw, data_dir))
