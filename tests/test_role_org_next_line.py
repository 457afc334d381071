"""Family "org-next-line" (pipeline/extract/role_org_signature.py): in a signature, press contact or contact card, a role
that ends its line is held in the organisation that opens the next line. Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # name, role and organisation on lines of their own (a signature)
    ("Yours sincerely,\n\nHugo Lindqvist\nExport & Trade Manager\nNordic Timber Alliance – Svensk Trä\nStoragatan 3, Umeå",
     {("Hugo Lindqvist", "Export & Trade Manager", "Nordic Timber Alliance", "role:line:name-over-role+org-next-line")}),
    # a labelled contact line, the organisation under it with its address
    ("Press contact: Anna Weber, press officer\nRheinland Textil GmbH, Krefeld",
     {("Anna Weber", "press officer", "Rheinland Textil GmbH", "role:apposition+org-next-line")}),
    # the role after a dash, the organisation with its acronym on the next line
    ("Questions: Jan Novak – project officer\nDanube Logistics Network (DLN)",
     {("Jan Novak", "project officer", "Danube Logistics Network", "role:apposition+org-next-line")}),
])
def test_role_org_next_line(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_org_next_line_not_across_a_wrapped_sentence(extract):
    # the next line goes on with the sentence: its organisation does not end a field
    text = "The panel was chaired by Jane Doe, project manager\nAcme Cluster has forty members and meets twice a year."
    assert roles(extract(text)) == {("Jane Doe", "project manager", None, "role:apposition")}
