import json, re, os
D='/tmp/blind115-second/docs/'
OUT='/work/wt/blind115/eval/blind115/make/second/'
os.makedirs(OUT, exist_ok=True)
def T(stem):
    f=[x for x in os.listdir(D) if x.startswith(stem)][0]
    return open(D+f).read()
def section(stem, start, end, pat=r'^\s*(?:[-•*]|\d+\.|[a-d]\)|<li>)\s*(.*?)(?:</li>)?\s*$'):
    t=T(stem); i=t.index(start); j=t.index(end, i+len(start))
    out=[]
    for l in t[i+len(start):j].split('\n'):
        m=re.match(pat,l)
        if m and m.group(1).strip(): out.append(m.group(1).strip().rstrip('.;,'))
    return out
def P(n,r=None,o=None): return {"name":n,"role":r,"organisation":o}
def O(n,a=None): return {"name":n,"acronym":a}
def E(n,s=None,e=None,c=None,k=None): return {"name":n,"start":s,"end":e,"city":c,"country":k}
def G(doc,pub,people,orgs,events,dates,km):
    stem=os.path.splitext(doc)[0]
    json.dump({"doc":doc,"source_url":None,"published_date":pub,"people":people,"organisations":orgs,"events":events,"dates":dates,"key_messages":km},
              open(OUT+stem+'.json','w'),ensure_ascii=False,indent=1)

# g01
G('g01_eccp_panorama_key_findings.html','2038-03-23',
 [P('Matthijs van der Poel'),P('Aoife Ní Bhriain','Communications Lead','European Cluster Collaboration Platform'),
  P('Konstantin Wernicke-Aalto','Lead author','Prognos AG'),
  P('Sabine Delacroix-Mertens','Head of Unit for Clusters and Industrial Alliances','Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs'),
  P('Antoni Wysocki-Brand','President','European Clusters Alliance'),P('Marta Eriksdóttir','manager','Icelandic Ocean Cluster')],
 [O('European Cluster Collaboration Platform','ECCP'),O('European Commission'),
  O('Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs','DG GROW'),O('Prognos AG'),
  O('European Clusters Alliance','ECA'),O('Icelandic Ocean Cluster')],
 [E('online launch','2038-03-09','2038-03-09'),E('European Cluster Conference','2038-06-08','2038-06-09','Warsaw','Poland'),
  E('Regional fact sheets webinar','2038-04-20','2038-04-20'),E('European Cluster Conference','2034-11-16','2034-11-16','Lisbon','Portugal'),
  E('online launch','2035-11-30','2035-11-30'),E('launch webinar','2037-03-04','2037-03-04')],
 ['2038-03-23','2038-03-09','2037-10/2038-01','2034','2038-06-08/2038-06-09','2038-04-20','2034-11-16','2035-11-30','2036/2037','2037-03-04'],
 section('g01','<h2>Key findings</h2>','</ul>'))
# g02
CLO='Cluster Leistungselektronik Ostbayern e.V.'
G('g02_regensburg_positionspapier.txt','2036-10-22',
 [P('Franziska Obermeier-Haas','Vorstandsvorsitzende',CLO),P('Johannes von Stetten','Clustermanager',CLO),
  P('Ümit Karagöz','Leiter Innovation und Umwelt','IHK Regensburg für Oberpfalz / Kelheim'),
  P('Helga Brückl-Wendt','Vizepräsidentin für Forschung','OTH Regensburg'),P('Alois Kernhofer','Bezirkstagspräsident',None),
  P('Lukas Pirzer','stellvertretender Vorsitzender',CLO),P('Irina Koval','Schatzmeisterin',CLO),
  P('Beate Lindmayr','Staatssekretärin','Wirtschaftsministerium'),
  P('Gertraud Schießl-Bauer','Präsidentin','Handwerkskammer Niederbayern-Oberpfalz'),P('Markus Feulner','Europaabgeordnete',None)],
 [O(CLO,'CLO'),O('Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie','StMWi'),O('Bayerischen Landtag'),
  O('Generaldirektion Binnenmarkt der Europäischen Kommission'),O('Europäische Kommission'),O('Hochspannungstechnik Amberg GmbH'),
  O('OTH Regensburg'),O('OTH Amberg-Weiden'),O('Fraunhofer-Institut für Integrierte Systeme und Bauelementetechnologie','IISB'),
  O('IHK Regensburg für Oberpfalz / Kelheim'),O('Donau Antriebe GmbH'),O('Sparkasse Regensburg'),O('Handwerkskammer Niederbayern-Oberpfalz')],
 [E('Mitgliederversammlung','2036-10-15','2036-10-15','Regensburg','Germany'),
  E('Energiewende braucht Elektronik','2036-11-27','2036-11-27','Regensburg','Germany'),
  E('Cluster-Jahreskongress','2036-03-24','2036-03-25','Berlin','Germany')],
 ['2036-10-22','2036-10-15','2038','2040','2037/2038','2036-11-27','2036-11-20','2036-03-24/2036-03-25'],
 section('g02','Zentrale Ergebnisse der Befragung','Unsere Forderungen')+section('g02','Union auf,','Stimmen aus'.replace('Union','')) if False else
 section('g02','Zentrale Ergebnisse der Befragung','Unsere Forderungen')+section('g02','Kommission auf,','Stimmen aus der Region'))
