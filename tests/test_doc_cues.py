"""Document cues: publication dates by rule family, what never is one, anchors for year-less dates, titles."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import doc_anchors, doc_titles
from pipeline.extract.doc_anchors import anchor_date
from pipeline.extract.doc_cues import load_doc_cues
from pipeline.extract.doc_publication import publication_from_text
from pipeline.extract.doc_titles import title_from_text

CUES = load_doc_cues()
D = dt.date
BODY = "".join(f"Paragraph {n} of the text says what the members did.\n\n" for n in range(8))


@pytest.mark.parametrize("text,expected,rule", [
    # submitted_by_line
    ("Partners meet in Riga\n\nSubmitted by Marta K… on 04 March 2020\n\nText.", D(2020, 3, 4), "submitted_by_line"),
    ("Submitted by webmaster on Friday, 9 October 2015\n", D(2015, 10, 9), "submitted_by_line"),
    ("Cluster news\nSubmitted by Ion Popa on 2019-11-30\n", D(2019, 11, 30), "submitted_by_line"),
    # published_line
    ("Call for partners\nPosted on 2nd March 2015 | Category: Programme\n", D(2015, 3, 2), "published_line"),
    ("# Weekly digest\n\n*News of the network, compiled by the secretariat. Published 7 May 2025.*\n", D(2025, 5, 7), "published_line"),
    ("Joint charter signed\nPublished by the Danube office on 12 September 2023\n", D(2023, 9, 12), "published_line"),
    ("Nouvelles du réseau\nPublié le 10/09/2019\n", D(2019, 9, 10), "published_line"),
    ("Cluster mapping update\nPublished: 03/05/2024\n", D(2024, 5, 3), "published_line"),  # day first
    ("Press release: 21 January 2022\nClusters agree a charter.", D(2022, 1, 21), "published_line"),
    # date_published_by
    ("Clusters meet in Oslo\n\n4 February 2022 – Published by Tomas Lind\n\nText.", D(2022, 2, 4), "date_published_by"),
    ("Clusters meet in Oslo\n03/05/2024 | Posted by admin\n", D(2024, 5, 3), "date_published_by"),
    ("Clusters meet in Oslo\nMay 3, 2024 · by the editorial team\n", D(2024, 5, 3), "date_published_by"),
    ("Clusters meet in Oslo\n\nMarch 4, 2021 10:02 am Published by webmaster\n", D(2021, 3, 4), "date_published_by"),
    # byline
    ("Skills for the twin transition\nBy Jane Doe | 12 March 2024\n\nText.", D(2024, 3, 12), "byline"),
    ("Skills for the twin transition\nWritten by Piotr Nowak – 3 May 2024\n", D(2024, 5, 3), "byline"),
    ("Skills for the twin transition\nAuthor: Ana Ruiz, 2024-05-03\n", D(2024, 5, 3), "byline"),
    ("Skills for the twin transition\nBy Lena Berg on 9 October 2023\n", D(2023, 10, 9), "byline"),
    # meta_line
    ("Hydrogen clusters sign a charter\n12 March 2024 | News\n", D(2024, 3, 12), "meta_line"),
    ("Hydrogen clusters sign a charter\nNews · 6 March 2025 · Tartu\n", D(2025, 3, 6), "meta_line"),
    ("Hydrogen clusters sign a charter\nPress release – 4 June 2025\n", D(2025, 6, 4), "meta_line"),
    # dated_heading
    ("Cluster news\n• 28 November 2016\nThe network grew.", D(2016, 11, 28), "dated_heading"),
    ("Cluster news\n03/05/2024\nThe network grew.", D(2024, 5, 3), "dated_heading"),
    ("Cluster news\nMonday, 7 April 2025\nThe network grew.", D(2025, 4, 7), "dated_heading"),
    # dateline
    ("Voucher scheme opens\nBRUSSELS, 4 June 2025 – The network opened a call.", D(2025, 6, 4), "dateline"),
    ("Voucher scheme opens\n\nBrussels, 8.11.2021\n\nThe network opened a call.", D(2021, 11, 8), "dateline"),
    ("Voucher scheme opens\nStafford, Texas, Oct. 02, 2025 (Wire Service) -- The company said.", D(2025, 10, 2), "dateline"),
    ("Voucher scheme opens\nTampere, 5 May 2023. The cluster opened a call.", D(2023, 5, 5), "dateline"),
    ("Voucher scheme opens\nMADRID, 27 MAY 2016 – The cluster opened a call.", D(2016, 5, 27), "dateline"),
    # closing_dateline (BODY keeps it away from the first lines, where it would read as an opening dateline)
    ("Annual report\n\n" + BODY + "\nVienna, 3 March 2025\nDr. Anna Gruber, President\n", D(2025, 3, 3), "closing_dateline"),
    ("Declaration\n\n" + BODY + "\nLisbon, 12 December 2024.\n", D(2024, 12, 12), "closing_dateline"),
    ("Position paper\n\n" + BODY + "\nBilbao, 7 July 2023\nJon Arrieta\nCluster Manager\n", D(2023, 7, 7), "closing_dateline"),
    # a dateline after a publication label, after itself in another language, or for two places
    ("PRESS RELEASE – Aarhus, 2 February 2026\n\nTwo water clusters merge.", D(2026, 2, 2), "dateline"),
    ("Fjordby, 11. November 2026 / 11 November 2026\n\nThe forum met.", D(2026, 11, 11), "dateline"),
    ("Kranj, 25. januar 2027 / Kranj, 25 January 2027\n\nA partnership was signed.", D(2027, 1, 25), "dateline"),
    ("Oslo / Osaka, 19 November 2026\n\nTwo clusters sign a partnership.", D(2026, 11, 19), "dateline"),
    # a report's date label, a note "dated", a recap "published"
    ("Forum outcomes\n\nReport date: 30 November 2026\n\nThe forum met.", D(2026, 11, 30), "published_line"),
    ("Peer learning in Graz\n\nOutcome note dated 19 November 2026.", D(2026, 11, 19), "published_line"),
    ("Cluster Talks, episode 4 – recap published 28 January 2026\n\nThe webinar covered pricing.", D(2026, 1, 28), "published_line"),
    # meta lines with a reading time, or with the date's place
    ("**News** | 2 February 2026 | 5 min read\n\nA project started.", D(2026, 2, 2), "meta_line"),
    ("**Baltic Policy Lab** · Tartu, 22 September 2026\n\nA brief on programmes.", D(2026, 9, 22), "meta_line"),
])
def test_publication_rules(text, expected, rule):
    assert publication_from_text(text, CUES) == (expected, rule)


@pytest.mark.parametrize("text", [
    "Programme\nLast updated: 5 May 2024\nSessions follow.",  # an update, not the publication
    "PROGRAMME OVERVIEW (version of 15 June 2026, subject to change)\n",
    "Call for proposals\nDeadline: 30 June 2025\n",
    "Info day\nWorkshop · 12 May 2024 · Lyon\n",  # a meta line naming an event: the event's date
    "Info day\nDeadline | 30 June 2025\n",
    "Info day\nUpdated 3 May 2024 | News\n",
    BODY + "\nUpcoming events\n\nCluster day\nGraz, 3 March 2025\nSummit\nVienna, 5 May 2025\n",  # a calendar's last row
    BODY + "\nNext meeting: Vienna, 5 May 2025\n",  # a sentence, not a closing dateline
    "The study was published on 3 March 2019 by the Commission and is online.",  # about another text
    BODY + "The map covers 200 clusters. Published on 3 May 2024, it is the first of its kind.\n",  # far from the top
    "Matchmaking\n15 May 2024, 8:30 – 9:45 CET\n",  # an event's date and time
    "Upcoming events\n12 May 2025\nCluster day in Graz\n14 June 2025\nSummit in Linz\n",  # calendar rows
    "Upcoming events\nCluster day\nGraz, 3 March 2025\nSummit\nVienna, 5 May 2025\n",
    "Our events\n• 2 April 2024\nInfo day\n• 9 May 2024\nWorkshop\n",
    # meta_line: a list item or several rows of "date – title" are a calendar, not the page's own line
    "Fleet renewal talks\n\nComing up\n\n- 3 June 2024 – Harbour Skills Day, Vigo\n",
    "Fleet renewal talks\n\n• 12 May 2025 | Innovation Camp | Graz\n",
    "Dates to note\n5 March 2025 – Cluster Summit\n9 April 2025 – Skills Lab\n",
    # meta_line: a format note after the date ("online", "hybrid", "in person") makes it an event's date line
    "Our next sessions\n\nExport clinic for food firms\n21 October 2025 · online\n",
    "Members' corner\n\nRegional cluster breakfast\n4 February 2026 | hybrid\n",
    "Save these\n\nSpring matchmaking morning\n18 March 2026 · in person\n",
    # meta_line: a part that names a venue (event_venue) makes it an event page's header under its title
    "Harbour Code Sprint 2031\nSaturday, 8 March 2031 · Kiel Expo Hall, Germany\n",
    "Textile Buyers Day 2032\nPorto, 3 June 2032 · Centro de Congressos\n",
    "Loop Lyon 2032\nWednesday, 12 May 2032 · Eurexpo Congress Centre\n",
])
def test_not_a_publication_date(text):
    assert publication_from_text(text, CUES) == (None, None)


@pytest.mark.parametrize("text,published,source,expected", [
    ("Harbour Notes · No. 4 · October 2021\nWelcome", None, None, D(2021, 10, 1)),  # issue month
    ("Cluster Observatory\nIssue #3, July 2015\nWelcome", None, None, D(2015, 7, 1)),
    ("EOCIC Newsletter – March 2018\nWelcome", D(2019, 4, 1), "pdf_metadata", D(2018, 3, 1)),  # text above metadata
    ("PROGRAMME (version of 15 June 2026)\nSessions", None, None, D(2026, 6, 15)),  # version date
    ("Agenda\nLast updated: 5 May 2024\n", None, None, D(2024, 5, 5)),
    ("Newsletter – March 2018\nPublished on 4 March 2018\n", D(2018, 3, 4), "published_line", D(2018, 3, 4)),
    ("No cue at all.", D(2019, 4, 1), "pdf_metadata", D(2019, 4, 1)),
    ("No cue at all.", None, None, None),
])
def test_anchor_date(text, published, source, expected):
    assert anchor_date(text, published, source, CUES) == expected


@pytest.mark.parametrize("text,expected", [
    ("Skip to main content\nHome > News > Energy\n\nHydrogen clusters sign a joint charter\n\nNews · 6 March 2025 · Tartu\n\nText.",
     "Hydrogen clusters sign a joint charter"),
    ("PRESS RELEASE\nFor immediate release\n\nTextile clusters launch a skills academy\n\nPORTO, 3 May 2024 – The academy opens.",
     "Textile clusters launch a skills academy"),
    ("BALTIC MARITIME CLUSTER (BMC)\nANNUAL REPORT 2024\n\nThe year in brief.", "ANNUAL REPORT 2024"),
    ("NORDIC FOOD\nCLUSTER NETWORK\n\nFood clusters meet in Aarhus\n\nText.", "Food clusters meet in Aarhus"),
    ("From: Jan Roe <jan@example.org>\nTo: members@example.org\nDate: Tue, 3 Jun 2025 09:12:44 +0200\n"
     "Subject: Re: Minutes of the board meeting\n\nDear all,", "Minutes of the board meeting"),
    ("Description\n\nShare this page\n\nCluster mapping study 2024\n\nThe study maps clusters.", "Cluster mapping study 2024"),
    ("and the partners agreed to meet again in\nspring. The next step is a joint plan\nfor the region. Ten members\nsigned. More follow.",
     None),
    ("2\n\nwhich the board approved. The members\n", None),
    ("Oct 2, 2023 at 9:15 am\n\nWhy clusters matter for SMEs\n\nText.", "Why clusters matter for SMEs"),
])
def test_title_from_text(text, expected):
    assert title_from_text(text, CUES) == expected


@pytest.mark.parametrize("line,rule", [
    ("Home > News > Clusters", doc_titles.navigation_line),
    ("News › Energy › Hydrogen", doc_titles.navigation_line),
    ("Share on LinkedIn", doc_titles.navigation_line),
    ("Latest news", doc_titles.label_line),
    ("In this issue:", doc_titles.label_line),
    ("PRESS RELEASE", doc_titles.label_line),
    ("NORTH SEA CLUSTERS ALLIANCE (NSCA)", doc_titles.letterhead_line),
    ("EUROPEAN CLUSTER COLLABORATION PLATFORM", doc_titles.letterhead_line),
    ("ALPINE WOOD NETWORK", doc_titles.letterhead_line),
])
def test_title_skip_rules(line, rule):
    assert rule(line, CUES)
    assert doc_titles.not_a_title(line, CUES)


@pytest.mark.parametrize("line", [
    "Clusters at the heart of regional resilience",
    "AMBER BAY CLUSTER CONFERENCE 2027",
    "CLUSTER POST",
    "Invitation – Info Day on space data",
])
def test_titles_kept(line):
    assert not doc_titles.not_a_title(line, CUES)


@pytest.mark.parametrize("line", ["the launch of the", "clusters from twelve countries,", "Finally, this issue looks at the", "– 3 –"])
def test_fragment_lines(line):
    assert doc_titles.fragment_line(line)


def test_title_and_date_through_extract(extract):
    result = extract("PRESS RELEASE\n\nRail clusters open a testing network\n\nGDYNIA, 5 March 2024 – Four rail clusters "
                     "opened a shared testing network for SMEs on Tuesday.\n")
    assert (result.info.title, result.info.published_date, result.info.published_date_source) == (
        "Rail clusters open a testing network", D(2024, 3, 5), "dateline")


def test_issue_month_anchors_year_less_dates_through_extract(extract):
    result = extract("Harbour Notes · No. 4 · October 2021\n\nThe partners met in Split on 9 October to plan the next call.\n")
    assert result.info.published_date is None
    assert [(d.text, d.start_date) for d in result.dates if d.start_date == D(2021, 10, 9)] == [("9 October", D(2021, 10, 9))]


@pytest.mark.parametrize("text,headings,expected", [
    ("Harbour Notes\nIssue 3 · May 2024\n\nDear readers,", [], "newsletter"),
    ("Regional bulletin of the maritime clusters\n\nIn this issue: ...", ["Key messages"], "newsletter"),
    ("Forum report\n\nThe forum met.", ["Key takeaways"], "conference_summary"),
    ("PRESS RELEASE\n\nClusters sign a charter\n\nThe network signed.", [], "news"),
    ("Clusters sign a charter\nBy Jane Doe | 12 March 2024\n\nThe network signed.", [], "news"),
    ("Clusters sign a charter\n\nGDYNIA, 5 March 2024 – The network signed.", [], "news"),
    ("Annual report 2024\n\nThe year in brief.", ["Governance"], "other"),
])
def test_document_kind(text, headings, expected):
    assert doc_anchors.document_kind(text, headings, CUES) == expected


@pytest.mark.parametrize("text", [
    "Workshop – Vienna, 3 May 2025\n\nJoin us for a workshop.",  # an event's label before the dateline: its date
    "Events\nWorkshop – Vienna, 3 May 2025\nForum – Graz, 9 June 2025\n",
])
def test_not_a_publication_date_after_an_event_label(text):
    assert publication_from_text(text, CUES) == (None, None)


@pytest.mark.parametrize("text,expected", [
    ("Board meeting notes\nHeld on 25 November 2026, 10:00–13:30, online\n\nMembers joined since January.", D(2026, 11, 25)),
    ("Minutes\nDate: Thursday, 26 November 2026\n\nThe call closes on 31 January 2027.", D(2026, 11, 26)),  # a deadline is no anchor
    ("Members met on 4 May 2023 and have met since then.", None),  # a sentence, not a header line
])
def test_anchor_date_from_the_head_when_nothing_else_dates_the_text(text, expected):
    assert anchor_date(text, None, None, CUES) == expected


@pytest.mark.parametrize("text,expected", [
    ("HARBOUR CLUSTER\nANNUAL REPORT 2025 (excerpt)\n\nForeword", 2025),
    ("Atlantic Wood Network\n2024 Activity Report\n", 2024),
    ("Jahresbericht 2023\n\nVorwort", 2023),
    ("Home › News\n# Twelve months, nine events: our 2026 in review\n", 2026),
    ("Danube Food Cluster\n2025 in retrospect: the year of our first mission\n", 2025),
    ("Jahresrückblick 2024 – was der Cluster erreicht hat\n", 2024),
    ("Activity report 2024–2025\n", None),  # a span of years
    ("News\nOur annual report will follow.\n", None),
])
def test_report_year(text, expected):
    from pipeline.extract.doc_anchors import report_year

    assert report_year(text, CUES) == expected


def test_no_dateline_after_a_title_with_a_year():
    text = "Timber Forum 2025 – Vienna, 3 May 2025\n\nJoin the forum."  # an event's title and date
    assert publication_from_text(text, CUES) == (None, None)
