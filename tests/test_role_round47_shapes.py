"""Round 47 role shapes, sentences of our own, exact rows:

- rule as-role-verb-name (statement_appoint_languages.py, role_appoint_languages.txt ``[role first]``): an election in
  minutes written office first with the Nordic "till"/"til", the German "zum"/"zur" or the Dutch "tot" ("Till
  justerare valdes …", "Til styreleder ble … valgt", "Zum Schatzmeister wurde … gewählt"), and the minutes' offices
  of role_titles_languages.txt ("justerare", "protokolljusterare");
- rule verb-name-as-role-language with the Nordic "med" ("… med Karin Prov som revisorssuppleant");
- rule name-paren-org-role (statement_name_first._org_then_role): "Jane Doe (Acme GmbH, head of sales)", the
  organisation first in the bracket and the title after its comma, in any language;
- rule board-label-list (statement_board.py): a label's list of "Name (Org)" items goes on past a courtesy title
  ("Dr. Anna Probe") and another language's "and" ("und", "och", "y")."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.rule) for r in result.roles if r.role}


def _org_rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles if r.role}


FIRST, LANG = "role:as-role-verb-name", "role:verb-name-as-role-language"


@pytest.mark.parametrize("text, expected", [
    ("§ 3. Till justerare valdes Karl Exempelsson och Lisa Provsdotter.",
     {("Karl Exempelsson", "justerare", FIRST), ("Lisa Provsdotter", "justerare", FIRST)}),
    ("Til styreleder ble Kari Eksempel valgt for to år.", {("Kari Eksempel", "styreleder", FIRST)}),
    ("Zum Schatzmeister wurde Jörg Beispielmann gewählt.", {("Jörg Beispielmann", "Schatzmeister", FIRST)}),
    ("Tot voorzitter werd Jan Voorbeeld gekozen.", {("Jan Voorbeeld", "voorzitter", FIRST)}),
])
def test_office_first_elections(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Till revisor omvaldes Lars Exempel med Karin Provsson som revisorssuppleant.",
     {("Lars Exempel", "revisor", FIRST), ("Karin Provsson", "revisorssuppleant", LANG)}),
    ("Styret ble gjenvalgt, med Kari Eksempel som vararepresentant.", {("Kari Eksempel", "vararepresentant", LANG)}),
    ("Revisor er Jens Eksempel, med Lise Prøve som revisorsuppleant.",
     {("Jens Eksempel", "Revisor", "role:the-role-is-name"), ("Lise Prøve", "revisorsuppleant", LANG)}),
])
def test_with_name_as_office(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The panel brought together Jane Doe (Acme GmbH, head of sales) and John Roe (Beta Ltd, CEO).",
     {("Jane Doe", "head of sales", "Acme GmbH", "role:name-paren-org-role"), ("John Roe", "CEO", "Beta Ltd", "role:name-paren-org-role")}),
    ("La table ronde réunissait Paul Exemple (Acme Aero SAS, directeur achats).",
     {("Paul Exemple", "directeur achats", "Acme Aero SAS", "role:name-paren-org-role")}),
    ("Nel panel sono intervenuti Mario Rossi (Acme Meccanica S.p.A., responsabile risorse umane) e Anna Bianchi "
     "(Beta S.r.l., direttrice tecnica).",
     {("Mario Rossi", "responsabile risorse umane", "Acme Meccanica S.p.A.", "role:name-paren-org-role"),
      ("Anna Bianchi", "direttrice tecnica", "Beta S.r.l.", "role:name-paren-org-role")}),
    ("Op het podium stonden Jan Voorbeeld (Acme Systems BV, inkoopmanager) en Els Proef (Beta Techniek BV, directeur).",
     {("Jan Voorbeeld", "inkoopmanager", "Acme Systems BV", "role:name-paren-org-role"), ("Els Proef", "directeur", "Beta Techniek BV", "role:name-paren-org-role")}),
])
def test_organisation_then_role_in_brackets(extract, text, expected):
    assert _org_rows(extract(text)) == expected


def test_organisation_then_country_in_brackets_states_no_role(extract):
    text = "The speakers were Jane Doe (Acme Cluster, Spain) and John Roe (Beta Network, Portugal)."
    assert _rows(extract(text)) == set()


LIST = "role:board-label-list"


@pytest.mark.parametrize("text, expected", [
    ("Der neue Vorstand:\n• Beisitzer: Emil Muster (Muster Kunststoff GmbH), Dr. Anna Probe (Fraunhofer-Institut für "
     "Beispielverfahren) und Stefan Test (IG Metall Beispielstadt)\n",
     {("Emil Muster", "Beisitzer", "role:role-label+org-in-brackets"), ("Anna Probe", "Beisitzer", LIST),
      ("Stefan Test", "Beisitzer", LIST)}),
    ("Styrelse 2037:\nLedamöter: Eva Exempel (Acme Verkstad AB), Olle Prov (Beta Kraft AB) och Anna Test (Gamma kommun)\n",
     {("Eva Exempel", "Ledamot", "role:role-label+org-in-brackets"), ("Olle Prov", "Ledamot", LIST),
      ("Anna Test", "Ledamot", LIST)}),  # the plural label in the singular (role_plural_forms.csv, round 48)
    ("The new board:\n- Board members: John Roe (Acme Ltd), Dr Jane Doe (Beta University) and Prof. Sam Poe (Gamma "
     "Institute)\n",
     {("John Roe", "Board member", LIST), ("Jane Doe", "Board member", LIST), ("Sam Poe", "Board member", LIST)}),
])
def test_board_label_list_past_titles_and_other_languages_and(extract, text, expected):
    assert _rows(extract(text)) == expected
