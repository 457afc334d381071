"""Key messages under headings and after lead-ins written in other languages (data/key_message_languages.csv)."""
from __future__ import annotations

import pytest

# (text, every key_messages row (text, section, rule)), one row per point, in order
LANGUAGES = [
    # headings: conclusions, recommendations in Slovenian, Portuguese, Greek, Hungarian, Polish, Swedish, Czech
    ("Sklepi delavnice\n\n- Podjetja potrebujejo več skupnih laboratorijev.\n- Občine naj poenostavijo postopke za gradbena "
     "dovoljenja.\n\nNaslednje srečanje bo jeseni.",
     [("Podjetja potrebujejo več skupnih laboratorijev", "Sklepi delavnice", "list_under_key_heading"),
      ("Občine naj poenostavijo postopke za gradbena dovoljenja", "Sklepi delavnice", "list_under_key_heading")]),
    ("Recomendações\n\n1. As regiões devem partilhar os centros de ensaio.\n2. Os apoios públicos precisam de prazos mais curtos.",
     [("As regiões devem partilhar os centros de ensaio", "Recomendações", "list_under_key_heading"),
      ("Os apoios públicos precisam de prazos mais curtos", "Recomendações", "list_under_key_heading")]),
    ("Συμπεράσματα\n\n- Οι περιφέρειες χρειάζονται σταθερή χρηματοδότηση.\n- Τα λιμάνια πρέπει να επενδύσουν σε ηλεκτρική ενέργεια.",
     [("Οι περιφέρειες χρειάζονται σταθερή χρηματοδότηση", "Συμπεράσματα", "list_under_key_heading"),
      ("Τα λιμάνια πρέπει να επενδύσουν σε ηλεκτρική ενέργεια", "Συμπεράσματα", "list_under_key_heading")]),
    ("Következtetések\n\n- A kis cégeknek közös képzésre van szükségük.\n- A régióknak egyszerűbb pályázatokat kell kiírniuk.",
     [("A kis cégeknek közös képzésre van szükségük", "Következtetések", "list_under_key_heading"),
      ("A régióknak egyszerűbb pályázatokat kell kiírniuk", "Következtetések", "list_under_key_heading")]),
    ("Wnioski\n\n• Klastry potrzebują stabilnego finansowania.\n• Urzędy powinny skrócić terminy płatności.",
     [("Klastry potrzebują stabilnego finansowania", "Wnioski", "list_under_key_heading"),
      ("Urzędy powinny skrócić terminy płatności", "Wnioski", "list_under_key_heading")]),
    ("Slutsatser\n\n- Regionerna bör dela testbäddar.\n- Små företag behöver enklare ansökningar.",
     [("Regionerna bör dela testbäddar", "Slutsatser", "list_under_key_heading"),
      ("Små företag behöver enklare ansökningar", "Slutsatser", "list_under_key_heading")]),
    ("ZÁVĚRY\n\n1. Malé firmy potřebují sdílené zkušebny.\n2. Kraj by měl zjednodušit dotační výzvy.",
     [("Malé firmy potřebují sdílené zkušebny", "ZÁVĚRY", "list_under_key_heading"),
      ("Kraj by měl zjednodušit dotační výzvy", "ZÁVĚRY", "list_under_key_heading")]),
    # headings of Maltese, Catalan, Galician, Basque, Albanian, Ukrainian and Irish
    ("Eżiti ewlenin\n\n- Inħolqu għoxrin impjieg ġdid fil-port.\n- Il-kunsilli lokali qablu fuq pjan wieħed.",
     [("Inħolqu għoxrin impjieg ġdid fil-port", "Eżiti ewlenin", "list_under_key_heading"),
      ("Il-kunsilli lokali qablu fuq pjan wieħed", "Eżiti ewlenin", "list_under_key_heading")]),
    ("Recomanacions\n\n- Les cooperatives han de compartir les cambres frigorífiques.\n- La Diputació ha d'obrir una oficina única.",
     [("Les cooperatives han de compartir les cambres frigorífiques", "Recomanacions", "list_under_key_heading"),
      ("La Diputació ha d'obrir una oficina única", "Recomanacions", "list_under_key_heading")]),
    ("Conclusións\n\n1. As conserveiras precisan máis técnicos.\n2. Os portos deben compartir datos.",
     [("As conserveiras precisan máis técnicos", "Conclusións", "list_under_key_heading"),
      ("Os portos deben compartir datos", "Conclusións", "list_under_key_heading")]),
    ("Ondorioak\n\n- Enpresa txikiek laborategi partekatuak behar dituzte.\n- Udalek prozedurak erraztu behar dituzte.",
     [("Enpresa txikiek laborategi partekatuak behar dituzte", "Ondorioak", "list_under_key_heading"),
      ("Udalek prozedurak erraztu behar dituzte", "Ondorioak", "list_under_key_heading")]),
    ("Rekomandimet\n\n- Bashkitë duhet të thjeshtojnë lejet e ndërtimit.\n- Firmat e vogla kanë nevojë për trajnime.",
     [("Bashkitë duhet të thjeshtojnë lejet e ndërtimit", "Rekomandimet", "list_under_key_heading"),
      ("Firmat e vogla kanë nevojë për trajnime", "Rekomandimet", "list_under_key_heading")]),
    ("Висновки\n\n- Малим фірмам потрібні спільні лабораторії.\n- Громади мають спростити дозволи.",
     [("Малим фірмам потрібні спільні лабораторії", "Висновки", "list_under_key_heading"),
      ("Громади мають спростити дозволи", "Висновки", "list_under_key_heading")]),
    ("Príomhthorthaí\n\n- Cruthaíodh caoga post nua sa cheantar.\n- D'oscail an comhlachas oifig i nGaillimh.",
     [("Cruthaíodh caoga post nua sa cheantar", "Príomhthorthaí", "list_under_key_heading"),
      ("D'oscail an comhlachas oifig i nGaillimh", "Príomhthorthaí", "list_under_key_heading")]),
    ("Konklusiounen\n\n1. D'Betriber brauchen e gemeinsamt Labo.\n2. D'Gemenge sollen d'Prozeduren vereinfachen.",
     [("D'Betriber brauchen e gemeinsamt Labo", "Konklusiounen", "list_under_key_heading"),
      ("D'Gemenge sollen d'Prozeduren vereinfachen", "Konklusiounen", "list_under_key_heading")]),
    # lead-ins: a verb that announces the list (Portuguese, Slovenian, German), or an inline enumeration (Croatian)
    ("O relatório recomenda:\n\n- criar um balcão único para as empresas;\n- publicar os concursos com seis meses de antecedência.",
     [("criar um balcão único para as empresas", "O relatório recomenda", "list_after_lead_in"),
      ("publicar os concursos com seis meses de antecedência", "O relatório recomenda", "list_after_lead_in")]),
    ("Udeleženci so se strinjali:\n\n- grozdi potrebujejo stabilno financiranje;\n- šole naj sodelujejo s podjetji.",
     [("grozdi potrebujejo stabilno financiranje", "Udeleženci so se strinjali", "list_after_lead_in"),
      ("šole naj sodelujejo s podjetji", "Udeleženci so se strinjali", "list_after_lead_in")]),
    ("Die Teilnehmenden empfehlen:\n\n- gemeinsame Testlabore für kleine Firmen;\n- kürzere Fristen für Förderanträge.",
     [("gemeinsame Testlabore für kleine Firmen", "Die Teilnehmenden empfehlen", "list_after_lead_in"),
      ("kürzere Fristen für Förderanträge", "Die Teilnehmenden empfehlen", "list_after_lead_in")]),
    ("Radionica\n\nSudionici su zaključili: (1) klasteri trebaju stabilno financiranje, (2) škole trebaju surađivati s tvrtkama.",
     [("klasteri trebaju stabilno financiranje", "Sudionici su zaključili", "inline_after_lead_in"),
      ("škole trebaju surađivati s tvrtkama", "Sudionici su zaključili", "inline_after_lead_in")]),
    # not key messages: a closing conference's programme, an address, the services a cluster offers ("propose")
    ("Zaključna konferenca\n\n- Ljubljana, 4. junij: odprtje razstave\n- Maribor, 5. junij: obisk podjetij", []),
    ("Centar se nalazi na adresi:\n\n- Ulica kralja Zvonimira 5\n- 10000 Zagreb", []),
    ("Le cluster propose à ses membres :\n\n- des formations courtes sur le numérique ;\n- des missions collectives à l'étranger.", []),
]