# g03
LI='Etelä-Pohjanmaan liitto'
G('g03_seinajoki_ruokaklusteri_selvitys-pdf.txt','2039-03',
 [P('Riikka Mäki-Kuutti','yliopettaja','SeAMK'),P('Jarkko Ylä-Outinen','tutkija','Ruralia-instituutti'),
  P('Aino Hietala-Söderström','aluekehitysjohtaja',LI),P('Pekka Räsänen','maakuntajohtaja',None),
  P('Helena Grönroos-Wikström','toimitusjohtaja','Suomen Elintarviketeollisuusliitto ry')],
 [O(LI),O('Seinäjoen ammattikorkeakoulu','SeAMK'),O('Helsingin yliopiston Ruralia-instituutti'),O('Foodwest Oy'),
  O('Seinäjoen Elintarvikeklusteri ry'),O('Business Finland'),O('Koulutuskuntayhtymä Sedu','Sedu'),
  O('Suomen Elintarviketeollisuusliitto ry'),O('Itä-Suomen EU-toimisto'),O('Euroopan alueiden komitea'),O('Atria Oyj'),
  O('Ilmajoen Kehitys Oy'),O('Kuortaneen Puutarha Oy'),O('Seinäjoen kaupunki'),O('Etelä-Pohjanmaan ELY-keskus'),O('ProAgria Etelä-Pohjanmaa')],
 [E('työpaja','2039-02-14','2039-02-14','Seinäjoki','Finland'),E('maakuntahallituksen kokous','2039-03-28','2039-03-28'),
  E('ruokaklusterin kevätseminaari','2039-04-26','2039-04-26','Seinäjoki','Finland'),E('lounastilaisuus','2039-06','2039-06','Bryssel','Belgium')],
 ['2039-03','2036/2040','2033','2038-11-14/2039-01-31','2039-02-14','2040/2046','2039-03-28','2039-04-26','2039-06'],
 section('g03','2 Keskeiset havainnot','Vastaajista')+section('g03','esittää seuraavaa:','Etelä-Pohjanmaan ruokaklusterin tila 2039 – tiivistelmä                                              3'))
