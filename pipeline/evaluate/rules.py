"""``make rules``: what each extraction rule pays for, per training set (labelling-function analysis).

Every fact row in the tables carries the rule that made it (``mentions.rule``, ``dates.rule``,
``roles.rule``, ``key_messages.rule``, ``documents.published_date_source``). For each rule and each *training* set this reports

- **facts**: rows the rule produced (person / organisation / event mentions, dates, roles, key messages,
  documents' publication dates);
- **precision**: the share of those facts that agree with the gold annotation of their document, judged
  with the scorer's own matching rules (:mod:`pipeline.evaluate.scoring`): a mention is right when the
  entity it was resolved to matches a gold item, a date when its value is a gold date, a role when the
  gold gives that person that role, a key message when its text is a gold point;
- **unique**: facts (a field's value in a document) that no other rule produced, and how many of those are
  right: what the results would lose without the rule;
- **conflicts**: mentions of this rule overlapping a mention of another rule that says something else
  (another entity type or entity), with the rule it most often conflicts with.

A rule with no right unique fact on any training set and a low precision does not pay its way; one whose right
unique facts all come from one or two documents is **narrow**: it pays, but for what may be one sentence's phrasing
rather than a class (the issue's "a rule that exists for one sentence is a defect"), so it is listed for review
(generalise it into its family, or drop it). Blind sets
are never analysed here (their role in ``eval/sets.csv`` is ``blind``): they are scored once by ``make eval-blind``.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from pipeline.evaluate.scoring import lenient_text_match, strip_trailing, date_value, event_similarity, match_key
from pipeline.evaluate.tables import load_gold

# Fields of the analysis: a mention's entity type names its field.
_MENTION_FIELDS = {"person": "people", "organisation": "organisations", "event": "events"}
# Below this precision, a rule with no right unique fact on any set is listed as not paying its way.
LOW_PRECISION = 0.5
# A rule whose right unique facts come from at most this many documents is narrow.
NARROW_DOCS = 2


@dataclass(frozen=True)
class EvalSet:
    """One row of ``eval/sets.csv``: a named pair of gold and document folders, training or blind."""

    name: str
    role: str
    gold: Path
    docs: Path


def load_sets(path: Path, root: Path | None = None) -> list[EvalSet]:
    """The evaluation sets listed in ``path`` (columns name, role, gold, docs; paths relative to ``root``)."""
    root = root or path.parent.parent
    with path.open(encoding="utf-8", newline="") as f:
        return [EvalSet(r["name"], r["role"], root / r["gold"], root / r["docs"])
                for r in csv.DictReader(line for line in f if not line.startswith("#"))]


@dataclass(frozen=True)
class Fact:
    """One fact row, reduced to what the analysis needs."""

    field: str
    doc: str
    rule: str
    value: str  # the field's value key in its document (what "another rule found it too" compares)
    correct: bool
    span: tuple[int, int] | None = None
    what: str = ""  # entity type + id, for conflicts between mentions


@dataclass
class RuleStats:
    """Counts for one (rule, field) on one set."""

    facts: int = 0
    correct: int = 0
    unique: int = 0
    unique_correct: int = 0
    conflicts: int = 0
    conflicts_with: Counter = field(default_factory=Counter)
    unique_right_docs: set = field(default_factory=set)  # documents holding a right unique fact

    @property
    def precision(self) -> float:
        return self.correct / self.facts if self.facts else 0.0

    def add(self, other: "RuleStats") -> None:
        self.facts += other.facts
        self.correct += other.correct
        self.unique += other.unique
        self.unique_correct += other.unique_correct
        self.conflicts += other.conflicts
        self.conflicts_with.update(other.conflicts_with)
        self.unique_right_docs |= other.unique_right_docs


def _rows(output_dir: Path, name: str) -> list[dict]:
    import pyarrow.parquet as pq

    path = output_dir / f"{name}.parquet"
    return pq.read_table(path).to_pylist() if path.exists() else []


def facts_from_tables(output_dir: Path, gold: Iterable[dict]) -> list[Fact]:
    """Every fact row of the tables in ``output_dir``, each judged against its document's gold annotation."""
    gold_by_doc = {Path(g["doc"]).name: g for g in gold}
    docs = {d["doc_id"]: Path(d["source_path"]).name for d in _rows(output_dir, "documents")}
    people = {p["person_id"]: p["name"] for p in _rows(output_dir, "people")}
    orgs = {o["org_id"]: (o["name"], o["acronym"]) for o in _rows(output_dir, "organisations")}
    events = {e["event_id"]: e["name"] for e in _rows(output_dir, "events")}
    facts: list[Fact] = []

    def gold_of(doc_id: str) -> dict | None:
        return gold_by_doc.get(docs.get(doc_id, ""))

    for m in _rows(output_dir, "mentions"):
        g, name = gold_of(m["doc_id"]), _MENTION_FIELDS.get(m["entity_type"])
        if g is None or name is None:
            continue
        eid = m["entity_id"]
        if name == "people":
            value = people.get(eid, m["text"])
            ok = match_key(value) in {match_key(p["name"]) for p in g.get("people") or []}
        elif name == "organisations":
            canon, acronym = orgs.get(eid, (m["text"], None))
            keys = {k for k in (match_key(canon), match_key(acronym), match_key(m["text"])) if k}
            value = canon
            ok = any(keys & {match_key(o["name"]), match_key(o.get("acronym"))} for o in g.get("organisations") or [])
        else:
            value = events.get(eid, m["text"])
            ok = any(event_similarity(e["name"], value) > 0 for e in g.get("events") or [])
        facts.append(Fact(name, m["doc_id"], m["rule"] or "?", match_key(value), ok,
                          (m["start_char"], m["end_char"]), f"{m['entity_type']}:{eid}"))
    for d in _rows(output_dir, "dates"):
        g = gold_of(d["doc_id"])
        if g is None or (d["rule"] or "").startswith("relative:"):
            continue  # gold leaves relative expressions out (as the scorer does)
        value = date_value(d["start_date"], d["end_date"], d["precision"]) or ""
        facts.append(Fact("dates", d["doc_id"], d["rule"] or "?", value, value in set(g.get("dates") or [])))
    for k in _rows(output_dir, "key_messages"):
        g = gold_of(k["doc_id"])
        if g is None:
            continue
        value = match_key(strip_trailing(k["text"]))
        ok = value in {match_key(strip_trailing(x)) for x in g.get("key_messages") or []}
        facts.append(Fact("key_messages", k["doc_id"], k["rule"] or "?", value, ok))
    for r in _rows(output_dir, "roles"):
        g = gold_of(r["doc_id"])
        if g is None:
            continue
        person = match_key(people.get(r["person_id"], ""))
        org, acronym = orgs.get(r["org_id"], (None, None)) if r["org_id"] else (None, None)
        stated = [p for p in g.get("people") or [] if match_key(p["name"]) == person]
        if r["role"]:  # a role statement is right when the gold gives the person that role
            ok = any(p.get("role") and lenient_text_match(p["role"], r["role"]) for p in stated)
        else:  # an affiliation without a role title is right when the gold gives that organisation
            ok = any(p.get("organisation") and (lenient_text_match(p["organisation"], org) or lenient_text_match(p["organisation"], acronym))
                     for p in stated)
        facts.append(Fact("roles", r["doc_id"], r["rule"] or "?", f"{person}|{match_key(r['role'])}|{match_key(org)}", ok))
    for d in _rows(output_dir, "documents"):  # the cue that gave a document its publication date
        g = gold_of(d["doc_id"])
        if g is None or not d.get("published_date_source"):
            continue
        value = str(d["published_date"] or "")
        facts.append(Fact("published_date", d["doc_id"], d["published_date_source"], value, value == (g.get("published_date") or "")))
    return facts