@pytest.mark.parametrize("text,points", LANGUAGES)
def test_key_messages_languages(extract, text, points):
    assert [(k.text, k.section, k.rule) for k in extract(text).key_messages] == points


# Rule data "counted key messages" (data/key_message_counted.csv): a number word and a key-message noun of one
# language, as a heading or a lead-in, announce the list ("Tres ideas para levar …", "Kolme oppia …", "pięć wniosków")
COUNTED = [
    ("Tres ideas para levar da xornada\n\n- Os portos precisan redes eléctricas propias.\n- As cooperativas deben "
     "compartir datos de captura.\n\nA próxima xornada será en Vigo.",
     [("Os portos precisan redes eléctricas propias", "Tres ideas para levar da xornada", "list_under_key_heading"),
      ("As cooperativas deben compartir datos de captura", "Tres ideas para levar da xornada", "list_under_key_heading")]),
    ("Kolme oppia seminaarista\n\n1. Pienet yritykset tarvitsevat yhteisiä testiympäristöjä.\n2. Kuntien pitää "
     "nopeuttaa lupia.",
     [("Pienet yritykset tarvitsevat yhteisiä testiympäristöjä", "Kolme oppia seminaarista", "list_under_key_heading"),
      ("Kuntien pitää nopeuttaa lupia", "Kolme oppia seminaarista", "list_under_key_heading")]),
    ("Warsztaty w Rzeszowie\n\nSpotkanie trwało cały dzień. Na koniec uczestnicy sformułowali dwie propozycje:\n\n- klastry "
     "potrzebują wspólnych laboratoriów;\n- gminy powinny skrócić procedury.",
     [("klastry potrzebują wspólnych laboratoriów", "Na koniec uczestnicy sformułowali dwie propozycje", "list_after_lead_in"),
      ("gminy powinny skrócić procedury", "Na koniec uczestnicy sformułowali dwie propozycje", "list_after_lead_in")]),
    ("Three ideas to take home\n\n- Shared testbeds save small firms a year of work.\n- Regions should pool their "
     "calls for proposals.",
     [("Shared testbeds save small firms a year of work", "Three ideas to take home", "list_under_key_heading"),
      ("Regions should pool their calls for proposals", "Three ideas to take home", "list_under_key_heading")]),
    ("Vier Lehren aus dem Pilotjahr\n\n- Kleine Betriebe brauchen gemeinsame Labore.\n- Die Förderung "
     "muss länger laufen.",
     [("Kleine Betriebe brauchen gemeinsame Labore", "Vier Lehren aus dem Pilotjahr", "list_under_key_heading"),
      ("Die Förderung muss länger laufen", "Vier Lehren aus dem Pilotjahr", "list_under_key_heading")]),
    # not counted key messages: a number and a programme's items ("two sessions", "tres obradoiros"), a count of
    # points discussed without a key-message noun
    ("Two sessions in the afternoon\n\n- Hydrogen valleys in the Alps\n- Skills for the offshore sector", []),
    ("Tres obradoiros paralelos\n\n- Enerxía nos portos\n- Dixitalización das lonxas", []),
]


