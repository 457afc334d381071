"""``python -m pipeline.org_model.cli train`` (align and train) and ``... measure`` (the held-out measurement)."""
from __future__ import annotations

import argparse
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="the organisation-model spike: train on training sets, measure on held-out ones")
    ap.add_argument("command", choices=["train", "measure"])
    ap.add_argument("--tables", type=Path, required=True, help="folder of per-set runs (<set>.out/) and reports (<set>.json)")
    ap.add_argument("--model", type=Path, required=True, help="model folder (written by train, read by measure)")
    ap.add_argument("--exclude", default="", help="comma-separated sets left out of training")
    ap.add_argument("--only", default="", help="comma-separated sets to train on (default: every training set)")
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--held", default="blind108,blind109,blind110,blind111,blind112", help="sets measured (measure)")
    ap.add_argument("--filter-sets", default="", help="sets on which the filter is chosen (measure)")
    ap.add_argument("--filter-model", type=Path, default=None, help="the model that tags --filter-sets (trained without them)")
    ap.add_argument("--report", type=Path, default=None)
    args = ap.parse_args(argv)
    from pipeline.event_model.align import training_sets
    from pipeline.org_model.align import align_org_set

    root = Path(".")
    sets = {name: gold for name, gold, _ in training_sets(root)}
    if args.command == "train":
        from pipeline.org_model.train import train_org_model
        from pipeline.event_model.train import examples

        excluded = set(filter(None, args.exclude.split(",")))
        only = set(filter(None, args.only.split(",")))
        names = [s for s in sets if s not in excluded and (not only or s in only) and (args.tables / f"{s}.json").exists()]
        aligned = [a for s in names for a in align_org_set(sets[s], args.tables / f"{s}.out")]
        exact, loose, missing = (sum(len(getattr(a, k)) for a in aligned) for k in ("exact", "loose", "missing"))
        items = examples(aligned)
        print(f"{len(names)} sets, {len(aligned)} documents: gold organisations {exact} aligned exactly, {loose} loosely, "
              f"{missing} not at all; {len(items)} training paragraphs ({sum(1 for _, s in items if s)} with a span, "
              f"{sum(len(s) for _, s in items)} spans, {sum(len(p.split()) for p, _ in items)} words)", flush=True)
        t0 = time.time()
        train_org_model(aligned, args.model, args.epochs)
        print(f"trained in {time.time() - t0:.0f} s; model written to {args.model}; sets: {','.join(names)}")
        return 0
    from pipeline.org_model.measure import measure

    lines = measure(root, args.tables, args.model, [s for s in args.held.split(",") if s],
                    [s for s in args.filter_sets.split(",") if s], args.filter_model)
    print("\n".join(lines))
    if args.report:
        args.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
