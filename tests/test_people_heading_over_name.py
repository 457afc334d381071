"""A list heading on its own line over a name line ("Jurors\nJane Doe, …"): the person mention starts at the name."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, people, roles", [
    ("Jurors\nLisa Meyer, professor of design at the Linz Art University\nTom Berger, founder of Berger Studio\n",
     {"Lisa Meyer", "Tom Berger"},
     {("Lisa Meyer", "professor of design", "Linz Art University"), ("Tom Berger", "founder", "Berger Studio")}),
    ("Mentors\nKarl Huber, Head of Engineering, Tyrol Robotics Cluster\n",
     {"Karl Huber"}, {("Karl Huber", "Head of Engineering", "Tyrol Robotics Cluster")}),
    ("Evaluators\nMarta Nowak, Adriatic Maritime Cluster\nPaolo Conti, Po Valley Food Cluster\n",
     {"Marta Nowak", "Paolo Conti"},
     {("Marta Nowak", "", "Adriatic Maritime Cluster"), ("Paolo Conti", "", "Po Valley Food Cluster")}),
])
def test_people_heading_line_is_no_part_of_the_name(extract, text, people, roles):
    r = extract(text)
    assert {p.text for p in r.people} == people
    assert all(text[p.start:p.end] == p.name for p in r.people)
    assert {(x.person, x.role, x.organisation) for x in r.roles} == roles


def test_people_name_wrapped_after_one_word_stays_whole(extract):
    r = extract("Speaker of the day was Anna\nLindqvist, cluster manager of the Nordic Wood Cluster.")
    assert [p.name for p in r.people] == ["Anna Lindqvist"]
