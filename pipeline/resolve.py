"""Cross-document entity resolution: one id per real-world person, organisation and event.

Input: every document's mention-level result (new and cached). Output: canonical entities and, for
every mention, the id of the entity it belongs to. Ids come from canonical keys
(:func:`pipeline.normalise.stable_id`), never from row or run order.

First version: exact folded-name keys. The knowledge-base work adds acronym, alias, fuzzy and
event-edition rules with blocking.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from pipeline.normalise import fold, stable_id
from pipeline.records import DocumentResult


@dataclass
class Entity:
    entity_type: str  # person | organisation | event
    entity_id: str
    name: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict = field(default_factory=dict)
    doc_ids: set[str] = field(default_factory=set)
    n_mentions: int = 0


@dataclass
class Resolution:
    people: dict[str, Entity]
    organisations: dict[str, Entity]
    events: dict[str, Entity]
    # (doc_id, entity_type, name as in the mention record) -> entity_id
    ids: dict[tuple[str, str, str], str]
    merges: list[dict]


def _add(store: dict[str, Entity], ids: dict, entity_type: str, prefix: str, doc_id: str, name: str, attrs: dict) -> None:
    key = fold(name)
    if not key:
        return
    eid = stable_id(prefix, key)
    ent = store.get(eid)
    if ent is None:
        ent = store[eid] = Entity(entity_type, eid, name, attrs=dict(attrs))
    else:
        for k, v in attrs.items():
            if ent.attrs.get(k) is None and v is not None:
                ent.attrs[k] = v
    if name != ent.name:
        ent.aliases.add(name)
    ent.doc_ids.add(doc_id)
    ent.n_mentions += 1
    ids[(doc_id, entity_type, name)] = eid


def resolve(results: Iterable[DocumentResult]) -> Resolution:
    people: dict[str, Entity] = {}
    orgs: dict[str, Entity] = {}
    events: dict[str, Entity] = {}
    ids: dict[tuple[str, str, str], str] = {}
    for r in results:
        d = r.info.doc_id
        for p in r.people:
            _add(people, ids, "person", "per", d, p.name, {})
        for o in r.organisations:
            _add(orgs, ids, "organisation", "org", d, o.name, {"acronym": o.acronym, "org_type": o.org_type, "country": o.country})
        for role in r.roles:
            _add(people, ids, "person", "per", d, role.person, {})
            people[ids[(d, "person", role.person)]].n_mentions -= 1  # a role is not a mention
            if role.organisation:
                _add(orgs, ids, "organisation", "org", d, role.organisation, {})
                orgs[ids[(d, "organisation", role.organisation)]].n_mentions -= 1
        for e in r.events:
            _add(
                events, ids, "event", "evt", d, e.name,
                {"event_type": e.event_type, "start_date": e.start_date, "end_date": e.end_date, "date_precision": e.date_precision,
                 "city": e.city, "country": e.country, "edition": e.edition},
            )
            for organiser in e.organisers:
                _add(orgs, ids, "organisation", "org", d, organiser, {})
                orgs[ids[(d, "organisation", organiser)]].n_mentions -= 1
    return Resolution(people, orgs, events, ids, merges=[])


def group_by_doc(resolution: Resolution) -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list] = defaultdict(list)
    for (doc_id, etype, name), eid in resolution.ids.items():
        out[doc_id].append((etype, name, eid))
    return out
