"""The persistent entity index: updated with only the added and removed documents, it must give exactly
the resolution a whole-corpus :func:`pipeline.resolve.resolve` gives, and re-resolve only what they touch."""
from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest

from pipeline.records import DocumentInfo, DocumentResult, EventMention, OrgMention, PersonMention, RoleMention
from pipeline.resolve import DEFAULT_DATA_DIR, resolve
from pipeline.resolve import blocking, events, organisations
from pipeline.resolve.blocking import ResolveData
from pipeline.resolve import index as index_module
from pipeline.resolve import index_graph
from pipeline.resolve.index import EntityIndex

STAMP = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.timezone.utc)

# Name pools that exercise every rule: spellings up to case/diacritics/hyphens, surnames and initials
# in a document, two people sharing a surname, gazetteer names and acronyms, an acronym defined two
# ways, a head noun, fuzzy spelling variants, and events by name + year, edition, undated mentions.
PEOPLE = ["Maria Lindqvist", "María Lindqvist", "MARIA LINDQVIST", "Peter Lindqvist", "Lindqvist", "M. Lindqvist",
          "Jonas Weber-Klein", "Jonas Weber Klein", "Weber-Klein", "Ilse Marten", "Marten", "Tove Aalto", "Aalto"]
ORGS = [("Nordic Photonics Alliance", "NPA"), ("Nordic Photonic Alliance", None), ("NPA", None), ("the Alliance", None),
        ("European Commission", None), ("the Commission", None), ("EC", None), ("Executive Committee", "EC"),
        ("Danube Textile Network", "DTN"), ("Danube Textiles Network", None), ("DTN", None), ("Danube Timber Network", None),
        ("Nordic Food Platform", None), ("Nordic Wood Platform", None), ("Nordic Marine Platform", None),
        ("Nordic Energy Alliance", None), ("Baltic Photonics Alliance", None), ("the Platform", None)]
EVENTS = [("Nordic Photonics Forum 2024", dt.date(2024, 5, 3), None, "Oslo"), ("the Forum", None, None, None),
          ("3rd Nordic Photonics Forum", None, 3, None), ("Nordic Photonics Forums 2024", dt.date(2024, 5, 3), 3, "Oslo"),
          ("Nordic Photonics Forum", None, None, None), ("Danube Textile Days 2023", dt.date(2023, 9, 12), None, "Linz"),
          ("Danube Textile Dayz 2023", None, None, None), ("Danube Textile Days 2022", dt.date(2022, 9, 14), None, "Ulm"),
          ("Nordic Wood Summit 2023", None, None, None), ("Nordic Food Summit 2023", None, None, None),
          ("Nordic Marine Summit 2023", None, None, None)]


def _doc(doc_id: str, people=(), orgs=(), roles=(), evts=(), published: dt.date | None = None) -> DocumentResult:
    info = DocumentInfo(doc_id, f"{doc_id}.txt", "txt", doc_id * 4, None, "newsletter", published, None, "en", None, 100, "ok")
    return DocumentResult(
        info, "",
        people=tuple(PersonMention(doc_id, 0, 1, p, p, "test", "Dr" if i == 0 else None) for i, p in enumerate(people)),
        organisations=tuple(OrgMention(doc_id, 0, 1, o, o, "test", acr) for o, acr in orgs),
        roles=tuple(RoleMention(doc_id, 0, 1, "", p, "director", "test", o) for p, o in roles),
        events=tuple(EventMention(doc_id, 0, 1, e, e, "forum", "test", start, start, "day" if start else None, city, None,
                                  ("Nordic Photonics Alliance",) if "Photonics" in e else (), edition)
                     for e, start, edition, city in evts))


def _random_doc(rng: random.Random, n: int) -> DocumentResult:
    people = rng.sample(PEOPLE, rng.randint(0, 4))
    orgs = rng.sample(ORGS, rng.randint(0, 5))
    roles = [(p, o) for p, (o, _) in zip(people, orgs) if rng.random() < 0.5]
    return _doc(f"{n:016x}", people, orgs, roles, rng.sample(EVENTS, rng.randint(0, 3)),
                rng.choice([None, dt.date(2023, 10, 1), dt.date(2024, 6, 1)]))


def _canonical(resolution) -> tuple:
    ents = {t: {eid: (e.name, sorted(e.aliases), sorted(e.attrs.items(), key=repr), sorted(e.doc_ids), e.n_mentions)
                for eid, e in getattr(resolution, t).items()} for t in ("people", "organisations", "events")}
    return ents, dict(sorted(resolution.ids.items())), sorted(tuple(sorted(m.items())) for m in resolution.merges)


