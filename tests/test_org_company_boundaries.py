"""Where a company's or an organisation's name begins and what is no name at all: a job title with its field
(data/not_organisations.txt [last words]: "Export Coordinator", "International Relations Officer"), a company's own
meeting or event before "of" (legal_forms._after_blocked_head), a person's titles before "<person> of <company>"
(legal_forms._after_person). Sentences of our own, exact rows."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a job title after a person's name and a comma, with the field it covers
    ("The visit was prepared by Pieter de Wolf, International Relations Officer, and by the cluster's office.\n", set()),
    ("Ilse Marchetti, Office and Finance Administrator (part-time), keeps the members' register.\n", set()),
    ("For questions about the stand, write to Tomasz Wierzbicki, Export Coordinator, +48 58 000 00 00.\n", set()),
    # the organisation after the title stays
    ("Registration closes on 4 May. Contact: Aino Lehtonen, Membership Coordinator, Kokkola Chemical Cluster.\n",
     {"Kokkola Chemical Cluster"}),
    ("Questions go to Karel Novák, Communications Officer of the Moravian Wood Cluster, who answers within two days.\n",
     {"Moravian Wood Cluster"}),
])
def test_a_job_title_is_no_organisation(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("The Annual General Meeting of Lakeland Boatbuilders Ltd will be held on 3 March 2036 in Kendal.\n",
     {"Lakeland Boatbuilders Ltd"}),
    ("Minutes of the General Assembly of Nordkapp Seafood AS were approved by all members.\n", {"Nordkapp Seafood AS"}),
    ("We were invited to the Summer Workshop of Brightline Optics GmbH in Jena.\n", {"Brightline Optics GmbH"}),
    # an organisation word before "of" is the name's own
    ("The loan was granted by Bank of Valletta plc in 2035.\n", {"Bank of Valletta plc"}),
    ("She joined Cork Institute of Technology Ltd as a researcher.\n", {"Cork Institute of Technology Ltd"}),
])
def test_a_company_meeting_is_no_part_of_its_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, person, org", [
    ("The award went to Captain Noel Faragher of Peel Ship Repair Ltd for thirty years of service.\n",
     "Noel Faragher", "Peel Ship Repair Ltd"),
    ("A welcome by Dr Hanna Leino of Arctic Sensor Systems Oy opened the afternoon.\n",
     "Hanna Leino", "Arctic Sensor Systems Oy"),
    ("Questions were answered by Prof. Matteo Greco of Ingegneria Marina S.r.l. and by the cluster manager.\n",
     "Matteo Greco", "Ingegneria Marina S.r.l."),
])
def test_titles_before_a_person_of_a_company(extract, text, person, org):
    result = extract(text)
    assert {o.name for o in result.organisations} == {org}
    assert {p.name for p in result.people} == {person}
    assert [(r.person, r.organisation) for r in result.roles] == [(person, org)]


@pytest.mark.parametrize("text, expected", [
    ("Korça Fruit & Nut Cluster, Rruga Republika 15, Korçë 7001, Albania · export@kfnc.example.al\n",
     {"Korça Fruit & Nut Cluster"}),
    ("Dalmatian Blue Cluster, Obala Hrvatske mornarice 4, 22000 Šibenik, Croatia\n", {"Dalmatian Blue Cluster"}),
    ("Contact: Leire Arbizu, Innovation Manager, Navarra Food Cluster, Calle Arcadio María Larraona 1, 31008 Pamplona\n",
     {"Navarra Food Cluster"}),
])
def test_the_street_of_an_address_is_no_organisation(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
