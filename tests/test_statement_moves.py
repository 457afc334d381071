"""Personnel moves with an apposition between the name and the verb of taking up an office (statement_moves.py):
rules name-apposed-elected-role and name-apposed-joined-as-role, and "a former role is not the role"."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


# The apposition opens with a former marker: the office after the verb is the role, the apposition's role is left out.
@pytest.mark.parametrize("text, expected", [
    ("Greta Lindholm, until now sales manager at Norrby Tools AB, becomes managing director of the Värmland Steel Network.",
     {("Greta Lindholm", "managing director", "Värmland Steel Network", "role:name-apposed-elected-role")}),
    ("Tomasz Wierzba, previously head of the Gdynia Test Lab, took over as network coordinator in March.",
     {("Tomasz Wierzba", "network coordinator", None, "role:name-apposed-elected-role")}),
    ("Ilse Marchetti, formerly project officer, has been appointed deputy director of Alpenholz Cluster.",
     {("Ilse Marchetti", "deputy director", "Alpenholz Cluster", "role:name-apposed-elected-role")}),
])
def test_roles_name_apposed_elected_role(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dr Mirela Costa, previously programme manager at the Porto Robotics Institute, has joined Atlantico Drones Lda as chief engineer.",
     {("Mirela Costa", "chief engineer", "Atlantico Drones Lda", "role:name-apposed-joined-as-role")}),
    ("Jonas Petraitis, until recently account manager at a logistics firm, joined the Klaipeda Port Cluster in May as project manager.",
     {("Jonas Petraitis", "project manager", "Klaipeda Port Cluster", "role:name-apposed-joined-as-role")}),
    ("Saskia Verbeek, formerly press officer at the city council, joins Rijnmond Food Hub as communications officer.",
     {("Saskia Verbeek", "communications officer", "Rijnmond Food Hub", "role:name-apposed-joined-as-role")}),
])
def test_roles_name_apposed_joined_as_role(extract, text, expected):
    assert roles(extract(text)) == expected


def test_roles_apposition_without_former_marker_keeps_both_roles(extract):
    # what the person is now (CEO of a member firm) and the office taken up are both stated
    r = extract("Heikki Laaksonen, CEO of Kemi Coatings Oy, was elected chair of the board.")
    assert {(x.person, x.role) for x in r.roles} >= {("Heikki Laaksonen", "CEO"), ("Heikki Laaksonen", "chair of the board")}


@pytest.mark.parametrize("text", [
    "Marta Solberg, who chaired the network for six years, becomes an honorary member.",  # a clause, not an apposition
    "Marta Solberg, previously head of sales. Becomes a trend in the sector.",  # no verb of moving after the apposition
])
def test_roles_name_apposed_left_alone(extract, text):
    assert not [r for r in extract(text).roles if r.rule.startswith("role:name-apposed")]


def test_roles_former_role_kept_without_a_move(extract):
    # "former" with no new office stated: the former role is all the text gives, and it stays
    r = extract("Among the guests was Piotr Zalewski, former CTO of Baltic Sensors S.A., who spoke on export markets.")
    assert ("Piotr Zalewski", "former CTO") in {(x.person, x.role) for x in r.roles}


# Rule org-has-new-role: "<Org> has a new <role>: Name"; the organisation is the sentence's subject (org-subject-of-move).
@pytest.mark.parametrize("text, expected", [
    ("Donau Cable Works GmbH has a new chair: Brigitte Auer, who led the company's Linz plant.",
     {("Brigitte Auer", "chair", "Donau Cable Works GmbH", "role:org-has-new-role+org-subject-of-move")}),
    ("The Flanders Hydrogen Association (FHA) has a new managing director, Wouter Claes, since 1 March.",
     {("Wouter Claes", "managing director", "Flanders Hydrogen Association", "role:org-has-new-role+org-subject-of-move")}),
    ("Adria Marine Robotics d.o.o., which builds survey drones, has a new sales director – Ivana Kovač.",
     {("Ivana Kovač", "sales director", "Adria Marine Robotics d.o.o.", "role:org-has-new-role+org-subject-of-move")}),
])
def test_roles_org_has_new_role(extract, text, expected):
    assert roles(extract(text)) == expected


# Family org-subject-of-move: the organisation that appoints, or "At <Org>," before the name.
@pytest.mark.parametrize("text, expected", [
    ("Sava Precision Castings d.d. has appointed Dr Marko Zupan as technical director.",
     {("Marko Zupan", "technical director", "Sava Precision Castings d.d.", "role:verb-name-as-role+org-subject-of-move")}),
    ("**Pohjola Batteries Oy** (Vaasa) unanimously appointed **Aino Lehtonen** as chief financial officer.",
     {("Aino Lehtonen", "chief financial officer", "Pohjola Batteries Oy", "role:verb-name-as-role+org-subject-of-move")}),
    ("Member news.\nAt Kraków Glassworks S.A., Ewa Nowak takes over as design director from 1 June.",
     {("Ewa Nowak", "design director", "Kraków Glassworks S.A.", "role:name-elected-role+org-subject-of-move")}),
])
def test_roles_org_subject_of_move(extract, text, expected):
    assert roles(extract(text)) == expected


# A relative clause after the name: "… succeeds Jane Doe, who becomes CTO"; the predecessor's new office.
@pytest.mark.parametrize("text, expected", [
    ("Lena Brandt is the cluster's new manager. She succeeds Otto Kessler, who becomes chair of the advisory board.",
     ("Otto Kessler", "chair of the advisory board", "role:name-elected-role")),
    ("The sales team is now led by Jonas Berg, who takes over as export manager on 1 May.",
     ("Jonas Berg", "export manager", "role:name-elected-role")),
    ("Our thanks go to Carla Bianchi, who moves to the Umbria Agency (UA) as innovation manager.",
     ("Carla Bianchi", "innovation manager", "role:name-joined-as-role")),
])
def test_roles_who_clause_after_the_name(extract, text, expected):
    assert expected in {(r.person, r.role, r.rule.split("+")[0]) for r in extract(text).roles}


def test_roles_predecessor_after_from_is_no_organisation(extract):
    r = extract("Henrike Aalto, CEO of Kotka Valves Oy, takes over as board chair from Pekka Rinne, who had chaired it since 2020.")
    assert roles(r) == {("Henrike Aalto", "CEO", "Kotka Valves Oy", "role:line:name-role"),
                        ("Henrike Aalto", "board chair", None, "role:name-apposed-elected-role")}
    assert "Pekka Rinne" not in {o.name for o in r.organisations}


# Rule role-after-former: "former <role>; <role>": the present office after the former one, which is left out.
@pytest.mark.parametrize("text, expected", [
    ("Jury\n- Olga Petrenko – former CFO of Danube Steel AG; independent consultant since 2030\n",
     {("Olga Petrenko", "independent consultant", None, "role:role-after-former")}),
    ("Mentors\n- Rui Almeida – former head of exports, Atlantico Wines S.A.; now an adviser in Porto\n",
     {("Rui Almeida", "adviser", None, "role:role-after-former")}),
    ("Advisory group\n- Sanna Virtanen — former managing director of a Finnish wood cluster, freelance trainer\n",
     {("Sanna Virtanen", "freelance trainer", None, "role:role-after-former")}),
])
def test_roles_role_after_former(extract, text, expected):
    assert roles(extract(text)) == expected


# Rule after-years-as-role: the office a leaving person held, from "After <years> as <role>, Name …".
@pytest.mark.parametrize("text, expected", [
    ("Team news. After twelve years as cluster manager, Birgit Holzer will retire in March.",
     {("Birgit Holzer", "cluster manager", None, "role:after-years-as-role")}),
    ("Team news. After four years as project officer at Adria Blue Network, Luka Babić left us for a shipyard.",
     {("Luka Babić", "project officer", "Adria Blue Network", "role:after-years-as-role+org-after-role")}),
    ("Board news.\nAfter two terms as treasurer, Pieter Smit steps down; the board thanks him.",
     {("Pieter Smit", "treasurer", None, "role:after-years-as-role")}),
])
def test_roles_after_years_as_role(extract, text, expected):
    assert roles(extract(text)) == expected


def test_roles_after_years_as_role_gives_way_to_the_new_office(extract):
    r = extract("News. After eight years as project manager, Sofia Reis has been appointed managing director of the Lusa Cork Cluster.")
    assert roles(r) == {("Sofia Reis", "managing director", "Lusa Cork Cluster", "role:name-elected-role")}


# Family own-team-joined: a newcomer who joins "us", "the team" or the own office works for the document's organisation.
@pytest.mark.parametrize("sentence, expected", [
    ("Our team has grown: Tereza Dvořáková joined on 2 March as events coordinator.",
     ("Tereza Dvořáková", "events coordinator", "Moravian Glass Cluster", "role:name-joined-as-role+own-team-joined")),
    ("We are glad to welcome Ondřej Malý, who joins us on 1 May as project assistant.",
     ("Ondřej Malý", "project assistant", "Moravian Glass Cluster", "role:name-joined-as-role+own-team-joined")),
    ("Since June, Klára Veselá has joined the secretariat as finance officer.",
     ("Klára Veselá", "finance officer", "Moravian Glass Cluster", "role:name-joined-as-role+own-team-joined")),
])
def test_roles_own_team_joined(extract, sentence, expected):
    text = "Moravian Glass Cluster – Newsletter 3/2032\nThe Moravian Glass Cluster unites 48 glassworks. " + sentence
    assert roles(extract(text)) == {expected}


def test_roles_joined_another_organisation_is_not_the_own(extract):
    text = "Moravian Glass Cluster – Newsletter 3/2032\nThe Moravian Glass Cluster unites 48 glassworks. " \
           "Member news: Pavel Král joined Bohemia Crystal GmbH on 1 May as sales director."
    assert roles(extract(text)) == {("Pavel Král", "sales director", "Bohemia Crystal GmbH", "role:name-joined-as-role")}


@pytest.mark.parametrize("text, expected", [
    ("We are proud that Magdalena Zych has been promoted to Head of Quality at Wisła Foods GmbH.",
     {("Magdalena Zych", "Head of Quality", "Wisła Foods GmbH", "role:name-elected-role")}),
    ("Rasmus Holt was promoted to sales director in January.",
     {("Rasmus Holt", "sales director", None, "role:name-elected-role")}),
])
def test_roles_promoted_to(extract, text, expected):
    assert roles(extract(text)) == expected


def test_roles_joined_the_before_a_column_gap_names_no_organisation(extract):
    # a PDF's two columns run into one line: "the" and the other column's "The …" are no organisation's name
    r = extract("Marta Ilić has joined the            The Sava Valley programme office as project officer.")
    assert roles(r) == {("Marta Ilić", "project officer", None, "role:name-joined-as-role")}
