"""The entity index's short path for new plain organisation names (:mod:`pipeline.resolve.index_orgs`): a new name
of a stored name key, with no acronym, anchor or in-document key, is attached to its stored organisation from the
entity's stored counts, without re-resolving its group, and the result is exactly a whole-corpus resolution;
anything that may change the entity's key, id, display name or links takes the group re-run."""
from __future__ import annotations

import random

import pytest

from pipeline.records import DocumentInfo, DocumentResult, OrgMention
from pipeline.resolve import DEFAULT_DATA_DIR
from pipeline.resolve.blocking import ResolveData
from pipeline.resolve.index import EntityIndex
from tests.test_entity_index import STAMP
from tests.test_entity_index_people import add_and_compare, random_updates

# spellings of one key, a leading "the", an acronym defined and used alone, a fuzzy variant, a head noun,
# a gazetteer name, two organisations sharing words
ORGS = [("Tartu Food Cluster", None), ("TARTU FOOD CLUSTER", None), ("Tartu Food-Cluster", None), ("the Tartu Food Cluster", None),
        ("Tartu Food Cluster", "TFC"), ("TFC", None), ("Tartu Fod Cluster", None), ("the Cluster", None),
        ("Riga Wood Cluster", None), ("Riga Wood Cluster", "RWC"), ("Riga Wood Clusters", None), ("European Commission", None),
        ("Tartu Wood Cluster", None), ("Lund Textile Network", None), ("LUND TEXTILE NETWORK", None)]
TYPES = [None, None, "cluster", "association"]
COUNTRIES = [None, "EE", "LV"]


def _org_doc(doc_id: str, orgs: list[tuple]) -> DocumentResult:
    info = DocumentInfo(doc_id, f"{doc_id}.txt", "txt", doc_id * 4, None, "newsletter", None, None, "en", None, 100, "ok")
    return DocumentResult(info, "", organisations=tuple(OrgMention(doc_id, 0, 1, o, o, "test", acr, t, c) for o, acr, t, c in orgs))


def _random_doc(rng: random.Random, doc_id: str) -> DocumentResult:
    picked = {o: acr for o, acr in rng.sample(ORGS, rng.randint(1, 4))}
    return _org_doc(doc_id, [(o, acr, rng.choice(TYPES), rng.choice(COUNTRIES)) for o, acr in picked.items()
                             for _ in range(rng.choice([1, 1, 2]))])


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_attaching_new_plain_organisation_names_equals_a_whole_corpus_resolution(tmp_path, seed):
    _, attached, fell_back = random_updates(tmp_path, seed, _random_doc, "organisation")
    assert attached >= 3 and fell_back >= 3  # both paths exercised


def _corpus() -> list[DocumentResult]:
    return [_org_doc("000000000000000a", [("Tartu Food Cluster", "TFC", "cluster", "EE"), ("Lund Textile Network", None, None, None)]),
            _org_doc("000000000000000b", [("Tartu Food Cluster", None, None, "EE"), ("Riga Wood Cluster", None, "cluster", "LV")]),
            _org_doc("000000000000000c", [("TFC", None, None, None), ("Tartu Food Cluster", None, "association", None)]),
            _org_doc("000000000000000d", [("Lund Textile Network", None, "network", "SE")])]


def test_a_new_plain_name_joins_the_stored_organisation_without_a_group_re_run(tmp_path):
    index = EntityIndex(tmp_path / "index.sqlite", ResolveData.load(DEFAULT_DATA_DIR))
    corpus = _corpus()
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    before = index.resolution()

    new = _org_doc("00000000000000e0", [("Tartu Food Cluster", None, "association", None), ("Lund Textile Network", None, "network", "SE")])
    report, after = add_and_compare(index, corpus, new)

    assert report.attached["organisation"] == 2 and report.nodes_resolved["organisation"] == 2
    assert {k: v for k, v in after.ids.items() if k in before.ids} == before.ids  # every earlier id stays
    tartu = after.organisations[after.ids[("000000000000000a", "organisation", "Tartu Food Cluster")]]
    assert tartu.name == "Tartu Food Cluster" and tartu.attrs == {"acronym": "TFC", "org_type": "association", "country": "EE"}
    lund = after.organisations[after.ids[("000000000000000a", "organisation", "Lund Textile Network")]]
    assert lund.attrs["org_type"] == "network" and sorted(lund.doc_ids) == ["000000000000000a", "000000000000000d", "00000000000000e0"]


def test_a_new_one_word_name_joins_its_stored_organisation_unless_its_document_has_a_longer_name_with_the_word(tmp_path):
    index = EntityIndex(tmp_path / "index.sqlite", ResolveData.load(DEFAULT_DATA_DIR))
    corpus = _corpus() + [_org_doc("000000000000000f", [("Vitalia", None, "cluster", None)]),
                          _org_doc("000000000000001f", [("Vitalia", None, None, "EE")])]
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)

    report, after = add_and_compare(index, corpus, _org_doc("00000000000000e0", [("Vitalia", None, None, None)]))
    assert report.attached["organisation"] == 1  # its head-noun key is its own: no longer name of its document uses it
    vitalia = after.organisations[after.ids[("00000000000000e0", "organisation", "Vitalia")]]
    assert sorted(vitalia.doc_ids) == ["000000000000000f", "000000000000001f", "00000000000000e0"]

    report, _ = add_and_compare(index, corpus, _org_doc("00000000000000e1", [("Vitalia", None, None, None),
                                                                             ("Tartu Vitalia", None, None, None)]))
    assert report.attached.get("organisation", 0) == 0  # the head-noun rule may tie it to "Tartu Vitalia"


@pytest.mark.parametrize("case", ["sorts first", "defines an acronym", "all capitals", "head noun", "new key"])
def test_a_new_organisation_name_that_may_change_links_re_runs_its_group(tmp_path, case):
    index = EntityIndex(tmp_path / "index.sqlite", ResolveData.load(DEFAULT_DATA_DIR))
    corpus = _corpus() + [_org_doc("000000000000000f", [("European Commission", None, None, None)])]
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    new = {
        "sorts first": _org_doc("0000000000000001", [("Riga Wood Cluster", None, None, None)]),
        "defines an acronym": _org_doc("00000000000000e0", [("Riga Wood Cluster", "RWC", None, None)]),
        # capitals look like an acronym: the same_key step leaves such a key to the acronym step
        "all capitals": _org_doc("00000000000000e0", [("LUND TEXTILE NETWORK", None, None, None)]),
        "head noun": _org_doc("00000000000000e0", [("Riga Wood Cluster", None, None, None), ("the Cluster", None, None, None)]),
        "new key": _org_doc("00000000000000e0", [("Vilnius Laser Association", None, None, None)]),
    }[case]
    report, _ = add_and_compare(index, corpus, new)
    assert report.attached.get("organisation", 0) == 0
    # (an acronym alone and a gazetteer name have their own short path: tests/test_entity_index_acronyms.py)
