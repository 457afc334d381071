"""The per-document result cache: versioned JSON that round-trips exactly and can never run code."""
from __future__ import annotations

import datetime as dt
import pickle
import shutil

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from conftest import ROOT, published_tables
from pipeline.records import FailedDocument, Problem
from pipeline.result_codec import CacheEntryRejected, decode_result, encode_result
from pipeline.state import load_result, save_result

STAMP = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone.utc)
TEXT = ("Cluster news, 3 March 2025\n\nMs Jane Doe, Head of Unit at the European Commission, opened the "
        "European Cluster Conference 2025 in Vienna on 12-14 May 2025. The Austrian Cluster Platform (ACP) "
        "organised it with Acme Robotics.\n")


class _RunsCode:
    """A pickle payload that would create a file when loaded with pickle."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_state_cache_round_trips_a_real_result_exactly(extract, tmp_path):
    result = extract(TEXT)
    assert result.people and result.events and result.dates  # not vacuously equal
    assert decode_result(encode_result(result, STAMP)) == (STAMP, result)
    save_result(tmp_path, "f" * 64, result, STAMP)
    assert load_result(tmp_path, "f" * 64, result.info.content_sha256, "txt") == (STAMP, result)
    failed = FailedDocument("x.pdf", "pdf", "ab" * 32, Problem("ingest", "encrypted", "PDF is encrypted", None))
    assert decode_result(encode_result(failed, STAMP)) == (STAMP, failed)
    from dataclasses import replace

    for timed in (replace(result, processing_ms=2314), replace(failed, processing_ms=7)):  # how long it took
        assert decode_result(encode_result(timed, STAMP)) == (STAMP, timed)


def _bad_entries(good: bytes, marker: str) -> dict[str, bytes]:
    return {
        "pickle that runs code": pickle.dumps((STAMP, _RunsCode(marker))),
        "garbage": b"\x00\xff" * 100,
        "empty": b"",
        "truncated": good[: len(good) // 2],
        "other format": b'{"format": "something-else", "version": 1}',
        "other version": good.replace(b'"version":1', b'"version":99'),
        "wrong value type": good.replace(b'"info":["', b'"info":[7,"', 1),
        "not utf-8": good.replace(b"Vienna", b"Vi\xe9nna"),
        "duration not a number": good.replace(b'"processing_ms":null', b'"processing_ms":"12"'),
    }


def test_state_corrupt_or_foreign_cache_entry_is_a_miss(extract, tmp_path):
    result = extract(TEXT)
    good = encode_result(result, STAMP)
    marker = tmp_path / "code-ran"
    for label, data in _bad_entries(good, str(marker)).items():
        with pytest.raises(CacheEntryRejected):
            decode_result(data)
        save_result(tmp_path, "f" * 64, result, STAMP)
        path = next((tmp_path / ".state" / "docs").rglob("*.json"))
        path.write_bytes(data)
        assert load_result(tmp_path, "f" * 64, result.info.content_sha256, "txt") is None, label
    assert not marker.exists()
    # An entry valid in itself but filed under another document's hash is a miss too.
    other = tmp_path / "other"
    save_result(other, "f" * 64, result, STAMP)
    path = next((other / ".state" / "docs").rglob("*.json"))
    path.rename(path.with_name("0" * 64 + ".txt.json"))
    assert load_result(other, "f" * 64, "0" * 64, "txt") is None


@hsettings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_state_decode_never_raises_anything_but_rejection(data):
    with pytest.raises(CacheEntryRejected):
        decode_result(data)


def test_state_run_reprocesses_a_planted_pickle_and_never_executes_it(run_pipeline, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("first-cluster-policy-forum.txt", "eu-cluster-conference-2019-blog.txt"):
        shutil.copy(ROOT / "raw_docs" / name, docs / name)
    out = tmp_path / "out"
    run_pipeline(docs, out)
    before = published_tables(out)
    entries = sorted((out / ".state" / "docs").rglob("*.json"))
    assert len(entries) == 2
    marker = tmp_path / "code-ran"
    entries[0].write_bytes(pickle.dumps((STAMP, _RunsCode(str(marker)))))
    entries[1].write_bytes(b"\x00garbage")
    (docs / "third.txt").write_text(TEXT, encoding="utf-8")  # something to do, so the cache is read
    # An incremental run takes unchanged documents from the entity index, not from their cache files:
    # without the index (a rebuild) every cache file is read.
    (out / ".state" / "entity_index.sqlite").unlink()

    summary = run_pipeline(docs, out)

    assert not marker.exists()
    assert summary.tables_written and summary.n_failed == 0
    after = published_tables(out)
    assert [r for r in after["documents"] if r["source_path"] != "third.txt"] == before["documents"]
    for entry in entries:  # both reprocessed and cached again as valid entries
        assert decode_result(entry.read_bytes())[1].info.source_path in {r["source_path"] for r in before["documents"]}


def test_state_light_load_builds_only_what_resolution_reads(extract, tmp_path):
    from dataclasses import replace

    result = extract(TEXT)
    save_result(tmp_path, "f" * 64, result, STAMP)
    stamp, light = load_result(tmp_path, "f" * 64, result.info.content_sha256, "txt", light=True)
    assert light.people and light.organisations and light.events
    assert light == replace(result, text="", pages=(), blocks=(), sentences=(), locations=(), dates=(), key_messages=(), problems=())


def test_state_id_history_round_trips_whole_and_by_changed_buckets(tmp_path):
    """The id history written whole, read back without its names (first publication kept as Arrow), written again
    with one changed bucket and new ids appended: read whole, it holds every name and every id's first publication,
    sorted as a whole write sorts them; the unchanged buckets' parts are the previous set's files."""
    import pyarrow.parquet as pq

    from pipeline.state import ID_FIRST_PUBLISHED, FirstPublished, load_id_history, write_id_history
    from pipeline.write import ID_NODES_NAME, TableWriter

    t0 = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone.utc)
    t1 = dt.datetime(2026, 2, 7, 16, 0, tzinfo=dt.timezone.utc)
    nodes = {("person", "0a1b2c3d4e5f6a7b", "Greta Lindholm"): "p_1", ("organisation", "0a1b2c3d4e5f6a7b", "Fjord Robotics"): "o_1",
             ("person", "9c8d7e6f5a4b3c2d", "Greta Lindholm"): "p_1", ("event", "9c8d7e6f5a4b3c2d", "Fjord Days 2026"): "e_1"}
    first = {("person", "p_1"): t0, ("organisation", "o_1"): t0, ("event", "e_1"): t0, ("person", "p_0"): t0}
    v1, v2 = tmp_path / "v1", tmp_path / "v2"
    v1.mkdir(), v2.mkdir()
    writer = TableWriter(v1, None)
    write_id_history(writer, first, {}, nodes)
    writer.finish()
    light = load_id_history(v1, nodes=False)
    assert isinstance(light.first_published, FirstPublished) and light.nodes == {}
    assert light.first_published[("event", "e_1")] == t0 and ("person", "p_9") not in light.first_published

    changed = {**nodes, ("person", "9c8d7e6f5a4b3c2d", "Aksel Torp"): "p_2"}
    rows = sorted((*k, v) for k, v in changed.items() if k[1].startswith("9"))
    writer = TableWriter(v2, v1)
    write_id_history(writer, light.first_published, {("person", "p_2"): t1, ("person", "p_1"): t1}, None, lambda bucket: rows,
                     {"0", "9"}, {"9"})
    writer.finish()

    again = load_id_history(v2)
    assert again.nodes == changed
    assert again.first_published == {**first, ("person", "p_2"): t1}  # an id published before keeps its first time
    table = pq.read_table(v2 / ID_FIRST_PUBLISHED)
    keys = list(zip(table["entity_type"].to_pylist(), table["entity_id"].to_pylist()))
    assert keys == sorted(keys)
    part = f"{ID_NODES_NAME}.parquet/part-0.parquet"
    assert (v2 / part).stat().st_ino == (v1 / part).stat().st_ino  # the unchanged bucket: linked
