"""``make eval``: score the output tables against hand annotations (``eval/gold/*.json``).

Three parts, kept apart so the scorer is a pure function that tests can drive with tiny inputs:

- :func:`predictions_from_tables` turns the Parquet tables into one :class:`Prediction` per document;
- :func:`score_document` compares one gold annotation with one prediction (pure);
- :func:`main` runs the pipeline (unless ``--no-run``), scores every gold file and writes the report.

Matching rules (documented in README "Evaluating extraction quality"):

- every string is compared by :func:`match_key`: case, diacritics, punctuation, dashes, a leading
  "the" and whitespace are ignored; content is not (a different word is a different name);
- people: name keys equal; organisations: the predicted name *or* acronym equals the gold name *or*
  acronym; dates: the normalised value (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``start/end``)
  equal; key messages: text keys equal (trailing punctuation never counts);
- events: names match leniently (:func:`event_names_match`): after dropping function words,
  folding plurals and reading "EU" as "European", the smaller token set is (almost) contained in the larger one, both have at least
  two tokens, and years / ordinals (2019, third, 7th) do not contradict each other;
- every field is matched one-to-one (greedy, best similarity first), so two predicted variants of one
  gold item count as one hit and one false positive; among equally similar event names (editions of one
  series) the pair whose dates agree comes first.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.evaluate.report import report_json, report_markdown, summary_text
from pipeline.evaluate.scoring import (
    ACCURACIES, FIELDS, TARGETS, Accuracy, DocScore, FieldScore, PredEvent, Prediction, date_value, event_names_match,
    event_similarity, match_key, overall, score_document,
)
from pipeline.evaluate.tables import load_gold, predictions_from_tables, score_all

__all__ = ["ACCURACIES", "FIELDS", "TARGETS", "Accuracy", "DocScore", "FieldScore", "PredEvent", "Prediction", "date_value",
           "evaluate", "event_names_match", "event_similarity", "load_gold", "main", "match_key", "overall",
           "predictions_from_tables", "report_json", "report_markdown", "score_all", "score_document"]


def evaluate(gold_dir: Path, output_dir: Path, report: Path | None = None) -> tuple[list[DocScore], DocScore]:
    """Score the tables in ``output_dir`` against ``gold_dir``; write report.md/.json when ``report`` is given."""
    gold = load_gold(gold_dir)
    scores, total = score_all(gold, predictions_from_tables(output_dir))
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(report_markdown(scores, total), encoding="utf-8")
        report.with_suffix(".json").write_text(json.dumps(report_json(scores, total), indent=2, ensure_ascii=False), encoding="utf-8")
    return scores, total


def main(args) -> int:
    """``python -m pipeline eval``: run the pipeline afresh on the inputs (unless --no-run), score, report."""
    from pipeline.config import load_settings
    from pipeline.errors import UsageError

    settings = load_settings({"input_dir": args.input, "output_dir": args.output, "full": True, "progress": False})
    if not args.gold.is_dir() or not any(args.gold.glob("*.json")):
        raise UsageError(f"gold folder {args.gold} has no *.json annotations")
    if not args.no_run:
        from pipeline.run import run

        if not settings.input_dir.is_dir():
            raise UsageError(f"input folder {settings.input_dir} does not exist")
        # --full: the scores must describe the current code, never a cached result.
        summary = run(settings)
        print(f"extracted {summary.n_processed} document(s) from {settings.input_dir} into {settings.output_dir} "
              f"in {summary.seconds:.1f} s", file=sys.stderr)
    scores, total = evaluate(args.gold, settings.output_dir, args.report)
    for s in scores:
        print(f"{s.doc:<40} " + "  ".join(f"{n[:6]} {s.fields[n].f1:.2f}" for n in FIELDS))
    print()
    print(summary_text(total))
    if args.report:
        print(f"\nreport: {args.report} (+ {args.report.with_suffix('.json').name})")
    return 0
