"""Rule family "name after an elided article" (data/org_name_words.txt, ``[elided articles before a name]``): French
and Italian text glue an article or preposition to the name that follows it ("avec l'Institut …", "dell'Università
…"); a capitalised run (rule "pattern:org-head") opens right after it, so the name is read without the article.
After a capitalised word the run counts only when an organisation word heads it (a unit and its parent). Any other
apostrophe before a capital still glues it to the word ("O'Neill").

And the "and the" of other languages (``[and the in other languages]``): "e la", "et la" between two capitalised
names join two organisations, as English "and the" does."""
from __future__ import annotations

import pytest


def _orgs(result) -> set[tuple[str, str]]:
    return {(o.name, o.rule) for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    ("Les ateliers de l'après-midi sont préparés avec l'Institut Européen des Polymères et plusieurs entreprises "
     "adhérentes du pôle.",
     {("Institut Européen des Polymères", "pattern:org-head")}),
    ("Il progetto pilota è coordinato dai ricercatori dell'Università di Camerino insieme a tre aziende meccaniche "
     "del territorio.",
     {("Università di Camerino", "pattern:org-head")}),
    ("La domanda di contributo va inviata all'Agenzia Regionale di Sviluppo entro la fine del mese di marzo, come "
     "ogni anno.",
     {("Agenzia Regionale di Sviluppo", "pattern:org-head")}),
    # after a capitalised word: a unit, then its parent
    ("Il corso è tenuto da due docenti del Dipartimento di Chimica dell'Università di Pavia presso la sede del "
     "consorzio.",
     {("Dipartimento di Chimica", "pattern:org-head"), ("Università di Pavia", "pattern:org-head")}),
])
def test_name_after_an_elided_article(extract, text, expected):
    assert _orgs(extract(text)) == expected


def test_other_apostrophes_still_glue_the_word(extract):
    text = ("Sean O'Neill thanked the Western Development Commission and the members of the cluster for a busy and "
            "productive year.")
    assert _orgs(extract(text)) == {("Western Development Commission", "pattern:org-head")}


@pytest.mark.parametrize("text, expected", [
    ("Le programme d'accompagnement est soutenu par la Chambre de Commerce de Lyon et la Région Auvergne-Rhône-Alpes "
     "depuis trois ans.",
     {("Chambre de Commerce de Lyon", "pattern:org-head"), ("Région Auvergne-Rhône-Alpes", "pattern:org-head")}),
    ("Il bando regionale è promosso dalla Camera di Commercio di Ancona e la Fondazione Cassa di Risparmio di Fano "
     "per le piccole imprese.",
     {("Camera di Commercio di Ancona", "pattern:org-head"),
      ("Fondazione Cassa di Risparmio di Fano", "pattern:org-head")}),
    ("Le nouvel accord de coopération réunit l'Université de Poitiers et la Chambre d'Agriculture de la Vienne dans "
     "un projet commun de recherche.",
     {("Université de Poitiers", "pattern:org-head"), ("Chambre d'Agriculture de la Vienne", "pattern:org-head")}),
])
def test_and_the_of_other_languages_splits_two_names(extract, text, expected):
    assert _orgs(extract(text)) == expected
