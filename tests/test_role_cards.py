"""Name-over-role cards whose name and role lines are paragraphs of their own (a team page as HTML ingest writes it,
statement_lines.py, rule line:name-over-role)."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Our people\n\nMarta Kowalska\n\nhead of international projects\n\nMarta joined the network in 2029.\n\n"
     "Jonas Berg\n\nevents and membership officer\n\nTomas Lind\n\ndeputy director, Gothenburg office\n\nTomas runs the west.\n",
     {("Marta Kowalska", "head of international projects", None, "role:line:name-over-role"),
      ("Jonas Berg", "events and membership officer", None, "role:line:name-over-role"),
      ("Tomas Lind", "deputy director, Gothenburg office", None, "role:line:name-over-role")}),
    ("Speakers\n\nElena Ruiz\n\nPolicy Officer\n\nNikos Pappas\n\nSenior Researcher\n",
     {("Elena Ruiz", "Policy Officer", None, "role:line:name-over-role"),
      ("Nikos Pappas", "Senior Researcher", None, "role:line:name-over-role")}),
])
def test_name_over_role_cards(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_card_needs_a_short_line_of_its_own(extract):
    # the paragraph under a name line is prose, not a role line
    r = extract("Team news\n\nMarta Kowalska\n\nThe project manager of the network presented the results of the survey "
                "to the members and thanked the partners for their work this year.\n")
    assert not [x for x in r.roles if x.person == "Marta Kowalska" and x.role]


@pytest.mark.parametrize("text, expected", [
    # the last card of a section, before the next section's heading
    ("Speakers\n\nIrena Novak\n\nPolicy Officer\n\nLuka Horvat\n\nData Engineer\n\nAfternoon session\n\nMaja Zupan\n\n"
     "Senior Researcher\n\nThe programme may change.",
     {("Irena Novak", "Policy Officer"), ("Luka Horvat", "Data Engineer"), ("Maja Zupan", "Senior Researcher")}),
    # a card with its e-mail line under the role
    ("Our office\n\nTeodora Ilic\n\nmanaging director\n\nteodora.ilic@example.org\n\nMarko Savic\n\nproject officer\n\n"
     "Partners\n\nWe work with twelve regional agencies.",
     {("Teodora Ilic", "managing director"), ("Marko Savic", "project officer")}),
    # a role line with its organisation after a comma, longer than a bare role
    ("Keynotes\n\nAnneli Saar\n\nHead of Marine Technology, Estonian Maritime Academy of the Tallinn University of Technology\n\n"
     "Anneli leads the academy's research on autonomous ships.",
     {("Anneli Saar", "Head of Marine Technology")}),
])
def test_card_ends_before_a_heading_or_contact_line(extract, text, expected):
    assert {(r.person, r.role) for r in extract(text).roles if r.role} == expected


def test_long_role_line_under_a_name_line(extract):
    # a name line with a long "Role, Organisation" line right under it (speaker biographies): the role is the part
    # before the comma; the organisation the part after it when the whole of it names one
    text = ("Invited speakers\n\nDr. Lena Varga\nDirector, Pannonia Food Processing and Packaging Cluster of Western Hungary\n\n"
            "Lena has led the cluster since 2029 and chairs its export group.\n\nProf. Tamas Kiss\n"
            "Head of Applied Optics, Faculty of Science, University of Szeged\n\nTamas coordinates two Horizon Europe projects.")
    assert _rows(extract(text)) == {
        ("Lena Varga", "Director", "Pannonia Food Processing and Packaging Cluster of Western Hungary", "role:line:name-over-role"),
        # the unit named first and its university after it (org-after-unit): the role is held in the university, the
        # unit has an affiliation row of its own
        ("Tamas Kiss", "Head of Applied Optics", "University of Szeged", "role:line:name-over-role+org-after-role+org-after-unit"),
        ("Tamas Kiss", "", "Faculty of Science", "role:unit-before-org")}


@pytest.mark.parametrize("text, expected", [
    # a PDF speaker card: a caption, the name set apart, then the role line with the organisation line under it
    ("Forum speakers\n\nportrait\n\nHanna Lindqvist\n\nHead of Sourcing\nNordkost Livsmedel AB\n\nportrait\n\n"
     "Jonas Petrauskas\n\nco-founder & COO\nBaltic Grain Robotics UAB\n",
     {("Hanna Lindqvist", "Head of Sourcing", "Nordkost Livsmedel AB", "role:line:name-over-role"),
      ("Jonas Petrauskas", "co-founder & COO", "Baltic Grain Robotics UAB", "role:line:name-over-role")}),
    # a unit in the role line stays in the role; the organisation is the line under it
    ("Jury\n\nDr. Pavel Novotny\n\nDirector of the Biorefinery Lab\nMoravian Institute of Technology\n\n"
     "Aino Virtanen\n\nSenior Analyst\nNordic Food Observatory\n",
     {("Pavel Novotny", "Director of the Biorefinery Lab", "Moravian Institute of Technology", "role:line:name-over-role"),
      ("Aino Virtanen", "Senior Analyst", "Nordic Food Observatory", "role:line:name-over-role")}),
    # a unit line over the organisation line
    ("Mentors\n\nRosa Almeida\n\nHead of Export Services\nInternational Desk\nLisbon Chamber of Commerce\n\n"
     "The mentors meet the teams on Monday.",
     {("Rosa Almeida", "Head of Export Services", "Lisbon Chamber of Commerce", "role:line:name-over-role")}),
])
def test_card_with_organisation_lines(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_card_organisation_lines_are_no_biography(extract):
    # lines of prose under the role line are a biography (statement_card_bios.py), no organisation lines
    text = ("Panel\n\nMarek Zielinski\n\nPlant Manager\nHe has run the line since 2030.\n\n"
            "Sara Lind\n\nChief Engineer\nGothenburg. Builds ferries.\n")
    assert {(r.person, r.role, r.rule) for r in extract(text).roles if r.rule == "role:line:name-over-role"} == set()
