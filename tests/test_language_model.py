"""py3langid's model unpacked once into the user's cache (language_model.py): the same model as py3langid's own
loader builds, written once and read back, and py3langid's loader when the cache cannot be written."""
from __future__ import annotations

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from pipeline.language_model import load_identifier

FIELDS = ("nb_ptc", "nb_pc", "nb_classes", "tk_nextmove", "tk_row", "tk_output", "_norm_probs")


@pytest.fixture(scope="module")
def reference():
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _same(a, b) -> bool:
    for name in FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if isinstance(x, np.ndarray):
            if x.dtype != y.dtype or not np.array_equal(x, y):
                return False
        elif x != y:
            return False
    return True


def test_the_cached_model_is_the_shipped_one_and_is_written_once(tmp_path, monkeypatch, reference):
    monkeypatch.setenv("CLUSTER_KB_CACHE", str(tmp_path / "cache"))
    first = load_identifier(norm_probs=True)
    files = list((tmp_path / "cache").iterdir())
    assert [f.name.startswith("py3langid-") and f.suffix == ".npz" for f in files] == [True]
    stamp = files[0].stat().st_mtime_ns
    second = load_identifier(norm_probs=True)
    assert files[0].stat().st_mtime_ns == stamp  # read back, not written again
    assert _same(first, reference) and _same(second, reference)
    text = "Der Vorstand des Vereins hat beschlossen, die Mitgliederversammlung in den Herbst zu verschieben."
    assert second.classify(text) == reference.classify(text)


def test_a_cache_that_cannot_be_written_falls_back_to_py3langid(tmp_path, monkeypatch, reference):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CLUSTER_KB_CACHE", str(blocked / "cache"))
    assert _same(load_identifier(norm_probs=True), reference)
    assert blocked.read_text() == "not a folder"


def test_a_broken_cached_archive_falls_back_to_py3langid(tmp_path, monkeypatch, reference):
    monkeypatch.setenv("CLUSTER_KB_CACHE", str(tmp_path))
    load_identifier(norm_probs=True)
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(b"truncated")
    assert _same(load_identifier(norm_probs=True), reference)
    assert not cached.exists()  # dropped, and unpacked afresh by the next process
    assert _same(load_identifier(norm_probs=True), reference) and cached.stat().st_size > 1_000_000
