"""Dates of more European languages (dates_multilingual.py, dates_language_years.py and their data): the words
between a day and its month ("ta'" in Maltese, "de" in Galician), range words ("del 3 al 5", "do 4 ao 6", "od 3. до
5.", "deri më"), inflected months (Estonian "14. novembril", "2030. aasta veebruaris", Basque "2034ko otsailaren",
Ukrainian, Albanian), a range whose days carry their own years, bare years marked by the language ("през 2022 г.",
"у 2027 році", "2026 yılında", "vuonna 2025", "el 2019", "år 2026"), month abbreviations that are words of their
language ("des", "pro", "már"), and an English numbered item before a weekday and a day ("Webinar 3 – Tuesday 12 May
2032" is the 12th). Own sentences, exact rows."""
from __future__ import annotations

import pytest


def _check(result, expected):
    assert [(d.text, d.start_date.isoformat(), d.end_date.isoformat(), d.rule) for d in result.dates] == expected
    assert all(result.text[d.start:d.end] == d.text for d in result.dates)


@pytest.mark.parametrize("text, expected", [
    ('La fira internacional se celebrarà del 3 al 5 de febrer de 2033 a Madrid, i el clúster hi tindrà un '
     'estand conjunt amb les empreses associades.',
     [('3 al 5 de febrer de 2033', '2033-02-03', '2033-02-05', 'multilingual:day_range:ca')]),
    ('El clúster celebrarà la jornada tècnica del 12 al 14 de maig de 2035 a Reus, amb la participació de '
     'les empreses associades i de la universitat.',
     [('12 al 14 de maig de 2035', '2035-05-12', '2035-05-14', 'multilingual:day_range:ca')]),
    ("L'assemblea general del clúster es va fer el 14 de març de 2033 a Lleida i els socis van aprovar el "
     'pla estratègic per als propers quatre anys.',
     [('14 de març de 2033', '2033-03-14', '2033-03-14', 'multilingual:day:ca')]),
    ('A feira internacional celebrarase do 4 ao 6 de marzo de 2034 en Vigo, e o clúster terá un expositor '
     'conxunto coas empresas asociadas.',
     [('4 ao 6 de marzo de 2034', '2034-03-04', '2034-03-06', 'multilingual:day_range:gl')]),
    ("Il-konferenza reġjonali dwar l-ekonomija blu se ssir fit-12 ta' Marzu 2034 fil-Belt Valletta, u "
     'l-membri kollha tar-raggruppament huma mistiedna jattendu.',
     [("12 ta' Marzu 2034", '2034-03-12', '2034-03-12', 'multilingual:day:mt')]),
    ("Il-kumitat tat-tmexxija ltaqa' fl-4 ta' Ottubru 2035 fil-Marsa biex jiddiskuti l-pjan ta' ħidma tas-"
     'sena d-dieħla u l-baġit tal-proġett.',
     [("4 ta' Ottubru 2035", '2035-10-04', '2035-10-04', 'multilingual:day:mt')]),
    ("Il-workshop dwar it-turiżmu sostenibbli se jsir fis-7 ta' Mejju 2034 f'Għawdex, u l-impriżi kollha "
     'tal-gżira huma mistiedna jipparteċipaw.',
     [("7 ta' Mejju 2034", '2034-05-07', '2034-05-07', 'multilingual:day:mt')]),
    ("Il-pjan ta' azzjoni ġie adottat f'Settembru 2032 mill-bord tar-raggruppament wara konsultazzjoni "
     'mal-membri u mal-awtoritajiet lokali.',
     [('Settembru 2032', '2032-09-01', '2032-09-30', 'multilingual:month:mt')]),
    ('See on meie klastri suurim üritus ja see toimub 14. novembril 2030 Tartus, kui kõik liikmed on '
     'kohal ning ka need, kes mujal elavad.',
     [('14. novembril 2030', '2030-11-14', '2030-11-14', 'multilingual:day:et')]),
    ('Kui sa oled klastri liige, siis on sul võimalik osaleda messil, mis toimub 16.–18. mail 2033 ja '
     'kus me näitame oma tooteid ja teenuseid.',
     [('16.–18. mail 2033', '2033-05-16', '2033-05-18', 'multilingual:day_range:et')]),
    ('Me ei tea veel, kas toetus tuleb, aga taotlusvoor avaneb 2030. aasta veebruaris ja see on oluline '
     'kõik ettevõtted, kes on klastris.',
     [('2030. aasta veebruaris', '2030-02-01', '2030-02-28', 'multilingual:year_first_month:et')]),
    ('Изложението ще се проведе 18–21 ноември 2032 г. в Бургас, а клъстерът ще участва с общ щанд '
     'заедно с членовете си от региона.',
     [('18–21 ноември 2032', '2032-11-18', '2032-11-21', 'multilingual:day_range:bg')]),
    ('Кластерът ще участва в панаира от 10 до 13 март 2035 г. в Русе, а общото събрание ще бъде свикано '
     'през 2036 г. в седалището му.',
     [('10 до 13 март 2035', '2035-03-10', '2035-03-13', 'multilingual:day_range:bg'),
      ('2036', '2036-01-01', '2036-12-31', 'multilingual:year:bg')]),
    ('Панаирът ще се проведе от понеделник, 12 октомври, до сряда, 14 октомври 2033 г. в Стара Загора, '
     'като клъстерът ще представи общ щанд.',
     [('12 октомври, до сряда, 14 октомври 2033', '2033-10-12', '2033-10-14', 'multilingual:cross_month_range:bg')]),
    ('Изложбата ќе се одржи од 14 до 16 мај 2034 година во Скопје, а кластерот беше основан во 2029 година'
     ' со поддршка на министерството.',
     [('14 до 16 мај 2034', '2034-05-14', '2034-05-16', 'multilingual:day_range:mk'),
      ('2029', '2029-01-01', '2029-12-31', 'multilingual:year:mk')]),
    ('Општото собрание на кластерот се одржа на 3 март 2033 година во Битола, а членовете го усвоија '
     'планот за работа за следната година.',
     [('3 март 2033', '2033-03-03', '2033-03-03', 'multilingual:day:mk')]),
    ('Сајам ће бити одржан од 3. до 5. октобра 2034. године у Новом Саду, а кластер је основан 2027. '
     'године уз подршку покрајинске владе.',
     [('3. до 5. октобра 2034', '2034-10-03', '2034-10-05', 'multilingual:day_range:sr'),
      ('2027', '2027-01-01', '2027-12-31', 'multilingual:year:sr')]),
    ('Форум відбудеться 12–14 вересня 2034 р. у Львові, а кластер було засновано у 2030 році за підтримки '
     'обласної державної адміністрації.',
     [('12–14 вересня 2034', '2034-09-12', '2034-09-14', 'multilingual:day_range:uk'),
      ('2030', '2030-01-01', '2030-12-31', 'multilingual:year:uk')]),
    ('Panairi do të mbahet nga 5 deri më 7 qershor 2034 në Tiranë, ndërsa klasteri u themelua në vitin '
     '2028 me mbështetjen e bashkisë.',
     [('5 deri më 7 qershor 2034', '2034-06-05', '2034-06-07', 'multilingual:day_range:sq'),
      ('2028', '2028-01-01', '2028-12-31', 'multilingual:year:sq')]),
    ("Fuar 7-9 Şubat 2034 tarihleri arasında İzmir'de yapılacak ve küme 2031 yılında bölgedeki otomotiv "
     'şirketleri tarafından kuruldu.',
     [('7-9 Şubat 2034', '2034-02-07', '2034-02-09', 'multilingual:day_range:tr'),
      ('2031', '2031-01-01', '2031-12-31', 'multilingual:year:tr')]),
    ('Azoka 2034ko otsailaren 7tik 9ra egingo da Bilbon, eta klusterra 2031n sortu zen eskualdeko enpresen'
     ' eta unibertsitatearen laguntzaz.',
     [('2034ko otsailaren 7tik 9ra', '2034-02-07', '2034-02-09', 'multilingual:year_first_day_range:eu'),
      ('2031', '2031-01-01', '2031-12-31', 'multilingual:year:eu')]),
    ('Messan hålls den 3–5 mars 2034 i Göteborg och klustret grundades år 2029 av ett tjugotal företag '
     'från regionen och två högskolor.',
     [('3–5 mars 2034', '2034-03-03', '2034-03-05', 'multilingual:day_range:sv'),
      ('2029', '2029-01-01', '2029-12-31', 'multilingual:year:sv')]),
    ('Messen afholdes 3.-5. marts 2034 i Herning, og klyngen blev stiftet i året 2028 af en gruppe '
     'virksomheder fra regionen og universitetet.',
     [('3.-5. marts 2034', '2034-03-03', '2034-03-05', 'multilingual:day_range:da'),
      ('2028', '2028-01-01', '2028-12-31', 'multilingual:year:da')]),
    ('Messut järjestetään 3.–5. maaliskuuta 2034 Tampereella, ja klusteri perustettiin vuonna 2029 alueen '
     'yritysten ja yliopiston aloitteesta.',
     [('3.–5. maaliskuuta 2034', '2034-03-03', '2034-03-05', 'multilingual:day_range:fi'),
      ('2029', '2029-01-01', '2029-12-31', 'multilingual:year:fi')]),
    ('Sýningin verður haldin 3.–5. mars 2034 í Reykjavík og klasinn var stofnaður árið 2029 af fyrirtækjum'
     ' á svæðinu og háskólanum þar.',
     [('3.–5. mars 2034', '2034-03-03', '2034-03-05', 'multilingual:day_range:is'),
      ('2029', '2029-01-01', '2029-12-31', 'multilingual:year:is')]),
    ('Messen avholdes 14.–16. mars 2033 i Trondheim, og klyngen ble etablert i 2024 av en gruppe bedrifter'
     ' fra regionen og universitetet.',
     [('14.–16. mars 2033', '2033-03-14', '2033-03-16', 'multilingual:day_range:no'),
      ('2024', '2024-01-01', '2024-12-31', 'pattern:year')]),
    ('Ettevõtted, kes soovivad osaleda, andke see teada hiljemalt 15. jaanuariks 2033, sest kõik kohad on siis ka '
     'juba täis ja me ei saa rohkem.',
     [('15. jaanuariks 2033', '2033-01-15', '2033-01-15', 'multilingual:day:et')]),
    # a Serbian Latin text the identifier names Bosnian: the genitive months (date_month_forms.csv)
    ('Klaster prehrambene industrije Vojvodine održaće godišnju skupštinu 14. oktobra 2033. godine u Novom Sadu. Na '
     'skupštini će članovi izabrati novo predsedništvo i usvojiti plan rada za narednu godinu, a biće predstavljeni '
     'i rezultati projekata koje je klaster sproveo zajedno sa univerzitetom i privrednom komorom. Sajam hrane biće '
     'održan od 3. do 5. decembra 2033. godine, a klaster je osnovan 2019. godine.',
     [('14. oktobra 2033', '2033-10-14', '2033-10-14', 'multilingual:day:bs'), ('3. do 5. decembra 2033', '2033-12-03', '2033-12-05', 'multilingual:day_range:bs'), ('2019', '2019-01-01', '2019-12-31', 'multilingual:year:bs')]),
])
def test_days_and_ranges_of_more_languages(extract, text, expected):
    """A day, a range or a month: range words, words between day and month, inflected months (data)."""
    _check(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    ("Il-programm tat-taħriġ idum mill-1 ta' Marzu 2031 – 31 ta' Diċembru 2033 u huwa miftuħ għall-impriżi"
     ' żgħar u medji kollha tal-gżejjer.',
     [("1 ta' Marzu 2031 – 31 ta' Diċembru 2033", '2031-03-01', '2033-12-31', 'multilingual:cross_year_range:mt')]),
    ('Proiectul se desfășoară între 1 martie 2031 – 28 februarie 2033 și reunește patru clustere din '
     'regiunile de nord-vest și centru ale țării.',
     [('1 martie 2031 – 28 februarie 2033', '2031-03-01', '2033-02-28', 'multilingual:cross_year_range:ro')]),
    ('El proyecto se ejecuta del 1 de abril de 2032 al 31 de marzo de 2035 y reúne a socios de cuatro '
     'regiones del sur de Europa y del norte de África.',
     [('1 de abril de 2032 al 31 de marzo de 2035', '2032-04-01', '2035-03-31', 'multilingual:cross_year_range:es')]),
    ('Programul de finanțare se derulează în perioada 1 februarie – 30 noiembrie 2032 și este deschis '
     'tuturor clusterelor acreditate din regiunile de dezvoltare.',
     [('1 februarie – 30 noiembrie 2032', '2032-02-01', '2032-11-30', 'multilingual:cross_month_range:ro')]),
])
def test_ranges_whose_days_carry_years(extract, text, expected):
    """Two days each with its year (or one year after both) are one range: multilingual:cross_year_range."""
    _check(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    ('Общото събрание на сдружението се проведе през 2022 г. в София, като членовете приеха нов устав и '
     'избраха управителен съвет за мандат от три години.',
     [('2022', '2022-01-01', '2022-12-31', 'multilingual:year:bg')]),
    ('Кластерът е създаден през 2019 г. и от 2024 г. членува в европейската мрежа на клъстерите, като '
     'участва в общи проекти и изложения.',
     [('2019', '2019-01-01', '2019-12-31', 'multilingual:year:bg'),
      ('2024', '2024-01-01', '2024-12-31', 'multilingual:year:bg')]),
    ('Кластер створено у 2027 році, а з 2031 р. він співпрацює з університетом у сфері навчання '
     'працівників для машинобудівних підприємств.',
     [('2027', '2027-01-01', '2027-12-31', 'multilingual:year:uk'),
      ('2031', '2031-01-01', '2031-12-31', 'multilingual:year:uk')]),
    ("L'associació es va crear el 2019 i des del 2028 treballa amb les cooperatives de la comarca en "
     'projectes de digitalització i de talent.',
     [('2019', '2019-01-01', '2019-12-31', 'multilingual:year:ca'),
      ('2028', '2028-01-01', '2028-12-31', 'multilingual:year:ca')]),
    ('O clúster foi creado no 2018 por un grupo de empresas da madeira e dende o 2025 colabora coa '
     'universidade en proxectos de innovación.',
     [('2018', '2018-01-01', '2018-12-31', 'multilingual:year:gl'),
      ('2025', '2025-01-01', '2025-12-31', 'multilingual:year:gl')]),
    ('Klasteri u themelua në vitin 2026 dhe që nga viti 2030 bashkëpunon me universitetin për trajnimin e '
     'punonjësve të rinj në industri.',
     [('2026', '2026-01-01', '2026-12-31', 'multilingual:year:sq'),
      ('2030', '2030-01-01', '2030-12-31', 'multilingual:year:sq')]),
    ("Kümelenme derneği 2026 yılında kuruldu ve 2030'da üniversiteyle birlikte ilk ortak eğitim programını"
     ' başlattı, bu program hâlâ sürüyor.',
     [('2026', '2026-01-01', '2026-12-31', 'multilingual:year:tr'),
      ('2030', '2030-01-01', '2030-12-31', 'multilingual:year:tr')]),
    ('Klusterra 2028an sortu zen eta 2033ko irailean lehen nazioarteko azoka antolatu zuen Donostian, '
     'eskualdeko enpresa askorekin batera.',
     [('2028', '2028-01-01', '2028-12-31', 'multilingual:year:eu'),
      ('2033ko irailean', '2033-09-01', '2033-09-30', 'multilingual:year_first_month:eu')]),
    ('Klusteri perustettiin vuonna 2025, ja vuodesta 2030 alkaen se on tehnyt tiivistä yhteistyötä '
     'yliopiston ja ammattikorkeakoulun kanssa.',
     [('2025', '2025-01-01', '2025-12-31', 'multilingual:year:fi'),
      ('2030', '2030-01-01', '2030-12-31', 'multilingual:year:fi')]),
    ('Klustret bildades år 2026 av tolv företag i regionen och under 2032 inledde det ett samarbete med '
     'högskolan om kompetensutveckling.',
     [('2026', '2026-01-01', '2026-12-31', 'multilingual:year:sv'),
      ('2032', '2032-01-01', '2032-12-31', 'multilingual:year:sv')]),
    ('Klyngen blev grundlagt år 2027 af ti virksomheder, og siden 2031 har den samarbejdet med '
     'universitetet om efteruddannelse af medarbejdere.',
     [('2027', '2027-01-01', '2027-12-31', 'multilingual:year:da'),
      ('2031', '2031-01-01', '2031-12-31', 'pattern:year')]),
    ('See ühing loodi 2027. aastal ja nüüd on selles kõik maakonna puidutootjad, kes oma tooteid koos '
     'müüvad ning ka kui neil pole palju töötajaid.',
     [('2027', '2027-01-01', '2027-12-31', 'multilingual:year:et')]),
    ('Mis on klastri plaan? Aastal 2029 alustas see koostööd ülikooliga ja nad on siis koos teinud palju '
     'projekte, mis on ka ettevõtetele kasulikud.',
     [('2029', '2029-01-01', '2029-12-31', 'multilingual:year:et')]),
    ('El pressupost del segon semestre de 2033 es va aprovar ahir, i el pla per al primer trimestre de 2034 es '
     'presentarà als socis aviat.',
     [('2033', '2033-01-01', '2033-12-31', 'multilingual:year:ca'),
      ('2034', '2034-01-01', '2034-12-31', 'multilingual:year:ca')]),
    # the Nordic seasons before a year (date_year_cues.txt)
    ('Klyngen planlægger en fælles studietur til Aarhus i foråret 2033, og i efteråret 2034 følger en messe i '
     'Hamborg sammen med universitetet.',
     [('2033', '2033-01-01', '2033-12-31', 'pattern:year'),
      ('2034', '2034-01-01', '2034-12-31', 'pattern:year')]),
    ('Vi ses på messen i Malmö, och våren 2032 ordnar klustret en studieresa till Tammerfors tillsammans med '
     'högskolan och flera företag.',
     [('2032', '2032-01-01', '2032-12-31', 'pattern:year')]),
    ('Klastr připravuje společnou expozici na veletrhu, který se uskuteční v r. 2034 v Brně, a jeho členové se na '
     'přípravě podílejí od samého začátku, protože je to pro ně důležité.',
     [('2034', '2034-01-01', '2034-12-31', 'multilingual:year:cs')]),
    ('Klastri juhatus on otsustanud, et see ühing korraldab 2033. a. sügisel suure konverentsi ja kõik liikmed on '
     'oodatud, kui nad ei ole siis ära ja see on ka neile tasuta.',
     [('2033', '2033-01-01', '2033-12-31', 'multilingual:year:et')]),
    # Italian: "del" before a year only after a season or a part of the year; "I temi del 2032" is a heading's phrase
    ('Il distretto aprirà il nuovo laboratorio nella primavera del 2033, mentre entro la fine del 2035 tutte le '
     'imprese socie saranno collegate alla piattaforma digitale comune.',
     [('2033', '2033-01-01', '2033-12-31', 'multilingual:year:it'), ('2035', '2035-01-01', '2035-12-31', 'multilingual:year:it')]),
    ("I temi del 2032 sono stati scelti dai soci durante l'assemblea, insieme al programma delle visite aziendali e "
     'dei seminari tecnici per le imprese del territorio.',
     []),
    ("Il cluster ha approvato il bilancio nel corso del 2031 e ha avviato un nuovo progetto con l'università per la "
     'formazione dei tecnici delle imprese socie.',
     [('2031', '2031-01-01', '2031-12-31', 'multilingual:year:it')]),
    ('Styrelsen lade fram budgeten för 2033 och årsmötet godkände den, medan medlemsavgiften för företag höjs först '
     'under 2034 efter ett nytt beslut.',
     [('2033', '2033-01-01', '2033-12-31', 'multilingual:year:sv'), ('2034', '2034-01-01', '2034-12-31', 'multilingual:year:sv')]),
    ('Kokous hyväksyi tilinpäätöksen ja vuodelle 2032 laaditun toimintasuunnitelman, ja vuoteen 2035 mennessä '
     'klusteri aikoo kaksinkertaistaa jäsenmääränsä.',
     [('2032', '2032-01-01', '2032-12-31', 'multilingual:year:fi'), ('2035', '2035-01-01', '2035-12-31', 'multilingual:year:fi')]),
])
def test_years_marked_by_the_language(extract, text, expected):
    """A bare year the language marks as a date with a word before it or a word or ending after it."""
    _check(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    ("El pressupost del clúster per al 2035 es va aprovar per unanimitat. Des del 2029 l'entitat publica "
     'cada any un informe de sostenibilitat per als socis.',
     [('2035', '2035-01-01', '2035-12-31', 'multilingual:year:ca'),
      ('2029', '2029-01-01', '2029-12-31', 'multilingual:year:ca')]),
    ('Des del primer dia, el clúster ha treballat amb les empreses del sector; la xarxa es va ampliar el '
     '2031 amb nous socis de la comarca.',
     [('2031', '2031-01-01', '2031-12-31', 'multilingual:year:ca')]),
    ('Klastr připravil akční plán pro 2035 a jeho členové se dohodli na společném postupu při vývozu, '
     'školení zaměstnanců a spolupráci s univerzitami.',
     []),
    ('A klaszter már 2030-ban elkészítette első stratégiáját, és azóta minden évben beszámolót készít a '
     'tagvállalatok számára az eredményekről.',
     [('2030', '2030-01-01', '2030-12-31', 'multilingual:year:hu')]),
])
def test_month_abbreviations_that_are_words(extract, text, expected):
    """'des' (Catalan), 'pro' (Czech), 'már' (Hungarian) before a year are words, not December or March."""
    _check(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    ('Webinar 3 – Tuesday 12 May 2032 covers the new funding rules for cluster organisations and their '
     'member companies.',
     [('12 May 2032', '2032-05-12', '2032-05-12', 'pattern:day')]),
    ('The cluster assembly takes place on Sat 19 – Mon 21 September 2026 in the old town hall of the city.',
     [('19 – Mon 21 September 2026', '2026-09-19', '2026-09-21', 'pattern:day_range')]),
    ('Seminaari 2 – torstai 14. maaliskuuta 2035 käsittelee vetytaloutta ja sen vaikutuksia alueen '
     'teollisuuteen ja yrityksiin.',
     [('14. maaliskuuta 2035', '2035-03-14', '2035-03-14', 'multilingual:day:fi')]),
])
def test_numbered_item_before_a_weekday_and_day(extract, text, expected):
    """A number before a weekday and a day is no range's first day; a weekday before both days is."""
    _check(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    ('Az egyesület elnöksége úgy döntött, hogy az új ügyvezető Március 3-ától vezeti a klasztert, a 2033. évi '
     'beszámolót pedig a közgyűlés május 20-án fogadja el. A rendezvény 2033. június 5-én lesz.',
     [('Március 3-ától', '2033-03-03', '2033-03-03', 'multilingual:yearless_month_day:hu'),
      ('2033', '2033-01-01', '2033-12-31', 'multilingual:year:hu'),
      ('május 20-án', '2033-05-20', '2033-05-20', 'multilingual:yearless_month_day:hu'),
      ('2033. június 5-én', '2033-06-05', '2033-06-05', 'multilingual:year_first_day:hu')]),
    ('A tagvállalatok képviselői szeptember 9-én Szegeden találkoznak, a 2031. évi munkatervet pedig 2031. október '
     '2-án fogadják el.',
     [('szeptember 9-én', '2031-09-09', '2031-09-09', 'multilingual:yearless_month_day:hu'),
      ('2031', '2031-01-01', '2031-12-31', 'multilingual:year:hu'),
      ('2031. október 2-án', '2031-10-02', '2031-10-02', 'multilingual:year_first_day:hu')]),
    ('Klasterio susitikimas vyks gegužės 8 d. Kaune, o paroda 2034 m. birželio 3 d. Vilniuje, kartu su universiteto '
     'mokslininkais ir partneriais.',
     [('gegužės 8 d.', '2034-05-08', '2034-05-08', 'multilingual:yearless_month_day:lt'),
      ('2034 m. birželio 3 d.', '2034-06-03', '2034-06-03', 'multilingual:year_first_day:lt')]),
    ('Klusterraren bilera otsailaren 12an egingo da Gasteizen, eta 2034ko martxoaren 3an batzar nagusia izango da '
     'Bilbon, enpresa guztiekin batera.',
     [('otsailaren 12an', '2034-02-12', '2034-02-12', 'multilingual:yearless_month_day:eu'),
      ('2034ko martxoaren 3an', '2034-03-03', '2034-03-03', 'multilingual:year_first_day:eu')]),
    # at a sentence's start, after another sentence's full stop
    ('A klaszter irodája 2032. március 2-án új helyre költözött a belvárosban. Szeptember 15-től a tagok ügyeit is '
     'ott intézik, hétfőtől péntekig.',
     [('2032. március 2-án', '2032-03-02', '2032-03-02', 'multilingual:year_first_day:hu'), ('Szeptember 15-től', '2032-09-15', '2032-09-15', 'multilingual:yearless_month_day:hu')]),
])
def test_yearless_month_then_day(extract, text, expected):
    """A month then its day closed by the language's ending, without a year, takes the document's year."""
    _check(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    ('As empresas do cluster participaram, entre 4 e 8 de outubro de 2032, numa missão empresarial a Luanda, com '
     'reuniões bilaterais e visitas a fábricas.',
     [('4 e 8 de outubro de 2032', '2032-10-04', '2032-10-08', 'multilingual:day_range:pt')]),
    ('Die Delegation des Netzwerks besuchte zwischen 3. und 7. Mai 2031 mehrere Werften in Danzig und traf dort '
     'Vertreter der Hafenbehörde und der Universität.',
     [('3. und 7. Mai 2031', '2031-05-03', '2031-05-07', 'multilingual:day_range:de')]),
    ('Delegația clusterului a vizitat între 12 și 16 iunie 2034 mai multe fabrici din Bavaria, împreună cu '
     'reprezentanți ai universității și ai camerei de comerț.',
     [('12 și 16 iunie 2034', '2034-06-12', '2034-06-16', 'multilingual:day_range:ro')]),
    ('Delegationen besökte mellan 3 och 7 maj 2033 flera varv i Gdańsk och träffade företrädare för hamnen, '
     'universitetet och flera företag i regionen.',
     [('3 och 7 maj 2033', '2033-05-03', '2033-05-07', 'multilingual:day_range:sv')]),
])
def test_between_and_is_a_range(extract, text, expected):
    """After the language's "between" (date_languages.csv ``between``), two days joined by "and" are a range."""
    _check(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    # Basque writes the year's genitive "-ko" after a vowel and "-eko" after a consonant ("2034ko", "2035eko"):
    # date_languages.csv's year_first takes both, so the year stays with its month and day
    ('Klusterraren batzar nagusia 2035eko ekainaren 3an egingo da Gasteizen, eta bazkide guztiak ere bertan izango '
     'dira.',
     [('2035eko ekainaren 3an', '2035-06-03', '2035-06-03', 'multilingual:year_first_day:eu')]),
    ('Ordezkaritza bat Norvegiara joango da 2037eko urriaren 16tik 18ra, eta han hitzarmen bat ere sinatuko du.',
     [('2037eko urriaren 16tik 18ra', '2037-10-16', '2037-10-18', 'multilingual:year_first_day_range:eu')]),
    ('Proiektuaren azken txostena 2039eko martxoan argitaratuko da, eta emaitzak ere orduan aurkeztuko dira.',
     [('2039eko martxoan', '2039-03-01', '2039-03-31', 'multilingual:year_first_month:eu')]),
])
def test_basque_year_genitive_after_a_consonant(extract, text, expected):
    """A Basque year-first date whose year ends in "-eko" keeps its own year, not the document's."""
    _check(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    # a numbered session, then its weekday and day: the number is the session's, the date one day
    ('Program cyklu spotkań online dla członków klastra jest już dostępny na stronie internetowej.\n\n'
     'Sesja 2 – czwartek, 14 marca 2035: jak obniżyć zużycie energii w zakładzie produkcyjnym i w biurze.',
     [('14 marca 2035', '2035-03-14', '2035-03-14', 'multilingual:day:pl')]),
    ('Seminář 2 – středa 4. února 2037 se bude věnovat vodíku a jeho využití v dopravě a v průmyslu.',
     [('4. února 2037', '2037-02-04', '2037-02-04', 'multilingual:day:cs')]),
    # a list item's number, then a sentence that opens with "until": the number is the item's
    ('So nehmen Sie an der Kooperationsbörse teil:\n1. Registrieren Sie sich auf der Plattform und legen Sie ein '
     'Profil an.\n2. Bis 12. Mai 2036 wählen Sie im Katalog die Partner aus, die Sie treffen möchten.',
     [('12. Mai 2036', '2036-05-12', '2036-05-12', 'multilingual:day:de')]),
    ('Voor deelname aan de matchmaking gaat u als volgt te werk:\n1. Registreer u op het platform en vul het profiel '
     'van uw bedrijf in.\n2. Tot 18 mei 2036 kiest u in de catalogus de partners die u wilt ontmoeten.',
     [('18 mei 2036', '2036-05-18', '2036-05-18', 'multilingual:day:nl')]),
    # still ranges: a weekday before both days (one written in two words too), a range word inside a sentence, a
    # range opening its line
    ('O congresso do cluster realiza-se em Braga de segunda-feira, 3, a quarta-feira, 5 de junho de 2036, e as sessões '
     'da tarde são abertas a todas as empresas associadas.',
     [('3, a quarta-feira, 5 de junho de 2036', '2036-06-03', '2036-06-05', 'multilingual:day_range:pt')]),
    ('Konferencja odbędzie się od 3 do 5 marca 2035 w Białymstoku, a warsztaty we wtorek 3 – czwartek 5 marca 2035 '
     'roku.',
     [('3 do 5 marca 2035', '2035-03-03', '2035-03-05', 'multilingual:day_range:pl'),
      ('3 – czwartek 5 marca 2035', '2035-03-03', '2035-03-05', 'multilingual:day_range:pl')]),
    ('Die Messe findet vom 3. bis 5. Mai 2036 in Leipzig statt, und der Cluster ist mit einem Gemeinschaftsstand '
     'dabei, an dem sich auch die Mitglieder beteiligen.\n3. bis 5. Juni 2036: die nächste Messe in Dresden, bei der '
     'wir auch dabei sind.',
     [('3. bis 5. Mai 2036', '2036-05-03', '2036-05-05', 'multilingual:day_range:de'),
      ('3. bis 5. Juni 2036', '2036-06-03', '2036-06-05', 'multilingual:day_range:de')]),
])
def test_numbered_item_is_no_first_day_in_other_languages(extract, text, expected):
    """A number that numbers a session or a list item is no range's first day in any language: a weekday before the
    last day and none before the first, or a list number whose next word opens a sentence ("2. Bis 12. Mai")."""
    _check(extract(text), expected)
