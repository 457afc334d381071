"""Incremental runs: only new or changed documents are processed, and the result equals a full run."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, published_tables, same_as_full_run

SMALL = ("ecc-2020-output-papers.txt", "first-cluster-policy-forum.txt", "eu-cluster-conference-2019-blog.txt")


@pytest.fixture
def docs(tmp_path) -> Path:
    """Three small sample documents in a folder of their own."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "raw_docs" / name, folder / name)
    return folder


def test_incremental_add_processes_only_the_new_document(run_pipeline, docs, tmp_path):
    out = tmp_path / "out"
    first = run_pipeline(docs, out)
    assert (first.n_processed, first.n_reused) == (3, 0)
    text = (ROOT / "raw_docs" / SMALL[0]).read_text(encoding="utf-8")
    (docs / "added.txt").write_text(text.replace("2020", "2021") + "\nA new closing paragraph.\n", encoding="utf-8")

    second = run_pipeline(docs, out)

    assert (second.n_found, second.n_processed, second.n_reused) == (4, 1, 3)
    assert second.tables_written
    paths = {r["source_path"] for r in published_tables(out)["documents"]}
    assert "added.txt" in paths
    same_as_full_run(run_pipeline, docs, out, tmp_path)


def test_incremental_change_reprocesses_the_changed_document(run_pipeline, docs, tmp_path):
    out = tmp_path / "out"
    run_pipeline(docs, out)
    before = {r["source_path"]: r["doc_id"] for r in published_tables(out)["documents"]}
    changed = docs / SMALL[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe forum will meet again in Vienna in 2026.\n", encoding="utf-8")

    summary = run_pipeline(docs, out)

    assert (summary.n_processed, summary.n_reused) == (1, 2)
    after = {r["source_path"]: r["doc_id"] for r in published_tables(out)["documents"]}
    assert after[SMALL[1]] != before[SMALL[1]]  # the id follows the content
    assert {p: after[p] for p in (SMALL[0], SMALL[2])} == {p: before[p] for p in (SMALL[0], SMALL[2])}
    stale = before[SMALL[1]]
    assert all(r["doc_id"] != stale for r in published_tables(out)["mentions"])
    same_as_full_run(run_pipeline, docs, out, tmp_path)


def test_incremental_delete_removes_the_documents_rows(run_pipeline, docs, tmp_path):
    out = tmp_path / "out"
    run_pipeline(docs, out)
    gone = {r["source_path"]: r["doc_id"] for r in published_tables(out)["documents"]}[SMALL[2]]
    (docs / SMALL[2]).unlink()

    summary = run_pipeline(docs, out)

    assert (summary.n_found, summary.n_processed, summary.n_reused, summary.n_deleted) == (2, 0, 2, 1)
    tables = published_tables(out)
    for name, rows in tables.items():
        assert all(r.get("doc_id") != gone for r in rows), name
    same_as_full_run(run_pipeline, docs, out, tmp_path)
    # The deleted document's cached result is pruned too.
    cached = list((out / ".state" / "docs").rglob("*.json"))
    assert len(cached) == 2 and not any(p.name.startswith(gone) for p in cached)


def test_incremental_rule_data_change_reprocesses_everything(run_pipeline, docs, tmp_path, settings):
    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data)
    out = tmp_path / "out"
    run_pipeline(docs, out, data_dir=data)
    assert run_pipeline(docs, out, data_dir=data).n_processed == 0

    keywords = data / "event_keywords.txt"
    keywords.write_text(keywords.read_text(encoding="utf-8") + "\n# an analyst's note\n", encoding="utf-8")
    summary = run_pipeline(docs, out, data_dir=data)

    assert (summary.n_processed, summary.n_reused, summary.full) == (3, 0, True)