@pytest.mark.parametrize("text,points", COUNTED)
def test_key_messages_counted(extract, text, points):
    assert [(k.text, k.section, k.rule) for k in extract(text).key_messages] == points


# lessons "for" someone and "the main lessons" (concept lessons learnt), as "Lessons for …" and "Key lessons" in English
@pytest.mark.parametrize("text, section, points", [
    ("Lessen voor de regio\n\n- Begin met één bedrijventerrein tegelijk.\n- Gemeenten moeten laadpunten samen aanbesteden.\n",
     "Lessen voor de regio", ["Begin met één bedrijventerrein tegelijk", "Gemeenten moeten laadpunten samen aanbesteden"]),
    ("Principales lecciones\n\n- Las pymes exportan más cuando viajan juntas.\n- La certificación tarda más de un año.\n",
     "Principales lecciones", ["Las pymes exportan más cuando viajan juntas", "La certificación tarda más de un año"]),
    ("Viktigaste lärdomarna\n\n- Kommunerna behöver gemensamma upphandlingar.\n- Små företag saknar tid för ansökningar.\n",
     "Viktigaste lärdomarna", ["Kommunerna behöver gemensamma upphandlingar", "Små företag saknar tid för ansökningar"]),
])
def test_lessons_for_and_main_lessons(extract, text, section, points):
    assert [(k.text, k.section, k.rule) for k in extract(text).key_messages] == [
        (p, section, "list_under_key_heading") for p in points]


# concept "takeaways" of data/key_message_languages.csv: what to keep, said with a verb ("What I'm taking home:",
# "Ce qu'il faut retenir", "Was wir mitnehmen"), heads key messages as "Key takeaways" does. Sentences of our own.
@pytest.mark.parametrize("heading, points", [
    ("What I'm taking home:", ["Buyers in Osaka ask for the story behind a cheese, not only for its price",
                               "Labels take a year – start before you book the stand"]),
    ("CE QU'IL FAUT RETENIR", ["Les petites entreprises doivent répondre ensemble aux appels d'offres",
                               "Le prix de l'électricité reste le premier frein des projets"]),
    ("Was wir mitnehmen", ["Kleine Betriebe brauchen eine feste Ansprechperson im Cluster",
                           "Gemeinsame Messestände sparen jedem Mitglied Zeit und Geld"]),
    ("Co si odnášíme z Bilbaa", ["Klastr potřebuje víceleté financování od kraje",
                                 "Firmy samy vedou pracovní skupiny, ne kancelář klastru"]),
])
def test_takeaways_said_with_a_verb_head_key_messages(extract, heading, points):
    items = "\n".join(f"- {p}." for p in points)
    text = f"Study trip report\n\nTwelve member firms travelled together in May.\n\n{heading}\n\n{items}\n\nContact\n\nThe cluster office.\n"
    assert [(k.text, k.rule) for k in extract(text).key_messages] == [(p, "list_under_key_heading") for p in points]


