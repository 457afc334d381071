"""Published ids never disappear: kept across runs, or redirected in entity_redirects to an id that exists."""
from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import pyarrow.parquet as pq
from hypothesis import given, settings as hsettings, strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from test_ids_stable import BASE, EXTRA  # noqa: E402  (synthetic DocumentResults)
from test_resolve import doc  # noqa: E402

from pipeline.resolve import resolve  # noqa: E402
from pipeline.resolve.redirects import IdHistory, stabilise_ids  # noqa: E402

T1 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
T2 = dt.datetime(2026, 2, 1, tzinfo=dt.timezone.utc)
FULL, ACR = "Northern Robotics Cluster Association", "NRCA"


def _org(res, doc_id, name):
    return res.ids[(doc_id, "organisation", name)]


def test_redirects_merge_keeps_one_published_id_and_redirects_the_other():
    d1, d2 = doc("d1", orgs=[(FULL, None)]), doc("d2", orgs=[(ACR, None)])
    first, rows, history = stabilise_ids(resolve([d1, d2], data_dir=None), IdHistory(), T1)
    assert rows == []
    full_id, acr_id = _org(first, "d1", FULL), _org(first, "d2", ACR)
    assert full_id != acr_id

    d3 = doc("d3", orgs=[(FULL, ACR)])  # defines the acronym: the two entities are one
    second, rows, _ = stabilise_ids(resolve([d1, d2, d3], data_dir=None), history, T2)

    assert set(second.organisations) == {full_id}
    assert {_org(second, d, n) for d, n in (("d1", FULL), ("d2", ACR), ("d3", FULL))} == {full_id}
    assert rows == [{"entity_type": "organisation", "old_id": acr_id, "new_id": full_id, "reason": "merged",
                     "first_published": T1, "retired_at": T2}]
    assert {m["entity_id"] for m in second.merges} == {full_id}


def test_redirects_key_change_keeps_the_published_id():
    d2 = doc("d2", orgs=[(ACR, None)])
    first, _, history = stabilise_ids(resolve([d2], data_dir=None), IdHistory(), T1)
    acr_id = _org(first, "d2", ACR)
    d3 = doc("d3", orgs=[(FULL, ACR)])
    natural = resolve([d2, d3], data_dir=None)
    assert _org(natural, "d3", FULL) != acr_id  # its key is the full name now

    second, rows, _ = stabilise_ids(natural, history, T2)

    assert rows == []
    (org,) = second.organisations.values()
    assert (org.entity_id, org.name) == (acr_id, FULL)
    assert _org(second, "d3", FULL) == _org(second, "d2", ACR) == acr_id


def test_redirects_withdrawn_when_its_documents_are_deleted_and_dropped_when_it_returns():
    d1, d2 = doc("d1", orgs=[(FULL, None)]), doc("d2", people=["Maria Lindqvist"])
    first, _, history = stabilise_ids(resolve([d1, d2], data_dir=None), IdHistory(), T1)
    full_id = _org(first, "d1", FULL)

    second, rows, history = stabilise_ids(resolve([d2], data_dir=None), history, T2)
    assert rows == [{"entity_type": "organisation", "old_id": full_id, "new_id": None, "reason": "withdrawn",
                     "first_published": T1, "retired_at": T2}]

    third, rows, _ = stabilise_ids(resolve([d2, doc("d4", orgs=[(FULL, None)])], data_dir=None), history, T2)
    assert rows == [] and _org(third, "d4", FULL) == full_id


def _check_every_published_id(ever: dict[tuple[str, str], dt.datetime | None], live: set[tuple[str, str]], redirects: list[dict]) -> int:
    """Every id ever published is live or redirects to a live one; returns the number of redirects."""
    by_old = {(r["entity_type"], r["old_id"]): r for r in redirects}
    assert len(by_old) == len(redirects)
    assert not by_old.keys() & live
    for key in ever:
        if key not in live:
            row = by_old[key]
            assert row["new_id"] is not None and (key[0], row["new_id"]) in live, row
            assert ever[key] is None or row["first_published"] == ever[key]
            assert row["first_published"] <= row["retired_at"]
    return len(redirects)


@hsettings(max_examples=10, deadline=None)
@given(st.permutations(BASE + EXTRA + [doc("f", orgs=[("ECCP", None)]), doc("g", orgs=[("Romanian Cluster Association", None)])]),
       st.lists(st.integers(1, 3), min_size=7, max_size=7))
