"""Family "org-partner-row" (pipeline/extract/role_org_rows.py): a contact person named on a row of a project's partner
list, or on the indented lines under it, works for the organisation the row opens with after its code. Exact role
rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # a report's partner table: code and organisation on the row, the contact on the indented line under it
    ("Table 4 – Project partners\n\n"
     "LP   Baltic Timber Cluster (BTC), Riga, LV\n"
     "     Contact: Dr. Ilze Kalnina, cluster manager\n"
     "PP2  Tartu Wood Institute, Tartu, EE\n"
     "     Contact: Marek Tamm, research engineer\n",
     {("Ilze Kalnina", "cluster manager", "Baltic Timber Cluster", "role:apposition+org-partner-row"),
      ("Marek Tamm", "research engineer", "Tartu Wood Institute", "role:apposition+org-partner-row")}),
    # minutes: code, dash, organisation, country in brackets, colon, the people present with their roles
    ("Present\n"
     "PP1 – Adriatic Boatbuilders Network (HR): Luka Matic, project lead; Ana Babic, finance officer\n"
     "PP2 – Rivalta Marine Services S.r.l. (IT): Paolo Conti, technical director\n",
     {("Luka Matic", "project lead", "Adriatic Boatbuilders Network", "role:apposition+org-partner-row"),
      ("Ana Babic", "finance officer", "Adriatic Boatbuilders Network", "role:apposition+org-partner-row"),
      ("Paolo Conti", "technical director", "Rivalta Marine Services S.r.l.", "role:apposition+org-partner-row")}),
    # contacts with no role; a former contact in brackets on a further indented line of the row
    ("Partners and contact persons\n\n"
     "PP1  Silesian Glass Cluster (SGC), Katowice, PL\n"
     "     Contact: Tomasz Nowak\n"
     "PP2  Ostrava Ceramics Institute (OCI), Ostrava, CZ\n"
     "     Contact: Jana Horakova\n"
     "     (until 2033: Petr Svoboda)\n",
     {("Tomasz Nowak", "", "Silesian Glass Cluster", "role:org-partner-row"),
      ("Jana Horakova", "", "Ostrava Ceramics Institute", "role:org-partner-row"),
      ("Petr Svoboda", "", "Ostrava Ceramics Institute", "role:org-partner-row")}),
    # a consortium table whose rows are numbered
    ("Consortium\n\n #  Partner (country)                      Contact person\n"
     " 1  Nordic Salmon Cluster AS (NO)          Siri Haugen, cluster manager\n"
     " 2  Baltic Feed Institute (LT)             Dr. Rasa Petraitiene, research director\n",
     {("Siri Haugen", "cluster manager", "Nordic Salmon Cluster AS", "role:apposition+org-partner-row"),
      ("Rasa Petraitiene", "research director", "Baltic Feed Institute", "role:apposition+org-partner-row")}),
])
def test_role_org_partner_row(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_org_partner_row_needs_an_organisation_after_the_code(extract):
    # a work plan's row opens with a work package's title, not an organisation: the row names none
    text = ("Work plan\n"
            "WP1  Mapping of regional needs – coordinator: Ilse Berg, analyst\n"
            "WP2  Pilot actions in the regions – coordinator: Karl Weiss, engineer\n")
    assert {(p, o) for p, _, o, _ in roles(extract(text))} <= {("Ilse Berg", None), ("Karl Weiss", None)}


def test_role_org_partner_row_not_past_a_blank_line(extract):
    # the indented note after the table is no row's: the last partner is not its author's organisation
    text = ("PP1  Nordic Salmon Cluster (NSC), Bergen, NO\n"
            "     Contact: Siri Haugen, cluster manager\n\n"
            "     Report compiled by Olav Lund, external evaluator\n")
    assert ("Olav Lund", "Nordic Salmon Cluster") not in {(p, o) for p, _, o, _ in roles(extract(text))}


@pytest.mark.parametrize("text, expected", [
    # a contact directory: a label, the partner organisation with its acronym, a dash, the role as a label
    ("FOOD AND DRINK\n"
     "  Cluster partner: Costa Verde Fruit Cluster (CVFC) – manager: Lucia Moreno\n",
     {("Lucia Moreno", "manager", "Costa Verde Fruit Cluster", "role:role-label+org-dash-label")}),
    # the organisation after a semicolon of a list of partners; the role stated in lower case
    ("HEALTH\n"
     "  Partners: Alpine Health Park (AHP); Tyrol BioTech Cluster – president: Maria Huber\n",
     {("Maria Huber", "president", "Tyrol BioTech Cluster", "role:role-label+org-dash-label")}),
    # an award list: the winner, its town after a comma, a dash, the role label in capitals
    ('Category "Start-up"\n'
     "Mediscan GmbH, Ulm – CEO: Thomas Berger\n",
     {("Thomas Berger", "CEO", "Mediscan GmbH", "role:role-label+org-dash-label")}),
])
def test_role_org_dash_label(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_org_dash_label_needs_an_organisation_before_the_dash(extract):
    # a workshop's title before the dash is no organisation: the facilitator's organisation is the one after the name
    text = "Workshops\n- WG A: Soil and water – facilitator: Eva Lindgren, Uppsala Soil Institute\n"
    assert {o for _, _, o, _ in roles(extract(text))} <= {None, "Uppsala Soil Institute"}
