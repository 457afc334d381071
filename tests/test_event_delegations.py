"""The visit of a delegation said as the subject of its sentence (``pattern:event_delegation``,
"a delegation of the Name … visited …"): sentences of our own; the positive rows are in test_rule_examples."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A delegation of eleven representatives visited the fair on 3 May 2030.",  # whose it is, not said
    "A delegation from Morocco visited the fair.",  # no day: no dated visit
    "The cluster sent a delegation of nine firms that visited Chile in 2029.",  # an outgoing one, named by where it goes
])
def test_event_delegation_subject_without_whose_or_day_is_no_event(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_delegation"] == []
