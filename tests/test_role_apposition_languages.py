"""Family "the role, Name" (rule ``the-role-name``, statement_apposed.py) in the shapes other languages give it: what
the office is of in the genitive with no connector ("Prezes zarządu spółdzielni, Name,", "Ο Αντιπεριφερειάρχης
Ανάπτυξης, κ. Name,"), what it is for after a connector of ``role_field_connectors.txt`` and the title's adjectives
("l'assessore regionale alle politiche agricole, Name,"), an elided "of the" glued to the title ("i saluti
dell'assessora al turismo, Name,"), and a courtesy word or an article and a courtesy title before the name ("M.", "la
Sra."). Sentences of our own; exact rows."""
from __future__ import annotations

import pytest

RULE = "role:the-role-name"


def _rows(result):
    return sorted((r.person, r.role, r.organisation, r.rule) for r in result.roles)


@pytest.mark.parametrize("text, expected", [
    # the genitive after the title says whose office it is; a capitalised name in it too
    ("Prezes zarządu spółdzielni, Anna Lisowska, przedstawiła wyniki za rok 2035.",
     [("Anna Lisowska", "Prezes zarządu", None, RULE)]),
    ("Ředitelka agentury CzechInvest, Ing. Jana Malá, představila nový program podpory.",
     [("Jana Malá", "Ředitelka", None, RULE)]),
    ("Ο Αντιπεριφερειάρχης Ανάπτυξης, κ. Νίκος Αλεξίου, χαιρέτισε την ημερίδα.",
     [("Νίκος Αλεξίου", "Αντιπεριφερειάρχης", None, RULE)]),
    # the title's adjective and what the office is for
    ("L'assessore regionale alle politiche agricole, Marco Ferri, ha aperto i lavori del convegno.",
     [("Marco Ferri", "assessore", None, RULE)]),
    ("Ha portato i saluti dell'assessora al turismo, Laura Fabbri, che ha ricordato i fondi regionali.",
     [("Laura Fabbri", "assessora", None, RULE)]),
    # a courtesy word, or an article and a courtesy title, between the comma and the name
    ("Le directeur du pôle, M. Pierre Girard, a présenté la feuille de route 2036.",
     [("Pierre Girard", "directeur", None, RULE)]),
    ("La gerente del clúster, la Sra. Marta Gil Ferrer, presentó el plan estratégico.",
     [("Marta Gil Ferrer", "gerente", None, RULE)]),
])
def test_the_role_name_in_other_languages(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_a_name_after_the_title_is_no_genitive(extract):
    # "Prezes Jan Kowalski, Anna Nowak …": the words after the title are its holder's name, not whose office it is
    assert _rows(extract("Prezes Jan Kowalski, Anna Nowak i Piotr Lis podpisali umowę o współpracy.")) == [
        ("Jan Kowalski", "Prezes", None, "role:role-before-name-language")]