@pytest.mark.parametrize("switch", [{"org_model": False}, {"event_model": False}, {"ocr": False}, {"part_chars": 200_000}])
def test_incremental_a_setting_that_changes_results_reprocesses_everything(run_pipeline, docs, tmp_path, switch):
    """A cached result is reused only under the settings it was made with: switching a model, OCR or the part size
    reprocesses every document, and after switching back the tables are a full run's under the default settings
    (results made without the org model never stand in for results made with it)."""
    out = tmp_path / "out"
    run_pipeline(docs, out)
    assert run_pipeline(docs, out).n_processed == 0

    other = run_pipeline(docs, out, **switch)
    run_pipeline(docs, out)

    assert (other.n_processed, other.n_reused, other.full) == (3, 0, True)
    same_as_full_run(run_pipeline, docs, out, tmp_path)


def test_incremental_full_flag_reprocesses_everything(run_pipeline, docs, tmp_path):
    out = tmp_path / "out"
    run_pipeline(docs, out)
    summary = run_pipeline(docs, out, full=True)
    assert (summary.n_processed, summary.n_reused, summary.full, summary.tables_written) == (3, 0, True, True)


def test_incremental_rename_keeps_ids_without_processing(run_pipeline, docs, tmp_path):
    out = tmp_path / "out"
    run_pipeline(docs, out)
    before = {r["doc_id"] for r in published_tables(out)["documents"]}
    (docs / SMALL[0]).rename(docs / ("renamed-" + SMALL[0]))

    summary = run_pipeline(docs, out)

    assert (summary.n_processed, summary.n_reused) == (0, 3)
    docs_rows = published_tables(out)["documents"]
    assert {r["doc_id"] for r in docs_rows} == before
    assert "renamed-" + SMALL[0] in {r["source_path"] for r in docs_rows}
    same_as_full_run(run_pipeline, docs, out, tmp_path)


NOOP_PROBE = """
import json, sys, time
from pathlib import Path
from pipeline.config import load_settings
from pipeline.run import run
s = load_settings({"input_dir": Path(sys.argv[1]), "output_dir": Path(sys.argv[2]), "progress": False}, environ={})
summary = run(s)
print(json.dumps({"spacy": "spacy" in sys.modules, "processed": summary.n_processed, "reused": summary.n_reused,
                  "written": summary.tables_written, "rows": summary.rows}))
"""


def test_incremental_noop_rerun_does_not_load_spacy(run_pipeline, docs, tmp_path):
    out = tmp_path / "out"
    first = run_pipeline(docs, out)
    published = (out / ".state" / "current").resolve()

    probe = subprocess.run([sys.executable, "-c", NOOP_PROBE, str(docs), str(out)], capture_output=True, text=True,
                           check=True, cwd=ROOT)
    result = json.loads(probe.stdout.strip().splitlines()[-1])

    assert result == {"spacy": False, "processed": 0, "reused": 3, "written": False, "rows": first.rows}
    assert (out / ".state" / "current").resolve() == published  # the published set was left alone


