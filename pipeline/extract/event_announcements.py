"""Event announcements: a title block followed by "Date: …" and "Location: / Venue: …" lines, as
calendars and invitations write them (``pattern:announcement``). The title loses a leading label
("Invitation –", "Save the date:"); the place is the known city and country of the venue line.
"""
from __future__ import annotations

import re

from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.places import Gazetteer
from pipeline.records import Block, SegmentedDocument

_TITLE_LABEL = re.compile(r"[ \t#*]*([A-Z][\w’']*(?:[ \t]+[\w’']+){0,2})[ \t]*[–—:-][ \t]+(?=\S)")
_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Za-z ]{1,20})[ \t]*:[ \t]*(?P<value>.*)$", re.S)
_DATE_LABELS = {"date", "dates", "when", "period"}
_PLACE_LABELS = {"location", "venue", "place", "where", "city"}


def announcements(seg: SegmentedDocument, ctx: DocContext, gaz: Gazetteer, lex: EventLexicon) -> list[Candidate]:
    """Title block, then "Date: ..." and "Location: ..." lines."""
    text, blocks = ctx.text, seg.blocks
    out = []
    for i, b in enumerate(blocks):
        lm = _LABEL.match(text[b.start:b.end])
        if b.kind != "line" or not lm or lm.group("label").strip().lower() not in _DATE_LABELS:
            continue
        j = i - 1
        while j >= 0 and _skippable(text, blocks[j], lex):
            j -= 1
        if j < 0:
            continue
        title_block = blocks[j]
        raw_title = text[title_block.start:title_block.end].strip()
        title = " ".join(clean_event_name(raw_title.replace("/", " / ")).split())
        if not title or len(title.split()) > 16 or raw_title.endswith((".", ":", ";")) or ";" in title or not title[:1].isupper():
            continue
        words = [w.strip(",:") for w in title.split()]  # "EU Clusters Talk: Skills for ...": "Talk" is the keyword
        has_keyword = any(keyword_at(lex, words, x) for x in range(len(words)))
        if not has_keyword and (title_block.kind == "heading" or any(w.lower().strip(",:") in lex.generic for w in title.split())):
            continue  # "Dates for your diary", "Upcoming events": a section label, not the entry's title
        dates = ctx.dates_between(b.start, b.end)
        city = country = None
        k = i + 1
        while k < len(blocks) and (blocks[k].kind == "line" or _continuation(text, blocks[k])):
            pm = _LABEL.match(text[blocks[k].start:blocks[k].end])
            if pm and pm.group("label").strip().lower() in _PLACE_LABELS:
                city, country = _place_value(pm.group("value"), gaz)
                break
            k += 1
        if not has_keyword and not (city or country):
            continue  # a title without an event word needs both a Date: and a Location: line
        hits = [h for j2 in range(len(words)) if (h := keyword_at(lex, words, j2))]
        keyword, etype = (hits[-1][1], hits[-1][2]) if hits else (None, "other")
        start = title_block.start
        # "Invitation – Info Day ...", "Save the date: ...": a label before the title is not its name.
        lead = _TITLE_LABEL.match(text, title_block.start, title_block.end)
        if lead and hits and not any(keyword_at(lex, lead.group(1).split(), x) for x in range(len(lead.group(1).split()))):
            start = lead.end()
            title = " ".join(clean_event_name(text[start:title_block.end].replace("/", " / ")).split())
        out.append(Candidate(start, title_block.end, title, "pattern:announcement", keyword, etype,
                            dates=dates[0] if dates else None, city=city, country=country))
    return out


def _is_label_line(body: str, lex: EventLexicon) -> bool:
    """"Location: Online", "Audience: SMEs" (labels from ``data/announcement_labels.txt``); a title with a
    colon ("Cluster Talk: Skills for the green transition") is not one."""
    lm = _LABEL.match(body)
    return lm is not None and " ".join(lm.group("label").lower().split()) in lex.labels


def _skippable(text: str, b: Block, lex: EventLexicon) -> bool:
    body = text[b.start:b.end].strip()
    return b.kind == "line" and _is_label_line(body, lex) or _continuation(text, b) or bool(re.fullmatch(r"(?:https?://|www\.)\S+", body))


def _continuation(text: str, b: Block) -> bool:
    body = text[b.start:b.end].strip()
    return bool(body) and (body[0].islower() or bool(re.match(r"(?:https?://|www\.)", body)))


def _place_value(value: str, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """"Berlin, Germany" → as written; "Sofia" → (Sofia, Bulgaria); "Romania" → (None, Romania);
    "Acme Cluster (AC), Via Roma 21, Bologna, and online" → (Bologna, Italy): the known city and
    country among the comma-separated parts; an unknown first part counts as the city only when it
    looks like a place name and a known country or a second place-like part follows it."""
    parts = [p.strip() for p in value.split("\n")[0].split(",") if p.strip()]
    if not parts:
        return None, None
    known = [gaz.place(p) for p in parts]
    cities = [k for k in known if k[0]]
    countries = [k[1] for k in known if k[0] is None and k[1]]
    if cities:
        return cities[0][0], countries[0] if countries else cities[0][1]
    place_like = [bool(_PLACE_LIKE.fullmatch(p)) for p in parts]
    if len(parts) >= 2 and place_like[0] and (countries or (len(parts) == 2 and place_like[1])):
        return parts[0], countries[0] if countries else parts[1]
    return None, countries[0] if countries else None


_PLACE_LIKE = re.compile(r"[A-Z][\w’'.-]*(?:[ -][A-Z][\w’'.-]*){0,2}")
