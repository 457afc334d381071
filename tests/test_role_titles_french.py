"""French role titles after the name (data/role_titles_languages.txt, [fr]): "responsable …", "chargé(e) de …",
"chef(fe) du service …", "administrateur délégué", "journaliste", read by the apposition and line rules."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person, role, org", [
    ("Table ronde : avec Odile Marchand, responsable qualité, Laiterie des Vosges SAS, et d'autres invités.",
     "Odile Marchand", "responsable qualité", "Laiterie des Vosges SAS"),
    ("Rédigé par Yves Le Bihan, chargé de projets européens, Nautisme Bretagne SAS.", "Yves Le Bihan", "chargé de projets européens",
     "Nautisme Bretagne SAS"),
    ("Contact presse : Agnès Roussel, chargée de communication, Cluster Lumière Lyon", "Agnès Roussel", "chargée de communication",
     "Cluster Lumière Lyon"),
    ("Signataires :\n- Paul Delcour, administrateur délégué, Wallonie Bois ASBL\n", "Paul Delcour", "administrateur délégué",
     "Wallonie Bois ASBL"),
])
def test_french_titles_after_the_name(extract, text, person, role, org):
    rows = {(r.role, r.organisation) for r in extract(text).roles if r.person == person}
    assert rows == {(role, org)}
