"""Rule families of issue 10 for organisations, people and roles, each shown by several phrasings of
our own with the exact rows expected (an extra row fails): lower-case roles after a name and in
brackets, legal forms cleanco lacks, file formats / share lines / training formats that are no
organisations, line fields of lists and signature blocks, names read across a line break."""
from __future__ import annotations

import pytest


def rows(result) -> tuple[set[str], set[str], set[tuple[str, str, str | None]]]:
    people = {p.name for p in result.people}
    orgs = {o.name for o in result.organisations}
    roles = {(r.person, r.role, r.organisation) for r in result.roles}
    return people, orgs, roles


# -- lower-case role (statement_parts.lower_case_role_field; data/role_field_stops.txt) ------------------
@pytest.mark.parametrize("text, expected", [
    ("Questions on the call go to Petra Nováková, call manager at the Agro Valley Cluster.",
     ({"Petra Nováková"}, {"Agro Valley Cluster"}, {("Petra Nováková", "call manager", "Agro Valley Cluster")})),
    ("The keynote was given by Marko Horvat, technical director of Adria Boats d.d., on 3 May.",
     ({"Marko Horvat"}, {"Adria Boats d.d."}, {("Marko Horvat", "technical director", "Adria Boats d.d.")})),
    ('"We are ready," said Lucía Prieto, campaign coordinator at the Murcia Innovation Agency.',
     ({"Lucía Prieto"}, {"Murcia Innovation Agency"},
      {("Lucía Prieto", "campaign coordinator", "Murcia Innovation Agency")})),
    ("Speakers\n- Rui Santos, procurement lead, Tejo Naval Systems, S.A.\n"
     "- Elena Moretti, international projects manager, Lombardy Mechatronics Cluster\n",
     ({"Rui Santos", "Elena Moretti"}, {"Tejo Naval Systems, S.A.", "Lombardy Mechatronics Cluster"},
      {("Rui Santos", "procurement lead", "Tejo Naval Systems, S.A."),
       ("Elena Moretti", "international projects manager", "Lombardy Mechatronics Cluster")})),
])
def test_orgroles_lower_case_role_after_a_name(extract, text, expected):
    assert rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Our colleague Jonas Berg (project manager, Nordic Optics Alliance) chaired the group on skills.",
     ({"Jonas Berg"}, {"Nordic Optics Alliance"}, {("Jonas Berg", "project manager", "Nordic Optics Alliance")})),
    ("The workshop heard Wojtek Nowak (cluster manager, Silesian Drone Cluster, Poland) and Eva Lind "
     "(scientific director at the Baltic Water Institute).",
     ({"Wojtek Nowak", "Eva Lind"}, {"Silesian Drone Cluster", "Baltic Water Institute"},
      {("Wojtek Nowak", "cluster manager", "Silesian Drone Cluster"),
       ("Eva Lind", "scientific director", "Baltic Water Institute")})),
    # brackets in lower case that state no role are no statement at all
    ("Anna Holm (in English) and Peter Sand (see below) spoke at the meeting of the Danube Food Cluster.",
     ({"Anna Holm", "Peter Sand"}, {"Danube Food Cluster"}, set())),
])
def test_orgroles_lower_case_role_in_brackets(extract, text, expected):
    assert rows(extract(text)) == expected


def test_orgroles_lower_case_field_words_are_never_verbs_or_function_words(nlp, rules):
    from pipeline.config import load_settings
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.statement_parts import lower_case_role_field

    lex = load_lexicon(load_settings({}, environ={}).data_dir)
    assert lower_case_role_field(["call"], lex)
    assert lower_case_role_field(["international", "projects"], lex)
    assert not lower_case_role_field(["who", "met", "the"], lex)
    assert not lower_case_role_field(["visited"], lex)
    assert not lower_case_role_field(["said"], lex)
    assert not lower_case_role_field(["one", "two", "three", "four"], lex)


# -- legal forms cleanco lacks (data/legal_forms.txt [forms]) ----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Members: Minett Steel Cluster a.s.b.l. (Luxembourg), Nordic Battery Forum ry (Finland) and "
     "Dunmore Digital Cluster CLG (Ireland).",
     {"Minett Steel Cluster a.s.b.l.", "Nordic Battery Forum ry", "Dunmore Digital Cluster CLG"}),
    ("The cooperative Friesmelk U.A. and Hidro Norte S.Coop. joined MoravaMach Cluster, z.s. last year.",
     {"Friesmelk U.A.", "Hidro Norte S.Coop", "MoravaMach Cluster, z.s."}),
    # a form closing a sentence: the full stop ends the sentence, the next name starts afresh
    ("The visit ended at Porto Circular Lda. The next one is at Boreal Tech Sàrl. Both are members.",
     {"Porto Circular Lda", "Boreal Tech Sàrl"}),
])
def test_orgroles_legal_forms_close_company_names(extract, text, expected):
    people, orgs, roles = rows(extract(text))
    assert (people, orgs, roles) == (set(), expected, set())
