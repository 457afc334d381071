"""Disk full and read-only outputs: the published tables stay readable and unchanged, the run stops
with a clear message and exit code 4, and the next run recovers.

Tests run as root, where chmod does not stop a write, so the failing writes are patched in: the
Parquet writer, or the per-document cache, raises the OSError the system would raise.
"""
from __future__ import annotations

import errno
import os
import shutil

import pytest

from conftest import ROOT, published_tables
from pipeline.errors import OutputNotWritable

SMALL = ("ecc-2020-output-papers.txt", "first-cluster-policy-forum.txt")
NEW_DOC = "Maria Rossi, director of the Lombardy Energy Cluster, opened the meeting in Milan on 4 May 2024.\n"


@pytest.fixture
def published(run_pipeline, tmp_path):
    """(docs folder, output folder, tables): two documents published, then a third added to the folder."""
    docs, out = tmp_path / "docs", tmp_path / "out"
    docs.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "raw_docs" / name, docs / name)
    run_pipeline(docs, out)
    before = published_tables(out)
    (docs / "new.txt").write_text(NEW_DOC, encoding="utf-8")
    return docs, out, before


def _current(out):
    return os.readlink(out / ".state" / "current")


def _disk_full_after(n_tables: int, monkeypatch):
    """The Parquet writer fills the disk after ``n_tables`` tables were written."""
    import pipeline.write

    real = pipeline.write.write_table
    written = []

    def write_table(folder, name, table):
        if len(written) == n_tables:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(folder / f"{name}.parquet"))
        written.append(name)
        return real(folder, name, table)

    monkeypatch.setattr(pipeline.write, "write_table", write_table)


def test_output_disk_full_while_writing_tables(run_pipeline, published, monkeypatch):
    docs, out, before = published
    current = _current(out)
    _disk_full_after(3, monkeypatch)

    with pytest.raises(OutputNotWritable) as info:
        run_pipeline(docs, out)

    message = str(info.value)
    assert "No space left on device" in message and "unchanged" in message and str(out) in message
    assert _current(out) == current and published_tables(out) == before  # readable and unchanged
    assert not (out / ".state" / "staging").exists()  # what this run staged is removed

    monkeypatch.undo()
    summary = run_pipeline(docs, out)  # the next run recovers
    assert summary.tables_written and summary.n_processed == 0 and summary.n_reused == 3  # new.txt was cached before
    assert "Maria Rossi" in {p["name"] for p in published_tables(out)["people"]}


def test_output_read_only_while_caching_a_document(run_pipeline, published, monkeypatch):
    docs, out, before = published
    current = _current(out)
    import pipeline.run

    def read_only(out_dir, fp, result, stamp):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(out_dir / ".state" / "docs"))

    monkeypatch.setattr(pipeline.run, "save_result", read_only)
    with pytest.raises(OutputNotWritable, match="Read-only file system"):
        run_pipeline(docs, out, n_process=1)
    assert _current(out) == current and published_tables(out) == before

    monkeypatch.undo()
    summary = run_pipeline(docs, out)
    assert summary.tables_written and summary.n_processed == 1
    assert "Maria Rossi" in {p["name"] for p in published_tables(out)["people"]}


def test_output_cli_exit_code_4(published, monkeypatch, capsys):
    from pipeline.cli import EXIT_OUTPUT, main

    docs, out, before = published
    _disk_full_after(0, monkeypatch)

    code = main(["extract", "--input", str(docs), "--output", str(out), "--quiet"])

    assert code == EXIT_OUTPUT == 4
    err = capsys.readouterr().err
    assert err.startswith("error: cannot write to the output folder") and "No space left on device" in err
    assert published_tables(out) == before


@pytest.mark.parametrize("exc, expected", [
    (OSError(errno.ENOSPC, "No space left on device"), True),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), True),
    (OSError("IOError: No space left on device. Detail: [errno 28]"), True),  # how Arrow may word it
    (OSError(errno.EACCES, "Permission denied", "/elsewhere/input.txt"), False),  # an input, not the output
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), False),
])
def test_output_write_errors_told_apart(tmp_path, exc, expected):
    from pipeline.run.output_errors import is_output_write_error

    assert is_output_write_error(exc, tmp_path) is expected
    assert is_output_write_error(OSError(errno.EACCES, "Permission denied", str(tmp_path / "x")), tmp_path)
