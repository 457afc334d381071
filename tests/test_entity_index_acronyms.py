"""The entity index's short path for new organisation names that the gazetteer or an acronym ties to a stored
organisation (:mod:`pipeline.resolve.index_acronyms`): a new gazetteer name or acronym, or a use of an acronym the
corpus defines once, several times or never, is attached to its stored organisation from the stored definitions and
counts, without re-resolving its group, and the result is exactly a whole-corpus resolution; a new definition, a
document's own meaning or a new first name takes the group re-run."""
from __future__ import annotations

import random

import pytest

from pipeline.resolve import DEFAULT_DATA_DIR
from pipeline.resolve.blocking import ResolveData
from pipeline.resolve.index import EntityIndex
from tests.test_entity_index import STAMP
from tests.test_entity_index_orgs import _org_doc
from tests.test_entity_index_people import add_and_compare, random_updates

# a gazetteer entry with its acronym (ECCP) and one without (Council of the European Union), an acronym defined one
# way (NHV), one defined two ways (BSA), one never defined (KDU), a document defining the gazetteer's acronym its own way
ORGS = [("European Cluster Collaboration Platform", None), ("ECCP", None), ("European Cluster Collaboration Platform", "ECCP"),
        ("Council of the European Union", None), ("Council of the EU", None),
        ("Nordic Hydrogen Valley", "NHV"), ("Nordic Hydrogen Valley", None), ("NHV", None),
        ("Baltic Shipping Alliance", "BSA"), ("Bavarian Startup Association", "BSA"), ("BSA", None),
        ("KDU", None), ("Kdu", None), ("Eastern Cluster Coordination Panel", "ECCP")]
TYPES = [None, "cluster", "network"]


def _random_doc(rng: random.Random, doc_id: str):
    picked = {o: acr for o, acr in rng.sample(ORGS, rng.randint(1, 3))}
    if "Eastern Cluster Coordination Panel" in picked:  # its own meaning of ECCP: with a use of it, most of the time
        picked.setdefault("ECCP", None)
    return _org_doc(doc_id, [(o, acr, rng.choice(TYPES), rng.choice([None, "SE"])) for o, acr in picked.items()
                             for _ in range(rng.choice([1, 1, 2]))])


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_attaching_gazetteer_names_and_acronym_uses_equals_a_whole_corpus_resolution(tmp_path, seed):
    _, some, fell_back = random_updates(tmp_path, seed, _random_doc, "organisation")
    assert some >= 5 and fell_back >= 3  # both paths exercised


def _index(tmp_path, corpus) -> EntityIndex:
    index = EntityIndex(tmp_path / "index.sqlite", ResolveData.load(DEFAULT_DATA_DIR))
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    return index


def _corpus() -> list:
    return [_org_doc("000000000000000a", [("Nordic Hydrogen Valley", "NHV", "cluster", "SE"), ("ECCP", None, None, None),
                                          ("Council of the European Union", None, None, None)]),
            _org_doc("000000000000000b", [("NHV", None, None, None), ("Baltic Shipping Alliance", "BSA", None, None),
                                          ("European Cluster Collaboration Platform", None, "network", None)]),
            _org_doc("000000000000000c", [("Bavarian Startup Association", "BSA", None, None), ("KDU", None, None, None),
                                          ("Council of the European Union", None, None, None)]),
            _org_doc("000000000000000d", [("BSA", None, None, None), ("KDU", None, "cluster", None), ("ECCP", None, None, None),
                                          ("Nordic Hydrogen Valley", None, None, None)])]