# g04
CL='Clúster Oleícola de Jaén'
G('g04_jaen_jornada_conclusiones.md','2041-05-23',
 [P('Inmaculada Baeza Ortega','presidenta',CL),P('Francisco Javier Lendínez Padilla','vicerrector de Transferencia','Universidad de Jaén'),
  P('Rosa María del Moral Quesada','diputada de Agricultura',None),
  P('Alberto Castillo-Ruano',None,'Instituto de Investigación y Formación Agraria y Pesquera'),
  P('Lucía Anguita Expósito',None,'Cooperativas Agro-alimentarias de Andalucía'),
  P('Manuel Ángel Sánchez-Cazorla','director técnico','Centro Tecnológico del Olivar y del Aceite'),
  P('Tomás Gámez Villar','cooperativista',None),P('Elena Moya-Camacho','gerente',CL)],
 [O(CL,'CLOJA'),O('Universidad de Jaén'),O('Diputación Provincial de Jaén'),O('Centro Tecnológico del Olivar y del Aceite','Citoliva'),
  O('Instituto de Investigación y Formación Agraria y Pesquera','IFAPA'),O('Cooperativas Agro-alimentarias de Andalucía'),
  O('SCA Nuestra Señora de los Remedios'),O('Consejería de Agricultura, Pesca, Agua y Desarrollo Rural'),O('Junta de Andalucía'),O('Andalucía TRADE')],
 [E('III Jornada de Innovación Oleícola','2041-05-16','2041-05-16','Jaén','Spain'),
  E('Visita técnica a la almazara de la SCA Nuestra Señora de los Remedios','2041-05-16','2041-05-16','Jimena','Spain'),
  E('jornada de campo','2041-05-17','2041-05-17','Úbeda','Spain'),
  E('I Jornada de Innovación Oleícola','2039-05-12','2039-05-12','Baeza','Spain'),
  E('II Jornada de Innovación Oleícola','2040-05-07','2040-05-08','Alcalá la Real','Spain'),
  E('IV Jornada','2042-05','2042-05','Martos','Spain')],
 ['2041-05-23','2041-05-16','2050','2041-05-17','2040-11/2041-02','2039-05-12','2040-05-07/2040-05-08','2042-05'],
 section('g04','## Conclusiones','## Ediciones'))
# g05
IC='Inovační centrum Ústeckého kraje, z. ú.'; UJ='Univerzita Jana Evangelisty Purkyně v Ústí nad Labem'
G('g05_usti_studie_klastry.html','2035-09-24',
 [P('Martina Procházková'),P('Jitka Nováková-Štěpánková','ředitelka',IC),P('Petr Vaníček','Hlavní autor studie',UJ),
  P('Ondřej Hrubý','Náměstek hejtmana pro regionální rozvoj',None),P('Radek Čermák','předseda','Národní klastrová asociace')],
 [O(IC,'ICUK'),O('Rada Ústeckého kraje'),O('Ústecký kraj'),O('Fakulta sociálně ekonomická'),O(UJ,'UJEP'),O('Klastr Chemie Ústí z.s.'),
  O('Sklářský klastr Podkrušnohoří'),O('Energetický klastr Severní Čechy'),O('Strojírenský klastr Most'),
  O('Česká zemědělská univerzita v Praze'),O('Evropské platformy pro klastrovou spolupráci','ECCP'),O('Ministerstva průmyslu a obchodu'),
  O('Krajská hospodářská komora Ústeckého kraje'),O('Národní klastrová asociace','NCA')],
 [E('zasedání','2035-09-18','2035-09-18'),E('kulatý stůl','2035-10-09','2035-10-09','Most','Czechia'),
  E('Krajská klastrová konference','2034-11-14','2034-11-15','Ústí nad Labem','Czechia')],
 ['2035-09-24','2035-09-18','2035/2041','2035-03/2035-06','2036','2035-10-09','2035-10-05','2034-11-14/2034-11-15'],
 section('g05','<h2>Hlavní zjištění</h2>','</ul>')+section('g05','<h2>Doporučení</h2>','</ol>'))
# g06
PA='Περιφέρεια Ανατολικής Μακεδονίας και Θράκης'
G('g06_kavala_ergastirio_symperasmata.docx','2037-06-24',
 [P('Ελένη Παπαδοπούλου-Κάβουρα','Αντιπεριφερειάρχης Ανάπτυξης',PA),P('Αναστάσιος Μυλωνάς','Αναπληρωτής Καθηγητής','Τμήμα Οικονομικών Επιστημών'),
  P('Γιώργος Τσακίρης','Πρόεδρος','Επιμελητήριο Καβάλας'),P('Σοφία Χατζηγεωργίου','συντονίστρια','Σύμπλεγμα Αγροδιατροφής Θράκης'),
  P('Desislava Petkova',None,'Regional Development Agency Smolyan'),P('Κωνσταντίνος Ζαχαρίου','υπεύθυνος έξυπνης εξειδίκευσης',PA)],
 [O('Διεύθυνση Αναπτυξιακού Προγραμματισμού'),O(PA,'ΠΑΜΘ'),O('Δημοκρίτειο Πανεπιστήμιο Θράκης','ΔΠΘ'),
  O('Διεθνές Πανεπιστήμιο της Ελλάδος','ΔΙΠΑΕ'),O('Επιμελητήριο Καβάλας'),O('Τμήμα Οικονομικών Επιστημών'),
  O('Σύμπλεγμα Αγροδιατροφής Θράκης'),O('Cluster Αρωματικών Φυτών Νέστου'),O('Σύνδεσμος Οινοποιών Παγγαίου'),O('ΑΣ Νέστος'),
  O('Regional Development Agency Smolyan'),O('Περιφερειακό Συμβούλιο Καινοτομίας')],
 [E('Από τον καπνό στην αγροδιατροφή: ο ρόλος των συνεργατικών σχηματισμών στη δίκαιη μετάβαση','2037-06-10','2037-06-11','Καβάλα','Greece'),
  E('Δείπνο εργασίας','2037-06-10','2037-06-10','Καβάλα','Greece'),
  E('Επίσκεψη στη μονάδα μεταποίησης οσπρίων της ΑΣ Νέστος','2037-06-11','2037-06-11','Χρυσούπολη','Greece'),
  E('συνεδρίαση του Περιφερειακού Συμβουλίου Καινοτομίας','2037-09-15','2037-09-15','Κομοτηνή','Greece')],
 ['2037-06-10/2037-06-11','2037-06-24','2035/2041','2037-06-10','2037-06-11','2031','2037-09-15'],
 section('g06','4. Συμπεράσματα','5. Διδάγματα')+section('g06','5. Διδάγματα για τη διοργάνωση','6. Επόμενα'))
