"""Rule family "Name held, starts or leaves an office as role" (``name-tenure-as-role``, statement_verb_as.py): a full
name, perhaps ", who", a verb of ``role_tenure_verbs.txt``, up to eight words and "as" with a role title; and the
joining verbs after ", who" (``name-joined-as-role``)."""
from __future__ import annotations

import pytest


def person_roles(result, person: str) -> set[tuple[str, str | None, str]]:
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, person, expected", [
    ("After nine years at the helm, Katarina Lindqvist stepped down as managing director of the Baltic Wood Cluster "
     "at the end of March.",
     "Katarina Lindqvist", {("managing director", "Baltic Wood Cluster", "role:name-tenure-as-role+org-after-role")}),
    ("We thank Piotr Zieliński, who has led the network as chair since 2019, for his patience and good humour.",
     "Piotr Zieliński", {("chair", None, "role:name-tenure-as-role")}),
    ("Elena Marsh starts as community manager in September and will run the members' newsletter.",
     "Elena Marsh", {("community manager", None, "role:name-tenure-as-role")}),
    ("Tomás Herrera, who will act as interim cluster manager until a successor is found, knows the members well.",
     "Tomás Herrera", {("cluster manager", None, "role:name-tenure-as-role")}),
    ("A warm welcome to Ingrid Falk, who joined the secretariat in May as events coordinator.",
     "Ingrid Falk", {("events coordinator", None, "role:name-joined-as-role")}),
])
def test_name_tenure_as_role(extract, text, person, expected):
    assert person_roles(extract(text), person) == expected


@pytest.mark.parametrize("text", [
    # "as the" opens a clause here: the chair is someone else
    "Maria Olsen left the meeting early, as the chair had asked the members to keep the room free.",
    # no role title after "as"
    "Jonas Berg worked for years as a volunteer in the local sailing club.",
])
def test_name_tenure_as_role_left_alone(extract, text):
    assert not [r for r in extract(text).roles if r.rule.startswith("role:name-tenure-as-role")]

