"""Rule "credit-label": a credit that names the person before the source they work for (sentences of our own)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, names", [
    ("The fjord tour closed the visit.\n\n*Photo: Maren Solberg / Fjord Cluster*", ["Maren Solberg"]),
    ("Pictures: Tomás Ferreira | Atlantic Food Hub", ["Tomás Ferreira"]),
    ("Photo credit: Ingrid Lund-Haugen / NTNU", ["Ingrid Lund-Haugen"]),
    # the source first, as before
    ("Photos: Fjord Cluster / Maren Solberg", ["Maren Solberg"]),
    # a caption that names a place before the slash names no person
    ("Photo: Harbour of Bergen / Fjord Cluster", []),
])
def test_people_credit_with_the_source_after_the_name(extract, text, names):
    r = extract(text)
    assert [p.name for p in r.people] == names
    assert not names or {p.rule for p in r.people} == {"credit-label"}
