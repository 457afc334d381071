"""The organisation written next to a person in lists and tables, and the own organisation's board and units in the
languages of languages.csv:

- family ``org-label-before-name`` (role_orgs.py) for the items of a list run on one line after its label, each
  "<organisation> – <name>" closed by a semicolon ("Partners: Acme Cluster – Dr. Jane Doe; Beta University – …");
- a people table's header naming its column twice after a slash ("Virksomhed / institution", table_cells.py), or with a
  note in brackets after it ("Liige (ärinimi)", "Organisation (legal name)"): the column is still the one it names; a
  last header cell of no known kind may close with a year ("Attendance 2035", statement_tables.py);
- family ``own-board`` (role_own_org.py): the board cues of ``data/role_own_offices.txt`` in every language
  ("bestyrelsen", "Vorstand", "zarząd"), so a board office in a table beside the member's company is also the own
  organisation's;
- family ``own-unit`` for a role before the name: "Minutes: Jane Doe, secretariat" in every language ("Referent: Jane
  Doe, sekretariatet")."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Minutes of the partner meeting\n\nPartners: Alpine Timber Cluster – Dr. Lena Vogt; Danube Sawmill Agency, Linz – "
     "Prof. Karl Moser; Baltic Wood Network (BWN) – Ing. Ivo Tamm (online).\n",
     {("Lena Vogt", "", "Alpine Timber Cluster", "role:org-label-before-name"),
      ("Karl Moser", "", "Danube Sawmill Agency", "role:org-label-before-name"),
      ("Ivo Tamm", "", "Baltic Wood Network", "role:org-label-before-name")}),
    ("Jury\n\nMembers: Nordic Food Agency – Anna Berg; Lund University – Erik Holm; Skåne Dairy Cluster – Maria Lind\n",
     {("Anna Berg", "", "Nordic Food Agency", "role:org-label-before-name"),
      ("Erik Holm", "", "Lund University", "role:org-label-before-name"),
      ("Maria Lind", "", "Skåne Dairy Cluster", "role:org-label-before-name")}),
])
def test_semicolon_list_items(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Styregruppe\n\nNavn\n\nVirksomhed / institution\n\nRolle\n\nJens Mølgaard\n\nVejle Maskinfabrik A/S\n\n"
     "Formand\n\nKaren Dahl\n\nAalborg Universitet\n\nMedlem\n",
     {("Jens Mølgaard", "Formand", "Vejle Maskinfabrik A/S", "role:table:speaker"),
      ("Karen Dahl", "Medlem", "Aalborg Universitet", "role:table:speaker")}),
    ("Expert panel\n\nName\n\nCompany/Organisation\n\nRole\n\nNora Lindahl\n\nBaltic Sensor Institute\n\nChair\n\n"
     "Emil Berg\n\nNorth Sea Robotics Ltd\n\nRapporteur\n",
     {("Nora Lindahl", "Chair", "Baltic Sensor Institute", "role:table:speaker"),
      ("Emil Berg", "Rapporteur", "North Sea Robotics Ltd", "role:table:speaker")}),
    ("Grupa robocza\n\nImię i nazwisko\n\nInstytucja / firma\n\nFunkcja\n\nAnna Nowak\n\nPolitechnika Opolska\n\n"
     "Koordynatorka\n\nJan Kowalski\n\nOpole Beton Sp. z o.o.\n\nEkspert\n",
     {("Anna Nowak", "Koordynatorka", "Politechnika Opolska", "role:table:speaker"),
      ("Jan Kowalski", "Ekspert", "Opole Beton Sp. z o.o.", "role:table:speaker")}),
])
def test_slash_header_names_the_organisation_column(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Liikmed\n\nNr\n\nLiige (ärinimi)\n\nAsukoht\n\nEsindaja\n\n1.\n\nPärnu Paadid OÜ\n\nPärnu\n\n"
     "Mati Kask, juhataja\n\n2.\n\nHaapsalu Puit AS\n\nHaapsalu\n\nLiis Tamm, arendusjuht\n",
     {("Mati Kask", "juhataja", "Pärnu Paadid OÜ", "role:table:speaker"),
      ("Liis Tamm", "arendusjuht", "Haapsalu Puit AS", "role:table:speaker")}),
    ("Members of the steering group\n\nName\n\nOrganisation (legal name)\n\nRole\n\nNora Lindahl\n\n"
     "Baltic Sensor Institute\n\nChair\n\nEmil Berg\n\nNorth Sea Robotics Ltd\n\nRapporteur\n",
     {("Nora Lindahl", "Chair", "Baltic Sensor Institute", "role:table:speaker"),
      ("Emil Berg", "Rapporteur", "North Sea Robotics Ltd", "role:table:speaker")}),
    ("Arbeitsgruppe\n\nName\n\nUnternehmen (Sitz)\n\nFunktion\n\nEva Gruber\n\nMur Holzbau GmbH\n\n"
     "Sprecherin\n\nKarl Moser\n\nEnns Sägewerk AG\n\nKassier\n",
     {("Eva Gruber", "Sprecherin", "Mur Holzbau GmbH", "role:table:speaker"),
      ("Karl Moser", "Kassier", "Enns Sägewerk AG", "role:table:speaker")}),
])
def test_header_with_a_note_in_brackets(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Board\n\nDirector\n\nPosition\n\nOrganisation\n\nAttendance 2035\n\nNora Lindahl\n\nChair\n\n"
     "Baltic Sensor Institute\n\n6/7\n\nEmil Berg\n\nTreasurer\n\nNorth Sea Robotics Ltd\n\n7/7\n",
     {("Nora Lindahl", "Chair", "Baltic Sensor Institute", "role:table:speaker"),
      ("Emil Berg", "Treasurer", "North Sea Robotics Ltd", "role:table:speaker")}),
    ("Jury\n\nName\n\nOrganisation\n\nRole\n\nTerm 2031–2034\n\nAnna Berg\n\nLund University\n\nChair\n\n"
     "2031–2034\n\nEmil Berg\n\nNorth Sea Robotics Ltd\n\nTreasurer\n\n2032–2034\n",
     {("Anna Berg", "Chair", "Lund University", "role:table:speaker"),
      ("Emil Berg", "Treasurer", "North Sea Robotics Ltd", "role:table:speaker")}),
    ("Steering group\n\nName\n\nInstitution\n\nFunction\n\nMeetings 2034\n\nOla Nordmann\n\nBergen Marine "
     "Cluster\n\nSecretary\n\n4\n\nKari Hansen\n\nTromsø Fish Agency\n\nObserver\n\n3\n",
     {("Ola Nordmann", "Secretary", "Bergen Marine Cluster", "role:table:speaker"),
      ("Kari Hansen", "Observer", "Tromsø Fish Agency", "role:table:speaker")}),
])
def test_last_header_cell_with_a_year(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_board_cue_in_another_language(extract):
    # a Danish AGM's board table: "Næstformand" is the cluster's office, the company cell the member's own
    text = ("Referat af generalforsamling\n\nHedeland Robotklynge – foreningen for robotteknologi i Sydjylland\n\n"
            "Mødet blev holdt i klyngens lokaler. Hedeland Robotklynge har 61 medlemmer. Bestyrelsen ser således ud:\n\n"
            "Navn\n\nVirksomhed\n\nRolle i bestyrelsen\n\nJens Mølgaard\n\nVejle Maskinfabrik A/S\n\nNæstformand\n")
    got = _rows(extract(text))
    assert ("Jens Mølgaard", "Næstformand", "Hedeland Robotklynge", "role:table:speaker+own-board") in got
    assert ("Jens Mølgaard", "", "Vejle Maskinfabrik A/S", "role:table:cell-org") in got


@pytest.mark.parametrize("text, person, org", [
    ("Referat af bestyrelsesmøde\n\nHedeland Robotklynge – foreningen for robotteknologi i Sydjylland\n\n"
     "Hedeland Robotklynge har 61 medlemmer. Referent: Jens Mølgaard, sekretariatet.\n",
     "Jens Mølgaard", "Hedeland Robotklynge"),
    ("Protokoll från styrelsemöte\n\nVärmland Träkluster – föreningen för trä och bygg i Värmland\n\n"
     "Värmland Träkluster har 70 medlemmar. Sekreterare: Eva Lund, kansliet.\n",
     "Eva Lund", "Värmland Träkluster"),
    ("Minutes of the board meeting\n\nAlpine Timber Cluster – the network of the wood industry in Tyrol\n\n"
     "Alpine Timber Cluster has 80 members. Minutes: Lena Vogt, secretariat.\n",
     "Lena Vogt", "Alpine Timber Cluster"),
])
def test_own_unit_after_a_role_label(extract, text, person, org):
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert (person, org) in got
