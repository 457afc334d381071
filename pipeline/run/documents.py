"""The runner's per-document half: ingest → segment → nlp → extract for one document, isolated.

Each document is processed on its own, under :func:`time_allowed` seconds of CPU time (SIGPROF, in
whichever process runs it: the pool's tasks run in each worker's main thread, so the signal works
there too) and ``doc_timeout_wall_factor`` times that of wall clock (SIGALRM).
Anything a document raises becomes a :class:`FailedDocument`; the run goes on. With more than one
process, documents go to a pool of workers forked from a parent that loaded spaCy and the rules once
(:mod:`pipeline.run.warm`); a worker that dies
(out of memory, a crash in native code) costs only the document it was holding, found through a
small in-flight marker file each worker keeps; the same marker lets the parent kill a worker whose
document ignores the signals (stuck in native code) at twice its CPU limit plus 5 s of the worker's
CPU time, or twice its wall-clock limit plus 5 s.
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import shutil
import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterator, Sequence

from pipeline.config import Settings
from pipeline.errors import DocumentTimeout, PipelineError
from pipeline.ingest import ingest_document, read_bytes
from pipeline.records import DocumentResult, FailedDocument, Problem, SourceFile
from pipeline.run.limits import cpu_seconds, time_allowed, time_limit, wall_allowed


class Worker:
    """Holds the spaCy pipeline and the rules for one process; each is built on first use.

    A run in which no document needs processing never touches ``nlp``, so spaCy is never loaded.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._nlp = None
        self._rules = None
        self._setup_seconds = 0.0  # loading the model and rules during the current document (not its time)

    @property
    def nlp_loaded(self) -> bool:
        return self._nlp is not None

    @property
    def nlp(self):
        if self._nlp is None:
            from pipeline.nlp import build_nlp

            loading = time.monotonic()
            self._nlp = build_nlp(self.settings.spacy_model, self.settings.data_dir)
            self._setup_seconds += time.monotonic() - loading
        return self._nlp

    @property
    def rules(self):
        if self._rules is None:
            from pipeline.extract import load_rules

            from dataclasses import replace

            loading = time.monotonic()
            from pipeline.extract.event_model import model_folder
            from pipeline.extract.org_model import model_folder as org_model_folder

            self._rules = replace(load_rules(self.settings.data_dir), language_models=dict(self.settings.language_models),
                                  event_model=model_folder(self.settings.data_dir) if self.settings.event_model else None,
                                  org_model=org_model_folder(self.settings.data_dir) if self.settings.org_model else None)
            self._setup_seconds += time.monotonic() - loading
        return self._rules

    def warm_up(self) -> None:
        """Load the model, the rules and the tables a document's rules read on first use, so that the
        workers a pool forks from this process share them (see :mod:`pipeline.run.warm`)."""
        from pipeline.run.warm import read_sample

        read_sample(self.nlp, self.rules, self.settings)

    def process(self, src: SourceFile) -> DocumentResult | FailedDocument:
        """One document, start to finish; any failure becomes a FailedDocument naming the stage.

        The result carries how long it took (``processing_ms``, without loading the model)."""
        from dataclasses import replace

        started = time.monotonic()
        self._setup_seconds = 0.0
        result = self._process(src)
        return replace(result, processing_ms=round((time.monotonic() - started - self._setup_seconds) * 1000))

    def _process(self, src: SourceFile) -> DocumentResult | FailedDocument:
        from pipeline.extract import extract_document
        from pipeline.nlp import annotate_documents
        from pipeline.segment import segment_document

        from pipeline.run.parts import merge_parts, split_parts

        limit, wall = time_allowed(self.settings, src.size), wall_allowed(self.settings, src.size)
        stage = "ingest"
        started, cpu_started = time.monotonic(), time.process_time()
        try:
            with time_limit(limit, wall):
                doc = ingest_document(src, read_bytes(src), self.settings)
                stage = "segment"
                seg = segment_document(doc)
            used, used_wall = time.process_time() - cpu_started, time.monotonic() - started
            # Loading the model is the run's cost, not the document's: outside the limit. A
            # missing model is a usage error for the whole run, so it is not caught here.
            nlp, rules = self.nlp, self.rules
            remaining = limit - used if limit > 0 else 0
            wall_remaining = wall - used_wall if wall > 0 else 0
            if (limit > 0 and remaining <= 0) or (wall > 0 and wall_remaining <= 0):
                raise DocumentTimeout(f"processing took longer than the {round(limit, 1):g} s limit")
            with time_limit(remaining, wall_remaining):
                # A big document goes through nlp and extract one part at a time (bounded memory).
                done = []
                for offset, part in split_parts(seg, self.settings.part_chars):
                    stage = "nlp"
                    ((part, annotated),) = list(annotate_documents(nlp, [part], self.settings.batch_size))
                    stage = "extract"
                    done.append((offset, extract_document(part, annotated, rules)))
                    del annotated
                return done[0][1] if len(done) == 1 else merge_parts(seg, done)
        except PipelineError as exc:
            exc_stage = exc.stage if exc.stage != "run" else stage
            return failed_document(src, exc_stage, exc.error_type, exc.message, exc.page)
        except Exception as exc:  # the runner isolates each document: anything unexpected is recorded, not fatal
            return failed_document(src, stage, type(exc).__name__, describe(exc))


