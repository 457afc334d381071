"""One run at a time per output folder: a second run is refused at once (exit 3) or waits with --wait."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

LOCK_HOLDER = """
import sys, time
from pathlib import Path
from pipeline.lock import output_lock
with output_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(600)
"""


@pytest.fixture
def one_doc(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(ROOT / "raw_docs" / "ecc-2020-output-papers.txt", folder)
    return folder


def _cli(docs: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "extract", "--input", str(docs), "--output", str(out), "-q", *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_lock_second_run_is_refused_with_exit_3(one_doc, tmp_path):
    from pipeline.lock import output_lock

    out = tmp_path / "out"
    with output_lock(out):
        proc = _cli(one_doc, out)
        _, err = proc.communicate(timeout=120)
    assert proc.returncode == 3
    assert "another run" in err and "--wait" in err
    assert not (out / "documents.parquet").exists()  # the refused run wrote nothing


def test_lock_in_process_second_run_raises_run_locked(one_doc, tmp_path, run_pipeline):
    from pipeline.errors import RunLocked
    from pipeline.lock import output_lock

    out = tmp_path / "out"
    with output_lock(out), pytest.raises(RunLocked, match="another run .*pid"):
        run_pipeline(one_doc, out)


def test_lock_wait_queues_behind_the_holder(one_doc, tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(out)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        waiting = _cli(one_doc, out, "--wait")
        time.sleep(2)
        assert waiting.poll() is None  # still waiting: the holder has the folder
        assert not (out / "documents.parquet").exists()
    finally:
        holder.send_signal(signal.SIGKILL)  # the kernel releases a dead process's lock
        holder.communicate()
    _, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
    assert "waiting" in err
    assert (out / "documents.parquet").exists()


def test_lock_is_released_when_the_holder_is_killed(tmp_path):
    from pipeline.lock import output_lock

    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(out)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with output_lock(out):  # would raise RunLocked if the dead holder still had it
        assert (out / ".state" / "lock").exists()