# g07
RH='Region Halland'; OR='Oxford Research AB'
G('g07_halmstad_klusterkonferens_slutsatser.eml','2040-04-18',
 [P('Karin Ljungqvist-Öberg','Processledare kluster och innovationsmiljöer',RH),P('Mikael Åkesson','Senior konsult',OR),
  P('Sara El-Amin',None,OR),P('Linnéa af Klercker','enhetschef','Tillväxtverket'),P('Jonas Björkman','regionråd',None)],
 [O(RH),O('Regional utveckling'),O('Almi Företagspartner Halland'),O('Högskolan i Halmstad'),O(OR),O('Tillväxtverket'),
  O('Hallands Livsmedelskluster'),O('Energiklustret Halland ekonomisk förening'),O('Science Park Halmstad Health Lab'),O('Varbergs Pappersbruk AB')],
 [E('Klusterkonferens Halland 2040','2040-04-12','2040-04-13','Falkenberg','Sweden'),
  E('konferensmiddag','2040-04-12','2040-04-12','Falkenberg','Sweden'),
  E('studieresan till Nordjylland','2040-09-17','2040-09-19','Aalborg','Denmark'),
  E('styrgruppens möte','2040-05-29','2040-05-29'),E('klusterkonferens','2041','2041','Kungsbacka','Sweden')],
 ['2040-04-18','2040-04-20','2040-09-17/2040-09-19','2040-04-12/2040-04-13','2040-04-12','2040-04-13','2035/2039','2039','2040-06','2040','2040-05-29','2041','2040-04-16','2040-05'],
 section('g07','Deltagarna enades','Nästa steg'))
