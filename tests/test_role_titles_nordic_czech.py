"""Swedish, Norwegian, Danish, Czech, Slovak and Polish role titles (``role_titles_languages.txt``).

Association offices ("kassör", "revisorssuppleant", "verksamhetsgranskare", "místopředsedkyně", "skarbnik"), honorary
titles ("hedersmedlem", "čestný člen") and job titles ("avdelningschef", "projektová manažerka", "zakladatel"), in
masculine and feminine forms, give the role in the language-neutral shapes: a board list's label, which these
languages write in lower case at the start of the line (``role-label``, family "lower-case label in another
language"), a title after the name ("Name, title, Organisation"), in brackets after it, or before it. A Czech, Slovak
or Polish title names its organisation in the genitive ("zakladatel společnosti Acme a.s."): that word joins the role
to the organisation as "of" does (``role_org_connectors.txt``); Swedish joins with "vid".
"""
from __future__ import annotations

import pytest


def roles_of(result, person: str) -> set[tuple[str, str | None, str]]:
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, person, expected", [
    # a lower-case label opening a board list's line
    ("Styrelsen för verksamhetsåret består av:\n- kassör: Lena Berglund\n- ordförande: Nils Hedlund\n",
     "Lena Berglund", {("kassör", None, "role:role-label")}),
    ("Valná hromada zvolila nové vedení spolku.\n- místopředsedkyně: Hana Dvorská\n- pokladník: Jan Novák\n",
     "Hana Dvorská", {("místopředsedkyně", None, "role:role-label")}),
    ("Walne zebranie wybrało nowy zarząd stowarzyszenia.\n- skarbnik: Piotr Zieliński\n",
     "Piotr Zieliński", {("skarbnik", None, "role:role-label")}),
    # a title in brackets after the name, before the name, after the name with a comma
    ("Valberedningen består av Per Nyström (sammankallande) och Eva Lindberg.",
     "Per Nyström", {("sammankallande", None, "role:name-paren-role")}),
    ("Na konferenci vystoupila projektová manažerka Jitka Marešová s přehledem nových výzev.",
     "Jitka Marešová", {("projektová manažerka", None, "role:role-before-name-language")}),
    ("Efter pausen talade Anders Holm, revisorssuppleant, om föreningens ekonomi.",
     "Anders Holm", {("revisorssuppleant", None, "role:apposition")}),
    # the genitive of the organisation's kind joins the role to it
    ("Na setkání promluvil Tomáš Horák, zakladatel společnosti Agrosenzor a.s., o nových senzorech.",
     "Tomáš Horák", {("zakladatel", "Agrosenzor a.s.", "role:apposition+org-inside-role")}),
])
def test_nordic_and_west_slavic_titles(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected


@pytest.mark.parametrize("text", [
    # a lower-case title opening a line with no name after its colon
    "Styrelsen har sammanträtt fyra gånger.\n- kassör: rapport om budgeten lämnas i maj\n",
    # an English lower-case title opening a line is no label of another language
    "Minutes of the meeting.\n- manager: to be appointed in spring\n",
])
def test_lower_case_label_with_no_name_no_row(extract, text):
    assert not extract(text).roles
