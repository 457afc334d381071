"""``python -m pipeline query "SQL"``: SQL over the output tables, printed as a table.

The SQL sees exactly the views of ``knowledge.duckdb`` (one per table plus the analyst views), built
in memory over the Parquet files, so a query works the same here, in a notebook and in a BI tool.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.errors import UsageError

EXIT_OK, EXIT_USAGE = 0, 2


def run_query(sql: str, output_dir: Path) -> pd.DataFrame:
    """The result of ``sql`` over the tables in ``output_dir`` (empty frame for statements without rows)."""
    from pipeline.analyst.duckdb import connect

    if not output_dir.is_dir() or not (output_dir / "documents.parquet").exists():
        raise UsageError(f"{output_dir}/ has no tables yet: run `make extract` first "
                         f"(or point --output at the folder that holds the .parquet files)")
    if not sql.strip():
        raise UsageError('no SQL given: e.g. python -m pipeline query "select * from documents"')
    con = connect(output_dir)
    try:
        rel = con.sql(sql)
        return rel.df() if rel is not None else pd.DataFrame()
    finally:
        con.close()


def format_frame(df: pd.DataFrame, max_rows: int, max_width: int) -> str:
    """A plain-text table; long cells are cut to ``max_width`` characters."""
    if df.empty:
        cols = ", ".join(map(str, df.columns))
        return f"(no rows{'; columns: ' + cols if cols else ''})"
    shown = df.head(max_rows) if max_rows > 0 else df
    text = shown.to_string(index=False, max_colwidth=max_width, na_rep="NULL")
    if len(df) > len(shown):
        text += f"\n… {len(df) - len(shown)} more rows ({len(df)} in all; --max-rows 0 shows every row, --csv exports)"
    else:
        text += f"\n({len(df)} row{'s' if len(df) != 1 else ''})"
    return text


def main(args: argparse.Namespace) -> int:
    """Entry point for the ``query`` subcommand; exit 0, or 2 for bad SQL / missing outputs."""
    try:
        df = run_query(args.sql, Path(args.output))
    except duckdb.Error as exc:
        print(f"error: the SQL could not run: {exc}", file=sys.stderr)
        print("tables and views: python -m pipeline query \"select table_name, table_type from "
              "information_schema.tables order by 1\"", file=sys.stderr)
        return EXIT_USAGE
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if getattr(args, "csv", False):
        df.to_csv(sys.stdout, index=False)
    else:
        print(format_frame(df, getattr(args, "max_rows", 50), getattr(args, "max_width", 60)))
    return EXIT_OK
