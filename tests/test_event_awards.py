"""Award ceremonies named through the prize they present (``pattern:event_award``), other editions of the
document's prize by their year (``pattern:event_award_edition``), and a pronoun
that is no part of a described event's name: sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # a ceremony noun before the prize (an ordinal before the prize is dropped)
    ("The second evening saw the award ceremony of the first Nordic Cluster Cooperation Award in Bergen on 5 June 2026.",
     [("Nordic Cluster Cooperation Award ceremony 2026", D(2026, 6, 5), D(2026, 6, 5), "Bergen")]),
    ("The programme includes the award ceremony of the Danube Cluster Excellence Prize 2027 in Vienna on 2 December 2027.",
     [("Danube Cluster Excellence Prize ceremony 2027", D(2027, 12, 2), D(2027, 12, 2), "Vienna")]),
    # the prize with a verb that presents it
    ("The Baltic Start-up Award 2027 will be presented during the gala dinner on 16 September 2027.",
     [("Baltic Start-up Award ceremony 2027", D(2027, 9, 16), D(2027, 9, 16), None)]),
    ("On 3 March 2026 the Alpine Wood Prize was awarded at a ceremony in the town hall.",
     [("Alpine Wood Prize ceremony 2026", D(2026, 3, 3), D(2026, 3, 3), None)]),
])
def test_event_award_ceremony_named_by_prize(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_award",) for e in expected]


def test_event_award_prize_that_went_to_someone_is_no_event(extract):
    assert _rows(extract("Last year the Sea Tech Award 2025 went to a start-up from Split.")) == []


@pytest.mark.parametrize("text, expected", [
    ("A farewell reception for him will be held on 28 May 2026 in Basel.",
     [("Farewell reception 2026", D(2026, 5, 28), D(2026, 5, 28), "Basel", "pattern:event_described")]),
    ("A second joint stand is planned at the Feira Nacional de Agricultura from 6 to 14 June 2026.",
     [("Feira Nacional de Agricultura 2026", D(2026, 6, 6), D(2026, 6, 14), None, "pattern:event_fair")]),
    ("A workshop for young founders will be held on 3 May 2026 in Brest.",
     [("Workshop for young founders 2026", D(2026, 5, 3), D(2026, 5, 3), "Brest", "pattern:event_described")]),
])
def test_event_described_pronoun_and_fair_with_verb(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a hard-wrapped line may break with no space before the line break
    ("The evening closed with the award\nceremony of the Nordic Cluster Cooperation Award in Bergen on 4 June 2027.",
     [("Nordic Cluster Cooperation Award ceremony 2027", D(2027, 6, 4), D(2027, 6, 4), "Bergen")]),
    ("The Baltic Start-up Award 2028 will be\npresented during the gala dinner on 14 September 2028.",
     [("Baltic Start-up Award ceremony 2028", D(2028, 9, 14), D(2028, 9, 14), None)]),
])
def test_event_award_ceremony_across_a_line_break(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_award",) for e in expected]


def _award_editions(result) -> set[tuple]:
    return {(e.name, e.start_date, e.end_date, e.rule) for e in result.events if e.rule == "pattern:event_award_edition"}


def test_award_edition_by_its_year_and_ceremony_noun(extract):
    text = ("Tyrol Design Award 2031: call for entries\n\n"
            "Entries for the Tyrol Design Award 2031 are open until 30 June 2031. "
            "The 2030 ceremony on 12 October 2030 in Innsbruck gathered 300 guests.\n")
    assert _award_editions(extract(text)) == {
        ("Tyrol Design Award ceremony 2030", D(2030, 10, 12), D(2030, 10, 12), "pattern:event_award_edition")}


def test_award_edition_of_last_year_dated_by_its_sentence(extract):
    text = ("Winners of the Carinthia Wood Prize 2032\n\n"
            "Five firms received the Carinthia Wood Prize 2032 in Klagenfurt. "
            "Last year's ceremony took place in Villach on 3 May 2031. "
            "The 2033 award ceremony will be held in Spittal on 9 May 2033.\n")
    assert _award_editions(extract(text)) == {
        ("Carinthia Wood Prize ceremony 2031", D(2031, 5, 3), D(2031, 5, 3), "pattern:event_award_edition"),
        ("Carinthia Wood Prize ceremony 2033", D(2033, 5, 9), D(2033, 5, 9), "pattern:event_award_edition")}


@pytest.mark.parametrize("text", [
    "Annual report of the Styrian Metal Cluster\n\nThe 2030 ceremony on 12 October 2030 opened the new hall.\n",
    "Styrian Metal Prize 2031\n\nThe Styrian Metal Prize 2031 is open to members. The 2029 ceremony is on our website.\n"])
def test_award_edition_needs_a_prize_and_a_date_of_its_year(extract, text):
    assert _award_editions(extract(text)) == set()


@pytest.mark.parametrize("text, expected", [
    # a presentation word of another language before the prize's quoted name, in the case of its sentence
    ("Vijesti klastera, 20. svibnja 2031.\n\nGodišnji susret članova zatvoren je dodjelom nagrade „Drvna tvrtka godine”, "
     "koju je dobila stolarija iz Đakova. Čestitamo pobjednicima i svim sudionicima natječaja.",
     [("dodjelom nagrade „Drvna tvrtka godine”", "dodjelom nagrade Drvna tvrtka godine")]),
    # ... before its capitalised name, with a connector inside it
    ("Nouvelles du cluster, 20 mai 2031\n\nLa remise du Prix Laine et Innovation aura lieu à Guéret, en présence des "
     "partenaires du réseau.",
     [("remise du Prix Laine et Innovation", "remise du Prix Laine et Innovation 2031")]),
    ("Aktuelles aus dem Netzwerk, 6. Mai 2031\n\nHöhepunkt des Abends war die Verleihung des Innovationspreises Holzbau "
     "an ein junges Unternehmen aus Dornbirn.",
     [("Verleihung des Innovationspreises Holzbau", "Verleihung des Innovationspreises Holzbau 2031")]),
])
def test_event_award_presentation_in_other_languages(extract, text, expected):
    assert [(e.text, e.name) for e in extract(text).events if e.rule == "pattern:event_award_presentation"] == expected


def test_event_award_presentation_needs_the_prize_name(extract):
    # the presentation word with no name after it names nothing
    text = "Nouvelles du cluster, 20 mai 2031\n\nLa remise des prix aura lieu à la fin de la journée, après le déjeuner."
    assert [e for e in extract(text).events if e.rule == "pattern:event_award_presentation"] == []


@pytest.mark.parametrize("text, expected", [
    # "presentation", "award", "awarding" of the prize name its ceremony, as "award ceremony of" does
    ("The second day closed with the presentation of the Creuse Textile Prize in Lyon on 19 September 2035.",
     [("Creuse Textile Prize ceremony 2035", D(2035, 9, 19), D(2035, 9, 19), "Lyon")]),
    ("The evening ended with the award of the Saxon Innovation Prize for Chemistry in Leipzig on 4 March 2035.",
     [("Saxon Innovation Prize ceremony 2035", D(2035, 3, 4), D(2035, 3, 4), "Leipzig")]),
    ("The awarding of the Alpine Wood Trophy took place in Ljubljana on 3 May 2031.",
     [("Alpine Wood Trophy ceremony 2031", D(2031, 5, 3), D(2031, 5, 3), "Ljubljana")]),
])
def test_event_award_presentation_of_the_prize(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_award",) for e in expected]


def test_event_award_next_round_by_its_year_is_no_ceremony(extract):
    # "the 2035 award": the prize's next round ("[before a prize]" nouns are read only before "of <Prize>")
    text = ("The Tyrol Design Award 2034 was presented in Innsbruck on 4 May 2034. Applications for the 2035 award will "
            "open on 1 March 2035.")
    assert [e.name for e in extract(text).events if e.rule.startswith("pattern:event_award")] == ["Tyrol Design Award ceremony 2034"]
