"""An election sentence of Polish, Czech or Slovak goes on after its first name with the next office: a clause
joiner ("a", "i", "oraz"; ``[clause joiners before a case title]`` of ``data/role_appoint_languages.txt``) or a
comma alone, then the title in the case that says "as" and its verb or a dash for the verb left out ("…, a
wiceprezesem został …", "…, wiceprezesem – …", "… a podpredsedníčkou je …"). Each clause is rule
``as-role-verb-name``'s, and the first name takes no apposition of the next clause's words. The Polish titles
with a mobile "e" ("członek" → "członkiem") and the feminine "-i" ("członkini" → "członkinią") take their
instrumental (``data/role_title_case_endings.csv``). Sentences of our own; the rows are every role of the text."""
from __future__ import annotations

import pytest

RULE = "role:as-role-verb-name"


def _rows(result) -> list[tuple]:
    return sorted((r.person, r.role, r.rule) for r in result.roles)


@pytest.mark.parametrize("text, expected", [
    # the next clause after a clause joiner, with its verb (Polish, Slovak)
    ("Walne zgromadzenie wybrało nowy zarząd klastra na kadencję 2038–2041. Prezesem zarządu została Ewa "
     "Nowicka-Sroka, a wiceprezesem został Marek Zieliński.",
     [("Ewa Nowicka-Sroka", "Prezesem zarządu", RULE), ("Marek Zieliński", "wiceprezesem", RULE)]),
    ("Valné zhromaždenie zvolilo novú správnu radu klastra. Predsedom správnej rady sa stal Ing. Martin Kollár a "
     "podpredsedníčkou je Mgr. Jana Bieliková.",
     [("Jana Bieliková", "podpredsedníčkou", RULE), ("Martin Kollár", "Predsedom správnej rady", RULE)]),
    # after a comma alone, with its verb (Czech)
    ("Členská schůze zvolila nové vedení spolku. Předsedkyní se stala Ing. Alena Horáková, místopředsedou byl zvolen "
     "Pavel Richter.",
     [("Alena Horáková", "Předsedkyní", RULE), ("Pavel Richter", "místopředsedou", RULE)]),
    # the verb left out, a dash instead; a board member's title with a mobile "e" (Polish)
    ("Zgromadzenie przyjęło sprawozdanie i wybrało nowy zarząd na lata 2039–2042. Prezesem zarządu ponownie została "
     "Katarzyna Wrona, wiceprezesem – dr Adam Kruk, a członkiem zarządu – Piotr Sowa.",
     [("Adam Kruk", "wiceprezesem", RULE), ("Katarzyna Wrona", "Prezesem zarządu", RULE),
      ("Piotr Sowa", "członkiem zarządu", RULE)]),
    ("Rada klastra zebrała się po raz pierwszy w nowym składzie. Członkinią zarządu została wybrana Joanna Mazur-Lis.",
     [("Joanna Mazur-Lis", "Członkinią zarządu", RULE)]),
])
def test_each_clause_of_an_election_sentence(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_an_election_sentence_leaves_the_appositions_of_other_sentences(extract):
    # a title in the "as" case opening one sentence takes no apposition from another sentence's name
    text = ("Walne zgromadzenie wybrało nowy zarząd. Prezesem zarządu została Ewa Nowicka-Sroka. Gościem zgromadzenia był "
            "Adam Kowal, dyrektor Opolskiego Centrum Rozwoju Gospodarki.")
    assert _rows(extract(text)) == [("Adam Kowal", "dyrektor", "role:apposition+org-inside-role"),
                                    ("Ewa Nowicka-Sroka", "Prezesem zarządu", RULE)]