def describe(exc: BaseException) -> str:
    """A readable message, falling back on the cause when the exception's own message is empty."""
    msg = str(exc).strip()
    cause = exc.__cause__ or exc.__context__ or (exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None)
    if not msg and cause is not None:
        msg = f"{type(cause).__name__}: {cause}".strip(": ")
    return msg or type(exc).__name__


def failed_document(src: SourceFile, stage: str, error_type: str, message: str, page: int | None = None) -> FailedDocument:
    return FailedDocument(src.rel_path, src.fmt, src.sha256, Problem(stage, error_type, message, page))


# --------------------------------------------------------------------------------------------
# the pool
# --------------------------------------------------------------------------------------------
Save = Callable[[DocumentResult | FailedDocument], None]
Done = tuple[str, str]  # (source path, status): what crosses back from a worker; the result itself is in the cache

_WORKER: Worker | None = None
_INFLIGHT: Path | None = None
_SAVE: Save | None = None


def _finish(worker: Worker, src: SourceFile, save: Save) -> Done:
    result = worker.process(src)
    save(result)
    return src.rel_path, result.info.status if isinstance(result, DocumentResult) else "failed"


def _init_worker(settings: Settings, inflight_dir: Path, save: Save, shared: Worker | None = None) -> None:
    global _WORKER, _INFLIGHT, _SAVE  # one Worker per pool process: the parent's warmed one (forked), or built once
    from pipeline.lock import close_inherited_locks

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    close_inherited_locks()
    _die_with_parent()
    _WORKER = shared if shared is not None else Worker(settings)
    if shared is not None:
        gc.freeze()  # what it inherited (model, rules, tables) lives as long as it: its full collections skip it
    _INFLIGHT = inflight_dir / str(os.getpid())
    _SAVE = save


