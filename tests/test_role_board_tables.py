"""People tables whose header holds a mandate or "Represented by" column (table_cells.py, data/table_column_headers.txt),
whose names carry "Dr.-Ing." or lower-case academic titles ("doc.", "prof.", data/person_titles.txt), or whose
organisation cell holds an organisation word of another language ("Distretto …", statement_tables.py): every row is
read (rule table:speaker)."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # a signatory table whose name column is "Represented by"; "Dr.-Ing." and a lower-case "prof." open the names
    ("Signing of the agreement\n\nOrganisation\n\nRepresented by\n\nFunction\n\nDanube Wood Cluster\n\n"
     "Dr.-Ing. Petra Kovac\n\nManaging Director\n\nBavarian Forest Agency\n\nprof. Anton Huber\n\nDirector\n",
     {("Petra Kovac", "Managing Director", "Danube Wood Cluster", "role:table:speaker"),
      ("Anton Huber", "Director", "Bavarian Forest Agency", "role:table:speaker")}),
    # a board table with a mandate column; "doc. Ing." opens a name, an Italian "Distretto" names an organisation
    ("Board of the association\n\nName\n\nOrganisation\n\nFunction\n\nMandate until\n\n"
     "doc. Ing. Pavel Novotny, Ph.D.\n\nMoravian Sawmills a.s.\n\nChair\n\n06/2031\n\n"
     "Klara Dvorak\n\nDistretto Legno del Friuli\n\nTreasurer (acting)\n\n06/2029\n",
     {("Pavel Novotny", "Chair", "Moravian Sawmills a.s.", "role:table:speaker"),
      ("Klara Dvorak", "Treasurer", "Distretto Legno del Friuli", "role:table:speaker")}),
    ("Steering group\n\nName\n\nInstitution\n\nRole\n\nTerm of office\n\nOla Nordmann\n\nBergen Marine Cluster\n\n"
     "Chair\n\n2028–2031\n\ndr. ing. Kari Hansen\n\nTromsø Fish Agency\n\nSecretary\n\n2029–2032\n",
     {("Ola Nordmann", "Chair", "Bergen Marine Cluster", "role:table:speaker"),
      ("Kari Hansen", "Secretary", "Tromsø Fish Agency", "role:table:speaker")}),
])
def test_board_and_signatory_tables(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_name_shaped_organisation_cell_keeps_the_rows(extract):
    # "Morlet Capital SCSp" reads like a name, but the next row's name cell lines up: the rows after it are read
    # (that cell itself is not trusted as an organisation; the card rule gives the row's role); "Dr. habil." is a title
    text = ("Advisory board\n\nName\n\nPosition\n\nAffiliation\n\nTerm\n\nNora Lindahl\n\nChair\n\nBaltic Sensor Institute\n\n"
            "2031–2034\n\nEmile Fonck\n\nPartner\n\nMorlet Capital SCSp\n\n2031–2034\n\nDr. habil. Ieva Ozola\n\nobserver\n\n"
            "Riga Technical University\n\npermanent\n\nThe board meets twice a year.")
    assert _rows(extract(text)) == {("Nora Lindahl", "Chair", "Baltic Sensor Institute", "role:table:speaker"),
                                    ("Emile Fonck", "Partner", None, "role:line:name-over-role"),
                                    ("Ieva Ozola", "observer", "Riga Technical University", "role:table:speaker")}
