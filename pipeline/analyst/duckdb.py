"""``outputs/knowledge.duckdb``: one view per table over the Parquet files, plus analyst views.

The database holds no data of its own, only views (and a small ``data_dictionary`` table), so it is
tiny and always shows the Parquet files as they are now. DuckDB resolves relative file paths
against the *current directory of the process that queries*, not against the database file, and a
BI tool opens the database from anywhere: the views therefore use the absolute path of the output
folder. Moving the folder needs a rebuild (``python -m pipeline.analyst.duckdb DIR`` or the next
``make extract``).

Every base view casts its columns to the types declared in ``pipeline/schemas.py`` (dates as DATE,
counts as INTEGER/BIGINT, aliases as VARCHAR[]), so BI tools see the documented types even for a
table whose Parquet file is missing (an empty view is created instead).
"""
from __future__ import annotations

import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.analyst import DATABASE_NAME
from pipeline.schemas import TABLES, Table


@dataclass(frozen=True)
class AnalystView:
    name: str
    description: str
    sql: str  # the SELECT behind the view; may use every base view


def sql_type(t: pa.DataType) -> str:
    """The DuckDB type for a schema's pyarrow type."""
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "VARCHAR"
    if pa.types.is_date(t):
        return "DATE"
    if pa.types.is_int32(t):
        return "INTEGER"
    if pa.types.is_int64(t):
        return "BIGINT"
    if pa.types.is_float64(t):
        return "DOUBLE"
    if pa.types.is_boolean(t):
        return "BOOLEAN"
    if pa.types.is_timestamp(t):
        return "TIMESTAMP WITH TIME ZONE" if t.tz else "TIMESTAMP"
    if pa.types.is_list(t):
        return f"{sql_type(t.value_type)}[]"
    raise TypeError(f"no DuckDB type for {t}")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def base_view_sql(table: Table, output_dir: Path) -> str:
    """SELECT for one table's view: the Parquet file cast to the schema, or an empty typed result."""
    # abspath, not resolve(): the table files are links to the current published set, and the view
    # must follow the link to whatever set is current when it is queried, not pin today's set.
    path = Path(os.path.abspath(output_dir / f"{table.name}.parquet"))
    # A table is one Parquet file or a folder of parts (mention-level tables): read as one table.
    parts = sorted(path.glob("*.parquet")) if path.is_dir() else [path] if path.exists() else []
    present = set(pq.read_schema(parts[0]).names) if parts else None
    cols = []
    for c in table.columns:
        source = _ident(c.name) if present is not None and c.name in present else "NULL"
        cols.append(f"CAST({source} AS {sql_type(c.type)}) AS {_ident(c.name)}")
    select = "SELECT " + ", ".join(cols)
    if present is None:
        return select + " WHERE false"
    return select + f" FROM read_parquet({_literal(str(path / '*.parquet') if path.is_dir() else str(path))})"


