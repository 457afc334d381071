import json, os, sys
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
DOCS = sorted(os.listdir('/work/wt/blind124/eval/blind124/docs'))
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e='=', c=None, k=None): return {"name": n, "start": s, "end": (s if e == '=' else e), "city": c, "country": k}
def G(stem, pub, people, orgs, events, dates, km=()):
    doc = [d for d in DOCS if d.startswith(stem)][0]
    ds = list(dict.fromkeys(dates))
    json.dump({"doc": doc, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
               "events": events, "dates": ds, "key_messages": list(km)},
              open(f"{OUT}/{os.path.splitext(doc)[0]}.json", 'w'), ensure_ascii=False, indent=1)

FV = "FoodValley Lüneburger Heide e.V."
G('g01', '2037-04-23', [
 P("Hinrich von der Decken", "Chair", FV), P("Sabine Hollenberg", "board member", FV),
 P("Anne-Kathrin Meyer-Lindholm", "Vice-Chair", FV), P("Jan de Vries", "Treasurer", FV),
 P("Ömer Yıldırım", "Board member", FV), P("Birte Schacht", "Board member", FV), P("Marek Nowicki", "Board member", FV),
 P("Henrike Ahlers", "Board member", FV),
 P("Ute Brandhorst", "Ministerialrätin", "Lower Saxony Ministry of Food, Agriculture and Consumer Protection"),
 P("Lena Achterberg", "Cluster Manager", FV), P("Tobias Rüttgers", "Deputy Cluster Manager", FV),
 P("Małgorzata Kühn-Zielińska", "Project Manager – Internationalisation", FV), P("Finn Oltmanns", "Communication & Events", FV),
 P("Jutta Behrens", "Office & Finance", FV),
 P("Karsten Wiebusch", "head of the business development department", "Landkreis Lüneburg")],
 [O(FV), O("Heidjer Kartoffel GmbH & Co. KG"), O("Leuphana University Lüneburg"), O("Ostfalia University of Applied Sciences"),
  O("Molkerei Uelzen eG"), O("Sparkasse Lüneburg"), O("Landvolk Lüneburger Heide"), O("PackLab Winsen GmbH"),
  O("Lower Saxony Ministry of Food, Agriculture and Consumer Protection"), O("Thünen Institute of Market Analysis"),
  O("Enterprise Europe Network"), O("Landkreis Lüneburg"), O("European Cluster Excellence Initiative"), O("Amtsgericht Lüneburg")],
 [E("General Assembly", "2037-03-12", c="Lüneburg", k="Germany"), E("reception", "2037-03-27", c="Lüneburg", k="Germany"),
  E("8th Heide Food Innovation Day", "2037-06-17", c="Lüneburg", k="Germany"),
  E("Heide Food Innovation Day (2035)", "2035", c="Uelzen", k="Germany"), E("Heide Food Innovation Day (2036)", "2036", c="Soltau", k="Germany")],
 ["2037-04-23", "2037-03-12", "2037/2040", "2036", "2029", "2037-04-01", "2037-03", "2035", "2037-03-27", "2037-06-17", "2037-05"])

IB = "InovaBeira – Associação Cluster Agroalimentar da Serra da Estrela"
G('g02', '2038-06-14', [
 P("Maria do Céu Albuquerque Pinto", "Presidente", IB), P("António Manuel Fragoso", "presidente", IB),
 P("José Carlos Baptista", "Presidente", IB), P("Inês Sá Nogueira", "Secretária", IB),
 P("Rui Tavares de Almeida", "Vice-presidente", IB), P("Paulo Gaspar", "Tesoureiro", IB), P("Helena Quaresma", "Vogal", IB),
 P("Nuno Leitão", "Vogal", IB), P("Fernanda Rocha Simões", "Presidente", IB), P("Luís Cardoso", "Vogal", IB),
 P("Ana Rita Monteiro", "Vogal", IB), P("Sofia Marques Vaz", "diretora executiva", IB), P("Catarina Meireles", "jornalista"),
 P("Francisco Lobo Teixeira", "diretor regional de Agricultura e Pescas do Centro"),
 P("Jean-Baptiste Roux", "responsável de projetos", "Cluster Comté")],
 [O(IB), O("Instituto Politécnico da Guarda", "IPG"), O("Queijaria Vale do Mondego, Lda."), O("Câmara Municipal de Seia"),
  O("Associação Comercial da Guarda"), O("Cooperativa Agrícola de Manteigas, CRL"), O("Enchidos Serra Alta, S.A."),
  O("BeiraPack Embalagens, Lda."), O("Simões & Associados, SROC"), O("Mel do Zêzere, Lda."), O("Escola Profissional de Trancoso"),
  O("Universidade da Beira Interior", "UBI"), O("Agência de Desenvolvimento Regional da Beira Interior Norte"), O("Cluster Comté")],
 [E("Assembleia Geral", "2038-06-09", c="Guarda", k="Portugal"),
  E('Seminário "Queijo Serra da Estrela: que futuro para a certificação?"', "2038-06-09", c="Guarda", k="Portugal"),
  E("reunião da Direção", "2038-05-26"), E("assembleia ordinária", "2038-11"),
  E("Salon du Fromage", "2038-10-21", "2038-10-23", "Paris", "France"),
  E("6.ª Feira do Queijo e da Inovação", "2039-02", c="Celorico da Beira", k="Portugal")],
 ["2038-06-14", "2038/2040", "2038-06-09", "2031", "2037", "2039", "2038-11", "2038-05-26", "2038-07", "2038-10-21/2038-10-23", "2039-02", "2035/2041"],
 ["A denominação de origem só protege os produtores se o controlo for feito com regularidade e com meios próprios da fileira",
  "As queijarias mais pequenas precisam de apoio partilhado para cumprir os cadernos de especificações, sobretudo em análises laboratoriais",
  "A exportação para o mercado francês exige uma marca coletiva comum e presença conjunta em feiras",
  "A formação de novos pastores é a condição para manter a produção de leite de ovelha nos próximos dez anos"])