def test_redirects_growing_corpus_in_any_order_never_loses_an_id(docs, batch_sizes):
    history, ever, corpus, step = IdHistory(), {}, [], 0
    for size in batch_sizes:
        if not docs[len(corpus):]:
            break
        corpus += docs[len(corpus):len(corpus) + size]
        step += 1
        now = T1 + dt.timedelta(days=step)
        res, redirects, history = stabilise_ids(resolve(corpus, data_dir=None), history, now)
        live = {("person", e) for e in res.people} | {("organisation", e) for e in res.organisations} | {("event", e) for e in res.events}
        assert set((t, e) for (_, t, _), e in res.ids.items()) <= live
        for key in live:
            ever.setdefault(key, now)
        _check_every_published_id(ever, live, redirects)


# --- the real pipeline, growing a corpus of small documents ---------------------------------------------
GROWING = {
    "a.txt": "Robotics news, 3 March 2025\n\nThe Northern Robotics Cluster Association signed a partnership with the "
             "Baltic Photonics Network in Riga. Both networks will share a training programme for engineers.\n",
    "b.txt": "Members' update, 10 March 2025\n\nNRCA members met in Tallinn to plan the year. NRCA will publish a report "
             "on robotics skills in May 2025.\n",
    "c.txt": "Cluster bulletin, 1 April 2025\n\nThe Northern Robotics Cluster Association (NRCA) elected Dr Maria Lindqvist "
             "as its president. She thanked the members of NRCA for their trust.\n",
    "d.txt": "Event note, 5 June 2025\n\nMaria Lindqvist, President of the NRCA, opened the Baltic Robotics Forum 2025 in "
             "Vilnius on 4 June 2025. The forum was organised by the Baltic Photonics Network.\n",
    "e.txt": "Forum report, 20 June 2025\n\nThe Baltic Robotics Forum in Vilnius gathered 300 participants from twelve "
             "countries. Peter Olsen, Director of the Danish Automation Hub, presented the new testing facility.\n",
    "f.txt": "Newsletter, 1 July 2025\n\nThe Danish Automation Hub (DAH) and the Northern Robotics Cluster Association "
             "launched a joint call for small companies. DAH will host the first matchmaking day in Aarhus on 9 September 2025.\n",
    "g.txt": "Short news, 15 July 2025\n\nPhotonics experts of the Baltic Photonics Network (BPN) met with Peter Olsen in "
             "Aarhus. BPN announced the Baltic Photonics Days 2025 in Riga on 2-3 October 2025.\n",
    "h.txt": "Autumn update, 10 October 2025\n\nThe Baltic Photonics Days 2025 in Riga closed with a call for projects. "
             "Dr. Lindqvist and Mr Olsen spoke on behalf of NRCA and DAH.\n",
}
ENTITY_TABLES = {"people": ("person", "person_id"), "organisations": ("organisation", "org_id"), "events": ("event", "event_id")}


def _published(out: Path) -> tuple[set[tuple[str, str]], list[dict]]:
    live = set()
    for table, (etype, column) in ENTITY_TABLES.items():
        live |= {(etype, e) for e in pq.read_table(out / f"{table}.parquet")[column].to_pylist()}
    mentions = pq.read_table(out / "mentions.parquet").to_pylist()
    assert {(m["entity_type"], m["entity_id"]) for m in mentions if m["entity_type"] != "location"} <= live
    for table, columns in (("roles", (("person", "person_id"), ("organisation", "org_id"))),
                           ("event_organisers", (("event", "event_id"), ("organisation", "org_id"))),
                           ("key_messages", (("event", "event_id"),))):
        rows = pq.read_table(out / f"{table}.parquet").to_pylist()
        for etype, column in columns:
            assert {(etype, r[column]) for r in rows if r[column]} <= live, table
    return live, pq.read_table(out / "entity_redirects.parquet").to_pylist()


