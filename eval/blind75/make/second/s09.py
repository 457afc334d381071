from mk import build
build('ludzas-biznesa-vestis-2034-04-pdf','ludzas-biznesa-vestis-2034-04-pdf.txt','', """
Inga Pauniņa|vadītāja|
Aivars Stepiņš|valdes priekšsēdētājs|Latgales Koka klasteris
Edgars Mekšs|priekšsēdētājs|Ludzas novada domes
Dace Kudiņa-Zvirbule|žurnāliste|
Kristīne Jaunzeme||LIAA Eksporta atbalsta departaments
Ole Martin Haugen||Innovasjon Norge
Juris Kokins|inkubatora vadītājs|LIAA Ludzas biznesa inkubators
Sandra Vaivode|asociētā profesore|Rēzeknes Tehnoloģiju akadēmijas
Andris Brokāns|direktors|Krāslavas Valsts ģimnāzijas
Olga Ivanova|valdes locekle|SIA „Latgales Mēbeles”
Rita Leišavniece|koordinatori|
Mārtiņš Zelčs||
Laila Rudzīte|redaktore|
""","""
Ludzas novada uzņēmējdarbības atbalsta centrs
Latgales Koka klasteris
LIAA
Ludzas novada pašvaldību
Ludzas novada domes
SIA „Ludzas Koks”
Krāslavas novada Uzņēmējdarbības centrs
LIAA Eksporta atbalsta departaments
Innovasjon Norge
Latgales plānošanas reģions
Enterprise Europe Network Latvija
LIAA Ludzas biznesa inkubators
Rēzeknes Tehnoloģiju akadēmijas
Krāslavas Valsts ģimnāzijas
SIA „Latgales Mēbeles”
SIA „Zaļā Skaida”
Balvu amatu skola
Briežu Kalts
Altum
""","""
Latgales kokapstrādes klasteru forums|2034-04-20|2034-04-20|Ludzā|Latvia
uzņēmumu apmeklējums SIA „Ludzas Koks”|2034-04-20|2034-04-20||Latvia
Seminārs „Eksports uz Ziemeļvalstīm: ko vajag zināt mazam ražotājam”|2034-04-27|2034-04-27|Krāslavā|Latvia
Pierobežas uzņēmēju dienas un B2B tikšanās|2034-05-11|2034-05-12|Zilupē|Latvia
iepazīšanās vakariņas|2034-05-11|2034-05-11|Zilupē|Latvia
divpusējas tikšanās|2034-05-12|2034-05-12|Zilupē|Latvia
Informatīvā diena par „Biznesa inkubatoru” jauno atbalsta kārtu|2034-05-16|2034-05-16||
Latgales uzņēmēju dienas 2034|2034-06-09|2034-06-10|Daugavpilī|Latvia
Latgales koka dienu tikšanās|2034-03-08|2034-03-08|Krāslavā|Latvia
Holz-Handwerk||||Germany
""","2034-04 2033 2034-04-20 2034-04-14 2034-04-27 2034-05-11/2034-05-12 2034-05-02 2034-05-16 2034-06-09/2034-06-10 2034-05-05 2034-03-08 2034-03 2034-04-30 2034-05-31","""
uzņēmumiem kopā ar skolām jāpiedāvā prak- ses vietas jau no 10. klases
klasterim jāizveido kopīga darba sludinājumu vietne
pašvaldībām jāpalīdz ar dzīvokļiem jaunajiem speciālistiem
""")
