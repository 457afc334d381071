"""Event names of more languages: compound event heads and Roman ordinals (``pattern:event_foreign``), Baltic,
Estonian, Icelandic and Dutch lower-case nouns (``pattern:event_foreign_generic``), and a quoted title after a
generic noun (both rules, and ``pattern:event_foreign_meeting``). Sentences of our own, three a text so that the
block's language (its function words) is known and its dates are read."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
FOREIGN = "pattern:event_foreign"
GENERIC = "pattern:event_foreign_generic"


def _rows(result) -> list[tuple]:
    return [(e.text, e.name, e.start_date, e.end_date, e.rule) for e in result.events]


@pytest.mark.parametrize("text, expected", [
    # a compound ending in an event noun, its modifier before it (Estonian, Finnish, Swedish)
    ("See oli juba teine selline üritus ja see oli taas väga edukas. Pärnu Merefoorum toimub 14. aprillil 2034 Pärnus "
     "ja see on kõigile tasuta. Kõik, kes on huvitatud, saavad ka bussiga sõita.",
     [("Pärnu Merefoorum", "Pärnu Merefoorum 2034", D(2034, 4, 14), D(2034, 4, 14), FOREIGN)]),
    ("Klusteri kutsuu jäsenensä ja kumppaninsa mukaan, ja ohjelma on nyt valmis. Oulun Energiapäivät järjestetään 3. ja "
     "4. lokakuuta 2035 Oulun yliopistolla, ja ohjelmassa on puheenvuoroja. Ilmoittautuminen on auki kaikille.",
     [("Oulun Energiapäivät", "Oulun Energiapäivät 2035", D(2035, 10, 3), D(2035, 10, 4), FOREIGN)]),
    ("Klustret bjuder in sina medlemmar och partner, och programmet är nu klart. Västerbottens Batteridagen hålls den 22 "
     "april 2036 i Skellefteå med föredrag om återvinning. Anmälan är öppen för alla som är intresserade.",
     [("Västerbottens Batteridagen", "Västerbottens Batteridagen 2036", D(2036, 4, 22), D(2036, 4, 22), FOREIGN)]),
    # Icelandic puts the modifier after the compound, in the genitive
    ("Þetta var í annað sinn sem slíkt þing er haldið og það var mjög vel sótt. Sjávarútvegsþing Vestfjarða verður "
     "haldið 23. mars 2034 á Ísafirði og er það opið öllum. Allir sem hafa áhuga geta skráð sig á vefnum.",
     [("Sjávarútvegsþing Vestfjarða", "Sjávarútvegsþing Vestfjarða 2034", D(2034, 3, 23), D(2034, 3, 23), FOREIGN)]),
    # a noun that opens the name, a Roman ordinal kept before it (Galician), Catalan, Romanian
    ("O clúster presentou o programa do ano aos socios e ás empresas. O III Foro Galego da Madeira celebrarase o 12 de "
     "xuño de 2035 en Lugo, e nel participarán empresas do sector. A inscrición é gratuíta para todos os socios.",
     [("III Foro Galego da Madeira", "III Foro Galego da Madeira 2035", D(2035, 6, 12), D(2035, 6, 12), FOREIGN)]),
    ("El clúster ha presentat el programa de l'any als socis i a les empreses. El Fòrum Alimentari de Catalunya 2036 "
     "tindrà lloc el 7 de maig de 2036 a Vic, i hi participaran empreses del sector. La inscripció és gratuïta.",
     [("Fòrum Alimentari de Catalunya 2036", "Fòrum Alimentari de Catalunya 2036", D(2036, 5, 7), D(2036, 5, 7), FOREIGN)]),
    ("Clusterul a anunțat programul anual pentru membri și pentru partenerii săi. Târgul Regional de Inovare "
     "Agroalimentară va avea loc pe 10 mai 2035 la Iași, cu firme din toată regiunea. Înscrierea este gratuită pentru membri.",
     [("Târgul Regional de Inovare Agroalimentară", "Târgul Regional de Inovare Agroalimentară 2035", D(2035, 5, 10),
       D(2035, 5, 10), FOREIGN)]),
])
def test_compound_event_heads_and_nouns_of_more_languages(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # Lithuanian: the words before the noun; an inflected form named by its base form ("forume" → "forumas")
    ("Tai buvo jau antrasis toks renginys, ir jis vėl buvo labai sėkmingas. Kauno maisto pramonės forume, kuris vyko "
     "2033 m. spalio 14 d. Kaune, dalyvavo per šimtą įmonių. Po forumo jos dar ilgai kalbėjo apie tai, kas bus toliau.",
     [("maisto pramonės forume", "Maisto pramonės forumas 2033", D(2033, 10, 14), D(2033, 10, 14))]),
    ("Tai buvo svarbus žingsnis, ir apie tai dar bus kalbama. Naujos valdybos posėdis numatytas 2034 m. birželio 3 d. "
     "Vilniuje, o po jo bus paskelbti sprendimai. Kol kas nėra aišku, kas bus išrinktas.",
     [("Naujos valdybos posėdis", "Naujos valdybos posėdis 2034", D(2034, 6, 3), D(2034, 6, 3))]),
    # Estonian; Latvian with where the trip goes after "uz"; an Icelandic compound; a Dutch one ("met" is no part of it)
    ("See oli juba teine selline üritus ja see oli taas väga edukas. Teisel päeval, reedel 16. aprillil 2034, toimuvad "
     "ettevõtete külastused, mis on kõigile tasuta. Kõik, kes on huvitatud, saavad ka bussiga sõita.",
     [("ettevõtete külastused", "Ettevõtete külastused 2034", D(2034, 4, 16), D(2034, 4, 16))]),
    ("Tas bija jau otrais šāds pasākums, un tas atkal bija ļoti veiksmīgs. No 2035. gada 12. līdz 14. maijam notiks "
     "pieredzes brauciens uz Tartu pārtikas uzņēmumiem, un tajā var piedalīties visi. Tas ir liels notikums, jo tādu vēl nav bijis.",
     [("pieredzes brauciens uz Tartu pārtikas uzņēmumiem", "Pieredzes brauciens uz Tartu pārtikas uzņēmumiem 2035",
       D(2035, 5, 12), D(2035, 5, 14))]),
    ("Þetta var í annað sinn sem slíkt þing er haldið og það var mjög vel sótt. Daginn eftir, föstudaginn 24. mars 2034, "
     "verður boðið upp á fyrirtækjaheimsóknir í Skagafirði og er það ókeypis. Allir sem hafa áhuga geta skráð sig á vefnum.",
     [("fyrirtækjaheimsóknir", "Fyrirtækjaheimsóknir 2034", D(2034, 3, 24), D(2034, 3, 24))]),
    ("Het was al de tweede keer dat we dit deden en het was weer een groot succes. Donderdag 11 september 2036 – "
     "ledenvergadering in Deventer, met bedrijfsbezoek bij een van de leden. Wie zich aanmeldt, krijgt een uitnodiging.",
     # the members' meeting of a dated programme line is an event too (eval/gold/SCHEMA.md; "ledenvergadering": one)
     [("ledenvergadering", "Ledenvergadering 2036", D(2036, 9, 11), D(2036, 9, 11)),
      ("bedrijfsbezoek", "Bedrijfsbezoek 2036", D(2036, 9, 11), D(2036, 9, 11))]),
])
def test_generic_nouns_of_baltic_estonian_icelandic_and_dutch(extract, text, expected):
    assert _rows(extract(text)) == [e + (GENERIC,) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # a quoted title after the noun is the name with it, and the words before it are not (Lithuanian, Latvian,
    # Bulgarian, Dutch)
    ("Tai buvo svarbus žingsnis, ir apie tai dar bus kalbama. 2034 m. kovo 9 d. – seminaras „Skaitmeninė gamyba mažose "
     "įmonėse“, Šiauliai. Kol kas nėra aišku, kiek bus dalyvių, bet jų tikrai bus daug.",
     [("seminaras „Skaitmeninė gamyba mažose įmonėse“", "Seminaras „Skaitmeninė gamyba mažose įmonėse“ 2034",
       D(2034, 3, 9), D(2034, 3, 9), GENERIC)]),
    ("Tas bija jau otrais šāds pasākums, un tas atkal bija ļoti veiksmīgs. Vakarā 2034. gada 8. maijā tika pasniegta "
     "balva \"Vidzemes garša 2034\", un to saņēma piena uzņēmums. Tas ir liels gods, jo balva ir tikai viena.",
     [("balva \"Vidzemes garša 2034\"", "Balva \"Vidzemes garša 2034\" 2034", D(2034, 5, 8), D(2034, 5, 8), GENERIC)]),
    ("Това беше второто такова събитие и то отново беше много успешно. 12 май 2035 г. – Семинар „Дигитализация на "
     "малките фирми“, Плевен, 10:00 ч. Който се интересува, може да се запише на сайта.",
     [("Семинар „Дигитализация на малките фирми“", "Семинар „Дигитализация на малките фирми“ 2035", D(2035, 5, 12),
       D(2035, 5, 12), GENERIC)]),
    ("Het was al de tweede keer dat we dit deden en het was weer een groot succes. Op donderdag 11 september 2036 is er "
     "een netwerkbijeenkomst „Circulair bouwen in de regio“ in Deventer, en iedereen is welkom. Wie zich aanmeldt, krijgt "
     "een uitnodiging.",
     [("netwerkbijeenkomst „Circulair bouwen in de regio“", "Netwerkbijeenkomst „Circulair bouwen in de regio“ 2036",
       D(2036, 9, 11), D(2036, 9, 11), GENERIC)]),
    # a meeting noun that names itself keeps the quoted title after it; on a dated list's rows opening with their weekday
    # the rows read them (pattern:event_row, tests/test_event_rows_weekdays.py), the same names and days
    ("Het was al de tweede keer dat we dit deden en het was weer een groot succes. Dit is de agenda van het najaar voor "
     "alle leden van het cluster.\n\n- dinsdag 14 oktober 2036 – Ledenbijeenkomst „Biobased verpakken“, bij een van de "
     "leden in Kampen\n- donderdag 20 november 2036 – Bestuursvergadering, Zwolle",
     [("Ledenbijeenkomst „Biobased verpakken“", "Ledenbijeenkomst Biobased verpakken 2036", D(2036, 10, 14),
       D(2036, 10, 14), "pattern:event_row"),
      ("Bestuursvergadering", "Bestuursvergadering 2036", D(2036, 11, 20), D(2036, 11, 20), "pattern:event_row")]),
])
def test_a_quoted_title_after_a_generic_noun_names_the_event(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a Slavic noun whose modifiers follow it takes the adjectives right before it (Slovene, Bulgarian, Ukrainian)
    ("To je bil že drugi tak dogodek in je bil spet zelo uspešen. Na letni skupščini v torek, 17. marca 2036, so člani "
     "potrdili nov program dela. Vsi, ki jih to zanima, se lahko še vedno prijavijo.",
     [("letni skupščini", "Letni skupščini 2036", D(2036, 3, 17), D(2036, 3, 17))]),
    ("Това беше второто такова събитие и то отново беше много успешно. Представители на клъстера участваха в "
     "Националната клъстерна конференция в Русе на 8 октомври 2035 г., и там се срещнаха с много колеги. Който се "
     "интересува, може да се запише на сайта.",
     [("Националната клъстерна конференция", "Националната клъстерна конференция 2035", D(2035, 10, 8), D(2035, 10, 8))]),
    ("Це вже другий такий захід, і він знову був дуже успішним. Обласний кластерний форум відбудеться 21 травня 2036 "
     "року у Львові, і всі члени запрошені. Хто цікавиться, може зареєструватися на сайті.",
     [("Обласний кластерний форум", "Обласний кластерний форум 2036", D(2036, 5, 21), D(2036, 5, 21))]),
])
def test_slavic_adjectives_before_the_noun_belong_to_the_name(extract, text, expected):
    assert _rows(extract(text)) == [e + (GENERIC,) for e in expected]


@pytest.mark.parametrize("text", [
    # "the next session": which one by time; the noun alone is left
    "To je bil že drugi tak dogodek in je bil spet zelo uspešen. Naslednja seja bo v torek, 17. marca 2036, ko bodo "
    "člani potrdili nov program dela. Vsi, ki jih to zanima, se lahko še vedno prijavijo.",
    # "the previous forum", "the next day": which one by time, not by name
    "See oli juba teine selline üritus ja see oli taas väga edukas. Eelmine foorum toimus 2033. aasta aprillis ja see "
    "kogus kakssada osalejat, kes olid väga rahul. Kõik, kes on huvitatud, saavad ka sel aastal tulla.",
    "Tai buvo svarbus žingsnis, ir apie tai dar bus kalbama. Kitą dieną, rugsėjo 10 d., dalyviai aplankė gamyklą, "
    "kurioje jie pamatė naują liniją. Kol kas nėra aišku, kas bus toliau.",
    # a noun that also opens an association's name, with no ordinal and no year: the association, a date in the
    # sentence notwithstanding
    "El clúster ha presentat el programa de l'any als socis i a les empreses. El premi del Fòrum Clústers Catalunya "
    "es va lliurar el 7 de maig de 2036 a Vic, i hi van participar empreses del sector. La inscripció és gratuïta.",
    "The panel on skills brought together speakers from four countries and their clusters. Panellists: Dr. Rui Matos "
    "(Fórum Oceano, Portugal) and Ana Ruiz (Foro Marítimo Vasco, Spain) spoke about training for the blue economy.",
    # a weekday is a compound of "-dagen" but opens the sentence with no modifier before it
    "Klustret bjuder in sina medlemmar och partner, och programmet är nu klart. Torsdagen den 22 april 2036 hålls ett "
    "möte i Skellefteå om återvinning. Anmälan är öppen för alla som är intresserade.",
    # a news teaser's title with the day it was posted, in figures after a middle dot or in brackets
    "See oli juba teine selline üritus ja see oli taas väga edukas. Vaata ka: Klastri juhatuse koosolek kinnitas "
    "eelarve · 14.02.2035. Kõik, kes on huvitatud, saavad ka sel aastal tulla.",
    "Tai buvo svarbus žingsnis, ir apie tai dar bus kalbama. Kiti įrašai: Naujos valdybos posėdis (2035-02-14) ir "
    "kiti klasterio darbai. Kol kas nėra aišku, kas bus toliau.",
])
def test_no_event_from_time_words_of_more_languages(extract, text):
    assert [e.name for e in extract(text).events] == []


@pytest.mark.parametrize("text, expected", [
    # a compound ending in an event noun with no modifier before it, its year right after it: which edition of which
    # series (Swedish, German, Finnish, Dutch)
    ("Klustret bjuder in sina medlemmar och partner, och programmet är nu klart. Klusterdagen 2037 hålls den 14 oktober "
     "2037 i Lund med föredrag om logistik. Anmälan är öppen för alla som är intresserade.",
     [("Klusterdagen 2037", "Klusterdagen 2037", D(2037, 10, 14), D(2037, 10, 14), FOREIGN)]),
    ("Der Verein lädt seine Mitglieder und Partner ein, und das Programm steht fest. Der Clustertag 2036 findet am 12. "
     "Mai 2036 in Gera statt, mit Vorträgen zur Fertigung. Die Anmeldung ist für alle Interessierten offen.",
     [("Clustertag 2036", "Clustertag 2036", D(2036, 5, 12), D(2036, 5, 12), FOREIGN)]),
    ("Klusteri kutsuu jäsenensä ja kumppaninsa mukaan, ja ohjelma on nyt valmis. Energiapäivät 2036 järjestetään "
     "Oulussa 14. ja 15. lokakuuta 2036, ja ohjelmassa on puheenvuoroja. Ilmoittautuminen on auki kaikille.",
     [("Energiapäivät 2036", "Energiapäivät 2036", D(2036, 10, 14), D(2036, 10, 15), FOREIGN)]),
    ("Het cluster nodigt zijn leden en partners uit, en het programma is nu klaar. Op 3 juni 2035 vindt de "
     "Kunststoffendag 2035 plaats in Geleen, met lezingen over recycling. Aanmelden kan voor iedereen die wil.",
     [("Kunststoffendag 2035", "Kunststoffendag 2035", D(2035, 6, 3), D(2035, 6, 3), FOREIGN)]),
    # a body or a holiday that ends like one ([not events]) is none
    ("Der Verein hat seine Stellungnahme an die Abgeordneten geschickt, und die Antwort steht aus. Der Landtag 2036 "
     "berät das Gesetz im Herbst, so der Vorstand. Die Mitglieder werden informiert.", []),
])
def test_a_compound_event_noun_with_its_year_names_an_edition(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a Slavic capitalised event noun opens the name: "kongres"; "forum" also opens associations' names, so it needs
    # an ordinal before it or a year after it
    ("Klaster zaprasza na targi w Kielcach. W dniach 14–15 maja 2037 r. w Białymstoku odbędzie się VIII Forum Drzewne "
     "Podlasia, które organizuje klaster.",
     [("VIII Forum Drzewne Podlasia 2037", dt.date(2037, 5, 14), dt.date(2037, 5, 15), "pattern:event_foreign")]),
    ("Klaster liczy 60 członków. Kongres Klastrów Polskich 2036 odbył się 3 czerwca 2036 r. w Katowicach.",
     [("Kongres Klastrów Polskich 2036", dt.date(2036, 6, 3), dt.date(2036, 6, 3), "pattern:event_foreign")]),
    ("Klaster liczy 60 członków. Forum Klastrów Polskich zrzesza ponad sto klastrów i 3 czerwca 2036 r. wybrało nowy "
     "zarząd.", []),
])
def test_slavic_capitalised_event_nouns(extract, text, expected):
    assert [(e.name, e.start_date, e.end_date, e.rule) for e in extract(text).events] == expected
