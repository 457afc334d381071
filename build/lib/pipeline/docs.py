"""The data dictionary, generated from ``pipeline/schemas.py``: ``docs/tables.md`` and the README's tables section.

``python -m pipeline.docs`` rewrites both; ``python -m pipeline.docs --check`` exits 1 when either is
stale (a column added, renamed or re-described without regenerating), which a test runs.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pyarrow as pa

from pipeline.schemas import TABLES, Table

ROOT = Path(__file__).resolve().parents[1]
TABLES_MD = ROOT / "docs" / "tables.md"
README = ROOT / "README.md"
BEGIN, END = "<!-- tables:begin -->", "<!-- tables:end -->"


class StaleDocs(Exception):
    """The README has no tables markers to generate between."""


def type_name(t: pa.DataType) -> str:
    """The column type as analysts read it (and as DuckDB shows it)."""
    from pipeline.analyst.duckdb import sql_type

    return sql_type(t)


def _mermaid_type(t: pa.DataType) -> str:
    # Mermaid attribute types are single words.
    return type_name(t).lower().replace(" with time zone", "tz").replace("[]", "_list")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _keys(table: Table, column: str) -> str:
    refs = dict(table.foreign_keys)
    keys = []
    if column in table.primary_key:
        keys.append("PK")
    if column in refs:
        keys.append(f"FK → `{refs[column]}`")
    return ", ".join(keys)


def mermaid(all_columns: bool) -> str:
    """An ER diagram (Mermaid) of the tables and how their declared foreign keys join them."""
    lines = ["```mermaid", "erDiagram"]
    for table in TABLES:
        for column, ref in table.foreign_keys:
            parent = ref.split(".", 1)[0]
            nullable = next(c.nullable for c in table.columns if c.name == column)
            lines.append(f'    {parent} {"|o" if nullable else "||"}--o{{ {table.name} : "{column}"')
    for table in TABLES:
        refs = dict(table.foreign_keys)
        lines.append(f"    {table.name} {{")
        for c in table.columns:
            keys = ", ".join(k for k, on in (("PK", c.name in table.primary_key), ("FK", c.name in refs)) if on)
            if all_columns or keys:
                lines.append(f"        {_mermaid_type(c.type)} {c.name}" + (f" {keys}" if keys else ""))
        lines.append("    }")
    lines.append("```")
    return "\n".join(lines)


def _analyst_view_columns() -> dict[str, list[tuple[str, str]]]:
    """(column, type) of every analyst view, from DuckDB itself over empty tables."""
    from pipeline.analyst.duckdb import ANALYST_VIEWS, connect

    with tempfile.TemporaryDirectory() as empty:
        con = connect(Path(empty))
        try:
            return {v.name: [(r[0], r[1]) for r in con.sql(f'DESCRIBE "{v.name}"').fetchall()] for v in ANALYST_VIEWS}
        finally:
            con.close()


def tables_md() -> str:
    """The full data dictionary: every table, column, type, meaning, example and key; then the analyst views."""
    from pipeline.analyst.duckdb import ANALYST_VIEWS

    out = [
        "# Data dictionary",
        "",
        "<!-- generated from pipeline/schemas.py by `python -m pipeline.docs`; do not edit by hand -->",
        "",
        "Every table is a Parquet file in `outputs/` and a view of the same name in `outputs/knowledge.duckdb`.",
        "Character offsets (`start_char`, `end_char`) index `document_texts.text` of the same `doc_id`;",
        "`mentions.entity_id` and `merges.entity_id` hold a `person_id`, `org_id` or `event_id` according to",
        "`entity_type`. Types are DuckDB's names (`VARCHAR[]` is a list of strings, `TIMESTAMP WITH TIME ZONE` values are UTC).",
        "",
        "## How the tables join",
        "",
        mermaid(all_columns=True),
        "",
        "## Tables",
        "",
    ]
    for table in TABLES:
        pk = ", ".join(f"`{c}`" for c in table.primary_key)
        out += [f"### `{table.name}`", "", table.description, "", f"Primary key: {pk}."]
        if table.foreign_keys:
            out.append("Foreign keys: " + "; ".join(f"`{c}` → `{ref}`" for c, ref in table.foreign_keys) + ".")
        out += ["", "| column | type | null | keys | meaning | example |", "|---|---|---|---|---|---|"]
        for c in table.columns:
            out.append(f"| `{c.name}` | {type_name(c.type)} | {'yes' if c.nullable else 'no'} | {_keys(table, c.name)} "
                       f"| {_cell(c.description)} | `{_cell(c.example)}` |")
        out.append("")
    out += ["## Analyst views (in `knowledge.duckdb` and `python -m pipeline query`)", ""]
    columns = _analyst_view_columns()
    for view in ANALYST_VIEWS:
        out += [f"### `{view.name}`", "", view.description, "",
                ", ".join(f"`{name}` {typ}" for name, typ in columns[view.name]) + ".", ""]
    out += ["### `data_dictionary`", "",
            "This dictionary as a table inside `knowledge.duckdb`: one row per column of every table.", ""]
    return "\n".join(out)


def readme_section() -> str:
    """The README's generated tables section: the join diagram and every table's columns."""
    out = [
        BEGIN,
        "## The tables",
        "",
        "One Parquet file per table in `outputs/`, the same tables as views in `outputs/knowledge.duckdb`.",
        "Every column's type, meaning and an example: [docs/tables.md](docs/tables.md) (generated from",
        "`pipeline/schemas.py` by `python -m pipeline.docs`; a test fails when it is stale).",
        "",
        mermaid(all_columns=False),
        "",
        "| table | one row is | primary key | columns |",
        "|---|---|---|---|",
    ]
    for table in TABLES:
        out.append(f"| `{table.name}` | {_cell(table.description)} | {', '.join(f'`{c}`' for c in table.primary_key)} "
                   f"| {', '.join(f'`{c.name}`' for c in table.columns)} |")
    out += ["", END]
    return "\n".join(out)


def readme_with_section(readme: str) -> str:
    """``readme`` with the text between the tables markers replaced by :func:`readme_section`."""
    start, end = readme.find(BEGIN), readme.find(END)
    if start < 0 or end < start:
        raise StaleDocs(f"README.md has no {BEGIN} … {END} markers")
    return readme[:start] + readme_section() + readme[end + len(END):]


def stale_files(readme: Path = README, tables: Path = TABLES_MD) -> list[Path]:
    """The generated files whose content differs from what the schemas say now."""
    stale = []
    if not tables.exists() or tables.read_text(encoding="utf-8") != tables_md():
        stale.append(tables)
    text = readme.read_text(encoding="utf-8")
    if readme_with_section(text) != text:
        stale.append(readme)
    return stale


def write_docs(readme: Path = README, tables: Path = TABLES_MD) -> None:
    """Regenerate docs/tables.md and the README's tables section."""
    tables.parent.mkdir(parents=True, exist_ok=True)
    tables.write_text(tables_md(), encoding="utf-8")
    readme.write_text(readme_with_section(readme.read_text(encoding="utf-8")), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pipeline.docs", description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="exit 1 when docs/tables.md or the README section is stale")
    args = p.parse_args(argv)
    if args.check:
        stale = stale_files()
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (regenerate with: python -m pipeline.docs)", file=sys.stderr)
        return 1 if stale else 0
    write_docs()
    print(f"wrote {TABLES_MD.relative_to(ROOT)} and the tables section of {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
