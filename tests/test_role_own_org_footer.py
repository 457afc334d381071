"""Family ``own-org`` (role_own_org.own_organisation): an organisation named once, on its own address line at the foot
of the text ("Acme Blue Cluster · Harbour Road 14, Marsa"), is the document's own organisation when the text calls
itself by a kind noun of that name ("the cluster runs …", "the network's members"), as a letterhead name is; its staff
and offices stated with no organisation of their own are held there. Pages and minutes of our own; exact rows."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation) for r in result.roles if r.role}


TEAM_PAGE = """Meet the team

The office in Marsa is small: five people who run the cluster's services for 60 members.

Jane Exampleton

Project Manager

Jane coordinates the cluster's work in two Interreg projects.

John Sampleford

Communication Officer

John edits the monthly newsletter.

Visit us

Acme Blue Cluster · Harbour Road 14, Marsa MRS 1000
"""

MINUTES = """Minutes of the board meeting of 14 March 2035

Treasurer Anna Probsdottir presented the accounts for 2034. The network closed the year with a small surplus and
the board approved the budget for 2035.

Secretary Lars Exempelsen will send the draft work plan to the members of the network before the summer.

Nordic Wood Network, Skovvej 3, 7400 Herning
"""

NEWSLETTER = """Spring newsletter

The association welcomed four new members this quarter. The study visit to Hamburg is ready, and the association's
project officer Tomasz Testowy reports on the skills survey below.

Baltic Shipbuilders Association, Dokowa 5, 80-001 Gdańsk
"""


@pytest.mark.parametrize("text, expected", [
    (TEAM_PAGE, {("Jane Exampleton", "Project Manager", "Acme Blue Cluster"),
                 ("John Sampleford", "Communication Officer", "Acme Blue Cluster")}),
    (MINUTES, {("Anna Probsdottir", "Treasurer", "Nordic Wood Network"),
               ("Lars Exempelsen", "Secretary", "Nordic Wood Network")}),
    (NEWSLETTER, {("Tomasz Testowy", "project officer", "Baltic Shipbuilders Association")}),
])
def test_foot_address_line_names_the_own_organisation(extract, text, expected):
    assert _rows(extract(text)) == expected
