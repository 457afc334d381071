"""Turn per-document results plus the cross-document resolution into the output tables' rows.

Pure: rows in, pyarrow tables out (cast to :mod:`pipeline.schemas`). Row order is deterministic
(sorted by keys), so two runs on the same inputs give identical tables.
"""
from __future__ import annotations

import bisect
import datetime as dt
from typing import Iterable, Sequence

import pyarrow as pa

from pipeline import __version__
from pipeline.normalise import fold
from pipeline.records import DocumentResult, FailedDocument, Page, Problem, Sentence
from pipeline.resolve import Resolution, reported_event_id
from pipeline.schemas import TABLES, TABLES_BY_NAME


def page_of(pages: Sequence[Page], offset: int, starts: Sequence[int] | None = None) -> int | None:
    """1-based page containing ``offset`` (None for documents without pages). ``starts``: the pages'
    start offsets, computed once per document by a caller with many rows (as for :func:`sentence_of`)."""
    if not pages:
        return None
    if starts is None:
        starts = [p.start for p in pages]
    i = bisect.bisect_right(starts, offset) - 1
    return pages[max(i, 0)].number


def sentence_of(text: str, sentences: Sequence[Sentence], start: int, end: int,
                starts: Sequence[int] | None = None) -> str:
    """The sentence holding [start, end), whitespace-normalised. ``starts``: the sentences' start offsets,
    computed once per document by a caller with many mentions (else a big document's table rows cost
    sentences × mentions)."""
    if starts is None:
        starts = [s.start for s in sentences]
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and sentences[i].end >= end:
        s = sentences[i]
        return " ".join(text[s.start:s.end].split())
    # Mention crossing a sentence boundary or outside any sentence: its line.
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return " ".join(text[ls:le if le != -1 else len(text)].split())


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    schema = TABLES_BY_NAME[name].schema
    return pa.Table.from_pylist(rows, schema=schema)


ENTITY_TABLES = ("people", "organisations", "events", "merges")


def build_tables(
    results: Sequence[DocumentResult],
    failed: Sequence[FailedDocument],
    resolution: Resolution,
    processed_at: dict[str, dt.datetime],
    run_problems: Iterable[tuple[str, str | None, Problem]] = (),
) -> dict[str, pa.Table]:
    """All output tables. ``processed_at`` maps doc_id → when that document was (last) processed."""
    tables = document_tables(results, failed, resolution, processed_at, run_problems)
    tables.update(entity_tables(resolution))
    return {t.name: tables.get(t.name, to_arrow(t.name, [])) for t in TABLES}


def _seconds(milliseconds: int | None) -> float | None:
    return None if milliseconds is None else milliseconds / 1000


