"""Every language of languages.csv has the phrase by which a role names its organisation "the cluster"
(data/role_org_kind_phrases.csv), and a person ("name"), organisation and office ("function") column header in
data/table_column_headers_languages.csv, so a people table's header is read whatever language it is in."""
from __future__ import annotations

from pipeline.data_files import language_gaps
from pipeline.extract.role_org_kind_phrases import kind_phrase_rows
from pipeline.extract.table_cells import header_languages


def test_table_column_headers_cover_every_language(settings):
    rows = header_languages(settings.data_dir)
    assert rows
    assert language_gaps(settings.data_dir, [(r["concept"], r["lang"]) for r in rows]) == {}


def test_table_column_header_rows_are_well_formed(settings):
    for r in header_languages(settings.data_dir):
        assert r["kind"] in {"person", "org", "role"}, r
        assert r["header"] and r["header"] == r["header"].strip().lower(), r


def test_kind_phrases_cover_every_language(settings):
    rows = kind_phrase_rows(settings.data_dir)
    assert language_gaps(settings.data_dir, [(r["concept"], r["lang"]) for r in rows]) == {}
    assert all(r["position"] in {"after", "before"} and r["phrase"] and r["noun"] for r in rows)
