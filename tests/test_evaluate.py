"""The eval scorer (pure, on tiny synthetic gold/predictions) and `make eval` on the samples."""
from __future__ import annotations

import argparse
import datetime as dt
import json

import pytest

from pipeline.evaluate import (
    PredEvent,
    Prediction,
    date_value,
    evaluate,
    event_names_match,
    main,
    match_key,
    overall,
    score_document,
)

D = dt.date


@pytest.mark.parametrize("a, b", [
    ("The European Commission", "european commission"),
    ("Kristina Šermukšnytė-Alešiūnienė", "Kristina Sermuksnyte Alesiuniene"),
    ("EU-Taiwan Matchmaking.", "EU Taiwan Matchmaking"),
])
def test_evaluate_match_key_is_lenient_on_form(a, b):
    assert match_key(a) == match_key(b)


def test_evaluate_match_key_is_strict_on_content():
    assert match_key("European Commission") != match_key("European Council")
    assert match_key("Theodor Weiss") == "theodor weiss"  # only a separate leading "the" is dropped


@pytest.mark.parametrize("start, end, precision, expected", [
    (D(2019, 5, 14), D(2019, 5, 16), "day", "2019-05-14/2019-05-16"),
    (D(2019, 5, 14), D(2019, 5, 14), "day", "2019-05-14"),
    (D(2019, 6, 1), D(2019, 6, 30), "month", "2019-06"),
    (D(2018, 11, 1), D(2019, 4, 30), "month", "2018-11/2019-04"),
    (D(2020, 1, 1), D(2020, 12, 31), "year", "2020"),
    (None, None, "day", None),
])
def test_evaluate_date_value_uses_gold_notation(start, end, precision, expected):
    assert date_value(start, end, precision) == expected


@pytest.mark.parametrize("gold, pred", [
    ("European Cluster Conference 2019", "European Cluster Conference"),
    ("EU Clusters Talk: Green, digital and resilient through clusters", "EU Clusters Talk"),
    ("Third European Cluster Policy Forum", "the 3rd European Cluster Policy Forum"),
    ("EU Cluster Weeks", "European Cluster Week EU"),
])
def test_evaluate_event_names_match_leniently(gold, pred):
    assert event_names_match(gold, pred)


@pytest.mark.parametrize("gold, pred", [
    ("European Cluster Conference 2016", "European Cluster Conference 2019"),  # years contradict
    ("Third European Cluster Policy Forum", "Fourth European Cluster Policy Forum"),  # editions contradict
    ("European Cluster Conference", "Conference"),  # one word is not a name
    ("Future Week Denmark", "Digital Summit Denmark"),  # different content
])
def test_evaluate_event_names_do_not_match_different_events(gold, pred):
    assert not event_names_match(gold, pred)


def _gold(**kw) -> dict:
    base = {"doc": "d.txt", "people": [], "organisations": [], "events": [], "dates": [], "key_messages": []}
    base.update(kw)
    return base


def test_evaluate_scores_people_and_roles():
    gold = _gold(people=[{"name": "Anna Berg", "role": "Head of Unit", "organisation": "DG GROW"},
                         {"name": "Jan Kowalski", "role": None, "organisation": None},
                         {"name": "Eva Lind", "role": "Director", "organisation": None}])
    pred = Prediction(people=["Anna Berg", "Jan Kowalski", "Brussels"],
                      roles={"anna berg": [("Head of Unit for Clusters", "Directorate-General for Growth", "DG GROW")]})
    s = score_document(gold, pred)
    f = s.fields["people"]
    assert (f.tp, f.fp, f.fn) == (2, 1, 1)
    assert f.missed == ["Eva Lind"] and f.spurious == ["Brussels"]
    assert round(f.f1, 3) == round(2 / 3, 3)
    # Eva Lind is not found, so only Anna Berg's role is scored; it matches leniently (containment).
    assert (s.accuracies["role"].correct, s.accuracies["role"].total) == (1, 1)
    assert (s.accuracies["role_organisation"].correct, s.accuracies["role_organisation"].total) == (1, 1)


def test_evaluate_role_must_agree_in_content():
    gold = _gold(people=[{"name": "Anna Berg", "role": "Head of Unit", "organisation": None}])
    pred = Prediction(people=["Anna Berg"], roles={"anna berg": [("Policy Officer", None, None)]})
    assert score_document(gold, pred).accuracies["role"].value == 0.0


def test_role_precision_counts_every_title_the_table_states():
    # Anna Berg: one right title and one wrong (role accuracy counts her right, role precision 1 of 2); Jan Kowalski has
    # no role in the gold, so his title is wrong; an empty title and a title repeated on a second row count no more;
    # Brussels is no gold person, so its title is not scored
    gold = _gold(people=[{"name": "Anna Berg", "role": "Head of Unit", "organisation": None},
                         {"name": "Jan Kowalski", "role": None, "organisation": None}])
    pred = Prediction(people=["Anna Berg", "Jan Kowalski", "Brussels"],
                      roles={"anna berg": [("Head of Unit", None, None), ("moderator", None, None), ("", "DG GROW", None),
                                           ("Head of Unit", "DG GROW", None)],
                             "jan kowalski": [("treasurer", None, None)], "brussels": [("mayor", None, None)]})
    s = score_document(gold, pred)
    assert (s.accuracies["role"].correct, s.accuracies["role"].total) == (1, 1)
    assert (s.accuracies["role_precision"].correct, s.accuracies["role_precision"].total) == (1, 3)
    assert s.accuracies["role_precision"].wrong == ["Anna Berg: predicted 'moderator', gold 'Head of Unit'",
                                                   "Jan Kowalski: predicted 'treasurer', gold None"]


