"""Rule ``shared-plural-role`` after a count word of ``role_count_words.txt`` ("the two cluster managers, A and B"):
each listed name holds the title in the singular, as without one; the count word is no part of the role."""
from __future__ import annotations

import pytest


# Rule shared-plural-role after a count word (role_count_words.txt): each listed name holds the title in the singular.
@pytest.mark.parametrize("text, expected", [
    ("In Lyon the two cluster managers, Anne Roussel (Pôle Textile) and Jonas Berg (Nordic Fibre), signed the agreement.",
     {("Anne Roussel", "cluster manager"), ("Jonas Berg", "cluster manager")}),
    ("The meeting was chaired by both vice-chairs, Petra Novak and Marek Horvat, in turn.",
     {("Petra Novak", "vice-chair"), ("Marek Horvat", "vice-chair")}),
    ("The auditors, Petra Novak and Marek Horvat, found the books in order.",  # no count word: the singular too
     {("Petra Novak", "auditor"), ("Marek Horvat", "auditor")}),
])
def test_shared_plural_role_after_a_count_word(extract, text, expected):
    assert {(r.person, r.role) for r in extract(text).roles if r.rule.startswith("role:shared-plural-role")} == expected
