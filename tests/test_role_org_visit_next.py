"""Family ``org-visit-host`` (role_org_visits.py) for the sentence after the visit's: the person whose role or name
opens the sentence right after "we visited Acme …" is received by Acme; not across a paragraph, nor when the role or
name does not open the sentence."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("On Monday we visited the sawmill of Wels Holz GmbH, which cuts spruce from the whole region. Plant manager Petra "
     "Moser showed us the new dryer.",
     {("Petra Moser", "manager", "Wels Holz GmbH", "role:role-before-name+org-visit-host")}),
    ("The delegation then paid a visit to Lapland Steel Oy near the harbour. CEO Mikko Laine explained the furnace.",
     {("Mikko Laine", "CEO", "Lapland Steel Oy", "role:role-before-name+org-visit-host")}),
    ("After lunch the students visited the dairy cooperative Alpenmilch eG in Kempten. Managing director Anna Huber "
     "answered their questions.",
     {("Anna Huber", "Managing director", "Alpenmilch eG", "role:role-before-name+org-visit-host")}),
])
def test_host_of_the_visit_in_the_sentence_before(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_no_host_across_a_paragraph(extract):
    text = "We visited Wels Holz GmbH in the morning.\n\nPlant manager Petra Moser retired last year."
    assert {o for _, _, o, _ in _rows(extract(text))} == {None}


def test_no_host_when_the_person_does_not_open_the_sentence(extract):
    text = "We visited Wels Holz GmbH in the morning. In the evening Minister Petra Moser opened the fair."
    assert _rows(extract(text)) == {("Petra Moser", "Minister", None, "role:title")}


def test_no_host_for_the_writers_own_people(extract):
    # "Our director" after an agenda's meeting with another body is the writer's own director
    text = ("The agenda includes a meeting with the Province of Trento and a round table. Our director, Jane Moser, will "
            "welcome the group.")
    assert {o for p, _, o, _ in _rows(extract(text)) if p == "Jane Moser"} <= {None}
