"""Both concepts of ``data/event_edition_nouns.csv`` (the noun for one edition of a recurring event and its plural) have
a form in every language of ``data/languages.csv``: "the editions of 2028 and 2030" is read in the next unseen
document's language as in those the blind sets have shown."""
from __future__ import annotations

from pathlib import Path

from pipeline.data_files import language_gaps
from pipeline.language_coverage import lexicon

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"


def test_edition_nouns_cover_every_language():
    pairs = lexicon("event_edition_nouns.csv", DATA).pairs(DATA)
    assert {c for c, _ in pairs} == {"edition", "editions"}
    assert language_gaps(DATA, pairs) == {}
