"""Document publication dates: which cues give one, and that nothing else does."""
from __future__ import annotations

import datetime as dt

import pyarrow.parquet as pq
import pytest

from pipeline.extract.metadata import published_date


@pytest.mark.parametrize("text,expected,source", [
    ("Output papers published\n\nSubmitted by Lee Gibson on 15 December 2020\n\nThe 7th edition…", dt.date(2020, 12, 15), "submitted_by_line"),
    ("News\nSubmitted by admin on Tuesday, 3 March 2021\n", dt.date(2021, 3, 3), "submitted_by_line"),
    ("Cluster news\nPosted on March 3, 2021 by the editor\nText.", dt.date(2021, 3, 3), "published_line"),
    ("Title\nPublished: 2019-05-14\nBody", dt.date(2019, 5, 14), "published_line"),
    ("Date of publication: 14/05/2019\n", dt.date(2019, 5, 14), "published_line"),
    ("Cluster news\nTuesday, 14 May 2019\nThe conference opened…", dt.date(2019, 5, 14), "dated_heading"),
    ("Forum 2024\nConference summary\n\nSummary published on 28 March 2024 by the secretariat\n", dt.date(2024, 3, 28), "published_line"),
    ("# Lab report\n\n*Report published on 5 April 2024 by the Lab secretariat*\n", dt.date(2024, 4, 5), "published_line"),
    ("Harbour Connect\nNewsletter No. 14 · Published 6 March 2024\n", dt.date(2024, 3, 6), "published_line"),
    # e-mails pasted into text, bilingual labels, bylines in meta lines and report footers
    ("From: Office <office@cluster.example>\nTo: members@cluster.example\nDate: Wed, 5 Mar 2025 09:12:44 +0100\n"
     "Subject: Board notes\n\nDear members,", dt.date(2025, 3, 5), "pasted_email_header"),
    ("Subject: Autumn update\nFrom: Secretariat\nSent: 14 October 2024\n\nHello all,", dt.date(2024, 10, 14), "pasted_email_header"),
    ("From: ana@lab.example\nDate: 2023-06-01\n\nShort note.", dt.date(2023, 6, 1), "pasted_email_header"),
    ("Navigation / Home\n\nObjavljeno / Published: 22.04.2025.\n\nText", dt.date(2025, 4, 22), "published_line"),
    ("Accueil\n\nPublié / Published: 3 May 2024\n\nText", dt.date(2024, 5, 3), "published_line"),
    ("# Title\n\n*Project news · 14 March 2024 · by the project communication team*\n\nText", dt.date(2024, 3, 14), "meta_line"),
    ("Blog · 2 June 2025 · by Maria Rossi\n\nText", dt.date(2025, 6, 2), "meta_line"),
    ("FORUM 2025\nOUTCOME REPORT\nPrepared by the forum secretariat, 24 October 2025\n\nText", dt.date(2025, 10, 24), "byline"),
    ("# Summary\n\n*Summary written by the events team, 8 October 2025*\n\nText", dt.date(2025, 10, 8), "byline"),
    ("Minutes compiled by J. Roe, 3 February 2026\n\nText", dt.date(2026, 2, 3), "byline"),
    # the author's role, organisation (with its acronym in brackets) or place between the name and the date
    ("# Mission report\n\nReport by Ilse Vermeulen, export manager, Flanders Food Cluster, Ghent, 9 May 2029\n\nText",
     dt.date(2029, 5, 9), "byline"),
    ("MISSION TO CHILE\n**Written by:** Tomás Varga, project officer, Danube Wood Cluster (DWC) – 17 March 2030\n\nText",
     dt.date(2030, 3, 17), "byline"),
    ("Conclusions\nPrepared by the secretariat (Nordic Agri Cluster, NAC), Aarhus – 2 October 2028\n\nText",
     dt.date(2028, 10, 2), "byline"),
    # a byline closing a short text (within the head): the day the minutes or the note were finished
    ("Minutes of the steering committee\n\nThe committee met online and approved the budget.\n\n"
     "Minutes prepared by Lukas Brandt, ADR Nord, 12 November 2027", dt.date(2027, 11, 12), "byline"),
    ("Round table on skills\n\nParticipants agreed on three actions.\n\nNote prepared by Eva Horvat, cluster secretariat, "
     "3 April 2026.", dt.date(2026, 4, 3), "byline"),
    ("Summary of the workshop\n\nTwenty firms shared their plans.\n\nText by the editorial team – 8 June 2031\n",
     dt.date(2031, 6, 8), "byline"),
])
def test_published_date_from_text_cues(text, expected, source):
    assert published_date(text, "doc.txt", {}) == (expected, source)


