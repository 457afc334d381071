"""The runner: every input accounted for, each document isolated and under a time limit, in one or more processes."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, published_tables

SMALL = ("ecc-2020-output-papers.txt", "first-cluster-policy-forum.txt")


@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    """Two good documents, a byte-identical copy, an empty file and a file type we do not read."""
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    for name in SMALL:
        shutil.copy(ROOT / "raw_docs" / name, folder / name)
    shutil.copy(ROOT / "raw_docs" / SMALL[0], folder / "sub" / "copy.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.xlsx").write_bytes(b"PK\x03\x04 not read")
    return folder


def test_run_counts_every_input(run_pipeline, mixed_folder, tmp_path):
    out = tmp_path / "out"
    s = run_pipeline(mixed_folder, out)

    assert s.n_found == 4
    assert s.n_found == s.n_ok + s.n_partial + s.n_failed + len(s.duplicates)
    assert (s.n_ok + s.n_partial, s.n_failed, s.failed) == (2, 1, ["empty.txt"])
    assert s.duplicates == ["sub/copy.txt"] and s.unsupported == ["notes.xlsx"]
    tables = published_tables(out)
    assert s.rows == {name: len(rows) for name, rows in tables.items()}
    errors = {(e["source_path"], e["error_type"]) for e in tables["errors"]}
    assert {("empty.txt", "empty_file"), ("sub/copy.txt", "duplicate_content"), ("notes.xlsx", "unsupported_extension")} <= errors
    status = {d["source_path"]: d["status"] for d in tables["documents"]}
    assert status["empty.txt"] == "failed" and len(status) == 3

    again = run_pipeline(mixed_folder, out)  # the no-op path gives the same account
    assert (again.n_found, again.n_ok, again.n_failed, again.failed, again.duplicates, again.unsupported, again.rows) == \
        (s.n_found, s.n_ok, s.n_failed, s.failed, s.duplicates, s.unsupported, s.rows)
    assert not again.tables_written


def test_run_cli_exit_code_says_documents_failed(mixed_folder, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--input", str(mixed_folder), "--output", str(tmp_path / "o"),
                           "-q"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "failed" in proc.stdout  # the wording of the summary is the CLI's


def _slow_or_crashing_segment(monkeypatch):
    """segment_document that hangs on 'slow.txt', kills its process on 'crash.txt' (a real worker death),
    hangs deaf to the time limit's signals on 'stuck.txt', computes forever on 'busy.txt' (deaf to the
    signals too on 'busy-stuck.txt') and waits 5 s on 'nap.txt'."""
    import pipeline.segment

    real = pipeline.segment.segment_document

    def segment(doc):
        if doc.source_path.endswith("slow.txt"):
            time.sleep(60)
        if doc.source_path.endswith("crash.txt"):
            os._exit(1)
        if doc.source_path.endswith("busy-stuck.txt"):  # native code computing: no signal interrupts it
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGPROF})
            while True:
                pass
        elif doc.source_path.endswith("stuck.txt"):  # like native code: the alarm cannot interrupt it
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGPROF})
            time.sleep(120)
        if doc.source_path.endswith("busy.txt"):
            while True:
                pass
        if doc.source_path.endswith("nap.txt"):
            time.sleep(5)
        return real(doc)

    monkeypatch.setattr(pipeline.segment, "segment_document", segment)


@pytest.mark.parametrize("n_process", [1, 2])
def test_run_timeout_becomes_a_failed_row(run_pipeline, tmp_path, monkeypatch, n_process):
    _slow_or_crashing_segment(monkeypatch)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "raw_docs" / name, docs / name)
    (docs / "slow.txt").write_text("A document that takes too long.\n", encoding="utf-8")

    s = run_pipeline(docs, tmp_path / "out", doc_timeout=3.0, n_process=n_process)

    # Had the limit not fired, slow.txt would have finished (ok) after its 60 s sleep. It uses no CPU
    # time: the wall clock stops it, at 10 × 3 s (doc_timeout_wall_factor).
    assert (s.n_ok + s.n_partial, s.failed, s.n_process) == (2, ["slow.txt"], n_process)
    (error,) = [e for e in published_tables(tmp_path / "out")["errors"] if e["source_path"] == "slow.txt"]
    assert (error["error_type"], error["stage"]) == ("timeout", "segment")
    assert "3 s limit" in error["message"]


def test_run_worker_death_costs_only_its_document(run_pipeline, tmp_path, monkeypatch):
    _slow_or_crashing_segment(monkeypatch)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "raw_docs" / name, docs / name)
    (docs / "crash.txt").write_text("A document whose worker dies.\n", encoding="utf-8")

    s = run_pipeline(docs, tmp_path / "out", n_process=2)

    assert (s.n_ok + s.n_partial, s.failed) == (2, ["crash.txt"])
    (error,) = [e for e in published_tables(tmp_path / "out")["errors"] if e["source_path"] == "crash.txt"]
    assert error["error_type"] == "worker_crashed"


def test_run_pool_workers_share_the_model_their_parent_loaded(run_pipeline, tmp_path, monkeypatch):
    """With two workers or more, the parent builds the spaCy pipeline and the rules once before it forks
    (Worker.warm_up) and every worker starts from them: the model is built once, in this process."""
    import pipeline.nlp

    real, built = pipeline.nlp.build_nlp, tmp_path / "built-in"

    def build(*args):
        with built.open("a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")
        return real(*args)

    monkeypatch.setattr(pipeline.nlp, "build_nlp", build)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "raw_docs" / name, docs / name)

    s = run_pipeline(docs, tmp_path / "out", n_process=2)

    assert (s.n_process, s.n_ok + s.n_partial, s.failed) == (2, 2, [])
    assert built.read_text(encoding="utf-8").split() == [str(os.getpid())]


@pytest.mark.parametrize(("n_docs", "setting", "cpus", "expected"), [
    (0, 0, 2, 0), (1, 0, 2, 1), (7, 0, 2, 1), (8, 0, 2, 2), (500, 0, 2, 2), (500, 0, 1, 1), (3, 4, 2, 3), (50, 1, 2, 1),
])
def test_run_process_count(settings, monkeypatch, n_docs, setting, cpus, expected):
    from dataclasses import replace

    from pipeline.run import _n_process

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cpus)))
    assert _n_process(replace(settings, n_process=setting), n_docs) == expected


def test_run_timeout_in_an_incremental_run(run_pipeline, tmp_path, monkeypatch):
    """New documents next to cached ones are processed in a worker while the cache loads: the limit still holds."""
    _slow_or_crashing_segment(monkeypatch)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "raw_docs" / name, docs / name)
    run_pipeline(docs, tmp_path / "out")
    (docs / "slow.txt").write_text("A document that takes too long.\n", encoding="utf-8")

    s = run_pipeline(docs, tmp_path / "out", doc_timeout=3.0)

    assert (s.n_processed, s.n_reused, s.failed) == (1, 2, ["slow.txt"])
    (error,) = [e for e in published_tables(tmp_path / "out")["errors"] if e["source_path"] == "slow.txt"]
    assert error["error_type"] == "timeout"


def test_run_worker_stuck_past_the_time_limit_is_stopped(run_pipeline, tmp_path, monkeypatch):
    _slow_or_crashing_segment(monkeypatch)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "raw_docs" / name, docs / name)
    (docs / "stuck.txt").write_text("A document stuck where no alarm reaches.\n", encoding="utf-8")

    s = run_pipeline(docs, tmp_path / "out", n_process=2, doc_timeout=2.0)

    # Had its worker not been stopped (at 2 × 10 × 2 s + 5 s of wall clock), stuck.txt would have finished (ok) after 120 s.
    assert (s.n_ok + s.n_partial, s.failed) == (2, ["stuck.txt"])
    (error,) = [e for e in published_tables(tmp_path / "out")["errors"] if e["source_path"] == "stuck.txt"]
    assert error["error_type"] == "timeout" and "worker process was stopped" in error["message"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_run_time_limit_counts_cpu_time_not_waiting(run_pipeline, tmp_path, monkeypatch, n_process):
    """On a loaded machine a document making progress gets a slice of a core: the limit is CPU time, so a
    document that computes past it fails and one that waits longer than it (5 s against 3 s) does not."""
    _slow_or_crashing_segment(monkeypatch)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "busy.txt").write_text("A document that computes forever.\n", encoding="utf-8")
    (docs / "nap.txt").write_text("Anna Novak opened the forum in Vienna on 3 May 2024.\n", encoding="utf-8")

    s = run_pipeline(docs, tmp_path / "out", doc_timeout=3.0, doc_timeout_wall_factor=20.0, n_process=n_process)

    assert (s.n_ok + s.n_partial, s.failed) == (1, ["busy.txt"])
    (error,) = published_tables(tmp_path / "out")["errors"]
    assert (error["source_path"], error["error_type"], error["stage"]) == ("busy.txt", "timeout", "segment")
    assert "3 s limit of CPU time" in error["message"]


def test_run_worker_computing_deaf_to_the_limit_is_stopped_by_its_cpu_time(run_pipeline, tmp_path, monkeypatch):
    _slow_or_crashing_segment(monkeypatch)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "busy-stuck.txt").write_text("A document computing where no signal reaches.\n", encoding="utf-8")
    (docs / "nap.txt").write_text("Anna Novak opened the forum in Vienna on 3 May 2024.\n", encoding="utf-8")

    # The wall clock would allow 2 × 1,000 × 3 s + 5 s: the worker is stopped for its CPU time (2 × 3 s + 5 s).
    s = run_pipeline(docs, tmp_path / "out", n_process=2, doc_timeout=3.0, doc_timeout_wall_factor=1000.0)

    assert (s.n_ok + s.n_partial, s.failed) == (1, ["busy-stuck.txt"])
    (error,) = [e for e in published_tables(tmp_path / "out")["errors"] if e["source_path"] == "busy-stuck.txt"]
    assert error["error_type"] == "timeout" and "worker process was stopped" in error["message"]


def test_run_cpu_seconds_of_a_live_process():
    from pipeline.run.limits import cpu_seconds

    spent = cpu_seconds(os.getpid())
    assert spent is not None and abs(spent - time.process_time()) < 1.0
    assert cpu_seconds(2 ** 22 + 1) is None  # no such process
