from mk import *
W('save-the-date_innlandet-wood-forum-2034','save-the-date_innlandet-wood-forum-2034.md','2034-02-14',"""
Kari Bjørnstad-Haugen|Cluster Manager|Innlandet Trecluster
Lars-Erik Sundqvist|Professor of Wood Building Technology|Luleå University of Technology
Anne-Marit Øverli|County Mayor|Innlandet County Municipality
Mikko Kärkkäinen|Director of Development|Metsä Wood
Solveig Dahl de Vries|Head of Sustainability|Statsbygg
Ingrid Solbakken-Lie|Project Coordinator|Innlandet Trecluster
Henrik Aasen|Communications Adviser|Innovation Norway Innlandet
""","""
Innlandet Trecluster|Innlandet Wood Cluster
Norwegian University of Science and Technology|NTNU
Innlandet County Municipality
Innovation Norway Innlandet
Moelven Limtre AS
Enterprise Europe Network Norway
Luleå University of Technology
Metsä Wood
Statsbygg
Inland Norway University of Applied Sciences
""","""
Innlandet Wood & Bioeconomy Forum 2034|2034-09-05|2034-09-06|Hamar|Norway
Innlandet Wood & Bioeconomy Forum (1st edition)|2023|2023|Hamar|Norway
Innlandet Wood & Bioeconomy Forum (2nd edition)|2024|2024|Lillehammer|Norway
Innlandet Wood & Bioeconomy Forum (3rd edition)|2025|2025|Gjøvik|Norway
Innlandet Wood & Bioeconomy Forum (4th edition)|2026|2026|Elverum|Norway
Innlandet Wood & Bioeconomy Forum (5th edition)|2027|2027|Karlstad|Sweden
Innlandet Wood & Bioeconomy Forum (6th edition)|2028|2028|Kongsvinger|Norway
Innlandet Wood & Bioeconomy Forum (7th edition)|2029|2029|Lillehammer|Norway
Innlandet Wood & Bioeconomy Forum (8th edition)|2030|2030|Elverum|Norway
Innlandet Wood & Bioeconomy Forum (9th edition)|2031|2031|Gjøvik|Norway
Innlandet Wood & Bioeconomy Forum (10th edition)|2032|2032|Jyväskylä|Finland
Innlandet Wood & Bioeconomy Forum (11th edition)|2033-09-06|2033-09-07|Kongsvinger|Norway
""","2034-09-05/2034-09-06 2034-02-14 2034-09-05 2034-06-01 2034-04-15 2034-05 2034-06-30 2034-06-20 2023 2024 2025 2026 2027 2028 2029 2030 2031 2032 2033 2034 2033-09-06/2033-09-07 2034-08-01")
W('trencin-klaster-konferencia-2033-sk','trencin-klaster-konferencia-2033-sk.txt','2033-10-24',"""
Marek ŠTEFANKO|predseda predstavenstva|Považský strojársky klaster
Zuzana Hrušovská-Kmeťová|podpredsedníčka kraja|Trenčiansky samosprávny kraj
Peter Vavro|prorektor pre vedu a výskum|Trenčianskej univerzity Alexandra Dubčeka v Trenčíne
Lucia Mináriková|manažérka klastra|Považský strojársky klaster
Jozef Baláž|generálny riaditeľ|Vážska strojárňa a.s.
Katharina Lindner-Pöschl|vedúca oddelenia medzinárodnej spolupráce|Mechatronik-Cluster
Tomáš Kubiš||Slovenskej agentúry pre rozvoj investícií a obchodu
Radoslav Michalec|konateľ|HYDROPRESS Nové Mesto s.r.o.
""","""
Považský strojársky klaster|PSK
Trenčianskou univerzitou Alexandra Dubčeka v Trenčíne
Trenčiansky samosprávny kraj
Vážska strojárňa a.s.
Mechatronik-Cluster
Slovenskej agentúry pre rozvoj investícií a obchodu|SARIO
Enterprise Europe Network Slovensko
Continental Matador Rubber s.r.o.
HYDROPRESS Nové Mesto s.r.o.
Únia klastrov Slovenska|ÚKS
Slovenská inovačná a energetická agentúra|SIEA
Obchodná a priemyselná komora – Trenčianska regionálna komora
""","""
STROJ-INOV 2033|2033-10-18|2033-10-19|Trenčín|Slovakia
STROJ-INOV (7. ročník)|2034-06-11|2034-06-12|Púchov|Slovakia
STROJ-INOV (1. ročník)|2028|2028|Trenčín|Slovakia
STROJ-INOV (2. ročník)|2029|2029|Trenčín|Slovakia
STROJ-INOV (3. ročník)|2030|2030||
STROJ-INOV (4. ročník)|2031|2031|Trenčín|Slovakia
STROJ-INOV (5. ročník)|2032|2032|Trenčín|Slovakia
MSV Brno 2034|||Brno|Czech Republic
MSV Brno 2033|||Brno|Czech Republic
""","2033-10-24 2033-10-18/2033-10-19 2033/2040 2034-03 2034-06 2034-06-11/2034-06-12 2034-01 2034-03-01 2028 2029 2030 2031 2032 2033 2021/2027 2033-09-15 2033-04-28",[
"Klaster pripraví spoločnú ponuku kapacít členov pre železničný a energetický sektor do marca 2034",
"Kraj a klaster budú spolu presadzovať duálne vzdelávanie v odboroch obrábanie a mechatronika",
"Členovia majú záujem o spoločný stánok na veľtrhu MSV Brno 2034"])
W('webinars-ceramique-limousin','webinars-ceramique-limousin.html',None,"""
Hélène Dupuy-Marchand|Head of Industrial Engineering|Porcelaine Bernardaud SA
Thibault Lacroix|Innovation Officer|Pôle Céramique Limousin
Matthias Kleinschmidt-Zoll|Head of Department Ceramic Membranes|Fraunhofer Institute for Ceramic Technologies and Systems IKTS
Nadia Benali|Director|École Nationale Supérieure d'Art de Limoges
Pierre-Yves Delage|CEO|Delage Céramiques Techniques SAS
Renaud Batiste|Secretary General|Cerame-Unie
Laura Sánchez-Villalba|Director of Economic Studies|ASCER
Claire Vergnaud|Cluster Director|Pôle Céramique Limousin
Jonas Albrecht|Project Manager|Deutsche Energie-Agentur
Camille Roussel|R&D Manager|Fives Pillard
Marco Ferrandi|CTO|SACMI Imola S.C.
Jean-Marc Lafaye|Vice-President for Economic Development|Nouvelle-Aquitaine Regional Council
""","""
Pôle Céramique Limousin
European Ceramic Centre|CEC
Institute of Research for Ceramics|IRCER
Porcelaine Bernardaud SA
Fraunhofer Institute for Ceramic Technologies and Systems IKTS
École Nationale Supérieure d'Art de Limoges|ENSA Limoges
Delage Céramiques Techniques SAS
Cerame-Unie|European Ceramic Industry Association
Spanish Ceramic Tile Manufacturers' Association|ASCER
Deutsche Energie-Agentur|dena
Fives Pillard
SACMI Imola S.C.
Nouvelle-Aquitaine Regional Council
Université de Limoges
Nouvelle-Aquitaine Region
""","""
Kiln Talks Episode 17: Electric kilns for porcelain|2034-03-09|2034-03-09||
Kiln Talks Episode 18: Ceramic membranes for water treatment|2034-03-23|2034-03-23||
Kiln Talks Episode 19: Recruter des céramistes|2034-04-06|2034-04-06||
Kiln Talks Episode 21: CBAM, gas prices and the future of tableware in Europe|2034-05-11|2034-05-11||
Kiln Talks Live at the Limoges Porcelain Days|2034-06-08|2034-06-08|Limoges|France
Kiln Talks Episode 16: Kiln heat recovery with heat pumps|2034-02-23|2034-02-23||
Kiln Talks Episode 15: Hydrogen-ready burners|2034-02-09|2034-02-09||
Kiln Talks Episode 14: Digital twins of drying lines|2034-01-26|2034-01-26||
Kiln Talks Episode 13: Season opening|2034-01-12|2034-01-12||
Limoges Porcelain Days|||Limoges|France
""","2034-01/2034-06 2034-03-09 2034-03-23 2034-04-06 2034-04-20 2034-05-11 2034-05-04 2034-06-08 2034-02-23 2034-02-09 2034-01-26 2034-01-12 2034/2037 2032 2033 2034-09 2034-06-30")
