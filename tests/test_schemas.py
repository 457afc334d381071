"""The table contract: schemas round-trip through Parquet, and the records round-trip through JSON."""
from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.records import (
    DateMention, DocumentInfo, DocumentResult, EventMention, KeyMessage, OrgMention, Page, PersonMention, Problem,
    RoleMention, Sentence, document_result_from_json, to_json,
)
from pipeline.schemas import TABLES, TABLES_BY_NAME

REQUIRED_COLUMNS = {
    "documents": ["doc_id", "source_path", "title", "doc_type", "published_date", "language", "n_pages", "n_chars",
                  "content_sha256", "status", "processed_at", "pipeline_version"],
    "document_texts": ["doc_id", "text"],
    "people": ["person_id", "name", "aliases"],
    "organisations": ["org_id", "name", "acronym", "aliases", "org_type", "country"],
    "events": ["event_id", "name", "event_type", "start_date", "end_date", "date_precision", "city", "country"],
    "mentions": ["doc_id", "entity_type", "entity_id", "text", "start_char", "end_char", "page", "sentence"],
    "roles": ["doc_id", "person_id", "role", "org_id", "start_char", "end_char"],
    "dates": ["doc_id", "text", "start_date", "end_date", "precision", "start_char", "end_char"],
    "key_messages": ["doc_id", "ordinal", "text", "section", "start_char", "end_char"],
    "errors": ["source_path", "stage", "error_type", "message", "occurred_at"],
}


def test_schemas_hold_the_contracted_columns_and_types():
    for name, cols in REQUIRED_COLUMNS.items():
        assert set(cols) <= set(TABLES_BY_NAME[name].column_names), name
    s = TABLES_BY_NAME["documents"].schema
    assert s.field("published_date").type == pa.date32()
    assert s.field("n_pages").type == pa.int32()
    assert s.field("n_chars").type == pa.int64()
    assert s.field("processed_at").type == pa.timestamp("us", tz="UTC")
    assert TABLES_BY_NAME["people"].schema.field("aliases").type == pa.list_(pa.string())
    assert TABLES_BY_NAME["events"].schema.field("start_date").type == pa.date32()


def test_schemas_every_column_is_described_with_an_example():
    for table in TABLES:
        assert table.description and table.primary_key
        for col in table.columns:
            assert col.description.strip() and col.example.strip(), (table.name, col.name)
        for col, ref in table.foreign_keys:
            ref_table, ref_col = ref.split(".")
            assert col in table.column_names and ref_col in TABLES_BY_NAME[ref_table].column_names


def _value_strategy(field: pa.Field):
    t = field.type
    if pa.types.is_string(t):
        base = st.text(max_size=30)
    elif pa.types.is_int32(t):
        base = st.integers(-(2**31), 2**31 - 1)
    elif pa.types.is_int64(t):
        base = st.integers(-(2**63), 2**63 - 1)
    elif pa.types.is_boolean(t):
        base = st.booleans()
    elif pa.types.is_float64(t):
        base = st.floats(allow_nan=False)  # NaN is never equal to itself: no round trip to compare
    elif pa.types.is_date32(t):
        base = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
    elif pa.types.is_timestamp(t):
        base = st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1), timezones=st.just(dt.timezone.utc))
    elif pa.types.is_list(t):
        base = st.lists(st.text(max_size=10), max_size=3)
    else:  # pragma: no cover - a new type must be added here
        raise AssertionError(f"no strategy for {t}")
    return base if not field.nullable else st.one_of(st.none(), base)


def _rows_for(name: str):
    schema = TABLES_BY_NAME[name].schema
    return st.lists(st.fixed_dictionaries({f.name: _value_strategy(f) for f in schema}), max_size=5)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_schemas_parquet_round_trip_for_every_table(tmp_path, data):
    for table in TABLES:
        rows = data.draw(_rows_for(table.name), label=table.name)
        arrow = pa.Table.from_pylist(rows, schema=table.schema)
        path = tmp_path / f"{table.name}.parquet"
        pq.write_table(arrow, path)
        back = pq.read_table(path)
        assert back.schema.equals(table.schema, check_metadata=False)
        assert back.to_pylist() == arrow.to_pylist()


def test_records_json_round_trip_keeps_every_field():
    info = DocumentInfo("abc", "a.pdf", "pdf", "f" * 64, "T", "news", dt.date(2020, 12, 15), "submitted_by_line", "en", 2, 10, "partial")
    result = DocumentResult(
        info=info, text="0123456789", pages=(Page(1, 0, 5), Page(2, 5, 10, "blank")), sentences=(Sentence(0, 10),),
        people=(PersonMention("abc", 0, 3, "012", "Ann Lee", "ner:PERSON", "Dr"),),
        organisations=(OrgMention("abc", 3, 5, "34", "European Commission", "gazetteer", "EC", "eu_institution", None),),
        events=(EventMention("abc", 5, 7, "56", "Forum", "forum", "pattern", dt.date(2019, 3, 14), dt.date(2019, 3, 14), "day",
                             "Brussels", "Belgium", ("European Commission",), 4),),
        dates=(DateMention("abc", 7, 9, "78", dt.date(2019, 5, 1), dt.date(2019, 5, 31), "month", "pattern", True),),
        roles=(RoleMention("abc", 0, 5, "01234", "Ann Lee", "Head of Unit", "pattern", "European Commission"),),
        key_messages=(KeyMessage("abc", 1, 0, 10, "0123456789", "Key messages", "list"),),
        problems=(Problem("ingest", "page_failed", "page 2 could not be read", 2),),
    )
    assert document_result_from_json(to_json(result)) == result