L = "Logistiek Cluster Stedendriehoek"
G('g03', '2039-05-24', [
 P("Femke Ter Horst"), P("Gert-Jan Hilbrink", "clustermanager", L), P("Willemijn van Rossum-Dekker", "Voorzitter", L),
 P("Bas Veldhuis", "Wethouder Economie", "Gemeente Deventer"), P("Yasmina El Idrissi", "clustermanager", L),
 P("Koen Wessels", "lector Logistiek", "Saxion Hogeschool"), P("Hanneke Brouwer", None, "Rijkswaterstaat Oost-Nederland"),
 P("Sander Overmars", None, "Bolk Transport B.V."), P("Ahmet Yılmaz-Kok", None, "Container Terminal Deventer"),
 P("Herman ten Brinke", "Penningmeester", L), P("Ilse Nijhof", "Secretaris", L), P("Johan Scholten", "Lid", L),
 P("Marieke de Graaf-Hulst", "Lid", L), P("Daan Oosterwijk", "Projectleider", L)],
 [O(L, "LCS"), O("Havenbedrijf Deventer"), O("Gemeente Deventer"), O("Oost NL"), O("DHL Supply Chain"), O("Saxion Hogeschool"),
  O("Rijkswaterstaat Oost-Nederland"), O("Bolk Transport B.V."), O("Container Terminal Deventer"), O("provincie Overijssel"),
  O("Rabobank Salland"), O("Gemeente Apeldoorn"), O("Scholten Koeltransport B.V."), O("Universiteit Twente"), O("Port of Twente"),
  O("Zutphense Overslag Maatschappij B.V."), O("Van Dam Expeditie"), O("Wegener Warehousing B.V."), O("Stichting Logistiek Onderwijs Oost")],
 [E("afscheid", "2039-05-20", c="Deventer", k="Netherlands"), E("rondetafel", "2039-05-20", c="Deventer", k="Netherlands"),
  E("ledenvergadering", "2038-09-30"), E("partnerbijeenkomst", "2039-04-11", "2039-04-12", "Duisburg", "Germany"),
  E("werkbezoek", "2039-05-03", c="Deventer", k="Netherlands"),
  E("Kennismakingsbijeenkomst met Yasmina El Idrissi", "2039-06-14", c="Deventer", k="Netherlands"),
  E("Algemene ledenvergadering", "2039-09-30", c="Apeldoorn", k="Netherlands"),
  E("Logistica", "2039-11-09", "2039-11-11", "Utrecht", "Netherlands")],
 ["2039-05", "2039-05-24", "2039-05-20", "2032", "2039-06-01", "2040/2045", "2038-09-30", "2039-04", "2039-04-11/2039-04-12", "2039-05-03",
  "2039-01", "2039-06-14", "2039-09-30", "2039-11-09/2039-11-11"],
 ["Leg de wachttijden bij de sluizen vast in één gedeeld dashboard voor alle vervoerders",
  "Bundel de lading van kleine verladers via één coördinator per bedrijventerrein",
  "Vraag de provincie Overijssel om de kadeverlenging in Zutphen in het investeringsplan 2040–2045 op te nemen"])

M = "Mazowiecki Klaster Chemiczny"
G('g04', '2040-04-02', [
 P("Zbigniew Kamiński-Dołęga", None, "Politechniki Warszawskiej Filii w Płocku"), P("Agnieszka Wróblewska-Nowak", "Prezes Zarządu", M),
 P("Tomasz Żurawski", "Wiceprezes Zarządu", M), P("Ewa Grzybowska", "Członek Zarządu", M), P("Krzysztof Lis", "Członek Zarządu", M),
 P("Olena Kovalenko", "Członek Zarządu", M), P("Marian Ostrowski", "Przewodniczący", M),
 P("Justyna Pawlak-Sęk", None, "Urząd Miasta Płocka"), P("Rafał Domański", None, "Sieć Badawcza Łukasiewicz – Instytut Chemii Przemysłowej"),
 P("Janusz Ciechanowski", "Wiceprezes Zarządu", M), P("Piotr Jaskólski", "Wicemarszałek", "Województwa Mazowieckiego"),
 P("Paulina Szymańska-Ruiz", "koordynatorka klastra", M), P("Michał Zieliński", None, M), P("Karolina Bąk", None, M)],
 [O(M, "MKCh"), O("Politechniki Warszawskiej Filii w Płocku"), O("PolChem Płock S.A."), O("Zakłady Tworzyw Sztucznych „Gostynin” Sp. z o.o."),
  O("Szkoła Wyższa im. Pawła Włodkowica w Płocku"), O("Agencja Rozwoju Regionalnego Mazowsza Północnego Sp. z o.o."),
  O("BioRafineria Sierpc Sp. z o.o."), O("Bank Spółdzielczy w Płocku"), O("Urząd Miasta Płocka"),
  O("Sieć Badawcza Łukasiewicz – Instytut Chemii Przemysłowej"), O("Związku Pracodawców Klastry Polskie"),
  O("Mazowiecka Jednostka Wdrażania Programów Unijnych"), O("Recykling Tworzyw Bielsk Sp. z o.o."), O("H2 Mazowsze S.A."),
  O("Laboratorium Analiz Środowiskowych EKOLAB s.c."), O("Zespół Szkół Technicznych w Płocku"), O("Gmina Stara Biała"),
  O("Fundacja Inżynierów Przyszłości"), O("Województwa Mazowieckiego")],
 [E("Walne Zgromadzenie Członków", "2040-03-28", c="Płock", k="Poland"), E("misji gospodarczej do Antwerpii", "2040-06", k="Belgium"),
  E("posiedzenie nowego Zarządu", "2040-04-17"), E("Forum Chemii Mazowsza – VI edycja", "2040-10-15", "2040-10-16", "Płock", "Poland"),
  E("Forum Chemii Mazowsza (2038)", "2038", c="Płock", k="Poland"), E("Forum Chemii Mazowsza (2039)", "2039", c="Sierpc", k="Poland")],
 ["2040-04-02", "2040/2043", "2040-03-28", "2039", "2037", "2031", "2040/2045", "2040", "2041", "2040-06", "2040-04-17", "2040-10-15/2040-10-16", "2038"],
 ["Zatwierdzono sprawozdanie finansowe za 2039 rok i przeznaczono nadwyżkę na fundusz projektów członkowskich",
  "Przyjęto siedmiu nowych członków, w tym Mazowiecką Jednostkę Wdrażania Programów Unijnych jako członka wspierającego",
  "Przyjęto Strategię Rozwoju Klastra na lata 2040–2045 z trzema priorytetami: gospodarka obiegu zamkniętego tworzyw, wodór i kompetencje kadr",
  "Upoważniono Zarząd do złożenia wniosku o status Krajowego Klastra Kluczowego w naborze 2040"])

