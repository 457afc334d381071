"""Where the per-document work runs: here / in forked worker processes (``local``), or on a Dask cluster (``dask``).

With ``--executor dask`` each new or changed document is one task (ingest → segment → nlp →
extract) on a Dask distributed cluster: the one at ``--scheduler tcp://HOST:8786``, or a
``LocalCluster`` of ``n_process`` worker processes started for the run. Dask schedules the tasks,
restarts a worker process that dies and moves its task to another worker; nothing here is a
scheduler of its own.

* Workers read the documents themselves (``SourceFile.path``: the input folder must be visible at the
  same path on every machine) and send each result back; the client caches it as it arrives (the
  output folder need only be visible to the client, which also writes the tables).
* Each worker process builds the spaCy pipeline and the rules once (a per-process cache), and
  checks that its code, data and model name give the client's fingerprint: a worker with another
  version of the wheel stops the run with a usage error instead of mixing results.
* A worker that dies while holding a document (out of memory, a crash in native code, a document
  stuck past twice its time limit) costs only that document: Dask restarts the worker, and the
  documents it held are tried once more, each alone on the cluster (as the local pool does); one
  that kills its worker again is recorded as failed (``worker_crashed``).
* The time limit: Dask runs tasks in worker threads, where the local alarm (SIGALRM) cannot fire;
  the limit is raised in the task's thread instead (``PyThreadState_SetAsyncExc``, delivered between
  Python bytecodes, as a signal handler is), and a document still running at twice the limit plus
  5 s (stuck in native code) ends its worker process.
"""
from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
import threading
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator, Sequence

from pipeline.config import DATA_DIR, Settings
from pipeline.errors import DocumentTimeout, UsageError
from pipeline.records import DocumentResult, FailedDocument, SourceFile
from pipeline.run.documents import Done, ForkGate, Save, Worker, describe, failed_document, process_documents

EXECUTORS = ("local", "dask")

# Scheduler settings for the LocalCluster a run starts (a shared scheduler reads its own, see README):
# a task whose worker died is handed back to the client at once, which retries it alone; a worker
# holds only the document it is processing, so a dying worker seldom takes another document with it.
LOCAL_CLUSTER_CONFIG = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0}


def documents_processor(settings: Settings) -> Callable[..., Iterator[Done]]:
    """The function that processes a run's new documents: :func:`process_documents` or :func:`process_on_dask`."""
    return process_on_dask if settings.executor == "dask" or settings.scheduler else process_documents


class WorkerMismatch(UsageError):
    """A Dask worker runs other code, rule data or model than the client."""


def _timeout_message(seconds: float) -> str:
    return f"processing took longer than the {seconds:g} s limit (setting doc_timeout, --timeout or CLUSTER_KB_DOC_TIMEOUT)"


# --------------------------------------------------------------------------------------------
# the client side
# --------------------------------------------------------------------------------------------
def process_on_dask(sources: Sequence[SourceFile], settings: Settings, n_process: int, output_dir: Path, save: Save,
                    *, force_pool: bool = False, gate: ForkGate | None = None) -> Iterator[Done]:
    """Process every source as a Dask task, handing each result to ``save`` as it arrives; yields (path, status).

    Same contract as :func:`pipeline.run.documents.process_documents` (``force_pool`` is moot: the
    work is never done in this process).
    """
    from distributed import as_completed

    from pipeline.state import settings_fingerprint

    if gate is not None:
        gate.after_fork()  # nothing is forked here: never keep the caller's main thread waiting
    if not sources:
        return
    uses_default_data = settings.data_dir.resolve() == DATA_DIR
    expected = settings_fingerprint(settings)
    data_dir = Path() if uses_default_data else settings.data_dir.resolve()  # a shared folder, same path everywhere
    job = (replace(settings, data_dir=data_dir), uses_default_data, expected)
    ordered = sorted(sources, key=lambda s: (-s.size, s.rel_path))  # largest first, as locally
    run_tag = uuid.uuid4().hex[:8]
    with _client(settings, n_process) as client:
        futures = {client.submit(_process_on_worker, src, job, key=f"cluster-kb-document-{run_tag}-{i}", pure=False,
                                 priority=len(ordered) - i): src
                   for i, src in enumerate(ordered)}
        suspects: list[SourceFile] = []
        for fut in as_completed(futures):
            src = futures.pop(fut)
            result = _outcome(fut, settings)
            if result is None:  # its worker died: this document, or another one the worker held
                suspects.append(src)
                continue
            save(result)
            yield src.rel_path, _status(result)
        # Each suspect once more, alone on the cluster: a document fails only if it kills a worker by itself.
        for i, src in enumerate(suspects):
            result = _outcome(client.submit(_process_on_worker, src, job, key=f"cluster-kb-retry-{run_tag}-{i}", pure=False),
                              settings)
            if result is None:
                result = failed_document(src, "run", "worker_crashed",
                                         "the Dask worker processing this document died, also when it was retried "
                                         "alone (out of memory, a crash inside a native library, or stuck past twice "
                                         "the time limit); the other documents were processed")
            save(result)
            yield src.rel_path, _status(result)


