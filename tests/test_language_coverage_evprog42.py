"""Every concept of the programme day-heading lexicon (the "Day" label and the seven weekdays) in every language of
``pipeline/data/languages.csv``."""
from __future__ import annotations

from pipeline.config import DATA_DIR
from pipeline.data_files import data_table, language_gaps


def test_language_coverage_programme_day_headings():
    rows = data_table(DATA_DIR / "programme_day_headings.csv")[1]
    assert {r["concept"] for r in rows} == {"day", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
    assert language_gaps(DATA_DIR, [(r["concept"], r["language"]) for r in rows]) == {}
