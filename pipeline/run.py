"""The runner: the only module that knows the order of the stages, the paths and the batch sizes.

discover → (manifest: which inputs are new or changed) → ingest → segment → nlp → extract, per
document, isolated, under a time limit, in one or two processes → per-document results cached →
cross-document resolution over all results → tables → write.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from pipeline import __version__
from pipeline.config import Settings
from pipeline.errors import DocumentTimeout, PipelineError
from pipeline.ingest import UnsupportedFile, discover, ingest_document, read_bytes
from pipeline.records import DocumentResult, FailedDocument, Problem, SourceFile
from pipeline.state import Manifest, load_manifest, load_result, now_utc, remove_result, save_manifest, save_result


@dataclass
class RunSummary:
    input_dir: Path
    output_dir: Path
    n_found: int = 0
    n_processed: int = 0  # processed in this run
    n_reused: int = 0  # unchanged, taken from the previous run
    n_ok: int = 0
    n_partial: int = 0
    n_failed: int = 0
    n_deleted: int = 0
    unsupported: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    tables_written: bool = False


# --------------------------------------------------------------------------------------------
# per-document processing (runs in this process or in a worker)
# --------------------------------------------------------------------------------------------
@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout if the block runs longer than ``seconds`` (main thread only)."""
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):  # noqa: ARG001
        raise DocumentTimeout(f"processing took longer than the {seconds:g} s limit (CLUSTER_KB_DOC_TIMEOUT)")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Worker:
    """Holds the spaCy pipeline and the rules for one process; built on first use."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._nlp = None
        self._rules = None

    @property
    def nlp(self):
        if self._nlp is None:
            from pipeline.nlp import build_nlp

            self._nlp = build_nlp(self.settings.spacy_model, self.settings.data_dir)
        return self._nlp

    @property
    def rules(self):
        if self._rules is None:
            from pipeline.extract import load_rules

            self._rules = load_rules(self.settings.data_dir)
        return self._rules

    def process(self, sources: Sequence[SourceFile]) -> list[DocumentResult | FailedDocument]:
        """Every source in order, each isolated: a failure becomes a FailedDocument, the rest go on."""
        from pipeline.extract import extract_document
        from pipeline.nlp import annotate_documents
        from pipeline.segment import segment_document

        out: dict[str, DocumentResult | FailedDocument] = {}
        segmented = []
        started: dict[str, float] = {}
        for src in sources:
            started[src.rel_path] = time.monotonic()
            try:
                with time_limit(self.settings.doc_timeout):
                    doc = ingest_document(src, read_bytes(src), self.settings)
                    segmented.append(segment_document(doc))
            except PipelineError as exc:
                out[src.rel_path] = _failed(src, exc.stage if exc.stage != "run" else "ingest", exc.error_type, exc.message, exc.page)
            except Exception as exc:  # the runner isolates each document: anything unexpected is recorded, not fatal
                out[src.rel_path] = _failed(src, "ingest", type(exc).__name__, _describe(exc))
        if segmented:
            for seg, annotated in annotate_documents(self.nlp, segmented, self.settings.batch_size):
                rel = seg.doc.source_path
                src = next(s for s in sources if s.rel_path == rel)
                remaining = self.settings.doc_timeout - (time.monotonic() - started[rel]) if self.settings.doc_timeout > 0 else 0
                try:
                    if self.settings.doc_timeout > 0 and remaining <= 0:
                        raise DocumentTimeout(f"processing took longer than the {self.settings.doc_timeout:g} s limit (CLUSTER_KB_DOC_TIMEOUT)")
                    with time_limit(max(remaining, 0.001) if self.settings.doc_timeout > 0 else 0):
                        out[rel] = extract_document(seg, annotated, self.rules)
                except PipelineError as exc:
                    out[rel] = _failed(src, "extract", exc.error_type, exc.message, exc.page)
                except Exception as exc:  # see above: isolate the document
                    out[rel] = _failed(src, "extract", type(exc).__name__, _describe(exc))
        return [out[s.rel_path] for s in sources]


def _describe(exc: BaseException) -> str:
    msg = str(exc).strip()
    cause = exc.__cause__ or exc.__context__ or (exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None)
    if not msg and cause is not None:
        msg = f"{type(cause).__name__}: {cause}".strip(": ")
    return msg or type(exc).__name__


def _failed(src: SourceFile, stage: str, error_type: str, message: str, page: int | None = None) -> FailedDocument:
    return FailedDocument(src.rel_path, src.fmt, src.sha256, Problem(stage, error_type, message, page))


_WORKER: Worker | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER  # one Worker per pool process, built once
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = Worker(settings)


def _work(sources: Sequence[SourceFile]) -> list[DocumentResult | FailedDocument]:
    assert _WORKER is not None
    return _WORKER.process(sources)


def _batches(items: Sequence[SourceFile], size: int) -> list[list[SourceFile]]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def process_documents(sources: Sequence[SourceFile], settings: Settings) -> Iterator[DocumentResult | FailedDocument]:
    """Results in input order. Two processes when there is enough work to pay for a second model load."""
    if not sources:
        return
    n_process = settings.n_process or (2 if len(sources) >= settings.parallel_min_docs else 1)
    batch = 4 if n_process > 1 else 8
    if n_process <= 1:
        worker = Worker(settings)
        for chunk in _batches(sources, batch):
            yield from worker.process(chunk)
        return
    import multiprocessing

    with ProcessPoolExecutor(max_workers=n_process, mp_context=multiprocessing.get_context("fork"),
                             initializer=_init_worker, initargs=(settings,)) as pool:
        for chunk_results in pool.map(_work, _batches(sources, batch)):
            yield from chunk_results


# --------------------------------------------------------------------------------------------
# the run
# --------------------------------------------------------------------------------------------
def fingerprint(settings: Settings) -> str:
    """What, besides a document's bytes, changes its results: rule data, model, PDF passwords."""
    from pipeline.extract.rules import rules_fingerprint

    h = hashlib.sha256()
    h.update(rules_fingerprint(settings.data_dir).encode())
    h.update(settings.spacy_model.encode())
    h.update(json.dumps(sorted(settings.pdf_passwords.items())).encode())
    return h.hexdigest()


