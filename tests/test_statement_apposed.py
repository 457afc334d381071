"""Roles written around a name in prose: "the <role>, <Name>," and "<verb> <Name> as <role>"."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


# Rule family "the role, Name": the determiner before the role makes it the following name's.
@pytest.mark.parametrize("text, expected", [
    ("The project coordinator, Marta Kowalczyk, opened the second day with a short video.",
     ("Marta Kowalczyk", "project coordinator", None, "role:the-role-name")),
    # (the bracket after the name is the person's organisation: role_orgs.py, family "org-in-brackets")
    ("Our thanks go to the treasurer, Lukas Brandner (Brandner Consulting), for his patience.",
     ("Lukas Brandner", "treasurer", "Brandner Consulting", "role:the-role-name+org-in-brackets")),
    ("Most members stayed for the dinner, said the new cluster manager, Ilse Vermeulen.",
     ("Ilse Vermeulen", "cluster manager", None, "role:the-role-name")),
    ("According to the Secretary General, Tomas Lindqvist, the budget is stable.",
     ("Tomas Lindqvist", "Secretary General", None, "role:the-role-name")),
])
def test_roles_the_role_comma_name(extract, text, expected):
    assert expected in roles(extract(text))


@pytest.mark.parametrize("text", [
    "Greta Holm, the treasurer, Lukas Brandner and three members met in Graz.",  # whose role? none given
    "The manager, who joined in May, thanked the board.",  # no name after the comma
])
def test_roles_the_role_comma_name_left_alone(extract, text):
    assert not [r for r in extract(text).roles if r.rule == "role:the-role-name"]


# Rule family "appoints Name as role": an active verb of appointment, the name, "as" and the role.
@pytest.mark.parametrize("text, expected", [
    ("The board of Alpine Wood Cluster appoints Sabine Gruber as managing director from 1 March.",
     ("Sabine Gruber", "managing director", "role:verb-name-as-role+org-subject-of-move")),
    ("Last week the members elected Jonas Petrauskas as their new Treasurer.",
     ("Jonas Petrauskas", "Treasurer", "role:verb-name-as-role")),
    ("The network welcomes Chiara Bellini as communications officer in its Turin office.",
     ("Chiara Bellini", "communications officer", "role:verb-name-as-role")),
])
def test_roles_verb_name_as_role(extract, text, expected):
    assert expected in {(r.person, r.role, r.rule) for r in extract(text).roles}


def test_roles_verb_name_as_role_needs_a_role_title(extract):
    r = extract("The jury named Sabine Gruber as one of the finalists of the award.")
    assert not [x for x in r.roles if x.rule == "role:verb-name-as-role"]


# Person titles between a role and the name ("its rector, Prof. Dr. …", "Cluster manager Ing. …"), and
# "its <role>" with no organisation word in the sentence before: the role is still the person's.
@pytest.mark.parametrize("text, expected", [
    ("The day opened at the University of Tartu with a welcome by its rector, Prof. Dr. Mart Saarma, and a keynote.",
     ("Mart Saarma", "rector", "role:its-role+org-kind-anaphor")),
    ("Cluster manager Ing. Pavel Dvořák presented the activity report.",
     ("Pavel Dvořák", "Cluster manager", "role:role-before-name")),
    ("Founded in Galway, MedGate brings together 70 companies. Its manager, Niamh Kelly, explains the cleanroom.",
     ("Niamh Kelly", "manager", "role:its-role")),
    ("Last year the auditor, Dr. Ilona Szabo, signed the accounts.",
     ("Ilona Szabo", "auditor", "role:the-role-name")),
])
def test_roles_through_titles_and_bare_its(extract, text, expected):
    assert expected in {(r.person, r.role, r.rule) for r in extract(text).roles}


# "appoints Name as role", with person titles or emphasis before the name, a bracket after it, and a second
# appointment under the same verb.
def test_roles_verb_name_as_role_two_appointments(extract):
    r = extract("The general assembly elected Marta Kowalczyk (Silesian Robotics Cluster) as vice-president "
                "and Henrik Dahl (Nordic Pumps AB) as treasurer.")
    assert {(x.person, x.role) for x in r.roles if x.rule == "role:verb-name-as-role"} == {
        ("Marta Kowalczyk", "vice-president"), ("Henrik Dahl", "treasurer")}


@pytest.mark.parametrize("text, expected", [
    ("The board has appointed Dr. Lena Vogt as its new managing director.", ("Lena Vogt", "managing director")),
    ("The association welcomed **Dr. Pavel Horak** as its new innovation manager.", ("Pavel Horak", "innovation manager")),
    ("The chair proposed Tomas Berger (Danube Wood Network) as chair of the meeting and Ilse Maier as secretary.",
     ("Ilse Maier", "secretary")),
    ("Members re-elected Jordi Puig (Valles Components S.A.) as president for 2026–2028.", ("Jordi Puig", "president")),
])
def test_roles_verb_name_as_role_titles_and_brackets(extract, text, expected):
    assert expected in {(x.person, x.role) for x in extract(text).roles if x.rule == "role:verb-name-as-role"}


# Rule family "Name joined Org as role": a verb of joining, up to eight words (the organisation, a date), "as".
@pytest.mark.parametrize("text, expected", [
    ("Sofie Lindqvist joined Baltic Food Hub on 2 June as export manager. She came from a bank.",
     {("Sofie Lindqvist", "export manager", "Baltic Food Hub", "role:name-joined-as-role")}),
    ("Piet Janssens joins the secretariat as communications officer on 1 April.",
     {("Piet Janssens", "communications officer", None, "role:name-joined-as-role")}),
    ("Our team is growing: Karla Novak has joined as project assistant for the skills academy.",
     {("Karla Novak", "project assistant", None, "role:name-joined-as-role")}),
])
def test_roles_name_joined_as_role(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


def test_roles_name_joined_needs_a_role_title(extract):
    r = extract("Tom Weller joined the board in 2019 and left it in 2023 as a result of the merger.")
    assert not [x for x in r.roles if x.rule.startswith("role:name-joined-as-role")]


# "the <role> of/for …, Name": what the role is of or for between the role and the comma; emphasis around the name.
@pytest.mark.parametrize("text, expected", [
    ("The regional councillor for industrial affairs, Paolo Ferri, said that valleys need roads.",
     {("Paolo Ferri", "regional councillor", None, "role:the-role-name")}),
    ("The treaty was signed in the presence of the Ambassador of Sweden to Chile, Karin Lundgren.",
     {("Karin Lundgren", "Ambassador", None, "role:the-role-name")}),
    ("The chair of the ACC board, **Ivo Maric**, thanked the outgoing manager.",
     {("Ivo Maric", "chair", None, "role:the-role-name")}),
    ("The keynote was given by the Vice-Rector for Research of the university, Prof. Anja Kranjc.",
     {("Anja Kranjc", "Vice-Rector", None, "role:the-role-name")}),
])
def test_roles_the_role_of_something_comma_name(extract, text, expected):
    assert roles(extract(text)) == expected


def test_roles_the_role_of_org_keeps_its_organisation(extract):
    # the organisation after "of" is read by role-of-org-name; the-role-name's reading without it is dropped
    r = extract("The Chair of the Flemish Food Network, Bram Peeters, opened the meeting.")
    assert roles(r) == {("Bram Peeters", "Chair", "Flemish Food Network", "role:role-of-org-name")}


def test_role_titles_in_is_the_titles_search_done_once_per_text(settings):
    """The role titles of a text, shared by the statement rules: the same matches as searching the text, and the
    same tuple when another rule asks for the same text."""
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.statement_parts import role_titles_in

    lex = load_lexicon(settings.data_dir)
    text = "The cluster manager, Ada Brook, met the ředitel of the park and two Vice-Presidents.\nChair: Ben Stone"
    found = role_titles_in(text, lex.role_title_re)
    assert [m.span() for m in found] == [m.span() for m in lex.role_title_re.finditer(text)]
    assert [m.group() for m in found][:1] == ["cluster manager"]
    assert role_titles_in(text, lex.role_title_re) is found
