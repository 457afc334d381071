"""A file that cannot be looked at while the input folder is listed (no permission, vanished, I/O error)
is recorded with its reason; the run goes on with every other file and publishes their tables."""
from __future__ import annotations

import errno

import pyarrow.parquet as pq

import pipeline.ingest as ingest
from pipeline.cli import EXIT_FAILED_DOCS, EXIT_OK, main

NEWS = ("Cluster news\n\nJana Novak, Director of the Moravian Textile Cluster, opened the Brno Fibre Forum "
        "on 14 May 2025.\n")


def _folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "news.txt").write_text(NEWS, encoding="utf-8")
    (docs / "locked.txt").write_text("Locked away.\n", encoding="utf-8")
    (docs / "gone.md").write_text("# Gone\n", encoding="utf-8")
    return docs


def test_discover_unreadable_files_are_recorded_and_the_run_goes_on(tmp_path, monkeypatch, run_pipeline):
    docs = _folder(tmp_path)
    real_hash, real_sniff = ingest._sha256_file, ingest.format_of_file

    def no_permission(path):
        if path.name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_hash(path)

    def vanished(path, fmt):
        if path.name == "gone.md":
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))
        return real_sniff(path, fmt)

    monkeypatch.setattr(ingest, "_sha256_file", no_permission)
    monkeypatch.setattr(ingest, "format_of_file", vanished)
    out = tmp_path / "out"
    summary = run_pipeline(docs, out)
    assert summary.unreadable == {"gone.md": "could not be read: No such file or directory",
                                  "locked.txt": "could not be read: Permission denied"}
    assert (summary.n_ok, summary.n_failed, summary.unsupported) == (1, 0, [])
    errors = sorted((e["source_path"], e["error_type"], e["message"]) for e in pq.read_table(out / "errors.parquet").to_pylist())
    assert errors == [("gone.md", "unreadable_file", "could not be read: No such file or directory"),
                      ("locked.txt", "unreadable_file", "could not be read: Permission denied")]
    people = [p["name"] for p in pq.read_table(out / "people.parquet").to_pylist()]
    assert people == ["Jana Novak"]

    # Readable again: the next run processes them, and the errors rows go.
    monkeypatch.setattr(ingest, "_sha256_file", real_hash)
    monkeypatch.setattr(ingest, "format_of_file", real_sniff)
    again = run_pipeline(docs, out)
    assert (again.unreadable, again.n_processed, again.n_reused) == ({}, 2, 1)
    assert pq.read_table(out / "errors.parquet").num_rows == 0


def test_discover_unreadable_file_exits_1_and_is_named(tmp_path, monkeypatch, capsys):
    docs = _folder(tmp_path)
    real_hash = ingest._sha256_file

    def io_error(path):
        if path.name == "locked.txt":
            raise OSError(errno.EIO, "Input/output error", str(path))
        return real_hash(path)

    monkeypatch.setattr(ingest, "_sha256_file", io_error)
    assert main(["extract", "--input", str(docs), "--output", str(tmp_path / "out")]) == EXIT_FAILED_DOCS
    assert "not readable (see the errors table): locked.txt" in capsys.readouterr().out
    monkeypatch.setattr(ingest, "_sha256_file", real_hash)
    assert main(["extract", "--input", str(docs), "--output", str(tmp_path / "out"), "--quiet"]) == EXIT_OK
