"""A role stated in another language with its organisation after the language's connector ("directrice générale de
Acme SAS", "Geschäftsführer der Acme GmbH", "adviseur bij Acme B.V."): the connectors of role_org_connectors.txt
beyond the English ones cut the role before the organisation (role_orgs.py, families org-inside-role and
org-after-role). And role titles of other languages (role_titles_languages.txt: "fondateur", "consultora",
"responsabile", "Projektmanagerin") after a name."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Le salon a été inauguré par Claire Dubois, directrice générale de Normandie Maritime SAS, devant 300 invités.",
     {("Claire Dubois", "directrice générale", "Normandie Maritime SAS")}),
    ("Auf dem Podium sprachen Jonas Keller, Geschäftsführer der Keller Robotik GmbH, und weitere Gäste.",
     {("Jonas Keller", "Geschäftsführer", "Keller Robotik GmbH")}),
    ("De workshop werd geleid door Pieter Jansen, adviseur bij Brabant Veldrobotica B.V., en duurde twee uur.",
     {("Pieter Jansen", "adviseur", "Brabant Veldrobotica B.V.")}),
    ("Sono intervenuti Marco Rossi, direttore della Fonderia Lombarda S.p.A., e altri ospiti.",
     {("Marco Rossi", "direttore", "Fonderia Lombarda S.p.A.")}),
])
def test_foreign_role_connector_gives_the_organisation(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_english_connectors_unchanged(extract):
    r = extract("The session was opened by Jane Doe, managing director of Acme Robotics GmbH, in Berlin.")
    assert _rows(r) == {("Jane Doe", "managing director", "Acme Robotics GmbH")}


@pytest.mark.parametrize("text, expected", [
    ("Au programme : Louis Marchal, fondateur de Marchal Drones SAS, présente son robot.",
     {("Louis Marchal", "fondateur", "Marchal Drones SAS")}),
    ("Programa\n- 10:00 Marta Gil, consultora, Gil Asesores S.L.\n- 11:00 Pausa\n",
     {("Marta Gil", "consultora", "Gil Asesores S.L.")}),
    ("Ha parlato anche Giulia Conti, responsabile qualità di Caseificio Monti S.r.l., durante la tavola rotonda.",
     {("Giulia Conti", "responsabile qualità", "Caseificio Monti S.r.l.")}),
    ("Ansprechpartnerin: Sabine Roth, Projektmanagerin Kunststoffe\nTel. +49 000 000000\n",
     {("Sabine Roth", "Projektmanagerin Kunststoffe", None)}),
])
def test_foreign_role_titles(extract, text, expected):
    assert _rows(extract(text)) == expected