def test_dates_to_remember_are_no_takeaways(extract):
    text = ("Agenda\n\nDates à retenir\n\n- 12 mars 2040 : assemblée générale à Lyon\n"
            "- 4 avril 2040 : atelier hydrogène à Metz\n\nContact\n")
    assert extract(text).key_messages == ()


# concept "agreed" (lead_in): the everyday forms of agreeing ("zgodzili się", "var överens", "waren het erover eens",
# "agree that") announce the list under them; concept "findings" (heading): insights ("Belangrijkste inzichten")
@pytest.mark.parametrize("lead, points", [
    ("Uczestnicy warsztatów zgodzili się, że:", ["małe firmy potrzebują wspólnego laboratorium", "gminy powinny szybciej wydawać pozwolenia"]),
    ("Deltagarna var överens om följande:", ["små företag behöver en gemensam kontaktperson", "skolorna ska samarbeta med klustret"]),
    ("De deelnemers waren het erover eens dat:", ["kleine bedrijven samen moeten inkopen", "de provincie een loket voor netaansluitingen nodig heeft"]),
    ("The partners on both sides of the border agree that:", ["small firms need one contact person", "the schools should share their courses"]),
])
def test_everyday_forms_of_agreeing_are_lead_ins(extract, lead, points):
    items = "\n".join(f"- {p};" for p in points)
    text = f"Report\n\nThe meeting took place in spring.\n\n{lead}\n\n{items}\n"
    assert [(k.text, k.rule) for k in extract(text).key_messages] == [(p, "list_after_lead_in") for p in points]


@pytest.mark.parametrize("heading, points", [
    ("Belangrijkste inzichten", ["Kleine telers kopen hun energie nog alleen in", "De haven wil meer lading per spoor"]),
    ("Viktigaste insikterna från resan", ["Klustret i Bilbao planerar fem år framåt", "Företagen leder själva arbetsgrupperna"]),
    ("Vigtigste indsigter", ["Små virksomheder mangler tid til ansøgninger", "Regionen bør dele testfaciliteter"]),
])
def test_insights_head_findings(extract, heading, points):
    items = "\n".join(f"- {p}." for p in points)
    text = f"Study trip report\n\nTwelve member firms travelled together in May.\n\n{heading}\n\n{items}\n\nContact\n\nThe cluster office.\n"
    assert [(k.text, k.rule) for k in extract(text).key_messages] == [(p, "list_under_key_heading") for p in points]


# A language that writes its article as an ending names the key messages with it: "Concluziile delegației:",
# "Препоръките на форума", "Slutsatserna", "Anbefalingerne" (definite forms in data/key_message_languages.csv).
@pytest.mark.parametrize("lead, points", [
    ("Concluziile grupului de lucru, prezentate de coordonatoare:",
     ["firmele mici au nevoie de un laborator comun de testare", "clusterul ar trebui să organizeze un târg anual al furnizorilor"]),
    ("Hotărârile adoptate de adunarea generală:",
     ["Se aprobă bugetul pe anul 2031", "Se alege comisia de cenzori pentru trei ani"]),
    ("Препоръките на форума",
     ["Общините да подкрепят общ център за обучение", "Клъстерът да подготви общ каталог на членовете"]),
    ("Slutsatserna från workshopen",
     ["Små företag behöver en gemensam testmiljö", "Klustret bör samla utbildningarna på ett ställe"]),
    ("Anbefalingerne til regionen",
     ["Regionen bør finansiere et fælles testcenter", "Klyngen bør tilbyde kurser i eksport"]),
])
def test_definite_forms_of_key_message_nouns(extract, lead, points):
    items = "\n".join(f"- {p}" for p in points)
    text = f"Buletin\n\nMembrii s-au întâlnit în martie 2031.\n\n{lead}\n\n{items}\n\nContact\n\nBiroul clusterului.\n"
    assert [k.text for k in extract(text).key_messages] == points