def test_incremental_index_add_change_delete_reorder_equal_full_runs(run_pipeline, docs, tmp_path, monkeypatch):
    """A sequence of incremental runs on the entity index, each compared with a full rebuild; unchanged
    documents' cached results are not read to resolve entities."""
    import pipeline.run as runner

    reads: list[tuple[str, bool]] = []
    real_load = runner.load_result

    def counting_load(out, fp, sha256, fmt, light=False):
        reads.append((sha256[:16], light))
        return real_load(out, fp, sha256, fmt, light=light)

    monkeypatch.setattr(runner, "load_result", counting_load)
    out = tmp_path / "out"
    first = run_pipeline(docs, out)
    assert first.index_rebuilt and first.nodes_resolved == first.nodes_indexed

    steps = {
        "add": lambda: (docs / "added-note.txt").write_text(
            "Cluster note\n\nDr. Hanna Kowalczyk, director of the Vistula Photonics Alliance, opened the Vistula Photonics "
            "Forum 2025 in Gdansk on 4 March 2025. The European Commission sent a speaker.\n", encoding="utf-8"),
        "change": lambda: (docs / SMALL[1]).write_text(
            (docs / SMALL[1]).read_text(encoding="utf-8") + "\nHanna Kowalczyk will chair the next forum.\n", encoding="utf-8"),
        "delete": lambda: (docs / SMALL[2]).unlink(),
        "reorder": lambda: [(docs / name).rename(docs / f"zz-{i}-{name}") for i, name in enumerate(sorted(p.name for p in docs.iterdir()))],
    }
    for step, act in steps.items():
        act()
        reads.clear()
        summary = run_pipeline(docs, out)
        assert not summary.index_rebuilt, step
        light_reads = {doc for doc, light in reads if light}
        assert len(light_reads) == {"add": 1, "change": 1, "delete": 0, "reorder": 0}[step], step
        assert sum(summary.nodes_resolved.values()) <= sum(summary.nodes_indexed.values()), step
        clean = tmp_path / f"clean-{step}"
        run_pipeline(docs, clean, full=True)
        assert published_tables(out, history=False) == published_tables(clean, history=False), step


def test_incremental_index_not_matching_the_published_set_is_rebuilt(run_pipeline, docs, tmp_path):
    out = tmp_path / "out"
    run_pipeline(docs, out)
    (docs / SMALL[2]).unlink()
    (out / ".state" / "entity_index.sqlite").write_bytes(b"not a database")  # damaged or foreign

    summary = run_pipeline(docs, out)

    assert summary.index_rebuilt and summary.nodes_resolved == summary.nodes_indexed
    same_as_full_run(run_pipeline, docs, out, tmp_path)


def test_incremental_add_one_keeps_untouched_groups_ids_and_equals_a_full_rebuild(run_pipeline, docs, tmp_path, monkeypatch):
    """Adding a document that names only new people and organisations re-resolves only the groups its names
    reach: every other name keeps the id the published set gave it (entities, names and merges of untouched
    groups as they were), the new names get ids, and the tables and id history equal a full rebuild's. This is
    what an add-one that reads back and re-stabilises only the touched groups keeps exact."""
    from pipeline.state import load_id_history
    from pipeline.write import current_version

    out = tmp_path / "out"
    run_pipeline(docs, out)
    before = load_id_history(current_version(out)).nodes
    entities_before = {t: published_tables(out)[t] for t in ("people", "organisations", "events")}
    (docs / "added-brief.txt").write_text(
        "Cluster brief\n\nProf. Ilse Vandermeer, chair of the Scheldt Hydrogen Network, spoke with Tomasz Brzezinski "
        "of the Oder Food Valley about shared test beds.\n", encoding="utf-8")

    from pipeline.resolve.index import EntityIndex

    def whole_corpus(self):
        raise AssertionError("the add-one read every entity back")

    with monkeypatch.context() as m:  # only the touched groups are read back and matched with the published ids
        m.setattr(EntityIndex, "resolution", whole_corpus)
        summary = run_pipeline(docs, out)

    assert not summary.index_rebuilt
    assert sum(summary.nodes_resolved.values()) < sum(summary.nodes_indexed.values())  # some groups untouched
    after = load_id_history(current_version(out)).nodes
    assert {k: after[k] for k in before} == before  # every name of the old documents keeps its id
    new_names = {k for k in after if k not in before}
    assert any(t == "person" for t, _, _ in new_names)
    tables = published_tables(out)
    for table, rows in entities_before.items():  # the old entities' rows are still there, unchanged
        assert [r for r in rows if r not in tables[table]] == [], table
    clean = same_as_full_run(run_pipeline, docs, out, tmp_path)
    assert load_id_history(current_version(clean)).nodes == after


