"""The held-out measurement of the organisation model (a spike; figures in docs/org-model.md).

For each measured set, scored by the pipeline's own scorer (:func:`pipeline.evaluate.tables.score_all`):
(a) the rules: the set's run tables (``<set>.out/``; their organisation counts are checked against the run's report
``<set>.json``), (b) the model alone (every span it tags, one organisation per name), (c') the rules plus each model
name that no rule organisation already matches (the scorer's organisation match: the folded name, acronym or written
form), under each candidate filter. A model name of (c') that matches a gold organisation the rules missed is a gain,
one that matches none is one more wrong organisation (as :func:`pipeline.event_model.folds._first_run` counts events).

The filter is chosen on other sets (``filter_sets``: training sets tagged by a model trained without them), never on
the measured sets' outcome: the filter with the best (c') F1 there.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.config import DATA_DIR
from pipeline.evaluate.scoring import Prediction, match_key
from pipeline.evaluate.tables import load_gold, predictions_from_tables, score_all
from pipeline.event_model.align import training_sets
from pipeline.event_model.folds import Counts
from pipeline.extract.event_model import load_event_model, model_spans
from pipeline.extract.org_model import Tag, clean_name

# A bullet, a dash, a number opening a list item, or a table cell bar before the span on its line.
_LIST_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-•*▪–—·►]|\d{1,3}[.)]|\|)?[ \t]*$")
_ACRONYM = re.compile(r"[A-ZÀ-ÞΑ-ΩА-Я][A-Za-zÀ-ÿΑ-Ωα-ωА-я0-9&.-]{1,9}")


@dataclass
class DocCtx:
    """A document's text and what the rules' tables already hold of it: the people's keys, and every mention
    (organisation, person, location, event) as (start, end, entity type), with the keys of the non-organisation ones."""

    text: str
    people: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    other_keys: set[str] = field(default_factory=set)

    def covered(self, t: Tag) -> bool:
        return any(s < t.end and t.start < e for s, e, _ in self.mentions)


@lru_cache(maxsize=1)
def _resources():
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.org_model import name_checks

    lex = load_lexicon(DATA_DIR)
    suffixes = {s.lower() for s in lex.org_suffixes}
    event_word, rules_not_org = name_checks(DATA_DIR)  # the shipped filter's own checks

    def org_cue(n: str) -> bool:
        words = n.split()
        return (any(w.strip(".,").lower() in suffixes for w in words) or bool(lex.legal_forms.search(" " + n))
                or any(_ACRONYM.fullmatch(w) and sum(c.isupper() for c in w) >= 2 for w in words)
                or lex.gazetteer_by_key.get(match_key(n)) is not None)

    return event_word, rules_not_org, org_cue


def filters() -> dict[str, Callable[[Tag, DocCtx], bool]]:
    event_word, rules_not_org, org_cue = _resources()

    def capital(t: Tag, _: DocCtx) -> bool:
        return any(w[:1].isupper() for w in t.name.split())

    def not_known(t: Tag, c: DocCtx) -> bool:
        return match_key(t.name) not in c.people and not rules_not_org(t.name, c.text)

    def not_event(t: Tag, _: DocCtx) -> bool:
        return not event_word(t.name)

    def cue(t: Tag, _: DocCtx) -> bool:
        return org_cue(t.name)

    def list_or_bracket(t: Tag, c: DocCtx) -> bool:
        before, after = c.text[max(0, t.start - 80):t.start], c.text[t.end:t.end + 3]
        return (bool(_LIST_LEAD.search(before)) or before.rstrip(" \t").endswith(("(", "[", ",", ";", "/"))
                or after.lstrip(" \t")[:1] in ("(", ")", ",", ";", "\n", "|", "") or after.startswith("\n"))

    def uncovered(t: Tag, c: DocCtx) -> bool:
        return not c.covered(t) and match_key(t.name) not in c.other_keys

    base = {"none": lambda t, c: True, "capital": capital}
    base["capital+not-known"] = lambda t, c: capital(t, c) and not_known(t, c)
    base["capital+not-known+not-event"] = lambda t, c: capital(t, c) and not_known(t, c) and not_event(t, c)
    base["capital+not-known+not-event+cue"] = lambda t, c: (capital(t, c) and not_known(t, c) and not_event(t, c)
                                                            and cue(t, c))
    base["capital+not-known+not-event+list-or-bracket"] = lambda t, c: (capital(t, c) and not_known(t, c) and not_event(t, c)
                                                                        and list_or_bracket(t, c))
    base["capital+not-known+not-event+(cue-or-list)"] = lambda t, c: (capital(t, c) and not_known(t, c) and not_event(t, c)
                                                                      and (cue(t, c) or list_or_bracket(t, c)))
    # a span no rule mention (of any entity) overlaps, whose name is no person, place or event the tables hold
    base["uncovered"] = uncovered
    base["capital+not-known+not-event+uncovered"] = lambda t, c: (capital(t, c) and not_known(t, c) and not_event(t, c)
                                                                  and uncovered(t, c))
    base["capital+not-known+not-event+uncovered+cue"] = lambda t, c: (capital(t, c) and not_known(t, c) and not_event(t, c)
                                                                      and uncovered(t, c) and cue(t, c))
    base["capital+not-known+not-event+uncovered+list-or-bracket"] = lambda t, c: (
        capital(t, c) and not_known(t, c) and not_event(t, c) and uncovered(t, c) and list_or_bracket(t, c))
    base["capital+not-known+not-event+uncovered+cue+list-or-bracket"] = lambda t, c: (
        capital(t, c) and not_known(t, c) and not_event(t, c) and uncovered(t, c) and cue(t, c) and list_or_bracket(t, c))
    # two words at least, not all in capitals (a heading, a shouted word): on the filter sets a one-word or all-capitals
    # model name was a gain about once in six, a longer one about once in 1.6 (under the filter before)
    base["capital+not-known+not-event+uncovered+two-words"] = lambda t, c: (
        capital(t, c) and not_known(t, c) and not_event(t, c) and uncovered(t, c) and len(t.name.split()) >= 2)
    base["capital+not-known+not-event+uncovered+two-words+not-all-caps"] = lambda t, c: (
        capital(t, c) and not_known(t, c) and not_event(t, c) and uncovered(t, c) and len(t.name.split()) >= 2
        and t.name.upper() != t.name)
    return base


def _keys(o: tuple) -> set[str]:
    name, acronym, written = (o + ((),))[:3]
    return {k for k in (match_key(name), match_key(acronym), *map(match_key, written)) if k}


def with_model(base: Prediction | None, names: list[str]) -> Prediction:
    """The rules' prediction plus each model name no rule organisation (or earlier model name) matches."""
    out = Prediction(organisations=list(base.organisations) if base else [])
    for n in names:
        if not any(match_key(n) in _keys(o) for o in out.organisations):
            out.organisations.append((n, None, ()))
    return out


