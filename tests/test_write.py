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
from pipeline.write import DATASET_TABLES, ID_NODES_NAME, TableWriter, bucket_of, current_version, new_staging, publish

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
    assert (summary.bucket_chars, summary.layout_changed) == (1, False)
    second = current_version(out)
    after = _files(second)
    linked = {rel for rel, ino in after.items() if before.get(rel) == ino}
    written = set(after) - linked
    new_part = f"part-{_bucket(text)}.parquet"
    # Every part of the old documents is the previous set's file; the new document's parts are new.
    assert {rel for rel in before if rel.split("/")[0][: -len(".parquet")] in DATASET_TABLES} <= linked
    # (the id history's names are stored in parts by bucket too: only the new document's is written)
    assert {rel for rel in written if "/" in rel} == {f"{t}.parquet/{new_part}" for t in (*DATASET_TABLES, ID_NODES_NAME)
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


@pytest.mark.parametrize("n_documents, chars", [(0, 1), (1, 1), (6_400, 1), (6_401, 2), (102_400, 2), (102_401, 3), (10**30, 16)])
def test_write_bucket_chars_grow_with_the_corpus(n_documents, chars):
    from pipeline.write import DOCS_PER_BUCKET, bucket_chars

    assert DOCS_PER_BUCKET == 400  # the figures above are for this setting
    assert bucket_chars(n_documents) == chars


def test_write_changed_ids_are_the_documents_whose_names_moved():
    from pipeline.resolve.redirects import IdHistory
    from pipeline.run.streaming import docs_with_changed_ids

    published = IdHistory({("person", "d1", "Ann Lee"): "p1", ("person", "d2", "Ann Lee"): "p1", ("event", "d3", "Forum"): "e1",
                           ("organisation", "d4", "Gone Cluster"): "o1"})
    now = IdHistory({("person", "d1", "Ann Lee"): "p1", ("person", "d2", "Ann Lee"): "p9", ("event", "d3", "Forum"): "e1",
                     ("event", "d5", "Forum"): "e1"})
    # d2's id moved, d4's name is gone, d5's is new; d1 and d3 keep theirs.
    assert docs_with_changed_ids(published, now) == {"d2", "d4", "d5"}
    assert docs_with_changed_ids(now, now) == set()


def _layout(version: Path) -> set[str]:
    """The document buckets' part names of a set (not ``part-none``, ``part-empty``)."""
    return {p.name for t in DATASET_TABLES for p in (version / f"{t}.parquet").iterdir()} - {"part-none.parquet", "part-empty.parquet"}


def test_write_layout_grows_and_shrinks_with_the_corpus_and_equals_a_full_run(published, run_pipeline, tmp_path, monkeypatch):
    """Crossing the size threshold rewrites every bucket once, in parts named by one more (or one less) digit;
    each set equals a full run of the same documents, and DuckDB's views still read it."""
    import pipeline.write as write

    docs, out = published
    first = current_version(out)
    assert _layout(first) and all(len(name) == len("part-0.parquet") for name in _layout(first))
    monkeypatch.setattr(write, "DOCS_PER_BUCKET", 2 / 16)  # 2 documents: 1 digit; 3: 2 digits
    (docs / "added.txt").write_text("Harbour note\n\nThe Zephyr Marine Laboratory tested new buoys off Gdansk on 3 March 2026.\n",
                                    encoding="utf-8")

    grown = run_pipeline(docs, out)

    doc_ids = sorted(r["doc_id"] for r in published_tables(out)["documents"])
    assert (grown.bucket_chars, grown.layout_changed, grown.n_processed) == (2, True, 1)
    assert (grown.n_buckets_built, grown.n_buckets_reused) == (len({d[:2] for d in doc_ids}), 0)
    assert _layout(current_version(out)) == {f"part-{d[:2]}.parquet" for d in doc_ids}
    run_pipeline(docs, tmp_path / "clean3", full=True)
    assert published_tables(out, history=False) == published_tables(tmp_path / "clean3", history=False)
    con = connect(out)
    assert con.sql("SELECT count(DISTINCT doc_id) FROM mentions").fetchall() == [(3,)]
    con.close()

    again = run_pipeline(docs, out)  # nothing changed: the set is left as it is
    assert not again.tables_written

    (docs / SMALL[0]).unlink()
    shrunk = run_pipeline(docs, out)

    assert (shrunk.bucket_chars, shrunk.layout_changed) == (1, True)
    assert shrunk.n_buckets_built == len({r["doc_id"][:1] for r in published_tables(out)["documents"]})
    run_pipeline(docs, tmp_path / "clean2", full=True)
    assert published_tables(out, history=False) == published_tables(tmp_path / "clean2", history=False)


def test_write_publish_does_not_fsync_parts_linked_from_the_published_set(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    rows = [{"doc_id": d, "start_char": i} for i, d in enumerate(["aa01", "bb01", "cc01"])]
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def publish_set(run_id: str, table_rows: list[dict]) -> Path:
        writer = TableWriter(new_staging(out, run_id), current_version(out))
        writer.write("mentions", pa.Table.from_pylist(table_rows, schema=SCHEMA))
        writer.finish()
        return publish(out, writer.staging, ["mentions"], durable=writer.linked)

    publish_set("v1", rows)
    monkeypatch.setattr(os, "fsync", recording_fsync)
    v2 = publish_set("v2", rows[:2] + [{"doc_id": "cc01", "start_char": 7}])

    files = {Path(p).relative_to(tmp_path / "out/.state/staging/v2").as_posix() for p in synced if "/staging/v2/" in p and Path(p).suffix}
    # The changed part, the index and the folder (its new entries); parts a and b are links to v1's files.
    assert files == {"mentions.parquet/part-c.parquet", "parts.json", "mentions.parquet"}
    assert pq.read_table(v2 / "mentions.parquet")["start_char"].to_pylist() == [0, 1, 7]


def test_write_adding_a_document_with_two_digit_buckets_rebuilds_only_its_bucket(run_pipeline, tmp_path, monkeypatch):
    import pipeline.write as write

    monkeypatch.setattr(write, "DOCS_PER_BUCKET", 1 / 10)  # 2 and 3 documents: 2 digits (256 buckets)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "raw_docs" / name, docs / name)
    out = tmp_path / "out"
    first = run_pipeline(docs, out)
    old_buckets = {r["doc_id"][:2] for r in published_tables(out)["documents"]}
    assert first.bucket_chars == 2 and _layout(current_version(out)) == {f"part-{b}.parquet" for b in old_buckets}
    text = next(t for t in (f"Harbour note {i}\n\nThe Zephyr Marine Laboratory tested new buoys off Gdansk on 3 March 2026.\n"
                            for i in range(100)) if hashlib.sha256(t.encode("utf-8")).hexdigest()[:2] not in old_buckets)
    (docs / "added.txt").write_text(text, encoding="utf-8")

    summary = run_pipeline(docs, out)

    assert (summary.bucket_chars, summary.layout_changed) == (2, False)
    assert (summary.n_processed, summary.n_buckets_built, summary.n_buckets_reused) == (1, 1, len(old_buckets))
    run_pipeline(docs, tmp_path / "clean", full=True)
    assert published_tables(out, history=False) == published_tables(tmp_path / "clean", history=False)
