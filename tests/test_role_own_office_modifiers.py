"""Family ``own-org`` (role_own_offices.py, ``holds_own_office``): an office of ``data/role_own_offices.txt`` after words
of its ``[office modifiers]`` that say when or how it is held ("outgoing treasurer", "founding President", "acting
Managing Director"), or with the seat's portfolio after a comma ("Board member, research"), stated with no
organisation in a document the organisation writes about itself, is held in that organisation, as the bare office
is."""
from __future__ import annotations

import pytest

CASES = [
    ("Harbour Robotics Cluster – Minutes of the General Assembly 2031\n\n"
     "Harbour Robotics Cluster members met in Graz on 4 May 2031.\n\n"
     "The assembly thanked outgoing treasurer Karl Moser for ten years of service.\n",
     {("Karl Moser", "outgoing treasurer", "Harbour Robotics Cluster", "role:role-before-name+own-org")}),
    ("Danube Food Network – Annual report 2032\n\nDanube Food Network grew to 90 members in 2032.\n\n"
     "Office holders\nLena Vogt – Deputy Chairwoman\nJonas Berg – founding President\n"
     "Petra Lind – acting Managing Director\n",
     {("Lena Vogt", "Deputy Chairwoman", "Danube Food Network", "role:line:name-role+own-org"),
      ("Jonas Berg", "founding President", "Danube Food Network", "role:line:name-role+own-org"),
      ("Petra Lind", "acting Managing Director", "Danube Food Network", "role:line:name-role+own-org")}),
    ("Alpine Wood Cluster – Board\n\nAlpine Wood Cluster is an association of 60 sawmills and joiners.\n\n"
     "Anna Huber\nBoard member, research\n\nJonas Berg\nBoard member, regions\n",
     {("Anna Huber", "Board member, research", "Alpine Wood Cluster", "role:line:name-over-role+own-org"),
      ("Jonas Berg", "Board member, regions", "Alpine Wood Cluster", "role:line:name-over-role+own-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_modified_own_office(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected


def test_modifier_before_no_office_keeps_no_organisation(extract):
    # "director" is as often a member company's: a modifier before it makes it no own office
    text = ("Danube Food Network – Annual report 2032\n\nDanube Food Network grew to 90 members in 2032.\n\n"
            "Office holders\nPetra Lind – Deputy Director\n")
    got = {(r.person, r.role, r.organisation) for r in extract(text).roles}
    assert got == {("Petra Lind", "Deputy Director", None)}


def test_deputy_secretary_general_is_no_own_office(extract):
    # "deputy" is no modifier: a visiting federation's or a ministry's deputy secretary-general is as common
    text = ("Danube Food Network – Annual report 2032\n\nDanube Food Network grew to 90 members in 2032.\n\n"
            "In May the network hosted a reception; Deputy Secretary-General Mirela Stan welcomed the guests.\n")
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert ("Mirela Stan", "Danube Food Network") not in got


KIND_NOUN_CASES = [
    ("Nordic Sensor Cluster Newsletter · No. 12 · May 2033\n\nNordic Sensor Cluster welcomes five new members.\n\n"
     "Over 300 participants met in Oulu for the Sensor Days. Cluster\npresident Prof. Jan Horak opened the event with "
     "the mayor.\n",
     {("Jan Horak", "president", "Nordic Sensor Cluster", "role:role-before-name+own-org")}),
    ("Nordic Sensor Cluster Newsletter · No. 12 · May 2033\n\nNordic Sensor Cluster welcomes five new members.\n\n"
     "Board chair Mia Berg thanked the members.\n",
     {("Mia Berg", "Board chair", "Nordic Sensor Cluster", "role:role-before-name+own-org")}),
    ("Nordic Sensor Cluster Newsletter · No. 12 · May 2033\n\nNordic Sensor Cluster welcomes five new members.\n\n"
     "The day was opened by cluster president Jan Horak. University president Eva Lind spoke on skills.\n",
     {("Jan Horak", "cluster president", "Nordic Sensor Cluster", "role:role-before-name+org-kind-anaphor"),
      ("Eva Lind", "president", None, "role:role-before-name")}),  # the university's president, not the cluster's
]


@pytest.mark.parametrize("text, expected", KIND_NOUN_CASES)
def test_own_office_after_the_own_kind_noun(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected


def test_office_with_the_own_name_after_a_comma(settings):
    # the kind noun of the own organisation's name opens the office and the portfolio part names the organisation
    from pipeline.extract.role_own_offices import holds_own_office

    assert holds_own_office("Cluster Manager, Thessaly Food Cluster", False, settings.data_dir, "Thessaly Food Cluster")
    assert holds_own_office("cluster president", False, settings.data_dir, "Thessaly Food Cluster")
    assert not holds_own_office("university president", False, settings.data_dir, "Thessaly Food Cluster")


def test_events_and_finance_staff_are_own_posts(extract):
    # "[staff]" posts an organisation's own office holds: events coordinator, events manager, financial officer
    text = ("Danube Food Network – Annual report 2032\n\nDanube Food Network grew to 90 members in 2032.\n\n"
            "The accounts were prepared by the financial officer, Ivo Marek. Lea Brandt, the event coordinator, ran "
            "six fairs.\n\nOffice\nTom Gruber – events manager\n")
    got = {(r.person, r.role, r.organisation) for r in extract(text).roles}
    assert got == {("Ivo Marek", "financial officer", "Danube Food Network"),
                   ("Lea Brandt", "event coordinator", "Danube Food Network"),
                   ("Tom Gruber", "events manager", "Danube Food Network")}
