"""Board lists that write the seat where the label rules do not look (statement_member_lines, statement_role_rows): the
plain member's word opening a line with no colon (rule ``line:member-name``), the seat between the name and its
organisation in brackets (rule ``line:name-role-bracket-org``), the member's word as the seat of one bar row of a
headerless board table (rule ``table:role-rows``), the Romanian and Portuguese academic titles before a board
member's name, and a person's offices in one bracket (rule ``name-paren-roles``) in a block not in English. Lists of our
own, in several languages, exact rows."""
from __future__ import annotations

import pytest


def _roles(result):
    return [(r.person, r.role, r.organisation, r.rule) for r in result.roles]


@pytest.mark.parametrize("text, expected", [
    # Finnish: the chair's line is role-before-name-language's, the members' lines this rule's
    ("Hallitus 2040–2041\n\n- puheenjohtaja Outi Mäkelä, Tampereen kaupunki\n- jäsen Kaisa Rantanen, Tampereen yliopisto\n"
     "- jäsen Ville Heikkilä, Sandvik Mining Oy\n",
     [("Outi Mäkelä", "puheenjohtaja", "Tampereen kaupunki", "role:role-before-name-language+org-after-role"),
      ("Kaisa Rantanen", "jäsen", "Tampereen yliopisto", "role:line:member-name"),
      ("Ville Heikkilä", "jäsen", "Sandvik Mining Oy", "role:line:member-name")]),
    # English, the organisation in brackets, a courtesy title before the name
    ("Steering group\n\n• member Dr. Helen Marsh (Northwood University)\n• member Tom Baxter (Baxter Tools Ltd)\n",
     [("Helen Marsh", "member", "Northwood University", "role:line:member-name"),
      ("Tom Baxter", "member", "Baxter Tools Ltd", "role:line:member-name")]),
    # German, no organisation
    ("Beirat\n\nMitglied Anna Beispiel\nMitglied Jonas Vogt\n",
     [("Anna Beispiel", "Mitglied", None, "role:line:member-name"),
      ("Jonas Vogt", "Mitglied", None, "role:line:member-name")]),
])
def test_the_members_word_opens_the_line(extract, text, expected):
    assert _roles(extract(text)) == expected


def test_the_members_word_in_a_sentence_is_no_seat(extract):
    # "member" inside prose, not opening a list line, states no seat of the name after it
    text = "The cluster welcomed its newest member Lindqvist Marine AB, a boatyard on the west coast.\n"
    assert [r for r in _roles(extract(text)) if r[1] == "member"] == []


@pytest.mark.parametrize("text, expected", [
    # Croatian: the board's seats between the name and the organisation
    ("Novi Upravni odbor\n\n– Ivana Perić, predsjednica (Brodogradilište Split d.d.)\n– Marko Kovač, član (Sveučilište u Splitu)\n",
     [("Ivana Perić", "predsjednica", "Brodogradilište Split d.d.", "role:line:name-role-bracket-org"),
      ("Marko Kovač", "član", "Sveučilište u Splitu", "role:line:name-role-bracket-org")]),
    # Czech, a dash in the organisation's name and a courtesy title before the person's
    ("Kontrolní komise\n\n- Ing. Petra Malá, předsedkyně (Moravia Steel a.s.)\n- Jan Dvořák, člen (VŠB – Technická univerzita Ostrava)\n",
     [("Petra Malá", "předsedkyně", "Moravia Steel a.s.", "role:line:name-role-bracket-org"),
      ("Jan Dvořák", "člen", "VŠB – Technická univerzita Ostrava", "role:line:name-role-bracket-org")]),
    # English, a dash after the name
    ("Jury\n\nKate Lynch – chair (Harbour Design Studio)\nOwen Price – member (Westport College)\n",
     [("Kate Lynch", "chair", "Harbour Design Studio", "role:line:name-role-bracket-org"),
      ("Owen Price", "member", "Westport College", "role:line:name-role-bracket-org")]),
])
def test_the_seat_between_the_name_and_its_organisation(extract, text, expected):
    assert _roles(extract(text)) == expected


def test_a_note_in_brackets_is_no_organisation(extract):
    # "(online)" after the seat is a note of the meeting, not the organisation: the rule reads nothing there
    text = "Attendance\n\n- Kate Lynch, member (online)\n- Owen Price, member (online)\n"
    assert [r for r in _roles(extract(text)) if r[3] == "role:line:name-role-bracket-org"] == []


@pytest.mark.parametrize("text, expected", [
    # Romanian: the member's seat in one row only, a Romanian academic rank before a name
    ("Consiliul Director 2040–2043\n Președinte | Dorina Matei | Tehnoplast S.R.L.\n"
     " Vicepreședinte | Prof. univ. dr. Sorin Lungu | Universitatea Tehnică din Iași\n Membru | Corina Stan | Primăria Iași\n",
     [("Dorina Matei", "Președinte", "Tehnoplast S.R.L.", "role:table:role-rows"),
      ("Sorin Lungu", "Vicepreședinte", "Universitatea Tehnică din Iași", "role:table:role-rows"),
      ("Corina Stan", "Membru", "Primăria Iași", "role:table:role-rows")]),
    # English, two rows
    ("Board\nPresident | Alan Hughes | Hughes Marine Ltd\nMember | Ruth Keane | Port of Cork\n",
     [("Alan Hughes", "President", "Hughes Marine Ltd", "role:table:role-rows"),
      ("Ruth Keane", "Member", "Port of Cork", "role:table:role-rows")]),
])
def test_the_members_word_is_a_seat_of_a_bar_row(extract, text, expected):
    assert _roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Direção\n\nVogal: Prof.ª Doutora Rita Sousa\n", [("Rita Sousa", "Vogal", None, "role:role-label")]),
    ("Conducere\n\nVicepreședinte: Conf. univ. dr. Dan Matei\n", [("Dan Matei", "Vicepreședinte", None, "role:role-label")]),
    ("Conducere\n\nPreședinte: prof. univ. dr. ing. Ana Stan\n", [("Ana Stan", "Președinte", None, "role:role-label")]),
])
def test_academic_titles_before_a_holders_name(extract, text, expected):
    assert _roles(extract(text)) == expected


