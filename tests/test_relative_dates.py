"""Relative and partial dates resolved against the document date."""
from __future__ import annotations

import datetime as dt

import pyarrow.parquet as pq
import pytest

from pipeline.extract.relative_dates import extract_relative_dates
from pipeline.records import DateMention

PUB = dt.date(2019, 5, 16)  # a Thursday


@pytest.mark.parametrize("text,expected_text,start,end,precision", [
    ("This week was the conference.", "This week", dt.date(2019, 5, 13), dt.date(2019, 5, 19), "day"),
    ("We met last year.", "last year", dt.date(2018, 1, 1), dt.date(2018, 12, 31), "year"),
    ("The call opens next month.", "next month", dt.date(2019, 6, 1), dt.date(2019, 6, 30), "month"),
    ("It takes place in June.", "in June", dt.date(2019, 6, 1), dt.date(2019, 6, 30), "month"),
    ("It runs until the end of April.", "the end of April", dt.date(2019, 4, 1), dt.date(2019, 4, 30), "month"),
    ("It runs since November last year.", "November last year", dt.date(2018, 11, 1), dt.date(2018, 11, 30), "month"),
    ("We met last June.", "last June", dt.date(2018, 6, 1), dt.date(2018, 6, 30), "month"),
    ("We meet next March.", "next March", dt.date(2020, 3, 1), dt.date(2020, 3, 31), "month"),
    ("It was said two weeks ago.", "two weeks ago", dt.date(2019, 5, 2), dt.date(2019, 5, 2), "day"),
    ("The jury met yesterday.", "yesterday", dt.date(2019, 5, 15), dt.date(2019, 5, 15), "day"),
    ("Results are expected by mid-June.", "mid-June", dt.date(2019, 6, 1), dt.date(2019, 6, 30), "month"),
    ("During the last week of November, clusters met.", "the last week of November", dt.date(2019, 11, 24), dt.date(2019, 11, 30), "day"),
    ("In the first week of June we meet.", "the first week of June", dt.date(2019, 6, 1), dt.date(2019, 6, 7), "day"),
    ("Earlier this year the network grew.", "Earlier this year", dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year"),
])
def test_relative_dates_resolved_against_published_date(text, expected_text, start, end, precision):
    (m,) = extract_relative_dates("d", text, PUB)
    assert (m.text, m.start_date, m.end_date, m.precision, m.resolved) == (expected_text, start, end, precision, True)
    assert m.rule.startswith("relative:")
    assert text[m.start:m.end] == m.text


def test_relative_dates_kept_with_null_dates_without_document_date():
    found = extract_relative_dates("d", "This week was the 2019 conference; next month we report.", None)
    assert [(m.text, m.start_date, m.end_date, m.resolved) for m in found] == [("This week", None, None, False), ("next month", None, None, False)]
    assert [m.precision for m in found] == ["day", "month"]


@pytest.mark.parametrize("text", [
    "It runs until the end of April 2019.",  # explicit: a year follows
    "It takes place in June 2024.",
    "You may apply now.",  # the verb, not the month
    "Over the coming weeks we report.",  # too vague to date
    "The 7th May meeting.",  # a year-less day: the dates stage decides
])
def test_relative_dates_leave_explicit_and_vague_expressions_alone(text):
    assert extract_relative_dates("d", text, PUB) == []


def test_relative_dates_skip_spans_taken_by_explicit_dates():
    text = "The call closes in June."
    explicit = [DateMention("d", 16, 23, "in June", dt.date(2019, 6, 1), dt.date(2019, 6, 30), "month", "pattern:month", True)]
    assert extract_relative_dates("d", text, PUB, explicit) == []


def test_relative_dates_through_extract_one_row_per_span(extract):
    result = extract("Cluster news\n\nSubmitted by Lee Gibson on 15 December 2020\n\n"
                     "Last year the conference took place on 10 and 11 November 2020. Next month the report follows.")
    relative = [d for d in result.dates if d.rule.startswith("relative:")]
    assert [(d.text, d.start_date, d.precision) for d in relative] == [("Last year", dt.date(2019, 1, 1), "year"),
                                                                      ("Next month", dt.date(2021, 1, 1), "month")]
    spans = [(d.start, d.end) for d in result.dates]
    assert all(not (a[0] < b[1] and b[0] < a[1]) for i, a in enumerate(spans) for b in spans[i + 1:])


def test_relative_dates_sample_run_blog_this_week_kept_undated(sample_run):
    _, out = sample_run
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    dates = pq.read_table(out / "dates.parquet").to_pandas()
    blog = docs[docs.source_path == "eu-cluster-conference-2019-blog.txt"].doc_id.iloc[0]
    rows = dates[(dates.doc_id == blog) & dates.rule.str.startswith("relative:")]
    assert "This week" in set(rows.text)
    assert rows.start_date.isna().all() and not rows.resolved.any()  # the blog states no date: nothing guessed
