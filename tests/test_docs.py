"""The data dictionary (docs/tables.md) and README tables section are generated and current."""
from __future__ import annotations

import dataclasses

import pyarrow as pa
import pytest

import pipeline.docs as docs
from pipeline.schemas import TABLES, Column


def test_docs_generated_files_are_current():
    stale = docs.stale_files()
    assert stale == [], f"stale: {stale}; run .venv/bin/python -m pipeline.docs and commit the result"
    assert docs.main(["--check"]) == 0


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_docs_every_column_is_documented(table):
    tables_md = docs.TABLES_MD.read_text(encoding="utf-8")
    section = tables_md.split(f"### `{table.name}`", 1)[1].split("\n### ", 1)[0]
    readme = docs.README.read_text(encoding="utf-8")
    readme_row = next(line for line in readme.splitlines() if line.startswith(f"| `{table.name}` |"))
    assert table.description.strip()
    for c in table.columns:
        assert c.description.strip() and c.example.strip(), f"{table.name}.{c.name} needs a description and an example"
        assert f"| `{c.name}` |" in section, f"{table.name}.{c.name} missing from docs/tables.md"
        assert f"`{c.name}`" in readme_row, f"{table.name}.{c.name} missing from the README tables section"


def test_docs_check_fails_when_a_column_is_added(monkeypatch, capsys):
    extra = Column("new_column", pa.string(), "A column nobody documented yet.", "x")
    changed = tuple(dataclasses.replace(t, columns=t.columns + (extra,)) if t.name == "events" else t for t in TABLES)
    monkeypatch.setattr(docs, "TABLES", changed)
    assert docs.stale_files() == [docs.TABLES_MD, docs.README]
    assert docs.main(["--check"]) == 1
    assert "stale: docs/tables.md" in capsys.readouterr().err


def test_docs_diagram_has_every_foreign_key():
    diagram = docs.mermaid(all_columns=False)
    for table in TABLES:
        for column, ref in table.foreign_keys:
            assert f'{ref.split(".")[0]} ' in diagram and f'{table.name} : "{column}"' in diagram
        for pk in table.primary_key:
            assert any(line.strip().split()[1:3] in ([pk, "PK"], [pk, "PK,"]) for line in diagram.splitlines()
                       if len(line.strip().split()) >= 3), f"{table.name}.{pk}"


def test_docs_readme_section_replaces_only_between_markers(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{docs.BEGIN}\nold text\n{docs.END}\noutro\n", encoding="utf-8")
    tables = tmp_path / "tables.md"
    docs.write_docs(readme, tables)
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("intro\n" + docs.BEGIN) and text.endswith(docs.END + "\noutro\n")
    assert "old text" not in text and "erDiagram" in text
    assert docs.stale_files(readme, tables) == []