def rule_stats(facts: list[Fact]) -> dict[tuple[str, str], RuleStats]:
    """(rule, field) -> counts: facts, right ones, unique (and right unique) facts, conflicts."""
    stats: dict[tuple[str, str], RuleStats] = defaultdict(RuleStats)
    finders: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for f in facts:
        finders[(f.field, f.doc, f.value)].add(f.rule)
    counted_unique: set[tuple[str, str, str, str]] = set()
    for f in facts:
        s = stats[(f.rule, f.field)]
        s.facts += 1
        s.correct += f.correct
        key = (f.rule, f.field, f.doc, f.value)
        if finders[(f.field, f.doc, f.value)] == {f.rule} and key not in counted_unique:
            counted_unique.add(key)
            s.unique += 1
            s.unique_correct += f.correct
            if f.correct:
                s.unique_right_docs.add(f.doc)
    # Conflicts: overlapping mention spans of different rules that disagree on what the span is.
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.span is not None:
            by_doc[f.doc].append(f)
    for mentions in by_doc.values():
        mentions.sort(key=lambda f: f.span)
        for i, a in enumerate(mentions):
            for b in mentions[i + 1:]:
                if b.span[0] >= a.span[1]:
                    break
                if a.rule != b.rule and a.what != b.what:
                    for x, y in ((a, b), (b, a)):
                        stats[(x.rule, x.field)].conflicts += 1
                        stats[(x.rule, x.field)].conflicts_with[y.rule] += 1
    return dict(stats)


