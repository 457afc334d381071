"""knowledge.duckdb: typed views over the Parquet files, analyst views, atomic rebuild."""
from __future__ import annotations

import datetime as dt
import os

import duckdb
import pyarrow.parquet as pq
import pytest
from conftest import write_tables

from pipeline.analyst.duckdb import ANALYST_VIEWS, DATABASE_NAME, build_database, connect, sql_type
from pipeline.schemas import TABLES

TS = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def _doc(doc_id: str, published: dt.date | None, path: str | None = None, status: str = "ok") -> dict:
    return {"doc_id": doc_id, "source_path": path or f"{doc_id}.txt", "title": doc_id, "doc_type": "news",
            "published_date": published, "published_date_source": None, "language": "en", "n_pages": None,
            "n_chars": 100, "content_sha256": doc_id * 4, "status": status, "processed_at": TS,
            "pipeline_version": "0", "format": "txt"}


def _mention(doc_id: str, kind: str, entity_id: str, start: int) -> dict:
    return {"doc_id": doc_id, "entity_type": kind, "entity_id": entity_id, "text": "x", "start_char": start,
            "end_char": start + 1, "page": None, "sentence": "x", "rule": "test"}


def _role(doc_id: str, person: str, role: str, org: str | None, as_of: dt.date | None, start: int) -> dict:
    return {"doc_id": doc_id, "person_id": person, "role": role, "org_id": org, "start_char": start,
            "end_char": start + 5, "page": None, "as_of": as_of, "rule": "test"}


@pytest.fixture
def synthetic(tmp_path):
    """Two documents (2019 and undated), one person with two roles, one organisation, one event."""
    rows = {
        "documents": [_doc("d1", dt.date(2019, 5, 1)), _doc("d2", None), _doc("d3", dt.date(2021, 2, 1))],
        "people": [{"person_id": "p1", "name": "Ann Example", "aliases": ["Example", "A. Example"], "n_mentions": 2, "n_documents": 2},
                   {"person_id": "p2", "name": "No Role", "aliases": [], "n_mentions": 1, "n_documents": 1}],
        "organisations": [{"org_id": "o1", "name": "Example Agency", "acronym": "EA", "aliases": ["EA"], "org_type": "agency",
                           "country": None, "n_mentions": 4, "n_documents": 3},
                          {"org_id": "o2", "name": "Second Body", "acronym": None, "aliases": [], "org_type": None,
                           "country": None, "n_mentions": 0, "n_documents": 0}],
        "events": [{"event_id": "e1", "name": "Example Forum", "event_type": "forum", "start_date": dt.date(2019, 6, 3),
                    "end_date": dt.date(2019, 6, 4), "date_precision": "day", "city": "Vienna", "country": "Austria",
                    "edition": 2, "status": "past", "n_mentions": 1, "n_documents": 1}],
        "event_organisers": [{"event_id": "e1", "org_id": "o1", "doc_id": "d1", "start_char": 0, "end_char": 9, "rule": "test"},
                             {"event_id": "e1", "org_id": "o2", "doc_id": "d1", "start_char": 20, "end_char": 29, "rule": "test"}],
        "mentions": [_mention("d1", "organisation", "o1", 0), _mention("d1", "organisation", "o1", 10),
                     _mention("d2", "organisation", "o1", 0), _mention("d3", "organisation", "o1", 0),
                     _mention("d1", "event", "e1", 30), _mention("d1", "person", "p1", 40)],
        "roles": [_role("d1", "p1", "Policy Officer", "o1", None, 40),  # as_of null: the document's 2019 date counts
                  _role("d3", "p1", "Head of Unit", "o1", None, 5),  # 2021: the latest
                  _role("d2", "p1", "Speaker", None, None, 7)],  # undated: never the latest while dated ones exist
        "key_messages": [{"doc_id": "d1", "ordinal": 1, "text": "Clusters matter.", "section": "Key messages",
                          "start_char": 50, "end_char": 66, "page": None, "event_id": "e1", "rule": "test"}],
        "errors": [{"source_path": "d2.txt", "doc_id": "d2", "stage": "ingest", "error_type": "page_failed",
                    "message": "page 2 unreadable", "page": 2, "occurred_at": TS}],
    }
    return write_tables(tmp_path / "out", rows)


