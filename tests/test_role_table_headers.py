"""Tables of people (statement_tables.py and table_cells.py, rule table:speaker): a header cell names its column by its first or
last word ("Role in the project", "Board function"); "Signed by" names people and "Cluster" / "Partner"
organisations; a name cell may carry the role after a comma or in brackets; an organisation cell may carry the
person's post after a comma."""
from __future__ import annotations

import pytest


def _table(head: str, row: str) -> str:
    cols = head.count("|") - 1
    return "Participants of the meeting\n\n" + head + "\n" + "|---" * cols + "|\n" + row + "\n"


@pytest.mark.parametrize("head, row, expected", [
    ("| Name | Organisation | Role in the project |", "| Marta Kowalska | Silesia Energy Cluster | Partner, WP4 leader |",
     ("Marta Kowalska", "Partner, WP4 leader", "Silesia Energy Cluster")),
    ("| Name | Organisation | Board function |", "| Olav Berg | Fjord Boats AS, CEO | Chair of the Board |",
     ("Olav Berg", "Chair of the Board", "Fjord Boats AS")),
    ("| Cluster | Signed by |", "| Ionian Fisheries Cluster | Petros Alexiou, Chairman |",
     ("Petros Alexiou", "Chairman", "Ionian Fisheries Cluster")),
    ("| Partner | Representative |", "| Tagus Water Cluster | Dr. Rita Nogueira (Executive Director) |",
     ("Rita Nogueira", "Executive Director", "Tagus Water Cluster")),
    ("| Name | Organisation | Function |", "| Ana Petrova (online) | Danube Joint Secretariat | project officer (online) |",
     ("Ana Petrova", "project officer", "Danube Joint Secretariat")),
])
def test_table_row_gives_the_role_and_organisation(extract, head, row, expected):
    rows = {(r.person, r.role, r.organisation) for r in extract(_table(head, row)).roles if r.rule == "role:table:speaker"}
    assert rows == {expected}


def test_table_date_cell_is_no_role(extract):
    rows = [r for r in extract(_table("| Name | Organisation | Role |", "| Marta Kowalska | Silesia Energy Cluster | 12 May |")).roles
            if r.rule == "role:table:speaker"]
    assert [(r.role, r.organisation) for r in rows] == [("", "Silesia Energy Cluster")]


def test_cell_table_role_header_and_role_in_name_cell(extract):
    # one cell per paragraph, as HTML and Markdown ingest write tables
    text = ("Present\n\nName\n\nOrganisation\n\nRole in the project\n\nMarta Kowalska\n\nSilesia Energy Cluster\n\n"
            "Partner, WP4 leader\n\nOlav Berg\n\nFjord Boats AS\n\nproject officer\n\nThe meeting opened at 9:00.")
    rows = {(r.person, r.role, r.organisation) for r in extract(text).roles if r.rule == "role:table:speaker"}
    assert rows == {("Marta Kowalska", "Partner, WP4 leader", "Silesia Energy Cluster"), ("Olav Berg", "project officer", "Fjord Boats AS")}


def test_cell_table_signatories(extract):
    text = ("Signed\n\nCluster\n\nSigned by\n\nIonian Fisheries Cluster\n\nPetros Alexiou, Chairman\n\nTagus Water Cluster\n\n"
            "Rita Nogueira (Executive Director)\n\nDone in Lisbon.")
    rows = {(r.person, r.role, r.organisation) for r in extract(text).roles if r.rule == "role:table:speaker"}
    assert rows == {("Petros Alexiou", "Chairman", "Ionian Fisheries Cluster"), ("Rita Nogueira", "Executive Director", "Tagus Water Cluster")}


def test_cell_table_row_nobody_signed(extract):
    # a dash for nobody: the rows after it still line up; "Dott." is a title, not part of the name
    text = ("Signed\n\nCluster\n\nSigned by\n\nIonian Fisheries Cluster\n\n—\n\nTagus Water Cluster\n\n"
            "Dott. Marco Fabbri, vice president\n\nDone in Lisbon.")
    rows = {(r.person, r.role, r.organisation) for r in extract(text).roles if r.rule == "role:table:speaker"}
    assert rows == {("Marco Fabbri", "vice president", "Tagus Water Cluster")}