def test_evaluate_organisation_matches_by_name_or_acronym_one_to_one():
    gold = _gold(organisations=[{"name": "European Observatory for Clusters and Industrial Change", "acronym": "EOCIC"},
                                {"name": "Romanian Cluster Association", "acronym": "CLUSTERO"}])
    pred = Prediction(organisations=[("EOCIC", None), ("the European Observatory for Clusters and Industrial Change", None),
                                     ("Clustero Association", "CLUSTERO")])
    f = score_document(gold, pred).fields["organisations"]
    # Two predicted variants of one gold organisation: one hit, one false positive.
    assert (f.tp, f.fp, f.fn) == (2, 1, 0)


def test_evaluate_organisation_matches_how_the_document_writes_it():
    # The resolved entity is "European Commission"; this document only says "the Commission".
    gold = _gold(organisations=[{"name": "Commission", "acronym": None}, {"name": "Council of Europe", "acronym": None}])
    pred = Prediction(organisations=[("European Commission", "EC", ("Commission", "the Commission")),
                                     ("European Council", None, ("European Council",))])
    f = score_document(gold, pred).fields["organisations"]
    assert (f.tp, f.fp, f.fn) == (1, 1, 1)


def test_evaluate_events_and_event_dates():
    gold = _gold(events=[
        {"name": "European Cluster Conference 2019", "start": "2019-05-14", "end": "2019-05-16"},
        {"name": "Future Week Denmark", "start": "2018-11", "end": "2018-11"},
        {"name": "EU Cluster Weeks", "start": None, "end": None},
    ])
    pred = Prediction(events=[
        PredEvent("European Cluster Conference", D(2019, 5, 14), D(2019, 5, 15), "day"),  # wrong end
        PredEvent("Future Week Denmark", D(2018, 11, 26), D(2018, 11, 30), "day"),  # right at the gold's precision
        PredEvent("Upcoming events"),
    ])
    s = score_document(gold, pred)
    f = s.fields["events"]
    assert (f.tp, f.fp, f.fn) == (2, 1, 1)
    assert (s.accuracies["event_date"].correct, s.accuracies["event_date"].total) == (1, 2)


def test_editions_sharing_a_name_pair_by_their_dates():
    # A series page names its editions alike ("Baltic Wood Forum", one a year): among equally similar names the
    # pairing prefers the predicted edition whose date agrees, whatever order either side lists them in.
    gold = _gold(events=[
        {"name": "Baltic Wood Forum", "start": "2025", "end": "2025"},
        {"name": "Baltic Wood Forum", "start": "2026-05-12", "end": "2026-05-13"},
        {"name": "Baltic Wood Forum (first edition)", "start": "2024", "end": "2024"},
    ])
    pred = Prediction(events=[
        PredEvent("Baltic Wood Forum 2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
        PredEvent("Baltic Wood Forum 2026", D(2026, 5, 12), D(2026, 5, 13), "day"),
        PredEvent("Baltic Wood Forum 2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ])
    s = score_document(gold, pred)
    f = s.fields["events"]
    assert (f.tp, f.fp, f.fn) == (3, 0, 0)
    assert (s.accuracies["event_date"].correct, s.accuracies["event_date"].total) == (3, 3)
    # the dates only break ties: a closer name still wins over an agreeing date
    gold = _gold(events=[{"name": "Baltic Wood Forum", "start": "2025", "end": "2025"}])
    pred = Prediction(events=[PredEvent("Baltic Wood Forum", D(2024, 1, 1), D(2024, 12, 31), "year"),
                              PredEvent("Baltic Wood Forum Awards", D(2025, 1, 1), D(2025, 12, 31), "year")])
    s = score_document(gold, pred)
    assert (s.accuracies["event_date"].correct, s.accuracies["event_date"].total) == (0, 1)


def test_evaluate_dates_and_key_messages():
    gold = _gold(dates=["2019-05-14/2019-05-16", "2019", "2018-10-25"],
                 key_messages=["Clusters matter for resilience.", "Funding must be long-term"])
    pred = Prediction(dates=["2019-05-14/2019-05-16", "2019", "2020"],
                      key_messages=["Clusters matter for resilience", "Funding must be long-term;", "1. News from the network"])
    s = score_document(gold, pred)
    assert (s.fields["dates"].tp, s.fields["dates"].fp, s.fields["dates"].fn) == (2, 1, 1)
    assert (s.fields["key_messages"].tp, s.fields["key_messages"].fp, s.fields["key_messages"].fn) == (2, 1, 0)


def test_evaluate_overall_is_micro_averaged():
    a = score_document(_gold(dates=["2019"]), Prediction(dates=["2019"]))
    b = score_document(_gold(dates=["2020", "2021", "2022"]), Prediction(dates=[]))
    total = overall([a, b])
    assert total.fields["dates"].recall == pytest.approx(0.25)
    assert total.fields["dates"].precision == 1.0


def test_evaluate_cli_writes_report(sample_run, root, tmp_path, capsys):
    _, out = sample_run
    report = tmp_path / "report.md"
    args = argparse.Namespace(gold=root / "eval" / "gold", input=root / "raw_docs", output=out, report=report, no_run=True)
    assert main(args) == 0
    data = json.loads(report.with_suffix(".json").read_text())
    assert len(data["documents"]) == len(list((root / "eval" / "gold").glob("*.json")))
    assert set(data["overall"]["fields"]) == {"people", "organisations", "events", "dates", "key_messages"}
    assert "| dates |" in report.read_text()
    assert "dates" in capsys.readouterr().out