def _die_with_parent() -> None:
    """Linux: a worker whose parent is killed (kill -9) exits too, instead of idling forever."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:
            os._exit(1)


def _work(src: SourceFile) -> Done:
    # The worker caches the result itself: sending it back to the parent to be pickled there
    # would cost the parent a core's worth of (de)serialisation on a two-core machine.
    assert _WORKER is not None and _INFLIGHT is not None and _SAVE is not None
    _WORKER.nlp  # noqa: B018 - load the model before the document's clock starts (see _stop_stuck_workers)
    _INFLIGHT.write_text(src.sha256)
    try:
        return _finish(_WORKER, src, _SAVE)
    finally:
        _INFLIGHT.write_text("")


class ForkGate:
    """Orders forks against a main thread that works meanwhile.

    A process forked while another thread holds an import lock (or any lock) inherits it locked
    and can deadlock. So the first pool is forked before the main thread starts its work
    (:meth:`wait_forked`), and any later pool (a retry after a worker died) only once the main
    thread is done (:meth:`main_done`).
    """

    def __init__(self, main_busy: bool = False) -> None:
        self._forked = threading.Event()
        self._main_done = threading.Event()
        if not main_busy:
            self._main_done.set()

    def wait_forked(self) -> None:
        self._forked.wait()

    def main_done(self) -> None:
        self._main_done.set()

    def before_fork(self, first: bool) -> None:
        if not first:
            self._main_done.wait()

    def after_fork(self) -> None:
        self._forked.set()


def process_documents(sources: Sequence[SourceFile], settings: Settings, n_process: int, output_dir: Path,
                      save: Save, *, force_pool: bool = False, gate: ForkGate | None = None) -> Iterator[Done]:
    """Process every source, handing each result to ``save`` as it is finished; yields (path, status) as they finish.

    Largest files go first, so that a big PDF does not start last and leave the other cores idle.
    With one process the documents are processed here, unless ``force_pool`` (a caller that is
    busy meanwhile, or not in the main thread, where the time limit's alarm cannot be handled).
    """
    if not sources:
        return
    ordered = sorted(sources, key=lambda s: (-s.size, s.rel_path))
    if n_process <= 1 and not force_pool:
        worker = Worker(settings)
        # the tables rules read on first use are loaded here, not inside the first document's time limit
        worker.warm_up()
        for src in ordered:
            yield _finish(worker, src, save)
        return
    inflight_dir = output_dir / ".state" / "inflight"
    remaining = {s.rel_path: s for s in ordered}
    try:
        yield from _pool_with_retries(remaining, settings, max(n_process, 1), inflight_dir, save, gate or ForkGate())
    finally:
        shutil.rmtree(inflight_dir, ignore_errors=True)


def _pool_with_retries(remaining: dict[str, SourceFile], settings: Settings, n_process: int, inflight_dir: Path, save: Save,
                       gate: ForkGate):
    first = True
    stuck: set[str] = set()
    shared = None
    if min(n_process, len(remaining)) > 1:  # workers to share it: load once here, before the first fork
        from pipeline.run.warm import before_fork

        shared = Worker(settings)
        shared.warm_up()
        before_fork(shared.nlp, shared.rules, settings)
    while remaining:
        gate.before_fork(first)
        broken = yield from _pool_pass(remaining, settings, n_process, inflight_dir, save, gate, stuck, shared)
        first = False
        if not broken:
            break
        # The workers that were holding documents when the pool broke: one of them died. Each
        # suspect is retried alone, so a document fails only if it kills a worker by itself.
        held = {f.read_text().strip() for f in inflight_dir.iterdir() if f.is_file()} - {""}
        suspects = [s for s in remaining.values() if s.sha256 in held] or list(remaining.values())[:1]
        for s in suspects:
            del remaining[s.rel_path]
            if s.sha256 in stuck:  # killed by the watchdog, not a mystery: no retry
                save(failed_document(s, "run", "timeout",
                                     f"processing did not stop at the {round(time_allowed(settings, s.size), 1):g} s limit (stuck in native "
                                     "code?); its worker process was stopped"))
                yield s.rel_path, "failed"
                continue
            alone = {s.rel_path: s}
            gate.before_fork(first)
            if (yield from _pool_pass(alone, settings, 1, inflight_dir, save, gate, stuck, shared)):
                save(failed_document(s, "run", "worker_crashed",
                                     "the worker process died while processing this document (out of memory, or a "
                                     "crash inside a native library); the other documents were processed"))
                yield s.rel_path, "failed"


def _stop_stuck_workers(inflight_dir: Path, limits: dict[str, tuple[float, float]], stuck: set[str],
                        cpu_at_start: dict[tuple[str, str, float], float | None]) -> None:
    """Kill a worker whose document ignored its time limit (a signal cannot interrupt native code).

    ``limits``: each document's (CPU, wall-clock) limits by content hash. The in-flight marker is
    rewritten when a document starts, so its age is that document's wall-clock time; the worker's CPU
    time when the marker was first seen (``cpu_at_start``, kept between calls) gives its CPU time.
    """
    now = time.time()
    for marker in inflight_dir.iterdir():
        with contextlib.suppress(OSError, ValueError):
            sha = marker.read_text().strip()
            limit, wall = limits.get(sha, (0.0, 0.0))
            if not sha or limit <= 0:
                continue
            started = marker.stat().st_mtime
            cpu = cpu_seconds(int(marker.name))
            cpu0 = cpu_at_start.setdefault((marker.name, sha, started), cpu)
            spent = cpu - cpu0 if cpu is not None and cpu0 is not None else 0.0
            if spent > 2 * limit + 5 or (wall > 0 and now - started > 2 * wall + 5):
                stuck.add(sha)
                os.kill(int(marker.name), signal.SIGKILL)


def _pool_pass(remaining: dict[str, SourceFile], settings: Settings, n_process: int, inflight_dir: Path, save: Save,
               gate: ForkGate, stuck: set[str], shared: Worker | None = None):
    """Process ``remaining`` in a pool, removing each finished document; returns True if the pool broke.

    ``stuck`` collects the content hashes of documents whose worker had to be killed; ``shared``, a
    Worker this process warmed up, is what every forked worker starts from.
    """
    inflight_dir.mkdir(parents=True, exist_ok=True)
    for f in inflight_dir.iterdir():
        f.unlink(missing_ok=True)
    pool = ProcessPoolExecutor(max_workers=min(n_process, len(remaining)), mp_context=multiprocessing.get_context("fork"),
                               initializer=_init_worker, initargs=(settings, inflight_dir, save, shared))
    try:
        pending = {pool.submit(_work, s): s for s in remaining.values()}  # with fork, the first submit forks every worker
        gate.after_fork()
        limits = {s.sha256: (time_allowed(settings, s.size), wall_allowed(settings, s.size)) for s in remaining.values()}
        cpu_at_start: dict[tuple[str, str, float], float | None] = {}
        while pending:
            finished, _ = wait(pending, timeout=1.0, return_when=FIRST_COMPLETED)
            _stop_stuck_workers(inflight_dir, limits, stuck, cpu_at_start)
            for fut in sorted(finished, key=lambda f: pending[f].rel_path):
                src = pending.pop(fut)
                result = fut.result()
                del remaining[src.rel_path]
                yield result
    except BrokenProcessPool:
        return True
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return False