def grow_in_orders(run_pipeline, tmp_path: Path, n_orders: int) -> tuple[int, int, int]:
    """Grow the GROWING corpus with real runs in ``n_orders`` random orders and batch sizes, checking after
    every run that every id ever published exists or redirects to one that does (also used by bench.torture).
    Returns (runs, redirects, ids kept that a clean run would derive differently)."""
    seed_docs = tmp_path / "all"
    seed_docs.mkdir()
    for name, text in GROWING.items():
        (seed_docs / name).write_text(text, encoding="utf-8")
    seed = tmp_path / "seed"
    run_pipeline(seed_docs, seed)  # processes every document once; the orders below reuse its result cache
    natural, _ = _published(seed)

    n_runs = n_redirects = n_kept = 0
    for k in range(n_orders):
        rng = random.Random(k)
        names = sorted(GROWING)
        rng.shuffle(names)
        docs, out = tmp_path / f"docs{k}", tmp_path / f"out{k}"
        docs.mkdir()
        ever: dict[tuple[str, str], dt.datetime | None] = {}  # when first published, where a redirect said
        i = 0
        while i < len(names):
            size = rng.randint(1, 3)
            for name in names[i:i + size]:
                (docs / name).write_text(GROWING[name], encoding="utf-8")
            i += size
            # Each run prunes the cache to its inputs: put the seed's results back first.
            shutil.copytree(seed / ".state" / "docs", out / ".state" / "docs", dirs_exist_ok=True)
            summary = run_pipeline(docs, out)
            assert summary.n_processed == 0 and summary.tables_written
            n_runs += 1
            live, redirects = _published(out)
            for key in live:
                ever.setdefault(key, None)
            for r in redirects:  # a redirect's first_published never changes once shown
                key = (r["entity_type"], r["old_id"])
                assert ever.setdefault(key, r["first_published"]) in (None, r["first_published"])
            _check_every_published_id(ever, live, redirects)
        n_redirects += len(redirects)
        n_kept += len(live - natural)  # ids a clean run would derive differently: kept from earlier runs
        assert len(live) == len(natural)  # the same entities, whatever they are called
    return n_runs, n_redirects, n_kept


def test_redirects_real_runs_growing_a_corpus_in_four_orders(run_pipeline, tmp_path):
    n_runs, n_redirects, n_kept = grow_in_orders(run_pipeline, tmp_path, 4)
    print(f"redirect test: {n_runs} runs over 4 orders, {n_redirects} redirects, {n_kept} ids kept that a clean run would derive differently")
    assert n_redirects + n_kept > 0  # these orders exercise merges (the seed is fixed, so this is deterministic)


def _events(groups: dict[str, list[tuple[str, str]]]):
    """A resolution of event entities: id -> its (doc_id, name) mentions."""
    from pipeline.resolve.model import Entity, Resolution

    ents = {eid: Entity("event", eid, nodes[0][1], doc_ids={d for d, _ in nodes}, n_mentions=len(nodes)) for eid, nodes in groups.items()}
    ids = {(d, "event", n): eid for eid, nodes in groups.items() for d, n in nodes}
    return Resolution({}, {}, ents, ids, [])


def test_redirects_ids_follow_the_mentions_when_clusters_sharing_a_key_swap_ranks():
    # Two editions of one series share a canonical key; the larger takes the plain id, the other a
    # keyed one. A new document makes the smaller the larger: the key-derived ids swap, the published
    # ids must not (and nothing is redirected).
    a = [("d1", "Forum 2025"), ("d2", "Forum 2025"), ("d3", "Forum 2025")]
    b = [("d4", "Forum 2025"), ("d5", "Forum 2025")]
    first, rows, history = stabilise_ids(_events({"evt_plain": a, "evt_keyed": b}), IdHistory(), T1)
    assert rows == []
    b_grown = b + [("d6", "Forum 2025"), ("d7", "Forum 2025")]
    second, rows, _ = stabilise_ids(_events({"evt_plain": b_grown, "evt_keyed": a}), history, T2)
    assert rows == []
    assert {second.ids[(d, "event", n)] for d, n in a} == {"evt_plain"}
    assert {second.ids[(d, "event", n)] for d, n in b_grown} == {"evt_keyed"}
    assert set(second.events) == {"evt_plain", "evt_keyed"}


def test_redirects_a_split_minority_holding_the_key_gets_an_id_derived_from_it():
    # An entity splits; the part that keeps the canonical key holds the minority of the old mentions:
    # the majority keeps the published id, the minority gets a new id derived from its key's (no clash).
    old = [("d1", "Expo"), ("d2", "Expo"), ("d3", "Expo"), ("d4", "Expo")]
    first, _, history = stabilise_ids(_events({"evt_expo": old}), IdHistory(), T1)
    second, rows, _ = stabilise_ids(_events({"evt_expo": old[:1], "evt_other": old[1:]}), history, T2)
    assert rows == []
    assert {second.ids[(d, "event", n)] for d, n in old[1:]} == {"evt_expo"}
    minority = second.ids[("d1", "event", "Expo")]
    assert minority.startswith("evt_") and minority not in {"evt_expo", "evt_other"}
    assert set(second.events) == {"evt_expo", minority}
