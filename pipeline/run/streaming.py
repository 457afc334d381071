"""The runner's table phase, streamed: the mention-level tables are built one bucket of documents at
a time, so memory holds one bucket's full results and rows, never the whole corpus's.

Resolution needs every document's names (not their texts): it runs over light *views* of the
results (only the records in :data:`pipeline.result_codec.RESOLUTION_FIELDS`). Then, for each
bucket of documents (the first k hex digits of ``doc_id``, as the tables' parts are named; k grows
with the corpus, :func:`pipeline.write.bucket_chars`), the bucket's full results are read back from
the cache, turned into rows and written as that bucket's parts. A bucket is not rebuilt when its
inputs did not change since the published set: the same documents, paths, statuses, failures and
problems, the same table code (its digest), and no entity id of its documents' names changed
(``changed_ids``: the documents whose names' published ids differ, from comparing the published id
history with this run's). Its parts are then linked from the previous set, so an incremental run
reads and writes only the buckets the new, changed or deleted documents fall in (and those whose
entity ids moved).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from pipeline.records import DocumentResult, FailedDocument, Problem
from pipeline.resolve import Resolution
from pipeline.schemas import TABLES_BY_NAME
from pipeline.tables import document_tables
from pipeline.write import DATASET_TABLES, TableWriter, bucket_of

if TYPE_CHECKING:
    from pipeline.resolve.redirects import IdHistory

RunProblem = tuple[str, "str | None", Problem]


def _bucket_digest(table_fp: str, views: list[DocumentResult], failed: list[FailedDocument], problems: list[RunProblem],
                   processed_at: dict[str, dt.datetime]) -> str:
    """Everything a bucket's rows depend on besides the documents' bytes (which doc_id and table_fp cover)
    and their names' entity ids (checked apart, :func:`docs_with_changed_ids`)."""
    h = hashlib.sha256(table_fp.encode())
    for v in sorted(views, key=lambda v: v.info.source_path):
        d = v.info.doc_id
        h.update(json.dumps([d, v.info.source_path, v.info.status, str(processed_at.get(d))]).encode())
    for f in sorted(failed, key=lambda f: f.source_path):
        h.update(json.dumps(["failed", f.source_path, f.content_sha256, str(processed_at.get(f.content_sha256[:16]))]).encode())
    for path, doc_id, p in sorted(problems, key=lambda x: (x[0], x[2].error_type)):
        h.update(json.dumps(["problem", path, doc_id, p.stage, p.error_type, p.message, p.page]).encode())
    return h.hexdigest()


def docs_with_changed_ids(published: "IdHistory", now: "IdHistory") -> set[str]:
    """doc_ids with a name whose entity id differs from the published set's (or that is new or gone).

    The two histories map every (type, doc_id, name) of the corpus to its id; their symmetric difference
    is taken by the dict views in C (about 10 ms for 100,000 names), so only the differing names cost Python.
    """
    return {doc_id for (_, doc_id, _), _ in published.nodes.items() ^ now.nodes.items()}