def run(settings: Settings, progress: Callable[[str, int, int, str], None] | None = None) -> RunSummary:
    """Process ``settings.input_dir`` into ``settings.output_dir``; returns what happened.

    ``progress(stage, done, total, item)`` is called as work advances (stage: documents, resolve, write).
    """
    from pipeline.resolve import resolve
    from pipeline.tables import build_tables
    from pipeline.write import write_tables

    t0 = time.monotonic()
    summary = RunSummary(settings.input_dir, settings.output_dir)
    found = list(discover(settings.input_dir))
    sources = [s for s in found if not isinstance(s, UnsupportedFile)]
    summary.unsupported = [s.rel_path for s in found if isinstance(s, UnsupportedFile)]
    summary.n_found = len(sources)

    # One document per content: a byte-identical copy is reported, not processed twice.
    by_sha: dict[str, SourceFile] = {}
    unique: list[SourceFile] = []
    run_problems: list[tuple[str, str | None, Problem]] = []
    for s in sources:
        if s.sha256 in by_sha:
            summary.duplicates.append(s.rel_path)
            run_problems.append((s.rel_path, s.sha256[:16], Problem("ingest", "duplicate_content",
                                 f"same content as {by_sha[s.sha256].rel_path}; its rows stand for both")))
            continue
        by_sha[s.sha256] = s
        unique.append(s)

    manifest = load_manifest(settings.output_dir)
    fp = fingerprint(settings)
    reuse_allowed = not settings.full and manifest.pipeline_version == __version__ and manifest.fingerprint == fp
    results: list[DocumentResult] = []
    failed: list[FailedDocument] = []
    processed_at: dict[str, dt.datetime] = {}
    todo: list[SourceFile] = []
    for s in unique:
        entry = manifest.files.get(s.rel_path)
        cached = load_result(settings.output_dir, s.sha256) if reuse_allowed and entry and entry.get("sha256") == s.sha256 else None
        if cached is None:
            todo.append(s)
            continue
        summary.n_reused += 1
        processed_at[s.sha256[:16]] = dt.datetime.fromisoformat(entry["processed_at"])
        (results if isinstance(cached, DocumentResult) else failed).append(_relocated(cached, s.rel_path))

    current_paths = {s.rel_path for s in unique}
    summary.n_deleted = sum(1 for p in manifest.files if p not in current_paths)

    new_manifest = Manifest(__version__, fp, {})
    for s in unique:
        if s.rel_path in manifest.files and s not in todo:
            new_manifest.files[s.rel_path] = manifest.files[s.rel_path]

    done = 0
    for result in process_documents(todo, settings):
        done += 1
        stamp = now_utc()
        sha = result.info.content_sha256 if isinstance(result, DocumentResult) else result.content_sha256
        rel = result.info.source_path if isinstance(result, DocumentResult) else result.source_path
        processed_at[sha[:16]] = stamp
        save_result(settings.output_dir, result)
        status = result.info.status if isinstance(result, DocumentResult) else "failed"
        new_manifest.files[rel] = {"sha256": sha, "doc_id": sha[:16], "status": status, "processed_at": stamp.isoformat()}
        (results if isinstance(result, DocumentResult) else failed).append(result)
        if progress:
            progress("documents", done, len(todo), rel)
    summary.n_processed = done

    nothing_changed = not todo and summary.n_deleted == 0 and reuse_allowed and all(
        (settings.output_dir / f"{name}.parquet").exists() for name in ("documents", "mentions"))
    if not nothing_changed:
        resolution = resolve(results)
        tables = build_tables(results, failed, resolution, processed_at, run_problems + _unsupported_problems(summary))
        write_tables(tables, settings.output_dir)
        summary.tables_written = True
        summary.rows = {name: t.num_rows for name, t in tables.items()}
        save_manifest(settings.output_dir, new_manifest)
        live = {e["sha256"] for e in new_manifest.files.values()}
        for entry in manifest.files.values():
            if entry.get("sha256") not in live:
                remove_result(settings.output_dir, entry["sha256"])
    else:
        import pyarrow.parquet as pq

        from pipeline.schemas import TABLES

        summary.rows = {t.name: pq.ParquetFile(settings.output_dir / f"{t.name}.parquet").metadata.num_rows
                        for t in TABLES if (settings.output_dir / f"{t.name}.parquet").exists()}

    summary.n_ok = sum(1 for r in results if r.info.status == "ok")
    summary.n_partial = sum(1 for r in results if r.info.status == "partial")
    summary.n_failed = len(failed)
    summary.seconds = time.monotonic() - t0
    return summary


def _relocated(result: DocumentResult | FailedDocument, rel_path: str) -> DocumentResult | FailedDocument:
    """A cached result under its current path (a renamed file keeps its content and doc_id)."""
    from dataclasses import replace

    if isinstance(result, DocumentResult):
        return result if result.info.source_path == rel_path else replace(result, info=replace(result.info, source_path=rel_path))
    return result if result.source_path == rel_path else replace(result, source_path=rel_path)


def _unsupported_problems(summary: RunSummary) -> list[tuple[str, str | None, Problem]]:
    return [(p, None, Problem("ingest", "unsupported_extension",
                              "not read: only .pdf, .txt, .md, .html and .htm files are processed")) for p in summary.unsupported]