def _status(result: DocumentResult | FailedDocument) -> str:
    return result.info.status if isinstance(result, DocumentResult) else "failed"


def _outcome(fut, settings: Settings) -> DocumentResult | FailedDocument | None:
    """A finished task's result; None when its worker died (Dask's KilledWorker)."""
    from distributed import KilledWorker

    try:
        return fut.result()
    except KilledWorker:
        return None
    except UsageError:
        raise
    except Exception as exc:  # the task itself never raises for a document: this is the cluster's set-up
        raise UsageError(f"the Dask cluster at {settings.scheduler or 'localhost'} could not run the pipeline "
                         f"({type(exc).__name__}: {describe(exc)}): the scheduler and every worker need the same "
                         "cluster-kb wheel, dependencies and spaCy model as this machine (README, 'More than "
                         "one machine')") from exc
    finally:
        fut.release()


@contextlib.contextmanager
def _client(settings: Settings, n_process: int):
    """A Dask client on the configured scheduler, or on a LocalCluster of ``n_process`` worker processes."""
    import dask
    from distributed import Client, LocalCluster

    if not settings.scheduler:
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            # One thread a worker: spaCy is CPU-bound and holds the GIL. No dashboard, a free port:
            # several runs may share a machine.
            with LocalCluster(n_workers=max(n_process, 1), threads_per_worker=1, processes=True, dashboard_address=None,
                              scheduler_port=0, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
                yield client
        return
    try:
        client = Client(settings.scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {settings.scheduler} ({exc}): start it with "
                         f"`dask scheduler` (see README, 'More than one machine')") from exc
    with client:
        if not client.scheduler_info().get("workers"):
            print(f"no Dask worker is connected to {settings.scheduler} yet: waiting for one "
                  f"(start it with `dask worker {settings.scheduler} --nthreads 1`)", file=sys.stderr, flush=True)
            client.wait_for_workers(1)
        yield client


# --------------------------------------------------------------------------------------------
# the worker side (runs in each Dask worker process)
# --------------------------------------------------------------------------------------------
_WORKERS: dict[str, Worker] = {}
_WORKERS_LOCK = threading.Lock()


def _worker_for(settings: Settings, uses_default_data: bool, expected: str) -> Worker:
    """This process's Worker for the client's fingerprint, its spaCy pipeline and rules loaded once."""
    with _WORKERS_LOCK:
        worker = _WORKERS.get(expected)
        if worker is None:
            from pipeline.state import settings_fingerprint

            if uses_default_data:  # the data shipped with this machine's installed wheel
                settings = replace(settings, data_dir=DATA_DIR)
            mine = settings_fingerprint(settings)
            if mine != expected:
                raise WorkerMismatch(
                    f"the Dask worker on {_host()} runs other pipeline code, rule data or spaCy model than the client "
                    f"(fingerprint {mine[:12]} vs {expected[:12]}): install the same cluster-kb wheel and model on "
                    "every machine")
            worker = Worker(settings)
            worker.nlp, worker.rules  # noqa: B018 - load both now, outside any document's time limit
            _WORKERS.clear()  # a worker serves one client version at a time
            _WORKERS[expected] = worker
        return worker


def _host() -> str:
    import socket

    return socket.gethostname()


def _process_on_worker(src: SourceFile, job: tuple[Settings, bool, str]) -> DocumentResult | FailedDocument:
    """One Dask task: one document start to finish, under the time limit; the result goes back to the client."""
    settings, uses_default_data, expected = job
    worker = _worker_for(settings, uses_default_data, expected)
    limit = worker.settings.doc_timeout
    try:
        with _exit_when_stuck(limit), _thread_time_limit(limit):
            return worker.process(src)
    except DocumentTimeout:  # the limit fired just as the document finished, outside Worker.process
        return failed_document(src, "run", "timeout", _timeout_message(limit))


@contextlib.contextmanager
def _thread_time_limit(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in this thread if the block runs longer than ``seconds``."""
    if seconds <= 0:
        yield
        return
    message = _timeout_message(seconds)

    class Timeout(DocumentTimeout):  # raised by class: the interpreter calls it without arguments
        def __init__(self, *_args: object) -> None:
            super().__init__(message)

    thread_id, lock, state = threading.get_ident(), threading.Lock(), {"active": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(Timeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["active"] = False
            timer.cancel()
            if state["fired"]:  # withdraw it if it has not been raised yet
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None)


@contextlib.contextmanager
def _exit_when_stuck(seconds: float) -> Iterator[None]:
    """End this worker process if the block is still running at twice ``seconds`` plus 5 s (as the local pool does)."""
    if seconds <= 0:
        yield
        return

    def stop() -> None:
        print(f"cluster-kb: a document ignored its {seconds:g} s time limit (stuck in native code?): "
              "ending this worker process", file=sys.stderr, flush=True)
        os._exit(70)

    timer = threading.Timer(2 * seconds + 5, stop)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
