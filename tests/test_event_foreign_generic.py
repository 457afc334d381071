"""Events of another language named by a lower-case event noun and the words that say which one
(``pattern:event_foreign_generic``), and the capitalised names of ``pattern:event_foreign`` with an elided
connector or a Maltese article. Sentences of our own, two sentences each so that the block's language is known."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
RULE = "pattern:event_foreign_generic"


def _rows(result) -> list[tuple]:
    return [(e.text, e.name, e.start_date, e.end_date, e.rule) for e in result.events]


@pytest.mark.parametrize("text, expected", [
    # Romance languages: the noun and the lower-case words after it, up to a verb, an article or a place's preposition
    ("Els socis del clúster podran resoldre els seus dubtes sobre el nou pla estratègic. El 12 de març de 2033 se "
     "celebrarà una sessió informativa en línia per als socis interessats.",
     [("sessió informativa", "Sessió informativa 2033", D(2033, 3, 12), D(2033, 3, 12))]),
    ("Ministerul a anunțat lista proiectelor aprobate pentru clusterele din regiunea de sud. Sesiunea de informare "
     "pentru beneficiari va avea loc pe 9 aprilie 2033 la sediul ministerului.",
     [("Sesiunea de informare pentru beneficiari", "Sesiunea de informare pentru beneficiari 2033", D(2033, 4, 9), D(2033, 4, 9))]),
    ("A direção do cluster apresentou o plano de atividades aos associados. No dia 4 de maio de 2033 realiza-se uma "
     "visita técnica às novas instalações da fábrica de componentes.",
     # "visita técnica" is one noun of data/event_noun_concepts.csv: five words after it, not after "visita"
     [("visita técnica às novas instalações da fábrica", "Visita técnica às novas instalações da fábrica 2033", D(2033, 5, 4), D(2033, 5, 4))]),
    ("Il distretto ha presentato il programma delle attività per i soci e per le imprese. Il 18 ottobre 2033 si terrà "
     "la riunione plenaria del comitato scientifico presso la sede della Camera di Commercio.",
     [("riunione plenaria del comitato scientifico", "Riunione plenaria del comitato scientifico 2033", D(2033, 10, 18), D(2033, 10, 18))]),
])
def test_event_foreign_generic_romance(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # Maltese: the article joined by a hyphen is no part of the name, a place after "fil-" or a verb ends it
    # (the day "fid-29 ta' Marzu 2033" is read since the Maltese "ta'" between day and month: dates of more languages)
    ("Il-proġett ġie ppreżentat lill-membri tal-klaster u lill-awtoritajiet lokali. Il-laqgħa tal-ftuħ saret fid-29 "
     "ta' Marzu 2033, u l-konferenza finali fil-Belt f'Settembru 2034.",
     [("laqgħa tal-ftuħ", "Laqgħa tal-ftuħ 2033", D(2033, 3, 29), D(2033, 3, 29)),
      ("konferenza finali", "Konferenza finali 2034", D(2034, 9, 1), D(2034, 9, 30))]),
    # Bulgarian: a capitalised complement after a connector ("на Управителния съвет"); the verb ends the name
    ("Управителният съвет на клъстера обсъди бюджета и плана за дейността през следващата година. Следващото "
     "заседание на Управителния съвет ще се проведе на 14 юни 2033 г. в Пловдив.",
     [("заседание на Управителния съвет", "Заседание на Управителния съвет 2033", D(2033, 6, 14), D(2033, 6, 14))]),
    # Slovenian and Greek: what the workshop or the info day is about
    ("Člani grozda so se dogovorili o skupnem nastopu na sejmih v tujini in v domovini. Dne 12. maja 2033 bo v Celju "
     "delavnica o digitalizaciji proizvodnje za mala podjetja.",
     [("delavnica o digitalizaciji proizvodnje", "Delavnica o digitalizaciji proizvodnje 2033", D(2033, 5, 12), D(2033, 5, 12))]),
    ("Η ομάδα του cluster ενημέρωσε τα μέλη για τα νέα προγράμματα χρηματοδότησης. Στις 5 Μαΐου 2033 θα "
     "πραγματοποιηθεί ημερίδα ενημέρωσης για τις μικρές επιχειρήσεις στη Λάρισα.",
     [("ημερίδα ενημέρωσης για τις μικρές επιχειρήσεις", "Ημερίδα ενημέρωσης για τις μικρές επιχειρήσεις 2033", D(2033, 5, 5), D(2033, 5, 5))]),
])
def test_event_foreign_generic_maltese_greek_slavic(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # Finnic and Hungarian: up to two words before the noun, an article ("Az") not among them
    ("Klusterin jäsenet keskustelivat uudesta strategiasta ja sen rahoituksesta. Hallituksen kokous pidetään "
     "14.9.2033 Oulussa, ja siellä valitaan uusi toiminnanjohtaja.",
     [("Hallituksen kokous", "Hallituksen kokous 2033", D(2033, 9, 14), D(2033, 9, 14))]),
    ("A klaszter tagjai megvitatták az új stratégiát és a költségvetést. Az elnökségi ülés 2033. március 8-án lesz "
     "Győrben, ahol az új tagokat is felveszik.",
     [("elnökségi ülés", "Elnökségi ülés 2033", D(2033, 3, 8), D(2033, 3, 8))]),
    ("Klastri liikmed arutasid uut arengukava ja eelarvet põhjalikult. Klastri juhatuse koosolek toimub 12.11.2033 "
     "Tartus, kus valitakse ka uus juhatuse esimees.",
     [("Klastri juhatuse koosolek", "Klastri juhatuse koosolek 2033", D(2033, 11, 12), D(2033, 11, 12))]),
    # an inflected form names the event by its base form
    ("A szövetség vezetői elégedettek voltak az elmúlt év eredményeivel. Az egyesület 2033. május 14-én tartotta "
     "éves rendes közgyűlését Debrecenben, negyven tag részvételével.",
     [("éves rendes közgyűlését", "Éves rendes közgyűlés 2033", D(2033, 5, 14), D(2033, 5, 14))]),
    # after a number ("két"): the meetings of two bodies, counted; each is named on its own
    ("A fúzióról a két egyesület rendkívüli közgyűlése egyszerre, 2033. október 2-án döntött: a BKE közgyűlése Pécsett "
     "reggel ült össze, a másik délután.",
     [("BKE közgyűlése", "BKE közgyűlése 2033", D(2033, 10, 2), D(2033, 10, 2))]),
])
def test_event_foreign_generic_finnic_hungarian(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # a compound ending in the noun names the event by itself, with the words before it ("Uuden toimitusjohtajan"),
    # or alone when its first part is joined by a hyphen
    ("Klusterin hallitus on valinnut uuden toimitusjohtajan. Uuden toimitusjohtajan esittäytymistilaisuus jäsenille "
     "järjestetään keskiviikkona 13.10.2032 klo 14–16 Kajaanissa.",
     [("Uuden toimitusjohtajan esittäytymistilaisuus", "Uuden toimitusjohtajan esittäytymistilaisuus 2032", D(2032, 10, 13), D(2032, 10, 13))]),
    ("Ohjelmassa on paljon tapahtumia yrityksille ja tutkijoille. Torstaina 11.9.2035 klo 13.00 alkavat "
     "B2B-tapaamiset ja näyttely teollisuuspuistossa.",
     [("B2B-tapaamiset", "B2B-tapaamiset 2035", D(2035, 9, 11), D(2035, 9, 11))]),
    # each of two meetings in one sentence takes its nearest date
    ("A két szövetség tagjai hosszú vita után döntöttek. A klaszter elnökségi ülése 2034. május 6-án, a "
     "felügyelőbizottság ülése 2034. június 9-én szavazott az egyesülésről.",
     [("klaszter elnökségi ülése", "Klaszter elnökségi ülése 2034", D(2034, 5, 6), D(2034, 5, 6)),
      ("felügyelőbizottság ülése", "Felügyelőbizottság ülése 2034", D(2034, 6, 9), D(2034, 6, 9))]),
    # a list item takes its own date, not the next item's
    ("Az egyesülés menetrendje a két szövetség vezetőinek megállapodása szerint:\n\n- 2033. november 28.: az egyesület "
     "utolsó elnökségi ülése\n- 2034. január 1.: az új szervezet megkezdi működését\n",
     [("utolsó elnökségi ülése", "Utolsó elnökségi ülése 2033", D(2033, 11, 28), D(2033, 11, 28))]),
    ("Klyngen gennemførte mange arrangementer, heriblandt Symbiose-konferencen i Kalundborg den 19. september 2033 "
     "med 240 deltagere fra hele landet.",
     [("Symbiose-konferencen", "Symbiose-konferencen 2033", D(2033, 9, 19), D(2033, 9, 19))]),
])
def test_event_foreign_generic_compounds_and_nearest_date(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]



@pytest.mark.parametrize("text, expected", [
    # Nordic: a compound named by itself, its complement after "om", "til", "till"; "hos", "med" end it
    ("Klyngen har haft et travlt år med mange nye medlemmer og projekter. Den 3. oktober 2033 holder vi "
     "netværksmøde om cirkulær emballage hos en af vores medlemmer i Odense.",
     [("netværksmøde om cirkulær emballage", "Netværksmøde om cirkulær emballage 2033", D(2033, 10, 3), D(2033, 10, 3))]),
    ("Föreningen har haft ett bra år med många nya medlemmar och projekt. Den 4 maj 2033 åker vi på studieresa till "
     "Göteborg tillsammans med våra samarbetspartner.",
     [("studieresa till Göteborg", "Studieresa till Göteborg 2033", D(2033, 5, 4), D(2033, 5, 4))]),
    ("Fødevareklyngen holdt torsdag den 27. april 2033 sin ordinære generalforsamling på rådhuset, og medlemmerne "
     "valgte en ny bestyrelse for de næste to år.",
     [("ordinære generalforsamling", "Ordinære generalforsamling 2033", D(2033, 4, 27), D(2033, 4, 27))]),
])
def test_event_foreign_generic_nordic(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]


@pytest.mark.parametrize("text", [
    # a deadline in the sentence; no date in the sentence; one word that says which kind of meeting; an article
    "Het bestuur van het cluster heeft de plannen voor volgend jaar besproken. Op 12 mei 2033 maken we een studiereis "
    "met twintig leden.",
    "Tilmelding til generalforsamling og middag sker via medlemsportalen senest fredag den 21. april 2033. Hvert "
    "medlem har én stemme på mødet.",
    "La asociación prepara una visita técnica a las instalaciones de los socios, pero la fecha aún no está decidida. "
    "El presupuesto se aprobará pronto.",
    "Los socios debatieron el presupuesto del año y las nuevas cuotas de la asociación. La reunión del 3 de marzo de "
    "2033 fue aplazada por la huelga.",
    # a registration's date is a deadline, not the event's
    "Участието във форума е безплатно за всички членове на сдружението. Заявките за двустранни срещи с "
    "търговците се приемат до 3 април 2033 г.",
    # a weekday after the noun says when, not which ("journée du jeudi")
    "Le comité d'organisation prépare déjà la prochaine édition du salon régional. Bloquez dès à présent votre "
    "journée du mardi 7 mai 2033 dans vos agendas.",
    # an ordinal says which seminar by its rank, and the noun alone is left
    "Ministrija aicina pieteikties visus uzņēmumus un potenciālos partnerus. Otrais seminārs notiks 2033. gada 14. "
    "aprīlī Valmierā.",
    # a noun of another language in an English text
    "Our cluster hosted a visita técnica in English on 4 May 2033, as the guests from Spain called it, and the "
    "members enjoyed it very much indeed.",
])
def test_event_foreign_generic_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == RULE] == []


@pytest.mark.parametrize("text, expected", [
    # pattern:event_foreign: an elided connector joins the next capitalised word; a Maltese article does not hide the noun
    ("Torna per la quarta edizione la Settimana dell'Innovazione Alpina 2034, dal 6 al 12 ottobre 2034 a Sondrio, con "
     "incontri per le imprese della valle.",
     [("Settimana dell'Innovazione Alpina 2034", "Settimana dell'Innovazione Alpina 2034", D(2034, 10, 6), D(2034, 10, 12))]),
    ("El clúster presentarà aquestes conclusions a la Fira de Sant Miquel de Lleida, el 27 de setembre de 2034, amb un "
     "estand compartit.",
     [("Fira de Sant Miquel de Lleida", "Fira de Sant Miquel de Lleida 2034", D(2034, 9, 27), D(2034, 9, 27))]),
    ("Il-kumpaniji ppreżentaw il-prodotti tagħhom waqt il-Ġimgħa Marittima Ewropea f'Limassol f'Mejju 2035, fejn "
     "ingħata premju għall-aħjar proġett.",
     [("Ġimgħa Marittima Ewropea", "Ġimgħa Marittima Ewropea 2035", D(2035, 5, 1), D(2035, 5, 31))]),
])
def test_event_foreign_elided_connector_and_maltese_article(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_foreign",) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # a verb form of the noun's language right before it ([verb ends]) is no word of the name
    ("Klusterin toimintasuunnitelma valmistui keväällä. Suunnitelma hyväksyttiin vuosikokouksessa 12.5.2034 "
     "Kuopiossa yksimielisesti.",
     [("vuosikokouksessa", "Vuosikokous 2034", D(2034, 5, 12), D(2034, 5, 12))]),
    ("Jäsenkyselyn tulokset on koottu raporttiin. Tulokset esitellään hallituksen kokouksessa 3.10.2034 "
     "Lahdessa.",
     [("hallituksen kokouksessa", "Hallituksen kokous 2034", D(2034, 10, 3), D(2034, 10, 3))]),
    ("Klastri eelarve koostati sügisel. Eelarve kinnitati juhatuse koosolekul 14.11.2034 Pärnus.",
     [("juhatuse koosolekul", "Juhatuse koosolek 2034", D(2034, 11, 14), D(2034, 11, 14))]),
])
def test_event_foreign_generic_verb_before_the_noun(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # a case form that data/event_noun_cases.csv makes of a listed nominative ("infopäivä" → "infopäivään",
    # "gálavacsora" → "gálavacsorán", "üzemlátogatás" → "üzemlátogatást") names the event by the nominative
    ("Klusteri esittelee uuden rahoitushaun jäsenilleen. Jäsenet kutsutaan infopäivään 4.3.2035 Oulussa.",
     [("infopäivään", "Infopäivä 2035", D(2035, 3, 4), D(2035, 3, 4))]),
    # (a noun that names the meeting by itself takes no describing word before it, "évzáró", "közös": only a word of
    # its kind or a name, see tests/test_event_programme_weekdays.py)
    ("A klaszter új stratégiát fogadott el a tavasszal. A tagok 2035. december 12-én az évzáró gálavacsorán "
     "találkoznak Szegeden.",
     [("gálavacsorán", "Gálavacsora 2035", D(2035, 12, 12), D(2035, 12, 12))]),
    ("A klaszter tagjai érdeklődnek az automatizálás iránt. A klaszter 2035. június 9-én közös üzemlátogatást szervez "
     "Győrben.",
     [("üzemlátogatást", "Üzemlátogatás 2035", D(2035, 6, 9), D(2035, 6, 9))]),
])
def test_event_foreign_generic_case_forms_from_data(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # "also", "similar", "parallel" before a noun whose modifiers stand before it say that there is one more or one like
    # it, not which meeting: no word of the name
    ("Klusterin jäsenmäärä kasvoi. Rinnakkaiset työpajat pidetään 5.4.2036 Kuopiossa.", []),
    ("Klastri liikmed kogunesid Tartus. Sarnane töötuba toimub 3. märtsil 2037 Viljandis.", []),
    ("A klaszter tagjai Győrben találkoztak. Hasonló műhelymunka lesz 2036. május 4-én Pécsen.",
     [("műhelymunka", "Műhelymunka 2036", D(2036, 5, 4), D(2036, 5, 4))]),
    ("Klusterin jäsenmäärä kasvoi. Lisäksi Kuopiossa järjestetään 5.4.2036 avoin webinaari jäsenille.",
     [("avoin webinaari", "Avoin webinaari 2036", D(2036, 4, 5), D(2036, 4, 5))]),
])
def test_event_foreign_generic_also_and_similar_before_the_noun(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # an English loanword of another language's block names an event with the quoted title right after it
    ("El clúster reúne a 40 empresas. El martes 11 de marzo de 2036 celebró el webinar «Envases ligeros y vidrio "
     "reciclado» con cien asistentes.",
     [("webinar «Envases ligeros y vidrio reciclado»", "Webinar «Envases ligeros y vidrio reciclado» 2036", D(2036, 3, 11),
       D(2036, 3, 11))]),
    ("Het cluster telt zestig leden. Op 4 april 2036 houdt het cluster een webinar \"Netcongestie in de regio\" voor de "
     "leden.",
     [("webinar \"Netcongestie in de regio\"", "Webinar \"Netcongestie in de regio\" 2036", D(2036, 4, 4), D(2036, 4, 4))]),
    ("Klastr sdružuje čtyřicet firem. Dne 12. března 2035 pořádá v Brně seminář „Digitální dvojčata ve strojírenství“ "
     "pro členy.",
     [("seminář „Digitální dvojčata ve strojírenství“", "Seminář „Digitální dvojčata ve strojírenství“ 2035",
       D(2035, 3, 12), D(2035, 3, 12))]),
    # without its title the loanword is the English rules', which read no such sentence of another language
    ("El clúster reúne a 40 empresas. El webinar del martes 11 de marzo de 2036 tuvo cien asistentes.", []),
])
def test_event_foreign_generic_loanword_with_a_quoted_title(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # a line that is only an event noun and its quoted title is a card's or a report's heading: the event, dated below
    ("Koledar dogodkov\n\nSpletni seminar »Krožno gospodarstvo v lesarstvu«\n\n📅 sreda, 7. 10. 2036 · 10.00–12.00\n"
     "📍 spletno (Zoom)\n",
     [("Spletni seminar »Krožno gospodarstvo v lesarstvu«", "Spletni seminar »Krožno gospodarstvo v lesarstvu« 2036",
       D(2036, 10, 7), D(2036, 10, 7))]),
    ("Εκδηλώσεις του συνεργατικού σχηματισμού\n\nΕργαστήριο «Ψηφιακό μάρκετινγκ για μικρές επιχειρήσεις»\n\n"
     "Τρίτη 9 Δεκεμβρίου 2036, 10:00–13:00, Επιμελητήριο Χανίων\n",
     [("Εργαστήριο «Ψηφιακό μάρκετινγκ για μικρές επιχειρήσεις»", "Εργαστήριο «Ψηφιακό μάρκετινγκ για μικρές επιχειρήσεις» 2036",
       D(2036, 12, 9), D(2036, 12, 9))]),
    ("Připravujeme pro členy klastru\n\nSeminář „Dotace na automatizaci výroby“\n\nTermín: 14. 5. 2036, 9:00–12:00\n"
     "Místo: Univerzita Tomáše Bati\n",
     [("Seminář „Dotace na automatizaci výroby“", "Seminář „Dotace na automatizaci výroby“ 2036", D(2036, 5, 14),
       D(2036, 5, 14))]),
    # a heading with a quoted title and no event noun names no event
    ("Novinky klastru\n\nProjekt „Zelené město“\n\nDne 14. 5. 2036 jsme zahájili nový projekt s městem Zlín.\n", []),
])
def test_event_foreign_generic_titled_heading(extract, text, expected):
    assert _rows(extract(text)) == [e + (RULE,) for e in expected]
