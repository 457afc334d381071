"""A person's organisation read by the shape of the line alone (role_orgs.py families name-bracket-org, name-comma-org,
credit-org) is kept in blocks that are not in English (data/language_neutral_rules.txt). Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # Polish: the company in brackets after the name
    ("Walne zgromadzenie klastra odbyło się w Poznaniu. W spotkaniu wzięli udział członkowie zarządu oraz goście z "
     "regionu. Obecni byli: Tomasz Kowalczyk (Stalmet Sp. z o.o.) i Agnieszka Wiśniewska (Drewmax S.A.).",
     {("Tomasz Kowalczyk", "", "Stalmet Sp. z o.o.", "role:name-bracket-org")}),
    # German: a list of guests, each name, a comma and the company
    ("Das Treffen fand in Graz statt. Die Teilnehmer diskutierten über neue Projekte für die Region und die Zukunft des "
     "Netzwerks. Gäste: Johanna Berger, Holzbau Steiner GmbH; Markus Huber, Alpen Textil AG.",
     {("Johanna Berger", "", "Holzbau Steiner GmbH", "role:name-comma-org"),
      ("Markus Huber", "", "Alpen Textil AG", "role:name-comma-org")}),
    # Spanish: a photo credit
    ("La jornada reunió a más de cien empresas del sector agroalimentario en Sevilla durante dos días.\n\n"
     "Foto: © Clúster Agroalimentario Andaluz / Lucía Romero Álvarez",
     {("Lucía Romero Álvarez", "", "Clúster Agroalimentario Andaluz", "role:credit-org")}),
])
def test_role_orgs_line_shapes_kept_in_other_languages(extract, text, expected):
    assert roles(extract(text)) == expected
