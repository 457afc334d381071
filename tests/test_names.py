"""File names that are not valid UTF-8 (Linux allows any bytes except "/" and NUL): processed, stored
losslessly and readably in every table that names a file, and never a crash in the table phase, the
DuckDB build or the review pages."""
from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import published_tables
from pipeline.ingest.names import name_bytes, readable_name

LATIN1_NAME = b"caf\xe9 report.txt"  # "café report.txt" saved by a Latin-1 system
TEXT = "Maria Rossi, director of the Lombardy Energy Cluster, opened the meeting in Milan on 4 May 2024.\n"


@pytest.mark.parametrize("raw, shown", [
    (b"plain name.txt", "plain name.txt"),
    ("café.txt".encode(), "café.txt"),
    (LATIN1_NAME, "caf\\xe9 report.txt"),
    (b"back\\slash.txt", "back\\\\slash.txt"),  # a literal backslash is doubled ...
    (b"caf\\xe9.txt", "caf\\\\xe9.txt"),  # ... so a name spelt like an escape is never mistaken for one
    (b"dir\xff/\xfe\xfd.md", "dir\\xff/\\xfe\\xfd.md"),
    (b"two\nlines\t.txt", "two\\x0alines\\x09.txt"),  # control characters shown, not obeyed
])
def test_names_readable_form_and_back(raw, shown):
    assert readable_name(os.fsdecode(raw)) == shown
    assert name_bytes(shown) == raw


@given(st.binary(min_size=1, max_size=60))
def test_names_round_trip_any_bytes(raw):
    shown = readable_name(os.fsdecode(raw))
    shown.encode("utf-8")  # valid Unicode: Arrow, Parquet, JSON and terminals take it
    assert name_bytes(shown) == raw


def test_names_not_utf8_run_publishes_every_table(run_pipeline, tmp_path):
    """A Latin-1 file name beside an ordinary file: both processed, the name escaped in documents and
    errors, the DuckDB database and review pages built."""
    from pipeline.analyst import build_extras
    from pipeline.analyst.duckdb import connect

    docs = tmp_path / "docs"
    (docs / os.fsdecode(b"sub\xe8")).mkdir(parents=True)
    (docs / os.fsdecode(LATIN1_NAME)).write_text(TEXT, encoding="utf-8")
    (docs / os.fsdecode(b"sub\xe8/empty\xff.txt")).write_bytes(b"")
    (docs / "ordinary.txt").write_text("The Baltic Cluster Forum met in Riga.\n", encoding="utf-8")
    out = tmp_path / "out"

    summary = run_pipeline(docs, out)

    assert summary.failed == ["sub\\xe8/empty\\xff.txt"]
    tables = published_tables(out)
    status = {d["source_path"]: d["status"] for d in tables["documents"]}
    assert status == {"caf\\xe9 report.txt": "ok", "ordinary.txt": "ok", "sub\\xe8/empty\\xff.txt": "failed"}
    assert {name_bytes(p) for p in status} == {LATIN1_NAME, b"ordinary.txt", b"sub\xe8/empty\xff.txt"}
    assert [(e["source_path"], e["error_type"]) for e in tables["errors"]] == [("sub\\xe8/empty\\xff.txt", "empty_file")]
    assert "Maria Rossi" in {p["name"] for p in tables["people"]}

    extras = build_extras(out)
    con = connect(out)
    assert con.execute("select status from document_overview where source_path = 'caf\\xe9 report.txt'").fetchall() == [("ok",)]
    index = extras.review_index.read_text(encoding="utf-8")
    assert "caf\\xe9 report.txt" in index and "sub\\xe8/empty\\xff.txt" in index