A = "Asociația Clusterul Agroalimentar „AgroMoldova” Bacău"
G('g05', '2040-02-15', [
 P("Vasile Chirilă-Munteanu", "președinte", A), P("Cristina Ionescu-Bârsan", "Președinte", A), P("Dan Oprea", "Vicepreședinte", A),
 P("Laura Gheorghiu", "Secretar", A), P("Mihai Stoica", "Membru", A), P("Gabriela Avram-Hudiță", "Membru", A), P("Radu Bejan", "Membru", A),
 P("Ioana Pintilie", "Membru", A), P("Dorin Cozma", "Cenzor", A), P("Andrei Vasiliu", "Manager de cluster", A),
 P("Elena Roșu", "Coordonator proiecte", A), P("Bogdan Tănase", "Responsabil comunicare și membri", A), P("Andreea Lupu", None, "ADR Nord-Est")],
 [O(A), O("Fabrica de Lactate Trotuș S.R.L."), O("Inițiativei Europene pentru Excelența Clusterelor", "ECEI"),
  O("Universitatea „Vasile Alecsandri” din Bacău"), O("Agenția pentru Dezvoltare Regională Nord-Est", "ADR Nord-Est"),
  O("Panificația Bacău S.A."), O("Camera de Comerț și Industrie Bacău"), O("Ferma Bejan & Fiii S.R.L."), O("Consiliul Județean Bacău"),
  O("Enterprise Europe Network"), O("Morăria Racova S.R.L."), O("Stupina Valea Tazlăului"),
  O("Institutul de Cercetare-Dezvoltare pentru Pajiști Brașov"), O("Primăria Municipiului Moinești"),
  O("Clusterul Agroalimentar din Murcia"), O("Clusterul Agro-Food Regional Transilvania")],
 [E("Adunarea Generală a Membrilor", "2040-02-15"), E("Adunarea Generală ordinară", "2039-04-23", c="Bacău", k="Romania"),
  E("Ziua Gustului Moldovenesc, ediția a 5-a", "2039-06-17", "2039-06-18", "Bacău", "Romania"),
  E("Misiune de studiu la Clusterul Agroalimentar din Murcia", "2039-10-09", "2039-10-12", "Murcia", "Spain"),
  E("Atelierul „Ambalaje sustenabile pentru lactate”", "2039-11-17", c="Onești", k="Romania"),
  E("Ziua Gustului Moldovenesc (2035)", "2035", c="Bacău", k="Romania"), E("Ziua Gustului Moldovenesc (2036)", "2036", c="Bacău", k="Romania"),
  E("Ziua Gustului Moldovenesc (2037)", "2037", c="Bacău", k="Romania"), E("Ziua Gustului Moldovenesc (2038)", "2038", c="Roman", k="Romania"),
  E("a 6-a ediție a Zilei Gustului Moldovenesc", "2040")],
 ["2039", "2040-02-15", "2039-04-23", "2039/2042", "2039-09-01", "2033/2039", "2039-09", "2039-12-31", "2039-06-17/2039-06-18",
  "2039-10-09/2039-10-12", "2039-11-17", "2035/2037", "2038", "2039-12", "2040", "2040-05-30"],
 ["Membrii mici participă mai ales atunci când activitatea are un rezultat comercial imediat",
  "Misiunile de studiu trebuie pregătite cu întâlniri B2B stabilite înainte de plecare",
  "Schimbarea conducerii a fost ușurată de o perioadă de suprapunere de două luni între manageri"])

