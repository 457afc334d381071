"""From the output tables (and the gold folder) to what the scorer compares."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Sequence

from pipeline.evaluate.scoring import DocScore, PredEvent, Prediction, date_value, match_key, overall, score_document


def predictions_from_tables(output_dir: Path) -> dict[str, Prediction]:
    """One Prediction per document, keyed by the file name of documents.source_path."""
    import pyarrow.parquet as pq

    def rows(name: str) -> list[dict]:
        path = output_dir / f"{name}.parquet"
        return pq.read_table(path).to_pylist() if path.exists() else []

    docs = {d["doc_id"]: Path(d["source_path"]).name for d in rows("documents")}
    people = {p["person_id"]: p["name"] for p in rows("people")}
    orgs = {o["org_id"]: (o["name"], o["acronym"]) for o in rows("organisations")}
    events = {e["event_id"]: PredEvent(e["name"], e["start_date"], e["end_date"], e["date_precision"]) for e in rows("events")}
    out: dict[str, Prediction] = {name: Prediction() for name in docs.values()}
    # How each organisation is written in each document: gold names an organisation the way its text
    # does ("the Commission"), while the entity's canonical name may be fuller ("European Commission").
    written: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in rows("mentions"):
        if m["entity_type"] == "organisation":
            written[(m["doc_id"], m["entity_id"])].add(" ".join(m["text"].split()))
    seen: dict[str, set] = defaultdict(set)
    for m in rows("mentions"):
        doc = docs.get(m["doc_id"])
        if doc is None or (m["entity_type"], m["entity_id"]) in seen[doc]:
            continue
        seen[doc].add((m["entity_type"], m["entity_id"]))
        if m["entity_type"] == "person" and m["entity_id"] in people:
            out[doc].people.append(people[m["entity_id"]])
        elif m["entity_type"] == "organisation" and m["entity_id"] in orgs:
            name, acronym = orgs[m["entity_id"]]
            out[doc].organisations.append((name, acronym, tuple(sorted(written[(m["doc_id"], m["entity_id"])]))))
        elif m["entity_type"] == "event" and m["entity_id"] in events:
            out[doc].events.append(events[m["entity_id"]])
    for d in rows("dates"):
        doc = docs.get(d["doc_id"])
        # Gold leaves relative expressions ("next week") out, so resolved relative dates are not scored.
        if doc is None or (d["rule"] or "").startswith("relative:"):
            continue
        value = date_value(d["start_date"], d["end_date"], d["precision"])
        if value and value not in out[doc].dates:
            out[doc].dates.append(value)
    for k in sorted(rows("key_messages"), key=lambda k: (k["doc_id"], k["ordinal"])):
        if k["doc_id"] in docs:
            out[docs[k["doc_id"]]].key_messages.append(k["text"])
    for r in rows("roles"):
        doc = docs.get(r["doc_id"])
        if doc is None or r["person_id"] not in people:
            continue
        org_name, org_acr = orgs.get(r["org_id"], (None, None)) if r["org_id"] else (None, None)
        out[doc].roles.setdefault(match_key(people[r["person_id"]]), []).append((r["role"], org_name, org_acr))
    return out


def load_gold(gold_dir: Path) -> list[dict]:
    """Every ``*.json`` annotation in the gold folder, sorted by file name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]


def score_all(gold: Sequence[dict], predictions: dict[str, Prediction]) -> tuple[list[DocScore], DocScore]:
    """Per-document scores (a gold document missing from the tables scores as all missed) and the micro-average."""
    scores = [score_document(g, predictions.get(Path(g["doc"]).name, Prediction())) for g in gold]
    return scores, overall(scores)