ANALYST_VIEWS: tuple[AnalystView, ...] = (
    AnalystView(
        "document_overview",
        "One row per document: its status, how many facts of each kind were extracted and its errors.",
        """
        WITH m AS (
            SELECT doc_id,
                   count(*) FILTER (WHERE entity_type = 'person') AS n_person_mentions,
                   count(*) FILTER (WHERE entity_type = 'organisation') AS n_organisation_mentions,
                   count(*) FILTER (WHERE entity_type = 'event') AS n_event_mentions,
                   count(*) FILTER (WHERE entity_type = 'location') AS n_location_mentions
            FROM mentions GROUP BY doc_id),
        r AS (SELECT doc_id, count(*) AS n FROM roles GROUP BY doc_id),
        dt AS (SELECT doc_id, count(*) AS n FROM dates GROUP BY doc_id),
        k AS (SELECT doc_id, count(*) AS n FROM key_messages GROUP BY doc_id),
        err AS (SELECT source_path, count(*) AS n,
                       string_agg(error_type || coalesce(' (page ' || page || ')', '') || ': ' || message, ' | '
                                  ORDER BY stage, error_type, page) AS summary
                FROM errors GROUP BY source_path)
        SELECT d.doc_id, d.source_path, d.title, d.doc_type, d.format, d.published_date, d.status,
               d.n_pages, d.n_chars,
               CAST(coalesce(m.n_person_mentions, 0) AS INTEGER) AS n_person_mentions,
               CAST(coalesce(m.n_organisation_mentions, 0) AS INTEGER) AS n_organisation_mentions,
               CAST(coalesce(m.n_event_mentions, 0) AS INTEGER) AS n_event_mentions,
               CAST(coalesce(m.n_location_mentions, 0) AS INTEGER) AS n_location_mentions,
               CAST(coalesce(dt.n, 0) AS INTEGER) AS n_dates,
               CAST(coalesce(r.n, 0) AS INTEGER) AS n_roles,
               CAST(coalesce(k.n, 0) AS INTEGER) AS n_key_messages,
               CAST(coalesce(err.n, 0) AS INTEGER) AS n_errors,
               err.summary AS errors
        FROM documents d
        LEFT JOIN m USING (doc_id) LEFT JOIN r USING (doc_id) LEFT JOIN dt USING (doc_id)
        LEFT JOIN k USING (doc_id) LEFT JOIN err USING (source_path)
        """,
    ),
    AnalystView(
        "event_documents",
        "One row per (event, document that mentions it, states its organiser or reports its key messages).",
        """
        WITH ev_docs AS (
            SELECT entity_id AS event_id, doc_id FROM mentions WHERE entity_type = 'event'
            UNION SELECT event_id, doc_id FROM event_organisers
            UNION SELECT event_id, doc_id FROM key_messages WHERE event_id IS NOT NULL)
        SELECT x.event_id, e.name AS event_name, x.doc_id, d.source_path, d.title AS document_title,
               d.published_date,
               CAST(count(m.start_char) AS INTEGER) AS n_mentions,
               min(m.page) AS first_page
        FROM ev_docs x
        JOIN events e USING (event_id)
        JOIN documents d USING (doc_id)
        LEFT JOIN mentions m ON m.entity_type = 'event' AND m.entity_id = x.event_id AND m.doc_id = x.doc_id
        GROUP BY ALL
        """,
    ),
    AnalystView(
        "event_overview",
        "One row per event with its organisers and the documents that mention it (names joined by '; ').",
        """
        WITH orgs AS (
            SELECT eo.event_id, string_agg(DISTINCT o.name, '; ' ORDER BY o.name) AS organisers,
                   CAST(count(DISTINCT eo.org_id) AS INTEGER) AS n_organisers
            FROM event_organisers eo JOIN organisations o USING (org_id) GROUP BY eo.event_id),
        docs AS (
            SELECT event_id, string_agg(DISTINCT source_path, '; ' ORDER BY source_path) AS documents,
                   CAST(count(DISTINCT doc_id) AS INTEGER) AS n_reporting_documents,
                   min(published_date) AS first_reported, max(published_date) AS last_reported
            FROM event_documents GROUP BY event_id)
        SELECT e.event_id, e.name, e.event_type, e.start_date, e.end_date, e.date_precision,
               CAST(e.end_date - e.start_date + 1 AS INTEGER) AS n_days,
               e.city, e.country, e.edition, e.status, e.n_mentions,
               orgs.organisers, CAST(coalesce(orgs.n_organisers, 0) AS INTEGER) AS n_organisers,
               docs.documents, CAST(coalesce(docs.n_reporting_documents, 0) AS INTEGER) AS n_reporting_documents,
               docs.first_reported, docs.last_reported
        FROM events e LEFT JOIN orgs USING (event_id) LEFT JOIN docs USING (event_id)
        """,
    ),
    AnalystView(
        "people_latest_role",
        "One row per person with the latest role stated for them: latest roles.as_of, else the "
        "document's published_date; ties go to a statement naming an organisation, then document and "
        "position. People without any role statement have null role columns.",
        """
        WITH ranked AS (
            SELECT r.person_id, r.role, r.org_id, r.doc_id, d.source_path,
                   coalesce(r.as_of, d.published_date) AS role_as_of,
                   row_number() OVER (PARTITION BY r.person_id
                                      ORDER BY coalesce(r.as_of, d.published_date) DESC NULLS LAST,
                                               r.org_id IS NULL, r.doc_id, r.start_char) AS rn,
                   count(*) OVER (PARTITION BY r.person_id) AS n_roles
            FROM roles r JOIN documents d USING (doc_id))
        SELECT p.person_id, p.name, p.n_mentions, p.n_documents,
               x.role, x.org_id, o.name AS organisation, o.acronym AS organisation_acronym,
               x.role_as_of, x.doc_id AS role_doc_id, x.source_path AS role_source_path,
               CAST(coalesce(x.n_roles, 0) AS INTEGER) AS n_role_statements
        FROM people p
        LEFT JOIN ranked x ON x.person_id = p.person_id AND x.rn = 1
        LEFT JOIN organisations o ON o.org_id = x.org_id
        """,
    ),
    AnalystView(
        "organisation_mentions_by_year",
        "One row per (organisation, year): mentions counted in the year of the mentioning document's "
        "published_date (year is null for documents without a known date, so the counts add up to "
        "organisations.n_mentions).",
        """
        SELECT o.org_id, o.name, o.acronym, o.org_type,
               CAST(year(d.published_date) AS INTEGER) AS year,
               CAST(count(*) AS INTEGER) AS n_mentions,
               CAST(count(DISTINCT m.doc_id) AS INTEGER) AS n_documents
        FROM mentions m
        JOIN organisations o ON m.entity_type = 'organisation' AND m.entity_id = o.org_id
        JOIN documents d ON d.doc_id = m.doc_id
        GROUP BY ALL
        """,
    ),
    AnalystView(
        "key_messages_overview",
        "One row per key message with its document and, when identified, its event.",
        """
        SELECT k.doc_id, k.ordinal, k.text, k.section, k.page, k.start_char, k.end_char,
               d.source_path, d.title AS document_title, d.doc_type, d.published_date,
               k.event_id, e.name AS event_name, e.event_type, e.start_date AS event_start_date,
               e.end_date AS event_end_date, e.city AS event_city
        FROM key_messages k
        JOIN documents d USING (doc_id)
        LEFT JOIN events e USING (event_id)
        """,
    ),
    AnalystView(
        "entity_lookup",
        "One row per person, organisation or event id ever published: the id that stands for it now "
        "(itself while it exists, else its entity_redirects target), with that entity's name. Join a "
        "stored id on entity_id and use current_id; status is 'current' or the redirect's reason.",
        """
        WITH live AS (
            SELECT 'person' AS entity_type, person_id AS entity_id, name FROM people
            UNION ALL SELECT 'organisation', org_id, name FROM organisations
            UNION ALL SELECT 'event', event_id, name FROM events)
        SELECT entity_type, entity_id, entity_id AS current_id, name AS current_name, 'current' AS status,
               CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS retired_at
        FROM live
        UNION ALL
        SELECT r.entity_type, r.old_id, r.new_id, l.name, r.reason, r.retired_at
        FROM entity_redirects r
        LEFT JOIN live l ON l.entity_type = r.entity_type AND l.entity_id = r.new_id
        """,
    ),
    AnalystView(
        "people_aliases",
        "One row per (person, alias): people.aliases unnested for tools that cannot read lists.",
        "SELECT person_id, name, unnest(aliases) AS alias FROM people",
    ),
    AnalystView(
        "organisation_aliases",
        "One row per (organisation, alias): organisations.aliases unnested for tools that cannot read lists.",
        "SELECT org_id, name, unnest(aliases) AS alias FROM organisations",
    ),
)