K = "Päijät-Hämeen Kiertotalousklusteri ry"
G('g06', '2041-04-15', [
 P("Henna Salminen-Korpela", "puheenjohtaja", K), P("Markku Väisänen", "puheenjohtaja", K), P("Pekka Lundén", "asianajaja"),
 P("Laura Mäkelä-Ortega", "toiminnanjohtaja", K), P("Jukka-Pekka Lindqvist", "varapuheenjohtaja", K),
 P("Riikka Hämäläinen", "jäsen", K), P("Tuomas Aalto", "jäsen", K), P("Sari Nurmi-Vesterinen", "jäsen", K), P("Eero af Forselles", "jäsen", K),
 P("Aino Karvonen", "jäsen", K), P("Ville Rantanen", "kehittämispäällikkö", K), P("Katarzyna Wilk", "projektipäällikkö", K),
 P("Olli Heikkinen", "viestintäsuunnittelija", K), P("Matti Saarelainen", "ylitarkastaja", "Hämeen ELY-keskus")],
 [O(K, "PHKK"), O("Päijät-Hämeen Jätehuolto Oy"), O("LUT-yliopisto"), O("Lahden kaupunki"), O("Kemppi Circular Oy"),
  O("Salpaus-kuntayhtymä"), O("Päijät-Hämeen liitto"), O("Stora Enso Oyj"), O("Business Finland"), O("Łódźin teknillisen yliopiston"),
  O("Łódźin kiertotalousklusteri"), O("Hämeen ELY-keskus"), O("Tartu Circular Economy Cluster"),
  O("European Cluster Collaboration Platform", "ECCP"), O("Orimattilan Vesi Oy"), O("Hollolan kunta"), O("Lahden ammattikorkeakoulu")],
 [E("vuosikokous", "2041-04-09", c="Lahti", k="Finland"), E("vierailu", "2041-01", c="Lahti", k="Finland"), E("webinaari", "2041-03-19"),
  E("hallituksen ja tiimin strategiatyöpaja", "2041-05-06", c="Lahti", k="Finland"),
  E("Kiertotalouspäivät 2041", "2041-08-21", "2041-08-22", "Lahti", "Finland"), E("opintomatka", "2041-09", c="Gdańsk", k="Poland"),
  E("hallituksen kokous", "2041-05-06")],
 ["2041-04-15", "2041-04-09", "2035", "2040", "2041", "2041/2042", "2038", "2041-02-03", "2041-01", "2041-03", "2041-03-19", "2041-05-06",
  "2041-08-21/2041-08-22", "2035/2040", "2041-09"],
 ["Vuoden 2040 toimintakertomus ja tilinpäätös hyväksyttiin ja hallitukselle myönnettiin vastuuvapaus",
  "Toimintasuunnitelma ja talousarvio vuodelle 2041 vahvistettiin; jäsenmaksut pidettiin ennallaan",
  "Hallituksen jäsenmäärä nostettiin kuudesta seitsemään, jotta oppilaitokset saavat oman paikan",
  "Klusteri hakee jäseneksi eurooppalaiseen kiertotalousklusterien verkostoon vuoden 2041 aikana"])

T = "Turčiansky strojársky klaster"
ZU = "Žilinská univerzita v Žiline"
G('g07', '2036-03-24', [
 P("Zuzana Hrnčiarová", "projektová manažérka", T), P("Peter Gálik", "vedúci odboru regionálneho rozvoja", "Žilinského samosprávneho kraja"),
 P("Lucia Strnádelová", None, "Slovenská inovačná a energetická agentúra"), P("Jörg Oberreiter", "manažér klastra", "Mechatronik-Cluster Oberösterreich"),
 P("Milan Ďurčo", "predseda predstavenstva", T), P("Rastislav Kubica", "predsedajúci", ZU), P("Oľga Pekárová"), P("Tibor Szabó"),
 P("Katarína Mikulová-Jesenská", "Výkonná riaditeľka", T), P("Ján Kollár", "Predseda dozornej rady", T),
 P("Veronika Šimková-Baran", "predsedníčka predstavenstva", T), P("Marek Holý", "podpredseda", T),
 P("Andrea Vavrová", None, "Mesto Martin"), P("Štefan Hudák", None, ZU), P("Adam Kováč", None, "Stredná odborná škola strojnícka Martin")],
 [O(T, "TSK"), O(ZU), O("Žilinského samosprávneho kraja"), O("Slovenská inovačná a energetická agentúra", "SIEA"),
  O("Mechatronik-Cluster Oberösterreich"), O("Matador Automotive Martin, a. s."), O("ZŤS Martin – Strojárne, s. r. o."), O("Mesto Martin"),
  O("Stredná odborná škola strojnícka Martin"), O("HydroTurz s. r. o."), O("CNC Servis Vrútky, s. r. o."), O("Obec Sučany")],
 [E("valné zhromaždenie", "2036-03-20", c="Martin", k="Slovakia"), E("Turčiansky deň inovácií, 7. ročník", "2035-11-12", c="Martin", k="Slovakia"),
  E("konferencia Priemysel 5.0 v regióne", "2035-09-18", c="Martin", k="Slovakia"), E("Medzinárodný strojársky veľtrh", "2035-05", c="Nitra", k="Slovakia"),
  E("Študijná cesta do Horného Rakúska", "2036-06-10", "2036-06-12", "Linz, Steyr", "Austria"),
  E("zasadnutie predstavenstva", "2036-04-02", c="Martin", k="Slovakia")],
 ["2036-03-20", "2035", "2036/2039", "2035-11-12", "2035-09-18", "2035-05", "2029", "2036-06-10/2036-06-12", "2036-04", "2036-04-30", "2036-04-02", "2036-03-24"],
 ["Schvaľuje správu o činnosti a správu o hospodárení za rok 2035",
  "Volí Ing. Veroniku Šimkovú-Baran za predsedníčku predstavenstva na obdobie 2036–2039",
  "Prijíma za členov HydroTurz s. r. o., CNC Servis Vrútky, s. r. o., a Obec Sučany",
  "Ukladá predstavenstvu pripraviť do 30. apríla 2036 žiadosť o podporu zo Žilinského samosprávneho kraja"])