def _counts(gold: list[dict], preds: dict[str, Prediction]) -> tuple[Counts, list]:
    scores, total = score_all(gold, preds)
    f = total.fields["organisations"]
    return Counts(f.tp, f.fp, f.fn), scores


@dataclass
class SetResult:
    name: str
    report: Counts
    rules: Counts
    model: dict[str, Counts]
    both: dict[str, Counts]
    gains: dict[str, list[tuple[str, str]]]
    wrong: dict[str, list[tuple[str, str]]]


def measure_set(name: str, gold_dir: Path, tables: Path, nlp) -> SetResult:
    gold = load_gold(gold_dir)
    rules = predictions_from_tables(tables / f"{name}.out")
    report = Counts()
    rep = tables / f"{name}.json"
    if rep.exists():
        for d in json.loads(rep.read_text(encoding="utf-8"))["documents"]:
            f = d["fields"]["organisations"]
            report.add(f["tp"], f["fp"], f["fn"])
    import pyarrow.parquet as pq

    out = tables / f"{name}.out"
    docs = {d["doc_id"]: Path(d["source_path"]).name for d in pq.read_table(out / "documents.parquet").to_pylist()}
    texts = {docs[r["doc_id"]]: r["text"] for r in pq.read_table(out / "document_texts.parquet").to_pylist() if r["doc_id"] in docs}
    tags = {d: [t for s, e in model_spans(nlp, text) if (t := clean_name(text, s, e))] for d, text in texts.items()}
    ments: dict[str, list[dict]] = {}
    for m in pq.read_table(out / "mentions.parquet").to_pylist():
        if m["doc_id"] in docs:
            ments.setdefault(docs[m["doc_id"]], []).append(m)
    ctxs = {d: DocCtx(texts[d], {match_key(p) for p in (rules.get(d) or Prediction()).people},
                      [(m["start_char"], m["end_char"], m["entity_type"]) for m in ments.get(d, [])],
                      {match_key(m["text"]) for m in ments.get(d, []) if m["entity_type"] != "organisation"})
            for d in texts}
    a, a_scores = _counts(gold, rules)
    res = SetResult(name, report, a, {}, {}, {}, {})
    a_missed = {s.doc: s.fields["organisations"].missed for s in a_scores}
    for fname, keep in filters().items():
        kept = {d: list(dict.fromkeys(t.name for t in ts if keep(t, ctxs[d]))) for d, ts in tags.items()}
        res.model[fname], _ = _counts(gold, {d: Prediction(organisations=[(n, None, ()) for n in ns]) for d, ns in kept.items()})
        both = {d: with_model(rules.get(d), ns) for d, ns in kept.items()}
        res.both[fname], c_scores = _counts(gold, both)
        res.gains[fname], res.wrong[fname] = [], []
        for s in c_scores:
            f = s.fields["organisations"]
            res.gains[fname] += [(s.doc, g) for g in a_missed.get(s.doc, []) if g not in f.missed]
            rule_names = {o[0] + (f" ({o[1]})" if o[1] else "") for o in (rules.get(Path(s.doc).name) or Prediction()).organisations}
            res.wrong[fname] += [(s.doc, p) for p in f.spurious if p not in rule_names]
    return res


