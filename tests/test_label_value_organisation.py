"""A label line's value that opens with an organisation's front head ("Polo", "Gmina", "Fondazione") and no known given
name is no person: rule role-label leaves it to the organisation readers (statement_label_shapes.names_an_organisation).
Sentences of our own."""
import pytest


@pytest.mark.parametrize("text, org", [
    ("Membros fundadores: Polo Tecnológico de Lisboa e Câmara Municipal de Oeiras.", "Polo Tecnológico de Lisboa"),
    ("Partnerzy projektu: Gmina Nowa Wieś oraz szkoły z regionu.", "Gmina Nowa Wieś"),
    ("Soci fondatori: Fondazione Mare Aperto e tre imprese del territorio.", "Fondazione Mare Aperto"),
])
def test_label_value_opening_with_an_organisation_head_is_no_person(extract, text, org):
    result = extract(text)
    assert [p.name for p in result.people] == []
    assert org in [o.name for o in result.organisations]


def test_label_value_with_a_given_name_stays_a_person(extract):
    result = extract("Chair: Maria Polo Santos, Acme Cluster.")
    assert [(r.person, r.role) for r in result.roles] == [("Maria Polo Santos", "Chair")]
