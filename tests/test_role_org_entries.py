"""Family "org-entry-head" (pipeline/extract/role_org_entries.py): the contact person of an entry in a members' list
works for the organisation the entry opens with. Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # list items that open with the member, the role as the label
    ("Our new members:\n\n- Fjordlys Optics AS (Bergen) – laser sensors for fish farms. CEO: Ingrid Solberg.\n"
     "- Vesterhav Robotics ApS (Esbjerg) – inspection drones. Managing director: Lars Dahl.",
     {("Ingrid Solberg", "CEO", "Fjordlys Optics AS", "role:role-label+org-entry-head"),
      ("Lars Dahl", "Managing director", "Vesterhav Robotics ApS", "role:role-label+org-entry-head")}),
    # directory blocks separated by blank lines, a contact label and the role after the name
    ("Suppliers\n\nMarmotec GmbH — Innsbruck\nCable cars and ski lift parts. Contact: Paul Gruber, sales manager\n\n"
     "Alpenholz KG — Kufstein\nTimber frames. Contact: Eva Steiner, founder",
     {("Paul Gruber", "sales manager", "Marmotec GmbH", "role:apposition+org-entry-head"),
      ("Eva Steiner", "founder", "Alpenholz KG", "role:apposition+org-entry-head")}),
    # the role before the name after a lower-case contact label; another organisation named between
    ("Welcome to:\n- Danube Foods Kft. (Győr) – a spin-off of the Acme Institute; contact: sales director Anna Kovacs",
     {("Anna Kovacs", "sales director", "Danube Foods Kft", "role:role-before-name+org-entry-head")}),
])
def test_role_org_entry_head(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_org_entry_head_needs_an_entry_that_opens_with_an_organisation(extract):
    text = "Registration for the workshop closes on Friday.\n\nFor questions write to us. Contact: Jane Moss, project officer"
    assert roles(extract(text)) == {("Jane Moss", "project officer", None, "role:apposition")}


def test_role_org_entry_head_not_past_the_list_item(extract):
    # the labelled line follows the list without being an item of it: the last item's company is not the person's
    text = ("Twelve companies took part, among them:\n- Lapland Sensors Oy (tailings monitoring)\n- Kiruna Drilling Services AB\n"
            "Delegation leader: Eero Kallio, cluster director.")
    assert roles(extract(text)) == {("Eero Kallio", "Delegation leader", None, "role:role-label"),
                                    ("Eero Kallio", "cluster director", None, "role:apposition")}


def test_role_org_entry_head_label_opening_its_line_is_a_field_of_its_own(extract):
    # a report's head block opens with the organisation; its labelled lines are fields, not a member's entry
    text = ("Working group meeting report\n\nNordic Packaging Alliance (NPA)\nMeeting: 4 May 2031, Oslo\n"
            "Rapporteur: Sigrid Moe")
    assert roles(extract(text)) == {("Sigrid Moe", "Rapporteur", None, "role:role-label")}
