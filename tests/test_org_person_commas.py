"""Rule "pattern:person-comma" (org_person_fields.py): the organisation in the comma field after a listed person's
name, past the person's degrees and a role field, in English and other languages; and the rule family "a listed
person is no organisation" (a list of people gives no organisation). Sentences of our own, exact rows."""
from __future__ import annotations

import pytest


def orgs(result) -> set[str]:
    return {o.name for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    # a speaker line with the organisation right after the name
    ("Speakers:\n- Henrik Dahl, Vestkyst Maritime\n- Ingrid Solheim, Fjordlab Ocean\n",
     {("Vestkyst Maritime", "pattern:person-comma"), ("Fjordlab Ocean", "pattern:person-comma")}),
    # a role field between the name and the organisation (the role statement reads it too), and a town after it
    ("10:30 Welding robots in small shops – Tomas Keller, head of automation, Brightmill Robotics, Graz\n",
     {("Brightmill Robotics", "role:organisation")}),
    # entries separated by semicolons
    ("Present: Eva Holm, Tarvio Labs; Piet Smit, Deltawerk Consult; Olga Novak, Sunfield Energy.\n",
     {("Tarvio Labs", "pattern:person-comma"), ("Deltawerk Consult", "pattern:person-comma"),
      ("Sunfield Energy", "pattern:person-comma")}),
    # another language: a lower-case role field, an organisation word with a lower-case word inside (the second
    # name an organisation word of the language heads, read by its own rule)
    ("Govornici:\n- Ivana Kovač, državna tajnica, Ministarstvo gospodarstva\n- Marko Babić, ravnatelj, Zadarska razvojna agencija\n",
     {("Ministarstvo gospodarstva", "pattern:person-comma"), ("Zadarska razvojna agencija", "pattern:lower-head-bounded")}),
    # a legal form in a field of its own stays with its name
    ("Prednášajúci: Jozef Hruška, riaditeľ, Tatranské strojárne, a. s.\n",
     {("Tatranské strojárne, a. s.", "pattern:person-comma")}),
])
def test_person_comma_organisation(extract, text, expected):
    assert {(o.name, o.rule) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text", [
    # a list of people: the field after a name is another person
    "The jury: Anna Lindqvist, Peter Novak, Maria Rossi.\n",
    # a role title or a degree after the name is no organisation
    "Contact: Helena Vos, Project Manager\nPhone: 0000\n",
    "Author: Jan Dvořák, Ph.D.\n",
    # a town after the name
    "Guest of honour: Sofia Marin, Porto\n",
    # people joined by "and" after the comma
    "Our contact persons: Jonas Weber, Clara Moreau and Lena Fischer.\n",
    # a role title wrapped over the line's end in a PDF's column
    "Exhibitors' staff:\nMarkus Lindgren, Quality\nManager\n",
    # a place's name with a person's shape is no person
    "Venue: Hotel Sonnblick, Bad Gastein\n",
])
def test_person_comma_not_organisation(extract, text):
    assert orgs(extract(text)) == set()


@pytest.mark.parametrize("text, expected", [
    # a board table, one cell a line: office, person, organisation
    ("Board\n\nChair\n\nHenrik Dahlgren\n\nVestkyst Maritime AB\n\nTreasurer\n\nIng. Petra Nováková, Ph.D.\n\n"
     "Sparkasse Nordhavn\n\nMember\n\nJonas Weber\n\nBrightmill Robotics\n",
     {("Vestkyst Maritime AB", "legal-form"), ("Sparkasse Nordhavn", "pattern:person-line"),
      ("Brightmill Robotics", "pattern:person-line")}),
    # an election's candidates with their votes
    ("Candidate\n\nMember organisation\n\nVotes\n\nKarolina Wiśniewska\n\nMeblex Sp. z o.o.\n\n31\n\n"
     "Tomasz Zieliński\n\nDrewnopol Design\n\n24\n\nMarta Kowalczyk\n\nSosnowe Meble\n\n19\n",
     {("Meblex Sp. z o.o.", "legal-form"), ("Drewnopol Design", "pattern:person-line"),
      ("Sosnowe Meble", "pattern:person-line")}),
    # a town in a bracket after the member's name; a person's degree after a name is no organisation
    ("Board\n\nHenrik Dahlgren\n\nVestkyst Maritime AB (Esbjerg)\n\nPetra Nováková\n\nAnna Lindqvist MSc\n\n"
     "Jonas Weber\n\nBrightmill Robotics (Malmö)\n",
     {("Vestkyst Maritime AB", "legal-form"), ("Brightmill Robotics", "pattern:person-line")}),
    # another language's table: a person, the member's name, the office
    ("Představenstvo\n\nJana Horáková\n\nMlékárna Polná s.r.o.\n\npředsedkyně\n\nPavel Dvořák\n\n"
     "Pivovar Horácko\n\nčlen\n",
     {("Mlékárna Polná s.r.o.", "legal-form"), ("Pivovar Horácko", "pattern:person-line")}),
    # a cell with a role field before the organisation, or its town after it: the fields as "pattern:person-comma" reads them
    ("Speakers\n\nHelena Marchetti\n\nVice President Procurement Europe, Garonne Composites SAS\n\nTomasz Zieliński\n\n"
     "Head of Purchasing, Brightmill Robotics AB\n\nKarim Idrissi\n\nManaging Director, Titanium Forge Iberia S.L.\n",
     {("Garonne Composites SAS", "legal-form"), ("Brightmill Robotics AB", "legal-form"),
      ("Titanium Forge Iberia S.L.", "legal-form")}),
    ("Co-chairs\n\nJonas Weber\n\nNordhavn Battery Cluster, Esbjerg\n\nPetra Nováková\n\nPivovar Horácko, Jihlava\n",
     {("Nordhavn Battery Cluster", "pattern:org-head"), ("Pivovar Horácko", "pattern:person-line")}),
])
def test_person_line_organisation(extract, text, expected):
    assert {(o.name, o.rule) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text", [
    # a programme: the line after a speaker is a talk's title, and no rule reads an organisation in the column
    "Programme\n\nAnna Lindqvist\n\nKeynote Speech\n\nPeter Novak\n\nClosing Remarks\n",
    # one pair alone is no table
    "Contact\n\nMaria Rossi\n\nNordic Blue Partners\n",
    # a PDF's column wrapped line by line, no blank line between the cells
    "Speakers\nMaria Papadaki\nQuality manager, Elais Olive S.A. Track A speaker\nNikos Georgiou\nOlive Oil Cluster of "
    "Crete.\nAnna Lindqvist\nNordic Blue Partners\n",
])
def test_person_line_not_organisation(extract, text):
    assert {o.rule for o in extract(text).organisations} & {"pattern:person-line"} == set()
