import sys; sys.path.insert(0,'eval/blind79/make/third')
from b import W
W('g05', None, """
Matija Horvat-Zadravec|predsjednik Upravnog vijeća KMDIM-a|KMDIM
Ivana Novak Kralj|izvanredna profesorica|Fakultet strojarstva i brodogradnje Sveučilišta u Zagrebu
Dragutin Vrbanec|župan|Međimurska županija
Kristina Posavec|ravnateljica|Regionalna razvojna agencija Međimurje
Florian Gruber-Lasnik|direktor|Holzcluster Steiermark GmbH
Zsófia Nagy-Tóth|voditeljica projekata|Pannon Business Network
Stjepan Bajzek|predsjednik klastera|
Lana Kovačić-Šoštarić|tajnica klastera|
Nikola Baranašić||REDEA
Petra Lisjak||Obrtnička komora Međimurske županije
""", """
Klaster metaloprerađivačke i drvne industrije Međimurja|KMDIM
Međimurska županija
Regionalna razvojna agencija Međimurje|REDEA
Centar za kompetencije Međimurje|CEKOM
Fakultet strojarstva i brodogradnje Sveučilišta u Zagrebu
Holzcluster Steiermark GmbH
Pannon Business Network
Elkom d.o.o.
Pomurskog tehnološkog parka
Obrtnička komora Međimurske županije
Grad Čakovec
Hrvatska gospodarska komora – Županijska komora Čakovec
Međimursko veleučilište u Čakovcu
""", """
7. kongres međimurske industrije|2035-10-11|2035-10-12|Čakovec|Croatia
svečana večera|2035-10-11||Čakovec|Croatia
posjet tvornicama članica klastera|2035-10-12||Prelog|Croatia
6. kongres|2034-10-13|2034-10-14|Čakovec|Croatia
5. kongres|2033-10-06|2033-10-07|Prelog|Croatia
4. kongres|2032-09-30||Mursko Središće|Croatia
3. kongres|2031-10-08||Čakovec|Croatia
2. kongres|2030-10-09||Čakovec|Croatia
1. kongres|2029-11-24||Nedelišće|Croatia
""", "2035-10-11/2035-10-12 2035-09-15 2035-10-01 2034-10-13/2034-10-14 2033-10-06/2033-10-07 2032-09-30 2031-10-08 2030-10-09 2029-11-24 2029 2030 2031 2032 2033 2034 2035-06-03",
["Automatizacija malih pogona mora ići zajedno s prekvalifikacijom postojećih radnika",
 "Klaster će osnovati zajednički centar za ispitivanje i certificiranje proizvoda",
 "Međimurska županija i klaster zajedno će tražiti sredstva za novu industrijsku zonu uz autocestu",
 "Suradnju s klasterima u Sloveniji, Austriji i Mađarskoj treba pretvoriti u zajedničke projekte, a ne samo posjete"])
