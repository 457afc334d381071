"""The entity index's short path for new full person names (:mod:`pipeline.resolve.index_people`): a new full
name of a stored name key is attached to its stored person from the entity's stored counts, without re-resolving
its group, and the result is exactly a whole-corpus resolution; anything that may change the entity's key, id,
display name or links takes the group re-run."""
from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest

from pipeline.records import DocumentInfo, DocumentResult, PersonMention
from pipeline.resolve import DEFAULT_DATA_DIR, document_nodes, resolve
from pipeline.resolve.blocking import ResolveData
from pipeline.resolve.index import EntityIndex
from tests.test_entity_index import STAMP, _assert_groups_closed, _canonical

# spellings of one key (case, diacritics, hyphens), two people sharing a surname, initials, surnames alone
PEOPLE = ["Greta Holm", "GRETA HOLM", "Gréta Holm", "Nils Holm", "Holm", "G. Holm", "N. Holm", "Aino Kask-Rebane",
          "Aino Kask Rebane", "Kask-Rebane", "Rebane", "Pavel Dvorak", "Pavel Dvořák", "Dvořák", "Lena Ott"]
TITLES = [None, None, "Dr", "Prof", "", "CEO"]


def _people_doc(doc_id: str, people: list[tuple[str, str | None]]) -> DocumentResult:
    info = DocumentInfo(doc_id, f"{doc_id}.txt", "txt", doc_id * 4, None, "newsletter", None, None, "en", None, 100, "ok")
    return DocumentResult(info, "", people=tuple(PersonMention(doc_id, 0, 1, p, p, "test", t) for p, t in people))


def _random_doc(rng: random.Random, doc_id: str) -> DocumentResult:
    names = rng.sample(PEOPLE, rng.randint(1, 4))
    return _people_doc(doc_id, [(p, rng.choice(TITLES)) for p in names for _ in range(rng.choice([1, 1, 2]))])


def _index(tmp_path: Path, data_dir: Path = DEFAULT_DATA_DIR) -> EntityIndex:
    return EntityIndex(tmp_path / "index.sqlite", ResolveData.load(data_dir))


def random_updates(tmp_path: Path, seed: int, random_doc, etype: str) -> tuple[int, int, int]:
    """40 random updates of one or two new documents (random doc ids: a new document sorts anywhere among the stored
    ones, before a key's first name too), some withdrawals; after each the index must equal a whole-corpus
    resolution and its groups stay closed. (updates whose every new ``etype`` name was attached, updates that
    attached some, updates that attached none and withdrew nothing)."""
    rng = random.Random(seed)
    index = _index(tmp_path)
    new_id = lambda: f"{rng.getrandbits(64):016x}"  # noqa: E731
    corpus = {d.info.doc_id: d for d in (random_doc(rng, new_id()) for _ in range(12))}
    index.update([(STAMP, d) for d in corpus.values()], [], rebuild=True)
    attached = some = fell_back = 0
    for step in range(40):
        removed = rng.sample(sorted(corpus), 1) if step % 7 == 6 else []
        added = [random_doc(rng, new_id()) for _ in range(1 if step % 3 else 2)]
        for d in removed:
            corpus.pop(d)
        corpus.update({d.info.doc_id: d for d in added})
        report = index.update([(STAMP, d) for d in added], removed)
        assert _canonical(index.resolution()) == _canonical(resolve(list(corpus.values()))), step
        _assert_groups_closed(index)
        n_new = sum(len(document_nodes(d)[etype]) for d in added)
        if n_new and not removed and report.attached[etype] == n_new:  # every new name attached: no group re-run
            attached += 1
            assert report.nodes_resolved[etype] == n_new
        elif n_new and not removed and not report.attached.get(etype):
            fell_back += 1
        some += bool(report.attached.get(etype))
    return attached, some, fell_back


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_attaching_new_full_person_names_equals_a_whole_corpus_resolution(tmp_path, seed):
    attached, _, fell_back = random_updates(tmp_path, seed, _random_doc, "person")
    assert attached >= 3 and fell_back >= 3  # both paths exercised


GRETA = "Greta Holm"


def _corpus() -> list[DocumentResult]:
    return [_people_doc("000000000000000a", [(GRETA, "Dr"), ("Nils Holm", None)]),
            _people_doc("000000000000000b", [("GRETA HOLM", None), ("Lena Ott", "CEO")]),
            _people_doc("000000000000000c", [(GRETA, "Dr"), ("Holm", None), ("Nils Holm", None)]),
            _people_doc("000000000000000d", [("Gréta Holm", "Prof")])]


def add_and_compare(index: EntityIndex, corpus: list, new: DocumentResult):
    """Add ``new`` to the index and to ``corpus``; the index must equal a whole-corpus resolution, its groups closed."""
    report = index.update([(STAMP, new)], [])
    corpus.append(new)
    assert _canonical(index.resolution()) == _canonical(resolve(corpus))
    _assert_groups_closed(index)
    return report, index.resolution()


