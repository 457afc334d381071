"""The entity index's short path for new dated event names (:mod:`pipeline.resolve.index_events`): a name dated
to one year, without an edition number, of a stored base name is placed in its year's editions without
re-resolving its group, and the result is exactly a whole-corpus resolution; anything that may move a stored
name takes the group re-run."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from pipeline.resolve import DEFAULT_DATA_DIR, document_nodes, resolve
from pipeline.resolve.blocking import ResolveData
from pipeline.resolve.index import EntityIndex
from tests.test_entity_index import STAMP, _canonical, _doc

BASES = ["Alpine Hydrogen Forum", "Alpine Hydrogen Forums", "Danube Battery Days"]
DAYS = [(3, 4), (3, 5), (6, 11), (9, 20)]
CITIES = [None, None, "Graz", "Linz"]


def _random_event(rng: random.Random) -> tuple:
    base = rng.choice(BASES)
    year = rng.choice([2023, 2024])
    r = rng.random()
    if r < 0.08:  # an edition number, with or without the year
        return (f"{rng.choice(['2nd', '3rd'])} {base}" + (f" {year}" if rng.random() < 0.5 else ""), None, None, None)
    if r < 0.16:  # undated
        return (rng.choice([base, f"the {base}"]), None, None, None)
    if r < 0.3:  # the year in the name only
        return (f"{base} {year}", None, None, rng.choice(CITIES))
    month, day = rng.choice(DAYS)
    return (f"{base} {year}", dt.date(year, month, day), None, rng.choice(CITIES))


def _random_doc(rng: random.Random, n: int):
    evts = {e[0]: e for e in (_random_event(rng) for _ in range(rng.randint(1, 3)))}
    return _doc(f"{n:016x}", evts=list(evts.values()), published=rng.choice([None, dt.date(2023, 1, 1), dt.date(2024, 5, 1)]))


def _index(tmp_path: Path) -> EntityIndex:
    return EntityIndex(tmp_path / "index.sqlite", ResolveData.load(DEFAULT_DATA_DIR))


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_attaching_new_dated_event_names_equals_a_whole_corpus_resolution(tmp_path, seed):
    rng = random.Random(seed)
    index = _index(tmp_path)
    corpus = {d.info.doc_id: d for d in (_random_doc(rng, n) for n in range(15))}
    index.update([(STAMP, d) for d in corpus.values()], [], rebuild=True)
    attached = fell_back = 0
    n = 100
    for step in range(40):
        removed = rng.sample(sorted(corpus), 1) if step % 7 == 6 else []
        added = [_random_doc(rng, n + i) for i in range(1 if step % 3 else 2)]
        n += len(added)
        for d in removed:
            corpus.pop(d)
        corpus.update({d.info.doc_id: d for d in added})
        report = index.update([(STAMP, d) for d in added], removed)
        assert _canonical(index.resolution()) == _canonical(resolve(list(corpus.values()))), step
        n_new = sum(len(document_nodes(d)["event"]) for d in added)
        if not removed and report.attached["event"] == n_new:  # every new name placed: no group re-run
            attached += 1
            assert report.nodes_resolved["event"] < report.nodes_total["event"]
        elif not report.attached.get("event"):
            fell_back += 1
    assert attached >= 5 and fell_back >= 5  # both paths exercised


FORUM = "Alpine Hydrogen Forum 2024"


def _update(index: EntityIndex, corpus: list, new) -> tuple:
    report = index.update([(STAMP, new)], [])
    corpus.append(new)
    assert _canonical(index.resolution()) == _canonical(resolve(corpus))
    return report, index.resolution()


def test_a_new_dated_name_joins_its_edition_and_only_that_edition_is_resolved_again(tmp_path):
    index = _index(tmp_path)
    corpus = [_doc("000000000000000a", evts=[(FORUM, dt.date(2024, 3, 4), None, "Graz")]),
              _doc("000000000000000b", evts=[("Alpine Hydrogen Forum 2023", dt.date(2023, 3, 7), None, "Graz")]),
              _doc("000000000000000c", evts=[("the Alpine Hydrogen Forum", None, None, None)]),
              _doc("000000000000000d", evts=[(FORUM, dt.date(2024, 9, 20), None, "Linz")])]
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    before = index.resolution()

    report, after = _update(index, corpus, _doc("000000000000000e", evts=[("Alpine Hydrogen Forums 2024", dt.date(2024, 3, 4), None, None)]))

    assert report.attached["event"] == 1
    assert report.nodes_resolved["event"] == 2  # the Graz edition of 2024 and the new name, not the other years nor Linz
    graz = before.ids[("000000000000000a", "event", FORUM)]
    assert after.ids[("000000000000000e", "event", "Alpine Hydrogen Forums 2024")] == graz
    assert {k: v for k, v in after.ids.items() if k[0] != "000000000000000e"} == before.ids
    assert sorted(after.events[graz].doc_ids) == ["000000000000000a", "000000000000000e"]
    assert after.events[graz].aliases == {"Alpine Hydrogen Forums 2024"}

    # A day of its own founds an edition: a new entity, nothing else moves.
    report, latest = _update(index, corpus, _doc("000000000000000f", evts=[(FORUM, dt.date(2024, 6, 11), None, "Graz")]))
    assert report.attached["event"] == 1 and report.nodes_resolved["event"] == 1
    assert len(latest.events) == len(after.events) + 1
    assert {k: v for k, v in latest.ids.items() if k[0] != "000000000000000f"} == after.ids


@pytest.mark.parametrize("case", ["moves a stored name", "takes the plain id", "edition number", "undated beside a dated name"])
def test_a_new_name_that_may_move_stored_names_re_runs_its_group(tmp_path, case):
    index = _index(tmp_path)
    corpus = [_doc("000000000000000a", evts=[(FORUM, dt.date(2024, 3, 4), None, "Graz")]),
              _doc("000000000000000b", evts=[(FORUM, dt.date(2024, 6, 11), None, "Linz")] if case == "takes the plain id"
                   else [(FORUM, None, None, None)])]  # the year alone: it fits the one edition of 2024, Graz
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    before = index.resolution()
    event = {"moves a stored name": (FORUM, dt.date(2024, 6, 11), None, "Linz"),  # a second edition: b fits two
             "takes the plain id": (FORUM, dt.date(2024, 6, 11), None, "Linz"),  # Linz in two documents, Graz in one
             "edition number": ("3rd " + FORUM, dt.date(2024, 3, 4), 3, "Graz"),
             "undated beside a dated name": ("the Alpine Hydrogen Forum", None, None, None)}[case]
    # (the undated name's document also names the forum of 2023, so the in_document rule reads it)
    events = [event, ("Alpine Hydrogen Forum 2023", None, None, None)] if case == "undated beside a dated name" else [event]

    report, after = _update(index, corpus, _doc("000000000000000c", evts=events))

    assert report.attached["event"] == len(events) - 1  # (the dated name of 2023 founds its edition)
    assert report.nodes_resolved["event"] >= 2 + len(events)  # the group re-run
    if case == "moves a stored name":
        assert after.ids[("000000000000000b", "event", FORUM)] != before.ids[("000000000000000b", "event", FORUM)]
    if case == "takes the plain id":
        assert after.ids[("000000000000000a", "event", FORUM)] != before.ids[("000000000000000a", "event", FORUM)]


def test_a_numbered_dated_name_joins_the_edition_carrying_its_number(tmp_path):
    index = _index(tmp_path)
    corpus = [_doc("000000000000000a", evts=[("3rd " + FORUM, dt.date(2024, 3, 4), 3, "Graz")]),
              _doc("000000000000000b", evts=[("the 3rd Alpine Hydrogen Forum", None, 3, None)]),  # no year: edition_number
              _doc("000000000000000c", evts=[("Alpine Hydrogen Forum 2023", dt.date(2023, 3, 7), None, "Graz")])]
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    before = index.resolution()

    report, after = _update(index, corpus, _doc("000000000000000e", evts=[("Third Alpine Hydrogen Forum 2024", None, None, "Graz")]))

    assert report.attached["event"] == 1
    assert report.nodes_resolved["event"] == 3  # the third forum's names and the new one, not the forum of 2023
    third = before.ids[("000000000000000a", "event", "3rd " + FORUM)]
    assert after.ids[("000000000000000e", "event", "Third Alpine Hydrogen Forum 2024")] == third
    assert after.ids[("000000000000000b", "event", "the 3rd Alpine Hydrogen Forum")] == third
    assert {k: v for k, v in after.ids.items() if k[0] != "000000000000000e"} == before.ids


@pytest.mark.parametrize("stored", [True, False])
def test_an_undated_name_joins_the_recurring_event_of_its_base_name(tmp_path, stored):
    index = _index(tmp_path)
    corpus = [_doc("000000000000000a", evts=[(FORUM, dt.date(2024, 3, 4), None, "Graz")]),
              _doc("000000000000000b", evts=[("Alpine Hydrogen Forum 2023", dt.date(2023, 3, 7), None, "Graz")])]
    if stored:  # the recurring event: undated names in documents without a dated forum
        corpus += [_doc("000000000000000c", evts=[("the Alpine Hydrogen Forum", None, None, None)]),
                   _doc("000000000000000d", evts=[("Alpine Hydrogen Forums", None, None, "Graz")])]
    index.update([(STAMP, d) for d in corpus], [], rebuild=True)
    before = index.resolution()

    report, after = _update(index, corpus, _doc("000000000000000e", evts=[("the Alpine Hydrogen Forums", None, None, None)]))

    assert report.attached["event"] == 1
    assert report.nodes_resolved["event"] == (3 if stored else 1)  # the recurring event's names and the new one
    assert {k: v for k, v in after.ids.items() if k[0] != "000000000000000e"} == before.ids
    recurring = after.events[after.ids[("000000000000000e", "event", "the Alpine Hydrogen Forums")]]
    assert recurring.name == "Alpine Hydrogen Forums"
    assert sorted(recurring.doc_ids) == (["000000000000000c", "000000000000000d", "000000000000000e"] if stored
                                         else ["000000000000000e"])


def test_an_add_one_through_the_runner_places_a_dated_event_and_equals_a_full_rebuild(run_pipeline, tmp_path, short_path_names):
    """Real files and published Parquet: a new document naming an event of a stored base name and year is placed
    in its edition without re-running the group, and the tables and id history equal a full rebuild's."""
    from conftest import add_one_to_samples, published_tables, same_history_as_full_run

    placed = short_path_names("event")
    docs, out, summary = add_one_to_samples(run_pipeline, tmp_path, "added-recap.txt", "Cluster recap\n\nPartners from twelve "
                                            "regions met at the EU Cluster Conference 2019 in Bucharest to compare their smart "
                                            "specialisation plans.\n", placed)

    assert placed == ["EU Cluster Conference 2019"]
    assert summary.nodes_resolved["event"] < summary.nodes_indexed["event"]
    events = [r for r in published_tables(out)["events"] if r["name"] == "EU Cluster Conference 2019"]
    assert len(events) == 1 and events[0]["city"] == "Bucharest"
    same_history_as_full_run(run_pipeline, docs, out, tmp_path)
