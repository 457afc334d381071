"""Family "credit-org" in the other order (pipeline/extract/role_org_clauses.py, credit_org_after): a photo credit
"<photographer> / <organisation>" that the organisation closes. Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("The Hydrogen Valley Cluster (HVC) hosted the meeting in Bilbao.\n\n*Photos: Itziar Goñi Arrieta / HVC*\n\nTags: hydrogen",
     {("Itziar Goñi Arrieta", "", "Hydrogen Valley Cluster", "role:credit-org")}),
    ("More than 80 companies joined the matchmaking day of the Baltic Food Cluster in Riga.\n\n"
     "Photo: Janis Berzins / Baltic Food Cluster",
     {("Janis Berzins", "", "Baltic Food Cluster", "role:credit-org")}),
    ("The Adriatic Marine Cluster (AMC) welcomed twelve new members at its spring assembly in Split.\n\n"
     "(Photo: Marko Horvat / AMC)",
     {("Marko Horvat", "", "Adriatic Marine Cluster", "role:credit-org")}),
])
def test_role_org_credit_photographer_then_organisation(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_org_credit_organisation_must_close_the_line(extract):
    text = "Members of the Nordic Wood Network met in Oslo.\n\nPhoto: Ola Nordmann / the Nordic Wood Network team"
    assert roles(extract(text)) == set()