def test_offices_in_one_bracket_in_another_language(extract):
    # rule name-paren-roles is language-neutral: a German board's minutes keep each office and employer
    text = ("Protokoll der Vorstandssitzung vom 12. März 2039\n\nDie Sitzung fand in den Räumen der Geschäftsstelle in "
            "Chemnitz statt und begann um 14 Uhr. Der Vorsitzende begrüßte die Anwesenden und stellte die "
            "Beschlussfähigkeit fest.\n\nAnwesend:\n\nDr. Klaus Berger (Vorsitzender; Berger Feinguss GmbH)\n\n"
            "Petra Lang (stellv. Vorsitzende; Westsächsische Hochschule Zwickau)\n\n"
            "Der Vorstand beschloss einstimmig, die Mitgliederversammlung im Juni in Zwickau abzuhalten.\n")
    assert _roles(extract(text)) == [
        ("Klaus Berger", "Vorsitzender", None, "role:name-paren-roles"),
        ("Klaus Berger", "", "Berger Feinguss GmbH", "role:name-paren-roles"),
        ("Petra Lang", "stellv. Vorsitzende", None, "role:name-paren-roles"),
        ("Petra Lang", "", "Westsächsische Hochschule Zwickau", "role:name-paren-roles")]


@pytest.mark.parametrize("text, expected", [
    # Croatian: the plural label of the members' seats, its items "name, organisation" apart by semicolons
    ("Upravni odbor\n\nPredsjednik: Goran Babić, Pelagos d.o.o.\n\n"
     "Članovi: Vesna Horvat, Ribola d.d.; Tin Matić, Adria Net j.d.o.o.; Nina Lovrić, Sveučilište u Splitu\n",
     [("Goran Babić", "Predsjednik", "Pelagos d.o.o.", "role:role-label+org-after-role"),
      ("Vesna Horvat", "Član", "Ribola d.d.", "role:board-label-list"),
      ("Tin Matić", "Član", "Adria Net j.d.o.o.", "role:board-label-list"),
      ("Nina Lovrić", "Član", "Sveučilište u Splitu", "role:board-label-list")]),
    # English
    ("Board of the association\n\nChair: Helen Marsh (Northwood University)\n"
     "Board members: Tom Baxter, Harbour Tools Ltd; Ruth Keane, Port of Cork\n",
     [("Helen Marsh", "Chair", "Northwood University", "role:role-label+org-in-brackets"),
      ("Tom Baxter", "Board member", "Harbour Tools Ltd", "role:board-label-list"),
      ("Ruth Keane", "Board member", "Port of Cork", "role:board-label-list")]),
    # Spanish: the seats are the association's own board's (the board-office convention), the employers stay
    ("Asociación Clúster Cerámico del Duero – Junta Directiva 2039-2043\n\nLa Asamblea General de la Asociación Clúster "
     "Cerámico del Duero eligió su nueva Junta Directiva:\n\nPresidenta: Lucía Ortega Vela (Cerámicas del Cid, S.A.)\n"
     "Vocales: Rubén Gil Sanz, Ayuntamiento de Soria; Ana Ruiz Prieto, Universidad de Valladolid\n",
     [("Lucía Ortega Vela", "", "Cerámicas del Cid, S.A.", "role:name-bracket-org"),
      ("Lucía Ortega Vela", "Presidenta", "Asociación Clúster Cerámico del Duero", "role:role-label+org-in-brackets+own-board"),
      ("Rubén Gil Sanz", "Vocal", "Asociación Clúster Cerámico del Duero", "role:role-label+org-after-role+own-board"),
      ("Rubén Gil Sanz", "", "Ayuntamiento de Soria", "role:name-comma-org"),
      ("Ana Ruiz Prieto", "Vocal", "Asociación Clúster Cerámico del Duero", "role:board-label-list+own-board"),
      ("Ana Ruiz Prieto", "", "Universidad de Valladolid", "role:name-comma-org")]),
])
def test_a_labels_items_apart_by_semicolons(extract, text, expected):
    assert _roles(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # no board before it: "Members:" states no seat of each
    "Members: Vesna Horvat, Ribola Ltd; Tin Matić, Adria Net Ltd\n",
    # the part after the comma is each person's role, not an organisation
    "Junta Directiva\n\nVocales: Rubén Gil Sanz, vicepresidente; Ana Ruiz Prieto, tesorera\n",
])
def test_semicolon_items_that_are_no_seats_with_an_organisation(extract, text):
    assert [r for r in _roles(extract(text)) if r[3].startswith("role:board-label-list")] == []