def test_duckdb_views_have_the_schema_types(analyst_run):
    con = duckdb.connect(str(analyst_run / DATABASE_NAME), read_only=True)
    for table in TABLES:
        described = con.sql(f'DESCRIBE "{table.name}"').fetchall()
        assert [(r[0], r[1]) for r in described] == [(c.name, sql_type(c.type)) for c in table.columns], table.name
    assert sql_type(TABLES[0].schema.field("published_date").type) == "DATE"
    con.close()


def test_duckdb_views_show_every_parquet_row(analyst_run):
    con = duckdb.connect(str(analyst_run / DATABASE_NAME), read_only=True)
    for table in TABLES:
        n = pq.read_table(analyst_run / f"{table.name}.parquet").num_rows
        assert con.sql(f'SELECT count(*) FROM "{table.name}"').fetchall() == [(n,)], table.name
    con.close()


def test_duckdb_database_opens_from_any_directory(analyst_run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a BI tool's working directory is not the output folder
    con = duckdb.connect(str(analyst_run / DATABASE_NAME), read_only=True)
    (n_docs,), = con.sql("SELECT count(*) FROM documents").fetchall()
    (n_overview,), = con.sql("SELECT count(*) FROM document_overview").fetchall()
    con.close()
    assert n_docs == n_overview == pq.read_table(analyst_run / "documents.parquet").num_rows > 0


def test_duckdb_analyst_views_have_one_row_per_entity(analyst_run):
    con = duckdb.connect(str(analyst_run / DATABASE_NAME), read_only=True)
    count = lambda sql: con.sql(sql).fetchall()[0][0]  # noqa: E731
    assert count("SELECT count(*) FROM event_overview") == count("SELECT count(*) FROM events")
    assert count("SELECT count(*) FROM people_latest_role") == count("SELECT count(*) FROM people")
    assert count("SELECT count(*) FROM key_messages_overview") == count("SELECT count(*) FROM key_messages")
    assert count("SELECT coalesce(sum(n_mentions), 0) FROM organisation_mentions_by_year") == \
        count("SELECT count(*) FROM mentions WHERE entity_type = 'organisation'")
    assert count("SELECT count(*) FROM data_dictionary") == sum(len(t.columns) for t in TABLES)
    views = {r[0] for r in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    con.close()
    assert views == {t.name for t in TABLES} | {v.name for v in ANALYST_VIEWS}


def test_duckdb_columns_carry_descriptions_and_keys(analyst_run):
    con = duckdb.connect(str(analyst_run / DATABASE_NAME), read_only=True)
    comments = dict(con.sql("SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'roles'").fetchall())
    con.close()
    assert "Foreign key → people.person_id" in comments["person_id"]
    assert "Primary key" in comments["doc_id"]


def test_duckdb_latest_role_uses_as_of_then_document_date(synthetic):
    con = connect(synthetic)
    rows = con.sql("SELECT person_id, role, organisation, role_as_of, n_role_statements FROM people_latest_role "
                   "ORDER BY person_id").fetchall()
    con.close()
    assert rows == [("p1", "Head of Unit", "Example Agency", dt.date(2021, 2, 1), 3), ("p2", None, None, None, 0)]


def test_duckdb_mentions_by_year_use_the_document_year(synthetic):
    con = connect(synthetic)
    rows = con.sql("SELECT year, n_mentions, n_documents FROM organisation_mentions_by_year "
                   "WHERE org_id = 'o1' ORDER BY year NULLS LAST").fetchall()
    con.close()
    assert rows == [(2019, 2, 1), (2021, 1, 1), (None, 1, 1)]


def test_duckdb_event_overview_joins_organisers_and_documents(synthetic):
    con = connect(synthetic)
    row = con.sql("SELECT organisers, n_organisers, documents, n_reporting_documents, n_days, first_reported "
                  "FROM event_overview WHERE event_id = 'e1'").fetchall()
    km = con.sql("SELECT event_name, document_title FROM key_messages_overview").fetchall()
    overview = con.sql("SELECT doc_id, n_organisation_mentions, n_errors, errors FROM document_overview ORDER BY doc_id").fetchall()
    aliases = con.sql("SELECT alias FROM people_aliases ORDER BY alias").fetchall()
    con.close()
    assert row == [("Example Agency; Second Body", 2, "d1.txt", 1, 2, dt.date(2019, 5, 1))]
    assert km == [("Example Forum", "d1")]
    assert overview[1] == ("d2", 1, 1, "page_failed (page 2): page 2 unreadable")
    assert aliases == [("A. Example",), ("Example",)]


def test_duckdb_missing_table_file_is_an_empty_typed_view(synthetic):
    os.remove(synthetic / "merges.parquet")
    con = connect(synthetic)
    assert con.sql("SELECT count(*) FROM merges").fetchall() == [(0,)]
    types = [r[1] for r in con.sql("DESCRIBE merges").fetchall()]
    con.close()
    assert types == ["VARCHAR"] * 6


def test_duckdb_rebuild_replaces_the_file_and_leaves_no_temporary(synthetic):
    first = build_database(synthetic)
    inode = first.stat().st_ino
    second = build_database(synthetic)
    assert second == synthetic.resolve() / DATABASE_NAME
    assert second.stat().st_ino != inode  # a new file moved into place, not rewritten in place
    assert sorted(p.name for p in synthetic.iterdir() if not p.name.endswith(".parquet")) == [DATABASE_NAME]


def test_duckdb_views_follow_the_table_links_not_one_published_set(analyst_run):
    con = duckdb.connect(str(analyst_run / DATABASE_NAME), read_only=True)
    sql = con.sql("SELECT sql FROM duckdb_views() WHERE view_name = 'documents'").fetchall()[0][0]
    con.close()
    # documents is a folder of parts: the view globs its parts through the link
    assert f"'{analyst_run}/documents.parquet/*.parquet'" in sql or f"'{analyst_run.resolve()}/documents.parquet/*.parquet'" in sql
    assert ".state" not in sql


def test_duckdb_entity_lookup_follows_redirects_to_the_current_id(tmp_path):
    later = TS + dt.timedelta(days=30)
    rows = {
        "organisations": [{"org_id": "o1", "name": "Example Agency", "acronym": "EA", "aliases": ["EA"], "org_type": None,
                           "country": None, "n_mentions": 2, "n_documents": 2}],
        "people": [{"person_id": "p1", "name": "Ann Example", "aliases": [], "n_mentions": 1, "n_documents": 1}],
        "entity_redirects": [
            {"entity_type": "organisation", "old_id": "o9", "new_id": "o1", "reason": "merged", "first_published": TS, "retired_at": later},
            {"entity_type": "event", "old_id": "e9", "new_id": None, "reason": "withdrawn", "first_published": TS, "retired_at": later}],
    }
    con = connect(write_tables(tmp_path / "out", rows))
    found = con.sql("SELECT entity_type, entity_id, current_id, current_name, status, retired_at FROM entity_lookup "
                    "ORDER BY entity_type, entity_id").fetchall()
    con.close()
    assert found == [("event", "e9", None, None, "withdrawn", later),
                     ("organisation", "o1", "o1", "Example Agency", "current", None),
                     ("organisation", "o9", "o1", "Example Agency", "merged", later),
                     ("person", "p1", "p1", "Ann Example", "current", None)]