def write_document_tables(writer: TableWriter, table_fp: str, views: Iterable[DocumentResult], failed: Iterable[FailedDocument],
                          run_problems: Iterable[RunProblem], resolution: Resolution, processed_at: dict[str, dt.datetime],
                          load_full: Callable[[DocumentResult], DocumentResult], changed_ids: set[str]) -> tuple[int, int]:
    """Write every mention-level table, bucket by bucket; returns (buckets built, buckets reused).
    ``changed_ids``: the documents whose names' entity ids differ from the published set's."""
    groups: dict[str, tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
    chars = writer.chars
    for v in views:
        groups[bucket_of(v.info.doc_id, chars)][0].append(v)
    for f in failed:
        groups[bucket_of(f.content_sha256[:16] if f.content_sha256 else None, chars)][1].append(f)
    for problem in run_problems:
        groups[bucket_of(problem[1], chars)][2].append(problem)
    built = reused = 0
    for bucket in sorted(groups):
        bucket_views, bucket_failed, problems = groups.pop(bucket)
        digest = _bucket_digest(table_fp, bucket_views, bucket_failed, problems, processed_at)
        ids_moved = any(v.info.doc_id in changed_ids for v in bucket_views)
        if not ids_moved and writer.reuse_bucket(bucket, digest):
            reused += 1
            continue
        full = [load_full(v) for v in bucket_views]
        writer.write_bucket(bucket, digest, document_tables(full, bucket_failed, resolution, processed_at, problems))
        built += 1
        del full
    for name in DATASET_TABLES:
        writer.finish_dataset(name, TABLES_BY_NAME[name].schema)
    return built, reused


@dataclass
class Stabilised:
    """The run's entities with published ids (:func:`stabilised`)."""

    resolution: Resolution  # its ``ids``: every name's published id (a Mapping; entities only on the whole-corpus path)
    redirects: list[dict]  # entity_redirects rows
    tables: dict  # people, organisations, events, merges
    unreadable: set[str]  # the published entity tables' files found unreadable: written again even when unchanged
    first_published: Mapping  # (entity_type, id) -> when first published, every id ever published before this run
    first_added: dict  # the same for the ids published for the first time now (only on the touched-groups path)
    changed_docs: set[str]  # doc_ids with a name whose published id differs from the published set's (or is new or gone)
    nodes: dict | None  # whole-corpus path: every name's id, to store; None: the entity index holds them (set_published)


class IndexIds(Mapping):
    """(doc_id, entity_type, name) -> published id, read from the entity index one document at a time (the
    mention-level tables are built document by document)."""

    def __init__(self, index) -> None:
        self.index = index
        self._doc: str | None = None
        self._ids: dict = {}

    def __getitem__(self, key: tuple[str, str, str]) -> str:
        if key[0] != self._doc:
            self._doc, self._ids = key[0], self.index.document_published_ids(key[0])
        return self._ids[key]

    def __iter__(self):
        return ((d, t, n) for t, d, n, _ in self.index.published_rows("", None))

    def __len__(self) -> int:
        return len(self.index.published_rows("", None))


def bucket_range(bucket: str) -> tuple[str, str | None]:
    """The doc_ids of a bucket (hex digits): lo <= doc_id < hi (None: no upper bound)."""
    if set(bucket) == {"f"}:
        return bucket, None
    return bucket, format(int(bucket, 16) + 1, f"0{len(bucket)}x")


def stabilised(index, previous_dir: Path | None, now: dt.datetime) -> Stabilised:
    """The run's entities with published ids, and the names whose ids moved. After an index update that re-resolved
    some groups only, only those groups are read back and matched against the published ids (the changed names'
    published ids and whether an id is held elsewhere are read from the entity index, not from the published id
    history), the published entity tables keep every other row, and the new ids are stored in the index
    (:func:`pipeline.resolve.redirects.stabilise_delta`); otherwise (a rebuild, no history, an id that lost every
    name, an unreadable published entity table) the whole corpus with the whole published history, the same result."""
    import functools

    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.resolve.redirects import Held, NeedsWholeCorpus, stabilise_delta, stabilise_ids
    from pipeline.state import ID_NODES, load_id_history
    from pipeline.tables import ENTITY_TABLES, entity_tables, entity_tables_changed

    unreadable: set[str] = set()
    if index.changes is not None and previous_dir is not None and (previous_dir / ID_NODES).exists():
        history = load_id_history(previous_dir, nodes=False)
        previous = {}
        for name in ENTITY_TABLES:
            try:
                previous[name] = pq.read_table(previous_dir / f"{name}.parquet")
            except (OSError, pa.ArrowException):  # unreadable: the whole corpus has it all, and the writer rewrites it
                unreadable.add(f"{name}.parquet")
        published: dict[tuple[str, str, str], str] = {}
        try:
            changed, names = index.changed_resolution(published)
            delta = stabilise_delta(changed, names, published,
                                    lambda etype, replaced: Held(functools.partial(index.is_published, etype), replaced), history, now)
        except NeedsWholeCorpus:
            pass
        else:
            if not unreadable:
                tables = entity_tables_changed(previous, delta.resolution, delta.replaced)
                index.set_published(delta.ids)
                moved = {d for (t, d, n), pid in delta.ids.items() if published.get((t, d, n)) != pid}
                # Entities are in the tables; the mention-level tables read only the names' ids.
                return Stabilised(Resolution({}, {}, {}, IndexIds(index), []), delta.redirects, tables, unreadable,
                                  history.first_published, delta.first_added, moved, None)
    history = load_id_history(previous_dir)
    resolution, redirects, id_history = stabilise_ids(index.resolution(), history, now)
    moved = docs_with_changed_ids(history, id_history)
    index.set_published(id_history.nodes if index.changes is None
                        else {k: v for k, v in id_history.nodes.items() if history.nodes.get(k) != v})
    return Stabilised(resolution, redirects, entity_tables(resolution), unreadable, id_history.first_published, {}, moved,
                      id_history.nodes)
