"""Space-aligned tables in plain text become bar rows before spaces are folded (pipeline.ingest.text_tables)."""
from __future__ import annotations

import pytest

from pipeline.ingest.text_tables import pipe_text_tables


def test_attendance_table_with_a_partner_code_and_an_empty_cell():
    text = ("Present\n"
            "Partner                         Name               Role\n"
            "LP  Danube Logistics Agency     Marek Hudec        project coordinator\n"
            "PP2 Graz Wood Cluster           Martin Huber\n"
            "PP3 Lviv IT Cluster             Oksana Melnyk      finance\n"
            "\n"
            "1. Welcome\n")
    assert pipe_text_tables(text) == ("Present\n"
                                      "Partner | Name | Role\n"
                                      "LP  Danube Logistics Agency | Marek Hudec | project coordinator\n"
                                      "PP2 Graz Wood Cluster | Martin Huber | \n"
                                      "PP3 Lviv IT Cluster | Oksana Melnyk | finance\n"
                                      "\n"
                                      "1. Welcome\n")


def test_indented_calendar_and_tabs():
    text = "  Date          Event                  Place\n  12.03.2031    Wood Days              Graz\n  04.05.2031    Timber Forum           Linz\n"
    assert pipe_text_tables(text) == "  Date | Event | Place\n  12.03.2031 | Wood Days | Graz\n  04.05.2031 | Timber Forum | Linz\n"
    tabs = "Name\tFunction\tOrganisation\nAnna Berg\tChair\tNordic Wood AB\nErik Lund\tTreasurer\tLund Sawmill AB\n"
    assert pipe_text_tables(tabs) == ("Name | Function | Organisation\nAnna Berg | Chair | Nordic Wood AB\n"
                                      "Erik Lund | Treasurer | Lund Sawmill AB\n")


def test_left_alone():
    two_columns = ("The cluster grew to 90 members      The next forum takes place in Graz\n"
                   "in 2030, said Anna Weber, its       chair, on 3 May 2031.\n"
                   "managing director.                  Registration opens in March.\n")
    assert pipe_text_tables(two_columns) == two_columns  # two cells a line: page columns, not a table
    short = "Name          Role          Organisation\nAnna Berg     Chair         Nordic Wood AB\n"
    assert pipe_text_tables(short) == short  # a header and one row: too little to tell a table
    wrapped = ("Voucher A        up to EUR 5,000      all costs\n"
               "Voucher B        up to EUR 15,000     80 % of the\n"
               "costs that are eligible under the call\n")
    assert pipe_text_tables(wrapped) == wrapped  # the third line fits no column: two lines only


def test_rows_open_with_their_key():
    schedule = ("Sat 4.5.   09:00  Registration\n"
                "           10:00  Opening by the mayor\n"
                "           11:00  Guided tour\n"
                "Sun 5.5.   10:00  Closing panel\n")
    assert pipe_text_tables(schedule) == schedule  # continued rows (empty first cell): no table of three lines
    page = ("NEWS FROM THE BOARD           12.03.2031  Forum \"Wood in cities\"\n"
            "the board met in March and    04.05.2031  Timber Days, Linz\n"
            "agreed on the new budget.     20.06.2031  Summer school\n")
    assert pipe_text_tables(page) == page  # a page column's wrapped prose opens no row


def test_grouped_rows_and_wrapped_cells_under_a_header():
    # a board table saved as text: the body named once for its rows, an organisation wrapped onto the next line
    text = ("Body               Office          Name                Company\n"
            "Supervisory Board  Chair           Ilona Varga         Tisza Grain Zrt.\n"
            "                   Member          Peter Molnar        University of Szeged, Faculty\n"
            "                                                       of Agriculture\n"
            "                   Member          Eva Kiss            Kiss Mills Kft.\n"
            "Audit Committee    Chair           Janos Toth          registered auditor\n"
            "\n"
            "The board met four times.\n")
    assert pipe_text_tables(text) == ("Body | Office | Name | Company\n"
                                      "Supervisory Board | Chair | Ilona Varga | Tisza Grain Zrt.\n"
                                      " | Member | Peter Molnar | University of Szeged, Faculty of Agriculture\n"
                                      " | Member | Eva Kiss | Kiss Mills Kft.\n"
                                      "Audit Committee | Chair | Janos Toth | registered auditor\n"
                                      "\n"
                                      "The board met four times.\n")
    # a team without organisations: a long name runs over the empty last column
    team = ("Unit            Function           Name              Phone\n"
            "Secretariat     Head               Lina Berg         +46 1 234\n"
            "                Project Officer    Maximilian Oberhauser-Lindqvist\n"
            "                Assistant          Ola Dahl          +46 1 236\n")
    assert pipe_text_tables(team) == ("Unit | Function | Name | Phone\n"
                                      "Secretariat | Head | Lina Berg | +46 1 234\n"
                                      " | Project Officer | Maximilian Oberhauser-Lindqvist | \n"
                                      " | Assistant | Ola Dahl | +46 1 236\n")
    # a wrapped role under a row of a plain three-column table with a header
    roles = ("Name            Role                    Partner\n"
             "Anna Lind       Work package leader,    Lund Tech AB\n"
             "                dissemination\n"
             "Karl Berg       Coordinator             Berg Wood AB\n")
    assert pipe_text_tables(roles) == ("Name | Role | Partner\n"
                                       "Anna Lind | Work package leader, dissemination | Lund Tech AB\n"
                                       "Karl Berg | Coordinator | Berg Wood AB\n")


# rule filled_cell_split: a header's ruler keeps the table going; a cell that fills its column is cut at the next one
@pytest.mark.parametrize("table, rows", [
    ("WHEN              WHAT                                     WHERE\n"
     "------------------------------------------------------------------\n"
     "Mon 12 Jan        Members' breakfast                       Graz\n"
     "Thu 19 Feb–20 Feb Study trip to the Ruhr steel park        Essen\n"
     "Fri 06 Mar        Webinar \"Grants for pilot lines\"         online\n",
     ["WHEN | WHAT | WHERE", "-" * 66, "Mon 12 Jan | Members' breakfast | Graz",
      "Thu 19 Feb–20 Feb | Study trip to the Ruhr steel park | Essen",
      "Fri 06 Mar | Webinar \"Grants for pilot lines\" | online"]),
    ("Date        Event                       Venue\n"
     "=================================================\n"
     "03.04.2031  Cluster forum              Porto\n"
     "14.05.2031- Pitch night for start-ups  Braga\n"
     "22.06.2031  Summer school              Aveiro\n",
     ["Date | Event | Venue", "=" * 49, "03.04.2031 | Cluster forum | Porto",
      "14.05.2031- | Pitch night for start-ups | Braga", "22.06.2031 | Summer school | Aveiro"]),
    ("Partner     Country   Role\n"
     "---------------------------\n"
     "AgroLab SRL Romania   lead partner\n"
     "Tecnalia    Spain     partner\n"
     "Turku AMK   Finland   partner\n",
     ["Partner | Country | Role", "-" * 27, "AgroLab SRL | Romania | lead partner", "Tecnalia | Spain | partner",
      "Turku AMK | Finland | partner"]),
])
def test_filled_cell_split_under_a_ruled_header(table, rows):
    assert pipe_text_tables(table).split("\n")[:len(rows)] == rows