def test_new_gazetteer_names_and_acronym_uses_join_their_stored_organisations(tmp_path):
    corpus = _corpus()
    index = _index(tmp_path, corpus)
    before = index.resolution()
    new = _org_doc("00000000000000e0", [("ECCP", None, None, None), ("Council of the European Union", None, None, None),
                                        ("NHV", None, "network", None), ("BSA", None, None, None), ("KDU", None, None, None)])

    report, after = add_and_compare(index, corpus, new)

    assert report.attached["organisation"] == 5 and report.nodes_resolved["organisation"] == 5
    assert {k: v for k, v in after.ids.items() if k in before.ids} == before.ids  # every earlier id stays
    eid = lambda d, n: after.ids[(d, "organisation", n)]  # noqa: E731
    assert eid("00000000000000e0", "ECCP") == eid("000000000000000b", "European Cluster Collaboration Platform")
    assert eid("00000000000000e0", "NHV") == eid("000000000000000a", "Nordic Hydrogen Valley")  # defined once, in doc a
    assert eid("00000000000000e0", "BSA") == eid("000000000000000d", "BSA")  # defined two ways: with the other bare use
    assert eid("00000000000000e0", "KDU") == eid("000000000000000c", "KDU")  # never defined
    valley = after.organisations[eid("000000000000000a", "Nordic Hydrogen Valley")]
    assert valley.attrs == {"acronym": "NHV", "org_type": "cluster", "country": "SE"}
    assert sorted(valley.doc_ids) == ["000000000000000a", "000000000000000b", "000000000000000d", "00000000000000e0"]
    kdu = after.organisations[eid("000000000000000c", "KDU")]
    assert kdu.name == "KDU" and kdu.attrs["org_type"] == "cluster"
    rows = {(m["canonical_name"], m["merged_name"]): (m["rule"], m["detail"]) for m in after.merges}
    assert rows[("Nordic Hydrogen Valley", "NHV")] == ("acronym", "defined in doc 000000000000000a")
    assert rows[("European Cluster Collaboration Platform", "ECCP")][0] == "gazetteer"


@pytest.mark.parametrize("case", ["defines its own meaning", "a second definition", "first use", "new acronym",
                                  "sorts first of its key"])
def test_a_new_acronym_that_may_change_links_re_runs_its_group(tmp_path, case):
    corpus = _corpus()
    index = _index(tmp_path, corpus)
    new = {
        "defines its own meaning": _org_doc("00000000000000e0", [("Eastern Cluster Coordination Panel", "ECCP", None, None),
                                                                 ("ECCP", None, None, None)]),
        "a second definition": _org_doc("00000000000000e0", [("Nordic Health Village", "NHV", None, None)]),
        "first use": _org_doc("00000000000000e0", [("Kdu", None, None, None)]),  # not an acronym: the key's same_key step
        "new acronym": _org_doc("00000000000000e0", [("ZQX", None, None, None)]),
        "sorts first of its key": _org_doc("0000000000000001", [("NHV", None, None, None)]),
    }[case]
    report, _ = add_and_compare(index, corpus, new)
    assert report.attached.get("organisation", 0) == 0


def test_an_add_one_through_the_runner_attaches_gazetteer_names_and_equals_a_full_rebuild(run_pipeline, tmp_path, short_path_names):
    """Real files and published Parquet: a new document naming organisations of the gazetteer that the corpus names
    already has them attached without re-running their groups, and the tables and id history equal a full rebuild's."""
    from conftest import add_one_to_samples, published_tables, same_history_as_full_run

    placed = short_path_names("organisation")
    docs, out, summary = add_one_to_samples(run_pipeline, tmp_path, "added-note.txt", "Cluster note\n\nThe Council of the "
                                            "European Union and the ECCP invited cluster managers to a webinar on skills "
                                            "partnerships.\n", placed)

    assert sorted(placed) == ["Council of the European Union", "ECCP"]
    assert summary.names_attached["organisation"] == 2
    assert summary.nodes_resolved["organisation"] < summary.nodes_indexed["organisation"]
    platform = [r for r in published_tables(out)["organisations"] if r["name"] == "European Cluster Collaboration Platform"]
    assert len(platform) == 1 and platform[0]["acronym"] == "ECCP"
    same_history_as_full_run(run_pipeline, docs, out, tmp_path)
