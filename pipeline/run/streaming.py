"""The runner's table phase, streamed: the mention-level tables are built one bucket of documents at
a time, so memory holds one bucket's full results and rows, never the whole corpus's.

Resolution needs every document's names (not their texts): it runs over light *views* of the
results (only the records in :data:`pipeline.result_codec.RESOLUTION_FIELDS`). Then, for each
bucket of documents (the first hex digit of ``doc_id``, as the tables' parts are named), the
bucket's full results are read
back from the cache, turned into rows and written as that bucket's parts. A bucket whose inputs did
not change since the published set (same documents, paths, statuses, entity ids of every name, and
the same table code) is not rebuilt: its parts are linked from the previous set, so an incremental
run reads and writes only the buckets the new, changed or deleted documents fall in (and those whose
entity ids moved).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from typing import Callable, Iterable

from pipeline.records import DocumentResult, FailedDocument, Problem
from pipeline.resolve import Resolution, group_by_doc
from pipeline.schemas import TABLES_BY_NAME
from pipeline.tables import document_tables
from pipeline.write import DATASET_TABLES, TableWriter, bucket_of

RunProblem = tuple[str, "str | None", Problem]


def _bucket_digest(table_fp: str, views: list[DocumentResult], failed: list[FailedDocument], problems: list[RunProblem],
                   processed_at: dict[str, dt.datetime], ids_by_doc: dict[str, list]) -> str:
    """Everything a bucket's rows depend on besides the documents' bytes (which doc_id and table_fp cover)."""
    h = hashlib.sha256(table_fp.encode())
    for v in sorted(views, key=lambda v: v.info.source_path):
        d = v.info.doc_id
        h.update(json.dumps([d, v.info.source_path, v.info.status, str(processed_at.get(d)), sorted(ids_by_doc.get(d, ()))]).encode())
    for f in sorted(failed, key=lambda f: f.source_path):
        h.update(json.dumps(["failed", f.source_path, f.content_sha256, str(processed_at.get(f.content_sha256[:16]))]).encode())
    for path, doc_id, p in sorted(problems, key=lambda x: (x[0], x[2].error_type)):
        h.update(json.dumps(["problem", path, doc_id, p.stage, p.error_type, p.message, p.page]).encode())
    return h.hexdigest()


def write_document_tables(writer: TableWriter, table_fp: str, views: Iterable[DocumentResult], failed: Iterable[FailedDocument],
                          run_problems: Iterable[RunProblem], resolution: Resolution, processed_at: dict[str, dt.datetime],
                          load_full: Callable[[DocumentResult], DocumentResult]) -> tuple[int, int]:
    """Write every mention-level table, bucket by bucket; returns (buckets built, buckets reused)."""
    groups: dict[str, tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
    for v in views:
        groups[bucket_of(v.info.doc_id)][0].append(v)
    for f in failed:
        groups[bucket_of(f.content_sha256[:16] if f.content_sha256 else None)][1].append(f)
    for problem in run_problems:
        groups[bucket_of(problem[1])][2].append(problem)
    ids_by_doc = group_by_doc(resolution)
    built = reused = 0
    for bucket in sorted(groups):
        bucket_views, bucket_failed, problems = groups.pop(bucket)
        digest = _bucket_digest(table_fp, bucket_views, bucket_failed, problems, processed_at, ids_by_doc)
        if writer.reuse_bucket(bucket, digest):
            reused += 1
            continue
        full = [load_full(v) for v in bucket_views]
        writer.write_bucket(bucket, digest, document_tables(full, bucket_failed, resolution, processed_at, problems))
        built += 1
        del full
    for name in DATASET_TABLES:
        writer.finish_dataset(name, TABLES_BY_NAME[name].schema)
    return built, reused
