from h import *
F = 'g07_alba_woodvalue_intalnire.txt'
assert wd(2037,6,10)=='Wednesday' and wd(2037,6,11)=='Thursday' and wd(2037,6,12)=='Friday' and wd(2037,9,15)=='Tuesday'
T = """Clusterul Lemnului Transilvania de Sud | Știri | Proiecte europene
Acasă > Noutăți > Proiecte europene > WOODVALUE

Sebeș a găzduit a patra întâlnire interregională a proiectului WOODVALUE

Publicat: 19 iunie 2037 | Autor: Raluca Moldovan-Pop, responsabil comunicare | Citire: 4 minute

În perioada 10–12 iunie 2037, Clusterul Lemnului Transilvania de Sud (CLTS) și Consiliul Județean Alba au fost gazdele celei de-a patra întâlniri interregionale a proiectului WOODVALUE, finanțat prin programul Interreg Europe. Proiectul, derulat între 2035 și 2039, reunește opt parteneri din șapte state membre care lucrează la îmbunătățirea politicilor regionale pentru lanțul valoric al lemnului: de la exploatarea forestieră sustenabilă până la mobilier și construcții din lemn.

Partenerii proiectului:
- Consiliul Județean Alba (România) – partener principal
- Clusterul Lemnului Transilvania de Sud (România)
- Holzcluster Steiermark GmbH (Austria)
- Lesarski grozd Goriška (Slovenia)
- Metsäkeskus, Pohjanmaan alue (Finlanda)
- Associação para a Competitividade da Indústria da Fileira Florestal – AIFF (Portugalia)
- Pomorska Specjalna Strefa Ekonomiczna (Polonia)
- Vidzemes plānošanas reģions (Letonia)

PROGRAMUL ÎNTÂLNIRII

Miercuri, 10 iunie 2037 – Alba Iulia
14:00 Reuniunea comitetului de coordonare (doar partenerii), sediul Consiliului Județean Alba
17:00 Vizită ghidată în Cetatea Alba Carolina
19:30 Cină de bun venit

Joi, 11 iunie 2037 – Sebeș
09:00 Deschidere: Ion Dumitrescu-Bârsan, vicepreședinte al Consiliului Județean Alba; Corina Hațegan, președinta CLTS
09:45 Prezentare „Lemnul în strategia de specializare inteligentă a Regiunii Centru” – Adrian Lazăr, expert ADR Centru
10:30 Evaluare între egali (peer review) a planului de acțiune al județului Alba
13:00 Prânz
14:30 Vizită la fabrica de mobilier Sebeș Mobila SA
17:00 Întâlnire cu grupul local al părților interesate

Vineri, 12 iunie 2037 – Valea Sebeșului
09:00 Vizită de studiu la ocolul silvic Șugag și la o pensiune construită din lemn local
13:00 Încheiere și plecare

DESPRE ÎNTÂLNIRE

Peste 40 de participanți au luat parte la cele trei zile de lucru. Comitetul de coordonare a aprobat raportul pentru a doua perioadă și a stabilit calendarul fazei a doua a proiectului. În evaluarea între egali, experții din Austria și Finlanda au apreciat legătura strânsă dintre cluster și școlile profesionale din Sebeș, dar au recomandat ca programul județean de sprijin să includă și firmele mici de prelucrare.

Directorul general al Sebeș Mobila SA, ing. Florin OPREA, a prezentat investiția în linia de panouri din lemn masiv, realizată cu sprijin din fonduri europene. „Fără un cluster, o firmă ca a noastră nu ar fi găsit niciodată parteneri în Austria”, a spus el.

Dr. Katharina Reisinger, managerul Holzcluster Steiermark, a invitat firmele din Alba la târgul Holzbau Forum de la Graz, care va avea loc în noiembrie 2037.

CONCLUZII

La finalul întâlnirii, partenerii au formulat următoarele concluzii:
1. Programele regionale de finanțare trebuie să susțină și microîntreprinderile din prelucrarea lemnului, nu doar marile fabrici
2. Clusterul este partenerul firesc al autorităților județene pentru identificarea nevoilor de formare profesională
3. Construcțiile din lemn local pot deveni un domeniu de specializare inteligentă pentru zonele montane
4. Schimbul de experiență trebuie continuat prin vizite ale firmelor, nu doar ale funcționarilor publici

URMĂTORII PAȘI

Consiliul Județean Alba va prezenta planul de acțiune revizuit în ședința de plen din 15 septembrie 2037. Următoarea întâlnire interregională va avea loc la Graz, în octombrie 2037.

Întâlnirile anterioare ale proiectului:
- Lansare – Alba Iulia, 4–5 noiembrie 2035
- A doua întâlnire – Valmiera, 20–21 aprilie 2036
- A treia întâlnire – Nova Gorica, 7–8 decembrie 2036

Persoană de contact: Mihaela Vlad, manager de proiect, Consiliul Județean Alba, woodvalue@cjalba.example.ro

Distribuie: Facebook | LinkedIn | E-mail
© 2037 Clusterul Lemnului Transilvania de Sud. Toate drepturile rezervate. | Politica de confidențialitate | Cookie-uri
"""
write(F, T)
C="Clusterul Lemnului Transilvania de Sud"; CJ="Consiliul Județean Alba"
gold(F,
 [P("Raluca Moldovan-Pop","responsabil comunicare",C),
  P("Ion Dumitrescu-Bârsan","vicepreședinte",CJ),
  P("Corina Hațegan","președinta","CLTS"),
  P("Adrian Lazăr","expert","ADR Centru"),
  P("Florin OPREA","Directorul general","Sebeș Mobila SA"),
  P("Katharina Reisinger","managerul","Holzcluster Steiermark"),
  P("Mihaela Vlad","manager de proiect",CJ)],
 [O(C,"CLTS"), O(CJ), O("Holzcluster Steiermark GmbH"), O("Lesarski grozd Goriška"), O("Metsäkeskus"),
  O("Associação para a Competitividade da Indústria da Fileira Florestal","AIFF"),
  O("Pomorska Specjalna Strefa Ekonomiczna"), O("Vidzemes plānošanas reģions"), O("ADR Centru"), O("Sebeș Mobila SA"),
  O("ocolul silvic Șugag")],
 [E("a patra întâlnire interregională a proiectului WOODVALUE","2037-06-10","2037-06-12","Alba Iulia, Sebeș","Romania"),
  E("Reuniunea comitetului de coordonare","2037-06-10",None,"Alba Iulia","Romania"),
  E("Vizită ghidată în Cetatea Alba Carolina","2037-06-10",None,"Alba Iulia","Romania"),
  E("Cină de bun venit","2037-06-10",None,"Alba Iulia","Romania"),
  E("Lemnul în strategia de specializare inteligentă a Regiunii Centru","2037-06-11",None,"Sebeș","Romania"),
  E("Evaluare între egali","2037-06-11",None,"Sebeș","Romania"),
  E("Vizită la fabrica de mobilier Sebeș Mobila SA","2037-06-11",None,"Sebeș","Romania"),
  E("Întâlnire cu grupul local al părților interesate","2037-06-11",None,"Sebeș","Romania"),
  E("Vizită de studiu","2037-06-12",None,None,"Romania"),
  E("Holzbau Forum","2037-11",None,"Graz","Austria"),
  E("ședința de plen","2037-09-15",None,None,None),
  E("Următoarea întâlnire interregională","2037-10",None,"Graz","Austria"),
  E("Lansare","2035-11-04","2035-11-05","Alba Iulia","Romania"),
  E("A doua întâlnire","2036-04-20","2036-04-21","Valmiera","Latvia"),
  E("A treia întâlnire","2036-12-07","2036-12-08","Nova Gorica","Slovenia")],
 ["2037-06-19","2037-06-10/2037-06-12","2035/2039","2037-06-10","2037-06-11","2037-06-12","2037-11","2037-09-15","2037-10",
  "2035-11-04/2035-11-05","2036-04-20/2036-04-21","2036-12-07/2036-12-08"],
 ["Programele regionale de finanțare trebuie să susțină și microîntreprinderile din prelucrarea lemnului, nu doar marile fabrici",
  "Clusterul este partenerul firesc al autorităților județene pentru identificarea nevoilor de formare profesională",
  "Construcțiile din lemn local pot deveni un domeniu de specializare inteligentă pentru zonele montane",
  "Schimbul de experiență trebuie continuat prin vizite ale firmelor, nu doar ale funcționarilor publici"],
 pub="2037-06-19")