KMD = "Сдружение „Клъстер Мебели и дърво – Шумен“"
SU = "Шуменския университет „Епископ Константин Преславски“"
G('g08', '2038-09-30', [
 P("Даниела Тодорова-Хаджиева", "областен управител"), P("Стоян Методиев", "председател на Управителния съвет", KMD),
 P("Елена Пападопулу", "ръководител на клъстерния отдел", "Агенцията за развитие на Централна Македония"),
 P("Илиян Марков", "преподавател по регионална икономика", SU), P("Мирела Динеску", "изпълнителен директор", "Transilvania Furniture"),
 P("Никола Ван дер Берг-Петров", "клъстерен мениджър", KMD), P("Радка Желева", "директор", "Регионалния иновационен център в Търговище"),
 P("Хорхе Мартинес Лопес", "съветник по клъстерна политика", "Министерството на иновациите и растежа"),
 P("Ана-Мария Попеску-Вълчева", "мениджър", "Клъстера за дървообработване от Констанца"),
 P("Весела Колева", "координатор проекти", KMD), P("Галин Димов", "комуникации", KMD)],
 [O(KMD, "КМД"), O("Областна администрация Шумен"), O(SU), O("Българската асоциация на клъстерите", "БАК"),
  O("Агенцията за развитие на Централна Македония"), O("„Дъбрава“ АД"), O("Регионалната агенция за развитие и бизнес център – Шумен"),
  O("„Методиев Мебел“ ЕООД"), O("Европейската платформа за сътрудничество между клъстерите", "ECCP"), O("Transilvania Furniture"),
  O("Регионалния иновационен център в Търговище"), O("Министерството на иновациите и растежа"), O("HABIC"),
  O("Клъстера за дървообработване от Констанца"), O("Румънската асоциация на клъстерите", "CLUSTERO")],
 [E("Клъстерен форум „Североизток“ 2038", "2038-10-14", "2038-10-15", "Шумен", "Bulgaria"),
  E("Клъстерен форум „Североизток“ (2036)", "2036", c="Варна", k="Bulgaria"), E("Клъстерен форум „Североизток“ (2037)", "2037", c="Търговище", k="Bulgaria"),
  E("Посещение на мебелна фабрика „Дъбрава“ АД", "2038-10-14", c="Нови пазар", k="Bulgaria"),
  E("Вечеря на форума", "2038-10-14", c="Шумен", k="Bulgaria"),
  E("Връчване на наградата „Клъстерен мениджър на годината – Североизток“", "2038-10-15", c="Шумен", k="Bulgaria"),
  E("Общото събрание на клъстера", "2038-03-19"), E("Европейската клъстерна конференция", "2036", c="Брюксел", k="Belgium")],
 ["2038-10-14/2038-10-15", "2038-09-30", "2036", "2037", "2038-10-14", "2038-10-15", "2034", "2038-03-19", "2038-06-01", "2038-10-07"])

AM = "Asturias Metal & Energy Cluster"
G('g09', '2042-01-27', [
 P("Marta Rodríguez Valdés", "Cluster Manager", AM), P("Íñigo Álvarez-Quirós", "Cluster Manager", AM),
 P("Covadonga Fernández-Llaneza", "President", AM), P("Pelayo Suárez Menéndez", "Deputy Manager", AM),
 P("Beatriz Cienfuegos", "Membership Officer", AM), P("Ronan Le Goff", None, "Bretagne Pôle Naval")],
 [O(AM, "AMEC"), O("Instituto de Desarrollo Económico del Principado de Asturias", "IDEPA"), O("ArcelorMittal"), O("University of Oviedo"),
  O("Talleres Nalón, S.L."), O("European Commission"), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs", "DG GROW"),
  O("Fundación Banco de Alimentos de Asturias"), O("Bretagne Pôle Naval")],
 [E("board meeting", "2042-01-14"), E("board meeting", "2042-02-26", c="Gijón", k="Spain"),
  E("European Cluster Conference", "2042-05", c="Lisbon", k="Portugal"), E("farewell coffee", "2042-01-31", c="Gijón", k="Spain"),
  E("Annual Cluster Day", "2041-11-27", c="Avilés", k="Spain"), E("General Assembly", "2042-06-12", c="Oviedo", k="Spain")],
 ["2042-01-27", "2042-02-03", "2037", "2042-01-14", "2042-03", "2042-02-26", "2042-05", "2039", "2042-01-31", "2041-11-27", "2042-01-22", "2042-06-12"])

EC = "European Cluster Collaboration Platform"
G('g10', None, [
 P("Agnès Moreau-Lindqvist", "Policy Officer", "Industrial Forum, Alliances, Clusters"),
 P("Pieter-Jan Verhoeven", "Team Leader Data and Analysis", EC), P("Siobhán Ní Bhriain", "CEO", "MedTech Cluster Galway-Mayo"),
 P("Giedrė Kazlauskaitė-Noreikienė", "Cluster Manager", "Lithuanian Laser and Photonics Cluster"),
 P("Heinz-Dieter Obermüller", "Chair of the Board", "Automotive Cluster Upper Austria"), P("Chiara Dell'Acqua", "Trainer", "Cluster Booster Academy")],
 [O(EC, "ECCP"), O("European Commission"), O("DG GROW"), O("Industrial Forum, Alliances, Clusters"), O("Vinnova"), O("Utrecht University"),
  O("MedTech Cluster Galway-Mayo"), O("Lithuanian Laser and Photonics Cluster", "LITLASER"), O("European Clusters Alliance", "ECA"),
  O("Automotive Cluster Upper Austria"), O("Obermüller Präzisionstechnik GmbH"), O("Cluster Booster Academy"), O("Lombardy Green Chemistry Association")],
 [E('EU Clusters Talk: "Who runs the cluster? Boards, managers and the next generation"', "2040-06-04"),
  E("European Cluster Conference", None, None, "Ljubljana", "Slovenia"), E("general assembly", "2040-05-07", c="Linz", k="Austria"),
  E('EU Clusters Talk: "Clusters and skills for the hydrogen economy"', "2040-05-07"),
  E('EU Clusters Talk: "Cluster internationalisation beyond Europe"', "2040-04-23"),
  E('EU Clusters Talk on "Clusters in the defence supply chain"', "2040-06-18")],
 ["2040-06-04", "2034", "2039-09", "2036", "2040-05-07", "2040-04-23", "2040-06-18", "2040-06-14"],
 ["Leadership changes should be planned at least a year ahead, with an overlap between the outgoing and the incoming cluster manager",
  "Boards work better when they include SMEs and research members, not only the largest companies",
  "Cluster management needs a recognised career path, with training and exchanges between clusters",
  "Regions should fund cluster management teams for longer than one project period"])