def _index(tmp_path: Path, data_dir: Path = DEFAULT_DATA_DIR) -> EntityIndex:
    return EntityIndex(tmp_path / "index.sqlite", ResolveData.load(data_dir))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """The shipped data plus analyst overrides: one forced alias, one do-not-merge pair per type."""
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    (data / "aliases.csv").write_text("entity_type,name,canonical_name\nperson,Tove Aalto,Tove Aalto-Berg\n"
                                      "organisation,Nordic Wood Platform,Nordic Timber Platform\n"
                                      "event,Nordic Wood Summit 2023,Nordic Timber Summit 2023\n", encoding="utf-8")
    (data / "do_not_merge.csv").write_text("entity_type,name_a,name_b\nperson,Jonas Weber-Klein,Weber-Klein\n"
                                           "organisation,Danube Textile Network,Danube Textiles Network\n"
                                           "event,Danube Textile Days 2023,Danube Textile Dayz 2023\n", encoding="utf-8")
    return data


def _assert_groups_closed(index: EntityIndex) -> None:
    """Every component of the key-and-edge graph lies in one stored group (an update's closure relies on it)."""
    for etype in blocking.ENTITY_TYPES:
        nodes, node_keys, key_edges, grp_of = index_graph.closure(index.db, etype, set(), True)
        by_root: dict = {}
        for k, root in index_graph.components(nodes, node_keys, key_edges).items():
            by_root.setdefault(root, set()).add(grp_of[k])
        assert all(len(groups) == 1 and None not in groups for groups in by_root.values()), etype