@pytest.mark.parametrize("text, expected", [
    # a board table whose organisation column is "Member organisation"
    ("Board\n\nName\n\nFunction\n\nMember organisation\n\nDr. Ilona Varga\n\nChair\n\nTisza Robotics Kft.\n\n"
     "Bence Molnar\n\nTreasurer\n\nSzeged Medical University\n\nThe board meets four times a year.",
     {("Ilona Varga", "Chair", "Tisza Robotics Kft"), ("Bence Molnar", "Treasurer", "Szeged Medical University")}),
    # a members' directory: company, contact person, role, city (the city is no role)
    ("Directory\n\nCompany\n\nContact person\n\nRole\n\nCity\n\nVistula Coatings Sp. z o.o.\n\nAgata Nowicka\n\n"
     "export manager\n\nGdansk\n\nOder Valves S.A.\n\nPiotr Lis\n\nCEO\n\nSzczecin\n\nMembership is open to all.",
     {("Agata Nowicka", "export manager", "Vistula Coatings Sp. z o.o."), ("Piotr Lis", "CEO", "Oder Valves S.A.")}),
    # a role column named by its first word and a longer phrase after it
    ("Composition\n\nName\n\nFunction in the Advisory Council\n\nOrganisation\n\nTerm\n\nJonas Petraitis\n\nChair\n\n"
     "Klaipeda Port Authority\n\n2031–2033\n\nRasa Vaitkute\n\nObserver\n\nMinistry of Economy\n\nuntil revoked\n\n"
     "The council adopts its own rules.",
     {("Jonas Petraitis", "Chair", "Klaipeda Port Authority"), ("Rasa Vaitkute", "Observer", "Ministry of Economy")}),
    # German headers (a German table in an English report)
    ("Board of the association\n\nName\n\nFunktion\n\nUnternehmen\n\nKlaus Brenner\n\nVorsitzender\n\n"
     "Brenner Feinwerktechnik GmbH\n\nThe board is elected for three years.",
     {("Klaus Brenner", "Vorsitzender", "Brenner Feinwerktechnik GmbH")}),
    # a directory of contact points by country: the name column is headed "Contact point"
    ("Who to call\n\nCountry\n\nContact point\n\nOrganisation\n\nE-mail\n\nEstonia\n\nKadri Tamm\n\n"
     "Tallinn Innovation Agency\n\nk.tamm@tia.example\n\nLatvia\n\nJanis Ozols\n\nRiga Business Hub\n\n"
     "j.ozols@rbh.example\n\nAll contact points speak English.",
     {("Kadri Tamm", "", "Tallinn Innovation Agency"), ("Janis Ozols", "", "Riga Business Hub")}),
    # national contact points under "NCP"; a Polish engineer's title before a name ("dr inż.") is no part of it
    ("National contact points\n\nCountry\n\nNCP\n\nOrganisation\n\nPoland\n\ndr inż. Marek Zielinski\n\n"
     "Warsaw Research Office\n\nSpain\n\nLucia Navarro Gil\n\nMadrid Technology Agency\n\nPlease write before calling.",
     {("Marek Zielinski", "", "Warsaw Research Office"), ("Lucia Navarro Gil", "", "Madrid Technology Agency")}),
    # the same shape as a Markdown table, the role in the name cell
    ("Contacts\n\n| Region | National contact point | Organisation |\n|---|---|---|\n"
     "| Flanders | Joris Peeters, senior adviser | Ghent Innovation Office |\n\nUpdated monthly.",
     {("Joris Peeters", "senior adviser", "Ghent Innovation Office")}),
])
def test_cell_table_header_words(extract, text, expected):
    rows = {(r.person, r.role, r.organisation) for r in extract(text).roles if r.rule.startswith("role:table:speaker")}
    assert rows == expected


@pytest.mark.parametrize("text, expected", [
    # "Role in the project" before "Contact person" in a table that opens with the partner: the partner's role
    ("Partners\n\nNo.\n\nPartner\n\nCountry\n\nRole in the project\n\nContact person\n\n1\n\nGaronne Composites SAS\n\n"
     "France\n\nCoordinator; WP1 lead\n\nHelene Marchal\n\n2\n\nEbro Robotics S.L.\n\nSpain\n\nPilot site\n\n"
     "Jordi Puig\n\nThe consortium met in Toulouse.",
     {("Helene Marchal", "", "Garonne Composites SAS"), ("Jordi Puig", "", "Ebro Robotics S.L.")}),
    # "#" heads the numbering column (cleaning reads it as a heading mark); the rows still line up under the header
    ("Consortium\n\n#\n\nOrganisation\n\nCountry\n\nRole in the project\n\nContact person\n\n1\n\n"
     "Liguria Marine Robotics S.r.l.\n\nItaly\n\nCoordinator\n\nPaolo Ferrante\n\n2\n\nTallinn Port Analytics OÜ\n\n"
     "Estonia\n\nWP2 lead – data platform\n\nDr. Kersti Mägi\n\nThe partners meet twice a year.",
     {("Paolo Ferrante", "", "Liguria Marine Robotics S.r.l."), ("Kersti Mägi", "", "Tallinn Port Analytics OÜ")}),
])
def test_partner_list_role_column_before_the_contact_is_the_partners(extract, text, expected):
    rows = {(r.person, r.role, r.organisation) for r in extract(text).roles if r.rule.startswith("role:table:speaker")}
    assert rows == expected
