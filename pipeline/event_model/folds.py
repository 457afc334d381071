"""The honest measurement of the event model: k-fold over whole training sets.

Each fold holds out whole sets (the newest blind sets spread over the folds); a model trained on the
other folds' sets tags the held-out documents, and events P/R/F1 are scored by the pipeline's own
scorer (:func:`pipeline.evaluate.tables.score_all`) for (a) the rules alone (the baseline tables without
the events only the shipped model named: it has seen the held-out sets, so its names there are no rule's), (b)
the model alone, (c) the rules plus the model's names that no rule name matches, under each candidate
filter. The filter for a fold is the one with the best (c) F1 on the *other* folds' held-out sets, so
no fold's figure is chosen on that fold.

For the sets that were blind until recently, (a') the rules as they scored on their first run
(``first-run-report.json``) and (c') that run plus the model's names are also given: a model name that
matches a gold event the first run missed is a gain, one that matches nothing is one more wrong event.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from pipeline.evaluate.scoring import PredEvent, Prediction, event_similarity, match_key
from pipeline.evaluate.tables import load_gold, predictions_from_tables, score_all
from pipeline.event_model.align import align_set, training_sets
from pipeline.event_model.train import train_model
from pipeline.extract.event_context import clean_event_name
from pipeline.extract.event_lexicon import load_event_lexicon
from pipeline.extract.event_model import (RULE, load_event_heads, load_event_model, model_spans, name_foreign, name_head,
                                          name_keyword)

# Every training set of eval/sets.csv, held out once (a test checks it); a set that becomes training joins the fold
# its number puts it in, so the newest sets stay spread over the folds.
FOLDS = (
    ("blind160", "blind156", "blind152", "blind148", "blind144", "blind140", "blind136", "blind132", "blind128", "blind124", "blind120", "blind116", "blind112", "blind108", "blind104", "blind100", "blind95", "blind91", "blind87", "blind83", "blind79", "blind75", "blind71", "blind67", "blind63", "blind59", "blind55", "blind51", "blind47", "blind43", "blind39", "blind35", "blind31", "blind27", "blind23", "blind19", "blind15", "blind11", "blind7", "blind3", "holdout", "holdout4"),
    ("blind161", "blind157", "blind153", "blind149", "blind145", "blind141", "blind137", "blind133", "blind129", "blind125", "blind121", "blind117", "blind113", "blind109", "blind105", "blind101", "blind97", "blind93", "blind89", "blind85", "blind81", "blind77", "blind73", "blind69", "blind65", "blind61", "blind57", "blind53", "blind49", "blind45", "blind41", "blind37", "blind33", "blind29", "blind25", "blind21", "blind16", "blind12", "blind8", "blind4", "holdout2", "dev"),
    ("blind162", "blind158", "blind154", "blind150", "blind146", "blind142", "blind138", "blind134", "blind130", "blind126", "blind122", "blind118", "blind114", "blind110", "blind106", "blind102", "blind98", "blind94", "blind90", "blind86", "blind82", "blind78", "blind74", "blind70", "blind66", "blind62", "blind58", "blind54", "blind50", "blind46", "blind42", "blind38", "blind34", "blind30", "blind26", "blind22", "blind17", "blind13", "blind9", "blind5", "blind1", "holdout3"),
    ("blind159", "blind155", "blind151", "blind147", "blind143", "blind139", "blind135", "blind131", "blind127", "blind123", "blind119", "blind115", "blind111", "blind107", "blind103", "blind99", "blind96", "blind92", "blind88", "blind84", "blind80", "blind76", "blind72", "blind68", "blind64", "blind60", "blind56", "blind52", "blind48", "blind44", "blind40", "blind36", "blind32", "blind28", "blind24", "blind20", "blind18", "blind14", "blind10", "blind6", "blind2"),
)


def filters(data_dir: Path) -> dict[str, Callable[[str], bool]]:
    lex = load_event_lexicon(data_dir)
    heads = load_event_heads(data_dir)
    return {
        "none": lambda n: True,
        "two-words": lambda n: len(n.split()) >= 2,
        "keyword": lambda n: name_keyword(lex, n) is not None,
        "keyword+two-words": lambda n: len(n.split()) >= 2 and name_keyword(lex, n) is not None,
        # the shipped filter until 2026-12-06: a generic event noun ("return visit", "delegation") counts as a keyword
        "keyword-or-noun+two-words": lambda n: len(n.split()) >= 2 and (name_keyword(lex, n) is not None
                                                                        or name_head(heads, n) is not None),
        # the shipped filter since 2026-12-06: or an event noun of another language in any listed form ("Walne
        # zgromadzenie członków", "vuosikokouksessa"; data/event_noun_concepts.csv)
        "keyword-or-noun-any-language+two-words": lambda n: len(n.split()) >= 2 and (
            name_keyword(lex, n) is not None or name_head(heads, n) is not None or name_foreign(heads, n) is not None),
    }


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rule_predictions(tables: Path) -> dict[str, Prediction]:
    """The tables' predictions without the events whose every mention in the document is the shipped model's
    (``model:event-ner``): the tables come from a run with the model, which was trained on these very sets."""
    import pyarrow.parquet as pq

    preds = predictions_from_tables(tables)
    docs = {d["doc_id"]: Path(d["source_path"]).name for d in pq.read_table(tables / "documents.parquet").to_pylist()}
    names = {e["event_id"]: e["name"] for e in pq.read_table(tables / "events.parquet").to_pylist()}
    rules: dict[tuple[str, str], set[str]] = {}
    for m in pq.read_table(tables / "mentions.parquet").to_pylist():
        if m["entity_type"] == "event" and m["doc_id"] in docs:
            rules.setdefault((docs[m["doc_id"]], m["entity_id"]), set()).add(m["rule"])
    model_only = {(doc, names[e]) for (doc, e), found in rules.items() if found == {RULE} and e in names}
    for doc, pred in preds.items():
        pred.events = [e for e in pred.events if (doc, e.name) not in model_only]
    return preds


def _events_counts(gold: list[dict], preds: dict[str, Prediction]) -> tuple[int, int, int]:
    _, total = score_all(gold, preds)
    f = total.fields["events"]
    return f.tp, f.fp, f.fn


def _with_model(base: Prediction | None, names: list[str]) -> Prediction:
    """The rules' prediction plus each model name no rule name (or earlier model name) matches."""
    out = Prediction(events=list(base.events) if base else [])
    for n in names:
        if not any(event_similarity(n, e.name) > 0 for e in out.events):
            out.events.append(PredEvent(n))
    return out


