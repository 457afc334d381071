"""End to end on raw_docs/: every table written with its declared schema, counts that add up, and
every span pointing at the text it claims."""
from __future__ import annotations

import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from pipeline.schemas import TABLES

SPAN_TABLES = ("mentions", "roles", "dates", "key_messages", "event_organisers")


def _read(out, name):
    return pq.read_table(out / f"{name}.parquet")


def test_end_to_end_writes_every_table_with_its_schema(sample_run):
    summary, out = sample_run
    assert summary.tables_written
    for table in TABLES:
        read = _read(out, table.name)
        assert read.schema.equals(table.schema, check_metadata=False), table.name
        assert summary.rows[table.name] == read.num_rows


def test_end_to_end_accounts_for_every_document(sample_run, root):
    summary, out = sample_run
    inputs = sorted(p.name for p in (root / "raw_docs").iterdir() if p.suffix in {".txt", ".md", ".pdf", ".html"} and p.name != "README.md")
    docs = _read(out, "documents").to_pylist()
    assert sorted(d["source_path"] for d in docs) == inputs
    assert summary.n_found == len(inputs) == summary.n_ok + summary.n_partial + summary.n_failed
    assert all(d["status"] == "ok" for d in docs)
    texts = {r["doc_id"]: r["text"] for r in _read(out, "document_texts").to_pylist()}
    assert set(texts) == {d["doc_id"] for d in docs}
    for d in docs:
        assert d["n_chars"] == len(texts[d["doc_id"]])
        assert d["doc_id"] == d["content_sha256"][:16]
        assert d["pipeline_version"]


def test_end_to_end_every_span_matches_the_document_text(sample_run):
    _, out = sample_run
    texts = {r["doc_id"]: r["text"] for r in _read(out, "document_texts").to_pylist()}
    checked = 0
    for name in SPAN_TABLES:
        rows = _read(out, name).to_pylist()
        for row in rows:
            text = texts[row["doc_id"]]
            assert 0 <= row["start_char"] < row["end_char"] <= len(text), (name, row)
            if name in ("mentions", "dates"):
                assert row["text"] == text[row["start_char"]:row["end_char"]], (name, row)
            checked += 1
    assert checked > 100


def test_end_to_end_extracts_each_kind_of_fact(sample_run):
    _, out = sample_run
    for name in ("people", "organisations", "events", "mentions", "dates", "key_messages"):
        assert _read(out, name).num_rows > 0, name
    kinds = set(_read(out, "mentions").column("entity_type").to_pylist())
    assert {"person", "organisation", "event"} <= kinds


def test_end_to_end_mentions_link_to_entities(sample_run):
    _, out = sample_run
    ids = {
        "person": set(_read(out, "people").column("person_id").to_pylist()),
        "organisation": set(_read(out, "organisations").column("org_id").to_pylist()),
        "event": set(_read(out, "events").column("event_id").to_pylist()),
    }
    for row in _read(out, "mentions").to_pylist():
        if row["entity_type"] in ids:
            assert row["entity_id"] in ids[row["entity_type"]], row
        assert row["rule"]
        assert row["sentence"]
    people = set(ids["person"])
    for row in _read(out, "roles").to_pylist():
        assert row["person_id"] in people
        assert row["org_id"] is None or row["org_id"] in ids["organisation"]


def test_end_to_end_cli_exit_code_and_summary(tmp_path, root):
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", "--input", str(root / "raw_docs"), "--output", str(tmp_path / "out"), "--quiet"],
        capture_output=True, text=True, cwd=root, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "documents.parquet").exists()


@pytest.mark.parametrize("args", [["extract", "--input", "/nonexistent/folder"], ["extract", "--bogus"]])
def test_end_to_end_cli_usage_errors_exit_2(args, root):
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=root, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip()
