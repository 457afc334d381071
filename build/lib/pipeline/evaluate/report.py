"""The eval report: Markdown for people, JSON for scripts, a short summary for the terminal."""
from __future__ import annotations

from typing import Sequence

from pipeline.evaluate.scoring import ACCURACIES, FIELDS, TARGETS, DocScore


def _mark(name: str, value: float) -> str:
    target = TARGETS.get(name)
    return "" if target is None else (" ok" if value >= target else f" below {target:.2f}")


def report_markdown(scores: Sequence[DocScore], total: DocScore) -> str:
    lines = ["# Extraction quality (`make eval`)", "",
             "Micro-averaged over the gold documents; matching rules in README, \"Evaluating extraction quality\".", "",
             "| field | precision | recall | F1 | tp | fp | fn | target |", "|---|---|---|---|---|---|---|---|"]
    for name in FIELDS:
        f = total.fields[name]
        lines.append(f"| {name} | {f.precision:.2f} | {f.recall:.2f} | {f.f1:.2f} | {f.tp} | {f.fp} | {f.fn} |{_mark(name, f.f1)} |")
    lines += ["", "| accuracy | value | correct / total | target |", "|---|---|---|---|"]
    for name in ACCURACIES:
        a = total.accuracies[name]
        lines.append(f"| {name} | {a.value:.2f} | {a.correct} / {a.total} |{_mark(name, a.value)} |")
    lines += ["", "## Per document (F1)", "", "| document | " + " | ".join(FIELDS) + " | " + " | ".join(ACCURACIES) + " |",
              "|---" * (1 + len(FIELDS) + len(ACCURACIES)) + "|"]
    for s in scores:
        cells = [f"{s.fields[n].f1:.2f}" for n in FIELDS] + [f"{s.accuracies[n].value:.2f}" if s.accuracies[n].total else "–" for n in ACCURACIES]
        lines.append(f"| {s.doc} | " + " | ".join(cells) + " |")
    lines += ["", "## Differences", "", "What the pipeline missed (in gold, not predicted) and added (predicted, not in gold)."]
    for s in scores:
        lines += ["", f"### {s.doc}"]
        for n in FIELDS:
            f = s.fields[n]
            if f.missed:
                lines.append(f"- {n} missed: " + "; ".join(f.missed))
            if f.spurious:
                lines.append(f"- {n} added: " + "; ".join(f.spurious))
        for n in ACCURACIES:
            for w in s.accuracies[n].wrong:
                lines.append(f"- {n} wrong: {w}")
    return "\n".join(lines) + "\n"


def report_json(scores: Sequence[DocScore], total: DocScore) -> dict:
    def one(s: DocScore) -> dict:
        return {
            "doc": s.doc,
            "fields": {n: {"precision": f.precision, "recall": f.recall, "f1": f.f1, "tp": f.tp, "fp": f.fp, "fn": f.fn,
                           "missed": f.missed, "spurious": f.spurious} for n, f in s.fields.items()},
            "accuracies": {n: {"value": a.value, "correct": a.correct, "total": a.total, "wrong": a.wrong} for n, a in s.accuracies.items()},
        }

    return {"overall": one(total), "documents": [one(s) for s in scores], "targets": TARGETS}


def summary_text(total: DocScore) -> str:
    out = ["field          P     R     F1"]
    for n in FIELDS:
        f = total.fields[n]
        out.append(f"{n:<13} {f.precision:.2f}  {f.recall:.2f}  {f.f1:.2f}{_mark(n, f.f1)}")
    for n in ACCURACIES:
        a = total.accuracies[n]
        out.append(f"{n + ' acc.':<13} {a.value:.2f}  ({a.correct}/{a.total}){_mark(n, a.value)}")
    return "\n".join(out)
