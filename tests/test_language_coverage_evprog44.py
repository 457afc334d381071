"""Every concept whose forms name a programme's own item (``item concept`` and ``plain concept`` rows of
``pipeline/data/event_programme_items.csv``) is a concept of ``event_noun_concepts.csv`` with a form in every language
of ``pipeline/data/languages.csv``."""
from __future__ import annotations

from pipeline.config import DATA_DIR
from pipeline.data_files import data_table, language_gaps


def test_language_coverage_programme_item_concepts():
    items = data_table(DATA_DIR / "event_programme_items.csv")[1]
    concepts = {r["word"].strip() for r in items if r["kind"].strip() in ("item concept", "plain concept")}
    assert concepts == {"b2b_meetings", "company_visit", "study_visit", "round_table", "award_ceremony", "open_day",
                        "workshop", "dinner", "lunch", "excursion", "guided_tour", "social_evening", "tasting",
                        "signing_ceremony", "opening_ceremony", "reception"}
    rows = [r for r in data_table(DATA_DIR / "event_noun_concepts.csv")[1] if r["concept"] in concepts]
    assert {r["concept"] for r in rows} == concepts
    assert language_gaps(DATA_DIR, [(r["concept"], r["language"]) for r in rows if r["form"].strip()]) == {}
