"""Attendance, apologies and board list entries that give the name, the organisation, then the role that ends the
entry (statement_member_lines.py, rule line:name-org-role), and the board office such an entry states in a document
its organisation writes about itself (role_own_org.py, family own-board)."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Kickoff of the SEALINK project\n\nPresent\n"
     "- Henrik Dalgaard - Offshore Cluster Esbjerg (OCE), project coordinator\n"
     "- Sofie Lindberg (Malmö Port Authority), deputy WP2 leader\n"
     "- Ilse Janssen - Flemish Wind Agency, communication lead (online)\n",
     {("Henrik Dalgaard", "project coordinator", "Offshore Cluster Esbjerg", "role:line:name-org-role"),
      ("Sofie Lindberg", "deputy WP2 leader", "Malmö Port Authority", "role:line:name-org-role"),
      ("Ilse Janssen", "communication lead", "Flemish Wind Agency", "role:line:name-org-role")}),
    ("Apologies: Karl Moser (Alpine Timber AG), member of the steering group; Eva Brandt (Innsbruck Joinery GmbH), "
     "finance officer.",
     {("Karl Moser", "member of the steering group", "Alpine Timber AG", "role:line:name-org-role"),
      ("Eva Brandt", "finance officer", "Innsbruck Joinery GmbH", "role:line:name-org-role")}),
    ("Participants\nMarek Novak, Silesian Glass Cluster – quality manager\n"
     "Dr. Lena Vogt (Fraunhofer Institute for Wood Research), scientific adviser, online.\n",
     {("Marek Novak", "quality manager", "Silesian Glass Cluster", "role:line:name-org-role"),
      ("Lena Vogt", "scientific adviser", "Fraunhofer Institute for Wood Research", "role:line:name-org-role")}),
    # the role before the organisation is line:name-role's; a country or a degree in the last segment is no role
    ("Present\n- Jana Roe, Head of Unit, Acme Agency\n- Tom Berg, treasurer, Nordic Wood Network\n"
     "- Ann Lee (Acme Oy), Finland\n- Ben Fox, Acme Oy, Ph.D.\n",
     {("Jana Roe", "Head of Unit", "Acme Agency", "role:line:name-role"),
      ("Tom Berg", "treasurer", "Nordic Wood Network", "role:line:name-role"),
      ("Ann Lee", "", "Acme Oy", "role:name-bracket-org"), ("Ben Fox", "", "Acme Oy", "role:name-comma-org")}),
    # in the organisation's own report a board office on a list line is the own organisation's (family own-board)
    ("Tyrol Wood Cluster – annual report 2027\n\nThe Tyrol Wood Cluster has a new board.\n\nBoard\n"
     "- Lisa Pichler, Innsbruck Joinery GmbH – vice-president\n- Max Lang (Tyrol Forest Agency) – member\n",
     # a board list's lines are the board family's (statement_board.py) before the attendance-line rule
     {("Lisa Pichler", "vice-president", "Tyrol Wood Cluster", "role:board-comma-entry-role+own-board"),
      ("Lisa Pichler", "", "Innsbruck Joinery GmbH", "role:name-comma-org"),
      ("Max Lang", "member", "Tyrol Wood Cluster", "role:board-entry-role+own-board"),
      ("Max Lang", "", "Tyrol Forest Agency", "role:name-paren")}),
])
def test_member_list_entries(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the plain member that ends an entry, in the list's own language (data/role_entry_titles.csv)
    ("Nadzorni svet 2031–2035\n- Mojca Zupan, Lesni grozd Gorenjska, predsednica\n- Janez Hribar, Hribar Okna d.o.o., član\n",
     {("Mojca Zupan", "predsednica", "Lesni grozd Gorenjska", "role:line:name-org-role"),
      ("Janez Hribar", "član", "Hribar Okna d.o.o.", "role:line:name-org-role")}),
    ("Členové dozorčí rady\n- Pavel Dvořák, Strojírny Brno a.s., člen\n"
     "- Eva Svobodová (Vysoké učení technické v Brně) – členka\n",
     {("Pavel Dvořák", "člen", "Strojírny Brno a.s.", "role:line:name-org-role"),
      ("Eva Svobodová", "členka", "Vysoké učení technické v Brně", "role:line:name-org-role")}),
    ("Raad van advies 2030\n- Lotte Smit (Hogeschool Utrecht) – lid\n",
     {("Lotte Smit", "lid", "Hogeschool Utrecht", "role:line:name-org-role")}),
    ("Rada Programowa klastra\n- Tomasz Nowak, Politechnika Gdańska, członek\n",
     {("Tomasz Nowak", "członek", "Politechnika Gdańska", "role:line:name-org-role")}),
])
def test_plain_member_ending_an_entry_in_other_languages(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # and, capitalised, the label of a board list's line (statement_label_shapes.entry_label)
    ("Styrelsen efter stämman\nOrdförande: Karin Lund\nMedlem: Sara Berg\n",
     {("Karin Lund", "Ordförande", None, "role:role-label"), ("Sara Berg", "Medlem", None, "role:role-label")}),
    ("Upravni odbor\nPredsednik: Marko Kos\nČlan: Rok Zajc\n",
     {("Marko Kos", "Predsednik", None, "role:role-label"), ("Rok Zajc", "Član", None, "role:role-label")}),
])
def test_plain_member_labelling_a_board_line_in_other_languages(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_plain_member_in_prose_states_no_office(extract):
    # "werd lid van de vereniging" (joined the association) is no seat: no entry, no label
    assert _rows(extract("Na de ledenvergadering werd Femke Bos lid van de vereniging. Zij werkt bij Haven Moerdijk.\n")) == set()
