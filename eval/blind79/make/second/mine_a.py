# second annotator's own lists, written before opening each gold file
import json, os
D = {}
def P(*a): return [dict(name=n, role=r, organisation=o) for n, r, o in a]
def O(*a): return [dict(name=n, acronym=c) for n, c in a]
def E(*a): return [dict(name=n, start=s, end=e, city=c, country=k) for n, s, e, c, k in a]
SI='Slovenia'
D['g01']=dict(people=P(("Tjaša Kolenc Ribič","direktorica","RRA Zasavje"),("Aleš ŠKERLJ","vodja Sektorja za regionalni razvoj","Ministrstvo za kohezijo in regionalni razvoj"),
 ("Mateja Drnovšek Zupan","vodja grozda",None),("Urška Kovač","svetovalka","SPOT svetovanje Zasavje"),("Miha Jerman",None,"Kemijski inštitut"),
 ("Nina van der Linde","vodja projektov","HyNorth B.V."),("Gregor Sotlar",None,None),("Petra Lipovšek","koordinatorka","Enterprise Europe Network Slovenija"),
 ("Marko Zupančič-Hribar","direktor","Termit d.d."),("Jure Forte","župan","Občina Trbovlje"),("Mojca Pečnik","županja","Občina Hrastnik"),
 ("Karmen Haller von Dornstein",None,"DG REGIO"),("Rok Verbič","Predstavnik sklada","Slovenski podjetniški sklad")),
 organisations=O(("Regionalna razvojna agencija Zasavje","RRA Zasavje"),("Grozd krožnih materialov Zasavje",None),("Ministrstvo za kohezijo in regionalni razvoj",None),
 ("Podjetniški inkubator Hrastnik",None),("SPOT svetovanje Zasavje",None),("Grozd za energetsko tranzicijo Posavje–Zasavje",None),("Kemijski inštitut",None),("HyNorth B.V.",None),
 ("Steklarna Hrastnik",None),("Enterprise Europe Network Slovenija",None),("Območna obrtno-podjetniška zbornica Zagorje ob Savi","OOZ Zagorje ob Savi"),("Termit d.d.",None),
 ("Občina Trbovlje",None),("Občina Zagorje ob Savi",None),("Občina Hrastnik",None),("Generalni direktorat Evropske komisije za regionalno in mestno politiko","DG REGIO"),
 ("Dewesoft",None),("Slovenski podjetniški sklad","SPS"),("Tehnološkega centra Zasavje",None),("Evropska unija",None)),
 events=E(("Zasavski dan krožnega gospodarstva","2033-09-22","2033-09-22","Trbovlje",SI),("Delavnica: Kako do vavčerja za digitalizacijo","2033-09-29","2033-09-29","Hrastnik",SI),
 ("Spletni seminar »Vodik v energetsko intenzivni industriji«","2033-10-06","2033-10-06",None,None),("B2B srečanje dobaviteljev za steklarsko industrijo","2033-10-14","2033-10-14","Hrastnik",SI),
 ("Zasavski podjetniški zajtrk","2033-10-21","2033-10-21","Izlake",SI),("Konferenca Zasavje 2040: industrija po premogu","2033-11-09","2033-11-10","Zagorje ob Savi",SI),
 ("ogled obrata Dewesoft","2033-11-10","2033-11-10","Trbovlje",SI),("Večerja za govornike in partnerje","2033-11-09","2033-11-09",None,None),
 ("Informativni dan za javni razpis za spodbujanje zagonskih podjetij","2033-11-24","2033-11-24","Trbovlje",SI),("Novoletno srečanje zasavskih grozdov","2033-12-11","2033-12-11","Trbovlje",SI),
 ("Poletna šola za mlade podjetnike","2033-07-07","2033-07-11","Trbovlje",SI),("Dan odprtih vrat Tehnološkega centra Zasavje","2033-06-12","2033-06-12",None,None),
 ("Zasavski dan krožnega gospodarstva 2032","2032-09-23","2032-09-23","Hrastnik",SI)),
 dates=["2033-09-02","2033-09","2033-09-22","2033-09-29","2033-10","2033-10-06","2033-10-14","2033-10-07","2033-10-21","2033-11","2033-11-09/2033-11-10","2033-11-09","2033-11-24","2034-01-15","2033-12","2033-12-11","2033-07-07/2033-07-11","2033-06-12","2032-09-23"],key_messages=[])