def _first_run(gold_dir: Path, report: Path, model_names: dict[str, list[str]], keep: Callable[[str], bool]) -> tuple[Counts, Counts]:
    """(first run, first run + model names) event counts of a formerly blind set."""
    gold = {g["doc"]: g for g in load_gold(gold_dir)}
    before, after = Counts(), Counts()
    for d in json.loads(report.read_text(encoding="utf-8"))["documents"]:
        f = d["fields"]["events"]
        before.add(f["tp"], f["fp"], f["fn"])
        golds = [g["name"] for g in (gold.get(d["doc"]) or {}).get("events") or []]
        missed = list(f["missed"])
        matched = [g for g in golds if g not in missed]
        known = matched + list(f["spurious"])
        tp, fp = 0, 0
        for n in (n for n in model_names.get(d["doc"], []) if keep(n)):
            if any(event_similarity(n, k) > 0 for k in known):
                continue
            hit = next((g for g in missed if event_similarity(g, n) > 0), None)
            if hit is not None:
                missed.remove(hit)
                tp += 1
            else:
                fp += 1
            known.append(n)
        after.add(f["tp"] + tp, f["fp"] + fp, f["fn"] - tp)
    return before, after


def run_folds(root: Path, tables: Path, work: Path, data_dir: Path, epochs: int | None = None) -> dict:
    """Train one model per fold, tag its held-out sets, and count (a), (b), (c) per fold and filter."""
    sets = {name: gold for name, gold, _ in training_sets(root)}
    aligned = {name: align_set(sets[name], tables / name) for name in sets}
    keepers = filters(data_dir)
    result: dict = {"folds": []}
    for k, held in enumerate(FOLDS):
        model_dir = work / f"fold{k + 1}"
        if not (model_dir / "config.cfg").exists():
            train_model([a for s in sets if s not in held for a in aligned[s]], model_dir, epochs)
        nlp = load_event_model(model_dir)
        fold: dict = {"sets": list(held), "rules": Counts(), "model": {f: Counts() for f in keepers},
                      "both": {f: Counts() for f in keepers}, "first_run": {}}
        for s in held:
            gold = load_gold(sets[s])
            rules = rule_predictions(tables / s)
            names = {a.doc: list(dict.fromkeys(clean_event_name(a.text[b:e]) for b, e in model_spans(nlp, a.text)))
                     for a in aligned[s]}
            fold["rules"].add(*_events_counts(gold, rules))
            for f, keep in keepers.items():
                kept = {d: [n for n in ns if keep(n) and match_key(n)] for d, ns in names.items()}
                fold["model"][f].add(*_events_counts(gold, {d: Prediction(events=[PredEvent(n) for n in ns]) for d, ns in kept.items()}))
                fold["both"][f].add(*_events_counts(gold, {d: _with_model(rules.get(d), ns) for d, ns in kept.items()}))
                report = root / "eval" / s / "first-run-report.json"
                if report.exists():
                    fold["first_run"].setdefault(s, {})[f] = _first_run(sets[s], report, names, keep)
        result["folds"].append(fold)
    return result


