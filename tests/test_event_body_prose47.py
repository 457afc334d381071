"""A body's meeting named in prose in other languages, the words that open no such name, fairs named alone by their
brand, and dated rows that are deadlines or publications, no events (``pattern:event_foreign_meeting``,
``pattern:event_foreign_generic``, ``pattern:event_trade_fair``; ``data/event_keywords_languages.txt``,
``data/event_foreign_generic.txt``, ``data/event_trade_fairs.txt``, ``data/event_row_not_event_words.txt``).
Sentences of our own, two sentences each so that the block's language is known."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events)


MEETING = "pattern:event_foreign_meeting"
GENERIC = "pattern:event_foreign_generic"


@pytest.mark.parametrize("text, expected", [
    # "its meeting": the body the sentence names before it, joined by the word its article asks for
    ("Le pôle a reçu douze propositions de projets collaboratifs. Le bureau du Pôle les examinera lors de sa "
     "prochaine réunion du 19 juin 2035.",
     [("Prochaine réunion du bureau du Pôle 2035", D(2035, 6, 19), D(2035, 6, 19), MEETING)]),
    ("A agência publicou hoje a lista dos clusters reconhecidos. O Conselho de Administração da Agência de "
     "Desenvolvimento do Alto Minho (ADAM) aprovou, em reunião de sexta-feira, 20 de maio de 2039, a nova estrutura.",
     [("Reunião do Conselho de Administração da ADAM 2039", D(2039, 5, 20), D(2039, 5, 20), MEETING)]),
    ("O grupo de trabalho concluiu o relatório sobre a reciclagem de têxteis. O documento será aprovado pela Direção "
     "do cluster na reunião de 3 de março de 2039.",
     [("Reunião da Direção do cluster 2039", D(2039, 3, 3), D(2039, 3, 3), MEETING)]),
    ("Het netwerk telt inmiddels tachtig leden uit de hele regio. Het bestuur heeft in zijn vergadering van 8 maart "
     "2039 besloten de contributie te verhogen.",
     [("Vergadering van het bestuur 2039", D(2039, 3, 8), D(2039, 3, 8), MEETING)]),
    ("El clúster cuenta ya con cuarenta empresas asociadas. La Junta Directiva del clúster aprobó en su reunión del "
     "12 de abril de 2036 el plan de acción anual.",
     [("Reunión de la Junta Directiva del clúster 2036", D(2036, 4, 12), D(2036, 4, 12), MEETING)]),
    ("Il distretto conta oggi sessanta imprese associate. Il Consiglio Direttivo del distretto ha approvato nella sua "
     "riunione del 4 marzo 2037 il bilancio preventivo.",
     [("Riunione del Consiglio Direttivo del distretto 2037", D(2037, 3, 4), D(2037, 3, 4), MEETING)]),
])
def test_body_meeting_named_as_its_meeting(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # no body named before "its meeting", or no "its": one word says which kind of meeting, not which
    "Il distretto conta oggi sessanta imprese associate. La riunione del 3 maggio 2037 è stata rinviata.",
    "Le pôle compte cent adhérents. Nous en parlerons lors de la réunion du 4 mai 2036 à Rodez.",
])
def test_body_meeting_needs_its_body(extract, text):
    assert [e for e in extract(text).events if e.rule == MEETING] == []


@pytest.mark.parametrize("text, expected", [
    # a conjunction, an infinitive marker or a possessive before a compound meeting noun opens no name
    ("Föreningen har nu femtio medlemmar i hela länet. Styrelsen beslutade att medlemsmötet den 9 september 2036 "
     "hålls i Falun.",
     [("Medlemsmötet 2036", D(2036, 9, 9), D(2036, 9, 9), GENERIC)]),
    ("Das Netzwerk hat inzwischen achtzig Mitglieder aus der ganzen Region. Der Vorstand hat in seiner "
     "Vorstandssitzung am 3. Mai 2035 die Gründung eines Arbeitskreises beschlossen.",
     [("Vorstandssitzung 2035", D(2035, 5, 3), D(2035, 5, 3), MEETING)]),
    # "during" ends the words after a meeting noun
    ("Klaster zrzesza dziś pięćdziesiąt firm z regionu. Na zdjęciu sala obrad walnego zgromadzenia podczas przerwy "
     "kawowej, 14 marca 2036 r.",
     [("Walnego zgromadzenia 2036", D(2036, 3, 14), D(2036, 3, 14), GENERIC)]),
])
def test_function_words_open_no_meeting_name(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # fairs named alone by their brand, in an event context of any language
    ("Il distretto è cresciuto ancora nel 2039. Dodici soci esporranno con una collettiva a Cibus 2040 a Parma.",
     [("Cibus 2040", None, None, "pattern:event_trade_fair")]),
    ("El clúster organizó tres misiones comerciales. Nueve empresas participaron en el Salón Gourmets de Madrid "
     "(25–28 de abril de 2035) con un espacio compartido.",
     [("Salón Gourmets 2035", D(2035, 4, 25), D(2035, 4, 28), "pattern:event_trade_fair")]),
    ("Der Verbund hat im Jahr 2036 sechs neue Mitglieder aufgenommen. Zwölf Mitglieder stellten auf der Composites "
     "Europe in Stuttgart vom 7. bis 9. Oktober 2036 aus.",
     [("Composites Europe 2036", D(2036, 10, 7), D(2036, 10, 9), "pattern:event_trade_fair")]),
])
def test_fairs_named_alone(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, kept", [
    # a call's cut-offs, a last day, a registration's deadline, a newsletter: dated rows that are no events
    ("Key dates of the call\n- 1 March 2037 – First cut-off\n- 1 October 2037 – Second cut-off\n"
     "- 31 December 2038 – Latest end date of funded projects\n- 12 May 2037 – Info Day Brussels\n", "Info Day Brussels"),
    ("Calendario\n- 25 ottobre 2039 – Scadenza bando Voucher Export\n- 9 novembre 2039 – Convegno Meccatronica Oggi\n"
     "- 31 gennaio 2040 – Termine rinnovo quote associative\n", "Convegno Meccatronica Oggi"),
    ("Agenda\n- 3 mai 2036 – Date limite des candidatures\n- 14 mai 2036 – Journée Composites Occitanie\n"
     "- 2 juin 2036 – Infolettre de juin\n- 20 juin 2036 – Rencontres Hydrogène Sud\n", "Journée Composites Occitanie"),
])
def test_deadline_rows_are_no_events(extract, text, kept):
    names = {e.name for e in extract(text).events}
    assert not any(w in n.lower() for n in names for w in ("cut-off", "latest", "scadenza", "termine", "limite", "infolettre"))
    assert any(n.startswith(kept) for n in names)
