import json, os
D = {}
def P(*a): return [dict(name=n, role=r, organisation=o) for n, r, o in a]
def O(*a): return [dict(name=n, acronym=c) for n, c in a]
def E(*a): return [dict(name=n, start=s, end=e, city=c, country=k) for n, s, e, c, k in a]
HR='Croatia'
D['g05']=dict(people=P(("Matija Horvat-Zadravec","predsjednik Upravnog vijeća","KMDIM"),("Ivana Novak Kralj","izvanredna profesorica","Fakultet strojarstva i brodogradnje Sveučilišta u Zagrebu"),
 ("Dragutin Vrbanec","župan","Međimurska županija"),("Kristina Posavec","ravnateljica","Regionalna razvojna agencija Međimurje"),("Florian Gruber-Lasnik","direktor","Holzcluster Steiermark GmbH"),
 ("Zsófia Nagy-Tóth","voditeljica projekata","Pannon Business Network"),("Stjepan Bajzek","predsjednik klastera","KMDIM"),("Lana Kovačić-Šoštarić","tajnica klastera","KMDIM"),
 ("Nikola Baranašić",None,"REDEA"),("Petra Lisjak",None,"Obrtnička komora Međimurske županije")),
 organisations=O(("Klaster metaloprerađivačke i drvne industrije Međimurja","KMDIM"),("Međimurska županija",None),("Regionalna razvojna agencija Međimurje","REDEA"),("Centar za kompetencije Međimurje","CEKOM"),
 ("Fakultet strojarstva i brodogradnje Sveučilišta u Zagrebu",None),("Holzcluster Steiermark GmbH",None),("Pannon Business Network",None),("Elkom d.o.o.",None),("Pomurskog tehnološkog parka",None),
 ("Obrtnička komora Međimurske županije",None),("Grad Čakovec",None),("Hrvatska gospodarska komora – Županijska komora Čakovec",None),("Međimursko veleučilište u Čakovcu",None)),
 events=E(("7. kongres međimurske industrije","2035-10-11","2035-10-12","Čakovec",HR),("svečana večera","2035-10-11","2035-10-11","Čakovec",HR),("posjet tvornicama članica klastera","2035-10-12","2035-10-12",None,None),
 ("6. kongres","2034-10-13","2034-10-14","Čakovec",HR),("5. kongres","2033-10-06","2033-10-07","Prelog",HR),("4. kongres","2032-09-30","2032-09-30","Mursko Središće",HR),
 ("3. kongres","2031-10-08","2031-10-08","Čakovec",HR),("2. kongres","2030-10-09","2030-10-09","Čakovec",HR),("1. kongres","2029-11-24","2029-11-24","Nedelišće",HR)),
 dates=["2035-10-11/2035-10-12","2035-09-15","2035-10-01","2034-10-13/2034-10-14","2033-10-06/2033-10-07","2032-09-30","2031-10-08","2030-10-09","2029-11-24","2029","2030","2031","2032","2033","2034","2035-06-03"],
 key_messages=["Automatizacija malih pogona mora ići zajedno s prekvalifikacijom postojećih radnika","Klaster će osnovati zajednički centar za ispitivanje i certificiranje proizvoda",
 "Međimurska županija i klaster zajedno će tražiti sredstva za novu industrijsku zonu uz autocestu","Suradnju s klasterima u Sloveniji, Austriji i Mađarskoj treba pretvoriti u zajedničke projekte, a ne samo posjete"])
