"""Key-message headings, lead-ins and question verbs (data/key_message_languages.csv): every concept has a form in
every language of data/languages.csv."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.data_files import data_table, language_gaps

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"
ROWS = data_table(DATA / "key_message_languages.csv")[1]


@pytest.mark.parametrize("kind", ["heading", "lead_in", "question"])
def test_key_message_languages_cover_every_language(kind):
    pairs = [(r["concept"], r["language"]) for r in ROWS if r["kind"] == kind]
    assert pairs
    assert language_gaps(DATA, pairs) == {}


def test_key_message_languages_concepts():
    concepts = {r["concept"] for r in ROWS if r["kind"] == "heading"}
    assert {"conclusions", "recommendations", "findings", "key messages", "lessons learnt", "outcomes", "decisions",
            "resolutions", "strengths", "areas for improvement"} <= concepts
    assert {"recommendations", "calls for", "agreed", "decided", "proposes", "stressed", "conclusions", "findings"} <= {
        r["concept"] for r in ROWS if r["kind"] == "lead_in"}


def test_key_message_languages_rows_are_whole():
    """Every row names a kind, a concept and a phrase; no phrase repeats within its kind and concept."""
    seen = set()
    for r in ROWS:
        key = (r["language"], r["kind"], r["concept"], r["phrase"])
        assert all(key) and key not in seen, key
        seen.add(key)