def _key_note(table: Table, column: str) -> str:
    notes = []
    if column in table.primary_key:
        notes.append("Primary key" + (" (part)" if len(table.primary_key) > 1 else "") + ".")
    for col, ref in table.foreign_keys:
        if col == column:
            notes.append(f"Foreign key → {ref}.")
    return " ".join(notes)


def create_views(con: duckdb.DuckDBPyConnection, output_dir: Path, *, comments: bool = False) -> None:
    """Create one view per table of ``output_dir`` and the analyst views in ``con``.

    The statements go to DuckDB as one script (one call instead of one per column comment)."""
    script = [f"CREATE OR REPLACE VIEW {_ident(table.name)} AS {base_view_sql(table, output_dir)}" for table in TABLES]
    script += [f"CREATE OR REPLACE VIEW {_ident(view.name)} AS {view.sql}" for view in ANALYST_VIEWS]
    if comments:
        for table in TABLES:
            script.append(f"COMMENT ON VIEW {_ident(table.name)} IS {_literal(table.description)}")
            for c in table.columns:
                text = " ".join(x for x in (c.description, _key_note(table, c.name)) if x)
                script.append(f"COMMENT ON COLUMN {_ident(table.name)}.{_ident(c.name)} IS {_literal(text)}")
        script += [f"COMMENT ON VIEW {_ident(view.name)} IS {_literal(view.description)}" for view in ANALYST_VIEWS]
    con.execute(";\n".join(script))


def _create_dictionary(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""CREATE TABLE data_dictionary (table_name VARCHAR, ordinal INTEGER, column_name VARCHAR,
                   data_type VARCHAR, nullable BOOLEAN, primary_key BOOLEAN, foreign_key VARCHAR,
                   description VARCHAR, example VARCHAR)""")
    rows = []
    for table in TABLES:
        refs = dict(table.foreign_keys)
        for i, c in enumerate(table.columns, 1):
            rows.append((table.name, i, c.name, sql_type(c.type), c.nullable, c.name in table.primary_key,
                         refs.get(c.name), c.description, c.example))
    # One INSERT of every row (executemany runs one statement per row: ~0.2 s of a run's CPU).
    con.execute("INSERT INTO data_dictionary VALUES " + ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(rows)),
                [v for row in rows for v in row])
    con.execute("COMMENT ON TABLE data_dictionary IS 'Every column of every table: type, keys, meaning, example.'")


def connect(output_dir: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with every view over ``output_dir`` (for queries and notebooks)."""
    con = duckdb.connect(":memory:")
    create_views(con, output_dir)
    return con


def build_database(output_dir: Path, progress: Callable[[str, int, int, str], None] | None = None) -> Path:
    """Write ``output_dir/knowledge.duckdb`` atomically (a temporary file, then os.replace)."""
    output_dir = output_dir.resolve()
    target = output_dir / DATABASE_NAME
    tmp = output_dir / f".{DATABASE_NAME}.{uuid.uuid4().hex}.tmp"
    try:
        con = duckdb.connect(str(tmp))
        try:
            create_views(con, output_dir, comments=True)
            _create_dictionary(con)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)
    if progress:
        progress("database", 1, 1, DATABASE_NAME)
    return target


if __name__ == "__main__":
    print(build_database(Path(sys.argv[1] if len(sys.argv) > 1 else "outputs")))