MK='North Macedonia'
bm=[("2036-01-22","Gevgelija"),("2036-03-11","Strumica"),("2036-04-08",None),("2036-05-20","Valandovo"),("2036-07-15","Bogdanci"),("2036-09-23","Gevgelija"),("2036-11-18","Skopje"),("2036-12-16","Gevgelija")]
D['g06']=dict(people=P(("Goran Stojanov","Chair of the Board","Agro Vardar DOOEL"),("Elena Trajkovska-Mitreva","Vice-Chair","Winery Ilinden"),("Blagoj Dimitrievski","Member","Fruit Export Valandovo DOO"),
 ("Marija Kostadinova","Member","Dojran Fish DOOEL"),("Ljupčo Hristov","Member","Faculty of Agriculture, Goce Delčev University"),("Vesna Angelovska","Member","Municipality of Gevgelija"),
 ("Dimitrios Papadakis","Member (co-opted, non-voting)","Thessaloniki Agrifood Cluster"),("Snežana Pop-Georgieva","Cluster Manager","Southeast Agri-Food Cluster"),("Nikola Zdravkovski","Supervisory Board chair","Southeast Agri-Food Cluster")),
 organisations=O(("Southeast Agri-Food Cluster","SEAFC"),("Ristovski & Partners",None),("Winery Ilinden",None),("Fund for Innovation and Technology Development","FITD"),("Agro Vardar DOOEL",None),("Fruit Export Valandovo DOO",None),
 ("Dojran Fish DOOEL",None),("Faculty of Agriculture, Goce Delčev University",None),("Municipality of Gevgelija",None),("Thessaloniki Agrifood Cluster",None),("Southeast Planning Region Development Centre",None),("Chamber of Commerce",None)),
 events=E(*[("board meeting",d,d,c,MK if c else None) for d,c in bm],("end-of-year lunch with members","2036-12-16","2036-12-16","Gevgelija",MK),("General Assembly of members","2036-03-27","2036-03-27","Gevgelija",MK),
 ("Vardar Valley Fruit Days 2036","2036-10-09","2036-10-11","Gevgelija",MK),("B2B meeting day for buyers","2036-10-10","2036-10-10","Gevgelija",MK),("Macedonian Food Fair",None,None,None,None)),
 dates=["2035-12-10","2035-12-12"]+[d for d,c in bm]+["2036-03-27","2036-10-09/2036-10-11","2036-10-10","2036-09-30","2036-02","2034/2038","2037/2040"],key_messages=[])
D['g07']=dict(people=P(("Olegario Ramón Fernández","presidente","Consejo Comarcal del Bierzo"),("Gloria Merayo de la Vega","alcaldesa de Ponferrada",None),("Beatriz Álvarez-Folgueral","enóloga y directora técnica","Consejo Regulador de la D.O. Bierzo"),
 ("Iván Carballo Prieto","gerente","Clúster Agroalimentario del Bierzo"),("Sophie Lenoir-Dufresne",None,"Groupe Lenoir Distribution"),("Adam Kowalczyk",None,"Polska Żywność Import Sp. z o.o."),("Lucía Bello Ovalle",None,"Conservas Bello, S.L."),
 ("Nerea Valcarce Gómez","Técnica de internacionalización","Enterprise Europe Network Castilla y León")),
 organisations=O(("Clúster Agroalimentario del Bierzo","CLAB"),("Cámara Oficial de Comercio, Industria y Servicios de León",None),("Enterprise Europe Network Castilla y León",None),("Consejo Comarcal del Bierzo",None),
 ("Consejo Regulador de la D.O. Bierzo",None),("Groupe Lenoir Distribution",None),("Polska Żywność Import Sp. z o.o.",None),("Conservas Bello, S.L.",None),("Instituto para la Competitividad Empresarial de Castilla y León","ICE")),
 events=E(("Bierzo Food & Wine Meetings 2034","2034-11-08","2034-11-09","Ponferrada",'Spain'),("XII Feria Agroalimentaria del Bierzo","2034-11-08","2034-11-09","Ponferrada",'Spain'),("Inauguración de la feria","2034-11-08","2034-11-08","Ponferrada",'Spain'),
 ("Cata comentada de vinos del Bierzo","2034-11-08","2034-11-08","Ponferrada",'Spain'),("Cena de bienvenida","2034-11-08","2034-11-08",None,None),("Mesa redonda «Exportar desde un territorio pequeño»","2034-11-09","2034-11-09","Ponferrada",'Spain'),
 ("Visita a bodegas y a una planta de asado de pimientos","2034-11-09","2034-11-09","Cacabelos",'Spain'),("edición de 2033","2033","2033",None,None)),
 dates=["2034-11-08/2034-11-09","2034-09-12","2034-09-15","2034-10-17","2034-10-20/2034-11-03","2034-11-06","2034-11-08","2034-11-09","2034-10-24","2034-10-20","2033"],key_messages=[],published_date="2034-09-12")