@pytest.mark.parametrize("path,expected", [
    ("2019-05-14_news.txt", dt.date(2019, 5, 14)),
    ("archive/20190514-news.html", dt.date(2019, 5, 14)),
    ("newsletter-2019-04.pdf", dt.date(2019, 4, 1)),
])
def test_published_date_from_file_name(path, expected):
    assert published_date("No date cue here.", path, {}) == (expected, "file_name")


def test_published_date_from_pdf_metadata_after_text_and_file_name():
    assert published_date("Text", "report.pdf", {"CreationDate": "D:20190401093000+02'00'"}) == (dt.date(2019, 4, 1), "pdf_metadata")
    assert published_date("Text", "2018-01-02_report.pdf", {"CreationDate": "D:20190401093000"}) == (dt.date(2018, 1, 2), "file_name")
    assert published_date("Submitted by X on 5 May 2017", "2018-01-02.pdf", {"CreationDate": "D:20190401"})[1] == "submitted_by_line"


@pytest.mark.parametrize("text,path", [
    ("The report was published on 3 March 2019 by the Commission.", "report.txt"),  # not a line of its own: about another text
    ("EU Clusters Talks\n15 May 2024, 8:30 – 9:45 CET\n", "talk.md"),  # an event's date and time, not a publication date
    ("Newsletter 2/2019\nWelcome to the second edition", "eocic-newsletter-2-2019.txt"),  # no month stated
    ("The European Cluster Conference on 14-16 May 2019 will take place in Bucharest.", "eu-cluster-conference-2019-blog.txt"),
    ("", "notes.txt"),
    ("Calls\n\nThe call was published on 3 March 2024 and closes in June.", "calls.txt"),  # a sentence about something else
    ("Contract No. AEP-I-00-99, Task Order No. 826\n\nJanuary 2005\n", "report.txt"),  # an issue cue must share the date's line
    # An issue month states no day of publication: it only anchors year-less dates (tests/test_doc_cues.py).
    ("Cluster Observatory\nIssue #3, July 2015\nWelcome", "observatory.txt"),
    ("EOCIC Newsletter – March 2018\nWelcome", "newsletter.txt"),
    ("Harbour Notes · No. 4 · October 2021\nWelcome", "notes.txt"),
    ("Date: 12 March 2024\nVenue: Lyon\n\nAgenda", "agenda.txt"),  # an event's Date line, no e-mail headers around it
    ("To: 5 May 2024\n\nApplications are open.", "call.txt"),  # an e-mail header word, but no date header
])
def test_published_date_none_without_a_cue(text, path):
    assert published_date(text, path, {"CreationDate": "garbage"}) == (None, None)


def test_published_date_through_extract(extract):
    result = extract("Output papers published\n\nSubmitted by Lee Gibson on 15 December 2020\n\nThe conference took place.")
    assert (result.info.published_date, result.info.published_date_source) == (dt.date(2020, 12, 15), "submitted_by_line")


def test_published_date_sample_run_documents_table(sample_run):
    _, out = sample_run
    docs = pq.read_table(out / "documents.parquet").to_pandas().set_index("source_path")
    assert docs.loc["ecc-2020-output-papers.txt", "published_date"] == dt.date(2020, 12, 15)
    assert docs.loc["ecc-2020-output-papers.txt", "published_date_source"] == "submitted_by_line"
    for path in ("eocic-newsletter-2-2019.txt", "eu-cluster-conference-2019-blog.txt", "first-cluster-policy-forum.txt",
                 "eu-clusters-talk-2024-takeaways.md"):
        assert docs.loc[path, "published_date"] is None, path
    roles = pq.read_table(out / "roles.parquet").to_pandas()
    by_doc = dict(zip(docs.doc_id, docs.published_date))
    assert all(r.as_of == by_doc[r.doc_id] for r in roles.itertuples())


