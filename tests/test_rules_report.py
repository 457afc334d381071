"""`make rules`: the per-rule analysis (facts, precision, unique facts, conflicts) over real tables."""
from __future__ import annotations

import argparse

import pyarrow.parquet as pq

from pipeline.evaluate.rules import Fact, facts_from_tables, load_sets, main, report_markdown, rule_stats, verdict
from pipeline.evaluate.tables import load_gold


def _fact(rule, value, correct, field="people", doc="d1", span=None, what=""):
    return Fact(field, doc, rule, value, correct, span, what)


def test_rules_unique_facts_are_those_no_other_rule_found():
    facts = [_fact("a", "jane doe", True), _fact("b", "jane doe", True),   # found by two rules
             _fact("a", "john roe", True), _fact("a", "john roe", True),   # twice by one rule: one unique fact
             _fact("b", "acme", False), _fact("b", "jane doe", True, doc="d2")]
    stats = rule_stats(facts)
    assert (stats[("a", "people")].facts, stats[("a", "people")].correct) == (3, 3)
    assert (stats[("a", "people")].unique, stats[("a", "people")].unique_correct) == (1, 1)
    assert (stats[("b", "people")].unique, stats[("b", "people")].unique_correct) == (2, 1)
    assert stats[("b", "people")].precision == 2 / 3


def test_rules_conflicts_are_overlapping_mentions_that_disagree():
    facts = [_fact("ner", "x", False, span=(0, 10), what="person:p1"),
             _fact("org", "x", True, field="organisations", span=(5, 20), what="organisation:o1"),
             _fact("title", "x", True, span=(0, 10), what="person:p1"),   # agrees with ner: no conflict
             _fact("ner", "y", True, span=(30, 40), what="person:p2")]
    stats = rule_stats(facts)
    assert stats[("ner", "people")].conflicts == 1
    assert stats[("org", "organisations")].conflicts == 2
    assert stats[("org", "organisations")].conflicts_with == {"ner": 1, "title": 1}
    assert stats[("title", "people")].conflicts == 1


def test_rules_verdict_keeps_rules_with_right_unique_facts():
    stats = rule_stats([_fact("lonely", "a", True), _fact("noisy", "b", False), _fact("noisy", "c", False),
                        _fact("copy", "a", True)])
    # "lonely" and "copy" found the same value: neither is unique, but both are precise.
    assert verdict(stats[("lonely", "people")]) == "redundant"
    assert verdict(stats[("noisy", "people")]) == "does not pay"
    stats = rule_stats([_fact("only", "a", True, doc=d) for d in ("d1", "d2", "d3")])
    assert verdict(stats[("only", "people")]) == "pays"
    text = report_markdown({"set1": stats})
    assert "| people | `only` | set1 | 3 | 1.00 | 3 (3) | 0 |  |" in text
    assert "| people | `only` | all | 3 | 1.00 | 3 (3) | 0 | pays (3 docs) |" in text


def test_rules_narrow_rules_are_those_paying_in_one_or_two_documents():
    # "one-doc": right unique facts in one document only (three of them); "two-sets": one right unique fact in each
    # of two sets' documents; "wide": one in each of three documents; a wrong unique fact does not widen a rule.
    set1 = rule_stats([_fact("one-doc", v, True, doc="a1") for v in ("x", "y", "z")]
                      + [_fact("two-sets", "p", True, doc="a2"), _fact("two-sets", "q", False, doc="a3"),
                         _fact("wide", "m", True, doc="a1"), _fact("wide", "n", True, doc="a2")])
    set2 = rule_stats([_fact("two-sets", "r", True, doc="b1"), _fact("wide", "o", True, doc="b2")])
    text = report_markdown({"set1": set1, "set2": set2})
    assert "| people | `one-doc` | all | 3 | 1.00 | 3 (3) | 0 | narrow (1 doc) |" in text
    assert "| people | `two-sets` | all | 3 | 0.67 | 3 (2) | 0 | narrow (2 docs) |" in text
    assert "| people | `wide` | all | 3 | 1.00 | 3 (3) | 0 | pays (3 docs) |" in text
    assert "Verdicts: 1 pays, 2 narrow, 0 redundant, 0 does not pay." in text
    assert ("Narrow rules (every right unique fact in at most 2 documents: review, generalise or drop): "
            "`one-doc` (people), `two-sets` (people).") in text


def test_rules_every_fact_row_of_a_real_run_is_judged(sample_run, root):
    _, out = sample_run
    facts = facts_from_tables(out, load_gold(root / "eval" / "gold"))
    mentions = [m for m in pq.read_table(out / "mentions.parquet").to_pylist() if m["entity_type"] != "location"]
    dates = [d for d in pq.read_table(out / "dates.parquet").to_pylist() if not d["rule"].startswith("relative:")]
    dated_docs = [d for d in pq.read_table(out / "documents.parquet").to_pylist() if d["published_date_source"]]
    n_rows = (len(mentions) + len(dates) + pq.read_table(out / "key_messages.parquet").num_rows
              + pq.read_table(out / "roles.parquet").num_rows + len(dated_docs))
    assert len(facts) == n_rows
    assert {f.field for f in facts} == {"people", "organisations", "events", "dates", "key_messages", "roles", "published_date"}
    # The samples' one dated document gets the gold's date from its "Submitted by" line.
    assert [(f.rule, f.value, f.correct) for f in facts if f.field == "published_date"] == [("submitted_by_line", "2020-12-15", True)]
    # Every rule that wrote a row is named, and the samples' key-message rows are all right.
    assert all(f.rule and f.rule != "?" for f in facts)
    assert all(f.correct for f in facts if f.field == "key_messages")


def test_rules_command_analyses_training_sets_only(sample_run, root, tmp_path, capsys):
    _, out = sample_run
    sets = tmp_path / "eval" / "sets.csv"
    sets.parent.mkdir()
    sets.write_text("# comment line\nname,role,gold,docs\n"
                    f"dev,training,{root / 'eval' / 'gold'},{root / 'raw_docs'}\n"
                    f"secret,blind,{root / 'eval' / 'gold'},{root / 'raw_docs'}\n", encoding="utf-8")
    assert [(s.name, s.role) for s in load_sets(sets)] == [("dev", "training"), ("secret", "blind")]
    work = tmp_path / "work"
    (work / "dev").mkdir(parents=True)
    for table in out.glob("*.parquet"):
        (work / "dev" / table.name).symlink_to(table.resolve(), target_is_directory=table.is_dir())
    report = tmp_path / "rules.md"
    args = argparse.Namespace(sets=sets, work=work, report=report, no_run=True)
    assert main(args) == 0
    text = report.read_text()
    assert "| dev |" in text and "secret" not in text
    assert "list_under_key_heading" in text
