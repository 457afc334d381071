"""``--executor dask``: the per-document work as tasks on a Dask cluster gives exactly the local run's tables."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import ROOT, published_tables

pytestmark = pytest.mark.slow

DOCS = ("ecc-2020-output-papers.txt", "first-cluster-policy-forum.txt", "eu-clusters-talk-2024-takeaways.md")


def _pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for line in ("Cluster Bulletin", "",
                 "Maria Jensen, Director of the Nordic Robotics Alliance, opened the Smart Factory Summit",
                 "in Aarhus on 12 March 2025. The summit gathered 140 cluster managers from 18 countries.",
                 "Tomas Berg, Policy Officer at the European Commission, presented the new cluster strategy."):
        c.drawString(60, y, line)
        y -= 18
    c.save()


@pytest.fixture
def docs(tmp_path) -> Path:
    """Three sample documents, a PDF, and an empty file (a failed document)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in DOCS:
        shutil.copy(ROOT / "raw_docs" / name, folder / name)
    _pdf(folder / "bulletin.pdf")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_executors_dask_local_cluster_gives_the_local_tables(run_pipeline, docs, tmp_path):
    local = run_pipeline(docs, tmp_path / "local", n_process=1)
    dask = run_pipeline(docs, tmp_path / "dask", executor="dask", n_process=2)

    assert (dask.n_processed, dask.n_ok + dask.n_partial, dask.failed) == (5, 4, ["empty.txt"])
    assert dask.rows == local.rows
    assert published_tables(tmp_path / "dask") == published_tables(tmp_path / "local")
    # Each result was cached as it arrived, in the local form: a local re-run has nothing to do.
    again = run_pipeline(docs, tmp_path / "dask", n_process=1)
    assert (again.n_processed, again.tables_written) == (0, False)


class SlowOrCrashing:
    """A worker plugin for the test: in every Dask worker process (restarted ones too), segment_document
    kills the process on 'crash.txt' (a real worker death) and loops past the time limit on 'slow.txt'."""

    name = "cluster-kb-test-slow-or-crashing"

    def setup(self, worker) -> None:  # noqa: ARG002 - the plugin protocol
        import pipeline.segment

        real = pipeline.segment.segment_document

        def segment(doc):
            if doc.source_path.endswith("crash.txt"):
                os._exit(1)
            if doc.source_path.endswith("slow.txt"):
                for _ in range(600):  # 60 s of Python work, had the limit not fired
                    time.sleep(0.1)
            return real(doc)

        pipeline.segment.segment_document = segment

    def teardown(self, worker) -> None:  # noqa: ARG002
        pass


def test_executors_dask_worker_death_and_timeout_cost_only_their_document(run_pipeline, tmp_path):
    """On a cluster started apart (--scheduler), in an incremental run (the cache loads while Dask works)."""
    import sys

    import cloudpickle
    import dask
    from distributed import Client, LocalCluster, WorkerPlugin

    from pipeline.run.executors import LOCAL_CLUSTER_CONFIG

    docs = tmp_path / "docs"
    docs.mkdir()
    for name in DOCS[:2]:
        shutil.copy(ROOT / "raw_docs" / name, docs / name)
    run_pipeline(docs, tmp_path / "out", n_process=1)  # the Dask run below is incremental: new documents next to cached ones
    (docs / "crash.txt").write_text("A document whose worker dies.\n", encoding="utf-8")
    (docs / "slow.txt").write_text("A document that takes too long.\n", encoding="utf-8")

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module
    plugin = type("Plugin", (SlowOrCrashing, WorkerPlugin), {})()
    with dask.config.set(LOCAL_CLUSTER_CONFIG), \
            LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None, scheduler_port=0) as cluster, \
            Client(cluster) as client:
        client.register_plugin(plugin)
        s = run_pipeline(docs, tmp_path / "out", executor="dask", scheduler=cluster.scheduler_address, doc_timeout=10.0)
        client.wait_for_workers(2, timeout=120)  # Dask's nanny restarts a worker that died (raises if not)

    assert (s.n_processed, s.n_reused, s.n_ok + s.n_partial, s.failed) == (2, 2, 2, ["crash.txt", "slow.txt"])
    errors = {e["source_path"]: e for e in published_tables(tmp_path / "out")["errors"]}
    assert set(errors) == {"crash.txt", "slow.txt"}
    assert (errors["crash.txt"]["error_type"], errors["crash.txt"]["stage"]) == ("worker_crashed", "run")
    assert (errors["slow.txt"]["error_type"], errors["slow.txt"]["stage"]) == ("timeout", "segment")
    assert "10 s limit" in errors["slow.txt"]["message"]


def test_executors_thread_time_limit_fires_in_a_thread_and_only_when_late():
    import threading

    from pipeline.errors import DocumentTimeout
    from pipeline.run.executors import _thread_time_limit

    outcome: dict[str, object] = {}

    def late() -> None:
        try:
            with _thread_time_limit(0.5):
                for _ in range(100):
                    time.sleep(0.05)
            outcome["late"] = "finished"
        except DocumentTimeout as exc:
            outcome["late"] = exc.message

    def on_time() -> None:
        with _thread_time_limit(0.5):
            pass
        time.sleep(1.0)  # past the limit, outside the block: nothing may fire here
        outcome["on_time"] = "finished"

    threads = [threading.Thread(target=late), threading.Thread(target=on_time)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcome == {"late": "processing took longer than the 0.5 s limit (setting doc_timeout, --timeout or "
                               "CLUSTER_KB_DOC_TIMEOUT)", "on_time": "finished"}
