"""Rule family "department role": an area of work after a name in a team list, a staff card, a bracket, a contact
block or as a line's label ("Jane Doe – communication and events") is the person's role as stated
(pipeline/data/role_departments.txt); the same words in a sentence are none."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Who we are\n\nMarta Kowalczyk – managing director\nPiotr Zieliński – EU and regional projects\n"
     "Ewa Dąbrowska – finance and administration\n",
     {("Marta Kowalczyk", "managing director", None), ("Piotr Zieliński", "EU and regional projects", None),
      ("Ewa Dąbrowska", "finance and administration", None)}),
    ("Our office: Henrik Lund, cluster manager; Sofie Brandt, office and events; Mads Holm, communications.\n",
     {("Henrik Lund", "cluster manager", None), ("Sofie Brandt", "office and events", None),
      ("Mads Holm", "communications", None)}),
    ("The secretariat: Laura Conti (director), Paolo Ferri (membership & events), Giulia Rossi (communications and marketing).\n",
     {("Laura Conti", "director", None), ("Paolo Ferri", "membership & events", None), ("Giulia Rossi", "communications and marketing", None)}),
])
def test_roles_an_area_of_work_after_a_name_is_the_role(extract, text, expected):
    r = extract(text)
    assert {(x.person, x.role, x.organisation) for x in r.roles} == expected


@pytest.mark.parametrize("text, expected", [
    ("Our people\n\nIngrid Solheim\n\nmanaging director\n\nTorbjørn Aas\n\nmember services & marketing\n\n"
     "Ingrid and Torbjørn look forward to meeting you at the spring conference.\n",
     {("Ingrid Solheim", "managing director", None), ("Torbjørn Aas", "member services & marketing", None)}),
    ("Registration opens on 3 May. Speaker enquiries: info@acme.example · Media: Claire Dubois, +33 1 00 00 00 00\n",
     {("Claire Dubois", "Media", None)}),
])
def test_roles_an_area_of_work_on_a_card_or_as_a_label(extract, text, expected):
    r = extract(text)
    assert {(x.person, x.role, x.organisation) for x in r.roles} == expected


@pytest.mark.parametrize("text", [
    "According to Jane Doe, communication is the hardest part of any project.\n",
    "Jonas Berg presented the results, events and plans of the network to the members.\n",
])
def test_roles_area_words_in_a_sentence_are_no_role(extract, text):
    r = extract(text)
    assert [x.role for x in r.roles if x.role] == []


@pytest.mark.parametrize("text, expected", [
    # the field a person heads after "Head of" is part of the role; the organisation is the segment after it
    ("Opening words by Dr. Karin Holm, Head of Cluster Services, Vänern Innovation Agency.\n",
     {("Karin Holm", "Head of Cluster Services", "Vänern Innovation Agency")}),
    # a directory line that opens with the organisation: the field after "Head of" names none
    ("Contacts\n\n- Moravia Sensor Cluster: Petr Dvořák, Head of Business Development\n"
     "- Ostrava Robotics s.r.o.: Jana Malá, Director of Operations\n",
     {("Petr Dvořák", "Head of Business Development", "Moravia Sensor Cluster"),
      ("Jana Malá", "Director of Operations", "Ostrava Robotics s.r.o.")}),
    # "Life Sciences" is a field; a name with any other word ("Joanneum Research") stays an organisation
    ("Panel: Dr. Ulla Berg, Head of Life Sciences, Saimaa Health Network ry; Prof. Anton Graf, Director of "
     "Joanneum Research.\n",
     {("Ulla Berg", "Head of Life Sciences", "Saimaa Health Network ry"), ("Anton Graf", "Director", "Joanneum Research")}),
    # academic disciplines and a team's areas joined by "and"
    ("Speakers: Jan de Vries, Professor of Computer Science, Twente Polymer Cluster; Mia Holt, Head of Skills and "
     "Training, Nordic Wood Network ry.\n",
     {("Jan de Vries", "Professor of Computer Science", "Twente Polymer Cluster"),
      ("Mia Holt", "Head of Skills and Training", "Nordic Wood Network ry")}),
    ("Panel: Dr. Ana Sousa, Head of Circular Economy, Azores Sea Institute; Carl Berg, Director of Health and "
     "Wellbeing, Region Skåne.\n",
     {("Ana Sousa", "Head of Circular Economy", "Azores Sea Institute"),
      ("Carl Berg", "Director of Health and Wellbeing", "Region Skåne")}),
])
def test_field_of_work_after_of_belongs_to_the_role(extract, text, expected):
    r = extract(text)
    assert {(x.person, x.role, x.organisation) for x in r.roles} == expected
