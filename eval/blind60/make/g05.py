from h import *
F = 'danube-agrifood-member-directory-2035-pdf.txt'
H = 'DANUBE AGRI-FOOD CLUSTER NETWORK – MEMBER DIRECTORY 2035'
T = f"""{H}                                    1

DANUBE AGRI-FOOD CLUSTER NETWORK
Member Directory 2035
Edition of 3 March 2035

Published by the DAFCN Secretariat, c/o Pannon Food Cluster Kft., Pécs (Hungary)

Foreword

The Danube Agri-Food Cluster Network (DAFCN) was founded in Novi Sad in 2029 by seven cluster
organisations from five countries. Six years later it has 23 member clusters and 14 associated
companies and research bodies. This directory lists every member with its legal form, seat and
the person who represents it in the Network's General Assembly. Surnames are printed in capitals,
as agreed at the General Assembly of 12 October 2034 in Ruse, so that names from different lan-
guages are read correctly. Changes should be sent to the secretariat by e-mail.

Dr. Zsófia KERTÉSZ-NAGY
President of the DAFCN

Executive Board 2034–2036
President: Dr. Zsófia KERTÉSZ-NAGY (Pannon Food Cluster Kft., Hungary)
Vice-President: Radoslav ILIEV (Dunav Agro Cluster OOD, Bulgaria)
Vice-President: Ing. Alexandra POPESCU-DRĂGAN (Cluster Agro-Food Dunărea de Jos S.R.L., Romania)
Treasurer: Mag. Florian zu EULENBURG (Agrarcluster Niederösterreich GmbH, Austria)
Secretary General: Bence HORVÁTH (DAFCN Secretariat)

----------------------------------------------------------------------------------------------
{H}                                    2

Section A – Member clusters

HUNGARY
Pannon Food Cluster Kft., Pécs
   Representative: Dr. Zsófia KERTÉSZ-NAGY, managing director
   Focus: fruit processing, short supply chains
Alföldi Gabona Klaszter Nonprofit Kft., Szeged
   Representative: Gábor SZŰCS, cluster manager
   Focus: cereals, milling, bakery

BULGARIA
Dunav Agro Cluster OOD, Ruse
   Representative: Radoslav ILIEV, chairman of the board
   Focus: grain logistics along the Danube, storage
Klaster Mlechni Produkti Silistra EOOD, Silistra
   Representative: Desislava PENEVA, executive director
   Focus: dairy, yoghurt cultures

ROMANIA
Cluster Agro-Food Dunărea de Jos S.R.L., Galați
   Representative: Ing. Alexandra POPESCU-DRĂGAN, president
   Focus: vegetables, canning, agri-food logistics
Asociația Clusterul Viticol Dobrogea, Constanța
   Representative: Mihai-Cristian STAN, cluster manager
   Focus: wine, wine tourism

SERBIA
Vojvođanski klaster poljoprivrede d.o.o., Novi Sad
   Representative: Jelena MARKOVIĆ-ĐURIĆ, director
   Focus: field crops, seed, precision farming
Klaster organske proizvodnje Srem d.o.o., Sremska Mitrovica
   Representative: Nenad PETROVIĆ, coordinator
   Focus: organic fruit and vegetables

----------------------------------------------------------------------------------------------
{H}                                    3

CROATIA
Slavonski prehrambeni klaster d.o.o., Osijek
   Representative: Ivana BABIĆ VUKOVIĆ, manager
   Focus: meat processing, traditional products
AUSTRIA
Agrarcluster Niederösterreich GmbH, Tulln an der Donau
   Representative: Mag. Florian zu EULENBURG, managing director
   Focus: food technology, packaging
SLOVAKIA
Podunajský potravinársky klaster, o. z., Komárno
   Representative: Ing. Katarína HORŇÁKOVÁ, PhD., chair
   Focus: vegetables, food safety
GERMANY
Donau-Ernährungscluster Niederbayern e.V., Passau
   Representative: Dr. Matthias von der HEYDT, chairman
   Focus: bioeconomy, regional brands

Section B – Associated members (companies and research bodies)

Agroinnova Baranya Zrt., Mohács (HU)        – Réka FARKAS, R&D manager
Biomilk Dunav AD, Vidin (BG)                – Todor NIKOLOV, CEO
Fermentis Lacto S.A., Brăila (RO)           – Ioana VLAD, quality director
Donau Saatgut AG, Linz (AT)                 – Dr. Sabine HOLZINGER, head of breeding
Polskie Sady Sp. z o.o., Sandomierz (PL)    – Tomasz WÓJCIK, export manager
Baltic Grain Trade UAB, Klaipėda (LT)       – Rūta JANKAUSKIENĖ, business development
Pohjolan Kauraosuuskunta Oy, Oulu (FI)      – Ville RANTANEN, sales director
Agrotechnologies Danubia s.r.o., Bratislava (SK) – Peter KRAJČÍ, CTO
Food Research Institute Novi Sad (RS)       – Prof. Dr. Milan JOVANOVIĆ, director
Institute of Cryobiology and Food
Technologies, Sofia (BG)                       – Assoc. Prof. Vesela TODOROVA-ANGELOVA, senior researcher

----------------------------------------------------------------------------------------------
{H}                                    4

Section C – Network calendar 2035

The 7th Danube Agri-Food Forum will take place in Galați from 21 to 23 May 2035, hosted by Cluster
Agro-Food Dunărea de Jos S.R.L. A study visit to organic farms in Srem is planned for 9 September
2035. The General Assembly 2035 will be held in Passau on {wd(2035,10,18)} 18 October 2035, hosted by
Donau-Ernährungscluster Niederbayern e.V.; the Executive Board meets the day before.

Past forums: Novi Sad (2029), Pécs (2030), Ruse (2031), Osijek (2032), Tulln an der Donau (2033),
Komárno (2034).

Section D – Changes since the 2034 edition

New members in 2034: Klaster organske proizvodnje Srem d.o.o. (admitted on 12 October 2034),
Polskie Sady Sp. z o.o. and Baltic Grain Trade UAB, the Network's first associated members from
outside the Danube basin. Pohjolan Kauraosuuskunta Oy joined as associated member in January 2035.
The Moldovan cluster AgroInovare Chișinău left the Network at the end of 2034. At Alföldi Gabona
Klaszter Nonprofit Kft., Gábor SZŰCS replaced Dr. Erzsébet BALOGH as representative; at Biomilk
Dunav AD, Todor NIKOLOV replaced Plamen GEORGIEV, who has retired. The secretariat moved from
Novi Sad to Pécs on 1 January 2035, when Bence HORVÁTH took over from Dragana SIMIĆ as secre-
tary general.

Section E – How to use this directory

Members may use the directory to find partners for joint projects, for example under the Interreg
Danube Region Programme. The directory may not be used for commercial mailings. Personal data are
published with the consent of the persons named and are deleted one year after a person leaves the
representative function. The secretariat updates the online version every quarter; this printed
edition reflects the situation on 28 February 2035.

Contact: DAFCN Secretariat, Bence HORVÁTH, secretary general, Rákóczi út 58, 7621 Pécs, Hungary,
secretariat@dafcn.eu

Member directory 2035 – page 4 of 4
"""
write(F, T)
N = "Danube Agri-Food Cluster Network"
gold(F, [
 P("Zsófia KERTÉSZ-NAGY", "President", "Danube Agri-Food Cluster Network"),
 P("Radoslav ILIEV", "Vice-President", "Danube Agri-Food Cluster Network"),
 P("Alexandra POPESCU-DRĂGAN", "Vice-President", "Danube Agri-Food Cluster Network"),
 P("Florian zu EULENBURG", "Treasurer", "Danube Agri-Food Cluster Network"),
 P("Bence HORVÁTH", "Secretary General", "DAFCN Secretariat"),
 P("Gábor SZŰCS", "cluster manager", "Alföldi Gabona Klaszter Nonprofit Kft."),
 P("Desislava PENEVA", "executive director", "Klaster Mlechni Produkti Silistra EOOD"),
 P("Mihai-Cristian STAN", "cluster manager", "Asociația Clusterul Viticol Dobrogea"),
 P("Jelena MARKOVIĆ-ĐURIĆ", "director", "Vojvođanski klaster poljoprivrede d.o.o."),
 P("Nenad PETROVIĆ", "coordinator", "Klaster organske proizvodnje Srem d.o.o."),
 P("Ivana BABIĆ VUKOVIĆ", "manager", "Slavonski prehrambeni klaster d.o.o."),
 P("Katarína HORŇÁKOVÁ", "chair", "Podunajský potravinársky klaster, o. z."),
 P("Matthias von der HEYDT", "chairman", "Donau-Ernährungscluster Niederbayern e.V."),
 P("Réka FARKAS", "R&D manager", "Agroinnova Baranya Zrt."),
 P("Todor NIKOLOV", "CEO", "Biomilk Dunav AD"),
 P("Ioana VLAD", "quality director", "Fermentis Lacto S.A."),
 P("Sabine HOLZINGER", "head of breeding", "Donau Saatgut AG"),
 P("Tomasz WÓJCIK", "export manager", "Polskie Sady Sp. z o.o."),
 P("Rūta JANKAUSKIENĖ", "business development", "Baltic Grain Trade UAB"),
 P("Ville RANTANEN", "sales director", "Pohjolan Kauraosuuskunta Oy"),
 P("Peter KRAJČÍ", "CTO", "Agrotechnologies Danubia s.r.o."),
 P("Milan JOVANOVIĆ", "director", "Food Research Institute Novi Sad"),
 P("Erzsébet BALOGH", None, "Alföldi Gabona Klaszter Nonprofit Kft."),
 P("Plamen GEORGIEV", None, "Biomilk Dunav AD"),
 P("Dragana SIMIĆ", None, "DAFCN Secretariat"),
 P("Vesela TODOROVA-ANGELOVA", "senior researcher", "Institute of Cryobiology and Food Technologies"),
], [
 O(N, "DAFCN"), O("DAFCN Secretariat"), O("Pannon Food Cluster Kft."), O("Alföldi Gabona Klaszter Nonprofit Kft."),
 O("Dunav Agro Cluster OOD"), O("Klaster Mlechni Produkti Silistra EOOD"), O("Cluster Agro-Food Dunărea de Jos S.R.L."),
 O("Asociația Clusterul Viticol Dobrogea"), O("Vojvođanski klaster poljoprivrede d.o.o."), O("Klaster organske proizvodnje Srem d.o.o."),
 O("Slavonski prehrambeni klaster d.o.o."), O("Agrarcluster Niederösterreich GmbH"), O("Podunajský potravinársky klaster, o. z."),
 O("Donau-Ernährungscluster Niederbayern e.V."), O("Agroinnova Baranya Zrt."), O("Biomilk Dunav AD"), O("Fermentis Lacto S.A."),
 O("Donau Saatgut AG"), O("Polskie Sady Sp. z o.o."), O("Baltic Grain Trade UAB"), O("Pohjolan Kauraosuuskunta Oy"),
 O("Agrotechnologies Danubia s.r.o."), O("Food Research Institute Novi Sad"), O("Institute of Cryobiology and Food Technologies"), O("AgroInovare Chișinău"),
], [
 E("General Assembly", "2034-10-12", "2034-10-12", "Ruse", "Bulgaria"),
 E("7th Danube Agri-Food Forum", "2035-05-21", "2035-05-23", "Galați", "Romania"),
 E("study visit to organic farms in Srem", "2035-09-09", "2035-09-09", None, "Serbia"),
 E("General Assembly 2035", "2035-10-18", "2035-10-18", "Passau", "Germany"),
 E("Executive Board meeting", "2035-10-17", "2035-10-17", "Passau", "Germany"),
 E("Danube Agri-Food Forum (2029 edition)", "2029", "2029", "Novi Sad", "Serbia"),
 E("Danube Agri-Food Forum (2030 edition)", "2030", "2030", "Pécs", "Hungary"),
 E("Danube Agri-Food Forum (2031 edition)", "2031", "2031", "Ruse", "Bulgaria"),
 E("Danube Agri-Food Forum (2032 edition)", "2032", "2032", "Osijek", "Croatia"),
 E("Danube Agri-Food Forum (2033 edition)", "2033", "2033", "Tulln an der Donau", "Austria"),
 E("Danube Agri-Food Forum (2034 edition)", "2034", "2034", "Komárno", "Slovakia"),
], ["2035-03-03", "2029", "2034-10-12", "2034/2036", "2035", "2035-05-21/2035-05-23", "2035-09-09", "2035-10-18",
    "2030", "2031", "2032", "2033", "2034", "2035-02-28", "2035-01", "2035-01-01"], pub="2035-03-03")
