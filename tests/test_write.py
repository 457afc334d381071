"""Tables written in parts, read as one; a run rewrites only the parts whose rows changed."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import ROOT, published_tables
from pipeline.analyst.duckdb import connect
from pipeline.write import DATASET_TABLES, TableWriter, bucket_of, current_version, new_staging, publish

SMALL = ("ecc-2020-output-papers.txt", "first-cluster-policy-forum.txt")
SCHEMA = pa.schema([("doc_id", pa.string()), ("start_char", pa.int64())])


def _files(version: Path) -> dict[str, int]:
    """Every table file or part of a published set -> its inode."""
    return {p.relative_to(version).as_posix(): p.stat().st_ino for p in version.rglob("*.parquet") if p.is_file()}


@pytest.fixture
def published(run_pipeline, tmp_path) -> tuple[Path, Path]:
    """Two sample documents in a folder of their own, run once: (input folder, output folder)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "raw_docs" / name, docs / name)
    out = tmp_path / "out"
    run_pipeline(docs, out)
    return docs, out


def test_write_mention_tables_are_folders_of_parts_read_as_one_table(published):
    _, out = published
    doc_ids = {r["doc_id"] for r in published_tables(out)["documents"]}
    assert len(doc_ids) == 2
    con = connect(out)
    for name in DATASET_TABLES:
        folder = out / f"{name}.parquet"
        assert folder.is_dir(), name
        parts = sorted(p.name for p in folder.iterdir())
        table = pq.read_table(folder)
        if table.num_rows:
            assert set(parts) <= {f"part-{bucket_of(d)}.parquet" for d in doc_ids} | {"part-none.parquet"}, name
        for part in parts:  # each document's rows are in its own bucket's part only
            ids = set(pq.read_table(folder / part)["doc_id"].to_pylist())
            assert all(d is None or f"part-{bucket_of(d)}.parquet" == part for d in ids), (name, part)
        glob = con.sql(f"SELECT count(*) FROM read_parquet('{folder}/*.parquet')").fetchall()[0][0]
        view = con.sql(f"SELECT count(*) FROM {name}").fetchall()[0][0]
        assert table.num_rows == len(pd.read_parquet(folder)) == glob == view, name
    assert pq.read_table(out / "mentions.parquet").num_rows > 20
    assert (out / "people.parquet").is_file()
    con.close()


def _bucket(text: str) -> str:
    return bucket_of(hashlib.sha256(text.encode("utf-8")).hexdigest())


def test_write_adding_a_document_rewrites_only_its_parts(published, run_pipeline, tmp_path):
    docs, out = published
    first = current_version(out)
    old_buckets = {bucket_of(r["doc_id"]) for r in published_tables(out)["documents"]}
    before = _files(first)
    # A document about things no other document names, in a bucket of its own.
    text = next(t for t in (f"Harbour note {i}\n\nThe Zephyr Marine Laboratory tested new buoys off Gdansk on 3 March 2026.\n"
                            for i in range(100)) if _bucket(t) not in old_buckets)
    (docs / "added.txt").write_text(text, encoding="utf-8")

    summary = run_pipeline(docs, out)

    # Only the new document's bucket is built; the old documents' buckets are not even read back.
    assert (summary.n_processed, summary.n_buckets_built, summary.n_buckets_reused) == (1, 1, len(old_buckets))
    second = current_version(out)
    after = _files(second)
    linked = {rel for rel, ino in after.items() if before.get(rel) == ino}
    written = set(after) - linked
    new_part = f"part-{_bucket(text)}.parquet"
    # Every part of the old documents is the previous set's file; the new document's parts are new.
    assert {rel for rel in before if rel.split("/")[0][: -len(".parquet")] in DATASET_TABLES} <= linked
    assert {rel for rel in written if "/" in rel} == {f"{t}.parquet/{new_part}" for t in DATASET_TABLES
                                                      if (second / f"{t}.parquet" / new_part).exists()}
    assert "documents.parquet/" + new_part in written and "entity_redirects.parquet" in linked
    assert "organisations.parquet" in written  # the new laboratory
    clean = tmp_path / "clean"
    run_pipeline(docs, clean)
    assert published_tables(out, history=False) == published_tables(clean, history=False)


def test_write_table_writer_links_unchanged_parts_and_keeps_row_order(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    rows = [{"doc_id": d, "start_char": i} for i, d in enumerate(["aa01", "aa02", "bb01", "cc01", "aa03"])]

    def publish_set(run_id: str, table_rows: list[dict]) -> Path:
        writer = TableWriter(new_staging(out, run_id), current_version(out))
        writer.write("mentions", pa.Table.from_pylist(table_rows, schema=SCHEMA))
        writer.write("people", pa.table({"person_id": ["p1"]}))
        writer.finish()
        return publish(out, writer.staging, ["mentions", "people"])

    v1 = publish_set("v1", rows)
    assert sorted(p.name for p in (v1 / "mentions.parquet").iterdir()) == ["part-a.parquet", "part-b.parquet", "part-c.parquet"]
    assert pq.read_table(out / "mentions.parquet")["start_char"].to_pylist() == [0, 1, 4, 2, 3]  # by bucket, order kept

    changed = rows[:3] + [{"doc_id": "cc01", "start_char": 99}] + rows[4:]
    v2 = publish_set("v2", changed)

    same = {rel for rel, ino in _files(v2).items() if _files(v1).get(rel) == ino}
    assert same == {"mentions.parquet/part-a.parquet", "mentions.parquet/part-b.parquet", "people.parquet"}
    assert pq.read_table(out / "mentions.parquet")["start_char"].to_pylist() == [0, 1, 4, 2, 99]
    assert os.path.realpath(out / "mentions.parquet") == str(v2 / "mentions.parquet")
    empty = publish_set("v3", [])  # an empty table is still one readable part with the columns
    assert [p.name for p in (empty / "mentions.parquet").iterdir()] == ["part-empty.parquet"]
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/mentions.parquet/*.parquet')").fetchall() == [(0,)]
