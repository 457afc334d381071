"""Role titles of data/role_titles.txt in speaker lines, and speaker tables (pipe tables, and cells one per paragraph as
Markdown ingest writes them): the name cell."""
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