def choose_filters(result: dict) -> list[str]:
    """Per fold, the filter whose (c) F1 summed over the other folds is best."""
    out = []
    for k, _ in enumerate(result["folds"]):
        others = [f for j, f in enumerate(result["folds"]) if j != k]
        names = list(others[0]["both"])
        out.append(max(names, key=lambda n: sum(f["both"][n].prf()[2] for f in others)))
    return out


def table(result: dict) -> list[str]:
    """The fold table as Markdown lines."""
    chosen = choose_filters(result)
    lines = ["| fold (held-out sets) | filter | (a) rules P/R/F1 | (b) model P/R/F1 | (c) rules+model P/R/F1 |",
             "|---|---|---|---|---|"]
    tot = {"a": Counts(), "b": Counts(), "c": Counts()}

    def fmt(c: Counts) -> str:
        return "{:.2f} / {:.2f} / {:.2f}".format(*c.prf())

    for f, flt in zip(result["folds"], chosen):
        a, b, c = f["rules"], f["model"][flt], f["both"][flt]
        for key, cnt in (("a", a), ("b", b), ("c", c)):
            tot[key].add(cnt.tp, cnt.fp, cnt.fn)
        lines.append(f"| {', '.join(f['sets'])} | {flt} | {fmt(a)} | {fmt(b)} | {fmt(c)} |")
    lines.append(f"| all folds | | {fmt(tot['a'])} | {fmt(tot['b'])} | {fmt(tot['c'])} |")
    lines += ["", "| formerly blind set: first run | filter | (a') first run P/R/F1 | (c') first run + model P/R/F1 |", "|---|---|---|---|"]
    for f, flt in zip(result["folds"], chosen):
        for s, per in f["first_run"].items():
            before, after = per[flt]
            lines.append(f"| {s} | {flt} | {fmt(before)} | {fmt(after)} |")
    lines += ["", "All filters, (c) per fold (F1): " + "; ".join(
        f"fold {k + 1}: " + ", ".join(f"{n} {c.prf()[2]:.3f}" for n, c in f["both"].items()) for k, f in enumerate(result["folds"]))]
    return lines
