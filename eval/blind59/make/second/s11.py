import sys; sys.path.insert(0, 'eval/blind59/make/second'); from w import *
K = "Kemia-Klusteri Keski-Pohjanmaa ry"
W("kokkola_kemian_paivat_2035_save_the_date_fi", "kokkola_kemian_paivat_2035_save_the_date_fi.txt", None,
 [P("Stina Mattila-Kronqvist", "kaupunginjohtaja", "Kokkolan kaupunki"), P("Henrik Sjöberg", "tutkimusjohtaja", "Northvolt Ett AB"),
  P("Ulla Lassi-Kettunen", "professori", "Oulun yliopisto"), P("Johanna Kivelä", None, "Centria-ammattikorkeakoulu"), P("Mikael Björkqvist", None, "Freeport Cobalt Oy"),
  P("Päivi Rautio", "opetusneuvos", "Opetushallitus"), P("Riikka Hannula", "toimittaja", "Yle Keski-Pohjanmaa"), P("Jani Peltokangas", "projektipäällikkö"),
  P("Anna-Kaisa Heikkinen", "toiminnanjohtaja", K)],
 [O(K, "KKKP"), O("Kokkolan Teollisuuspuisto", "KIP"), O("Centria-ammattikorkeakoulu"), O("Enterprise Europe Network Finland"), O("Kokkolan kaupunki"),
  O("Northvolt Ett AB"), O("Oulun yliopisto"), O("Freeport Cobalt Oy"), O("Opetushallitus"), O("Yle Keski-Pohjanmaa"), O("Keski-Pohjanmaan liitto"),
  O("Business Finland"), O("Kemianteollisuus ry"), O("Jyväskylän yliopiston Kokkolan yliopistokeskus Chydenius"), O("Battery Cluster Västerbotten")],
 [E("Kokkolan Kemianpäivät 2035 / Kokkola Chemistry Days 2035", "2035-09-12", "2035-09-13", "Kokkola", "Finland"),
  E("B2B-tapaamiset ja näyttely", "2035-09-12", "2035-09-12", "Kokkola", "Finland"), E("Iltatilaisuus Kokkolan satamassa", "2035-09-12", "2035-09-12", "Kokkola", "Finland"),
  E("Yritysvierailut kemianpuistoon", "2035-09-13", "2035-09-13", "Kokkola", "Finland"), E("Työpaja: Sivuvirroista raaka-aineiksi", "2035-09-13", "2035-09-13", "Kokkola", "Finland"),
  E("Klusterin vuosikokous", "2035-09-11", "2035-09-11", "Kokkola", "Finland"),
  E("Kokkolan Kemianpäivät (2034 edition)", "2034-09-10", "2034-09-11", "Kokkola", "Finland"), E("Kokkolan Kemianpäivät (2031 edition)", "2031", "2031", "Kokkola", "Finland")],
 ["2035-09-12/2035-09-13", "2035-09-12", "2035-09-13", "2035-05-02", "2035-08-29", "2035-06-15", "2035-09-05", "2031", "2034-09-10/2034-09-11", "2035/2040", "2035-09-11"])
