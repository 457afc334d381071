"""``python -m pipeline train-events`` (the shipped model, trained on every training set) and
``python -m pipeline event-folds`` (the k-fold measurement by held-out sets)."""
from __future__ import annotations

import argparse
from pathlib import Path


def add_parsers(sub) -> None:
    tr = sub.add_parser("train-events", help="train the event-mention model on every training set's gold events",
                        description="Align the gold event names of eval/sets.csv's training sets with the texts of their runs "
                                    "(--tables, as `make rules` leaves them) and train the EVENT recogniser into --model.")
    tr.add_argument("--tables", type=Path, default=Path("eval/.rules"), help="per-set run folders holding document_texts (default eval/.rules)")
    tr.add_argument("--model", type=Path, default=None, help="output folder (default pipeline/data/event_model)")
    fo = sub.add_parser("event-folds", help="measure the event model by held-out sets (k-fold) against the rules' tables")
    fo.add_argument("--tables", type=Path, default=Path("eval/.rules"))
    fo.add_argument("--work", type=Path, default=Path("eval/.event_folds"), help="folder for the fold models")
    fo.add_argument("--report", type=Path, default=None, help="write the fold table here (Markdown)")


def main(args: argparse.Namespace) -> int:
    from pipeline.config import DATA_DIR
    from pipeline.event_model.align import align_set, training_sets

    root = Path(".")
    if args.command == "train-events":
        aligned = [a for name, gold, _ in training_sets(root) for a in align_set(gold, args.tables / name)]
        exact, loose, missing = (sum(len(getattr(a, k)) for a in aligned) for k in ("exact", "loose", "missing"))
        print(f"gold events: {exact} aligned exactly, {loose} loosely, {missing} not at all")
        from pipeline.event_model.train import train_model

        print(f"model written to {train_model(aligned, args.model or DATA_DIR / 'event_model')}")
        return 0
    from pipeline.event_model.folds import run_folds, table

    lines = table(run_folds(root, args.tables, args.work, DATA_DIR))
    print("\n".join(lines))
    if args.report:
        args.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0
