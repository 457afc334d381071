"""Rule family "line field", where a name ends (org_line_tails.py, ``[clause openers after a name's line]`` of
data/org_name_words.txt): a name does not run on into a heading or a month in capitals, nor into the next line when
a clause opens it; a name wrapped over a line goes on."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a participle before "by" opens the next line
    ("The visit was hosted by the University of Tarnova\nOrganised by Delta Wood Cluster with its partners",
     {("University of Tarnova", "pattern:org-head"), ("Delta Wood Cluster", "pattern:org-head")}),
    # a determiner before a lower-case word opens a sentence on the next line
    ("Chair: Ana Vidal, Dean of the Faculty of Marine Engineering\nThis session looked at the skills gap in ports.",
     {("Faculty of Marine Engineering", "pattern:org-head")}),
    # a page's title in capitals under the name
    ("Ministry of Industry of the Republic of Veloria\nPRESS RELEASE\nThe ministry named ten members of its new advisory body.",
     {("Ministry of Industry of the Republic of Veloria", "pattern:org-head")}),
    # a heading in capitals beside the name (a second column run together)
    ("The prize went to a team of the Polytechnic University of Arden NEW PARTNERS OF THE NETWORK",
     {("Polytechnic University of Arden", "pattern:org-head")}),
    # a calendar's month in capitals under the name: no acronym of it either
    ("Webinar day at the regional office, Gliwice, with the\nKestrel University of Technology\nMARCH\n6 March: webinar on heat pumps",
     {("Kestrel University of Technology", "pattern:org-head")}),
])
def test_org_name_ends_before_a_heading_or_a_clause(extract, text, expected):
    assert {(o.name, o.rule) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # a name wrapped over the line goes on
    ("The study was written by the Brackwater University of Applied\nSciences and two partners.",
     {"Brackwater University of Applied Sciences"}),
    ("The Fenmoor Chamber of Commerce and\nIndustry joined the network in 2031.", {"Fenmoor Chamber of Commerce and Industry"}),
    # a short acronym after the name in capitals stays the name's
    ("The coatings were tested at the Fraunhofer Institute for Surface Technology IST in May.",
     {"Fraunhofer Institute for Surface Technology"}),
])
def test_org_wrapped_name_goes_on(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # a legal form ends the name on its line; the next line opens a sentence
    ("Panel: Outi Rask, founder of Kuurala Drones Oy\nRecorded in front of a small audience in Rovaniemi.",
     {"Kuurala Drones Oy"}),
    ("Host: Greta Lind, managing director of Kaltfeld Logistik GmbH\nCold chains for vaccines, in conversation.",
     {"Kaltfeld Logistik GmbH"}),
    # "of" and a country end the name on its line; the next line is a topic or a menu
    ("Guest: Dr. Ilse Moor, research lead, Polder Institute for Water Studies of Netherlands\nSalt intrusion in river deltas, live.",
     {"Polder Institute for Water Studies of Netherlands"}),
    ("Ministry of Regional Affairs of the Republic of Estonia\nNews › Announcements",
     {"Ministry of Regional Affairs of the Republic of Estonia"}),
])
def test_org_name_closed_at_its_line_end(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
