"""People, organisations, locations and events as spaCy's NER (plus entity-ruler patterns) finds them."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.rules import Rules
from pipeline.normalise import clean_name
from pipeline.records import Block, EventMention, LocationMention, OrgMention, PersonMention, SegmentedDocument

_EVENT_TYPES = ("conference", "forum", "matchmaking", "webinar", "talk", "workshop", "award", "campaign")


def _event_type(name: str, rules: Rules) -> str:
    lower = name.lower()
    for line in rules.event_keywords:
        keyword, _, kind = line.partition("\t")
        if keyword and keyword in lower:
            return kind or "other"
    return "other"


def extract_entities(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules):
    doc_id, text = seg.doc.doc_id, seg.doc.text
    people: list[PersonMention] = []
    orgs: list[OrgMention] = []
    locations: list[LocationMention] = []
    events: list[EventMention] = []
    for block, doc in annotated:
        for ent in doc.ents:
            start, end = block.start + ent.start_char, block.start + ent.end_char
            surface = text[start:end]
            rule = f"ner:{ent.label_}" if not ent.ent_id_ else f"ruler:{ent.ent_id_}"
            if ent.label_ == "PERSON":
                people.append(PersonMention(doc_id, start, end, surface, clean_name(surface), rule))
            elif ent.label_ == "ORG":
                orgs.append(OrgMention(doc_id, start, end, surface, clean_name(surface), rule))
            elif ent.label_ in ("GPE", "LOC", "FAC"):
                locations.append(LocationMention(doc_id, start, end, surface, rule, city=clean_name(surface)))
            elif ent.label_ == "EVENT":
                name = clean_name(surface)
                events.append(EventMention(doc_id, start, end, surface, name, _event_type(name, rules), rule))
    return people, orgs, locations, events
