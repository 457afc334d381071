"""Roles stated of the speaker's own organisation with a copula, and titles of honour and co-ownership.

Rule ``our-role``, family "name is our role": a full name, "is"/"was"/"has been", then "our" and a role title that
closes the phrase ("Jane Doe is our export manager and …"): the role, the organisation left to the own-organisation
families, as for "our export manager, Jane Doe". Rule ``the-role-is-name`` reads an interviewee's "my vice-chair is
Jane Doe" as it reads "our vice-chair is …". ``role_titles.txt`` holds "Co-owner" and the honorary offices
("Honorary President", "Honorary Chair").
"""
from __future__ import annotations

import pytest


def roles_of(result, person: str) -> set[tuple[str, str | None, str]]:
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, person, expected", [
    ("In the lab, Laura Mendes is our innovation manager and runs the sensor working group.",
     "Laura Mendes", {("innovation manager", None, "role:our-role")}),
    ("Since March, Jonas Weber has been our treasurer.",
     "Jonas Weber", {("treasurer", None, "role:our-role")}),
    ("For six years Elif Demir was our project coordinator, until she moved to Ankara.",
     "Elif Demir", {("project coordinator", None, "role:our-role")}),
    ("On the board, my vice-president is Carla Ortiz, who also runs a winery near the river.",
     "Carla Ortiz", {("vice-president", None, "role:the-role-is-name")}),
    ("Contact person: Marek Zalewski, co-owner",
     "Marek Zalewski", {("co-owner", None, "role:apposition")}),
    ("For school visits please write to Tomasz Nowak, headmaster, who plans the workshop days.",
     "Tomasz Nowak", {("headmaster", None, "role:apposition")}),
    ("The assembly appointed Anna Berg as honorary president of the association.",
     "Anna Berg", {("honorary president", None, "role:verb-name-as-role")}),
    ("At the close of the meeting Jonas Berg was made an honorary member of the association.",
     "Jonas Berg", {("honorary member", None, "role:name-elected-role")}),
    ("After twelve years at the helm, Maria Holm was proclaimed honorary president.",
     "Maria Holm", {("honorary president", None, "role:name-elected-role")}),
    ("The nomination committee (Ola Sund, convener; Kim Roe) presented its proposal.",
     "Ola Sund", {("convener", None, "role:apposition")}),
    ("Il consigliere delegato Luca Verdi ha presentato il bilancio dell'esercizio.",
     "Luca Verdi", {("consigliere delegato", None, "role:role-before-name-language")}),
    ("Zum Abschluss dankte Ehrenpräsidentin Ute Kramer allen Mitgliedern für die Treue.",
     "Ute Kramer", {("Ehrenpräsidentin", None, "role:role-before-name-language")}),
])
def test_our_role_after_copula_and_honours(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected


@pytest.mark.parametrize("text", [
    # "our" then a noun that is no role title
    "Peter Lind was our first employee back in 2012, when the office opened.",
    # the role does not close the phrase: "our manager's car" is no role of the name
    "Yesterday Sofia Lund was our manager's guest at the fair.",
    # "was made" with no role title after it
    "The decision was made by Anna Berg after a long meeting of the board.",
])
def test_our_without_a_closing_role_no_row(extract, text):
    assert not extract(text).roles