@pytest.mark.parametrize("small_blocks", [False, True], ids=["blocks", "blocks-over-limit"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_entity_index_updates_equal_a_whole_corpus_resolution(tmp_path, data_dir, monkeypatch, seed, small_blocks):
    monkeypatch.setattr(index_module, "_BATCH_NODES", 10)  # a rebuild in several batches
    if small_blocks:  # fuzzy blocks cross their size limit as documents come and go
        monkeypatch.setattr(organisations, "_MAX_BLOCK", 3)
        monkeypatch.setattr(blocking, "ORG_BLOCK_LIMIT", 3)
        monkeypatch.setattr(events, "_MAX_BLOCK", 2)
        monkeypatch.setattr(blocking, "EVENT_BLOCK_LIMIT", 2)
    rng = random.Random(seed)
    index = _index(tmp_path, data_dir)
    corpus = {d.info.doc_id: d for d in (_random_doc(rng, n) for n in range(12))}
    index.update([(STAMP, d) for d in corpus.values()], [], rebuild=True)
    assert _canonical(index.resolution()) == _canonical(resolve(list(corpus.values()), data_dir))
    n = 100
    for step in range(25):
        removed = rng.sample(sorted(corpus), min(len(corpus), rng.randint(0, 2)))
        added = [_random_doc(rng, n + i) for i in range(rng.randint(0, 2))]
        n += len(added)
        if step % 5 == 4 and corpus:  # a changed document: withdrawn, and added again with other names
            old = sorted(corpus)[0]
            removed.append(old)
            added.append(_random_doc(rng, n))
            n += 1
        for d in removed:
            corpus.pop(d, None)
        corpus.update({d.info.doc_id: d for d in added})
        report = index.update([(STAMP, d) for d in reversed(added)], removed)  # order must not matter
        assert _canonical(index.resolution()) == _canonical(resolve(list(corpus.values()), data_dir)), step
        _assert_groups_closed(index)
        assert report.nodes_total == {t: sum(1 for k in index.resolution().ids if k[1] == t) for t in report.nodes_total}


def test_entity_index_adding_one_document_resolves_only_what_it_touches(tmp_path):
    index = _index(tmp_path)
    words = ["Alder", "Birch", "Cedar", "Elm", "Fir", "Hazel", "Larch", "Maple", "Oak", "Pine", "Rowan", "Willow"]
    corpus = [_doc(f"{i:016x}", people=[f"Anna {w}", f"Ben {w}son"], orgs=[(f"{w} Growers of {w}field", None)],
                   evts=[(f"{w} Robotics Days 2024", dt.date(2024, 3, i + 1), None, None)]) for i, w in enumerate(words)]
    first = index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    assert first.nodes_resolved == {"person": 24, "organisation": 12, "event": 12}

    new = _doc("00000000000000ff", people=["Anna Cedar", "Carl Quist"], orgs=[("Cedar Growers of Cedarfield", None)])
    report = index.update([(STAMP, new)], [])

    # The new names, not the corpus: "Anna Cedar" and the Cedar growers are attached to the stored person
    # and organisation they name without re-resolving them (:mod:`pipeline.resolve.index_people`,
    # :mod:`pipeline.resolve.index_orgs`), "Carl Quist" is new. (The twelve "... Robotics Days" share a
    # fuzzy block, which joins only the pairs that pass the fuzzy test: none here.)
    assert report.nodes_resolved == {"person": 2, "organisation": 1, "event": 0}
    assert report.attached == {"person": 1, "organisation": 1}
    assert report.nodes_total == {"person": 26, "organisation": 13, "event": 12}
    assert _canonical(index.resolution()) == _canonical(resolve(corpus + [new]))
    assert index.resolution().ids[("00000000000000ff", "person", "Anna Cedar")] == index.resolution().ids[(f"{2:016x}", "person", "Anna Cedar")]


def test_entity_index_withdrawing_a_document_drops_its_entities(tmp_path):
    index = _index(tmp_path)
    a = _doc("000000000000000a", people=["Ilse Marten"], orgs=[("Danube Timber Network", None)])
    b = _doc("000000000000000b", people=["Ilse Marten", "Tove Aalto"])
    index.update([(STAMP, a), (STAMP, b)], [], rebuild=True)
    report = index.update([], ["000000000000000b"])

    people = index.resolution().people
    assert sorted(e.name for e in people.values()) == ["Ilse Marten"]
    assert [sorted(e.doc_ids) for e in people.values()] == [["000000000000000a"]]
    assert report.nodes_resolved["person"] == 1 and report.nodes_resolved["organisation"] == 0
    assert _canonical(index.resolution()) == _canonical(resolve([a]))


def test_entity_index_is_trusted_only_for_its_published_set(tmp_path):
    index = _index(tmp_path)
    index.update([(STAMP, _doc("000000000000000a", people=["Ilse Marten"]))], [], rebuild=True)
    assert not index.matches("fp1", "run-1")  # never committed
    index.commit("fp1", "run-1")
    index.close()

    again = _index(tmp_path)
    assert again.matches("fp1", "run-1")
    assert not again.matches("fp2", "run-1")  # rules, data or code changed
    assert not again.matches("fp1", "run-2")  # another set was published since
    assert list(again.documents()) == ["000000000000000a"]


def test_entity_index_uncommitted_changes_are_discarded(tmp_path):
    index = _index(tmp_path)
    index.update([(STAMP, _doc("000000000000000a", people=["Ilse Marten"]))], [], rebuild=True)
    index.commit("fp1", "run-1")
    index.update([(STAMP, _doc("000000000000000b", people=["Tove Aalto"]))], [])
    index.close()  # a run that failed before publishing

    again = _index(tmp_path)
    assert list(again.documents()) == ["000000000000000a"]
    assert [e.name for e in again.resolution().people.values()] == ["Ilse Marten"]


def test_entity_index_full_disk_is_an_output_write_error(tmp_path):
    import errno

    from pipeline.run.output_errors import is_output_write_error

    index = _index(tmp_path)
    index.db.execute(f"PRAGMA max_page_count={index.db.execute('PRAGMA page_count').fetchone()[0]}")  # no room to grow
    with pytest.raises(OSError) as caught:
        index.update([(STAMP, _doc(f"{n:016x}", people=[f"Ilse Marten{n}"] * 3)) for n in range(200)], [], rebuild=True)
    assert caught.value.errno == errno.ENOSPC
    assert is_output_write_error(caught.value, tmp_path)


# Fuzzy variants in shared blocks: every name below is in the blocks "f:baltic" and "l:cluster"
# (organisations) or "w:baltic" (events); only the variant pairs pass the fuzzy tests: Food/Foods,
# Food/Wood (forbidden to merge by the fixture below, so the order of the links matters),
# Maritime/Maritme; and the event chain Summit ~ Summut ~ Robotuc Summut (the first and the last
# are not similar: the last takes the first's base name through the middle one).
SECTORS = ["Automotive", "Aerospace", "Textile", "Photonics", "Hydrogen", "Medtech", "Packaging", "Logistics", "Tourism",
           "Ceramics", "Plastics", "Chemicals", "Cybersecurity", "Forestry"]
BLOCK_ORGS = [(f"Baltic {w} Cluster", None) for w in SECTORS[:6]] + [
    ("Baltic Food Cluster", "BFC"), ("Baltic Foods Cluster", None), ("Baltic Wood Cluster", None), ("BFC", None),
    ("Baltic Maritime Cluster", None), ("Baltic Maritme Cluster", None), ("the Cluster", None)]
BLOCK_EVENTS = [(f"Baltic {w} Summit 2024", dt.date(2024, 6, 4), None, None) for w in SECTORS[:5]] + [
    ("Baltic Robotic Summit 2024", dt.date(2024, 6, 4), None, "Riga"), ("Baltic Robotic Summut 2024", None, None, None),
    ("Baltic Robotuc Summut 2024", None, None, "Riga"), ("2nd Baltic Robotics Summit", None, 2, None),
    ("the Baltic Robotic Summit", None, None, None), ("Baltic Robotic Summit 2023", dt.date(2023, 6, 5), 2, "Tartu")]


@pytest.fixture
def block_data_dir(tmp_path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    (data / "do_not_merge.csv").write_text("entity_type,name_a,name_b\norganisation,Baltic Foods Cluster,Baltic Wood Cluster\n"
                                           "event,Baltic Robotic Summit 2024,Baltic Robotuc Summut 2024\n", encoding="utf-8")
    return data


def _block_doc(rng: random.Random, n: int) -> DocumentResult:
    orgs = rng.sample(BLOCK_ORGS, rng.randint(1, 4))
    return _doc(f"{n:016x}", rng.sample(PEOPLE, rng.randint(0, 2)), orgs, (), rng.sample(BLOCK_EVENTS, rng.randint(0, 3)),
                rng.choice([None, dt.date(2024, 1, 1), dt.date(2024, 9, 1)]))


def _edges(index: EntityIndex) -> set[tuple[str, str, str]]:
    return {(etype, a, b) for etype, a, b in index.db.execute("SELECT DISTINCT etype, a, b FROM edges")}


@pytest.mark.parametrize("limits", [None, (4, 3), (8, 6)], ids=["usable", "tiny", "small"])
@pytest.mark.parametrize("seed", [4, 5])
def test_entity_index_with_fuzzy_edges_equals_a_whole_corpus_resolution(tmp_path, block_data_dir, monkeypatch, seed, limits):
    if limits:  # the shared blocks cross their limit in both directions as documents come and go
        monkeypatch.setattr(organisations, "_MAX_BLOCK", limits[0])
        monkeypatch.setattr(blocking, "ORG_BLOCK_LIMIT", limits[0])
        monkeypatch.setattr(events, "_MAX_BLOCK", limits[1])
        monkeypatch.setattr(blocking, "EVENT_BLOCK_LIMIT", limits[1])
    rng = random.Random(seed)
    index = _index(tmp_path, block_data_dir)
    corpus = {d.info.doc_id: d for d in (_block_doc(rng, n) for n in range(6))}
    index.update([(STAMP, d) for d in corpus.values()], [], rebuild=True)
    assert _canonical(index.resolution()) == _canonical(resolve(list(corpus.values()), block_data_dir))
    n = 100
    for step in range(20):
        removed = rng.sample(sorted(corpus), min(len(corpus), rng.randint(0, 2)))
        added = [_block_doc(rng, n + i) for i in range(rng.randint(0, 2))]
        n += len(added)
        if step % 4 == 3 and corpus:  # a changed document
            old = rng.choice(sorted(corpus))
            removed.append(old)
            added.append(_block_doc(rng, int(old, 16)))
        for d in removed:
            corpus.pop(d, None)
        corpus.update({d.info.doc_id: d for d in added})
        index.update([(STAMP, d) for d in reversed(added)], removed)
        assert _canonical(index.resolution()) == _canonical(resolve(list(corpus.values()), block_data_dir)), step
        _assert_groups_closed(index)
    # The stored edges are exactly the passing pairs of the usable blocks of what is left.
    fresh = _index(tmp_path / "fresh", block_data_dir)
    fresh.update([(STAMP, d) for d in corpus.values()], [], rebuild=True)
    assert _edges(index) == _edges(fresh)


def test_entity_index_a_document_joining_a_big_block_resolves_only_its_edge_component(tmp_path):
    index = _index(tmp_path)
    corpus = [_doc(f"{i:016x}", orgs=[(f"Baltic {w} Cluster", None)], evts=[(f"Baltic {w} Summit 2024", None, None, None)])
              for i, w in enumerate(SECTORS + ["Food", "Robotic"])]
    first = index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    # (the Photonics event brings its organiser, the Nordic Photonics Alliance)
    assert first.nodes_resolved == {"person": 0, "organisation": 17, "event": 16}
    assert _edges(index) == set()  # sixteen names in one block, none a variant of another

    new = _doc("00000000000000ff", orgs=[("Baltic Foods Cluster", None)], evts=[("Baltic Robotic Summut 2024", None, None, None)])
    report = index.update([(STAMP, new)], [])

    # The block holds 17 names, but only the variant and the name it varies are resolved again.
    assert report.nodes_resolved == {"person": 0, "organisation": 2, "event": 2}
    assert _edges(index) == {("organisation", "balticfoodcluster", "balticfoodscluster"),
                             ("event", "baltic robotic summit", "baltic robotic summut")}
    assert _canonical(index.resolution()) == _canonical(resolve(corpus + [new]))
    ids = index.resolution().ids
    assert ids[("00000000000000ff", "organisation", "Baltic Foods Cluster")] == ids[(f"{14:016x}", "organisation", "Baltic Food Cluster")]


def test_entity_index_blocks_crossing_their_limit_lose_and_regain_their_edges(tmp_path, monkeypatch):
    monkeypatch.setattr(organisations, "_MAX_BLOCK", 3)
    monkeypatch.setattr(blocking, "ORG_BLOCK_LIMIT", 3)
    index = _index(tmp_path)
    a = _doc("000000000000000a", orgs=[("Baltic Food Cluster", None)])
    b = _doc("000000000000000b", orgs=[("Baltic Foods Cluster", None), ("Alpine Textile Network", None)])
    c = _doc("000000000000000c", orgs=[("Baltic Health Cluster", None)])
    d = _doc("000000000000000d", orgs=[("Baltic Steel Cluster", None)])
    index.update([(STAMP, x) for x in (a, b, c)], [], rebuild=True)
    assert len(index.resolution().organisations) == 3  # Food and Foods are one organisation
    assert _edges(index) == {("organisation", "balticfoodcluster", "balticfoodscluster")}

    up = index.update([(STAMP, d)], [])  # four names: both blocks are too big to be used
    assert _edges(index) == set()
    assert len(index.resolution().organisations) == 4 + 1
    # The new name and the two ends of the edge that went; not Baltic Health Cluster nor the network.
    assert up.nodes_resolved["organisation"] == 3
    assert _canonical(index.resolution()) == _canonical(resolve([a, b, c, d]))

    down = index.update([], [c.info.doc_id])  # three again: the edge comes back
    assert _edges(index) == {("organisation", "balticfoodcluster", "balticfoodscluster")}
    assert len(index.resolution().organisations) == 3
    assert down.nodes_resolved["organisation"] == 2
    assert _canonical(index.resolution()) == _canonical(resolve([a, b, d]))


def test_entity_index_keeps_the_ids_of_a_touched_groups_unchanged_entities(tmp_path):
    index = _index(tmp_path)
    corpus = [_doc("000000000000000a", orgs=[("Baltic Food Cluster", "BFC"), ("Baltic Maritime Cluster", None)],
                   evts=[("Baltic Robotic Summit 2024", dt.date(2024, 6, 4), None, "Riga")]),
              _doc("000000000000000b", orgs=[("Baltic Maritme Cluster", None), ("BFC", None)],
                   evts=[("Baltic Robotic Summit 2023", dt.date(2023, 6, 5), None, "Tartu"), ("the Baltic Robotic Summit", None, None, None)])]
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    before = index.resolution()
    new = _doc("000000000000000c", orgs=[("Baltic Foods Cluster", None), ("Baltic Maritime Cluster", None)],
               evts=[("Baltic Robotic Summut 2024", None, None, None)])
    report = index.update([(STAMP, new)], [])
    after = index.resolution()
    # every group is touched; the new "Baltic Maritime Cluster" is attached to its stored organisation
    # (:mod:`pipeline.resolve.index_orgs`), not re-resolved with that group's two names
    assert report.nodes_resolved == {"person": 0, "organisation": 5, "event": 4}
    assert report.attached == {"organisation": 1, "event": 0}
    assert {k: v for k, v in after.ids.items() if k[0] != "000000000000000c"} == before.ids
    assert set(before.organisations) == set(after.organisations) and set(before.events) == set(after.events)
    assert after.ids[("000000000000000c", "event", "Baltic Robotic Summut 2024")] == after.ids[("000000000000000a", "event", "Baltic Robotic Summit 2024")]
