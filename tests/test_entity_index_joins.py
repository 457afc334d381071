"""The entity index when one document's names join, bridge or leave existing clusters of a large shared
block: exact entities (name, aliases, documents, mentions) and ids, equal to a whole-corpus resolution,
and earlier names keep their ids unless the clusters they are in change."""
from __future__ import annotations

import datetime as dt

from pipeline.records import DocumentInfo, DocumentResult, OrgMention, PersonMention
from pipeline.resolve import DEFAULT_DATA_DIR, resolve
from pipeline.resolve.blocking import ResolveData
from pipeline.resolve.index import EntityIndex

STAMP = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.timezone.utc)


def _doc(doc_id: str, people=(), orgs=()) -> DocumentResult:
    info = DocumentInfo(doc_id, f"{doc_id}.txt", "txt", doc_id * 4, None, "newsletter", None, None, "en", None, 100, "ok")
    return DocumentResult(info, "", people=tuple(PersonMention(doc_id, 0, 1, p, p, "test", None) for p in people),
                          organisations=tuple(OrgMention(doc_id, 0, 1, o, o, "test", acr) for o, acr in orgs))


def _rows(resolution, attr: str) -> list[tuple]:
    return sorted((e.name, sorted(e.aliases), sorted(e.doc_ids), e.n_mentions) for e in getattr(resolution, attr).values())


def _same_as_whole_corpus(index: EntityIndex, corpus: list[DocumentResult]) -> None:
    got, want = index.resolution(), resolve(corpus)
    for attr in ("people", "organisations", "events"):
        assert {eid: (e.name, sorted(e.aliases), sorted(e.doc_ids), e.n_mentions, e.attrs) for eid, e in getattr(got, attr).items()} == \
               {eid: (e.name, sorted(e.aliases), sorted(e.doc_ids), e.n_mentions, e.attrs) for eid, e in getattr(want, attr).items()}
    assert got.ids == want.ids
    assert sorted(map(repr, got.merges)) == sorted(map(repr, want.merges))


def _shared_block(n: int) -> list[DocumentResult]:
    """``n`` documents naming one organisation (two spellings) and one person, plus an undefined acronym in some."""
    return [_doc(f"{i:016x}", people=["Greta Holmberg"],
                 orgs=[("Alpine Hydrogen Valley" if i % 3 else "Alpine Hydrogen-Valley", None)] + ([("AHV", None)] if i % 4 == 0 else []))
            for i in range(1, n + 1)]


def test_a_new_name_joins_the_existing_cluster_of_a_shared_block(tmp_path):
    index = EntityIndex(tmp_path / "index.sqlite", ResolveData.load(DEFAULT_DATA_DIR))
    corpus = _shared_block(40)
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    before = index.resolution()
    new = _doc("00000000000000f0", people=["Greta Holmberg", "Holmberg"], orgs=[("alpine hydrogen valley", None)])
    index.update([(STAMP, new)], [])
    after = index.resolution()
    _same_as_whole_corpus(index, corpus + [new])
    docs = sorted([d.info.doc_id for d in corpus] + ["00000000000000f0"])
    assert _rows(after, "people") == [("Greta Holmberg", ["Holmberg"], docs, 42)]  # two mentions in the new document
    assert _rows(after, "organisations") == [
        ("AHV", [], sorted(d.info.doc_id for d in corpus if "AHV" in {o.name for o in d.organisations}), 10),
        ("Alpine Hydrogen-Valley", ["Alpine Hydrogen Valley", "alpine hydrogen valley"], docs, 41)]
    # Every earlier name keeps its id; the new names take their cluster's.
    assert {k: v for k, v in after.ids.items() if k[0] != "00000000000000f0"} == before.ids
    assert after.ids[("00000000000000f0", "person", "Holmberg")] == before.ids[(f"{1:016x}", "person", "Greta Holmberg")]


def test_a_new_definition_bridges_two_clusters_and_leaving_splits_them_again(tmp_path):
    index = EntityIndex(tmp_path / "index.sqlite", ResolveData.load(DEFAULT_DATA_DIR))
    corpus = _shared_block(24)
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    before = index.resolution()
    assert len(before.organisations) == 2  # the acronym, undefined, stands apart

    bridge = _doc("00000000000000f1", orgs=[("Alpine Hydrogen Valley", "AHV")])  # "Alpine Hydrogen Valley (AHV)"
    index.update([(STAMP, bridge)], [])
    _same_as_whole_corpus(index, corpus + [bridge])
    docs = sorted([d.info.doc_id for d in corpus] + ["00000000000000f1"])
    assert _rows(index.resolution(), "organisations") == [
        ("Alpine Hydrogen-Valley", ["AHV", "Alpine Hydrogen Valley"], docs, 24 + 6 + 1)]  # the definition is one mention
    merged = index.resolution()
    acronym_ids = {v for k, v in merged.ids.items() if k[1:] == ("organisation", "AHV")}
    assert acronym_ids == {merged.ids[(f"{1:016x}", "organisation", "Alpine Hydrogen Valley")]}

    index.update([], ["00000000000000f1"])  # the defining document withdrawn: the acronym stands apart again
    _same_as_whole_corpus(index, corpus)
    assert _rows(index.resolution(), "organisations") == _rows(before, "organisations")
    assert index.resolution().ids == before.ids


def test_a_withdrawn_name_leaves_its_cluster_and_a_cluster_of_one_document_goes(tmp_path):
    index = EntityIndex(tmp_path / "index.sqlite", ResolveData.load(DEFAULT_DATA_DIR))
    corpus = _shared_block(12)
    lone = _doc("00000000000000f2", people=["Greta Holmberg", "Ruben Osei"], orgs=[("Alpine Hydrogen Valley", None)])
    index.update([(STAMP, d) for d in corpus + [lone]], [], rebuild=True)
    assert len(index.resolution().people) == 2
    index.update([], ["00000000000000f2"])
    _same_as_whole_corpus(index, corpus)
    docs = sorted(d.info.doc_id for d in corpus)
    assert _rows(index.resolution(), "people") == [("Greta Holmberg", [], docs, 12)]
    assert ("Alpine Hydrogen-Valley", ["Alpine Hydrogen Valley"], docs, 12) in _rows(index.resolution(), "organisations")
