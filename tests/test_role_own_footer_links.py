"""The document's own organisation read from a web page's imprint when a bar of links stands under it
(role_own_publisher._foot_lines: "Privacy | Terms | Accessibility statement" is no foot line of its own, so the
imprint's organisation line stays among the last lines read). Exact role rows; sentences of our own."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


_BODY = "Latest news\n\nSpring meeting\n\nTreasurer {name} presented the accounts of the cluster for 2033 to the members.\n\n"


@pytest.mark.parametrize("name, footer, org", [
    ("Jane Roe", "North Fjord Marine Cluster AS\nHarbour Road 4, 6700 Måløy\nOrg. no. 999 000 111\n"
     "Privacy | Terms | Accessibility statement\nFunded by the regional development fund\n", "North Fjord Marine Cluster AS"),
    ("Anna Roth", "Allgäu Timber Cluster e.V.\nHauptstraße 4, 87435 Kempten\nRegister VR 1234\n"
     "Impressum | Datenschutz | Kontakt\nFunded by the Land\n", "Allgäu Timber Cluster e.V."),
    ("Claire Dubois", "Limousin Wood Cluster SAS\n12 rue du Port, 87000 Limoges\nSIRET 000 000 000\n"
     "Mentions légales | Cookies | Plan du site\nWith the support of the Region\n", "Limousin Wood Cluster SAS"),
])
def test_imprint_over_a_link_bar_names_the_own_organisation(extract, name, footer, org):
    assert roles(extract(_BODY.format(name=name) + footer)) == {(name, "Treasurer", org, "role:role-before-name+own-org")}