TA = "Tipperary Agri-Tech Cluster CLG"
G('g11', '2037-04-23', [
 P("Aoife Hennessy", "Chairperson", TA), P("Tadhg O'Donoghue-Ryan", "director", TA), P("Niamh Cusack", "Company Secretary", TA),
 P("Declan Maher", "Vice-Chairperson", TA), P("Grzegorz Wiśniewski", "director", TA), P("Séamus Ó Cinnéide", "director", TA),
 P("Róisín Fitzgerald-Kowalczyk", "Cluster Manager", TA), P("Kevin Brennan", "Innovation Advisor", TA),
 P("Laura McGrath", "Events and Communications", TA)],
 [O(TA, "TATC"), O("Clonmel Dairy Engineering Ltd"), O("Suir Valley Robotics DAC"), O("Technological University of the Shannon", "TUS"),
  O("Tipperary County Council"), O("Local Enterprise Office"), O("Teagasc"), O("Nenagh Feed Systems Ltd"), O("Galtee Precision Farming Ltd"),
  O("AgriSense Analytics Ltd"), O("Knockmealdown Milking Solutions"), O("Carrick Timber Structures Ltd"),
  O("O'Dwyer & Sons Agricultural Contractors"), O("FarmLedger Software DAC"), O("Slievenamon Drone Services Ltd"), O("University of Limerick"),
  O("School of Engineering"), O("Tipperary Education and Training Board", "Tipperary ETB"), O("Gurteen Agricultural College"),
  O("Enterprise Ireland"), O("Irish Farmers' Association", "IFA"), O("Bank of Ireland"), O("Dromana Biogas Ltd"), O("Lough Derg Aquaponics"),
  O("PastureBase Ireland"), O("Déise Sensor Labs Ltd"), O("Western Development Commission")],
 [E("Annual General Meeting", "2037-03-12", c="Clonmel", k="Ireland"), E("quarterly meeting", "2037-06-19", c="Thurles", k="Ireland"),
  E("Tipperary Agri-Tech Open Day", "2037-09-09", c="Ballingarry", k="Ireland"),
  E("Tipperary Agri-Tech Open Day (2034)", "2034", k="Ireland"), E("Tipperary Agri-Tech Open Day (2035)", "2035", c="Thurles", k="Ireland"),
  E("Tipperary Agri-Tech Open Day (2036)", "2036", c="Nenagh", k="Ireland")],
 ["2037-04-23", "2031", "2037", "2037-03-12", "2037/2039", "2032", "2036", "2037-06-19", "2037-06-05", "2037-09-09", "2034", "2035"],
 ["Members value introductions to buyers and research partners more than general networking events",
  "Small firms need a lower fee band and a named contact person in the cluster team",
  "Research members should commit to at least one joint project proposal per year"])

D = "Digipolis Technology Park Oy"
G('g12', '2041-09-30', [
 P("Tiina Kallioniemi", "Project Coordinator", D), P("Juha-Matti Ylitalo", "Regional Development Director", "Regional Council of Lapland"),
 P("Maja Lindgren Åhman", "Senior Policy Adviser", "Norrbotten Region"), P("Anders van der Linden", None, "Luleå University of Technology"),
 P("Rui Barbosa de Sousa", None, "Comunidade Intermunicipal do Alto Minho"), P("Mariana Fonseca", None, "Cluster Industrial de Viana do Castelo – Associação"),
 P("Matej Vrečko", "Head of Business Support", "Regional Development Agency Koroška"),
 P("Tereza Dvořáková-Nováčková", None, "Jihomoravské inovační centrum"), P("Fiona MacLeod", None, "Highlands and Islands Enterprise"),
 P("Antti Rautio", "Financial Manager", D), P("Sofia Nieminen-Garcia", "Communication Officer", D),
 P("Harri Mäenpää", "CEO", "Kemi-Tornio Industrial Cluster ry"), P("Tuomo Ikonen", "Mayor of Kemi"),
 P("Katja Huttunen-Blom", "project officer", "Interreg Europe Joint Secretariat")],
 [O(D), O("Regional Council of Lapland"), O("Norrbotten Region"), O("Luleå University of Technology"),
  O("Comunidade Intermunicipal do Alto Minho", "CIM Alto Minho"), O("Cluster Industrial de Viana do Castelo – Associação"),
  O("Regional Development Agency Koroška"), O("Jihomoravské inovační centrum", "JIC"), O("Highlands and Islands Enterprise"),
  O("Finnish Ministry of Economic Affairs and Employment"), O("Business Finland"), O("European Clusters Alliance"),
  O("Kemi-Tornio Industrial Cluster ry"), O("Interreg Europe Joint Secretariat"), O("Outokumpu")],
 [E("Interreg Europe partner search forum", "2040-11-05", c="Brussels", k="Belgium"),
  E("Kick-off meeting", "2041-09-17", "2041-09-19", "Kemi, Tornio", "Finland"), E("welcome dinner", "2041-09-17", c="Kemi", k="Finland"),
  E("partner meeting", "2041-09-18", c="Kemi", k="Finland"), E("steering group meeting", "2041-09-18", c="Kemi", k="Finland"),
  E("site visit", "2041-09-19", c="Tornio", k="Finland"), E('stakeholder seminar "Skills for Arctic industry"', "2041-09-19", c="Tornio", k="Finland"),
  E("Study visit and partner meeting", "2042-03-10", "2042-03-11", "Viana do Castelo", "Portugal"),
  E("Partner meeting", "2042-10", c="Ravne na Koroškem", k="Slovenia"), E("Partner meeting", "2043", c="Brno", k="Czech Republic")],
 ["2041-09-01/2045-08-31", "2040-11-05", "2041-08", "2041-09-17/2041-09-19", "2041-09-17", "2041-09-18", "2041-09-19", "2041-12-15", "2042-03",
  "2042-03-10/2042-03-11", "2042-10", "2043", "2041-09-30"],
 ["The steering group elected Juha-Matti Ylitalo (Regional Council of Lapland) as its chair for the first two years",
  "Each region will appoint a stakeholder group of at least eight members by 15 December 2041",
  "The first interregional study visit will take place in Viana do Castelo in March 2042",
  "Partners agreed to a shared online library of good practices on cluster skills academies"])