# g08
UA="Università degli Studi dell'Aquila"; IS='Ismeri Europa S.r.l.'
G('g08_laquila_stati_generali_conclusioni.txt','2036-11-27',
 [P('Francesca De Santis','coordinatrice della valutazione',IS),P("Marco D'Alessandro",'analista',IS),
  P('Donatella Di Girolamo','Assessore regionale allo Sviluppo economico',None),P('Edoardo Santavicca','Rettore',UA),
  P('Matej Kranjc','direttore','Automotive Cluster of Slovenia'),P('Ana Beatriz Fontes','responsabile delle politiche di cluster','Agência Nacional de Inovação'),
  P('Roberto Ciccarelli','presidente','Comitato di coordinamento dei poli'),P("Lucia Dell'Orso","desk officer per l'Italia",'Direzione generale Politica regionale e urbana')],
 [O('Regione Abruzzo'),O('Dipartimento Sviluppo Economico'),O("Servizio Ricerca, Innovazione e Poli d'Innovazione"),O(UA),
  O('Gran Sasso Science Institute','GSSI'),O(IS),O('Automotive Cluster of Slovenia','ACS'),O('Agência Nacional de Inovação','ANI'),
  O('Comitato di coordinamento dei poli'),O("Polo Innovazione Meccatronica d'Abruzzo",'PIMA'),O('Giunta regionale'),
  O('Confindustria Abruzzo Medio Adriatico'),O('Camera di Commercio Chieti Pescara'),O('Fira S.p.A.'),O('ANCI Abruzzo'),
  O('Agenzia per la Coesione Territoriale'),O('Direzione generale Politica regionale e urbana','DG REGIO'),O('Commissione europea'),
  O('Ufficio Stampa Giunta Regionale')],
 [E("Stati generali dei poli d'innovazione abruzzesi",'2036-11-19','2036-11-20',"L'Aquila",'Italy'),
  E('visita guidata ai laboratori del GSSI','2036-11-19','2036-11-19',"L'Aquila",'Italy'),
  E('seduta della Giunta regionale','2037-01-15','2037-01-15'),
  E("Stati generali dei poli d'innovazione abruzzesi",'2037','2037','Pescara','Italy'),
  E("Stati generali dei poli d'innovazione abruzzesi",'2035-10-09','2035-10-10','Chieti','Italy')],
 ['2036-11-27','2036-11-19/2036-11-20','2036-11-20','2036-11-19','2033/2036','2037','2037-01-15','2035-10-09/2035-10-10'],
 section('g08','Il rapporto evidenzia che:','Documento conclusivo')+section('g08','Conclusioni e raccomandazioni','Prossimi appuntamenti'))
# g09
AV='West Regional Development Agency'; DP='Danubius Evaluation Partners SRL'; PU='Politehnica University of Timișoara'
t=re.sub(r'\s+',' ',T('g09'))
def sec9(a,b):
    s=t[t.index(a)+len(a):t.index(b,t.index(a))]
    return [x.strip().rstrip('.') for x in re.split(r'\s\d\.\s',' '+s) if x.strip()]
G('g09_timisoara_cluster_programme_evaluation.pdf','2042-02-05',
 [P('Ioana-Maria Popescu-Drăgan','team leader',DP),P('Andrei Szabó','senior analyst',DP),P('Bernadette Van den Broeck','external peer reviewer',None),
  P('Gheorghe Mureșan','Director General',AV),P('Liviu Cătălin Ionescu','Rector',PU)],
 [O(AV,'ADR Vest'),O(DP),O('Regional Innovation Consortium'),O('Banat Mechatronics Cluster'),O('ICT West Cluster'),
  O('Arad Wood and Furniture Cluster'),O('Hunedoara Green Energy Cluster'),O('European Secretariat for Cluster Analysis','ESCA'),O(PU),
  O('West University of Timișoara'),O('Romanian Cluster Association','CLUSTERO'),O('Ministry of Investments and European Projects'),
  O('Innovation and Smart Specialisation Unit')],
 [E('validation workshop','2041-11-26','2041-11-26','Timișoara','Romania'),E('meeting','2042-03-18','2042-03-18','Timișoara','Romania'),
  E('public conference','2042-05','2042-05','Deva','Romania')],
 ['2042-02-05','2035/2041','2035','2041-06/2041-12','2041-11-26','2030','2042','2042-03-18','2042-05'],
 sec9('Main findings','Recommendations')+sec9('Recommendations','Lessons learnt')+
 ['clear calls with fixed dates attracted more applicants than rolling calls','peer visits between clusters were rated as the most useful activity',
  'the absence of a baseline in 2035 made it impossible to measure some effects'])