AL='Albania'
D['g02']=dict(people=P(("Arben Çela","President","Elbasan Metalworking Cluster"),("Majlinda Hoxha-Dervishi","Rector","Aleksandër Xhuvani University"),("Ilir Bejtja","Mayor of Elbasan",None),
 ("Friedrich von Wallenberg-Pachaly","Managing Director","Hüttenwerk Südost GmbH"),("Elira Kokona","Moderator","AIDA"),("Gentian Lika","CEO","Kurum Steel sh.a."),
 ("Marta de la Fuente Ortega","Senior Adviser","CIDAUT Foundation"),("Besnik Shehu",None,"Ministry of Economy, Culture and Innovation"),("Dorina Mema","cluster manager","Elbasan Metalworking Cluster"),
 ("Tomasz Wiśniewski-Kühn","Purchasing Director","AutoParts Balkan d.o.o."),("Anila Gjoni","Owner","Gjoni Metal Works sh.p.k."),("Erion Rama","Moderator","Chamber of Commerce and Industry of Elbasan"),
 ("Sanja Petrović","Director",'Vocational School "Kristo Isak"'),("Jürgen Ottenschläger",None,"GIZ Albania"),("Klodiana Hysa","Moderator",None),("Ardit Berisha",None,"European Bank for Reconstruction and Development"),
 ("Valbona Muça",None,"Raiffeisen Bank Albania"),("Eva Zimmermann-Baloku","Chair","European Cluster Collaboration Platform"),("Stefan Jovanović","Panellist","Serbian Association of Clusters"),
 ("Ana Stojanovska","Panellist","Macedonian Metalworking Cluster"),("Fatmir Krasniqi","Panellist","Kosovo Metal Cluster")),
 organisations=O(("Elbasan Metalworking Cluster","EMC"),("Albanian Investment Development Agency","AIDA"),("Chamber of Commerce and Industry of Elbasan",None),("European Cluster Collaboration Platform","ECCP"),
 ("Aleksandër Xhuvani University",None),("Hüttenwerk Südost GmbH",None),("Kurum Steel sh.a.",None),("CIDAUT Foundation",None),("Ministry of Economy, Culture and Innovation",None),("AutoParts Balkan d.o.o.",None),
 ("Gjoni Metal Works sh.p.k.",None),('Vocational School "Kristo Isak"',None),("GIZ Albania",None),("European Bank for Reconstruction and Development","EBRD"),("Raiffeisen Bank Albania",None),
 ("Serbian Association of Clusters",None),("Macedonian Metalworking Cluster",None),("Kosovo Metal Cluster",None),("Elbasan Industrial Park",None)),
 events=E(("Central Albania Metals & Materials Forum 2035","2035-04-24","2035-04-25","Elbasan",AL),("Forum dinner","2035-04-24","2035-04-24","Elbasan",AL),
 ('Panel: "Western Balkans clusters working together"',"2035-04-25","2035-04-25","Elbasan",AL),("B2B meetings","2035-04-25","2035-04-25","Elbasan",AL),
 ("Site visit to the Kurum Steel plant and the Elbasan Industrial Park","2035-04-25","2035-04-25","Elbasan",AL),("annual meeting of metal, steel and materials companies of Central Albania","2033","2033","Elbasan",AL),
 ("annual meeting of metal, steel and materials companies of Central Albania","2034","2034","Durrës",AL)),
 dates=["2035-04-24/2035-04-25","2035-03-28","2033","2034","2035-04-24","2035-04-25","2035-04-11","2035-04-17","2035-04-04"],key_messages=[])