LT='Lithuania'
D['g08']=dict(people=P(("Rūta Kazlauskienė","klasterio vadovė","Aukštaitijos pramonės klasteris"),("Mindaugas Petrauskas","generalinis direktorius","UAB „Utenos metalas\""),("Vilma Jankauskienė","finansininkė",None),
 ("Danutė Stankevičienė","revizorė",None),("Tomas Žilinskas","Klasterių skyriaus vadovas","Inovacijų agentūros"),("Aistė Žukauskaitė","docentė","Kauno technologijos universiteto Panevėžio fakulteto"),
 ("Jonas Vaitkus","direktorius","UAB „Ąžuolo baldai\""),("Ingrida Šimkūnaitė-Bernotienė","gamybos vadovė","AB „Aukštaitijos tekstilė\""),("Paulius Maceina","dekanas","Utenos kolegijos Verslo ir technologijų fakulteto"),
 ("Laura Grigaitė","savininkė","UAB „Grigo elektronika\""),("Arūnas Baranauskas","technologas","Utenos alaus daryklos")),
 organisations=O(("Aukštaitijos pramonės klasteris","APK"),("UAB „Utenos metalas\"",None),("Inovacijų agentūros",None),("Kauno technologijos universiteto Panevėžio fakulteto",None),("UAB „Ąžuolo baldai\"",None),
 ("AB „Aukštaitijos tekstilė\"",None),("Utenos kolegijos Verslo ir technologijų fakulteto",None),("UAB „Grigo elektronika\"",None),("Utenos alaus daryklos",None),("Latgale Industrial Cluster",None),("Utenos verslo informacijos centre",None)),
 events=E(("visuotinis narių susirinkimas","2035-06-14","2035-06-14","Utena",LT),("Neformalus bendravimas prie taurės vyno","2035-06-14","2035-06-14","Utena",LT),("ekskursija","2035-06-14","2035-06-14","Utena",LT),
 ("naujosios valdybos pirmasis posėdis","2035-06-14","2035-06-14","Utena",LT),("tarptautinis seminaras „Mediena ir metalas modulinėje statyboje\"","2035-06-27","2035-06-28","Utenoje",LT),
 ("Klasterių forumas 2035","2035-05-15","2035-05-15","Vilniuje",LT),("klasterio forumas",None,None,"Utenoje",LT),("Balttechnika 2036",None,None,None,None),("pakartotinis susirinkimas","2035-06-28","2035-06-28","Utena",LT)),
 dates=["2035-06-14","2035-05-28","2031/2035","2036/2040","2034","2035/2037","2036","2035-05-30","2035-06-07","2035-06-09","2035-06-13","2035-06-28","2035-06-06","2035-06-10","2035-06-27/2035-06-28","2035-04-22","2035-05-15"],key_messages=[],published_date="2035-05-28")
ws=[("2037-02-10",'Session 1: "From overtourism to all-year tourism: what the data say"'),("2037-03-03",'Session 2: "Booking engines, channel managers and the small family hotel"'),
 ("2037-03-24",'Session 3: "Lakes that work together: lessons from Lake Bled and Lake Constance"'),("2037-04-14",'Session 4: "Local food on the tourist plate"'),
 ("2037-05-05",'Session 5: "Green certification for small accommodation"'),("2037-05-26",'Session 6: "Funding for tourism SMEs in 2037–2038"')]
D['g09']=dict(people=P(("Ardita Sulejmani-Trajkovska","Cluster Coordinator","Lake Ohrid Tourism Cluster"),("Biljana Petreska-Nikolovska","Associate Professor","Faculty of Tourism and Hospitality, St. Kliment Ohridski University"),
 ("Artan Rexhepi","Owner","Hotel Drim Sunset"),("Mateja Kos Brezovar",None,"Slovenian Tourist Board"),("Klaus-Dieter Oberhuber",None,"Internationale Bodensee-Konferenz"),("Jelena Vasiljević-Marković","Cluster manager","Serbian Gastro Tourism Cluster"),
 ("Siobhán O'Donoghue","Senior Adviser","Fáilte Ireland"),("Elizabeta Dimovska","Head of Unit","Fund for Innovation and Technology Development"),("Nikola Angelovski","president","Lake Ohrid Tourism Cluster"),
 ("Marija Talevska","guesthouse owner",None),("Erion Kasa",None,"Pogradec Tourism Network")),
 organisations=O(("Lake Ohrid Tourism Cluster","LOTC"),("Pogradec Tourism Network",None),("Swiss Agency for Development and Cooperation","SDC"),("Faculty of Tourism and Hospitality, St. Kliment Ohridski University",None),("Hotel Drim Sunset",None),
 ("Slovenian Tourist Board",None),("Internationale Bodensee-Konferenz",None),("Serbian Gastro Tourism Cluster",None),("Fáilte Ireland",None),("Fund for Innovation and Technology Development",None)),
 events=E(*[(n,d,d,None,None) for d,n in ws],("Smart Lakeside Day","2037-06-16","2037-06-16","Struga",MK),("boat trip to the springs of the Black Drin","2037-06-16","2037-06-16",None,None),("dinner for participants","2037-06-16","2037-06-16","Struga",MK),
 ("Ohrid Tourism Fair","2037-10-02","2037-10-04","Ohrid",MK),("General Assembly of LOTC","2037-04-30","2037-04-30","Struga",MK),("Smart Lakeside webinar series 2037","2037-02-10","2037-06-16",None,None),("first series","2036","2036",None,None)),
 dates=[d for d,n in ws]+["2037/2038","2037-06-16","2036","2035/2038","2037-10-02/2037-10-04","2037-04-30"],key_messages=[])
