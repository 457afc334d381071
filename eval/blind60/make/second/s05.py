from w import W
P=[("Zsófia KERTÉSZ-NAGY","President","Pannon Food Cluster Kft."),("Radoslav ILIEV","Vice-President","Dunav Agro Cluster OOD"),
("Alexandra POPESCU-DRĂGAN","Vice-President","Cluster Agro-Food Dunărea de Jos S.R.L."),("Florian zu EULENBURG","Treasurer","Agrarcluster Niederösterreich GmbH"),
("Bence HORVÁTH","Secretary General","DAFCN Secretariat"),("Gábor SZŰCS","cluster manager","Alföldi Gabona Klaszter Nonprofit Kft."),
("Desislava PENEVA","executive director","Klaster Mlechni Produkti Silistra EOOD"),("Mihai-Cristian STAN","cluster manager","Asociația Clusterul Viticol Dobrogea"),
("Jelena MARKOVIĆ-ĐURIĆ","director","Vojvođanski klaster poljoprivrede d.o.o."),("Nenad PETROVIĆ","coordinator","Klaster organske proizvodnje Srem d.o.o."),
("Ivana BABIĆ VUKOVIĆ","manager","Slavonski prehrambeni klaster d.o.o."),("Katarína HORŇÁKOVÁ","chair","Podunajský potravinársky klaster, o. z."),
("Matthias von der HEYDT","chairman","Donau-Ernährungscluster Niederbayern e.V."),("Réka FARKAS","R&D manager","Agroinnova Baranya Zrt."),
("Todor NIKOLOV","CEO","Biomilk Dunav AD"),("Ioana VLAD","quality director","Fermentis Lacto S.A."),("Sabine HOLZINGER","head of breeding","Donau Saatgut AG"),
("Tomasz WÓJCIK","export manager","Polskie Sady Sp. z o.o."),("Rūta JANKAUSKIENĖ","business development","Baltic Grain Trade UAB"),
("Ville RANTANEN","sales director","Pohjolan Kauraosuuskunta Oy"),("Peter KRAJČÍ","CTO","Agrotechnologies Danubia s.r.o."),
("Milan JOVANOVIĆ","director","Food Research Institute Novi Sad"),("Vesela TODOROVA-ANGELOVA","senior researcher","Institute of Cryobiology and Food Technologies"),
("Erzsébet BALOGH",None,"Alföldi Gabona Klaszter Nonprofit Kft."),("Plamen GEORGIEV",None,"Biomilk Dunav AD"),("Dragana SIMIĆ","secretary general","Danube Agri-Food Cluster Network")]
orgs=[("Danube Agri-Food Cluster Network","DAFCN"),("DAFCN Secretariat",None)]
seen=set()
for _,_,o in P:
    if o and o not in seen and o not in ("DAFCN Secretariat","Danube Agri-Food Cluster Network"): seen.add(o); orgs.append((o,None))
orgs.append(("AgroInovare Chișinău",None))
F="Danube Agri-Food Forum"
W('danube-agrifood-member-directory-2035-pdf', P, orgs,
[("7th Danube Agri-Food Forum","2035-05-21","2035-05-23","Galați","Romania"),("study visit to organic farms in Srem","2035-09-09","2035-09-09",None,"Serbia"),
("General Assembly 2035","2035-10-18","2035-10-18","Passau","Germany"),("Executive Board meeting","2035-10-17","2035-10-17","Passau","Germany"),
("General Assembly","2034-10-12","2034-10-12","Ruse","Bulgaria"),
(F+" (2029 edition)","2029","2029","Novi Sad","Serbia"),(F+" (2030 edition)","2030","2030","Pécs","Hungary"),(F+" (2031 edition)","2031","2031","Ruse","Bulgaria"),
(F+" (2032 edition)","2032","2032","Osijek","Croatia"),(F+" (2033 edition)","2033","2033","Tulln an der Donau","Austria"),(F+" (2034 edition)","2034","2034","Komárno","Slovakia")],
["2035-03-03","2029","2034-10-12","2034/2036","2035-05-21/2035-05-23","2035-09-09","2035-10-18","2030","2031","2032","2033","2034","2035-01","2035-01-01","2035-02-28"],
pub="2035-03-03")