GL = "Greater Lincolnshire Food & Farming Cluster CIC"
G('g13', None, [
 P("Harpreet Kaur-Whitfield", "Cluster Director", GL), P("Tomasz Brzęczyszczykiewicz", "Head of Innovation", GL),
 P("Joanne O'Rourke-Bell", "Skills and Careers Lead", GL), P("Callum Dempsey", "Membership and Events Officer", GL),
 P("Fenella Ashworth-Grey", "Export Adviser", GL), P("Robert Lindley-Hart", "Chair", GL), P("Priya Ramaswamy", "Vice-Chair", GL),
 P("Mark Wetherall", "Treasurer", GL), P("Elena Marchetti", "Director", GL), P("Hannah Jo Pickering", "Director", GL),
 P("David Oakes", "Director", GL), P("Margaret Holloway-Twigg", "High Sheriff of Lincolnshire"), P("Graham Tuplin", "Membership Manager", GL)],
 [O(GL, "GLFFC"), O("University of Lincoln"), O("Food Robotics Network"), O("Lincoln Institute for Agri-food Technology", "LIAT"),
  O("Boston College"), O("Grimsby Institute"), O("Department for Business and Trade"), O("Fenland Fresh Produce plc"), O("Bakkavor Spalding"),
  O("Duncan & Toplis"), O("National Farmers' Union East Midlands"), O("Lincolnshire County Council"), O("Lincolnshire Food Partnership"),
  O("South Holland Growers' Network")],
 [E("board meeting", "2035-06-12"), E("garden party", "2035-07-03", c="Lincoln", k="United Kingdom"),
  E("Lincolnshire Show", "2035-06-20", "2035-06-21", None, "United Kingdom"),
  E('Breakfast briefing "Labour and automation in field vegetables"', "2035-09-10", c="Holbeach", k="United Kingdom"),
  E("Greater Lincolnshire Food Innovation Conference 2035 (7th edition)", "2035-09-24", c="Lincoln", k="United Kingdom"),
  E("Greater Lincolnshire Food Innovation Conference (2033)", "2033", c="Grantham", k="United Kingdom"),
  E("Greater Lincolnshire Food Innovation Conference (2034)", "2034", c="Boston", k="United Kingdom")],
 ["2035-06-12", "2031", "2035-07-03", "2035-06", "2035-06-20/2035-06-21", "2035-09-10", "2035-09-24", "2033", "2034", "2035"],
 ["More help with recruitment and automation, especially for seasonal work", "Shorter, practical events close to where members work",
  "One named contact for every member company"])

EM = "European Mountain Clusters Network AISBL"
G('g14', '2036-11-12', [
 P("Paola Zanetti-Bernard", "President", EM), P("Josef Kranebitter", "Honorary President", EM),
 P("Javier Lanaspa Ordás", "Vice-President", "Government of Aragon"), P("Anne-Laure Dufresne-Ruiz", "Vice-President", EM),
 P("Gašper Kranjc", "Treasurer", EM), P("Ionuț Bălănescu", "Secretary-General", EM), P("Jordi Puigdomènech i Serra", "Member", EM),
 P("Katarzyna Gąsienica-Byrcyn", "Member", EM), P("Maarten De Clercq", "Executive Director", EM),
 P("Kristiina Alanko", None, "Directorate-General for Agriculture and Rural Development")],
 [O(EM, "EMCN"), O("Habitech Montagna"), O("Standortagentur Tirol"), O("Aragón Montaña Alimentaria"), O("Provincial Council of Huesca"),
  O("Government of Aragon"), O("Cluster Montagne"), O("Alpine Wood Cluster Slovenia"), O("Carpathian Tourism Cluster"),
  O("Pyrenees Outdoor Cluster"), O("Klaster Podhalański"), O("Cluster Agroalimentario del Pirineo"), O("Tatra Innovation Cluster"),
  O("Rhodope Food Cluster"), O("European Commission"), O("Directorate-General for Agriculture and Rural Development"), O("Pirenaica de Quesos")],
 [E("2036 General Assembly", "2036-11-05", c="Huesca", k="Spain"), E("optional excursion", "2036-11-06", k="Spain"),
  E("2037 General Assembly", "2037-05-19", c="Zakopane", k="Poland"), E("General Assembly (2034)", "2034", c="Chambéry", k="France"),
  E("General Assembly (2035)", "2035", c="Kranj", k="Slovenia"), E("informal meeting", "2028", c="Innsbruck", k="Austria")],
 ["2036-11-12", "2036-11-05", "2036/2039", "2029", "2028", "2037", "2036-11-04", "2036-11-06", "2037-05-19", "2034", "2035"],
 ["Mountain clusters should be recognised as a specific target group in the next generation of smart specialisation strategies",
  "The network will collect evidence on the cost of doing business in mountain areas and publish it in 2037",
  "Member clusters will share training offers for young entrepreneurs across borders"])

