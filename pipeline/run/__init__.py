"""The runner: the only module that knows the order of the stages, the paths and the batch sizes.

lock → discover → plan (what is new, changed, deleted, duplicated; nothing changed → stop here,
without loading spaCy) → process the new/changed documents (ingest → segment → nlp → extract, each
document isolated and under a time limit, in one or more processes; each result cached as it
arrives) → cross-document resolution, kept in the entity index (:mod:`pipeline.resolve.index`) and
updated with only the new, changed and deleted documents' names → tables → written to a staging
folder and published in one atomic step (see :mod:`pipeline.write`).

Analyst extras (DuckDB, review pages) are not run here: the CLI calls them after :func:`run`
returns, with the :class:`RunSummary` (``summary.version_dir`` is the published set).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pipeline.config import Settings
from pipeline.ingest import UnreadableFile, UnsupportedFile, discover
from pipeline.lock import output_lock
from pipeline.records import DocumentInfo, DocumentResult, FailedDocument, SourceFile
from pipeline.state import (Manifest, cached_results, load_manifest, load_result, now_utc, prune_cache, save_result,
                            settings_fingerprint, state_dir, tables_fingerprint)
from pipeline.run.documents import ForkGate, process_documents
from pipeline.run.executors import documents_processor
from pipeline.run.output_errors import output_writes
from pipeline.run.publish import pause_at, write_and_publish

Progress = Callable[[str, int, int, str], None]


@dataclass
class RunSummary:
    """What a run did. Fields are a stable contract for the CLI and analyst extras (add, don't rename)."""

    input_dir: Path
    output_dir: Path
    n_found: int = 0  # supported files found = n_ok + n_partial + n_failed + len(duplicates)
    n_processed: int = 0  # processed in this run
    n_reused: int = 0  # unchanged, taken from the result cache
    n_ok: int = 0
    n_partial: int = 0
    n_failed: int = 0
    n_deleted: int = 0  # in the previous published set, gone now
    unsupported: list[str] = field(default_factory=list)  # files not read (listed, not failures)
    unreadable: dict[str, str] = field(default_factory=dict)  # path -> why it could not be read at all (an errors row)
    duplicates: list[str] = field(default_factory=list)  # same bytes as another input
    failed: list[str] = field(default_factory=list)  # paths of failed documents
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    tables_written: bool = False  # False: nothing changed, the published set was left as it was
    full: bool = False  # every document was (re)processed: --full, or code/rule data/model changed
    n_process: int = 0  # worker processes used (0 = none needed)
    run_id: str = ""
    version_dir: Path | None = None  # the published set's folder (read from it for one consistent set)
    n_buckets_built: int = 0  # document buckets whose mention-level rows were built in this run
    n_buckets_reused: int = 0  # document buckets taken over unchanged from the previous set
    bucket_chars: int = 0  # hex digits of doc_id naming a bucket (grows with the corpus; 0: no tables written)
    layout_changed: bool = False  # the bucket layout grew or shrank: every part was rewritten once
    not_english: dict[str, str] = field(default_factory=dict)  # path → "de: 3 dates, …" (documents not in English)
    index_rebuilt: bool = False  # the entity index was rebuilt from every document (first run, rule/code change, --full)
    nodes_resolved: dict[str, int] = field(default_factory=dict)  # entity type → names resolved again in this run
    nodes_indexed: dict[str, int] = field(default_factory=dict)  # entity type → names the entity index holds
    # entity type → new names the index placed in their stored entity without re-running their group (a short path)
    names_attached: dict[str, int] = field(default_factory=dict)


def _tell_waiting(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _new_run_id() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + f"-{uuid.uuid4().hex[:8]}"


def run(settings: Settings, progress: Progress | None = None, on_wait: Callable[[str], None] | None = None) -> RunSummary:
    """Process ``settings.input_dir`` into ``settings.output_dir``; returns what happened.

    Raises :class:`pipeline.errors.RunLocked` when another run holds the output folder (unless
    ``settings.wait``), :class:`pipeline.errors.OutputNotWritable` when the output folder stops taking
    writes (the published tables are then unchanged). ``progress(stage, done, total, item)`` is called as work advances
    (stages: documents, resolve, write).
    """
    t0 = time.monotonic()
    summary = RunSummary(settings.input_dir, settings.output_dir)
    if on_wait is None:
        on_wait = _tell_waiting
    # Disk full, read-only: OutputNotWritable, the published set untouched (staged tables are removed
    # under the lock, where no other run can be staging).
    with output_writes(settings.output_dir, clean=False):
        settings.output_dir.mkdir(parents=True, exist_ok=True)
        with output_lock(settings.output_dir, wait=settings.wait, on_wait=on_wait), output_writes(settings.output_dir):
            _run_locked(settings, summary, progress)
    summary.seconds = time.monotonic() - t0
    return summary


def _run_locked(settings: Settings, summary: RunSummary, progress: Progress | None) -> None:
    from pipeline.write import clean_stale, current_version

    out = settings.output_dir
    clean_stale(out)  # a crashed run's staging and old sets
    from pipeline.run.input_stats import STATS_FILE, InputStats

    stats = InputStats(state_dir(out) / STATS_FILE, use=not settings.full)  # unchanged files are not hashed again
    found = list(discover(settings.input_dir, stats.known))
    stats.save(s for s in found if type(s) is SourceFile)
    sources = [s for s in found if not isinstance(s, UnsupportedFile)]
    summary.unreadable = {s.rel_path: s.reason for s in found if isinstance(s, UnreadableFile)}
    summary.unsupported = [s.rel_path for s in found if isinstance(s, UnsupportedFile) and s.rel_path not in summary.unreadable]
    summary.n_found = len(sources)

    # One document per content: a byte-identical copy is reported, not processed twice.
    first_by_sha: dict[str, SourceFile] = {}
    unique: list[SourceFile] = []
    for s in sources:
        if s.sha256 in first_by_sha:
            summary.duplicates.append(s.rel_path)
        else:
            first_by_sha[s.sha256] = s
            unique.append(s)

    fp = settings_fingerprint(settings)
    previous_dir = current_version(out)
    table_fp = tables_fingerprint(fp)
    previous = load_manifest(previous_dir)
    inputs = {s.rel_path: s.sha256 for s in sources} | {p: "" for p in (*summary.unsupported, *summary.unreadable)}
    summary.n_deleted = sum(1 for p in previous.files if p not in inputs)
    if (not settings.full and previous.fingerprint == table_fp and previous.inputs() == inputs
            and _published_complete(out, previous_dir, previous)):
        _summarise_unchanged(summary, previous, previous_dir)
        return

    cached = cached_results(out, fp)  # one listing of the cache folder, not a look-up per document
    todo = [s for s in unique if settings.full or (s.sha256, s.fmt) not in cached]
    summary.n_processed = len(todo)
    summary.n_reused = len(unique) - len(todo)
    summary.full = bool(unique) and len(todo) == len(unique)
    summary.n_process = _n_process(settings, len(todo))
    loaded: dict[str, tuple[dt.datetime, DocumentResult | FailedDocument]] = {}
    # The entity index holds every unchanged document's names and info: their cache files are not read.
    from pipeline.resolve.index import open_index

    index = open_index(out, settings.data_dir)
    try:
        _run_indexed(settings, summary, progress, unique, todo, first_by_sha, inputs, fp, table_fp, previous, loaded, index)
    finally:
        index.close()  # without commit (a failed run): the index stays as the published set left it


def _run_indexed(settings: Settings, summary: RunSummary, progress: Progress | None, unique: list[SourceFile], todo: list[SourceFile],
                 first_by_sha: dict[str, SourceFile], inputs: dict[str, str], fp: str, table_fp: str, previous: Manifest,
                 loaded: dict, index) -> None:
    out = settings.output_dir
    save = functools.partial(_save, out, fp)
    todo_paths = {s.rel_path for s in todo}
    trusted = False
    stored: dict = {}

    def load_reused() -> None:
        # The table stage's imports and the unchanged documents' results: done while the new
        # documents are processed, when there are both (after the workers are forked: the index's
        # database connection is opened here, never inherited by a worker).
        import importlib

        nonlocal trusted, stored
        trusted = not settings.full and index.matches(table_fp, previous.run_id)
        stored = index.documents() if trusted else {}
        if not trusted:
            index.reset()
        kept = {s.sha256[:16] for s in unique if s.rel_path not in todo_paths and _same_document(stored.get(s.sha256[:16]), s)}
        index.withdraw(set(stored) - kept)  # gone, changed, or to be read again from its cache file

        # pyarrow's table conversion imports pandas on first use (~0.5 s): import it here too.
        for module in ("pipeline.resolve", "pipeline.tables", "pipeline.write", "pyarrow.parquet", "pandas"):
            with contextlib.suppress(ImportError):
                importlib.import_module(module)

        for s in unique:
            if s.rel_path in todo_paths:
                continue
            known = stored.get(s.sha256[:16])
            if _same_document(known, s):
                loaded[s.rel_path] = (known[0], DocumentResult(known[1], ""))  # a view with only its info
            else:
                _load_indexed(loaded, settings, fp, s, save, index)

    if todo and len(todo) < len(unique):
        _process_while(todo, settings, summary, save, progress, load_reused)
        _release_document_work(todo)
    else:
        _process_while(todo, settings, summary, save, progress, None)
        _release_document_work(todo)
        load_reused()
    for s in todo:
        _load_indexed(loaded, settings, fp, s, save, index)

    # Every document's result, new or reused, from the cache: one code path for both, so an
    # incremental run builds exactly what a full run builds. Held here as light views (names for
    # resolution); the table phase reads each bucket's full results back when it needs them.
    results: list[DocumentResult] = []
    failed: list[FailedDocument] = []
    processed_at: dict[str, dt.datetime] = {}
    for s in unique:
        stamp, result = loaded.pop(s.rel_path)
        result = _relocated(result, s.rel_path)
        processed_at[s.sha256[:16]] = stamp
        (results if isinstance(result, DocumentResult) else failed).append(result)
    if progress:
        progress("resolve", 0, 1, "")
    report = index.resolve_pending(rebuild=not trusted)  # only what the added and withdrawn names touch
    summary.index_rebuilt, summary.nodes_resolved, summary.nodes_indexed = report.rebuilt, report.nodes_resolved, report.nodes_total
    summary.names_attached = report.attached

    manifest = Manifest(table_fp, {}, {}, _new_run_id())
    for r in results:
        manifest.files[r.info.source_path] = {"sha256": r.info.content_sha256, "status": r.info.status}
    for f in failed:
        manifest.files[f.source_path] = {"sha256": f.content_sha256, "status": "failed"}
    for p in summary.duplicates:
        manifest.files[p] = {"sha256": inputs[p], "status": "duplicate"}
    for p in summary.unsupported:
        manifest.files[p] = {"sha256": "", "status": "unsupported"}
    for p in summary.unreadable:
        manifest.files[p] = {"sha256": "", "status": "unreadable"}
    _count(summary, manifest)
    by_path = {s.rel_path: s for s in unique}

    def load_full(view: DocumentResult) -> DocumentResult:
        again: dict = {}
        _load_into(again, settings, fp, by_path[view.info.source_path], save, light=False)
        return _relocated(again.popitem()[1][1], view.info.source_path)

    if any(any(lang not in ("en", "und") for lang in (r.info.languages or (r.info.language,))) for r in results):
        # Only then: importing pipeline.extract loads spaCy (time and ~50 MB a table phase does not need).
        from pipeline.extract.languages import language_summary

        summary.not_english = language_summary(results, load_full)

    write_and_publish(settings, summary, manifest, results, failed, processed_at, first_by_sha, progress, load_full, index)
    prune_cache(out, fp, {(s.sha256, s.fmt) for s in unique})


def _process_while(todo: list[SourceFile], settings: Settings, summary: RunSummary, save: Callable, progress: Progress | None,
                   meanwhile: Callable[[], None] | None) -> None:
    """Process ``todo``; with ``meanwhile``, in worker processes driven from a thread while this thread runs it."""
    done = 0

    gate = ForkGate(main_busy=meanwhile is not None)

    def drive(force_pool: bool) -> None:
        nonlocal done
        process = documents_processor(settings)  # here and in forked workers, or on a Dask cluster
        for rel_path, _status in process(todo, settings, summary.n_process, settings.output_dir, save,
                                         force_pool=force_pool, gate=gate):
            done += 1
            if progress:
                progress("documents", done, len(todo), rel_path)
            if done == 1:
                pause_at("documents")

    if meanwhile is None:
        drive(force_pool=False)
        return
    failure: list[BaseException] = []

    def guarded() -> None:
        try:
            drive(force_pool=True)  # in a worker process: the time limit needs a main thread
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread below
            failure.append(exc)
        finally:
            gate.after_fork()  # never leave the main thread waiting

    thread = threading.Thread(target=guarded, name="documents", daemon=True)
    thread.start()
    gate.wait_forked()
    try:
        meanwhile()
    finally:
        gate.main_done()
    thread.join()
    if failure:
        raise failure[0]


def _release_document_work(todo: list[SourceFile]) -> None:
    """The documents are processed: drop what only their processing reads (spaCy's tables, the rules' data, the
    language identifier), which a pool's parent loaded for its workers and kept through the table phase."""
    if todo:
        from pipeline.run.release import release_document_caches

        release_document_caches()


def _load_into(loaded: dict, settings: Settings, fp: str, s: SourceFile, save: Callable, light: bool = True) -> None:
    """(stamp, result) of ``s`` from the cache into ``loaded``; ``light``: only what resolution reads."""
    out = settings.output_dir
    cached = load_result(out, fp, s.sha256, s.fmt, light=light)
    if cached is None:  # unreadable cache file (disk trouble): process it again, here
        list(process_documents([s], settings, 1, out, save))
        cached = load_result(out, fp, s.sha256, s.fmt, light=light)
        if cached is None:
            raise OSError(f"cannot read back the cached result of {s.rel_path} from {out / '.state'}")
    loaded[s.rel_path] = cached


def _same_document(known: tuple[dt.datetime, DocumentInfo] | None, s: SourceFile) -> bool:
    return known is not None and (known[1].content_sha256, known[1].fmt) == (s.sha256, s.fmt)


def _load_indexed(loaded: dict, settings: Settings, fp: str, s: SourceFile, save: Callable, index) -> None:
    """Read ``s``'s light view from the cache into the entity index; ``loaded`` keeps a view with only its info."""
    _load_into(loaded, settings, fp, s, save)
    stamp, result = loaded[s.rel_path]
    if isinstance(result, DocumentResult):
        index.add(stamp, result)
        loaded[s.rel_path] = (stamp, DocumentResult(result.info, ""))


def _published_complete(out: Path, version_dir: Path | None, manifest: Manifest) -> bool:
    """The published set has every table it lists, each reachable as outputs/<table>.parquet."""
    if version_dir is None or not manifest.rows:
        return False
    return all((version_dir / f"{n}.parquet").exists() and (out / f"{n}.parquet").exists() for n in manifest.rows)


def _summarise_unchanged(summary: RunSummary, manifest: Manifest, version_dir: Path | None) -> None:
    live = [p for p, e in manifest.files.items() if e["status"] in ("ok", "partial", "failed")]
    summary.n_reused = len(live)
    summary.rows = dict(manifest.rows)
    summary.run_id = manifest.run_id
    summary.version_dir = version_dir
    _count(summary, manifest)


def _count(summary: RunSummary, manifest: Manifest) -> None:
    statuses = {p: e["status"] for p, e in manifest.files.items()}
    summary.n_ok = sum(1 for s in statuses.values() if s == "ok")
    summary.n_partial = sum(1 for s in statuses.values() if s == "partial")
    summary.failed = sorted(p for p, s in statuses.items() if s == "failed")
    summary.n_failed = len(summary.failed)


def _n_process(settings: Settings, n_docs: int) -> int:
    """Worker processes: the setting, or (auto) one more per ``parallel_min_docs`` documents, up to the CPUs."""
    if n_docs == 0:
        return 0
    if settings.n_process > 0:
        return min(settings.n_process, n_docs)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cpus, 1 + n_docs // max(settings.parallel_min_docs, 1)))


def _save(out: Path, fp: str, result: DocumentResult | FailedDocument) -> None:
    """Cache one finished document (called in whichever process finished it)."""
    save_result(out, fp, result, now_utc())


def _relocated(result: DocumentResult | FailedDocument, rel_path: str) -> DocumentResult | FailedDocument:
    """A cached result under its current path (a renamed or copied file keeps its content and doc_id)."""
    from dataclasses import replace

    if isinstance(result, DocumentResult):
        return result if result.info.source_path == rel_path else replace(result, info=replace(result.info, source_path=rel_path))
    return result if result.source_path == rel_path else replace(result, source_path=rel_path)