def verdict(total: RuleStats) -> str:
    """Whether a rule pays its way over all training sets (see the module docstring)."""
    if total.unique_correct == 0 and total.precision < LOW_PRECISION:
        return "does not pay"
    if total.unique_correct == 0:
        return "redundant"
    if len(total.unique_right_docs) <= NARROW_DOCS:
        return "narrow"
    return "pays"


def _verdict_cell(total: RuleStats) -> str:
    """The verdict with, for a rule that found right unique facts, the number of documents holding them."""
    docs = len(total.unique_right_docs)
    return f"{verdict(total)} ({docs} doc{'s' if docs != 1 else ''})" if docs else verdict(total)


def report_markdown(per_set: dict[str, dict[tuple[str, str], RuleStats]]) -> str:
    """Per rule: one line per set plus the total, and the verdict."""
    total: dict[tuple[str, str], RuleStats] = defaultdict(RuleStats)
    for stats in per_set.values():
        for key, s in stats.items():
            total[key].add(s)
    names = list(per_set)
    lines = ["# Rules: what each one pays for (training sets only)", "",
             f"Sets: {', '.join(names)}. precision = right facts / facts; unique = facts no other rule found "
             "(right ones in brackets); conflicts = overlapping mentions of another rule that disagree.", "",
             "| field | rule | set | facts | precision | unique (right) | conflicts (most with) | verdict |",
             "|---|---|---|---|---|---|---|---|"]
    # The verdict of the "all" row names the documents that hold the rule's right unique facts: "pays (12 docs)".
    for (rule, name) in sorted(total, key=lambda k: (k[1], -total[k].facts, k[0])):
        t = total[(rule, name)]
        for set_name in names + ["all"]:
            s = t if set_name == "all" else per_set[set_name].get((rule, name))
            if s is None or not s.facts:
                continue
            top = s.conflicts_with.most_common(1)
            conflicts = f"{s.conflicts}" + (f" ({top[0][0]})" if top else "")
            lines.append(f"| {name} | `{rule}` | {set_name} | {s.facts} | {s.precision:.2f} | {s.unique} ({s.unique_correct}) "
                         f"| {conflicts} | {_verdict_cell(t) if set_name == 'all' else ''} |")
    idle = sorted(f"`{rule}` ({name})" for (rule, name), t in total.items() if verdict(t) == "does not pay")
    narrow = sorted(f"`{rule}` ({name})" for (rule, name), t in total.items() if verdict(t) == "narrow")
    counts = Counter(verdict(t) for t in total.values())
    lines += ["", "Verdicts: " + ", ".join(f"{counts[v]} {v}" for v in ("pays", "narrow", "redundant", "does not pay")) + ".",
              "", f"Rules that do not pay their way (no right unique fact, precision < {LOW_PRECISION}): "
              + (", ".join(idle) if idle else "none") + ".",
              "", f"Narrow rules (every right unique fact in at most {NARROW_DOCS} documents: review, generalise or drop): "
              + (", ".join(narrow) if narrow else "none") + "."]
    return "\n".join(lines) + "\n"


def main(args) -> int:
    """``python -m pipeline rules``: run every training set afresh, analyse its facts per rule, write the report."""
    from pipeline.config import load_settings
    from pipeline.run import run

    sets = [s for s in load_sets(args.sets) if s.role == "training"]
    per_set: dict[str, dict[tuple[str, str], RuleStats]] = {}
    for s in sets:
        out = args.work / s.name
        if not args.no_run:
            run(load_settings({"input_dir": s.docs, "output_dir": out, "full": True, "progress": False}))
        per_set[s.name] = rule_stats(facts_from_tables(out, load_gold(s.gold)))
        print(f"analysed {s.name}: {sum(x.facts for x in per_set[s.name].values())} facts", file=sys.stderr)
    text = report_markdown(per_set)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text, encoding="utf-8")
    print(text)
    return 0
