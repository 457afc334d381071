"""Stage 5b, resolve: one id per real-world person, organisation and event across documents.

Input: every document's mention-level result (new and cached). Output: canonical entities, the id
of every mention name, and one ``merges`` row per name folded into an entity (which rule, what
evidence). Ids come from canonical keys (:func:`pipeline.normalise.stable_id`), never from row or
run order, so reordering, renaming, adding or removing documents leaves the id of an entity whose
key is unchanged alone.

Work is near-linear: names are grouped by exact keys and blocking keys; fuzzy scores (rapidfuzz)
are only computed inside blocks. Rules per entity type: :mod:`.people`, :mod:`.organisations`,
:mod:`.events`; analyst overrides: :mod:`.overrides`. The runner does not call :func:`resolve` on
the whole corpus: the entity index (:mod:`.index`) keeps its result between runs and re-resolves
only the components of the graph of shared blocking keys and fuzzy-pair edges (:mod:`.blocking`)
that changed documents touch, with the same rule code, giving exactly what :func:`resolve` gives.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Iterable

from pipeline.records import DocumentResult
from pipeline.resolve.events import load_token_synonyms, resolve_events
from pipeline.resolve.model import Entity, Node, Resolution
from pipeline.resolve.organisations import load_gazetteer, resolve_organisations
from pipeline.resolve.overrides import Overrides, load_overrides
from pipeline.resolve.people import resolve_people

__all__ = ["Entity", "Resolution", "resolve", "group_by_doc", "document_nodes"]

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[1] / "data"


def _node(store: dict, doc_id: str, name: str, attrs: dict | None, mention: bool) -> None:
    if not name or not name.strip():
        return
    node = store.get((doc_id, name))
    if node is None:
        node = store[(doc_id, name)] = Node(doc_id, name)
    if mention:
        node.n_mentions += 1
    if attrs is not None:
        node.attrs.append(attrs)


def document_nodes(result: DocumentResult) -> dict[str, dict[tuple[str, str], Node]]:
    """One document's resolution nodes per entity type (person, organisation, event)."""
    people: dict = {}
    orgs: dict = {}
    events: dict = {}
    r, d = result, result.info.doc_id
    for p in r.people:
        _node(people, d, p.name, {"title": p.title}, True)
    for o in r.organisations:
        _node(orgs, d, o.name, {"acronym": o.acronym, "org_type": o.org_type, "country": o.country}, True)
        if o.acronym and o.acronym != o.name:
            # The acronym is a name of the same organisation, whether or not it occurs alone.
            _node(orgs, d, o.acronym, {"acronym": o.acronym}, False)
    for role in r.roles:
        _node(people, d, role.person, None, False)
        if role.organisation:
            _node(orgs, d, role.organisation, None, False)
    for e in r.events:
        _node(events, d, e.name, {"event_type": e.event_type, "start_date": e.start_date, "end_date": e.end_date,
                                  "date_precision": e.date_precision, "city": e.city, "country": e.country,
                                  "edition": e.edition}, True)
        for organiser in e.organisers:
            _node(orgs, d, organiser, None, False)
    return {"person": people, "organisation": orgs, "event": events}


def resolve(results: Iterable[DocumentResult], data_dir: Path | None = DEFAULT_DATA_DIR,
            overrides: Overrides | None = None) -> Resolution:
    """Cross-document entities for ``results``; domain data (gazetteer, synonyms, overrides) from ``data_dir``."""
    results = sorted(results, key=lambda r: r.info.doc_id)  # input order must not matter
    if overrides is None:
        overrides = load_overrides(data_dir)
    people: dict = {}
    orgs: dict = {}
    events: dict = {}
    published = {}
    for r in results:
        published[r.info.doc_id] = r.info.published_date
        nodes = document_nodes(r)
        people.update(nodes["person"])
        orgs.update(nodes["organisation"])
        events.update(nodes["event"])

    ids: dict[tuple[str, str, str], str] = {}
    merges: list[dict] = []
    p_ents, p_ids, p_merges = resolve_people(people, overrides)
    o_ents, o_ids, o_merges = resolve_organisations(orgs, load_gazetteer(data_dir), overrides)
    e_ents, e_ids, e_merges = resolve_events(events, load_token_synonyms(data_dir), overrides, published)
    for etype, id_of in (("person", p_ids), ("organisation", o_ids), ("event", e_ids)):
        for (doc_id, name), eid in id_of.items():
            ids[(doc_id, etype, name)] = eid
    merges = p_merges + o_merges + e_merges
    return Resolution(p_ents, o_ents, e_ents, ids, merges)


def group_by_doc(resolution: Resolution) -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list] = defaultdict(list)
    for (doc_id, etype, name), eid in resolution.ids.items():
        out[doc_id].append((etype, name, eid))
    return out


def reported_event_id(result: DocumentResult, resolution: Resolution) -> str | None:
    """The event a document reports on (for ``key_messages.event_id``), or None when unclear.

    In order: an event named in the heading the key messages stand under ("Key conclusions of the 1st
    European Cluster Policy Forum"); an event named in the document title; the event with strictly
    the most mentions in the document (at least two).
    """
    d = result.info.doc_id
    events = [(e, resolution.ids.get((d, "event", e.name))) for e in result.events]
    events = [(e, eid) for e, eid in events if eid]
    if not events:
        return None
    from pipeline.normalise import fold

    def named_in(text: str | None) -> str | None:
        if not text:
            return None
        hits = {eid for e, eid in events if fold(e.text) and fold(e.text) in fold(text)}
        return hits.pop() if len(hits) == 1 else None

    for km in result.key_messages:
        if (eid := named_in(km.section)):
            return eid
    if (eid := named_in(result.info.title)):
        return eid
    counts: dict[str, int] = defaultdict(int)
    for _, eid in events:
        counts[eid] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None
