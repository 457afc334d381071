"""Family ``lead-in-board`` (pipeline/extract/role_own_board.py): where the document's own organisation is not known
(a forwarded newsletter, a page with no letterhead), a board office listed with the member's employer is held in the
organisation the list's lead-in names as the board's (SCHEMA, "Conventions settled": the board-office convention).
Exact role rows; sentences of our own."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Hi Tom,\n\nsee the note below.\n\nBest,\nAnna\n\nNew board\nThe General Assembly of the Tatra Robotics Cluster met "
     "on 4 May 2033 and elected a new board:\n - Chair: Pavol Hudec, Hudec Automation s.r.o.\n"
     " - Treasurer: Eva Kmeťová, Kmeť Steel a.s.\n",
     {("Pavol Hudec", "Chair", "Tatra Robotics Cluster", "role:role-label+org-after-role+lead-in-board"),
      ("Pavol Hudec", "", "Hudec Automation s.r.o.", "role:name-comma-org"),
      ("Eva Kmeťová", "Treasurer", "Tatra Robotics Cluster", "role:role-label+org-after-role+lead-in-board"),
      ("Eva Kmeťová", "", "Kmeť Steel a.s.", "role:name-comma-org")}),
    ("Forwarded message\n\nThe new board of the Fjord Aquaculture Network was elected in March:\n"
     "- Chair: Ingrid Vold, Vold Havbruk AS\n- Vice-Chair: Lars Moe, Moe Fisk AS\n",
     {("Ingrid Vold", "Chair", "Fjord Aquaculture Network", "role:role-label+org-after-role+lead-in-board"),
      ("Ingrid Vold", "", "Vold Havbruk AS", "role:name-comma-org"),
      ("Lars Moe", "Vice-Chair", "Fjord Aquaculture Network", "role:role-label+org-after-role+lead-in-board"),
      ("Lars Moe", "", "Moe Fisk AS", "role:name-comma-org")}),
    # Norwegian: "styret i" (the board in) the cluster
    ("Videresendt melding\n\nStyret i Fjord Havbruksklynge ble valgt på årsmøtet:\n- Styreleder: Ingrid Vold, Vold Havbruk AS\n"
     "- Styremedlem: Lars Moe, Moe Fisk AS\n",
     {("Ingrid Vold", "Styreleder", "Fjord Havbruksklynge", "role:role-label+org-after-role+lead-in-board"),
      ("Ingrid Vold", "", "Vold Havbruk AS", "role:name-comma-org"),
      ("Lars Moe", "Styremedlem", "Fjord Havbruksklynge", "role:role-label+org-after-role+lead-in-board"),
      ("Lars Moe", "", "Moe Fisk AS", "role:name-comma-org")}),
])
def test_board_office_held_in_the_lead_in_organisation(extract, text, expected):
    assert roles(extract(text)) == expected


def test_no_board_cue_keeps_the_employer(extract):
    # a programme's speakers, no board: the employer stays the organisation of the role
    text = ("Hi Tom,\n\nsee the programme below.\n\nSpeakers at the Tatra Robotics Cluster day:\n"
            " - Keynote: Pavol Hudec, Hudec Automation s.r.o.\n")
    assert all(r.organisation != "Tatra Robotics Cluster" for r in extract(text).roles if r.person == "Pavol Hudec")
