"""A social-media post's comments and profile cards (rolestruct43): the headline after a bullet on the name line
(rule ``line:profile-headline``, statement_profile_lines.py), and the headline under a name line that ends with the
connection degree in any script ("• 1st", "• 1-й"), its topic tags after a bar aside (rule ``line:name-over-role``)."""
from __future__ import annotations

import pytest


def rows(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Great news from our partners!\n\nHalina Zawadzka • Project Manager at Silesia Timber Cluster\nWell done, team!\n",
     {("Halina Zawadzka", "Project Manager", "Silesia Timber Cluster", "role:line:profile-headline")}),
    ("Congratulations on the new office.\n\nTomasz Wrona • Prezes Zarządu, Baltic Amber Cluster\nGratulacje!\n",
     {("Tomasz Wrona", "Prezes Zarządu", "Baltic Amber Cluster", "role:line:profile-headline")}),
    ("What a week in Bergen.\n\nMikkel Dahl • Cluster Manager at Fjord Boats Cluster | Maritime | Batteries\nSee you in May!\n",
     {("Mikkel Dahl", "Cluster Manager", "Fjord Boats Cluster", "role:line:profile-headline")}),
    # a post in another language: the rule is language-neutral (data/language_neutral_rules.txt)
    ("Вітаємо нову команду кластера! Дякуємо всім партнерам за підтримку.\n\nОлена Коваль • Менеджерка проєктів, КДК\n"
     "Щиро вітаю колег!\n",
     {("Олена Коваль", "Менеджерка проєктів", "КДК", "role:line:profile-headline")}),
])
def test_headline_after_the_bullet_on_the_name_line(extract_file, text, expected):
    assert rows(extract_file("post.txt", text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Олена Коваль • 1-й\nМенеджерка проєктів, КДК\n\nДякую всім за підтримку!\n",
     {("Олена Коваль", "Менеджерка проєктів", "КДК", "role:line:name-over-role")}),
    ("Aino Lehtinen • 2nd\nCluster Manager at Saimaa Wood and Timber Engineering Cluster (SWTEC) | Wood | Skills | Export\n\n"
     "Our study visit starts on Monday.\n",
     {("Aino Lehtinen", "Cluster Manager", "Saimaa Wood and Timber Engineering Cluster", "role:line:name-over-role")}),
])
def test_headline_under_a_name_line_with_the_connection_degree(extract_file, text, expected):
    assert rows(extract_file("post.txt", text)) == expected


def test_a_bullet_before_no_role_states_none(extract_file):
    text = "Thank you all!\n\nRui Nogueira • 2d • Like • Reply\nSee you in Lisbon.\n"
    assert rows(extract_file("post.txt", text)) == set()