# g10
CI='Intermunicipal Community of the Aveiro Region'; KP="Kujawsko-Pomorskie Voivodeship Marshal's Office"; VP='Vidzeme Planning Region'
G('g10_aveiro_interregional_workshop_outcomes.md','2039-10-19',
 [P('Ribau Esteves-Pinto','President',CI),P('Helena Vasconcelos Saraiva','Vice-Rector for Cooperation','University of Aveiro'),
  P('Rui Azevedo Lobo',None,'Fórum Oceano'),P('Ilze Bērziņa-Kalniņa',None,VP),P('Tomasz Wiśniewski-Rudnicki',None,KP),P('Mariana Quintela')],
 [O(CI,'CIRA'),O('University of Aveiro'),O('Fórum Oceano – Associação da Economia do Mar'),O('Navalria Estaleiros, S.A.'),O(VP),O(KP),
  O('Toruń Regional Development Agency'),O('Donegal County Council'),O('Satakunnan ammattikorkeakoulu'),O('ecoplus')],
 [E('third interregional workshop','2039-10-05','2039-10-07','Aveiro','Portugal'),
  E('Study visit','2039-10-05','2039-10-05','Ílhavo','Portugal'),E('Workshop dinner','2039-10-05','2039-10-05','Ílhavo','Portugal'),
  E('Steering Committee meeting','2039-10-07','2039-10-07','Aveiro','Portugal'),
  E('next interregional workshop','2040-03-13','2040-03-14','Toruń','Poland'),E('Kick-off meeting','2038-09-20','2038-09-21','Valmiera','Latvia'),
  E('Second interregional workshop','2039-04-03','2039-04-04','Killybegs','Ireland')],
 ['2039-10-19','2039-10-05/2039-10-07','2039-10-05','2039-10-06','2039-10-07','2040','2039-11','2040-03-13/2040-03-14','2038-09-20/2038-09-21','2039-04-03/2039-04-04'],
 section('g10','## Key takeaways','## Lessons')+section('g10','three lessons for other regions:','"We came'))
# g11
DC='Debrecen Pharmaceutical Innovation Cluster'; CF='Central European Cluster Forum'
t11=T('g11'); km11=[]
for w in ['First','Second','Third','Fourth','Finally']:
    m=re.search(r'\n'+w+r', (.*?)\n',t11); km11.append(m.group(1).rstrip('.'))
G('g11_debrecen_cluster_forum_conclusions.txt','2041-10-03',
 [P('Zsófia Kertész-Nagy','Chair of the Board',DC),P('László Bíró','Rector','University of Debrecen'),
  P('Pieter-Jan de Vries','Senior Economist','Organisation for Economic Co-operation and Development'),
  P('Katarzyna Zielińska-Mróz',None,'Polish Agency for Enterprise Development'),P('Juraj Ďurčo',None,'Slovak Innovation and Energy Agency'),
  P('Tünde Oláh-Varga',None,'Ministry for National Economy'),P('Gábor Szűcs-Halmi','Cluster manager',DC),
  P('Veronika Krejčí-Hlaváčková','director','Moravian-Silesian Innovation Centre')],
 [O(DC,'DPIC'),O('University of Debrecen'),O('National Research, Development and Innovation Office','NKFIH'),
  O('Hajdú-Bihar County Chamber of Commerce and Industry'),O('Hajdú Cathode Technologies Kft.'),
  O('Organisation for Economic Co-operation and Development','OECD'),O('Polish Agency for Enterprise Development','PARP'),
  O('Slovak Innovation and Energy Agency','SIEA'),O('Ministry for National Economy'),O('European Commission'),O('Moravian-Silesian Innovation Centre')],
 [E(CF,'2041-09-25','2041-09-26','Debrecen','Hungary'),E('Cluster Policy Lab','2041-09-24','2041-09-24','Debrecen','Hungary'),
  E('Site visit','2041-09-25','2041-09-25'),E('Forum dinner','2041-09-25','2041-09-25','Debrecen','Hungary'),
  E('B2B meetings','2041-09-26','2041-09-26','Debrecen','Hungary'),E('first online meeting','2041-12-02','2041-12-02'),
  E(CF,'2035','2035','Košice','Slovakia'),E(CF,'2036','2036','Rzeszów','Poland'),E(CF,'2037','2037','Ostrava','Czechia'),
  E(CF,'2038-10-06','2038-10-07','Oradea','Romania'),E(CF,'2039-09-28','2039-09-29','Nitra','Slovakia'),
  E(CF,'2040-10-10','2040-10-11','Lublin','Poland'),E(CF,'2042-09','2042-09','Ostrava','Czechia')],
 ['2041-09-25/2041-09-26','2041-10-03','2041-09-24','2041-09-25','2041-09-26','2041','2041-12-02','2035','2036','2037',
  '2038-10-06/2038-10-07','2039-09-28/2039-09-29','2040-10-10/2040-10-11','2042-09'], km11)
