"""Entity ids come from canonical keys: reordering, renaming, adding or removing documents does not
change the id of an entity whose key is unchanged."""
from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import pyarrow.parquet as pq
from hypothesis import given, settings as hsettings, strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from test_resolve import DG, doc  # noqa: E402  (synthetic DocumentResult builder)

from pipeline.resolve import resolve  # noqa: E402

ECC_2019 = {"start_date": dt.date(2019, 5, 14), "end_date": dt.date(2019, 5, 16), "date_precision": "day", "city": "Bucharest"}
BASE = [
    doc("a", people=["Ulla Engelmann", "Engelmann", "Šermukšnytė-Alešiūnienė Ona"], orgs=[(DG, "DG GROW"), ("the Commission", None)],
        events=[("European Cluster Conference", ECC_2019)], published=dt.date(2019, 4, 1)),
    doc("b", people=["Peter Rudge"], orgs=[("DG GROW", None), ("UK Government", None)],
        events=[("EU Cluster Conference 2019", {"city": "Bucharest"}), ("the EU Cluster Conference", {})]),
    doc("c", people=["Anna Smith", "John Smith", "Smith"], orgs=[("European Cluster Collaboration Platform", "ECCP")],
        events=[("European Cluster Conference 2020", {"edition": 7})], published=dt.date(2020, 12, 15)),
]
EXTRA = [
    doc("d", people=["Sermuksnyte-Alesiuniene Ona", "Ulla Engelmann"],
        orgs=[("DirectorateGeneral for Internal Market, Industry, Entrepreneurship and SMEs", None), ("ECCP", None)],
        events=[("the sixth edition of the European Cluster Conference", {}), ("European Cluster Conference 2016", {})]),
    doc("e", people=["Maria Rossi"], orgs=[("Romanian Cluster Association", "CLUSTERO")],
        events=[("European Cluster Conference 2019", {"city": "Bucharest"})], published=dt.date(2019, 6, 1)),
]


def mention_ids(res, doc_ids):
    return {k: v for k, v in res.ids.items() if k[0] in doc_ids}


def test_ids_stable_under_shuffling_adding_and_removing_documents():
    first = resolve(BASE)
    grown = EXTRA + list(reversed(BASE))
    second = resolve(grown)
    assert mention_ids(second, {"a", "b", "c"}) == mention_ids(first, {"a", "b", "c"})
    # Removing a document leaves the others' ids alone too.
    third = resolve([BASE[0], BASE[2], EXTRA[1]])
    assert mention_ids(third, {"a", "c"}) == mention_ids(first, {"a", "c"})


@hsettings(max_examples=25, deadline=None)
@given(st.permutations(BASE + EXTRA))
def test_ids_stable_for_every_order(docs):
    reference = resolve(BASE + EXTRA)
    res = resolve(docs)
    assert res.ids == reference.ids
    assert sorted(res.merges, key=repr) == sorted(reference.merges, key=repr)
    assert {e: (x.name, sorted(x.aliases)) for e, x in res.organisations.items()} == \
        {e: (x.name, sorted(x.aliases)) for e, x in reference.organisations.items()}


def _mention_table(out: Path):
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    mentions = pq.read_table(out / "mentions.parquet").to_pandas()
    mentions = mentions[mentions.entity_type != "location"]
    return docs, {(r.doc_id, r.entity_type, r.start_char, r.end_char): r.entity_id for r in mentions.itertuples()}


def test_ids_stable_after_rerun_on_shuffled_renamed_and_extended_corpus(sample_run, tmp_path, root):
    from pipeline.config import load_settings
    from pipeline.run import run

    _, first_out = sample_run
    _, first = _mention_table(first_out)

    corpus = tmp_path / "corpus"
    files = sorted((root / "raw_docs").iterdir())
    random.Random(7).shuffle(files)
    for i, f in enumerate(files):  # renamed, moved into sub-folders, in another order
        dest = corpus / f"batch-{i % 2}" / f"{i:02d}-{f.name}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(f, dest)
    (corpus / "new-2019-06-01_news.txt").write_text(
        "Cluster news\n\nThe European Cluster Conference 2019 in Bucharest brought together 400 participants. "
        "The Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) organised it "
        "with the Romanian Ministry of Economy. Ms Jane Doe, Head of Unit at DG GROW, opened the event.\n")
    (corpus / "another-newsletter.md").write_text(
        "# Cluster newsletter\n\nThe European Cluster Conference 2016 took place in Amsterdam. "
        "The European Commission and the European Cluster Collaboration Platform (ECCP) reported on it.\n")

    out = tmp_path / "outputs"
    run(load_settings({"input_dir": corpus, "output_dir": out, "progress": False}, environ={}))
    docs2, second = _mention_table(out)

    # The new documents really do name known entities: their mentions join the existing ids.
    new_doc = docs2[docs2.source_path == "new-2019-06-01_news.txt"].doc_id.iloc[0]
    mentions2 = pq.read_table(out / "mentions.parquet").to_pandas()
    dg_new = set(mentions2[(mentions2.doc_id == new_doc) & mentions2.text.str.contains("DG GROW")].entity_id)
    assert dg_new and dg_new <= set(first.values())

    shared = first.keys() & second.keys()
    assert len(shared) == len(first)  # the same documents give the same mentions
    changed = {k: (first[k], second[k]) for k in shared if first[k] != second[k]}
    assert changed == {}
