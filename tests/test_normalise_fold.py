"""normalise.fold, the matching key: the ASCII shortcut gives what the full Unicode path gives."""
from __future__ import annotations

import pytest

from pipeline.normalise import fold


@pytest.mark.parametrize("text, key", [
    ("Jean-Luc  O'Brien", "jean luc o'brien"),
    ("Ålesund — Søren’s  Straße", "alesund soren's strasse"),
    ("R&D `Lab` (łódź) đak", "r&d 'lab' lodz dak"),
    ("ﬁne ②", "fine 2"),
    ("", ""),
])
def test_fold_keys(text, key):
    assert fold(text) == key


def test_fold_ascii_shortcut_matches_unicode_path():
    # The same words with a non-ASCII space forced through NFKD: the key must not depend on the path.
    for text in ("Anna-Maria Nowak", "EU Cluster's Forum 2024", "a_b.c,d;e!f?g"):
        assert fold(text) == fold(text + "\u00a0")
