"""Family ``org-item-subject`` (pipeline/extract/role_org_item_subject.py): the organisation a news item, an award's
paragraph or a report's credit opens with, for a person the item names later by an office with no organisation of its
own. Exact role rows; sentences of our own."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # a member's news item: the company opens the paragraph as the subject, its officer speaks two sentences on
    ("News from our members\n\nBrennan Valves Ltd, Tullamore, has doubled the size of its test bay. The new hall "
     "was built in six months. Managing director Aoife Brennan said the company will hire nine fitters.\n",
     {("Aoife Brennan", "Managing director", "Brennan Valves Ltd", "role:role-before-name+org-item-subject")}),
    # Norwegian: the title in the language's own words
    ("Nytt fra medlemmene\n\nKvitøy Marine AS startet som et lite verksted i 2019. I dag har bedriften 40 ansatte. "
     "Daglig leder Sindre Haugland forteller at ordreboka er full.\n",
     {("Sindre Haugland", "Daglig leder", "Kvitøy Marine AS", "role:role-before-name-language+org-item-subject")}),
    # an award's paragraph: the category's label, then the winner
    ("Awards 2031\n\nExporter of the Year: Valdoro Ceramiche S.r.l., Sassuolo, a maker of large porcelain slabs. "
     "The prize was received by sales director Giulia Ferrante.\n",
     {("Giulia Ferrante", "sales director", "Valdoro Ceramiche S.r.l.", "role:role-before-name+org-item-subject")}),
    # a numbered item of a digest
    ("In brief\n\n2. Ostrava Gears s.r.o. has opened a second assembly line for e-bike hubs. "
     "CEO Tomáš Kubeš expects the line to run at full capacity by spring.\n",
     {("Tomáš Kubeš", "CEO", "Ostrava Gears s.r.o.", "role:role-before-name+org-item-subject")}),
])
def test_officer_of_the_item_subject(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a public office is not held in the company the item is about
    ("Openings\n\nLindqvist Trä AB opened its new sawmill in Växjö in June. Minister Erik Sandell cut the ribbon.\n",
     {("Erik Sandell", "Minister", None, "role:title")}),
    # the paragraph opens with no organisation: nothing to take
    ("Openings\n\nIn June a new sawmill opened in Växjö. CEO Karin Lund showed the guests the kilns.\n",
     {("Karin Lund", "CEO", None, "role:role-before-name")}),
    # a list under the item's lead-in: its entries are the list's (the project's team), not the item's subject's
    ("News\n\nNordic Fibre Alliance met its project partners in Umeå. The project team:\n- Eva Lind, CEO\n",
     {("Eva Lind", "CEO", None, "role:line:name-role")}),
    # a lead-in line closed by a colon over lines of people: a list of its own, not an item's prose
    ("News\n\nNordic Fibre Alliance, office team from 1 May 2032:\nEva Lind – CEO\n",
     {("Eva Lind", "CEO", None, "role:line:name-role")}),
])
def test_no_item_subject(extract, text, expected):
    assert roles(extract(text)) == expected
