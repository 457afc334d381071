"""A line that opens with an arrow or a pictograph ("👉 Jane Doe – Communications") is a list item or a post's line:
no fold of soft wraps runs it into the line before (soft_wraps.fold_soft_wraps), so a team list's role does not run on
into the next member's line. Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # a post's team list, a pointing hand before each member
    ("Our team for 2035:\n👉 Julia Berger – Destinations Manager\n👉 Lisa Pichler – Communications\n",
     {("Julia Berger", "Destinations Manager", None, "role:apposition"),
      ("Lisa Pichler", "Communications", None, "role:apposition")}),
    # arrows before each speaker
    ("Speakers at the breakfast:\n→ Tomas Lind, project manager\n→ Karin Holm, event coordinator\n",
     {("Tomas Lind", "project manager", None, "role:apposition"),
      ("Karin Holm", "event coordinator", None, "role:apposition")}),
    # a board list with diamonds
    ("The new board, elected today:\n🔹 Peter Novak, treasurer\n🔹 Eva Lind, secretary\n",
     {("Peter Novak", "treasurer", None, "role:apposition"),
      ("Eva Lind", "secretary", None, "role:apposition")}),
])
def test_role_list_lines_with_pictographs(extract, text, expected):
    assert roles(extract(text)) == expected
