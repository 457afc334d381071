"""Every concept of ``data/event_minutes_labels.csv`` (the label of minutes or a summary in a title line) has a form in
every language of ``data/languages.csv``: the minutes of a language the blind sets have not shown yet are read too."""
from __future__ import annotations

from pathlib import Path

from pipeline.data_files import language_gaps
from pipeline.language_coverage import lexicon

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"


def test_event_minutes_labels_cover_every_language():
    pairs = lexicon("event_minutes_labels.csv", DATA).pairs(DATA)
    assert {c for c, _ in pairs} == {"minutes", "summary"}
    assert language_gaps(DATA, list(pairs)) == {}
