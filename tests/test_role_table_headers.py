"""Tables of people (statement_lines.py and table_cells.py, rule table:speaker): a header cell names its column by its first or
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