def test_published_date_from_real_pdf_metadata(shared_pdfs, settings):
    from pipeline.ingest import discover, ingest_document, read_bytes

    (source,) = [s for s in discover(shared_pdfs) if s.rel_path == "multicol-2_arxiv-paper_creativity-in-ml.pdf"]
    doc = ingest_document(source, read_bytes(source), settings)
    assert doc.metadata["CreationDate"].startswith("D:20160115")
    assert published_date(doc.text, doc.source_path, doc.metadata) == (dt.date(2016, 1, 15), "pdf_metadata")


@pytest.mark.parametrize("text,expected", [
    ("Regions launch voucher pilot\n\nGraz, 3 March 2022\n\nSix regions have agreed to…", dt.date(2022, 3, 3)),
    ("Regions launch voucher pilot\nLyon, 9 May 2021 – Six regions have agreed to…", dt.date(2021, 5, 9)),
    ("Regions launch voucher pilot\n\nSan Sebastián (ES), 14th of July, 2020 – Six regions…", dt.date(2020, 7, 14)),
])
def test_published_date_from_dateline(text, expected):
    assert published_date(text, "doc.txt", {}) == (expected, "dateline")


@pytest.mark.parametrize("text", [
    "Voucher pilot\nOn Monday, 3 March 2022 – six regions met in Graz.",  # a sentence, not a dateline
    "Voucher pilot\nThe regions met in Graz, 3 March 2022 was the first day.",
    "Voucher pilot\nGraz, March 2022\nSix regions…",  # no day: not a dateline
    "Voucher pilot\n" + "Six regions met.\n" * 8 + "Graz, 3 March 2022\n",  # far from the top
])
def test_published_date_no_dateline(text):
    assert published_date(text, "doc.txt", {}) == (None, None)


def test_published_date_dateline_ranks_above_pdf_metadata():
    text = "Voucher pilot\n\nGraz, 3 March 2022 – Six regions have agreed…"
    assert published_date(text, "pilot.pdf", {"CreationDate": "D:20240101120000"}) == (dt.date(2022, 3, 3), "dateline")


def test_published_date_after_a_long_label_line():
    text = "*Webinar Series, episode 4 · held online on 4 December 2025 · summary published 11 December 2025*\n"
    assert published_date(text, "summary.md", {}) == (dt.date(2025, 12, 11), "published_line")


@pytest.mark.parametrize("text, name, expected", [
    # a dateline alone under the title: the day the report was written, not the forum's
    ("ALPINE WOOD CLUSTERS FORUM: CONCLUSIONS\nInnsbruck, 22 May 2028\n\nThe Alpine Wood Clusters Forum met on 18 and 19 May "
     "2028 in the congress centre. Some 150 delegates attended.\n",
     "Alpine Wood Clusters Forum", (dt.date(2028, 5, 18), dt.date(2028, 5, 19))),
    ("Outcome note of the Baltic Port Logistics Summit\n\nKlaipėda, 3 October 2029\n\nThe Baltic Port Logistics Summit "
     "brought 90 experts to the harbour on 28 September 2029.\n",
     "Baltic Port Logistics Summit", (dt.date(2029, 9, 28), dt.date(2029, 9, 28))),
    # above the signatures at the end
    ("Minutes of the General Assembly of the Moravian Textile Cluster\n\nThe General Assembly was held on 14 March 2027 "
     "in the cluster's offices. The members approved the accounts.\n\nZlín, 21 March 2027\n\nPetra Dvořáková\nChair\n",
     "General Assembly", (dt.date(2027, 3, 14), dt.date(2027, 3, 14))),
])
def test_dateline_alone_on_its_line_dates_the_text_not_its_event(extract, text, name, expected):
    result = extract(text)
    dated = {e.name: (e.start_date, e.end_date) for e in result.events}
    assert any(n.startswith(name) and d == expected for n, d in dated.items()), dated