def _truncate(path: Path) -> None:
    """Cut a published file in half in place (every hard link to it sees the damage)."""
    target = path.resolve()
    data = target.read_bytes()
    with open(target, "r+b") as fh:
        fh.truncate(len(data) // 2)


@pytest.mark.parametrize("damaged_index", [False, True], ids=["add-one", "rebuild"])
def test_incremental_unreadable_published_entity_tables_are_written_again(run_pipeline, docs, tmp_path, damaged_index):
    """A truncated published entity table is not taken over by the next run even when its rows are unchanged
    (the events of an add-one that names no event, the merges): every table of the new set reads back and equals
    a full rebuild's. On the add-one path the unreadable table also sends the ids and entity tables to the
    whole-corpus path; with a damaged index (a rebuild) the writer's footer check alone catches it."""
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    run_pipeline(docs, out)
    before = published_tables(out, history=False)
    for name in ("people", "organisations", "events", "merges"):
        _truncate(out / f"{name}.parquet")
    with pytest.raises(Exception):
        pq.read_table(out / "events.parquet")
    if damaged_index:
        (out / ".state" / "entity_index.sqlite").write_bytes(b"not a database")
    (docs / "added-brief.txt").write_text(
        "Cluster brief\n\nProf. Ilse Vandermeer, chair of the Scheldt Hydrogen Network, spoke with Tomasz Brzezinski "
        "of the Oder Food Valley about shared test beds.\n", encoding="utf-8")

    summary = run_pipeline(docs, out)

    assert summary.index_rebuilt == damaged_index
    after = published_tables(out, history=False)  # every table reads
    assert after["events"] == before["events"]  # rows unchanged, file written again
    clean = tmp_path / "clean"
    run_pipeline(docs, clean, full=True)
    assert after == published_tables(clean, history=False)


def test_incremental_add_one_reads_and_writes_only_the_changed_buckets_of_the_id_history(run_pipeline, docs, tmp_path, monkeypatch):
    """The id history's names are stored in parts by document bucket. An add-one reads the published ids of the
    names it changes from the entity index (never the whole published history) and writes only the parts of the
    buckets whose documents' ids moved: every other part is a hard link to the published set's file. The history
    read back equals a full rebuild's."""
    import pipeline.state as state
    from pipeline.write import ID_NODES_NAME, bucket_of, current_version

    out = tmp_path / "out"
    run_pipeline(docs, out)
    old_dir = current_version(out)
    old_parts = {p.name: p.stat().st_ino for p in (old_dir / f"{ID_NODES_NAME}.parquet").iterdir()}
    assert len(old_parts) >= 2  # the three documents lie in at least two buckets
    (docs / "added-brief.txt").write_text(
        "Cluster brief\n\nProf. Ilse Vandermeer, chair of the Scheldt Hydrogen Network, spoke with Tomasz Brzezinski "
        "of the Oder Food Valley about shared test beds.\n", encoding="utf-8")
    real_load = state.load_id_history

    def without_names(version_dir, nodes=True):
        assert not nodes, "the add-one read every name's published id"
        return real_load(version_dir, nodes=False)

    with monkeypatch.context() as m:
        m.setattr(state, "load_id_history", without_names)
        summary = run_pipeline(docs, out)

    assert not summary.index_rebuilt
    new_dir = current_version(out)
    added = next(r["doc_id"] for r in published_tables(out)["documents"] if r["source_path"] == "added-brief.txt")
    new_parts = {p.name: p.stat().st_ino for p in (new_dir / f"{ID_NODES_NAME}.parquet").iterdir()}
    assert f"part-{bucket_of(added)}.parquet" in new_parts
    linked = {name for name, ino in new_parts.items() if old_parts.get(name) == ino}
    assert linked == set(old_parts) - {f"part-{bucket_of(added)}.parquet"}  # untouched buckets: linked, not written
    clean = tmp_path / "clean"
    run_pipeline(docs, clean, full=True)
    assert real_load(new_dir).nodes == real_load(current_version(clean)).nodes
    assert published_tables(out, history=False) == published_tables(clean, history=False)
