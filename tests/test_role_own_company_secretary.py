""""Company Secretary" (data/role_titles.txt; data/role_own_offices.txt [governance]) is one title, the officer a
company limited by shares or guarantee appoints for itself: in the company's own annual report, minutes or "About"
page it is held in the document's own organisation (family own-org), not read as "Secretary" of an organisation
named "Company"."""
from __future__ import annotations

import pytest

CASES = [
    ("Harbour Robotics Cluster CLG – Annual Report 2034\n\n4. Governance\n\nHarbour Robotics Cluster CLG is a company "
     "limited by guarantee. The Board met six times in 2034.\n\nCompany Secretary: Jane Doyle.\n",
     {("Jane Doyle", "Company Secretary", "Harbour Robotics Cluster CLG", "role:role-label+own-org")}),
    ("Tidewater Food Cluster Ltd\n\nMinutes of the Board meeting of 3 March 2033, Tidewater Food Cluster Ltd\n\n"
     "Present: Mark Byrne, Chairperson; Ann Walsh, Company Secretary.\n",
     {("Mark Byrne", "Chairperson", "Tidewater Food Cluster Ltd", "role:apposition+own-org"),
      ("Ann Walsh", "Company Secretary", "Tidewater Food Cluster Ltd", "role:apposition+own-org")}),
    ("About Valletta Marine Cluster\n\nValletta Marine Cluster was set up in 2030 by twelve shipyards. Valletta Marine "
     "Cluster is a limited liability company.\n\nThe company secretary, Paul Camilleri, keeps the register of members.\n",
     {("Paul Camilleri", "company secretary", "Valletta Marine Cluster", "role:the-role-name+own-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_company_secretary_is_the_own_companys_office(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected
