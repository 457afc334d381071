"""Command line: ``python -m pipeline extract|eval|rules|query``.

Exit codes: 0 every document processed (ok or partial), 1 at least one document failed,
2 usage error (bad folder, bad option, missing model, bad SQL), 3 another run holds the output folder,
4 the output folder could not be written (disk full, read-only): the tables published before are unchanged.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from pipeline.config import SUPPORTED_EXTENSIONS, load_settings
from pipeline.errors import OutputNotWritable, RunLocked, UsageError

EXIT_OK, EXIT_FAILED_DOCS, EXIT_USAGE, EXIT_LOCKED, EXIT_OUTPUT = 0, 1, 2, 3, 4

# What one step of each stage counts, for the progress bars.
_STAGE_UNITS = {"documents": "doc", "write": "table", "review": "page"}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline", description="cluster-kb: documents in, knowledge tables out.")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="process a folder of documents into Parquet tables, a DuckDB database and review pages")
    ex.add_argument("--input", type=Path, default=None, help="folder of documents (default raw_docs/)")
    ex.add_argument("--output", type=Path, default=None, help="folder for the tables (default outputs/)")
    ex.add_argument("--full", action="store_true", default=None, help="reprocess every document, ignoring the previous run")
    ex.add_argument("--processes", type=int, default=None, dest="n_process", help="worker processes (0 = auto)")
    ex.add_argument("--timeout", type=float, default=None, dest="doc_timeout", help="CPU seconds allowed per document (plus doc_timeout_per_mb per MB)")
    ex.add_argument("--model", default=None, dest="spacy_model", help="installed spaCy pipeline to use")
    ex.add_argument("--wait", action="store_true", default=None, help="wait for a concurrent run instead of exiting")
    ex.add_argument("--executor", choices=("local", "dask"), default=None,
                    help="where documents are processed: local processes (default) or a Dask cluster")
    ex.add_argument("--scheduler", default=None, metavar="tcp://HOST:8786",
                    help="Dask scheduler to use (implies --executor dask; without it, dask starts a local cluster)")
    verbosity = ex.add_mutually_exclusive_group()
    verbosity.add_argument("--quiet", "-q", action="store_true", help="no progress bar, summary only on failure")
    verbosity.add_argument("--verbose", "-v", action="store_true", help="log every document and stage")

    ev = sub.add_parser("eval", help="score the tables against hand annotations")
    ev.add_argument("--gold", type=Path, default=Path("eval/gold"))
    ev.add_argument("--input", type=Path, default=None)
    ev.add_argument("--output", type=Path, default=None)
    ev.add_argument("--report", type=Path, default=Path("eval/report.md"))
    ev.add_argument("--no-run", action="store_true", help="score the existing tables without running extraction")

    ru = sub.add_parser("rules", help="per rule and training set: facts, precision, unique facts, conflicts",
                        description="What each extraction rule pays for on the training sets of eval/sets.csv.")
    ru.add_argument("--sets", type=Path, default=Path("eval/sets.csv"), help="the evaluation sets (default eval/sets.csv)")
    ru.add_argument("--work", type=Path, default=Path("eval/.rules"), help="folder for each set's tables (default eval/.rules)")
    ru.add_argument("--report", type=Path, default=Path("eval/rules.md"), help="where to write the report (default eval/rules.md)")
    ru.add_argument("--no-run", action="store_true", help="analyse the tables already in --work")

    la = sub.add_parser("languages", help="which languages each multilingual lexicon of pipeline/data covers",
                        description="Concept × language counts of the lexicons in pipeline/data/language_lexicons.csv.")
    la.add_argument("--report", type=Path, default=None, help="write the Markdown report here (default: print it)")

    from pipeline.event_model.cli import add_parsers as add_event_model_parsers

    add_event_model_parsers(sub)

    q = sub.add_parser("query", help="run SQL against the output tables and print the result",
                       description="SQL over the tables and analyst views (the same views as knowledge.duckdb).")
    q.add_argument("sql", help='e.g. "select name, start_date from events order by start_date"')
    q.add_argument("--output", type=Path, default=Path("outputs"), help="folder holding the tables (default outputs/)")
    q.add_argument("--csv", action="store_true", help="print CSV instead of a table (e.g. > result.csv)")
    q.add_argument("--max-rows", type=int, default=50, help="rows to print (0 = all; default 50)")
    q.add_argument("--max-width", type=int, default=60, help="characters per cell before cutting (default 60)")
    return p


class StageProgress:
    """One progress bar per stage, as ``run()`` and the extras report ``(stage, done, total, item)``."""

    def __init__(self, enabled: bool, verbose: bool) -> None:
        self.enabled = enabled
        self.verbose = verbose
        self.stage: str | None = None
        self.bar = None
        self.started = time.monotonic()

    def __call__(self, stage: str, done: int, total: int, item: str) -> None:
        if stage != self.stage:
            self.close()
            self.stage, self.started = stage, time.monotonic()
            if self.enabled:
                from tqdm import tqdm

                # disable=None: no bar when stderr is not a terminal (logs, CI), only the summary.
                self.bar = tqdm(total=total, unit=_STAGE_UNITS.get(stage, "step"), desc=f"{stage:<9}",
                                file=sys.stderr, dynamic_ncols=True, leave=False, disable=None)
        if self.bar is not None:
            self.bar.total = total
            self.bar.n = done
            self.bar.set_postfix_str(item[-40:], refresh=False)
            self.bar.refresh()
        if self.verbose and stage == "documents" and item and done:
            self._log(f"processed {item}")

    def _log(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        if self.verbose and self.stage:
            print(f"{self.stage}: done in {time.monotonic() - self.started:.1f} s", file=sys.stderr)
        self.stage = None


def _table(rows: list[tuple[str, str]], indent: str = "  ") -> list[str]:
    width = max(len(a) for a, _ in rows)
    return [f"{indent}{a:<{width}}  {b}" for a, b in rows]


def summary_lines(summary, extras, seconds: float) -> list[str]:
    """The final summary as lines of text: documents by status, rows per table, where to look next."""
    from pipeline.ingest.names import readable_name

    folders = f"{readable_name(str(summary.input_dir))} → {readable_name(str(summary.output_dir))}"
    lines = [f"cluster-kb: {folders} in {seconds:.1f} s", ""]
    lines += _table([
        ("documents", f"{summary.n_found} found · {summary.n_processed} processed · {summary.n_reused} unchanged"
                      f" · {summary.n_deleted} removed since the last run"),
        ("ok", str(summary.n_ok)),
        ("partial", f"{summary.n_partial}" + ("  (some pages or parts lost: see the errors table)" if summary.n_partial else "")),
        ("failed", f"{summary.n_failed}" + ("  (see the errors table)" if summary.n_failed else "")),
    ])
    if summary.unsupported:
        lines.append(f"  skipped (unsupported type): {', '.join(summary.unsupported)}")
    if summary.unreadable:
        lines.append(f"  not readable (see the errors table): {', '.join(summary.unreadable)}")
    if summary.duplicates:
        lines.append(f"  skipped (duplicate content): {', '.join(summary.duplicates)}")
    if getattr(summary, "not_english", None):
        lines.append("  not in English (English-only rules skipped there; gazetteers, acronyms, dates and the language's spaCy "
                     "pipeline where installed ran):")
        lines += [f"    {path}  ({what})" for path, what in summary.not_english.items()]
    if summary.rows:
        lines += ["", "  table                rows"]
        lines += _table([(name, f"{n:>7}") for name, n in summary.rows.items()], indent="  ")
    if not summary.tables_written:
        lines.append("  nothing changed since the last run: tables left as they were")
    if getattr(summary, "layout_changed", False):
        lines.append(f"  table layout changed: parts now named by {summary.bucket_chars} hex digit(s) of doc_id "
                     "(the corpus crossed a size threshold), so every part was rewritten once")
    if extras is not None:
        lines += ["", "  open next:"]
        lines += _table([("review pages", str(extras.review_index.resolve())),
                         ("DuckDB / BI tools", str(extras.database)),
                         ("quick SQL", 'python -m pipeline query "select * from document_overview"')], indent="    ")
    if summary.n_failed:
        lines.append(f"\n  {summary.n_failed} document(s) failed: python -m pipeline query "
                     f"\"select source_path, error_type, message from errors\"")
    return lines


def _no_documents_message(settings, summary) -> str:
    kinds = " ".join(sorted(SUPPORTED_EXTENSIONS))
    if summary.unsupported:
        return (f"{settings.input_dir}/ has no documents this pipeline reads ({len(summary.unsupported)} other file(s) "
                f"skipped): put PDF, TXT, MD or HTML files there ({kinds})")
    return f"{settings.input_dir}/ is empty: put PDF, TXT, MD or HTML files there ({kinds})"


def _build_extras(output_dir: Path, progress: StageProgress):
    """knowledge.duckdb and review pages from the published tables; None when there are no tables."""
    from pipeline.analyst import build_extras

    if not (output_dir / "documents.parquet").exists():
        return None
    from pipeline.lock import output_lock

    try:
        # Under the output folder's lock, so two runs finishing together never swap review/ at once;
        # a run that started meanwhile is waited for, and the extras then show its tables.
        with output_lock(output_dir, wait=True, on_wait=lambda msg: print(msg, file=sys.stderr)):
            return build_extras(output_dir, progress=progress)
    except Exception as exc:
        # duckdb is imported only when the extras are rebuilt (a no-op re-run does without it), so its
        # error class is looked up where it can have been raised.
        duckdb = sys.modules.get("duckdb")
        if not isinstance(exc, OSError) and not (duckdb is not None and isinstance(exc, duckdb.Error)):
            raise
        # The tables are published and fine; only the conveniences built on them are missing.
        print(f"warning: the tables are written, but knowledge.duckdb / review pages could not be built: {exc}\n"
              f"  (a program holding {output_dir / 'knowledge.duckdb'} open on Windows? close it and run again)",
              file=sys.stderr)
        return None


def _extract(args: argparse.Namespace) -> int:
    from pipeline.run import run

    t0 = time.monotonic()
    settings = load_settings({
        "input_dir": args.input, "output_dir": args.output, "full": args.full, "n_process": args.n_process,
        "doc_timeout": args.doc_timeout, "spacy_model": args.spacy_model, "wait": args.wait,
        "progress": False if args.quiet else None, "verbose": True if args.verbose else None,
        "executor": "dask" if args.scheduler else args.executor, "scheduler": args.scheduler,
    })
    if settings.executor not in ("local", "dask"):
        raise UsageError(f"executor {settings.executor!r} is not known: use local or dask")
    if not settings.input_dir.is_dir():
        raise UsageError(f"input folder {settings.input_dir} does not exist: create it and put PDF, TXT, MD or HTML files there")
    from pipeline.ingest.names import not_utf8, readable_name

    out_name = str(settings.output_dir.resolve())
    if not_utf8(out_name):
        # Arrow and DuckDB take paths as UTF-8 text only (input folders and file names may be any bytes).
        raise UsageError(f"output folder {readable_name(out_name)} has a name that is not valid UTF-8: choose another folder")
    progress = StageProgress(enabled=settings.progress and not args.quiet, verbose=settings.verbose)

    def on_wait(message: str) -> None:
        print(message, file=sys.stderr)

    try:
        summary = run(settings, progress=progress, on_wait=on_wait)
        # Checked on every run, also when no table changed: the extras must follow the code and the
        # output folder's location even when the documents did not change (rebuilt only then).
        extras = _build_extras(settings.output_dir, progress)
    finally:
        progress.close()
    if summary.n_found == 0:
        print(_no_documents_message(settings, summary), file=sys.stderr)
    if not args.quiet or summary.n_failed:
        print("\n" + "\n".join(summary_lines(summary, extras, time.monotonic() - t0)))
    return EXIT_FAILED_DOCS if summary.n_failed or summary.unreadable else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "eval":
            from pipeline.evaluate import main as eval_main

            return eval_main(args)
        if args.command == "rules":
            from pipeline.evaluate.rules import main as rules_main

            return rules_main(args)
        if args.command == "languages":
            from pipeline.language_coverage import main as languages_main

            return languages_main(args)
        if args.command in ("train-events", "event-folds"):
            from pipeline.event_model.cli import main as event_model_main

            return event_model_main(args)
        if args.command == "query":
            from pipeline.query import main as query_main

            return query_main(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RunLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except OutputNotWritable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    return EXIT_USAGE