# g12
CE='Circular Economy Clusters Europe AISBL'; GR='Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs'
G('g12_cece_position_paper_competitiveness_fund.html','2041-03-14',
 [P('Marie-Hélène Lefebvre-Dupuis','Chair',CE),P('Gustav Lindqvist','Vice-Chair',CE),P('Eleni Roussou','Treasurer',CE),
  P('Jan-Willem ter Horst','Board member',CE),P("Tobias O'Connell-Weber",'Secretary General',CE),
  P('Ines van Beveren','Member of the European Parliament','European Parliament'),P('Radosław Kędzierski','policy officer',GR),
  P('Aurélie Baudouin-Kerjean','Director','Team2')],
 [O(CE,'CECE'),O('European Commission'),O('Team2'),O('Swedish Recycling Cluster'),O('Attica Green Industry Cluster'),
  O('Bio Base Cluster Gelderland'),O('European Parliament'),O(GR),O('Representation of the State of North Rhine-Westphalia to the EU'),
  O('European Investment Bank')],
 [E('General Assembly','2041-03-12','2041-03-12','Lille','France'),
  E('Circular by design: can the Competitiveness Fund reach SMEs?','2041-03-26','2041-03-26','Brussels','Belgium'),
  E('European Cluster Conference','2040-05','2040-05','Copenhagen','Denmark')],
 ['2041-03-14','2042/2048','2041-03-12','2041-01','2035','2041/2044','2041-03-26','2041-03-22','2040-05'],
 section('g12','<h2>Our recommendations</h2>','</ol>'))
# g13
NI='Namur Innovation & Growth'; SP='Walloon Public Service for Economy, Employment and Research'
G('g13_namur_cluster_digital_survey_summary.txt','2034-09-27',
 [P('Margaux Lambrechts-Ndiaye','Author',None),P('Thibault Vanderhaegen','Project Officer',NI),P('Pauline Delvaux','Author',None),
  P('Christophe Malherbe-Joiris','Director General',NI),P('Anne-Sophie Gillard','Head of the Digital Economy Department',SP)],
 [O(NI,'NIG'),O('Université de Namur'),O('Research Centre in Information, Law and Society','CRIDS'),O('Agence du Numérique'),
  O('Ecoconstruction'),O('Logistics in Wallonia'),O('Wagralim'),O('Infopôle'),O('Cluster TWEED'),O('Cap 2020'),O('Plastiwin'),
  O(SP,'SPW EER'),O('Digital Economy Department'),O('Digital Clusters Alliance'),O('Walloon Region')],
 [E('breakfast meeting','2034-10-12','2034-10-12','Namur','Belgium'),E('webinar','2034-11-07','2034-11-07')],
 ['2034-09-27','2034-05-15/2034-06-30','2031','2035','2034-10-12','2034-11-07'],
 section('g13','KEY FINDINGS','=====')+section('g13','the authors recommend that:','====='))
# g14
CIP='Cumbria Innovation Partnership'; ED='Energy Cluster Denmark'
G('g14_cumbria_vejle_mission_lessons.md','2038-06-04',
 [P('Fiona McAllister-Reid','Cluster Development Manager',CIP),P('Ruth Armstrong-Hale','Cabinet Member for Economy','Cumberland Council'),
  P('Sanjay Raghunathan',None,'University of Cumbria'),P('Gareth Nixon','Managing Director','Solway Precision Engineering Ltd'),
  P('Jens Ejner Kristoffersen-Holm','Mayor',None),P('Mette Sønderskov','Senior Adviser','Danish Board of Business Development'),
  P('Lars Vinther Pedersen','Head of Ecosystem Development',ED),P('Birgitte Skov-Lauridsen','chief executive','Fjordvarme A/S')],
 [O(CIP,'CIP'),O('Cumbria Clean Energy Cluster'),O('Cluster Excellence Denmark'),O('Cumberland Council'),O('University of Cumbria'),
  O('Solway Precision Engineering Ltd'),O('Danish Board of Business Development'),O('Fjordvarme A/S'),O(ED),
  O('University of Southern Denmark','SDU'),O('Lifestyle & Design Cluster'),O('Combined Authority'),O('Westmorland and Furness Council')],
 [E('Learning mission to Southern Denmark','2038-05-19','2038-05-21','Vejle, Kolding, Fredericia','Denmark'),
  E('Welcome','2038-05-19','2038-05-19','Vejle','Denmark'),E('Company visit','2038-05-19','2038-05-19','Vejle','Denmark'),
  E('Dinner','2038-05-19','2038-05-19','Vejle','Denmark'),E('Visit','2038-05-20','2038-05-20','Kolding','Denmark'),
  E('Site visit','2038-05-20','2038-05-20','Fredericia','Denmark'),E('Round-up workshop','2038-05-21','2038-05-21','Vejle','Denmark'),
  E('CIP Board meeting','2038-06-22','2038-06-22')],
 ['2038-05-19/2038-05-21','2038-06-04','2039/2045','2038-05-19','2038-05-20','2038-05-21','2039-04','2038','2038-06-22'],
 section('g14','## 4. Lessons learnt','## 5.')+section('g14','## 5. Recommendations for Cumbria','## 6.'))
