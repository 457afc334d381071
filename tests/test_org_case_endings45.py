"""Organisation names written in a grammatical case (data/org_head_case_endings.csv: the case endings of the head
words of org_head_concepts.csv, by language), a head's lower-case portfolio after "for" (rule
"pattern:head-complement", org_lower_heads.portfolio_names), a brand and a name that a town opens joined by "and"
(org_name_pairs), and a dash pair's name that runs on over "and the" into a second name (org_brands). Sentences of
our own; exact rows."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.data_files import head_case_forms, org_head_case_endings, org_head_words

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"


def orgs(result) -> list[tuple[str, str, str]]:
    return [(o.text, o.name, o.rule) for o in result.organisations]


@pytest.mark.parametrize("lang, word, forms", [
    ("sr", "sekretarijat", ["sekretarijata", "sekretarijatu", "sekretarijatom"]),  # a consonant: the endings added
    ("hr", "agencija", ["agencije", "agenciji", "agenciju", "agencijom"]),
    ("lv", "akadēmija", ["akadēmijas", "akadēmijai", "akadēmijā"]),
    ("lt", "universitetas", ["universiteto", "universitetui", "universitetą", "universitetu", "universitete"]),
    ("sr", "секретаријат", ["секретаријата", "секретаријату", "секретаријатом"]),  # the endings of the word's script
    ("el", "Περιφέρεια", ["Περιφέρειας"]),
    ("sl", "zbornica", ["zbornice", "zbornici", "zbornico"]),
])
def test_head_case_forms(lang, word, forms):
    assert head_case_forms(word, org_head_case_endings(DATA)[lang]) == forms


def test_case_forms_feed_the_head_readers():
    words = org_head_words(DATA)
    assert "sekretarijata" in words["lower"] and "Samorządowi Województwa" in words["front"]
    assert "akadēmijas" in words["closing"]
    # a case form that is another language's lower head does not close its name ("klastera": lv and sr/hr)
    assert "klastera" in words["lower"] and "klastera" not in words["closing"]
    # a case form spelt as an English head is no case of it (lt "centras" → "centre", "institutas" → "institute")
    assert "centre" not in words["closing"] and "institute" not in words["closing"]


@pytest.mark.parametrize("text, expected", [
    # sr/hr: a genitive opened by a front head inside a sentence, and a lower head's genitive
    ("Sajam su posjetili predstavnici Ministarstva poljoprivrede Republike Hrvatske i Hrvatske gospodarske komore.",
     [("Ministarstva poljoprivrede Republike Hrvatske", "Ministarstva poljoprivrede Republike Hrvatske", "pattern:lower-head-mid"),
      ("Hrvatske gospodarske komore", "Hrvatske gospodarske komore", "pattern:lower-head-mid")]),
    # lv: a closing head in the genitive, and a capitalised head in a case
    ("Seminārā piedalījās Liepājas Jūrniecības akadēmijas studenti un Ventspils Augstskolas pasniedzēji.",
     [("Liepājas Jūrniecības akadēmijas", "Liepājas Jūrniecības akadēmijas", "pattern:lower-head-mid"),
      ("Ventspils Augstskolas", "Ventspils Augstskolas", "pattern:org-head")]),
    # lt: the locative, its capitalised words before the head; the genitive plural of a listed head
    ("Konferencija vyko Vilniaus Gedimino technikos universitete, ją atidarė Šiaulių prekybos rūmų atstovas.",
     [("Vilniaus Gedimino technikos universitete", "Vilniaus Gedimino technikos universitete", "pattern:lower-head-mid"),
      ("Šiaulių prekybos rūmų", "Šiaulių prekybos rūmų", "pattern:lower-head-mid")]),
    # pl: a two-word front head whose first word declines
    ("Spotkanie otworzyła przedstawicielka Zarządu Województwa Lubelskiego, a wsparcie zapewnił Urząd Marszałkowski.",
     [("Zarządu Województwa Lubelskiego", "Zarządu Województwa Lubelskiego", "pattern:org-head"),
      ("Urząd Marszałkowski", "Urząd Marszałkowski", "pattern:org-head")]),
])
def test_names_in_a_case(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Radionicu je podržao Pokrajinski sekretarijat za poljoprivredu, vodoprivredu i šumarstvo. Hvala svima.",
     [("Pokrajinski sekretarijat za poljoprivredu, vodoprivredu i šumarstvo",
       "Pokrajinski sekretarijat za poljoprivredu, vodoprivredu i šumarstvo", "pattern:head-complement")]),
    # sl: the portfolio closed by the full stop; a comma with no "and" after it closes a portfolio of one field
    ("Projekt je financiralo Ministarstvo za gospodarstvo, turizem in šport. Analizo je pripravil Inštitut za ekonomska "
     "raziskovanja, ki deluje v Ljubljani.",
     [("Ministarstvo za gospodarstvo, turizem in šport", "Ministarstvo za gospodarstvo, turizem in šport",
       "pattern:head-complement"),
      ("Inštitut za ekonomska raziskovanja", "Inštitut za ekonomska raziskovanja", "pattern:head-complement")]),
    # hr: a lower head in the genitive after its capitalised adjective
    ("Na skupu je govorila predstavnica Saveznog ministarstva za rad i socijalnu politiku.",
     [("Saveznog ministarstva za rad i socijalnu politiku", "Saveznog ministarstva za rad i socijalnu politiku",
       "pattern:head-complement")]),
    # no punctuation within two words of the "and": no portfolio of this shape is read
    ("Zahvaljujemo Pokrajinskom sekretarijatu za privredu i turizam na podršci i razumevanju kroz sve godine saradnje.",
     []),
])
def test_portfolio_after_for(extract, text, expected):
    assert [o for o in orgs(extract(text)) if o[2] == "pattern:head-complement"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Since 2031 we have run the fibre hub in Kortrijk together with Centexbel and Ghent University.",
     ["Centexbel", "Ghent University"]),
    ("The pilot line was set up by Tecnalia and Bilbao Chamber of Commerce, with funding from the region.",
     ["Bilbao Chamber of Commerce"]),
    # a common word and a field before "and": one name
    ("The Audit and Risk Committee met twice. The Science and Technology Park hosted the meeting.",
     ["Audit and Risk Committee", "Science and Technology Park"]),
])
def test_brand_and_a_name_a_town_opens(extract, text, expected):
    assert [o.text for o in extract(text).organisations] == expected


@pytest.mark.parametrize("text, expected", [
    ("Endorsed by: Techtera (Lyon), Acmetex – Federation of Knitting Industries and the Baltic Textile Network",
     ["Techtera", "Acmetex – Federation of Knitting Industries", "Baltic Textile Network"]),
    ("Partners: Norlab – Norwegian Wood Cluster and the Arctic Timber Association; Woodex – Polish Furniture Association.",
     ["Norlab – Norwegian Wood Cluster", "Arctic Timber Association", "Woodex – Polish Furniture Association"]),
])
def test_dash_pair_stops_at_and_the(extract, text, expected):
    assert [o.text for o in extract(text).organisations] == expected


@pytest.mark.parametrize("text, expected", [
    # two capitalised words joined by a slash are one word of a name (shapes.cap_run_at, legal_forms)
    ("Members of the Netzwerk Metall/Elektro Ostwürttemberg met in Aalen on 3 May.",
     ["Netzwerk Metall/Elektro Ostwürttemberg"]),
    ("The booth was shared with Verband Holz/Kunststoff Sachsen e.V. and two start-ups.",
     ["Verband Holz/Kunststoff Sachsen e.V."]),
    ("A delegation of the Kunststoff/Glas Cluster Thüringen visited the plant.", ["Kunststoff/Glas Cluster Thüringen"]),
    ("Speakers from Acme Holz/Metall GmbH and from the region. Languages: EN/DE/FR.", ["Acme Holz/Metall GmbH"]),
])
def test_slash_inside_a_name(extract, text, expected):
    assert [o.text for o in extract(text).organisations] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare organisation word with its possessive, the members of a body, a person's titles: no organisation of their
    # own (the head noun still refers back to the named cluster: coref)
    ("Jane Doe had served on the Board since the Cluster's foundation in 2029. Members of the Cluster know too little "
     "about the Board. The Acme Medtech Cluster thanks her.",
     [("Cluster", "coref:head-noun"), ("Cluster", "coref:head-noun"), ("Acme Medtech Cluster", "pattern:org-head")]),
    ("Members of the Steering Committee of the Acme Food Network met on 3 May.",
     [("Acme Food Network", "pattern:org-head")]),
])
def test_not_an_organisation_of_its_own(extract, text, expected):
    assert [(o.text, o.rule) for o in extract(text).organisations] == expected


def test_titles_alone_name_no_organisation(extract):
    result = extract("Welcome words: Prof. Dr. Eva Huber, Beta GmbH; Dr. Ing. Jan Novak, Acme a.s.")
    assert [o.text for o in result.organisations] == ["Beta GmbH", "Acme a.s."]


@pytest.mark.parametrize("text, expected", [
    # the "from" of another language between a person's name and the organisation (org_name_words.txt
    # [from after a person]): the person is no part of the name
    ("Zgłoszenia przyjmuje Piotr Nowak z Polskiej Agencji Inwestycji i Handlu (tel. 123).",
     ["Polskiej Agencji Inwestycji i Handlu"]),
    ("Predavanje je održala Ana Horvat iz Hrvatske gospodarske komore, a zatim Ivan Kovač iz Agencije za investicije.",
     ["Hrvatske gospodarske komore", "Agencije za investicije"]),
    ("Seminarą vedė Jonas Petraitis iš Kauno Technologijos Universiteto ir kiti.",
     ["Kauno Technologijos Universiteto"]),
])
def test_person_from_an_organisation(extract, text, expected):
    assert [o.text for o in extract(text).organisations] == expected


@pytest.mark.parametrize("text, expected", [
    ("Partnerzy projektu: Gmina Nowa Wieś oraz szkoły z regionu.", ["Gmina Nowa Wieś"]),
    ("W projekcie biorą udział Powiat Nyski oraz szkoły zawodowe.", ["Powiat Nyski"]),
    ("Spotkanie otworzyli Gmina Brzeg i szkoły średnie z powiatu.", ["Gmina Brzeg"]),
])
def test_a_case_form_after_and_opens_no_name_back_over_it(extract, text, expected):
    # "szkoły" (a case form of the lower head "szkoła") takes no capitalised words before an "and" into its name
    assert [o.text for o in extract(text).organisations] == expected
