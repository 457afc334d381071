"""Rule family "possessive inside a name" (data/org_name_words.txt, ``[possessives inside a name]``): the "'s" of a
group of people or of an office holder belongs to an organisation's name when a capitalised word follows
("Da Nang People's Committee", "Polish Foundrymen's Association", "Marshal's Office of the ... Voivodeship"),
in a capitalised run (rule "pattern:org-head") and in a role's organisation slot (rule "role:organisation",
organisations.py ``_past_possessive``); any other possessive still ends a name ("the Agency's director")."""
from __future__ import annotations

import pytest


def _orgs(result) -> set[tuple[str, str]]:
    return {(o.name, o.rule) for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    ("Last spring the Quang Ninh People's Committee signed a memorandum with two cluster associations.",
     {("Quang Ninh People's Committee", "pattern:org-head")}),
    ("A study tour to Katowice was co-funded by the Silesian Fishermen's Union and by local firms.",
     {("Silesian Fishermen's Union", "pattern:org-head")}),
    ("The Marshal's Office of the Opolskie Voivodeship will fund three more cluster projects next year.",
     {("Marshal's Office of the Opolskie Voivodeship", "pattern:org-head")}),
    # (an envoy keeps its place: family "envoys")
    ("Delegates visited the Embassy of the People's Republic of Bangladesh in Vienna on Friday.",
     {("Embassy of the People's Republic of Bangladesh in Vienna", "pattern:org-head")}),
])
def test_possessive_of_a_group_or_office_stays_in_the_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The keynote came from Tran Van Minh, Deputy Chairman of the Can Tho People's Committee, on the first day.",
     {"Can Tho People's Committee"}),
    ("Questions were taken by Marta Zielińska, Head of Training at the Baltic Foundrymen's Association, after lunch.",
     {"Baltic Foundrymen's Association"}),
    ("The fair was opened by Claire Dupuis-Marin, Vice-President of the Provence-Alpes-Côte d'Azur Region, at noon.",
     {"Provence-Alpes-Côte d'Azur Region"}),
])
def test_role_slot_goes_on_over_a_possessive_or_an_elided_article(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # a possessive of any other word still ends the name
    ("The Nordic Innovation Agency's director presented the new strategy to the board.",
     {("Nordic Innovation Agency", "pattern:org-head")}),
    ("Our members praised the Danube Cluster Network's new mentoring scheme for young managers.",
     {("Danube Cluster Network", "pattern:org-head")}),
])
def test_other_possessives_end_the_name(extract, text, expected):
    assert _orgs(extract(text)) == expected
