"""Organisations joined to a person by a dash (role_orgs.py): a list line that opens with the organisation, perhaps its
country in brackets, and a dash before the name ("– Acme Cluster (Spain) – Jane Doe, director"; family
org-label-before-name), and a role label whose name is followed by a dash and the organisation ("Jury chair: Jane Doe –
Acme University"; family org-after-role)."""
from __future__ import annotations

import pytest


def _rows(result, person):
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, person, expected", [
    ("Delegation members:\n  – Rhine Water Cluster e.V. (Germany) – Dr. Tobias Keller, project manager\n",
     "Tobias Keller", ("project manager", "Rhine Water Cluster e.V.", "role:apposition+org-label-before-name")),
    ("Participants:\n- Lisbon Sea Cluster (Portugal): Rita Mendes, senior adviser\n",
     "Rita Mendes", ("senior adviser", "Lisbon Sea Cluster", "role:apposition+org-label-before-name")),
    ("Delegation members:\n— Baltic Timber Alliance – Janis Ozols, director\n",
     "Janis Ozols", ("director", "Baltic Timber Alliance", "role:apposition+org-label-before-name")),
])
def test_org_label_before_name(extract, text, person, expected):
    assert expected in _rows(extract(text), person)


@pytest.mark.parametrize("text, person, expected", [
    ("Jury chair: Prof. Karin Lund – Uppsala University\n", "Karin Lund", ("Jury chair", "Uppsala University", "role:role-label+org-after-role")),
    ("Facilitator: Dr. Hugo Martin – Loire Robotics Cluster\n", "Hugo Martin",
     ("Facilitator", "Loire Robotics Cluster", "role:cue:facilitator+org-after-role")),
    ("Chair: Eva Novak - Ljubljana Design Network\n\nThe session opens at 10:00.", "Eva Novak",
     ("Chair", "Ljubljana Design Network", "role:role-label+org-after-role")),
])
def test_org_after_a_dash_after_a_role_label(extract, text, person, expected):
    assert expected in _rows(extract(text), person)