W('g06', '2035-12-12', """
Goran Stojanov|Chair of the Board|Agro Vardar DOOEL
Elena Trajkovska-Mitreva|Vice-Chair|Winery Ilinden
Blagoj Dimitrievski|Member|Fruit Export Valandovo DOO
Marija Kostadinova|Member|Dojran Fish DOOEL
Ljupčo Hristov|Member|Faculty of Agriculture, Goce Delčev University
Vesna Angelovska|Member|Municipality of Gevgelija
Dimitrios Papadakis|Member (co-opted, non-voting)|Thessaloniki Agrifood Cluster
Snežana Pop-Georgieva|Cluster Manager|Southeast Agri-Food Cluster
Nikola Zdravkovski|Supervisory Board chair|
""", """
Southeast Agri-Food Cluster|SEAFC
Ristovski & Partners
Fund for Innovation and Technology Development|FITD
Agro Vardar DOOEL
Winery Ilinden
Fruit Export Valandovo DOO
Dojran Fish DOOEL
Faculty of Agriculture, Goce Delčev University
Municipality of Gevgelija
Thessaloniki Agrifood Cluster
Southeast Planning Region Development Centre
""", """
Board meeting|2036-01-22||Gevgelija|North Macedonia
Board meeting|2036-03-11||Strumica|North Macedonia
Board meeting|2036-04-08|||
Board meeting|2036-05-20||Valandovo|North Macedonia
Board meeting|2036-07-15||Bogdanci|North Macedonia
Board meeting|2036-09-23||Gevgelija|North Macedonia
Board meeting|2036-11-18||Skopje|North Macedonia
Board meeting|2036-12-16||Gevgelija|North Macedonia
Board of Directors meeting|2035-12-10|||
General Assembly of members|2036-03-27||Gevgelija|North Macedonia
Vardar Valley Fruit Days 2036|2036-10-09|2036-10-11|Gevgelija|North Macedonia
B2B meeting day for buyers|2036-10-10||Gevgelija|North Macedonia
end-of-year lunch with members|2036-12-16||Gevgelija|North Macedonia
Macedonian Food Fair||-||
""", "2035-12-10 2035-12-12 2036-01-22 2036-03-11 2036-04-08 2036-05-20 2036-07-15 2036-09-23 2036-11-18 2036-12-16 2036-03-27 2036-10-09/2036-10-11 2036-10-10 2036-09-30 2036-02 2034/2038 2037/2040")
W('g07', '2034-09-12', """
Olegario Ramón Fernández|presidente del Consejo Comarcal del Bierzo|Consejo Comarcal del Bierzo
Gloria Merayo de la Vega|alcaldesa de Ponferrada|
Beatriz Álvarez-Folgueral|directora técnica|Consejo Regulador de la D.O. Bierzo
Iván Carballo Prieto|gerente|CLAB
Sophie Lenoir-Dufresne||Groupe Lenoir Distribution
Adam Kowalczyk||Polska Żywność Import Sp. z o.o.
Lucía Bello Ovalle||Conservas Bello, S.L.
Nerea Valcarce Gómez|Técnica de internacionalización|Enterprise Europe Network Castilla y León
""", """
Clúster Agroalimentario del Bierzo|CLAB
Cámara Oficial de Comercio, Industria y Servicios de León
Enterprise Europe Network Castilla y León
Consejo Comarcal del Bierzo
Consejo Regulador de la D.O. Bierzo
Groupe Lenoir Distribution
Polska Żywność Import Sp. z o.o.
Conservas Bello, S.L.
Instituto para la Competitividad Empresarial de Castilla y León|ICE
""", """
Bierzo Food & Wine Meetings 2034|2034-11-08|2034-11-09|Ponferrada|Spain
XII Feria Agroalimentaria del Bierzo|2034-11-08|2034-11-09|Ponferrada|Spain
Inauguración de la feria|2034-11-08||Ponferrada|Spain
Cata comentada de vinos del Bierzo|2034-11-08||Ponferrada|Spain
Cena de bienvenida|2034-11-08||Ponferrada|Spain
Mesa redonda «Exportar desde un territorio pequeño»|2034-11-09||Ponferrada|Spain
Visita a bodegas y a una planta de asado de pimientos|2034-11-09||Cacabelos|Spain
edición de 2033|2033|||
""", "2034-11-08/2034-11-09 2034-09-12 2033 2034-09-15 2034-10-17 2034-10-20/2034-11-03 2034-11-06 2034-11-08 2034-11-09 2034-10-24 2034-10-20")
W('g08', '2035-05-28', """
Rūta Kazlauskienė|Klasterio vadovė|Asociacija „Aukštaitijos pramonės klasteris"
Mindaugas Petrauskas|generalinis direktorius|UAB „Utenos metalas"
Vilma Jankauskienė|finansininkė|
Danutė Stankevičienė|revizorė|
Tomas Žilinskas|Klasterių skyriaus vadovas|Inovacijų agentūros
Aistė Žukauskaitė|docentė|Kauno technologijos universiteto Panevėžio fakulteto
Jonas Vaitkus|direktorius|UAB „Ąžuolo baldai"
Ingrida Šimkūnaitė-Bernotienė|gamybos vadovė|AB „Aukštaitijos tekstilė"
Paulius Maceina|dekanas|Utenos kolegijos Verslo ir technologijų fakulteto
Laura Grigaitė|savininkė|UAB „Grigo elektronika"
Arūnas Baranauskas|technologas|Utenos alaus daryklos
""", """
Asociacija „Aukštaitijos pramonės klasteris"|APK
Inovacijų agentūros
UAB „Utenos metalas"
Kauno technologijos universiteto Panevėžio fakulteto
UAB „Ąžuolo baldai"
AB „Aukštaitijos tekstilė"
Utenos kolegijos Verslo ir technologijų fakulteto
UAB „Grigo elektronika"
Utenos alaus daryklos
Latgale Industrial Cluster
Utenos verslo informacijos centras
""", """
visuotinis narių susirinkimas|2035-06-14||Utena|Lithuania
Neformalus bendravimas prie taurės vyno|2035-06-14||Utena|Lithuania
ekskursija (naujoji gamybos linija)|2035-06-14||Utena|Lithuania
naujosios valdybos pirmasis posėdis|2035-06-14||Utena|Lithuania
seminaras „Mediena ir metalas modulinėje statyboje"|2035-06-27|2035-06-28|Utena|Lithuania
Klasterių forumas 2035|2035-05-15||Vilniuje|Lithuania
klasterio forumas||-|Utena|Lithuania
""", "2035-06-14 2035-05-28 2031/2035 2036/2040 2034 2035/2037 2035-05-30 2035-06-07 2035-06-09 2035-06-13 2035-06-28 2035-06-06 2035-06-10 2035-06-27/2035-06-28 2035-04-22 2035-05-15")
