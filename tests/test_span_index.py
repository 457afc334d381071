"""The local look-ups extraction uses over a big document's offsets: each answers exactly what a scan
of every span would answer, and the work per query does not grow with the number of spans (counted,
not timed: four times the spans, the same comparisons per query). A quadratic scan inside a part
(a 500,000-character part, per mention) is what kept a 30 MB text from completing."""
from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from pipeline.extract.span_index import SpanIndex, any_in, first_after, last_words, literal_spans, phrase_spans

spans_st = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=40)
query_st = st.tuples(st.integers(-5, 80), st.integers(0, 15)).map(lambda p: (p[0], p[0] + p[1]))


@given(spans=spans_st, queries=st.lists(query_st, min_size=1, max_size=10))
@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_span_index_answers_as_a_full_scan(spans, queries):
    index = SpanIndex(spans)
    for start, end in queries:
        assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
        assert index.covers(start, end) == any(s <= start and end <= e for s, e in spans)
        assert index.overlapping(start, end) == [i for i, (s, e) in enumerate(spans) if s < end and start < e]


@given(spans=spans_st, queries=st.lists(query_st, min_size=1, max_size=10))
@hsettings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_span_index_grown_while_queried_answers_as_a_full_scan(spans, queries):
    # The way dates and people use it: a span is taken, then the next candidate is checked against all taken so far.
    index, taken = SpanIndex(), []
    for (s, e), (qs, qe) in zip(spans, queries * (len(spans) // len(queries) + 1)):
        assert index.overlaps(qs, qe) == any(a < qe and qs < b for a, b in taken)
        assert index.covers(qs, qe) == any(a <= qs and qe <= b for a, b in taken)
        index.add(s, e)
        taken.append((s, e))


@given(offsets=st.lists(st.integers(0, 50), max_size=30), lo=st.integers(-2, 55), width=st.integers(0, 20),
       but=st.one_of(st.none(), st.integers(0, 50)))
def test_span_index_offset_lookups_answer_as_a_full_scan(offsets, lo, width, but):
    ordered = sorted(offsets)
    hi = lo + width
    assert first_after(ordered, lo, hi) == min([p for p in offsets if lo < p < hi] + [hi])
    assert any_in(ordered, lo, hi) == any(lo <= p < hi for p in offsets)
    assert any_in(ordered, lo, hi, but=but) == any(lo <= p < hi and p != but for p in offsets)


def _taken_mentions(n: int) -> tuple[SpanIndex, list[tuple[int, int]]]:
    """``n`` short mentions (a name, a date) spread over a text, about one per 60 characters."""
    rng = random.Random(n)
    spans = [(i * 60 + rng.randrange(20), 0) for i in range(n)]
    spans = [(s, s + rng.randrange(3, 30)) for s, _ in spans]
    return SpanIndex(spans), spans


@pytest.mark.parametrize("query", ["overlaps", "covers", "overlapping"])
def test_span_index_work_per_query_does_not_grow_with_the_part(query):
    per_query = []
    for n in (2_000, 8_000):
        index, spans = _taken_mentions(n)
        for s, e in spans:
            getattr(index, query)(s, e)
        per_query.append(index.comparisons / n)
    # A scan of every span would read n spans per query (2,000 then 8,000); the index reads the few nearby.
    assert per_query[0] < 5 and per_query[1] < 5
    assert per_query[1] <= per_query[0] * 1.5


def test_span_index_one_long_span_widens_the_window_but_stays_exact():
    index = SpanIndex([(0, 5_000), (6_000, 6_010)])
    assert index.overlaps(4_999, 5_001) and not index.overlaps(5_000, 6_000)
    assert index.covers(10, 20) and not index.covers(4_990, 5_010)


WORDS = ["Jane", "Doe", "jane", "Janet", "doe", "-Jane", "xJane", "Jane-Doe", "JaneDoe", "Jo", "\n", " ", "  ", "\t", ",", "."]


GAPS = {"line": r"[ \t]*\n?[ \t]*", "space": r"[ \t\n]+", "any": r"\s+"}


@given(parts=st.lists(st.sampled_from(WORDS), max_size=40), bounds=st.tuples(st.integers(0, 60), st.integers(0, 60)))
@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_phrase_spans_find_what_a_word_bounded_regex_finds(parts, bounds):
    # the names of a document are looked up without compiling a pattern per name: the same spans as the regex
    # on the same slice
    text = "".join(parts)
    lo, hi = sorted(min(b, len(text)) for b in bounds)
    for name in ("Jane Doe", "Jane", "jane doe", "Jo Doe", "Doe Jane Doe", "Jane-Doe"):
        for gap, between in GAPS.items():
            pattern = re.compile(r"(?<![\w-])" + between.join(re.escape(w) for w in name.split()) + r"(?![\w-])")
            want = [(lo + m.start(), lo + m.end()) for m in pattern.finditer(text[lo:hi])]
            assert list(phrase_spans(text, name.split(), gap, lo, hi)) == want
        literal = [m.span() for m in re.finditer(re.escape(name), text)]
        assert list(literal_spans(text, name)) == literal
        assert list(phrase_spans(text, [name])) == [m.span() for m in re.finditer(
            r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]


def test_phrase_spans_compile_no_pattern():
    # a regex per name filled re's cache of 512 patterns and evicted the rules' own, which were then compiled
    # again and again (5,000 compiles per 100 documents)
    import re._compiler as compiler

    calls = []
    real = compiler.compile
    compiler.compile = lambda *a, **k: calls.append(a) or real(*a, **k)
    try:
        text = " ".join(f"Person{i:05d} met Jane Doe." for i in range(200))
        found = [list(phrase_spans(text, [f"Person{i:05d}", "met"])) for i in range(200)]
    finally:
        compiler.compile = real
    assert calls == [] and all(len(f) == 1 for f in found)


LINE_WORDS = ["Acme", "of", "&", "Ltd", "x", "3D", "Nord-Ost", ",", "(", "the"]


@given(parts=st.lists(st.tuples(st.sampled_from(LINE_WORDS), st.sampled_from([" ", " ", "  ", "\t", "", "\n"])), max_size=300),
       cut=st.floats(0, 1))
@hsettings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_span_index_last_words_of_a_line_are_those_a_full_scan_finds(parts, cut):
    text = "".join(w + s for w, s in parts)
    end = int(len(text) * cut)
    word = re.compile(r"[^\W_][\w'’.&+-]*|[&+]")
    line_start = text.rfind("\n", 0, end) + 1
    assert [m.span() for m in last_words(word, text, end)] == [m.span() for m in reversed(list(word.finditer(text, line_start, end)))]


def test_span_index_last_words_read_a_window_not_the_line():
    text = " ".join(["Acme"] * 200_000)  # a text without line breaks: one line of a million characters
    word = re.compile(r"[^\W_][\w'’.&+-]*|[&+]")
    read = []

    class Reading:
        def finditer(self, t, lo, hi):
            read.append(hi - lo)
            return word.finditer(t, lo, hi)

    seen = []
    for m in last_words(Reading(), text, len(text)):  # type: ignore[arg-type]
        seen.append(m)
        if len(seen) == 3:
            break
    assert [m.start() for m in seen] == [len(text) - 4, len(text) - 9, len(text) - 14]
    assert len(read) == 1 and read[0] <= 260  # one window of about 256 characters, not the million
