"""The generic event nouns of ``data/event_noun_concepts.csv`` as ``pattern:event_foreign_generic`` reads them:
sentences of our own, two each so that the block's language is known, with the exact rows they give."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
RULE = "pattern:event_foreign_generic"


def _rows(result) -> list[tuple]:
    return [(e.text, e.name, e.start_date, e.end_date, e.rule) for e in result.events]


@pytest.mark.parametrize("text, expected", [
    # a Germanic compound or its definite form names the meeting by itself ("one"); a compound of a language of
    # [compound languages] ending in a listed noun does too ("fellesmøte" ends in "møte")
    ("Klyngen har fått to nye medlemmer i vår. Årsmøtet avholdes tirsdag 16. juni 2037 i Bodø.",
     [("Årsmøtet", "Årsmøtet 2037", D(2037, 6, 16), D(2037, 6, 16), RULE)]),
    ("Styret godkjente budsjettet for neste år. Et første fellesmøte med den svenske klyngen er planlagt 3. september 2037.",
     [("fellesmøte", "Fellesmøte 2037", D(2037, 9, 3), D(2037, 9, 3), RULE)]),
    ("Netværket har fået tolv nye medlemmer i år. Årsmødet finder sted den 4. marts 2037 hos Aalborg Universitet.",
     [("Årsmødet", "Årsmødet 2037", D(2037, 3, 4), D(2037, 3, 4), RULE)]),
    ("Föreningen välkomnar två nya företag i år. Uppstartsmötet hålls den 12 januari 2037 på kontoret.",
     [("Uppstartsmötet", "Uppstartsmötet 2037", D(2037, 1, 12), D(2037, 1, 12), RULE)]),
])
def test_event_noun_concepts_germanic_compounds(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun of several words whose modifiers follow it names the event by itself, and takes the lower-case
    # words after it up to a verb or an article
    ("Os sócios receberam o plano de atividades por correio eletrónico. A visita de estudo às vinhas realiza-se a 14 de abril de 2037.",
     [("visita de estudo às vinhas", "Visita de estudo às vinhas 2037", D(2037, 4, 14), D(2037, 4, 14), RULE)]),
    ("Klaster privítal troch nových členov z regiónu. Záverečná konferencia projektu sa uskutoční 5. júna 2037.",
     [("Záverečná konferencia projektu", "Záverečná konferencia projektu 2037", D(2037, 6, 5), D(2037, 6, 5), RULE)]),
    ("Clusterul a primit cinci membri noi anul acesta. Conferința finală a proiectului va avea loc pe 9 octombrie 2037.",
     [("Conferința finală", "Conferința finală 2037", D(2037, 10, 9), D(2037, 10, 9), RULE)]),
])
def test_event_noun_concepts_nouns_of_several_words(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun of several words written with a capitalised complement is its first word and that complement
    ("A associação publicou o relatório anual de atividades. A visita técnica ao Museu do Pão decorre a 3 de março de 2037.",
     [("visita técnica ao Museu do Pão", "Visita técnica ao Museu do Pão 2037", D(2037, 3, 3), D(2037, 3, 3), RULE)]),
    ("El clúster ha publicado su memoria anual de actividades. La jornada informativa del Programa Interreg se celebra el 3 de marzo de 2037.",
     [("jornada informativa del Programa Interreg", "Jornada informativa del Programa Interreg 2037", D(2037, 3, 3), D(2037, 3, 3), RULE)]),
    ("Il distretto ha pubblicato la relazione annuale delle attività. La giornata informativa sulla Politica di Coesione è prevista il 3 marzo 2037.",
     [("giornata informativa sulla Politica di Coesione", "Giornata informativa sulla Politica di Coesione 2037", D(2037, 3, 3), D(2037, 3, 3), RULE)]),
])
def test_event_noun_concepts_capitalised_complement(extract, text, expected):
    assert _rows(extract(text)) == expected
