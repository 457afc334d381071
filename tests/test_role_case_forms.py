"""Offices written in a case (role_title_case_endings.csv, role_title_forms.case_forms): Czech/Slovak/Polish accusative
and instrumental, Finnish essive, read as the role as written, before the name ("za ověřovatele zápisu Jan Novák") and
opening a sentence before a passive verb and the name (rule as-role-verb-name, statement_appoint_languages.py); the
organisation in the genitive after the title with no "of" (role_orgs.py, family org-inside-role); board tables whose
organisation column is headed by a company or practice word ("Ente / impresa", "Société", "Kanzlei",
table_column_headers_languages.csv) and whose role cells a line rule must not give to the row before
(statements._one_name_per_role_phrase). Sentences of our own; exact rows."""
from __future__ import annotations

import pytest

from pipeline.extract.role_title_forms import case_forms

FIRST = "role:as-role-verb-name"
BEFORE = "role:role-before-name-language"
INSIDE = "role:apposition+org-inside-role"


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


def test_case_forms_of_a_title():
    cs = [("a", ("ou",), True, False), ("a", ("u",), False, False), ("_", ("em",), True, False), ("_", ("a", "e"), False, False)]
    assert case_forms("ověřovatel zápisu", cs) == {"ověřovatelem zápisu": True, "ověřovatela zápisu": False,
                                                   "ověřovatele zápisu": False}
    assert case_forms("pokladní", cs) == {}  # a vowel no row ends with
    fi = [("a", ("ana", "aksi"), True, True)]
    assert case_forms("hallituksen puheenjohtaja", fi) == {"hallituksen puheenjohtajana": True, "hallituksen puheenjohtajaksi": True}
    assert case_forms("Acme johtaja", fi) == {}  # a capitalised word beside the head: a name


@pytest.mark.parametrize("text, expected", [
    ("Předsedou dozorčí rady byl zvolen Karel Veselý a poděkoval členům.",
     {("Karel Veselý", "Předsedou dozorčí rady", None, FIRST)}),
    ("Podpredsedníčkou predstavenstva sa stala Ing. Oľga Hrušková z Nitry.",
     {("Oľga Hrušková", "Podpredsedníčkou predstavenstva", None, FIRST)}),
    ("Skarbnikiem klastra został Piotr Wójcik. Zebranie zakończono o 18:00.",
     {("Piotr Wójcik", "Skarbnikiem", None, FIRST)}),
    ("Sihteerinä toimi Liisa Koskinen, joka kirjasi päätökset.",
     {("Liisa Koskinen", "Sihteerinä", None, FIRST)}),
    ("Za ověřovatelku zápisu byla navržena Mgr. Eva Černá.",
     {("Eva Černá", "ověřovatelku zápisu", None, FIRST)}),
])
def test_an_office_in_a_case_opens_the_sentence(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Návrh komise: za zapisovatelku Hana Malá, za skrutátora Josef Dlouhý.",
     {("Hana Malá", "zapisovatelku", None, BEFORE), ("Josef Dlouhý", "skrutátora", None, BEFORE)}),
    ("Wiceprezesem zarządu została Anna Wrona, a sekretarzem Jan Nowak.",
     {("Anna Wrona", "Wiceprezesem zarządu", None, FIRST), ("Jan Nowak", "sekretarzem", None, BEFORE)}),
])
def test_an_office_in_the_accusative_before_the_name(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Govorila je Vesna Kovač, direktorica Zagrebačkog inovacijskog centra, o tržištu rada.",
     {("Vesna Kovač", "direktorica", "Zagrebačkog inovacijskog centra", INSIDE)}),
    ("Na skupu je bio Dragan Petrović, predsednik Privredne komore Srbije, sa saradnicima.",
     {("Dragan Petrović", "predsednik", "Privredne komore Srbije", INSIDE)}),
    ("Among the guests was Jane Doe, director Acme Wood Cluster, who opened the fair.",
     {("Jane Doe", "director", "Acme Wood Cluster", INSIDE)}),
])
def test_the_organisation_in_a_case_after_the_title(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("name, text, expected", [
    ("organi.html", "<h2>Consiglio direttivo</h2><table><tr><th>Carica</th><th>Nome</th><th>Ente / impresa</th></tr>"
     "<tr><td>Presidente</td><td>Giovanna Bellini</td><td>Legno Alto S.p.A.</td></tr>"
     "<tr><td>Consigliere</td><td>prof.ssa Carla Neri</td><td>Università di Camerino</td></tr>"
     "<tr><td>Consigliere</td><td>Paolo Verdi</td><td>Verdi Mobili S.n.c.</td></tr></table>",
     {("Giovanna Bellini", "Presidente", "Legno Alto S.p.A.", "role:table:speaker"),
      ("Carla Neri", "Consigliere", "Università di Camerino", "role:table:speaker"),
      ("Paolo Verdi", "Consigliere", "Verdi Mobili S.n.c.", "role:table:speaker")}),
    ("bureau.html", "<table><tr><th>Fonction</th><th>Nom</th><th>Société</th></tr>"
     "<tr><td>Trésorier</td><td>Marc Dupuis</td><td>Dupuis Bois SARL</td></tr>"
     "<tr><td>Secrétaire</td><td>Anne Morel</td><td>Atelier Morel SAS</td></tr></table>",
     {("Marc Dupuis", "Trésorier", "Dupuis Bois SARL", "role:table:speaker"),
      ("Anne Morel", "Secrétaire", "Atelier Morel SAS", "role:table:speaker")}),
    ("pruefer.html", "<table><tr><th>Funktion</th><th>Name</th><th>Kanzlei</th></tr>"
     "<tr><td>Kassenprüferin</td><td>Petra Lang</td><td>Lang & Partner Steuerberatung</td></tr>"
     "<tr><td>Kassenprüfer</td><td>Uwe Brandt</td><td>selbstständig</td></tr></table>",
     {("Petra Lang", "Kassenprüferin", "Lang & Partner Steuerberatung", "role:table:speaker"),
      ("Uwe Brandt", "Kassenprüfer", None, "role:table:speaker")}),
])
def test_board_tables_with_the_members_companies(extract_file, name, text, expected):
    assert _rows(extract_file(name, text)) == expected