def document_tables(
    results: Sequence[DocumentResult],
    failed: Sequence[FailedDocument],
    resolution: Resolution,
    processed_at: dict[str, dt.datetime],
    run_problems: Iterable[tuple[str, str | None, Problem]] = (),
) -> dict[str, pa.Table]:
    """The mention-level tables of these documents (any subset of the corpus: the runner builds them
    one bucket of documents at a time). Only ``resolution.ids`` is read from the resolution."""
    results = sorted(results, key=lambda r: r.info.source_path)
    ids = resolution.ids
    now = dt.datetime.now(dt.timezone.utc)
    rows: dict[str, list[dict]] = {t.name: [] for t in TABLES if t.name not in ENTITY_TABLES and t.name != "entity_redirects"}

    for r in results:
        i = r.info
        rows["documents"].append({
            "doc_id": i.doc_id, "source_path": i.source_path, "title": i.title, "doc_type": i.doc_type,
            "published_date": i.published_date, "published_date_source": i.published_date_source,
            "language": i.language, "n_pages": i.n_pages, "n_chars": i.n_chars, "content_sha256": i.content_sha256,
            "status": i.status, "processed_at": processed_at.get(i.doc_id, now), "pipeline_version": __version__, "format": i.fmt,
            "parent_doc_id": i.parent_doc_id, "sender": i.sender, "author": i.author, "n_pages_ocr": i.n_pages_ocr,
            "languages": list(i.languages), "processing_seconds": _seconds(r.processing_ms),
        })
        rows["document_texts"].append({"doc_id": i.doc_id, "text": r.text})
        for p in r.problems:
            rows["errors"].append({"source_path": i.source_path, "doc_id": i.doc_id, "stage": p.stage, "error_type": p.error_type,
                                   "message": p.message, "page": p.page, "occurred_at": processed_at.get(i.doc_id, now)})

        sentence_starts = [s.start for s in r.sentences]
        page_starts = [p.start for p in r.pages]

        def mention(etype: str, eid: str, text: str, start: int, end: int, rule: str) -> None:
            rows["mentions"].append({
                "doc_id": i.doc_id, "entity_type": etype, "entity_id": eid, "text": text, "start_char": start, "end_char": end,
                "page": page_of(r.pages, start, page_starts), "sentence": sentence_of(r.text, r.sentences, start, end, sentence_starts),
                "rule": rule,
            })

        for m in r.people:
            mention("person", ids[(i.doc_id, "person", m.name)], m.text, m.start, m.end, m.rule)
        for m in r.organisations:
            mention("organisation", ids[(i.doc_id, "organisation", m.name)], m.text, m.start, m.end, m.rule)
        for m in r.events:
            mention("event", ids[(i.doc_id, "event", m.name)], m.text, m.start, m.end, m.rule)
            for organiser in m.organisers:
                rows["event_organisers"].append({
                    "event_id": ids[(i.doc_id, "event", m.name)], "org_id": ids[(i.doc_id, "organisation", organiser)],
                    "doc_id": i.doc_id, "start_char": m.start, "end_char": m.end, "rule": m.rule,
                })
        for m in r.locations:
            mention("location", fold(m.city or m.country or m.text), m.text, m.start, m.end, m.rule)
        for role in r.roles:
            rows["roles"].append({
                "doc_id": i.doc_id, "person_id": ids[(i.doc_id, "person", role.person)], "role": role.role,
                "org_id": ids.get((i.doc_id, "organisation", role.organisation)) if role.organisation else None,
                "start_char": role.start, "end_char": role.end, "page": page_of(r.pages, role.start, page_starts),
                "as_of": i.published_date, "rule": role.rule,
            })
        for d in r.dates:
            rows["dates"].append({
                "doc_id": i.doc_id, "text": d.text, "start_date": d.start_date, "end_date": d.end_date, "precision": d.precision,
                "start_char": d.start, "end_char": d.end, "page": page_of(r.pages, d.start, page_starts), "resolved": d.resolved, "rule": d.rule,
            })
        reported = reported_event_id(r, resolution) if r.key_messages else None
        for k in r.key_messages:
            rows["key_messages"].append({
                "doc_id": i.doc_id, "ordinal": k.ordinal, "text": k.text, "section": k.section, "start_char": k.start,
                "end_char": k.end, "page": page_of(r.pages, k.start, page_starts), "event_id": reported, "rule": k.rule,
            })

    for f in sorted(failed, key=lambda f: f.source_path):
        doc_id = f.content_sha256[:16] if f.content_sha256 else None
        if doc_id:
            rows["documents"].append({
                "doc_id": doc_id, "source_path": f.source_path, "title": None, "doc_type": "other", "published_date": None,
                "published_date_source": None, "language": None, "n_pages": None, "n_chars": 0, "content_sha256": f.content_sha256,
                "status": "failed", "processed_at": processed_at.get(doc_id, now), "pipeline_version": __version__, "format": f.fmt,
                "parent_doc_id": None, "sender": None, "author": None, "n_pages_ocr": None, "languages": None,
                "processing_seconds": _seconds(f.processing_ms),
            })
        p = f.problem
        rows["errors"].append({"source_path": f.source_path, "doc_id": doc_id, "stage": p.stage, "error_type": p.error_type,
                               "message": p.message, "page": p.page, "occurred_at": processed_at.get(doc_id or "", now)})
    for source_path, doc_id, p in run_problems:
        rows["errors"].append({"source_path": source_path, "doc_id": doc_id, "stage": p.stage, "error_type": p.error_type,
                               "message": p.message, "page": p.page, "occurred_at": now})

    for key in ("mentions", "dates", "roles", "key_messages", "event_organisers"):
        rows[key].sort(key=lambda x: (x["doc_id"], x["start_char"], x["end_char"], x.get("entity_type", ""), x.get("ordinal", 0)))
    rows["errors"].sort(key=lambda x: (x["source_path"], x["stage"], x["error_type"], x["page"] or 0, x["message"]))
    return {name: to_arrow(name, table_rows) for name, table_rows in rows.items()}


