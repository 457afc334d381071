"""not_org (org_context.py): a grade in capitals after a blocked last word ("… Label SILVER", "… Award GOLD") hides
no organisation; a legal form in capitals after a name is still the company's."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("In 2031 the Acme Photonics Cluster will apply for the Cluster Management Excellence Label GOLD.",
     {"Acme Photonics Cluster"}),
    ("- Cluster Management Excellence Label SILVER since May 2027", set()),
    ("The Baltic Wood Network received the Regional Innovation Award BRONZE, and Nordic Tools AS joined.",
     {"Baltic Wood Network", "Nordic Tools AS"}),
])
def test_grade_after_a_label_is_no_organisation(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
