"""Taking up an office as news items write it (data/role_change_verbs.txt, rule name-elected-role): "becomes",
"to become", "is the new"; the title may follow lower-case field words ("is our new export consultant")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Ana Lopes becomes managing director of Green Building Cluster",
     {("Ana Lopes", "managing director", "Green Building Cluster", "role:name-elected-role")}),
    ("Marco Testa is the new president of the association.",
     {("Marco Testa", "president", None, "role:name-elected-role")}),
    ("Change at the top of the network: Karl Huber to become managing director",
     {("Karl Huber", "managing director", None, "role:name-elected-role")}),
])
def test_roles_becomes_role(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


@pytest.mark.parametrize("text, expected", [
    # the title after qualifiers or lower-case field words that open the role (rule family "lower-case role")
    ("Since 1 March, Hanna Berg is our new export consultant for the Nordic markets.",
     {("Hanna Berg", "export consultant", None, "role:name-elected-role")}),
    ("Marek Zielinski (Gdansk University) continues as vice chair.",
     {("Marek Zielinski", "", "Gdansk University", "role:name-paren"), ("Marek Zielinski", "vice chair", None, "role:name-elected-role")}),
    ("Petra Holm takes over as Events & Media Officer. You will meet her at every meeting.",
     {("Petra Holm", "Events & Media Officer", None, "role:name-elected-role")}),
])
def test_roles_becomes_field_role(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


def test_roles_becomes_needs_a_role_title(extract):
    r = extract("After the vote Jane Roe becomes a member of the jury.")
    assert not [x for x in r.roles if x.rule.startswith("role:name-elected-role")]


@pytest.mark.parametrize("text, expected", [
    # an election in the present of narration (French, Italian, Spanish, Portuguese) and the Czech, Slovak and
    # Croatian passive past, the title after the verb in the case the language puts it there
    ("Hervé Martin (Naval Group) est élu trésorier.",
     {("Hervé Martin", "", "Naval Group", "role:name-paren"), ("Hervé Martin", "trésorier", None, "role:name-elected-role")}),
    ("Marta Gil è eletta presidente del distretto.",
     {("Marta Gil", "presidente del distretto", None, "role:name-elected-role")}),
    ("Ana Ruiz es nombrada gerente del clúster.", {("Ana Ruiz", "gerente del clúster", None, "role:name-elected-role")}),
    ("Rui Costa é eleito presidente da associação.",
     {("Rui Costa", "presidente da associação", None, "role:name-elected-role")}),
    ("Jan Novák byl zvolen předsedou představenstva.",
     {("Jan Novák", "předsedou představenstva", None, "role:name-elected-role")}),
    ("Eva Malá bola zvolená predsedníčkou klastra.",
     {("Eva Malá", "predsedníčkou klastra", None, "role:name-elected-role")}),
    ("Ivana Babić izabrana je za predsjednicu klastera.",
     {("Ivana Babić", "predsjednicu klastera", None, "role:name-elected-role")}),
])
def test_roles_elected_in_other_languages(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


def test_roles_elected_needs_a_name_and_a_title(extract):
    assert not [x for x in extract("Le texte est élu par les membres du jury et publié.").roles]