def entity_tables(resolution: Resolution) -> dict[str, pa.Table]:
    """people, organisations, events and merges from the cross-document resolution."""
    rows: dict[str, list[dict]] = {name: [] for name in ENTITY_TABLES}
    for ent in sorted(resolution.people.values(), key=lambda e: e.entity_id):
        rows["people"].append({"person_id": ent.entity_id, "name": ent.name, "aliases": sorted(ent.aliases),
                               "n_mentions": ent.n_mentions, "n_documents": len(ent.doc_ids)})
    for ent in sorted(resolution.organisations.values(), key=lambda e: e.entity_id):
        a = ent.attrs
        rows["organisations"].append({"org_id": ent.entity_id, "name": ent.name, "acronym": a.get("acronym"), "aliases": sorted(ent.aliases),
                                      "org_type": a.get("org_type"), "country": a.get("country"),
                                      "n_mentions": ent.n_mentions, "n_documents": len(ent.doc_ids)})
    for ent in sorted(resolution.events.values(), key=lambda e: e.entity_id):
        a = ent.attrs
        rows["events"].append({"event_id": ent.entity_id, "name": ent.name, "event_type": a.get("event_type") or "other",
                               "start_date": a.get("start_date"), "end_date": a.get("end_date"), "date_precision": a.get("date_precision"),
                               "city": a.get("city"), "country": a.get("country"), "edition": a.get("edition"), "status": a.get("status"),
                               "n_mentions": ent.n_mentions, "n_documents": len(ent.doc_ids)})
    rows["merges"] = sorted(resolution.merges, key=lambda m: (m["entity_type"], m["entity_id"], m["merged_name"], m["rule"]))
    return {name: to_arrow(name, table_rows) for name, table_rows in rows.items()}


_ENTITY_ID = {"people": ("person", "person_id"), "organisations": ("organisation", "org_id"), "events": ("event", "event_id")}
_MERGE_ORDER = [("entity_type", "ascending"), ("entity_id", "ascending"), ("merged_name", "ascending"), ("rule", "ascending")]


def entity_tables_changed(previous: dict[str, pa.Table], changed: Resolution, replaced: dict[str, set[str]]) -> dict[str, pa.Table]:
    """:func:`entity_tables` of a resolution that differs from the one behind ``previous`` (the published entity
    tables) only in some entities: ``previous``'s rows of the ``replaced`` ids (per entity type) give way to
    ``changed``'s entities and merges, in the same order (a stable sort on the same keys; strings compare by
    code point in Arrow as in Python)."""
    import pyarrow.compute as pc

    fresh = entity_tables(changed)
    out = {}
    for name, (etype, column) in _ENTITY_ID.items():
        old = previous[name].select(fresh[name].schema.names).cast(fresh[name].schema)
        drop = pc.is_in(old[column], value_set=pa.array(sorted(replaced.get(etype, ())), pa.string()))
        keep = old.filter(pc.invert(pc.fill_null(drop, False)))
        out[name] = pa.concat_tables([keep, fresh[name]]).sort_by([(column, "ascending")]).combine_chunks()
    old = previous["merges"].select(fresh["merges"].schema.names).cast(fresh["merges"].schema)
    gone = pa.array([False] * old.num_rows, pa.bool_())
    for etype, ids in replaced.items():
        gone = pc.or_(gone, pc.and_(pc.equal(old["entity_type"], etype), pc.is_in(old["entity_id"], value_set=pa.array(sorted(ids), pa.string()))))
    keep = old.filter(pc.invert(pc.fill_null(gone, False)))
    out["merges"] = pa.concat_tables([keep, fresh["merges"]]).sort_by(_MERGE_ORDER).combine_chunks()
    return out