ES='Spain'
D['g03']=dict(people=P(("Pere Vilanova i Puig","alcalde d'Olot",None),("Montserrat Roca Bassols","presidenta","Consell Comarcal de la Garrotxa"),("Jordi Serrat","president","Clúster Alimentari de la Garrotxa"),
 ("Laia Font de Rubinat","directora","Institut de Recerca i Tecnologia Agroalimentàries"),("Marta Pujolràs","gerent","Clúster Alimentari de la Garrotxa"),("Joan Carles Soler","director d'operacions","Embotits Sant Miquel, SL"),
 ("Núria Casadevall","responsable de qualitat","Formatges de la Vall d'en Bas, SCCL"),("Henrik Lindqvist","investigador","RISE Research Institutes of Sweden"),("Albert Oliveras","director general","Fleques Garrotxa, SA"),
 ("Anna Maria Bosch-Surroca","consultora","Foodtech Lab, SL"),("Claire Dubois-Maréchal",None,"Chambre de Commerce et d'Industrie des Pyrénées-Orientales"),("Xavier Masó","tècnic","ACCIÓ"),
 ("Elisenda Grau i Vidal","consellera d'Empresa i Treball","Generalitat de Catalunya")),
 organisations=O(("Clúster Alimentari de la Garrotxa","CAG"),("Ajuntament d'Olot",None),("Consell Comarcal de la Garrotxa",None),("ACCIÓ – Agència per la Competitivitat de l'Empresa","ACCIÓ"),("Generalitat de Catalunya",None),
 ("Diputació de Girona",None),("Universitat de Girona","UdG"),("Unió Europea",None),("Institut de Recerca i Tecnologia Agroalimentàries","IRTA"),("Embotits Sant Miquel, SL",None),("Formatges de la Vall d'en Bas, SCCL",None),
 ("RISE Research Institutes of Sweden","RISE"),("Fleques Garrotxa, SA",None),("Foodtech Lab, SL",None),("Chambre de Commerce et d'Industrie des Pyrénées-Orientales","CCI Pyrénées-Orientales")),
 events=E(("III Jornada d'Innovació Agroalimentària de la Garrotxa","2034-03-16","2034-03-16","Olot",ES),("Taula rodona: envasos sostenibles","2034-03-16","2034-03-16","Olot",ES),
 ("Dinar de treball","2034-03-16","2034-03-16","Olot",ES),("Taller A: Exportar a França després del 2033","2034-03-16","2034-03-16","Olot",ES),("Taller B: Ajuts i finançament","2034-03-16","2034-03-16","Olot",ES),
 ("Visita opcional a l'obrador de Formatges de la Vall d'en Bas","2034-03-16","2034-03-16",None,None),("trobada","2032","2032","Besalú",ES),("trobada","2033","2033","Santa Pau",ES)),
 dates=["2034-03-16","2034-03-09","2032","2033","2028/2034","2030","1961"],key_messages=[])
NL='Netherlands'
D['g04']=dict(people=P(("Marieke van 't Hof","clustermanager","Maritiem Cluster West-Friesland"),("Jan-Willem de Boer","gedeputeerde Economie","Provincie Noord-Holland"),
 ("Femke Hoogland-Visser","directeur","Hoogland Scheepselektro"),("Bas Kroon",None,"Kroon Maritieme Interieurs B.V."),("Sjoerd Klaver","lector Maritieme Innovatie","Hogeschool Inholland"),
 ("Sietse Zijlstra","voorzitter","Fryske Maritiem Netwurk"),("Van der Meer",None,"Van der Meer Hydrauliek B.V."),("Dirk-Jan Schagen",None,None)),
 organisations=O(("Maritiem Cluster West-Friesland","MCWF"),("Provincie Noord-Holland",None),("Ontwikkelingsbedrijf Noord-Holland Noord","NHN"),("Kamer van Koophandel",None),("Netherlands Maritime Technology","NMT"),
 ("Scheepswerf De Kogge B.V.",None),("Zijlstra Jachtbouw B.V.",None),("Hoogland Scheepselektro",None),("Kroon Maritieme Interieurs B.V.",None),("Van der Meer Hydrauliek B.V.",None),("Marine Composites Noord B.V.",None),
 ("Scheepvaartbedrijf Wierdijk v.o.f.",None),("Regionaal Opleidingscentrum Horizon College",None),("Hogeschool Inholland",None),("Fryske Maritiem Netwurk",None),("Rijkswaterstaat",None)),
 events=E(("Maritime Industry 2036","2036-05-20","2036-05-22","Gorinchem",NL),("Officiële opening van het paviljoen","2036-05-20","2036-05-20","Gorinchem",NL),
 ("Pitchsessie „Elektrisch varen op het IJsselmeer\"","2036-05-20","2036-05-20","Gorinchem",NL),("Westfriese borrel","2036-05-20","2036-05-20","Gorinchem",NL),("Studentenontbijt","2036-05-21","2036-05-21","Gorinchem",NL),
 ("Presentatie van het onderzoek „Werven in 2040\"","2036-05-21","2036-05-21","Gorinchem",NL),("Ondertekening van de samenwerkingsovereenkomst","2036-05-21","2036-05-21","Gorinchem",NL),
 ("Ronde tafel met inkopers","2036-05-22","2036-05-22","Gorinchem",NL),("Maritime Industry 2034","2034","2034",None,None)),
 dates=["2036-04-03","2036-05-20/2036-05-22","2034","2036-05-20","2036-05-21","2036-05-22","2036-05-13","2037","2036-10-01"],key_messages=[])
json.dump(D, open(os.path.dirname(__file__)+'/mine_a.json','w'), ensure_ascii=False, indent=1)