LX = "Luxinnovation GIE"
LW = "Luxembourg Wood Cluster"
G('g15', None, [
 P("Lex Delles-Majerus", "Minister of the Economy", "Luxembourg Ministry of the Economy"), P("Sandrine Haag", "CEO", LX),
 P("Christian Ketterer-Bonnet", "Director", "Institute for Cluster Governance"), P("Nathalie Wagner", "journalist", "Luxemburger Wort"),
 P("Ralf Steinmetz-Kohl", "Chair of the Board", "automotive.saarland"), P("Sophie Lemaire", "Vice-President", "Materalia"),
 P("Luc Vanderhaegen", "President", "MecaTech"), P("Joëlle Thill", "board member", "Luxembourg HealthTech Cluster"),
 P("Marc Duchêne", None, "Wallonie Entreprendre"), P("Anna Schmitz-Lopes", None, "European Cluster Collaboration Platform"),
 P("Bernadette Kieffer", "Cluster Manager", LW), P("Youssef Benali", "Cluster Manager", LW),
 P("Hans-Peter Lauer", "former managing director", "saaris"), P("Carole Reuter-Dias", "Head of Clusters", LX),
 P("Sven Hoffmann-Reding", "Event Manager", LX)],
 [O(LX), O("Luxembourg Ministry of the Economy"), O("saarland.innovation&standort e.V.", "saaris"), O("Grand E-nov+"), O("Wallonie Entreprendre"),
  O("Greater Region Summit"), O("Luxemburger Wort"), O("Institute for Cluster Governance"), O("University of Strasbourg"), O("automotive.saarland"),
  O("Materalia"), O("MecaTech"), O("Luxembourg HealthTech Cluster"), O("European Cluster Collaboration Platform", "ECCP"),
  O("Luxembourg Institute of Science and Technology", "LIST"), O(LW), O("University of Luxembourg"), O("European Clusters Alliance"),
  O("Forest and Wood Cluster of Grand Est")],
 [E("Greater Region Cluster Summit 2039", "2039-09-28", "2039-09-29", "Esch-sur-Alzette", "Luxembourg"),
  E("Welcome reception", "2039-09-27", c="Esch-sur-Alzette", k="Luxembourg"), E("Parallel workshops", "2039-09-28", c="Esch-sur-Alzette", k="Luxembourg"),
  E("Site visit", "2039-09-28", c="Esch-sur-Alzette", k="Luxembourg"), E("Summit dinner", "2039-09-28", c="Esch-sur-Alzette", k="Luxembourg"),
  E("Cross-border B2B meetings", "2039-09-29", c="Esch-sur-Alzette", k="Luxembourg"),
  E("general assembly", "2039-03-15", c="Saarbrücken", k="Germany"),
  E("Greater Region Cluster Summit (2037)", "2037", c="Saarbrücken", k="Germany"), E("Greater Region Cluster Summit (2038)", "2038", c="Metz", k="France")],
 ["2039-09-28/2039-09-29", "2039-09-15", "2039-09-27", "2039-09-28", "2039-09-29", "2036", "2038", "2039-03-15", "2027", "2039-10-01", "2037", "2039-09-20"])

SR = "Sardegna Ricerche"
CED = "Cluster and Enterprise Department"
G('g16', '2034-10-20', [
 P("Giovanna Mura-Dessì", "Head", CED), P("Efisio Porcu", "head", CED), P("Antonello Piras", "President", SR),
 P("Salvatore Ledda", "Vice-Director", "Cluster Agroalimentare della Sardegna"), P("Valentina Cossu", None, SR)],
 [O(SR), O(CED), O("Autonomous Region of Sardinia"), O("Cluster Agroalimentare della Sardegna", "CAS"), O("University of Sassari"),
  O("Department of Agricultural Sciences"), O("Rete dei Cluster Tecnologici Nazionali"), O("Rete Sarda dei Cluster"), O("European Commission")],
 [E("meeting", "2034-10-18", c="Cagliari", k="Italy"), E("Sardinian Cluster Day", "2034-11-24", c="Pula", k="Italy"),
  E("last meeting of the year", "2034-12-01", c="Oristano", k="Italy"), E("General Assembly", "2034-11-03", c="Arborea", k="Italy")],
 ["2034-10-20", "2034-10-18", "2034-12-01", "2029", "2023", "2034-11", "2034-11-24", "2035", "2034-11-03"],
 ["Fund cluster management teams for at least five years at a time, not project by project",
  "Merge the smallest clusters or let them share a common secretariat",
  "Require every cluster board to include at least one representative of small firms and one of research",
  "Link the clusters to the thematic smart specialisation partnerships of the European Commission",
  "Measure the clusters by the joint projects of their members, not by the number of events"])
