"""The ``sentence`` and ``page`` columns of the mention-level tables: the sentence holding a
mention, or its line when the mention crosses a sentence boundary, and its page; the sentence and
page starts may be computed once per document."""
from __future__ import annotations

from hypothesis import given, settings as hsettings, strategies as st

from pipeline.records import Sentence
from pipeline.tables import page_of, sentence_of

TEXT = "Ana Lima chairs Agri Hub.  She met Bo Ek in Oslo.\nThe forum ends on 3 May 2025."
SENTENCES = [Sentence(0, 25), Sentence(27, 49), Sentence(50, 79)]


def test_tables_sentence_of_a_mention_inside_one_sentence():
    assert sentence_of(TEXT, SENTENCES, 35, 40) == "She met Bo Ek in Oslo."
    assert sentence_of(TEXT, SENTENCES, 0, 8) == "Ana Lima chairs Agri Hub."
    assert sentence_of(TEXT, SENTENCES, 54, 59) == "The forum ends on 3 May 2025."


def test_tables_sentence_of_a_mention_across_sentences_is_its_line():
    assert sentence_of(TEXT, SENTENCES, 16, 30) == "Ana Lima chairs Agri Hub. She met Bo Ek in Oslo."


@hsettings(max_examples=200, deadline=None)
@given(st.integers(0, len(TEXT) - 1), st.integers(1, 12))
def test_tables_sentence_of_with_precomputed_starts_is_the_same(start, length):
    end = min(start + length, len(TEXT))
    starts = [s.start for s in SENTENCES]
    assert sentence_of(TEXT, SENTENCES, start, end, starts) == sentence_of(TEXT, SENTENCES, start, end)


def test_tables_page_of_with_precomputed_starts_is_the_same():
    from pipeline.records import Page

    pages = [Page(1, 0, 30), Page(2, 30, 60), Page(3, 60, 79)]
    starts = [p.start for p in pages]
    assert [page_of(pages, o, starts) for o in (0, 29, 30, 61, 78)] == [1, 1, 2, 3, 3]
    assert all(page_of(pages, o, starts) == page_of(pages, o) for o in range(79))
    assert page_of([], 5, []) is None
