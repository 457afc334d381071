"""Family "the role, Name" (statement_apposed.the_role_name_statements) when what the role is of is joined by an elided
connector glued to the organisation's name (Italian "dell'", French "d'"; org_name_words.txt [elided articles before a
name]): the role is the next name's, as with a spaced connector ("le directeur de l'Agence …, Jean Martin,")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Sono intervenuti il Rettore dell'Università di Trento, Prof. Marco Bianchi, e altri.",
     {("Marco Bianchi", "Rettore", None, "role:the-role-name")}),
    ("Ha parlato la presidente dell'Associazione Industriali, Laura Conti.",
     {("Laura Conti", "presidente", None, "role:the-role-name")}),
    ("La directrice d'Auvergne-Rhône-Alpes Entreprises, Claire Dubois, a conclu.",
     {("Claire Dubois", "directrice", None, "role:the-role-name")}),
])
def test_role_of_an_elided_organisation_then_the_name(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


def test_elided_word_without_a_capital_is_no_connector(extract):
    # "dell'anno" (of the year) names no organisation: the apposition after it is left alone
    text = "Il premio dell'anno, Marco Bianchi lo ha ricevuto."
    assert not [r for r in extract(text).roles if r.rule == "role:the-role-name"]


@pytest.mark.parametrize("text, expected", [
    # family "name after an elided article" (statement_context.name_ending_at): the name glued to "d'" or "dall'" starts
    # after the apostrophe, so its apposition is read as any name's
    ("L'équipe se compose de Sophie Marchal, chargée de mission, et d'Inès Haddad, chargée de communication.",
     {("Sophie Marchal", "chargée de mission", None, "role:apposition"),
      ("Inès Haddad", "chargée de communication", None, "role:apposition")}),
    ("Avec l'intervention d'Olivier Dubois, directeur général de Pôle Mer, la séance a commencé.",
     {("Olivier Dubois", "directeur général", "Pôle Mer", "role:apposition")}),
    ("Il gruppo è composto dall'ing. Anna Rossi, responsabile tecnica, e dall'Anna Bianchi, segretaria.",
     {("Anna Rossi", "responsabile tecnica", None, "role:apposition"), ("Anna Bianchi", "segretaria", None, "role:apposition")}),
])
def test_apposition_after_a_name_glued_to_an_elided_article(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected
