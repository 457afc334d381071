"""Third annotation of blind157, by hand from the documents' text (written before reading gold).
Writes make/third/<stem>.json and asserts every stated weekday against the calendar."""
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
WD = {}
def wd(day, name):
    d = datetime.date.fromisoformat(day)
    assert d.strftime('%A') == name, (day, name, d.strftime('%A'))
    WD[day] = name
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e, "city": c, "country": k}
def doc(f, pub, people, orgs, events, dates, km):
    if pub and pub not in dates: dates = [pub] + dates
    assert len(dates) == len(set(dates)), f
    json.dump({"doc": f, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
               "events": events, "dates": dates, "key_messages": km},
              open(os.path.join(HERE, os.path.splitext(f)[0] + '.json'), 'w'), ensure_ascii=False, indent=1)

# g01
for d in ['2038-03-10','2038-04-22','2038-05-06']: wd(d, {'2038-03-10':'Wednesday'}.get(d,'Thursday'))
wd('2038-03-11','Thursday')
DP = "Distretto della Pesca e della Blue Economy Sicilia"
doc("g01_eccp_news_trapani.html", None,
 [P("Giuseppina Lo Bue","cluster manager",DP), P("Rafael Henríquez Sosa","project officer","Clúster Marítimo de Canarias"),
  P("Nikos Papathanasiou",None,"Hellenic Aquaculture Innovation Cluster"), P("Anna-Lena Voigt","Head of Unit","EISMEA")],
 [O("European Cluster Collaboration Platform","ECCP"), O(DP), O("Clúster Marítimo de Canarias"), O("Pôle Mer Méditerranée"),
  O("Malta Marine Technology Cluster"), O("Hellenic Aquaculture Innovation Cluster"), O("Croatian Blue Growth Cluster"),
  O("Port System Authority of the Western Sicilian Sea"), O("European Secretariat for Cluster Analysis","ESCA"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("European Union")],
 [E("BLUE-TRAP partner meeting","2038-03-10","2038-03-11","Trapani","Italy"),
  E("steering committee","2038-03-10","2038-03-10","Trapani","Italy"),
  E("visit to the salt works","2038-03-11","2038-03-11",None,"Italy"),
  E("visit to a fish canning plant","2038-03-11","2038-03-11","Trapani","Italy"),
  E("meeting with the Port System Authority of the Western Sicilian Sea","2038-03-11","2038-03-11","Trapani","Italy"),
  E("Info webinar on the BLUE-TRAP open call","2038-04-22","2038-04-22"),
  E("Cluster Excellence Days","2038-05-06","2038-05-06","Brussels","Belgium"),
  E("label ceremony","2038-05-06","2038-05-06","Brussels","Belgium"),
  E("Euroclusters Community Day","2038-05-06","2038-05-06","Brussels","Belgium")],
 ["2038-03-15","2038-03-10/2038-03-11","2038-04","2038-04-02","2038-04-22","2038-06-30","2038-04-28","2038-05-06","2038-05-05","2038-04-30"],
 ["Open call 2 will open in April 2038 with a budget of EUR 1.9 million",
  "At least 30 per cent of the vouchers will go to companies from islands and outermost regions",
  "The partners will run a common training path for young skippers and processing technicians"])

# g02
wd('2036-02-25','Monday'); wd('2036-02-26','Tuesday'); wd('2036-10-09','Thursday')
CH = "Cluster Holz und Forst Oberpfalz e.V."
doc("g02_holzbau_weiden_auftakt.md", "2036-02-27",
 [P("Theresa Haberkorn","Geschäftsführerin",CH), P("Markus Reindl","Oberbürgermeister",None),
  P("Johannes Kellermann",None,None),
  P("Jana Vondrášková","Direktorin","Střední odborná škola stavební Písek"),
  P("Pavel SEDLÁČEK","Leiter der Wirtschaftsabteilung","Stadt Strakonice"),
  P("Stefan Gmeiner","Berater für Innovation und Technologie","Handwerkskammer Niederbayern-Oberpfalz"),
  P("Katharina Aumüller","Regierungsrätin","Bayerischen Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  P("Lukas Wendl","Öffentlichkeitsarbeit",CH)],
 [O(CH), O("Ostbayerische Technische Hochschule Amberg-Weiden","OTH"), O("Handwerkskammer Niederbayern-Oberpfalz"),
  O("Landkreis Schwandorf"), O("Jihočeská hospodářská komora"), O("Střední odborná škola stavební Písek"),
  O("Město Strakonice"), O("Zimmerei Brunner Holzbau GmbH"),
  O("Bayerischen Staatsministerium für Wirtschaft, Landesentwicklung und Energie")],
 [E("Auftakttreffen","2036-02-25","2036-02-26","Weiden, Schwandorf","Germany"),
  E("Sitzung des Lenkungsausschusses","2036-02-25","2036-02-25","Weiden","Germany"),
  E("Führung durch das Holzbaulabor der OTH","2036-02-25","2036-02-25","Weiden","Germany"),
  E("Gemeinsames Abendessen","2036-02-25","2036-02-25","Weiden","Germany"),
  E("Betriebsbesichtigung bei der Zimmerei Brunner Holzbau GmbH","2036-02-26","2036-02-26","Schwandorf","Germany"),
  E("Workshop „Fachkräfte für den Holzbau“","2036-02-26","2036-02-26","Schwandorf","Germany"),
  E("zweites Partnertreffen","2036-06-17","2036-06-17","Strakonice","Czechia"),
  E("Bayerisch-Tschechischer Holzbautag","2036-10-09","2036-10-09","Písek","Czechia"),
  E("1. Holzbautag","2033-05-14","2033-05-14","Amberg","Germany"),
  E("2. Holzbautag","2034-05-20","2034-05-20","Weiden","Germany"),
  E("3. Holzbautag","2035-10-08","2035-10-09","Cham","Germany")],
 ["2036-02-25/2036-02-26","2021/2027","2036-02-25","2036-02-26","2031","2036","2036/2037","2037","2036-06-17","2036-10-09",
  "2033-05-14","2034-05-20","2035-10-08/2035-10-09"],
 ["Bis Herbst 2036 entsteht eine zweisprachige Übersicht aller Holzbaubetriebe im Fördergebiet",
  "Auszubildende aus Písek und Weiden absolvieren ab dem Schuljahr 2036/37 gemeinsame Praxiswochen",
  "Ein grenzüberschreitender Holzbaupreis wird erstmals 2037 vergeben",
  "Die Projektkommunikation läuft auf Deutsch und Tschechisch, nicht auf Englisch"])

# g03
wd('2039-11-16','Wednesday'); wd('2039-11-17','Thursday'); wd('2039-11-18','Friday'); wd('2040-03-22','Thursday')
IP = "Institut provincial d'enseignement agronomique de La Reid"
doc("g03_agriskills_libramont_reunion.html", "2039-11-24",
 [P("Chloé Mathieu"), P("Véronique LAMBERT","directrice",IP), P("Florian Weißenböck",None,"HBLFA Francisco Josephinum"),
  P("Jean-Pierre Collignon","député provincial en charge de l'enseignement","Province de Luxembourg"),
  P("Ioana Mureșan","chargée de projets","Clusterul Agro-Transilvania")],
 [O("Province de Luxembourg"), O(IP), O("Pôle de compétitivité Wagralim"),
  O("Chambre de commerce et d'industrie du Luxembourg belge","CCILB"), O("Lycée agricole de Charleville-Mézières"),
  O("Lycée Technique Agricole"), O("HBLFA Francisco Josephinum"),
  O("Universitatea de Științe Agricole și Medicină Veterinară Cluj-Napoca"), O("Clusterul Agro-Transilvania"),
  O("Fédération wallonne de l'agriculture"), O("Ardenne Bovins"), O("Les Sept Collines"), O("Union européenne")],
 [E("troisième réunion transnationale","2039-11-16","2039-11-18","Libramont-Chevigny, Bastogne","Belgium"),
  E("comité de pilotage","2039-11-16","2039-11-16","Libramont-Chevigny","Belgium"),
  E("dîner de bienvenue","2039-11-16","2039-11-16","Bertrix","Belgium"),
  E("atelier « Compétences numériques pour les jeunes agriculteurs »","2039-11-17","2039-11-17","Libramont","Belgium"),
  E("visite de la halle aux viandes de Libramont","2039-11-17","2039-11-17","Libramont","Belgium"),
  E("Visite d'étude à Bastogne","2039-11-18","2039-11-18","Bastogne","Belgium"),
  E("quatrième réunion transnationale","2040-03-22","2040-03-22","Cluj-Napoca","Romania"),
  E("Réunion de lancement","2039-01-12","2039-01-13","Namur","Belgium"),
  E("Deuxième réunion transnationale","2039-06-05","2039-06-06","Wieselburg","Austria")],
 ["2039-11-16/2039-11-18","2039-11-16","2039-11-17","2039-11-18","2045","2040-03-22","2039-01-12/2039-01-13","2039-06-05/2039-06-06"],
 ["Les modules de formation doivent être courts et compatibles avec le travail saisonnier des apprenants",
  "Les entreprises du cluster sont prêtes à accueillir des stagiaires étrangers si un tuteur parle leur langue",
  "Le passage au numérique reste le premier besoin exprimé par les jeunes exploitants"])

# g04
wd('2035-05-17','Thursday'); wd('2035-05-18','Friday'); wd('2035-05-04','Friday')
doc("g04_aquaepirus_preveza_prosklisi.txt", "2035-04-23",
 [P("Γεώργιος Κατσαρός","Αντιπεριφερειάρχης Πρέβεζας",None), P("Ελένη Τζιόλα","Πρόεδρος","Επιμελητηρίου Πρέβεζας"),
  P("Αθανάσιος Γκούμας","Ερευνητής","ΕΛΚΕΘΕ"), P("Μαρία Παπαδημητρίου","συντονίστρια του έργου","Περιφέρεια Ηπείρου"),
  P("Antonio De Giorgi","direttore","Distretto Produttivo della Pesca Pugliese"), P("Σοφία Νικολάου","καθηγήτρια",None)],
 [O("Περιφέρεια Ηπείρου"), O("Περιφερειακή Ενότητα Πρέβεζας"), O("Διεύθυνση Ανάπτυξης"), O("Πανεπιστήμιο Ιωαννίνων"),
  O("Τμήμα Γεωπονίας"), O("Επιμελητήριο Πρέβεζας"), O("Ελληνικό Κέντρο Θαλάσσιων Ερευνών","ΕΛΚΕΘΕ"), O("Regione Puglia"),
  O("Dipartimento Agricoltura"), O("Distretto Produttivo della Pesca Pugliese"), O("Università degli Studi di Bari Aldo Moro")],
 [E("Ημερίδα και επιχειρηματικές συναντήσεις του έργου AQUA-EPIRUS","2035-05-17","2035-05-18","Πρέβεζα, Άρτα","Greece"),
  E("Επιχειρηματικές συναντήσεις B2B","2035-05-17","2035-05-17","Πρέβεζα","Greece"),
  E("Δείπνο γνωριμίας","2035-05-17","2035-05-17","Πρέβεζα","Greece"),
  E("Επίσκεψη στις εγκαταστάσεις του Τμήματος Γεωπονίας","2035-05-18","2035-05-18","Άρτα","Greece"),
  E("Επίσκεψη σε μονάδα ιχθυοκαλλιέργειας","2035-05-18","2035-05-18","Κορωνησία","Greece"),
  E("εναρκτήρια συνάντηση των εταίρων","2034-10-03","2034-10-04","Μπάρι","Italy"),
  E("επόμενη συνάντηση των εταίρων","2035-11","2035-11","Λέτσε","Italy"),
  E("Ευρωπαϊκή Εβδομάδα Θάλασσας",None,None,"Βάρνα","Bulgaria")],
 ["2035-05-17/2035-05-18","2021/2027","2034-09","2034-10-03/2034-10-04","2035-11","2035-05-17","2035-05-18","2035-05-04"], [])

# g05
wd('2037-09-14','Monday'); wd('2037-09-15','Tuesday'); wd('2038-01-20','Wednesday')
BK = "Båtkluster Kalmar län"
doc("g05_boatlink_vastervik_protokoll.txt", None,
 [P("Annika Sjöberg","ordförande",BK), P("Mattias Lindqvist",None,"Region Kalmar län"), P("Karin Eliasson",None,"Linnéuniversitetet"),
  P("Tomasz Wróblewski",None,"Pomorski Klaster Jachtowy"), P("Rasa Petrauskienė",None,"Klaipėdos mokslo ir technologijų parkas"),
  P("Jens Holm Nielsen",None,"Bornholms Erhvervsfond"), P("Sabine Krüger",None,"Maritimes Cluster Mecklenburg-Vorpommern"),
  P("Per-Olof Ek","vd","Oskarshamns hamn AB"), P("Lena Sandberg",None,"Interregs gemensamma sekretariat"),
  P("Johan Ahlström","Sekreterare",BK)],
 [O("Västerviks Science Park"), O(BK), O("Region Kalmar län"), O("Linnéuniversitetet"), O("Pomorski Klaster Jachtowy"),
  O("Klaipėdos mokslo ir technologijų parkas"), O("Bornholms Erhvervsfond"), O("Maritimes Cluster Mecklenburg-Vorpommern"),
  O("Oskarshamns hamn AB"), O("Interregs gemensamma sekretariat"), O("Västervik Marin AB")],
 [E("Styrgruppsmöte nr 4","2037-09-14","2037-09-14","Västervik","Sweden"),
  E("Studiebesök på varvet Västervik Marin AB","2037-09-15","2037-09-15","Västervik","Sweden"),
  E("Båtliv Öst","2037-11-05","2037-11-07","Oskarshamn","Sweden"),
  E("Slutkonferens","2038","2038","Klaipėda","Lithuania"),
  E("Nästa styrgruppsmöte","2038-01-20","2038-01-20","Gdynia","Poland"),
  E("middag på Slottsholmen","2037-09-14","2037-09-14","Västervik","Sweden")],
 ["2037-09-14","2037-11-30","2037-08-31","2037-09-15","2037-11-05/2037-11-07","2038","2038-03-31","2038-01-20","2036/2039"],
 ["att godkänna lägesrapporten och den ekonomiska redovisningen",
  "att Oskarshamns hamn blir pilotplats för laddinfrastruktur inom arbetspaket 3",
  "att förlänga arbetet med den digitala marknadsplatsen till den 31 mars 2038",
  "att ge projektledaren i uppdrag att ta fram ett förslag till ändringsansökan före nästa möte"])

# g06
wd('2040-04-26','Thursday'); wd('2040-06-07','Thursday'); wd('2040-09-18','Tuesday')
TEK = "Tolnai Energetikai Klaszter Egyesület"
doc("g06_tolna_energia_klaszter_kozgyules.md", "2040-04-30",
 [P("Kovácsné Fehér Ildikó","kommunikációs munkatárs",None), P("Szalai Bence","leköszönő elnöke",TEK),
  P("Süli Anikó","alpolgármestere",None), P("Lakatos Tímea","könyvvizsgáló",None),
  P("Horváth Réka","Elnök",TEK), P("Molnár Gergely","Alelnök",TEK), P("Farkas Zoltán","Alelnök",TEK),
  P("Bíró Katalin","Elnökségi tag",TEK), P("Takács István","Elnökségi tag",TEK),
  P("Varga Pálné","felügyelőbizottság elnöke",TEK), P("Németh Ádám","klasztermenedzser",TEK),
  P("Camille Rousseau","projektmenedzsere","Nuclear Valley")],
 [O(TEK,"TEK"), O("Paksi Ipari Park"), O("Paksi Atomerőmű Zrt."), O("Pécsi Tudományegyetem"), O("Műszaki és Informatikai Karának"),
  O("Tolnatherm Kft."), O("Szekszárdi Szakképzési Centrum"), O("Tolna Vármegyei Kereskedelmi és Iparkamara"),
  O("Nuclear Valley"), O("Jaderný klastr"), O("Slovenski jedrski grozd")],
 [E("éves rendes közgyűlés","2040-04-26","2040-04-26","Paks","Hungary"),
  E("konzorciumi találkozó","2040-10","2040-10","Brno","Czechia"),
  E("információs nap","2040-06-07","2040-06-07","Szekszárd","Hungary"),
  E("Tolnai Energetikai Napok","2040-09-18","2040-09-18","Paks","Hungary"),
  E("Elnökségi ülés","2040-05-15","2040-05-15","Szekszárd","Hungary"),
  E("közgyűlés","2039-04-20","2039-04-20","Szekszárd","Hungary"),
  E("közgyűlés","2038-04-28","2038-04-28","Bonyhád","Hungary"),
  E("közgyűlés","2037-05-04","2037-05-04","Paks","Hungary")],
 ["2040-04-26","2034/2040","2039","2040-10","2040/2044","2041-01-01","2040","2041/2045","2040-06-07","2040-09-18","2040-05-15",
  "2039-04-20","2038-04-28","2037-05-04","2012"],
 ["A közgyűlés elfogadja az elnökség 2039. évi beszámolóját és a 2039. évi egyszerűsített éves beszámolót",
  "A klaszter csatlakozik a NUCLEAR-SME Eurocluster konzorciumához társult partnerként",
  "A tagdíj 2041. január 1-jétől 10 százalékkal emelkedik",
  "A közgyűlés felhatalmazza az elnökséget, hogy 2040 végéig kidolgozza a klaszter 2041–2045 közötti stratégiáját"])

# g07
wd('2041-03-21','Thursday')
MTK = "Moravský textilní klastr, z. s."
doc("g07_textilnet_prostejov_zaverecna_zprava-pdf.txt", "2041-03",
 [P("Lucie Dvořáková","koordinátorka projektu",MTK), P("Ondřej Zapletal","analytik",MTK),
  P("Radim Hrubý","Ředitel",MTK), P("Petr KONEČNÝ","Hejtman","Olomoucký kraj")],
 [O(MTK,"MTK"), O("Univerzita Tomáše Bati ve Zlíně"), O("Krajská hospodářská komora Olomouckého kraje"), O("Centexbel"),
  O("Texfor – Confederación de la Industria Textil"), O("Associação Têxtil e Vestuário de Portugal","ATP"),
  O("Łódzki Klaster Mody i Tekstyliów"), O("Slovenský textilný klaster"), O("Hochschule Niederrhein"),
  O("European Textile Clusters Network"), O("OP Textile Prostějov a. s."), O("Moravia Yarn s. r. o."), O("Olomoucký kraj")],
 [E("závěrečná konference","2041-02-12","2041-02-13","Prostějov","Czechia"),
  E("exkurze","2041-02-13","2041-02-13",None,"Czechia"),
  E("úvodní setkání konsorcia","2037-09-22","2037-09-23","Prostějov","Czechia"),
  E("Textile Innovation Days","2038-06-06","2038-06-08","Łódź","Poland"),
  E("setkání konsorcia","2038-11-15","2038-11-15","Valencie","Spain"),
  E("letní škola oběhové módy","2039-07-01","2039-07-05","Mönchengladbach","Germany"),
  E("setkání konsorcia","2040-04-03","2040-04-03","Porto","Portugal"),
  E("zasedání Regionální stálé konference Olomouckého kraje","2041-03-21","2041-03-21",None,"Czechia")],
 ["2037-09-01/2040-12-31","2041-02-12/2041-02-13","2037-09-22/2037-09-23","2038-06-06/2038-06-08","2038-11-15",
  "2039-07-01/2039-07-05","2040-04-03","2042","2041-03-21"],
 ["Většina malých firem nemá vlastního pracovníka pro vývoj a potřebuje externí podporu",
  "Digitální technologie se zavádějí rychleji, když je firma sdílí s dalšími členy klastru",
  "Odstřižky a vyřazené oděvy jsou v regionu stále převážně skládkovány",
  "Nedostatek kvalifikovaných šiček a technologů je pro firmy větší problém než financování",
  "Olomoucký kraj by měl zřídit regionální sběrné a třídicí místo pro textilní odpad",
  "Poukázky na inovace by měly pokračovat i po skončení projektu, nejlépe z krajského rozpočtu",
  "Střední odborné školy by měly nabízet zkrácené rekvalifikační kurzy šití a střihu",
  "Klastr by měl pokračovat ve spolupráci s partnery v rámci nového Euroklastru"])

# g08
wd('2036-10-08','Wednesday'); wd('2036-10-09','Thursday'); wd('2037-02-12','Thursday'); wd('2036-10-20','Monday')
AEM = "Associação Empresarial de Mirandela"
doc("g08_olivatec_mirandela_relatorio.docx", "2036-10-20",
 [P("Inês Carvalho Pires","técnica superior",AEM), P("Júlio Meirinhos Teixeira","presidente","Câmara Municipal de Mirandela"),
  P("Helena Sarmento","presidente da direção",AEM), P("Rui Fontes","coordenador técnico do projeto",None),
  P("María Jesús Prieto",None,"Secretariado Conjunto do POCTEP"),
  P("António Morais","diretor","Cooperativa Agrícola dos Olivicultores de Murça"),
  P("Ana Luísa Gonçalves",None,"Instituto Politécnico de Bragança"),
  P("Javier del Río Hernández","investigador","Instituto Tecnológico Agrario de Castilla y León"),
  P("Paulo Cardoso","vereador do desenvolvimento económico","Município de Lamego"), P("Tiago Fernandes")],
 [O(AEM,"AEM"), O("Instituto Politécnico de Bragança","IPB"), O("Cooperativa Agrícola dos Olivicultores de Murça"),
  O("Município de Lamego"), O("Diputación de Zamora"), O("Instituto Tecnológico Agrario de Castilla y León","ITACyL"),
  O("Clúster Agroalimentario de Zamora"), O("Câmara Municipal de Mirandela"), O("Secretariado Conjunto do POCTEP")],
 [E("2.º Encontro de Parceiros","2036-10-08","2036-10-09","Mirandela, Lamego","Portugal"),
  E("Reunião do Comité de Acompanhamento","2036-10-08","2036-10-08","Mirandela","Portugal"),
  E("Visita ao lagar da Cooperativa Agrícola dos Olivicultores de Murça","2036-10-08","2036-10-08",None,"Portugal"),
  E("Jantar de trabalho","2036-10-08","2036-10-08","Mirandela","Portugal"),
  E("Workshop «Bagaço de azeitona: de resíduo a recurso»","2036-10-09","2036-10-09","Lamego","Portugal"),
  E("Receção na Câmara Municipal","2036-10-09","2036-10-09","Lamego","Portugal"),
  E("Visita de campo","2036-10-09","2036-10-09","Lamego","Portugal"),
  E("3.º Encontro de Parceiros","2037-02-12","2037-02-12","Zamora","Spain"),
  E("Feira Nacional da Oliveira","2037-03","2037-03","Valpaços","Portugal"),
  E("1.º Encontro de Parceiros","2036-02-04","2036-02-05","Bragança","Portugal")],
 ["2021/2027","2036-10-08/2036-10-09","2036-01","2036-10-08","2036-10-09","2037","2037-02-12","2037-03","2036-02-04/2036-02-05"],
 ["A rega deficitária controlada é viável nos olivais tradicionais de sequeiro e deve ser alargada a mais 20 parcelas em 2037",
  "A colheita mecanizada em socalcos exige máquinas mais pequenas, que ainda não existem no mercado ibérico",
  "O bagaço tem valor económico, mas os pequenos lagares precisam de uma solução coletiva de recolha",
  "A comunicação com os agricultores deve ser feita em encontros presenciais e não apenas por via digital"])

# g09
wd('2039-05-24','Tuesday'); wd('2039-06-06','Monday'); wd('2039-06-16','Thursday'); wd('2039-06-17','Friday')
wd('2039-05-20','Friday'); wd('2039-06-03','Friday')
LK = "Lubelski Klaster Rolno-Spożywczy"; PANS = "Państwowa Akademia Nauk Stosowanych w Chełmie"
doc("g09_eitfood_chelm_invitation.eml", "2039-05-24",
 [P("Magdalena Kowalczyk","Project Coordinator",LK), P("Tadeusz Nowosad","Rector",PANS),
  P("Agata Wiśniewska","Deputy Marshal of the Lubelskie Voivodeship",None),
  P("Elena Martínez Vidal","RIS Programme Lead","EIT Food"), P("Piotr Szymański",None,"Uniwersytet Przyrodniczy w Lublinie"),
  P("Vaida Jankauskaitė","manager","Žalgiris Grain"), P("Jonas Petraitis")],
 [O(LK), O("EIT Food"), O("Uniwersytet Przyrodniczy w Lublinie"), O(PANS), O('Lithuanian Agri-Food Cluster "Žalgiris Grain"'),
  O("Center for Innovation in Cereals"), O("University of Novi Sad"), O("EIT Food RisingFoodStars"),
  O("Experimental Station in Uhrusk"), O("Młyn Rejowiec"), O("EIT Food Hub in Warsaw")],
 [E("GRAIN-HUB Regional Showcase","2039-06-16","2039-06-17","Chełm","Poland"),
  E("B2B meetings with buyers","2039-06-16","2039-06-16","Chełm","Poland"),
  E("Networking dinner","2039-06-16","2039-06-16","Chełm","Poland"),
  E("field day","2039-06-17","2039-06-17",None,"Poland"),
  E("Visit to the demonstration fields of the Experimental Station in Uhrusk","2039-06-17","2039-06-17","Uhrusk","Poland"),
  E("Visit to Młyn Rejowiec","2039-06-17","2039-06-17",None,"Poland")],
 ["2039-06-16/2039-06-17","2039-06-06","2039-06-16","2039-06-17","2039-05-20","2040","2039-06-03"], [])

# g10
PB = "Provincia di Belluno"
doc("g10_woodpolicy_belluno_policy_brief.pdf", "2041-06-10",
 [P("Chiara De Bona","project manager",PB), P("Matej Kos","policy officer","Slovenian Forestry Institute"),
  P("Florian Haidacher","cluster manager","Standortagentur Tirol"), P("Roberto Padrin","President",PB),
  P("Anna Bergamin",None,"Interreg Europe Joint Secretariat")],
 [O(PB), O("Regione del Veneto"), O("Direzione Foreste"), O("Slovenian Forestry Institute"), O("Standortagentur Tirol"),
  O("Pro Holz Tirol"), O("Office National des Forêts"), O("Cluster Legno Friuli Venezia Giulia"),
  O("Interreg Europe Joint Secretariat"), O("Servizio Politiche Europee")],
 [E("peer review","2041-05-16","2041-05-16","Rovigo","Italy"),
  E("study visit",None,None,"Belluno, Feltre","Italy"),
  E("final conference","2041-09-26","2041-09-27","Belluno","Italy"),
  E("visit to the Feltre timber school","2041-09-27","2041-09-27","Feltre","Italy"),
  E("Kick-off meeting","2038-11-14","2038-11-15","Belluno","Italy"),
  E("Study visit","2039-06-03","2039-06-04","Kočevje","Slovenia"),
  E("Study visit","2040-04-21","2040-04-22","Reutte","Austria")],
 ["2041-06","2041-05-16","2043","2042","2041","2041-09-26/2041-09-27","2038-11-14/2038-11-15","2039-06-03/2039-06-04",
  "2040-04-21/2040-04-22"],
 ["Salvage logging has kept sawmills busy, but the supply of quality spruce will fall sharply after 2043",
  "Regional aid is still designed for forest owners and rarely reaches the small sawmills and carpentry firms",
  "Where a wood cluster exists, companies find partners and funding faster",
  "Public buildings made of local wood are the strongest signal a region can give to the market",
  "Link forest aid and business aid in one regional wood strategy with a single contact point",
  "Reserve part of the rural development funds for processing firms with fewer than 20 employees",
  "Set a target share of local wood in new public buildings",
  "Support cluster organisations that bring forest owners, sawmills and builders together",
  "Share storm damage data across borders in real time"])

# g11
wd('2035-03-01','Thursday'); wd('2035-04-30','Monday'); wd('2035-03-13','Tuesday'); wd('2035-03-15','Thursday')
SR = "Silistra Regional Agri-Food Cluster Association"; DJ = "Asociația Clusterul Agroalimentar Dunărea de Jos"
doc("g11_danubeagri_silistra_open_call.txt", "2035-03-01",
 [P("Dimitar Stoyanov","cluster manager",SR), P("Cristina Oprea","project assistant",DJ)],
 [O(SR), O(DJ), O('University of Ruse "Angel Kanchev"'), O("Camera de Comerț, Industrie și Agricultură Călărași"),
  O("Enterprise Europe Network Bulgaria"), O("Regional Development Agency South-East","ADR Sud-Est")],
 [E("info session","2035-03-13","2035-03-13","Silistra","Bulgaria"),
  E("info session","2035-03-15","2035-03-15","Călărași","Romania"),
  E("matchmaking session","2035-03-13","2035-03-13","Silistra","Bulgaria"),
  E("matchmaking session","2035-03-15","2035-03-15","Călărași","Romania")],
 ["2036-01-31","2035-04-30","2035-06","2035-03-13","2035-03-15","2035-04-27","2036"], [])

# g12
wd('2040-05-22','Tuesday'); wd('2040-05-23','Wednesday'); wd('2040-05-24','Thursday')
IREC = "IREC – Catalonia Institute for Energy Research"; FTV = "Fromagerie des Trois Vallées"
doc("g12_pyrenergy_foix_consortium_meeting.txt", "2040-05-30",
 [P("Christine Téqui","President","Ariège Departmental Council"), P("Núria Casals i Ferrer","research director",IREC),
  P("Mathieu Rouch","co-founder",FTV), P("Élodie Rouch","co-founder",FTV),
  P("Stefan Grünwald","project coordinator","Montanuniversität Leoben"), P("Jaume Pujol","managing director","Actua Energia"),
  P("Zuzana Hrušková","cluster manager","Liptovský energetický klaster"),
  P("Helga Moser","chair of the PYR-ENERGY Advisory Board",None), P("Laurent Baylac")],
 [O("Agence de développement économique de l'Ariège","AD'OCC Ariège"), O("DERBI"), O("Ariège Departmental Council"),
  O(IREC,"IREC"), O(FTV), O("Montanuniversität Leoben"), O("Actua Energia"), O("Liptovský energetický klaster"),
  O("Austrian Energy Agency"), O("European Climate, Infrastructure and Environment Executive Agency","CINEA"), O("European Union")],
 [E("fourth consortium meeting","2040-05-22","2040-05-24","Foix","France"),
  E("General Assembly of the consortium","2040-05-22","2040-05-22","Foix","France"),
  E("Welcome dinner","2040-05-22","2040-05-22","Foix","France"),
  E('Workshop "Replication in other valleys"',"2040-05-23","2040-05-23","Foix","France"),
  E("Site visit to the Laparan hydropower plant","2040-05-23","2040-05-23",None,"France"),
  E("Meeting of the Advisory Board","2040-05-23","2040-05-23","Foix","France"),
  E("fifth consortium meeting","2040-11-13","2040-11-13","Ružomberok","Slovakia"),
  E("mid-term review","2041-01","2041-01","Brussels","Belgium"),
  E("Kick-off","2039-01-10","2039-01-11","Leoben","Austria"),
  E("2nd meeting","2039-06-12","2039-06-13","Andorra la Vella","Andorra"),
  E("3rd meeting","2039-12-04","2039-12-05","Bolzano","Italy")],
 ["2040-05-22/2040-05-24","2038/2042","2040-05-22","2040-05-23","2040-05-24","2040","2040-11-13","2041-01",
  "2039-01-10/2039-01-11","2039-06-12/2039-06-13","2039-12-04/2039-12-05"],
 ["Heat pumps above 120 °C are ready for dairies, but not yet for paper mills",
  "Small factories need a single regional adviser who follows the project from audit to commissioning",
  "Clusters are the best channel to reach other firms in the same valley",
  "The snow in May reminded everyone that mountain pilots need longer construction windows"])

# g13
wd('2038-07-15','Thursday'); wd('2038-10-06','Wednesday'); wd('2038-10-07','Thursday'); wd('2038-10-08','Friday')
DS = "Distretto del Sughero della Gallura e del Nuorese"; S = "Mediterranean Cork & Forest Cluster Days"
doc("g13_sughero_days_nuoro_series.md", None,
 [P("Gavino Mele","Director",DS), P("Sofia Carta","international officer",DS),
  P("Alessandra Todde Sanna","regional councillor for productive activities",None),
  P("Ricardo Amorim","President","APCOR – Associação Portuguesa da Cortiça"),
  P("Maria Helena Almeida","Professor","Instituto Superior de Agronomia"),
  P("Karim Benali","cluster manager","Cluster Liège et Forêt"),
  P("Montserrat Vilà Puig","Director","Catalan Cork Institute"),
  P("Yannick DUPRAT","project officer","European Innovation Council and SMEs Executive Agency")],
 [O(DS), O("Regione Autonoma della Sardegna"), O("Camera di Commercio di Nuoro"),
  O("European Cluster Collaboration Platform","ECCP"), O("APCOR – Associação Portuguesa da Cortiça","APCOR"),
  O("Instituto Superior de Agronomia"), O("Cluster Liège et Forêt"), O("Catalan Cork Institute"),
  O("European Innovation Council and SMEs Executive Agency"), O("Stazione Sperimentale del Sughero")],
 [E(S,"2038-10-06","2038-10-08","Nuoro","Italy"),
  E("Welcome reception","2038-10-06","2038-10-06","Nuoro","Italy"),
  E("Parallel workshops","2038-10-07","2038-10-07","Nuoro","Italy"),
  E("B2B meetings","2038-10-07","2038-10-07","Nuoro","Italy"),
  E("Cluster Days dinner","2038-10-07","2038-10-07","Oliena","Italy"),
  E("Company visit to a cork stopper plant","2038-10-08","2038-10-08","Calangianus","Italy"),
  E("Visit to the Stazione Sperimentale del Sughero","2038-10-08","2038-10-08","Tempio Pausania","Italy"),
  E(S,"2033-05-16","2033-05-17","Palafrugell","Spain"),
  E(S,"2034-06-12","2034-06-14","Coruche","Portugal"),
  E(S,"2035-10-02","2035-10-03","Mont-de-Marsan","France"),
  E(S,"2036-11-24","2036-11-24",None,None),
  E(S,"2037-05-17","2037-05-19","San Vicente de Alcántara","Spain")],
 ["2038-10-06/2038-10-08","2038-07-15","2033","2036","2038-10-06","2038-10-07","2038-10-08","2033-05-16/2033-05-17",
  "2034-06-12/2034-06-14","2035-10-02/2035-10-03","2036-11-24","2037-05-17/2037-05-19","2038-08-31"], [])

# g14
wd('2037-03-19','Thursday'); wd('2037-06-11','Thursday')
AMC = "Atlantic MedTech Cluster"
doc("g14_westmed_ballina_team_board.html", None,
 [P("Siobhán Ní Mhurchú","Cluster Manager",AMC), P("Conor Gallagher","EU Projects Lead",AMC),
  P("Aoife Walsh-Murray","Innovation Adviser",AMC), P('Patrick "Paddy" Ruane',"Skills and Training Coordinator",AMC),
  P("Niamh Durcan","office and events administrator",AMC), P("Kasia Nowicka","EU projects officer",AMC),
  P("Tomás de Búrca","EU projects officer",AMC), P("Eoin McHale","Chairperson",AMC),
  P("Gráinne O'Malley","Vice-Chairperson",AMC), P("Declan Moran","Treasurer",AMC), P("Úna Heneghan","Secretary",AMC),
  P("Mark Pellegrino","Director",AMC), P("Róisín Kilbane","Director",AMC), P("John Corduff","Outgoing chairperson",AMC)],
 [O(AMC,"AMC"), O("Atlantic Technological University"), O("Ballina Surgical Devices Ltd"), O("Moran & Kelly Accountants"),
  O("Westport Catheter Solutions"), O("Stryva Medical Ireland"), O("Mayo County Council"), O("Local Enterprise Office"),
  O("Enterprise Ireland"), O("IDA Ireland"), O("Western Development Commission"), O("BioWin – the Health Cluster of Wallonia"),
  O("Medical Valley EMN"), O("Eurasanté"), O("Cluster Saúde de Portugal"), O("Oost NL")],
 [E("Annual General Meeting","2037-03-19","2037-03-19","Ballina","Ireland"),
  E("board meeting","2037-06-11","2037-06-11","Sligo","Ireland"),
  E("third partner meeting","2037-09-22","2037-09-23","Ballina","Ireland"),
  E("visit to a sterilisation and reprocessing line","2037-09-23","2037-09-23","Castlebar","Ireland"),
  E("West of Ireland MedTech Forum","2037-11-12","2037-11-12","Sligo","Ireland"),
  E("careers fair","2037-11-12","2037-11-12","Sligo","Ireland")],
 ["2029","2037-01","2037-03-19","2037/2040","2031","2037-06-11","2037-09-22/2037-09-23","2037-11-12","2037-04-30"], [])

# g15
LMMC = "Luxembourg Materials & Manufacturing Cluster"
doc("g15_skillsforge_wiltz_conference_outcomes.txt", "2042-03-25",
 [P("Claire Weber",None,"Luxinnovation"), P("Bruno MARQUES",None,"House of Training"),
  P("Lex Reiland","Minister of the Economy",None), P("Fränk Kieffer","mayor of Wiltz",None),
  P("Jurgita Šimkienė",None,"Kaunas University of Technology"), P("Marie-Louise Schmit","head of the cluster",LMMC),
  P("Jean-Claude Hoffmann"), P("Ingrida Vaitkutė",None,"KTU")],
 [O("Luxinnovation"), O("House of Training"), O("Lycée Technique d'Ettelbruck"), O("Université du Luxembourg"), O(LMMC),
  O("Agoria Wallonie"), O("IHK Trier"), O("Centro de Formação Profissional da Indústria Metalúrgica e Metalomecânica","CENFIM"),
  O("Kaunas University of Technology","KTU"), O("EIT Manufacturing"), O("Ceratizit"), O("Goodyear"), O("European Commission"),
  O("European Union")],
 [E("SKILLS-FORGE Final Conference","2042-03-04","2042-03-05","Wiltz, Ettelbruck","Luxembourg"),
  E("conference dinner","2042-03-04","2042-03-04","Wiltz","Luxembourg"),
  E("company visit to Ceratizit","2042-03-05","2042-03-05","Mamer","Luxembourg"),
  E("visit to the Goodyear innovation centre","2042-03-05","2042-03-05","Colmar-Berg","Luxembourg"),
  E("EIT Manufacturing Skills Summit","2042-10-16","2042-10-16","Milan","Italy")],
 ["2042-03-04/2042-03-05","2038/2042","2045","2042-10-16"],
 ["27 training modules developed in five languages", "1,140 workers from 312 companies trained",
  "46 trainers certified under the project's common framework",
  "four modules taken over by national training systems (Luxembourg, Portugal, Lithuania)",
  "Short modules of four to eight hours, delivered at or near the workplace, reach far more workers than classic courses",
  "Clusters are essential to reach small firms that never apply to EU programmes themselves",
  "Trainers from industry need pedagogical support and recognition",
  "Certificates must be recognised across borders, otherwise cross-border workers do not take them",
  "Results must be taken over by national systems before a project ends, not after",
  "Keep a simple funding line for small cross-border training alliances in the next Erasmus+ programme",
  "Link Erasmus+ alliances more closely with Euroclusters and the EIT's Regional Innovation Scheme"])

# g16
wd('2036-11-25','Tuesday'); wd('2036-11-26','Wednesday'); wd('2037-01-29','Thursday')
VV = "Clusterul Viti-Vinicol Vrancea"; TW = "Tokaj Wine Region Cluster"; UB = "University of Agronomic Sciences and Veterinary Medicine of Bucharest"
doc("g16_vinetwork_focsani_newsletter.html", "2036-12",
 [P("Ana-Maria Dumitrescu","VINE-EU coordinator",VV), P("Radu Ionescu","technical director","Crama Panciu"),
  P("Cătălin Toma","President","Vrancea County Council"),
  P("Irina Popescu",None,"Agency for Regional Development South-East"),
  P("Mojca Kavčič","Cluster manager","Slovenian Spirits and Wine Cluster"), P("João Mendes Salvado","director","Inovcluster"),
  P("Katalin Szepsy","chair",TW), P("Gábor Bodnár","vice-chair",TW), P("Vasile Muntean","former rector",UB)],
 [O(VV), O("Crama Panciu"), O("Vrancea County Council"), O("Agency for Regional Development South-East","ADR Sud-Est"),
  O("Slovenian Spirits and Wine Cluster"), O("Inovcluster"), O(TW), O("Bodnár Pincészet"), O("Weincampus Neustadt"), O(UB),
  O("European Union")],
 [E("partner meeting","2036-11-25","2036-11-26","Focșani","Romania"),
  E("steering committee","2036-11-25","2036-11-25","Focșani","Romania"),
  E("visit to the research station for viticulture","2036-11-26","2036-11-26","Odobești","Romania"),
  E("visit to the cellars of Crama Panciu","2036-11-26","2036-11-26",None,"Romania"),
  E("online info session","2037-01-29","2037-01-29",None,None),
  E("general assembly",None,None,"Tokaj","Hungary"),
  E("third VINE-EU summer school","2036-09","2036-09",None,"Germany"),
  E("first partners' meeting","2034","2034","Bucharest","Romania"),
  E("ProWein","2037-03-03","2037-03-05","Düsseldorf","Germany"),
  E("partner meeting","2037-05","2037-05","Idrija","Slovenia")],
 ["2036-11-25/2036-11-26","2036-12-10","2037-01","2037-01-29","2036-09","1958/2036","2034","2037-03-03/2037-03-05","2037-05"],
 ["SMEs prefer small vouchers that are paid quickly over large grants with long procedures",
  "Wine tourism projects need the local authorities on board from the start",
  "Partners should share one evaluation pool instead of recruiting experts separately"])
print(len(WD), 'weekdays checked')
