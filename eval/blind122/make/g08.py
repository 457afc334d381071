from h import *
F = 'g08_timisoara_clusters_meet_regions.txt'
assert wd(2036,5,20)=='Tuesday' and wd(2036,5,21)=='Wednesday'
T = """ADR Vest – Agenția pentru Dezvoltare Regională Vest
Acasă / Noutăți / Evenimente / Proiecte europene / Contact
Acest site folosește cookie-uri. Continuând navigarea, vă exprimați acordul.

COMUNICAT DE PRESĂ
Timișoara, 26 mai 2036

Atelierul „Clusters meet Regions” a adus la Timișoara peste 130 de reprezentanți ai clusterelor și autorităților publice

Agenția pentru Dezvoltare Regională Vest (ADR Vest) a găzduit, marți și miercuri, 20–21 mai 2036, ediția de la Timișoara a atelierelor „Clusters meet Regions”, organizate de Platforma Europeană de Colaborare a Clusterelor (European Cluster Collaboration Platform – ECCP) cu sprijinul Comisiei Europene. Tema ediției a fost rolul clusterelor în tranziția industriei auto și electronice din Regiunea Vest către producția cu emisii reduse.

Evenimentul a reunit 134 de participanți din România, Serbia, Ungaria și alte nouă state membre: manageri de clustere, reprezentanți ai autorităților regionale, ai universităților și ai firmelor membre. Este a doua ediție organizată în România, după cea de la Brașov din octombrie 2034.

Programul atelierului

Marți, 20 mai 2036
09:30 Deschidere – Sorin Mihai Lăzărescu, director general ADR Vest, și Dr. Elke Van Hoorebeke, reprezentantă a DG GROW (Direcția Generală Piață Internă, Industrie, Antreprenoriat și IMM-uri)
10:15 Prezentare: Clusterele europene în cifre – Gabriela Ştefănescu-Roth, expert ECCP
11:00 Masă rotundă: Cum pot clusterele să sprijine furnizorii auto în tranziție?
Participanți: Radu Ciobanu (Clusterul Automotivest), Zsófia Kertész-Varga (Pannon Autóipari Klaszter, Győr), Dragana Jovanović (Klaster Vojvodina Metal, Novi Sad)
13:00 Prânz
14:00 Sesiuni paralele: (1) competențe digitale; (2) energie și decarbonizare; (3) acces la finanțare europeană
17:00 Concluziile primei zile
19:30 Cină oferită de Primăria Municipiului Timișoara

Miercuri, 21 mai 2036
09:00 Vizite de studiu la Parcul Tehnologic și Industrial Timișoara și la Universitatea Politehnica Timișoara (centrul de cercetare pentru mobilitate electrică)
12:30 Întâlniri B2B între clustere (organizate cu sprijinul Enterprise Europe Network)
15:00 Închidere

Declarații

Participanții au apreciat formatul interactiv al atelierului. În cele trei sesiuni paralele, grupurile de lucru au identificat 27 de idei de proiecte comune, dintre care opt vor fi dezvoltate mai departe cu sprijinul ADR Vest și al experților ECCP. Cele mai multe idei privesc reconversia profesională a angajaților din industria auto și utilizarea energiei solare în parcurile industriale.

„Regiunea Vest are o industrie puternică, dar dependentă de câteva lanțuri de aprovizionare. Clusterele sunt partenerii naturali pentru a le diversifica”, a declarat directorul general Sorin Mihai Lăzărescu.

Dr. Elke Van Hoorebeke a subliniat că regiunile care lucrează strâns cu clusterele reușesc să atragă mai ușor fonduri europene pentru inovare. „Comisia dorește să vadă mai multe parteneriate între clustere din regiuni diferite, și mai ales peste granițele interne ale Uniunii”, a spus ea.

Ioana-Raluca Popescu, manager al ROREC – Clusterul de Energie Regenerabilă Vest, a anunțat că trei clustere din regiune vor depune o propunere comună în cadrul apelului Euroclusters până la 15 iunie 2036.

Recomandări

La finalul atelierului, participanții au formulat următoarele recomandări pentru autoritățile regionale și pentru Comisia Europeană:
- includerea clusterelor în comitetele de monitorizare ale programelor regionale;
- finanțarea unor servicii comune de consultanță pentru decarbonizarea furnizorilor mici;
- crearea unei platforme regionale pentru schimbul de date privind competențele;
- organizarea unei misiuni comune a clusterelor din Regiunea Vest și din Voivodina în 2037.

Despre „Clusters meet Regions”

Seria de ateliere „Clusters meet Regions” aduce împreună clustere și autorități regionale pentru a discuta politicile de dezvoltare economică. Edițiile anterioare au avut loc, printre altele, la Brașov (România), Kaunas (Lituania) și Oulu (Finlanda). Următoarea ediție este programată la Cork (Irlanda) în septembrie 2036.

Contact presă:
Mihaela Dinu-Bălan, Compartiment Comunicare, ADR Vest
Tel. 0256 000 000 | comunicare@adrvest.example.ro

Distribuie: Facebook | LinkedIn | E-mail
© 2036 ADR Vest. Toate drepturile rezervate.
"""
write(F, T)
A="Agenția pentru Dezvoltare Regională Vest"
gold(F,
 [P("Sorin Mihai Lăzărescu","director general","ADR Vest"),
  P("Elke Van Hoorebeke","reprezentantă","Direcția Generală Piață Internă, Industrie, Antreprenoriat și IMM-uri"),
  P("Gabriela Ştefănescu-Roth","expert","ECCP"),
  P("Radu Ciobanu",None,"Clusterul Automotivest"),
  P("Zsófia Kertész-Varga",None,"Pannon Autóipari Klaszter"),
  P("Dragana Jovanović",None,"Klaster Vojvodina Metal"),
  P("Ioana-Raluca Popescu","manager","ROREC – Clusterul de Energie Regenerabilă Vest"),
  P("Mihaela Dinu-Bălan",None,"ADR Vest")],
 [O(A,"ADR Vest"), O("Platforma Europeană de Colaborare a Clusterelor","ECCP"), O("Comisia Europeană"),
  O("Direcția Generală Piață Internă, Industrie, Antreprenoriat și IMM-uri","DG GROW"),
  O("Clusterul Automotivest"), O("Pannon Autóipari Klaszter"), O("Klaster Vojvodina Metal"),
  O("Primăria Municipiului Timișoara"), O("Parcul Tehnologic și Industrial Timișoara"),
  O("Universitatea Politehnica Timișoara"), O("Enterprise Europe Network"),
  O("ROREC – Clusterul de Energie Regenerabilă Vest","ROREC")],
 [E("Clusters meet Regions","2036-05-20","2036-05-21","Timișoara","Romania"),
  E("Clusters meet Regions","2034-10",None,"Brașov","Romania"),
  E("Cină","2036-05-20",None,"Timișoara","Romania"),
  E("Vizite de studiu","2036-05-21",None,"Timișoara","Romania"),
  E("Întâlniri B2B","2036-05-21",None,"Timișoara","Romania"),
  E("Clusters meet Regions",None,None,"Kaunas","Lithuania"),
  E("Clusters meet Regions",None,None,"Oulu","Finland"),
  E("Clusters meet Regions","2036-09",None,"Cork","Ireland")],
 ["2036-05-26","2036-05-20/2036-05-21","2036-05-20","2036-05-21","2034-10","2036-06-15","2037","2036-09"],
 ["includerea clusterelor în comitetele de monitorizare ale programelor regionale",
  "finanțarea unor servicii comune de consultanță pentru decarbonizarea furnizorilor mici",
  "crearea unei platforme regionale pentru schimbul de date privind competențele",
  "organizarea unei misiuni comune a clusterelor din Regiunea Vest și din Voivodina în 2037"],
 pub="2036-05-26")