def test_a_new_full_name_and_its_surname_join_the_stored_person_without_a_group_re_run(tmp_path):
    index = _index(tmp_path)
    corpus = _corpus()
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    before = index.resolution()

    new = _people_doc("00000000000000e0", [("Gréta Holm", "Prof"), ("G. Holm", None), ("Lena Ott", None)])
    report, after = add_and_compare(index, corpus, new)

    # the two Holm names and Lena Ott are attached: three names resolved, not the Holm group (seven names)
    assert report.attached["person"] == 3 and report.nodes_resolved["person"] == 3
    greta = after.ids[("000000000000000a", "person", GRETA)]
    assert after.ids[("00000000000000e0", "person", "G. Holm")] == greta
    assert {k: v for k, v in after.ids.items() if k in before.ids} == before.ids  # every earlier id stays
    assert after.people[greta].attrs["title"] == "Dr"  # two "Dr", now two "Prof": the tie goes to "Dr"
    assert after.people[greta].name == "Gréta Holm"  # the fullest form (diacritics) shows
    rows = {m["merged_name"]: m["rule"] for m in after.merges if m["entity_id"] == greta}
    assert rows == {"GRETA HOLM": "same_key", GRETA: "same_key", "G. Holm": "surname_in_document"}


@pytest.mark.parametrize("case", ["sorts first", "display name", "two full names share the surname",
                                  "initial does not fit", "new key"])
def test_a_new_full_name_that_may_change_its_person_re_runs_its_group(tmp_path, case):
    index = _index(tmp_path)
    corpus = _corpus()
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    new = {
        # the same_key links of the key would go from the new name
        "sorts first": _people_doc("0000000000000001", [("Greta Holm", None)]),
        # "Lena Ött" (diacritics: the fullest form) would become Lena Ott's display name
        "display name": _people_doc("00000000000000e0", [("Lena Ött", None)]),
        # "Holm" has two candidates in its document: it stays apart and ties both people's groups
        "two full names share the surname": _people_doc("00000000000000e0", [(GRETA, None), ("Nils Holm", None), ("Holm", None)]),
        # "N. Holm" is not Greta: an entity of its own in Greta's group
        "initial does not fit": _people_doc("00000000000000e0", [(GRETA, None), ("N. Holm", None)]),
        # a key the index does not hold
        "new key": _people_doc("00000000000000e0", [("Marta Ilves", None)]),
    }[case]
    report, _ = add_and_compare(index, corpus, new)
    assert report.attached.get("person", 0) == 0


def test_person_aliases_turn_the_short_path_off(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    (data / "aliases.csv").write_text("entity_type,name,canonical_name\nperson,Lena Ott,Lena Ott-Saar\n", encoding="utf-8")
    index = _index(tmp_path, data)
    corpus = _corpus()
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    report = index.update([(STAMP, _people_doc("00000000000000e0", [(GRETA, None)]))], [])
    corpus.append(_people_doc("00000000000000e0", [(GRETA, None)]))
    assert report.attached.get("person", 0) == 0
    assert _canonical(index.resolution()) == _canonical(resolve(corpus, data))


def test_an_add_one_through_the_runner_attaches_a_person_and_equals_a_full_rebuild(run_pipeline, tmp_path, short_path_names):
    """Real files and published Parquet: a new document naming a person of the corpus is attached to that person
    without re-running the group, and the tables and id history equal a full rebuild's."""
    from conftest import published_tables, same_as_full_run
    from pipeline.state import load_id_history
    from pipeline.write import current_version

    docs = tmp_path / "docs"
    docs.mkdir()
    for i, text in enumerate(["Greta Holm, director of the Tartu Food Cluster, opened the meeting on food safety.",
                              "The workshop was chaired by Greta Holm. Holm said the cluster will grow next year.",
                              "Speakers included Greta Holm and Nils Holm from the Tartu Food Cluster."]):
        (docs / f"note-{i}.txt").write_text(f"Cluster note {i}\n\n{text}\n", encoding="utf-8")
    out = tmp_path / "out"
    run_pipeline(docs, out)
    (docs / "note-9.txt").write_text("Cluster note 9\n\nGreta Holm presented the new training programme for members of "
                                     "the Tartu Food Cluster.\n", encoding="utf-8")
    placed = short_path_names("person")
    summary = run_pipeline(docs, out)

    assert placed == [GRETA]
    assert summary.names_attached["person"] == 1  # the run counts how often the short path was taken
    assert summary.nodes_resolved["person"] < summary.nodes_indexed["person"]
    people = [r for r in published_tables(out)["people"] if r["name"] == GRETA]
    assert len(people) == 1
    clean = same_as_full_run(run_pipeline, docs, out, tmp_path)
    assert load_id_history(current_version(out)).nodes == load_id_history(current_version(clean)).nodes
