import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g07.txt'
t = f"""Olomoucký strojírenský klastr, z. s.
Úvod | O klastru | Členové | Projekty | Akce | Aktuality | Kontakty     EN | CZ
Tento web používá soubory cookies. Souhlasím | Nastavení

Aktuality › Personální změny

Loučíme se s Ing. Jaroslavem Vrbkou, vedení klastru přebírá Mgr. Lenka Hrubá, Ph.D.
Vloženo: 16. 9. 2041 | Autor: Petra Nováková | Foto: archiv OSK

Po devíti letech odchází z čela Olomouckého strojírenského klastru (OSK) jeho ředitel Ing. Jaroslav Vrbka. Správní rada klastru na svém zasedání {day(2041,9,8,'cs')} 8. září 2041 jmenovala novou ředitelkou Mgr. Lenku Hrubou, Ph.D., která do funkce nastoupí 1. října 2041. Jaroslav Vrbka zůstane klastru k dispozici jako poradce pro mezinárodní spolupráci do konce roku 2041.

Jaroslav Vrbka stál u zrodu klastru v roce 2032, kdy se sedm olomouckých a prostějovských firem dohodlo na společném postupu při náboru techniků. Za jeho vedení se klastr rozrostl na 58 členů, získal stříbrný certifikát Evropské iniciativy pro excelenci klastrů (ECEI) a otevřel sdílené zkušební centrum v Přerově. „Nejvíc mě těší, že si dnes firmy, které si dřív přetahovaly lidi, společně platí učňovské stipendium,“ říká Vrbka.

Nová ředitelka Lenka Hrubá vystudovala ekonomii na Univerzitě Palackého v Olomouci, kde později působila jako odborná asistentka na Katedře aplikované ekonomie. Posledních pět let vedla oddělení regionálního rozvoje Krajského úřadu Olomouckého kraje a byla zodpovědná za krajskou přílohu Národní výzkumné a inovační strategie pro inteligentní specializaci (RIS3). „Chci, aby klastr více pracoval s menšími podniky z Jesenicka a Šumperska a aby se zapojil do evropských projektů,“ uvedla.

Mezi první úkoly nové ředitelky bude patřit příprava projektu do programu Interreg Česko – Polsko, který má propojit klastr s partnery v Opolském vojvodství, a revize členských příspěvků. Ty se od roku 2036 nezměnily a podle správní rady už nepokrývají náklady na provoz zkušebního centra. Hrubá chce také obnovit pravidelné snídaně ředitelů členských firem, které se během posledních dvou let konaly jen výjimečně.

Předseda správní rady Ing. Radek Šindelář (TOS Hulín a.s.) poděkoval odcházejícímu řediteli za „devět let poctivé práce, kterou nebylo vidět na pódiích, ale ve fabrikách“. Slavnostní rozloučení se uskuteční na podzimním setkání členů.

Složení správní rady (funkční období 2040–2043):
- Ing. Radek Šindelář, předseda – TOS Hulín a.s.
- Ing. Martina Kopecká, místopředsedkyně – Hanácké železárny a pérovny, a.s.
- doc. Ing. Pavel Dostál, Ph.D. – Vysoká škola báňská – Technická univerzita Ostrava
- Tomáš Zatloukal – Moravia Hydraulics s.r.o.
- Ing. Kateřina Pospíšilová – Hospodářská komora Olomouc

Kontrolní komise: Ing. Vladimír Coufal (předseda), Jana Dvořáková

Tým kanceláře klastru od 1. 10. 2041:
Mgr. Lenka Hrubá, Ph.D. – ředitelka
Ing. Ondřej Pechal – projektový manažer
Bc. Simona Kvapilová – koordinátorka vzdělávání
Petra Nováková – komunikace a členská agenda

Co nás čeká
• {day(2041,10,2,'cs')} 2. 10. 2041, 9:00–13:00 – Seminář „Dotace na automatizaci výroby“, Regionální centrum Olomouc
• 14.–15. 10. 2041 – Podzimní setkání členů klastru s exkurzí do firmy Moravia Hydraulics, Litovel
• {day(2041,11,5,'cs')} 5. 11. 2041 – Veletrh pracovních příležitostí Strojař 2041, SPŠ strojnická Olomouc

Z archivu:
Klastr přivítal delegaci z Horního Slezska (18. 5. 2041)
Valná hromada schválila strategii 2041–2045 (24. 3. 2041)
Mladí strojaři: výsledky soutěže (12. 12. 2040)

Sdílet: Facebook | LinkedIn | Tisk

Olomoucký strojírenský klastr, z. s.
Jeremenkova 1211/40b, 779 00 Olomouc
IČO: 09876543 | tel.: +420 585 555 410 | info@osk-klastr.cz
Spolek je zapsán ve spolkovém rejstříku vedeném Krajským soudem v Ostravě, oddíl L.
"""
write(F, t)
K = 'Olomoucký strojírenský klastr, z. s.'
people = [P('Jaroslav Vrbka', 'ředitel', K), P('Lenka Hrubá', 'ředitelka', K),
 P('Petra Nováková', 'komunikace a členská agenda', K), P('Radek Šindelář', 'předseda', 'Olomoucký strojírenský klastr, z. s.'),
 P('Martina Kopecká', 'místopředsedkyně', 'Olomoucký strojírenský klastr, z. s.'),
 P('Pavel Dostál', None, 'Vysoká škola báňská – Technická univerzita Ostrava'), P('Tomáš Zatloukal', None, 'Moravia Hydraulics s.r.o.'),
 P('Kateřina Pospíšilová', None, 'Hospodářská komora Olomouc'), P('Vladimír Coufal', 'předseda', 'Kontrolní komise'),
 P('Jana Dvořáková', None, 'Kontrolní komise'), P('Ondřej Pechal', 'projektový manažer', K), P('Simona Kvapilová', 'koordinátorka vzdělávání', K)]
orgs = [O(K, 'OSK'), O('Evropské iniciativy pro excelenci klastrů', 'ECEI'), O('Univerzitě Palackého v Olomouci'),
 O('Krajského úřadu Olomouckého kraje'), O('TOS Hulín a.s.'), O('Hanácké železárny a pérovny, a.s.'),
 O('Vysoká škola báňská – Technická univerzita Ostrava'), O('Moravia Hydraulics s.r.o.'), O('Hospodářská komora Olomouc'),
 O('Regionální centrum Olomouc'), O('SPŠ strojnická Olomouc'), O('Krajským soudem v Ostravě')]
events = [E('zasedání správní rady', '2041-09-08', None, None, None),
 E('Seminář „Dotace na automatizaci výroby“', '2041-10-02', None, 'Olomouc', 'Czechia'),
 E('Podzimní setkání členů klastru', '2041-10-14', '2041-10-15', 'Litovel', 'Czechia'),
 E('exkurze do firmy Moravia Hydraulics', '2041-10-14', '2041-10-15', 'Litovel', 'Czechia'),
 E('Veletrh pracovních příležitostí Strojař 2041', '2041-11-05', None, 'Olomouc', 'Czechia'),
 E('delegace z Horního Slezska', '2041-05-18', None, None, None),
 E('Valná hromada', '2041-03-24', None, None, None)]
dates = ['2041-09-16', '2041-09-08', '2041-10-01', '2041', '2032', '2036', '2040/2043', '2041-10-02', '2041-10-14/2041-10-15',
 '2041-11-05', '2041-05-18', '2041/2045', '2041-03-24', '2040-12-12']
gold(F, people, orgs, events, dates, [], pub='2041-09-16')
