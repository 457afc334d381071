"""Coverage of data/org_head_concepts.csv: every concept of organisation head word (cluster, association, university,
municipality, chamber of commerce, …) has a form in every language of data/languages.csv, and every form feeds a
reader (data_files.org_head_words)."""
from __future__ import annotations

from pathlib import Path

from pipeline.data_files import data_table, language_gaps, org_head_words
from pipeline.language_coverage import lexicon

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"
CONCEPTS = {"cluster", "association", "network", "university", "faculty", "institute", "research_centre", "technology_park",
            "chamber_of_commerce", "municipality", "region", "agency", "development_agency", "ministry", "office", "school",
            "company", "state_enterprise", "cooperative", "foundation", "federation", "centre"}


def test_org_head_concepts_cover_every_language():
    assert language_gaps(DATA, lexicon("org_head_concepts.csv", DATA).pairs(DATA)) == {}


def test_org_head_concepts_are_the_listed_ones():
    assert {concept for concept, _ in lexicon("org_head_concepts.csv", DATA).pairs(DATA)} == CONCEPTS


def test_every_org_head_form_feeds_a_reader_in_its_case():
    rows = data_table(DATA / "org_head_concepts.csv")[1]
    assert rows
    for row in rows:
        form, use = row["form"], row["use"]
        assert use in ("front", "last", "lower", "closing", "compound"), row
        assert form[:1].isupper() == (use in ("front", "last")), row
        assert use != "compound" or " " not in form, row
    words = org_head_words(DATA)
    assert "Mesto" in words["front"] and "Üniversitesi" in words["last"] and "yliopisto" in words["closing"]
    assert "parken" in words["compound"] and "centrum" in words["lower"]