IS='Iceland'
D['g10']=dict(people=P(("Alba Rodríguez de Miguel","Project Officer","CLAZ"),("Tomás Hernández Lobato","Managing Director","CLAZ"),("Hildur Sigurðardóttir","project manager","Þekkingarnet Þingeyinga"),
 ("Jón Örn Guðmundsson",None,"SSNE"),("Einar Baldursson","plant manager","Mjólkursamsalan"),("Ásthildur Sturludóttir","Mayor of Akureyri",None),("Rannveig Björnsdóttir",None,"University of Akureyri"),
 ("Gunnar Páll Pétursson","managing director","GPG Seafood"),("Reinhard Reynisson","head of the regional business development unit","SSNE"),("María Helena Tryggvadóttir","owner","Hvammur Cheese Farm"),
 ("Pilar Fernández-Valbuena","President","Lácteos del Duero S. Coop."),("Sigríður Ósk Kristjánsdóttir","energy engineer",None),("Hjálmar Bogi Hafliðason","Councillor",None)),
 organisations=O(("CLUSTER LÁCTEO Y AGROALIMENTARIO DE ZAMORA","CLAZ"),("Junta de Castilla y León",None),("Dirección General de Industria Agroalimentaria",None),("Þekkingarnet Þingeyinga","Þekkingarnet"),("Diputación de Zamora",None),
 ("Universidad de Salamanca",None),("Samtök sveitarfélaga og atvinnuþróunar á Norðurlandi eystra","SSNE"),("Mjólkursamsalan",None),("University of Akureyri",None),("GPG Seafood",None),("Hvammur Cheese Farm",None),
 ("Lácteos del Duero S. Coop.",None),("Landsvirkjun",None),("Húsavík Knowledge Centre",None),("Norðurþing",None),("European Union",None)),
 events=E(("study visit","2033-09-12","2033-09-15",None,IS),("company visit to Mjólkursamsalan's dairy plant","2033-09-12","2033-09-12","Akureyri",IS),("welcome reception","2033-09-12","2033-09-12","Akureyri",IS),
 ("visit to the University of Akureyri","2033-09-13","2033-09-13","Akureyri",IS),("Visit to the GPG Seafood processing plant","2033-09-13","2033-09-13","Húsavík",IS),("round table \"Cold climate, warm cooperation\"","2033-09-13","2033-09-13","Húsavík",IS),
 ("Visit to the geothermal greenhouses","2033-09-14","2033-09-14",None,IS),("workshop","2033-09-14","2033-09-14","Húsavík",IS),("farewell dinner","2033-09-14","2033-09-14","Húsavík",IS),("visit to a family dairy farm","2033-09-15","2033-09-15",None,IS),
 ("Feria del Queso de Zamora","2034","2034","Zamora",'Spain'),("joint webinar on heat networks","2033-11-23","2033-11-23",None,None),("next visit, to Friesland","2034","2034",None,None)),
 dates=["2033-09-12/2033-09-15","2033-10-02","2033-09-12","2033-09-13","2033-09-14","2033-09-15","2033-09-28","2034","2033-12","2033-11-23"],
 key_messages=["Renewable heat in cheese making is feasible at small scale if municipalities plan heat networks together with food companies","CLAZ should map waste heat from the biogas plants and the Ricobayo hydropower area for potential use by members",
 "Direct sales to visitors can finance part of the modernisation of small dairies, as at Hvammur","A permanent exchange of apprentices between Zamora and North Iceland should be explored with the Universidad de Salamanca and the University of Akureyri"],published_date="2033-10-02")
json.dump(D, open(os.path.dirname(__file__)+'/mine_b.json','w'), ensure_ascii=False, indent=1)
