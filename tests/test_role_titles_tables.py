"""Role titles of data/role_titles.txt and lower-case role fields in speaker lines, and speaker tables (pipe
tables, and cells one per paragraph as Markdown ingest writes them): the name cell."""
from __future__ import annotations

import pytest


# Speaker tables: several person titles may open the name cell ("Dr hab.", "Prof. Dr.", "Ing. Mgr.").
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_roles_table_name_cells_with_several_titles(extract, fmt):
    text = ("| Name | Role | Organisation |\n|---|---|---|\n"
            "| Dr hab. Jerzy Malinowski | Professor | Gdansk Maritime Academy |\n"
            "| Prof. Dr. Heike Sommer | Dean | Rostock Technical School |\n"
            "| Ing. Mgr. Pavla Dvorakova | Cluster Manager | Moravian Wood Cluster |\n")
    got = {(r.person, r.role, r.organisation) for r in extract(text, fmt=fmt).roles}
    assert got == {("Jerzy Malinowski", "Professor", "Gdansk Maritime Academy"),
                   ("Heike Sommer", "Dean", "Rostock Technical School"),
                   ("Pavla Dvorakova", "Cluster Manager", "Moravian Wood Cluster")}


# Academic, government and design offices (data/role_titles.txt), after a name with the organisation after them.
@pytest.mark.parametrize("text, expected", [
    ("Speaker: Lucia Ferri, designer, Studio Ferri Torino", ("Lucia Ferri", "designer", "Studio Ferri Torino")),
    ("- Dr. Ivan Horvat, dean, Faculty of Maritime Studies", ("Ivan Horvat", "dean", "Faculty of Maritime Studies")),
    ("The opening was chaired by Mira Kos, Dean of the Faculty of Mechanical Engineering.",
     ("Mira Kos", "Dean", "Faculty of Mechanical Engineering")),
    ("Sen. Paolo Conti, Undersecretary of State, Ministry of Enterprise, spoke first.",
     ("Paolo Conti", "Undersecretary of State", "Ministry of Enterprise")),
])
def test_roles_added_titles_after_a_name(extract, text, expected):
    assert {(r.person, r.role, r.organisation) for r in extract(text).roles} == {expected}


# Two lower-case fields joined by "and" before a role title ("events and communications officer").
@pytest.mark.parametrize("text, expected", [
    ("Questions: Noor Jansen, events and communications officer.",
     ("Noor Jansen", "events and communications officer", None)),
    ("Our speakers were Lena Berg, policy and projects manager at Textile Europe, and Jon Roe.",
     ("Lena Berg", "policy and projects manager", "Textile Europe")),
    ("Contact: Ida Holm, marketing and communications manager, Baltic Wood Cluster",
     ("Ida Holm", "marketing and communications manager", "Baltic Wood Cluster")),
])
def test_roles_two_fields_joined_by_and(extract, text, expected):
    assert {(r.person, r.role, r.organisation) for r in extract(text).roles} == {expected}


def test_roles_and_does_not_open_or_close_a_field(extract):
    r = extract("Questions go to Noor Jansen, and communications officer Ida Holm answers them.")
    assert ("Noor Jansen", "and communications officer") not in {(x.person, x.role) for x in r.roles}
