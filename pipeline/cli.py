"""Command line: ``python -m pipeline extract|eval|query``.

Exit codes: 0 every document processed (ok or partial), 1 at least one document failed,
2 usage error (bad folder, bad option, missing model), 3 another run holds the output folder.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.config import load_settings
from pipeline.errors import RunLocked, UsageError

EXIT_OK, EXIT_FAILED_DOCS, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline", description="cluster-kb: documents in, knowledge tables out.")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="process a folder of documents into Parquet tables")
    ex.add_argument("--input", type=Path, default=None, help="folder of documents (default raw_docs/)")
    ex.add_argument("--output", type=Path, default=None, help="folder for the tables (default outputs/)")
    ex.add_argument("--full", action="store_true", default=None, help="reprocess every document, ignoring the previous run")
    ex.add_argument("--processes", type=int, default=None, dest="n_process", help="worker processes (0 = auto)")
    ex.add_argument("--timeout", type=float, default=None, dest="doc_timeout", help="seconds allowed per document")
    ex.add_argument("--model", default=None, dest="spacy_model", help="installed spaCy pipeline to use")
    ex.add_argument("--wait", action="store_true", default=None, help="wait for a concurrent run instead of exiting")
    verbosity = ex.add_mutually_exclusive_group()
    verbosity.add_argument("--quiet", "-q", action="store_true", help="no progress bar, summary only on failure")
    verbosity.add_argument("--verbose", "-v", action="store_true", help="log every document")

    ev = sub.add_parser("eval", help="score the tables against hand annotations")
    ev.add_argument("--gold", type=Path, default=Path("eval/gold"))
    ev.add_argument("--input", type=Path, default=None)
    ev.add_argument("--output", type=Path, default=None)
    ev.add_argument("--report", type=Path, default=Path("eval/report.md"))
    ev.add_argument("--no-run", action="store_true", help="score the existing tables without running extraction")

    q = sub.add_parser("query", help="run SQL against the output tables and print the result")
    q.add_argument("sql")
    q.add_argument("--output", type=Path, default=Path("outputs"))
    return p


def _print_summary(summary, quiet: bool) -> None:
    if quiet and summary.n_failed == 0:
        return
    out = sys.stdout
    print(f"\ncluster-kb: {summary.input_dir} → {summary.output_dir} in {summary.seconds:.1f} s", file=out)
    print(f"  documents: {summary.n_found} found, {summary.n_processed} processed, {summary.n_reused} unchanged (reused), "
          f"{summary.n_deleted} removed", file=out)
    print(f"  status:    {summary.n_ok} ok, {summary.n_partial} partial, {summary.n_failed} failed", file=out)
    if summary.unsupported:
        print(f"  skipped (unsupported type): {', '.join(summary.unsupported)}", file=out)
    if summary.duplicates:
        print(f"  skipped (duplicate content): {', '.join(summary.duplicates)}", file=out)
    if summary.rows:
        width = max(len(n) for n in summary.rows)
        print("  rows per table:", file=out)
        for name, n in summary.rows.items():
            print(f"    {name:<{width}}  {n:>7}", file=out)
    if not summary.tables_written:
        print("  nothing changed since the last run: tables left as they were", file=out)
    if summary.n_failed:
        print(f"  {summary.n_failed} document(s) failed: see the errors table "
              f"(python -m pipeline query \"select source_path, error_type, message from errors\")", file=out)


def _extract(args: argparse.Namespace) -> int:
    from pipeline.run import run

    settings = load_settings({
        "input_dir": args.input, "output_dir": args.output, "full": args.full, "n_process": args.n_process,
        "doc_timeout": args.doc_timeout, "spacy_model": args.spacy_model, "wait": args.wait,
        "progress": False if args.quiet else None, "verbose": True if args.verbose else None,
    })
    if not settings.input_dir.is_dir():
        raise UsageError(f"input folder {settings.input_dir} does not exist: create it and put PDF, TXT, MD or HTML files there")
    bar = None

    def progress(stage: str, done: int, total: int, name: str) -> None:
        nonlocal bar
        if not settings.progress:
            return
        if stage != "documents":
            return
        if bar is None:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="doc", desc="extract", file=sys.stderr, dynamic_ncols=True)
        bar.update(1)
        bar.set_postfix_str(name[-40:], refresh=False)
        if settings.verbose:
            bar.write(f"processed {name}")

    try:
        summary = run(settings, progress=progress)
    finally:
        if bar is not None:
            bar.close()
    if summary.n_found == 0:
        print(f"{settings.input_dir}/ has no documents: put PDF, TXT, MD or HTML files there", file=sys.stderr)
    _print_summary(summary, args.quiet)
    return EXIT_FAILED_DOCS if summary.n_failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "eval":
            from pipeline.evaluate import main as eval_main

            return eval_main(args)
        if args.command == "query":
            from pipeline.query import main as query_main

            return query_main(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RunLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    return EXIT_USAGE