def fmt(c: Counts) -> str:
    return "{} / {} / {} | {:.3f} / {:.3f} / {:.3f}".format(c.tp, c.fp, c.fn, *c.prf())


def measure(root: Path, tables: Path, held_model: Path, held: list[str], filter_sets: list[str],
            filter_model: Path | None = None) -> list[str]:
    sets = {n: g for n, g, _ in training_sets(root)}
    lines: list[str] = []
    names = list(filters())
    chosen = names[0]
    if filter_sets:
        nlp = load_event_model(filter_model or held_model)
        tot = {f: Counts() for f in names}
        rules = Counts()
        for s in filter_sets:
            r = measure_set(s, sets[s], tables, nlp)
            rules.add(r.rules.tp, r.rules.fp, r.rules.fn)
            for f in names:
                tot[f].add(r.both[f].tp, r.both[f].fp, r.both[f].fn)
        chosen = max(names, key=lambda f: tot[f].prf()[2])
        lines += [f"Filter choice on {len(filter_sets)} training sets ({', '.join(filter_sets)}), tagged by {filter_model}:",
                  f"(a) rules tp/fp/fn | P/R/F1: {fmt(rules)}",
                  *(f"(c') rules+model, filter {f}: {fmt(tot[f])}" for f in names), f"chosen: {chosen}", ""]
    nlp = load_event_model(held_model)
    results = [measure_set(s, sets[s], tables, nlp) for s in held]
    lines += ["| set | (a) rules tp / fp / fn | (a) P / R / F1 | (b) model tp / fp / fn | (b) P / R / F1 "
              "| (c') rules+model tp / fp / fn | (c') P / R / F1 | report's (a) tp/fp/fn |", "|---|---|---|---|---|---|---|---|"]
    tot_a, tot_b, tot_c = Counts(), Counts(), Counts()
    for r in results:
        for t, c in ((tot_a, r.rules), (tot_b, r.model[chosen]), (tot_c, r.both[chosen])):
            t.add(c.tp, c.fp, c.fn)
        lines.append(f"| {r.name} | {fmt(r.rules)} | {fmt(r.model[chosen])} | {fmt(r.both[chosen])} | {r.report.tp}/{r.report.fp}/{r.report.fn} |")
    lines.append(f"| all five | {fmt(tot_a)} | {fmt(tot_b)} | {fmt(tot_c)} | |")
    lines += ["", f"Every filter over the measured sets ((b) model, (c') rules+model; the chosen one is {chosen}):"]
    for f in names:
        b, c = Counts(), Counts()
        for r in results:
            b.add(r.model[f].tp, r.model[f].fp, r.model[f].fn)
            c.add(r.both[f].tp, r.both[f].fp, r.both[f].fn)
        gains = sum(len(r.gains[f]) for r in results)
        wrong = sum(len(r.wrong[f]) for r in results)
        lines.append(f"- {f}: (b) {fmt(b)}; (c') {fmt(c)}; gains {gains}, extra wrong {wrong}")
    lines += ["", f"Example gains ({chosen}):"] + [f"- {r.name} {d}: {g}" for r in results for d, g in r.gains[chosen]][:400]
    lines += ["", f"Example extra wrong names ({chosen}):"] + [f"- {r.name} {d}: {g}" for r in results for d, g in r.wrong[chosen]][:400]
    return lines
