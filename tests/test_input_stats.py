"""Listing the input folder again: an unchanged file is not read, a changed one always is."""
from __future__ import annotations

import hashlib
import os
import time

import pytest

import pipeline.ingest as ingest
from pipeline.ingest import discover
from pipeline.records import SourceFile
from pipeline.run import input_stats
from pipeline.run.input_stats import InputStats


@pytest.fixture
def hashed(monkeypatch):
    """The paths whose bytes discover hashed."""
    seen: list[str] = []
    real = ingest._sha256_file

    def counting(path):
        seen.append(path.name)
        return real(path)

    monkeypatch.setattr(ingest, "_sha256_file", counting)
    return seen


def _list(folder, stats_file, use=True):
    stats = InputStats(stats_file, use=use)
    found = {s.rel_path: s for s in discover(folder, stats.known)}
    stats.save(s for s in found.values() if type(s) is SourceFile)
    return found


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_input_stats_unchanged_files_are_not_read_again(tmp_path, hashed, monkeypatch):
    monkeypatch.setattr(input_stats, "_RACY_NS", 0)
    docs = tmp_path / "docs"
    docs.mkdir()
    for i, text in enumerate(["First note about the robotics cluster.", "Second note.", "Third one, longer than the rest."]):
        (docs / f"n{i}.txt").write_text(text, encoding="utf-8")
    (docs / "picture.xyz").write_bytes(b"\x00\x01")
    time.sleep(0.05)
    first = _list(docs, tmp_path / "stats.json")
    assert sorted(hashed) == ["n0.txt", "n1.txt", "n2.txt"]
    hashed.clear()
    time.sleep(0.05)
    again = _list(docs, tmp_path / "stats.json")
    assert hashed == []
    assert {p: (s.fmt, s.sha256, s.size, type(s)) for p, s in again.items()} == {
        p: (s.fmt, s.sha256, s.size, type(s)) for p, s in first.items()}


def test_input_stats_changed_file_is_read_even_with_old_size_and_mtime(tmp_path, hashed, monkeypatch):
    monkeypatch.setattr(input_stats, "_RACY_NS", 0)
    docs = tmp_path / "docs"
    docs.mkdir()
    path = docs / "a.txt"
    path.write_bytes(b"Version one of the note.")
    (docs / "b.txt").write_bytes(b"Another note.")
    time.sleep(0.05)
    _list(docs, tmp_path / "stats.json")
    before = path.stat()
    time.sleep(0.05)
    path.write_bytes(b"Version two of the note.")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the old mtime put back
    hashed.clear()
    found = _list(docs, tmp_path / "stats.json")
    assert hashed == ["a.txt"]
    assert found["a.txt"].sha256 == _sha(b"Version two of the note.")
    assert found["b.txt"].sha256 == _sha(b"Another note.")


def test_input_stats_recent_files_and_full_runs_are_always_read(tmp_path, hashed):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_bytes(b"Written just now.")
    _list(docs, tmp_path / "stats.json")
    hashed.clear()
    _list(docs, tmp_path / "stats.json")  # modified within 2 s of the listing that stored it: not trusted
    assert hashed == ["a.txt"]
    hashed.clear()
    _list(docs, tmp_path / "stats.json", use=False)
    assert hashed == ["a.txt"]


@pytest.mark.parametrize("content", ["", "not json", '{"version": 1}', '{"version": 1, "listed_at_ns": 0, "files": {"a.txt": 3}}'])
def test_input_stats_damaged_file_means_reading_everything(tmp_path, hashed, monkeypatch, content):
    monkeypatch.setattr(input_stats, "_RACY_NS", 0)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_bytes(b"A note.")
    (tmp_path / "stats.json").write_text(content, encoding="utf-8")
    found = _list(docs, tmp_path / "stats.json")
    assert hashed == ["a.txt"] and found["a.txt"].sha256 == _sha(b"A note.")
