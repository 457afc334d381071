"""Rule ``the-role-is-name``, family "the role at Organisation is Name": the office written first with where it is
held ("at" and the organisation, perhaps its acronym in brackets), then a verb of ``role_holder_verbs.txt`` ("is",
"is now") and the full name of its holder. The organisation after "at" is the row's (``org-after-role``)."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Our project officer at the Joint Secretariat is now Ms Helena Rask; Mikael Sund has moved to another programme.",
     {("Helena Rask", "project officer", "Joint Secretariat", "role:the-role-is-name+org-after-role")}),
    ("The Project Officer at the European Research Executive Agency (REA) is Ms Ilse Verbeke.",
     {("Ilse Verbeke", "Project Officer", "European Research Executive Agency", "role:the-role-is-name+org-after-role")}),
    ("Since May the coordinator at Valencia Port Foundation is Dr. Marta Gil, who came from the university.",
     {("Marta Gil", "coordinator", "Valencia Port Foundation", "role:the-role-is-name+org-after-role")}),
])
def test_office_at_org_is_name(extract, text, expected):
    assert roles(extract(text)) == expected


def test_no_office_no_row(extract):
    assert not extract("The meeting at the town hall is Tuesday, and the guide at the museum is free.").roles
