"""The label of a list line before an organisation's name (pipeline/extract/org_list_lines.py): a partner, meeting
or stand code ("PP3", "LP", "C71-4") and a participant's given name before a dash ("NOVÁK, Petra – …") are no part
of the name; a code alone is no organisation and no acronym."""
from __future__ import annotations

import pytest


def _orgs(result) -> set[tuple[str, str | None]]:
    return {(o.name, o.acronym) for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    # numbered partners of a project: the series is numbered more than once
    ("Consortium of the AQUAFLOW project\n\n"
     "PP1 Nordhafen Packaging Cluster (NPC)\n"
     "PP2 Tessaline Polymers S.p.A.\n"
     "PP3 University of Lower Tervia\n",
     {("Nordhafen Packaging Cluster", "NPC"), ("Tessaline Polymers S.p.A.", None), ("University of Lower Tervia", None)}),
    # the stands of a national pavilion
    ("Exhibitors on our stand:\n"
     "B12-1 Korvat Metals s.r.o., Brno – powder bed fusion\n"
     "B12-2 Lumidex Ceramics a.s., Plzeň – technical ceramics\n",
     {("Korvat Metals s.r.o.", None), ("Lumidex Ceramics a.s.", None)}),
    # the lead partner's label, alone, and a numbered partner label
    ("Partner list\nLP Marivo Regional Development Agency\nPP2 Ostrava Hydrogen Cluster\n",
     {("Marivo Regional Development Agency", None), ("Ostrava Hydrogen Cluster", None)}),
])
def test_code_before_a_name_is_no_part_of_it(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a code alone, with a possessive, or in brackets after a region names no organisation and defines no acronym
    ("WP1 is led by PP1 Danubia Food Cluster, WP2 by PP2 Karst Dairy Network. PP2's manager left in May.",
     {("Danubia Food Cluster", None), ("Karst Dairy Network", None)}),
    ("The pilots of PP4 Lakeside Agritech Cluster run in Pomerania (PP4) and in Lusatia (PP5).",
     {("Lakeside Agritech Cluster", None)}),
    # meetings numbered PM1, PM2: the town after the code is where a meeting took place
    ("Project meetings: PM1 Graz (AT), March 2030; PM2 Jihlava (CZ), September 2030; both hosted by the Alpine "
     "Timber Cluster.", {("Alpine Timber Cluster", None)}),
])
def test_code_alone_is_no_organisation(extract, text, expected):
    assert _orgs(extract(text)) == expected


def test_a_code_the_document_numbers_once_stays_in_the_name(extract):
    text = "The forwarder A2 Logistics GmbH and the Groningen Energy Cluster signed a memorandum in May."
    assert _orgs(extract(text)) == {("A2 Logistics GmbH", None), ("Groningen Energy Cluster", None)}


@pytest.mark.parametrize("text, expected", [
    ("LIST OF PARTICIPANTS\n\n"
     "1. NOVÁK, Petra – Brno Water Cluster (delegation leader)\n"
     "2. KOWALSKI, Marek – Wistula Pumps Sp. z o.o.\n"
     "3. LINDQVIST, Erik – Nordic Valve Network\n",
     {("Brno Water Cluster", None), ("Wistula Pumps Sp. z o.o.", None), ("Nordic Valve Network", None)}),
    ("Delegation\nVAN DER BERG, Anouk – Delft Institute of Hydraulics\nSZABÓ, Gábor – Tisza Logistics Cluster\n",
     {("Delft Institute of Hydraulics", None), ("Tisza Logistics Cluster", None)}),
    # no family name and comma before it: a brand and its full name stay one organisation
    ("Partners: Tessaline – Tessaline Polymers Association, and others.",
     {("Tessaline – Tessaline Polymers Association", None)}),
])
def test_participant_given_name_before_a_dash_is_no_part_of_the_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


def test_partner_line_label_still_names_the_persons_organisation(extract):
    text = ("Participants of the partner meeting\n"
            "PP1  Nordhafen Packaging Cluster (NPC) – Dr. Anna Berger, coordinator\n"
            "PP2  Karst Dairy Network – Dr. Marco Ricci, researcher\n")
    r = extract(text)
    assert {(x.person, x.organisation) for x in r.roles if x.organisation} == {
        ("Anna Berger", "Nordhafen Packaging Cluster"), ("Marco Ricci", "Karst Dairy Network")}