# g15
NE='North East Scotland Energy Transition Cluster Ltd'
G('g15_aberdeen_energy_cluster_news.html',None,
 [P('Isla Fraser-MacLeod','chief executive',NE),P('Callum Ó Súilleabháin','Deputy Director for Energy Transition','Scottish Government'),
  P('Karen Duthie','Regional Officer','Unite the Union'),P('Alasdair Strachan','Chair',NE),P('Priya Venkataraman','Vice-Chair',NE)],
 [O(NE,'NESETC'),O('Scottish Government'),O('Unite the Union'),O('Centre for Energy Transition'),O('University of Aberdeen'),
  O('Robert Gordon University'),O('Energy Valley Bergen'),O('New Energy Coalition'),O('Aberdeen & Grampian Chamber of Commerce'),
  O('Buchan Subsea Ltd'),O('Fyvie Hydrogen Ltd'),O('Opportunity North East'),O('Scottish Enterprise')],
 [E('round table','2037-04-27','2037-04-27','Aberdeen','United Kingdom'),E('annual general meeting','2037-04-29','2037-04-29','Peterhead','United Kingdom'),
  E('Energy Transition Week Aberdeen','2037-06-16','2037-06-17','Aberdeen','United Kingdom')],
 ['2037-05-13','2037-04-27','2039','2037-05-05','2036/2037','2036-04-01/2037-03-31','2037-04-29','2037-04-30','2037-06-16/2037-06-17','2037-05-31','2037-04-22'],
 section('g15','following conclusions','</ul>')+section('g15','Main outcomes of the year','</ol>'))
# g16
DN='Dalmatian Nautical Cluster'
G('g16_zadar_nautical_cluster_assembly_minutes.txt','2042-02-12',
 [P('Ante Perić-Maras','President',DN),P('Marija Vuković','Cluster Manager',DN),P('Ivana Šarić Bošnjak','Vice-President',DN),
  P('Tomislav Kovačević','Treasurer',DN),P('Dragan Lukić-Oreb','Member',DN),P('Giulia Zanetti-Bortolin','project manager','Friuli Innovazione'),
  P('Nenad Brkljačić','Head','County Chamber Zadar'),P('Lea Jurišić',None,'Directorate for Industry')],
 [O(DN,'DNC'),O('University of Zadar'),O('Marina Borik d.o.o.'),O('Adria Composite Yachts d.o.o.'),
  O('Zadar County Development Agency ZADRA NOVA'),O('Friuli Innovazione'),O('County Chamber Zadar'),O('Croatian Chamber of Economy'),
  O('Ministry of Economy'),O('Directorate for Industry'),O('Department of Economics')],
 [E('Annual General Assembly','2042-02-05','2042-02-05','Zadar','Croatia'),E('boot Düsseldorf','2041-01','2041-01','Düsseldorf','Germany'),
  E('boot Düsseldorf','2043-01','2043-01','Düsseldorf','Germany'),E('Nautical Industry Days','2042-05-28','2042-05-30','Zadar','Croatia'),
  E('B2B meetings','2042-05-29','2042-05-29','Zadar','Croatia'),E('national cluster day','2042-03-04','2042-03-04','Zagreb','Croatia'),
  E('Assembly','2041-11-20','2041-11-20','Šibenik','Croatia')],
 ['2042-02-05','2042-02-12','2041','2042','2041-01','2041-09/2041-12','2043-01','2043/2047','2042-05-28/2042-05-30','2042-05-29','2042-03-04','2042-04-30','2042-07-01','2041-11-20'],
 ['members value training and fairs most','the cluster depends too much on project funding','small repair yards on the islands rarely take part in cluster activities']
 +section('g16','decided as follows:','The President closed'))
