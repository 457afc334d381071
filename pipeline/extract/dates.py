"""Dates: spaCy DATE entities and date-shaped patterns, parsed with dateparser, ranges included."""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from pipeline.extract.rules import Rules
from pipeline.normalise import month_number, parse_single_date, period_bounds
from pipeline.records import Block, DateMention, SegmentedDocument

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# "14-16 May 2019", "14 to 16 May 2019", "10 and 11 November 2020"
_DAY_RANGE = re.compile(rf"\b({_DAY})\s*(?:-|–|—|to|and|until)\s*({_DAY})\s+({_MONTH})\s*,?\s*({_YEAR})?\b")


def _mention(seg: SegmentedDocument, start: int, end: int, first: dt.date, last: dt.date, precision: str, rule: str, resolved: bool) -> DateMention:
    return DateMention(seg.doc.doc_id, start, end, seg.doc.text[start:end], first, last, precision, rule, resolved)


def extract_dates(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules, published: dt.date | None) -> list[DateMention]:
    text = seg.doc.text
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in _DAY_RANGE.finditer(text.replace("\n", " ")):
        if not m.group(4):
            continue
        month = month_number(m.group(3))
        year = int(m.group(4))
        try:
            first = dt.date(year, month, int(re.sub(r"\D", "", m.group(1))))
            last = dt.date(year, month, int(re.sub(r"\D", "", m.group(2))))
        except ValueError:
            continue
        found.append(_mention(seg, m.start(), m.end(), first, last, "day", "pattern:day_range", False))
        taken.append((m.start(), m.end()))
    for block, doc in annotated:
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            start, end = block.start + ent.start_char, block.start + ent.end_char
            if any(s < end and start < e for s, e in taken):
                continue
            parsed = parse_single_date(ent.text)
            if parsed is None:
                continue
            value, precision = parsed
            first, last = period_bounds(value, precision)
            found.append(_mention(seg, start, end, first, last, precision, "ner:DATE+dateparser", False))
    found.sort(key=lambda d: (d.start, d.end))
    return found
