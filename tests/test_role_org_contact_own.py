"""Family "own-org" for a contact (role_orgs.py with role_org_entries.contact_label_before): a person named after a
contact label with a role and no organisation works for the organisation the document is written by. Exact rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Hydrogen Delta Cluster\nNews\n\nThe Hydrogen Delta Cluster will join the Benelux side event in Brussels with six "
     "members.\n\nRegistration: events@hydrogendelta.example. Questions: Noor Visser, events officer.\n\n"
     "Hydrogen Delta Cluster · Middelburg",
     {("Noor Visser", "events officer", "Hydrogen Delta Cluster", "role:apposition+own-org")}),
    ("Rhine Textile Network – Events calendar\n\nThe Rhine Textile Network runs four workshops this winter.\n\n"
     "Contact: Lena Vogt, project officer",
     {("Lena Vogt", "project officer", "Rhine Textile Network", "role:apposition+own-org")}),
    ("Alpine Wood Cluster\nPress release\n\nThe Alpine Wood Cluster opens its new training centre in Bolzano on 3 March."
     "\n\nPress contact: Martin Egger, communications manager",
     {("Martin Egger", "communications manager", "Alpine Wood Cluster", "role:apposition+own-org")}),
])
def test_role_org_contact_of_the_own_organisation(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_org_contact_without_an_own_organisation_stays_empty(extract):
    text = "Registration for the workshop closes on Friday.\n\nFor questions write to us. Contact: Jane Moss, project officer"
    assert roles(extract(text)) == {("Jane Moss", "project officer", None, "role:apposition")}
