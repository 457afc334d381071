"""The organisation a contact's e-mail address names (role_email_org.py, family org-of-email): the domain's first
label, or its part before a hyphen, is an organisation's acronym or name, or opens its name; the organisation stated
in words comes first, and an address after another person's name is not this person's."""
from __future__ import annotations

import pytest


def _rows(result, person):
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, person, expected", [
    # the acronym the text defines
    ("The Baltic Rail Cluster (BRC) invites its members to the spring forum.\n\n"
     "Contact: Ieva Kalniņa, events manager, events@brc.example, +371 000 0000\n",
     "Ieva Kalniņa", {("events manager", "Baltic Rail Cluster", "role:apposition+org-of-email")}),
    # the whole name run together, no role: an affiliation row
    ("The Silver Coast Wine Cluster will hold its harvest meeting in Óbidos on 4 October.\n\n"
     "Press contact: Tomás Ferreira Lima – press@silvercoastwine.example\n",
     "Tomás Ferreira Lima", {("", "Silver Coast Wine Cluster", "role:org-of-email")}),
    # the opening of the name, the address on the next line
    ("Alpine Timber Network e.V. publishes its programme for 2031.\n\n"
     "Questions? Lukas Brunner, project officer\nlukas.brunner@alpine-timber.example · +43 000 0000\n",
     "Lukas Brunner", {("project officer", "Alpine Timber Network e.V.", "role:apposition+org-of-email")}),
])
def test_org_of_email(extract, text, person, expected):
    assert _rows(extract(text), person) == expected


def test_stated_organisation_comes_first(extract):
    text = ("Speakers of the Danube Boat Forum (DBF) include Petra Horvat, CEO, Sava Yachts d.o.o. (info@dbf.example).\n")
    assert _rows(extract(text), "Petra Horvat") == {("CEO", "Sava Yachts d.o.o.", "role:apposition+org-after-role")}


def test_address_after_another_name_is_not_hers(extract):
    text = ("The Baltic Rail Cluster (BRC) met in Riga.\n\n"
            "Registration: Anna Ozola, coordinator, and Janis Berzins, brc@brc.example\n")
    assert ("coordinator", "Baltic Rail Cluster", "role:apposition+org-of-email") not in _rows(extract(text), "Anna Ozola")


@pytest.mark.parametrize("text, expected", [
    # a staff directory's cards: name, role, lines on the work, the address opening the card's last line
    ("Staff directory\n\nAdriatic Port Cluster (APC)\n\nIng. Marko Barić\nManaging Director\nOverall management, relations "
     "with the ministry and with the\nregional development agency.\nmarko.baric@apc.example · +385 51 000 101\n\n"
     "Ana Kovač\nProject Officer\nInterreg proposals and reporting.\nana.kovac@apc.example\n",
     {("Marko Barić", "Managing Director", "Adriatic Port Cluster", "role:line:name-over-role+org-of-email"),
      ("Ana Kovač", "Project Officer", "Adriatic Port Cluster", "role:line:name-over-role+org-of-email")}),
    # the address after a label on its line
    ("The Nordic Battery Alliance opens its new office in Skellefteå.\n\nSara Lund\nCommunications Officer\n"
     "Press, newsletter and social media.\nE-mail: sara.lund@nordicbattery.example\n",
     {("Sara Lund", "Communications Officer", "Nordic Battery Alliance", "role:line:name-over-role+org-of-email")}),
    ("The Lusitania Cork Network (LCN) has two new advisers.\n\nRui Moura\nSenior Adviser\nExport markets and trade fairs "
     "in Asia.\nrui.moura@lcn.example\n",
     {("Rui Moura", "Senior Adviser", "Lusitania Cork Network", "role:line:name-over-role+org-of-email")}),
])
def test_org_of_email_on_a_contact_card(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


def test_org_of_email_card_ends_at_a_blank_line(extract):
    text = ("The Lusitania Cork Network (LCN) has a new adviser.\n\nRui Moura\nSenior Adviser\nExport markets.\n\n"
            "Write to info@lcn.example for the programme.\n")
    assert {r.organisation for r in extract(text).roles if r.person == "Rui Moura"} == {None}
