"""Rule family ``predecessor`` (role_succession.py, data/role_succession_verbs.txt): the person a newcomer succeeds
held the newcomer's office, or the office stated after "as"; and the appointment read past an apposition
between the name and "as" (statement_verb_as.py, rule verb-name-as-role)."""
from __future__ import annotations

import pytest


def _rows(result, person):
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, person, expected", [
    # the newcomer's appointment, with its organisation
    ("Weser Logistics Network – News\n\nThe board of the Weser Logistics Network has appointed Dr. Marta Olsen as "
     "managing director of the Weser Logistics Network from 1 March. She succeeds Henrik Lund, who retires.",
     "Henrik Lund", {("managing director", "Weser Logistics Network", "role:predecessor")}),
    ("Carla Benedetti has been elected president of Umbria Textile Cluster. She replaces Piero Gallo, "
     "who stepped down after two terms.",
     "Piero Gallo", {("president", "Umbria Textile Cluster", "role:predecessor")}),
    # the office stated after the predecessor's name, its organisation found by the role-organisation families
    ("The members of the Baltic Wood Cluster elected Ieva Ozola as chair. She takes over from Dr. Janis Berzins as "
     "chair of the cluster after six years.",
     "Janis Berzins", {("chair", "Baltic Wood Cluster", "role:predecessor+org-kind-anaphor")}),
    # "will succeed" (the verb's plain form)
    ("From 1 June Marta Keller will succeed Ruben Vermeer as treasurer, the board announced on Monday.",
     "Ruben Vermeer", {("treasurer", None, "role:predecessor")}),
])
def test_predecessor_holds_the_office(extract, text, person, expected):
    assert _rows(extract(text), person) == expected



@pytest.mark.parametrize("text, person, expected", [
    # the predecessor's own office after the handover, in the relative clause after the name (rule predecessor-new-office)
    ("The general meeting of the Fjord Seafood Cluster elected Ingrid Dahl as chair of the board. She succeeds Olav Moen, "
     "who led the board since 2019 and was named honorary chair.",
     # (the cluster whose general meeting elects is the organisation: role_org_moves.py, family org-subject-of-move)
     "Olav Moen", {("chair of the board", "Fjord Seafood Cluster", "role:predecessor"),
                   ("honorary chair", "Fjord Seafood Cluster", "role:predecessor-new-office")}),
    ("Members elected Jana Dvorak, CEO of Glassworks Ltd, as president of the Moravia Glass Cluster. She follows Karel "
     "Novak (Novak Crystal s.r.o.), who stays on the board as vice chair.",
     "Karel Novak", {("", "Novak Crystal s.r.o.", "role:name-bracket-org"), ("president", "Moravia Glass Cluster", "role:predecessor"),
                     ("vice chair", "Moravia Glass Cluster", "role:predecessor-new-office")}),
    ("The assembly elected Tom Lee as chair of the Alpine Wood Cluster. He succeeds Eva Berg, who now becomes honorary "
     "president.",
     "Eva Berg", {("chair", "Alpine Wood Cluster", "role:predecessor"),
                  ("honorary president", "Alpine Wood Cluster", "role:predecessor-new-office")}),
    # a clause with no office after its verb or "as" gives no second row
    ("Acme Network appointed Anne Roy as managing director. She replaces Luc Martin, who retires at the end of June as "
     "planned.",
     "Luc Martin", {("managing director", "Acme Network", "role:predecessor")}),
    # the clause ends at the semicolon of its list item: the next item's office is someone else's
    ("The General Assembly\n- elected Ana Ruiz as treasurer, replacing Tomas Berg, who did not stand again;\n"
     "- elected Lea Kim as board member.\n",
     "Tomas Berg", {("treasurer", None, "role:predecessor")}),
])
def test_predecessor_new_office(extract, text, person, expected):
    assert _rows(extract(text), person) == expected


def test_predecessor_without_appointment_gives_no_row(extract):
    r = extract("The keynote of Dr. Sara Holm, head of research at Nordic Steel AB, follows Tomas Berg on the stage.")
    assert not [x for x in r.roles if x.rule.startswith("role:predecessor")]


def test_predecessor_is_not_the_newcomers_apposition(extract):
    # "CEO of Beta Foods" is where the newcomer works, not the office she takes
    text = ("The General Assembly of the Alpine Dairy Cluster elected Maria Huber, CEO of Beta Foods GmbH, as its new "
            "president. She succeeds Josef Gruber, who led the cluster since 2015.")
    r = extract(text)
    assert _rows(r, "Josef Gruber") == {("president", "Alpine Dairy Cluster", "role:predecessor")}
    assert ("president", "Alpine Dairy Cluster", "role:verb-name-as-role+org-kind-anaphor") in _rows(r, "Maria Huber")


@pytest.mark.parametrize("text, person, role", [
    ("The assembly elected Jana Novak, owner of the sawmill Novak & Sons, s.r.o., as treasurer.", "Jana Novak", "treasurer"),
    ("Members appointed Paolo Conti, until now project manager, as cluster manager.", "Paolo Conti", "cluster manager"),
    ("The board named Dr. Eva Lind, Director of Research at Fjord Labs AS, as vice-chair.", "Eva Lind", "vice-chair"),
])
def test_appointment_read_past_an_apposition(extract, text, person, role):
    assert role in {r.role for r in extract(text).roles if r.person == person and r.rule.startswith("role:verb-name-as-role")}


@pytest.mark.parametrize("text, person, expected", [
    ("Fjord Seafood Cluster – Annual report 2026\n\nFjord Seafood Cluster grew to 60 members.\n\nOur founding cluster "
     "manager, Ingrid Dahl, retired in June. Her successor, Dr. Per Moen, started on 1 July.",
     "Per Moen", ("cluster manager", "Fjord Seafood Cluster", "role:successor")),
    ("The network's secretary general, Luc Martin, left in March. His successor, Anne Roy, comes from the city council.",
     "Anne Roy", ("secretary general", None, "role:successor")),
    ("Karel Novak, chairman of Moravia Glass Cluster, stepped down this spring. His successor Jana Dvorak takes office in May.",
     "Jana Dvorak", ("chairman", "Moravia Glass Cluster", "role:successor")),
])
def test_successor_takes_the_office(extract, text, person, expected):
    assert expected in _rows(extract(text), person)
