"""Publishing a run: the corpus's resolution with stable ids, the tables written to a staging folder bucket by
bucket (unchanged parts linked, not rewritten), the id history, the entity index committed, and the set switched
in one atomic step (:mod:`pipeline.write`). Called by the runner (:mod:`pipeline.run`) once the documents are
processed."""
from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from pipeline.config import Settings
from pipeline.ingest import unsupported_reason
from pipeline.records import DocumentResult, FailedDocument, Problem, SourceFile
from pipeline.state import Manifest, now_utc

if TYPE_CHECKING:
    from pipeline.run import Progress, RunSummary

# Test-only hook (never set it in production): "<point>" or "<point>@<path>". At that point the run
# touches <path> (if given) and sleeps, so a test can read the outputs or kill -9 the run there
# deterministically. Points: "documents" (after the first processed document), "table:<name>"
# (after writing that table to staging), "publish" (everything staged, before the switch).
PAUSE_ENV = "CLUSTER_KB_TEST_PAUSE_AT"


def pause_at(point: str) -> None:
    spec = os.environ.get(PAUSE_ENV, "")
    name, _, marker = spec.partition("@")
    if spec and name == point:
        if marker:
            Path(marker).touch()
        time.sleep(3600)


def write_and_publish(settings: Settings, summary: RunSummary, manifest: Manifest, results: list[DocumentResult],
                      failed: list[FailedDocument], processed_at: dict[str, dt.datetime],
                      first_by_sha: dict[str, SourceFile], progress: Progress | None,
                      load_full: Callable[[DocumentResult], DocumentResult], index) -> None:
    """``results`` are views holding only each document's info; ``load_full`` reads one back whole. ``index``
    (:class:`pipeline.resolve.index.EntityIndex`) holds the corpus's resolution, updated for this run."""
    from pipeline.run.streaming import bucket_range, stabilised, write_document_tables
    from pipeline.schemas import TABLES
    from pipeline.state import write_id_history, write_manifest
    from pipeline.tables import to_arrow
    from pipeline.write import (DATASET_TABLES, TableWriter, bucket_chars, bucket_of, current_version, drop_unpublished_links, new_staging,
                                publish)

    out = settings.output_dir
    previous_dir = current_version(out)
    # Published ids stay: an id earlier sets published is kept or redirected (entity_redirects).
    ids = stabilised(index, previous_dir, now_utc())
    resolution, redirects, tables = ids.resolution, ids.redirects, ids.tables
    run_problems = [(p, inputs_sha[:16], Problem("ingest", "duplicate_content",
                                                 f"same content as {first_by_sha[inputs_sha].rel_path}; its rows stand for both"))
                    for p, inputs_sha in ((p, manifest.files[p]["sha256"]) for p in summary.duplicates)]
    run_problems += [(p, None, Problem("ingest", "unsupported_extension", unsupported_reason(p)))
                     for p in summary.unsupported]
    run_problems += [(p, None, Problem("ingest", "unreadable_file", reason)) for p, reason in summary.unreadable.items()]
    tables["entity_redirects"] = to_arrow("entity_redirects", redirects)
    if progress:
        progress("resolve", 1, 1, "")

    staging = new_staging(out, manifest.run_id)
    # Unchanged files and parts are linked, not rewritten; buckets named by as many doc_id digits as the corpus needs.
    writer = TableWriter(staging, previous_dir, bucket_chars(len(results) + len(failed)))
    writer.unreadable |= ids.unreadable
    summary.bucket_chars, summary.layout_changed = writer.chars, writer.layout_changed
    # Mention-level tables bucket by bucket (see pipeline.run.streaming), then the entity tables.
    summary.n_buckets_built, summary.n_buckets_reused = write_document_tables(
        writer, manifest.fingerprint, results, failed, run_problems, resolution, processed_at, load_full, ids.changed_docs)
    del resolution
    names = [t.name for t in TABLES]
    for i, name in enumerate(sorted(names, key=lambda n: n not in DATASET_TABLES)):
        if name not in DATASET_TABLES:
            writer.write(name, tables.pop(name))
        manifest.rows[name] = writer.rows(name)
        if progress:
            progress("write", i + 1, len(names), name)
        pause_at(f"table:{name}")
    manifest.rows = {name: manifest.rows[name] for name in names}  # in table order
    # The names' ids: whole (the whole-corpus path), or only the buckets whose documents' ids moved, from the index.
    write_id_history(writer, ids.first_published, ids.first_added, ids.nodes, lambda b: index.published_rows(*bucket_range(b)),
                     {bucket_of(r.info.doc_id, writer.chars) for r in results}, {bucket_of(d, writer.chars) for d in ids.changed_docs})
    writer.finish()
    write_manifest(staging, manifest)
    index.commit(manifest.fingerprint, manifest.run_id)  # before the switch: a crash in between only costs a rebuild
    pause_at("publish")
    summary.version_dir = publish(out, staging, names, durable=writer.linked)
    drop_unpublished_links(out, names)
    summary.tables_written = True
    summary.rows = dict(manifest.rows)
    summary.run_id = manifest.run_id
