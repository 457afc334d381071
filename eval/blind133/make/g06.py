from h import *
F = 'g06_budejovice_valna_hromada-pdf.txt'
assert wd(2039,2,24)=='Thursday' and wd(2039,3,3)=='Thursday' and wd(2039,4,14)=='Thursday'
T = """Jihočeský potravinářský klastr, z. s.
Zápis z řádné valné hromady

ZÁPIS
z 9. řádné valné hromady spolku Jihočeský potravinářský klastr, z. s. (JPK)
konané dne 24. 2. 2039 od 13:00 hod. v zasedací místnosti Jihočeské hospodářské komory,
Husova 9, České Budějovice

Přítomni: 31 z 42 členů s hlasovacím právem (viz prezenční listina), valná hromada je
usnášeníschopná.
Hosté: Ing. Radek Šimůnek, vedoucí odboru regionálního rozvoje Krajského úřadu
Jihočeského kraje; Mgr. Petra Vondrášková, Jihočeská agentura pro podporu inovačního
podnikání (JAIP)
Zapisovatelka: Bc. Klára Nováková-Hrubá

1. Zahájení a volba orgánů valné hromady
Valnou hromadu zahájil předseda představenstva Ing. Tomáš Kubíček, Ph.D. (Madeta a. s.).
Předsedajícím byl zvolen Ing. Tomáš Kubíček, ověřovateli zápisu Ing. Jana Pokorná (Jihočeská
univerzita v Českých Budějovicích) a Martin Lhoták (Pivovar Budvar Regent s.r.o.).
Všichni hlasovali pro.

2. Zpráva o činnosti za rok 2038
Manažerka klastru Ing. Veronika Štěpánková přednesla zprávu o činnosti. Klastr v roce 2038
uspořádal 14 akcí s celkem 1 120 účastníky, mimo jiné:
– Jihočeský den potravinářů (17. 5. 2038, Výstaviště České Budějovice, 380 účastníků),
– společnou expozici členů na veletrhu Anuga v Kolíně nad Rýnem (7.–11. 10. 2038),
– studijní cestu do Dolního Rakouska k potravinářskému klastru v Tullnu (září 2038),
– seminář o balení bez plastů pro malé a střední podniky v Táboře (21. 11. 2038).
Klastr dále získal dva nové členy a podal projektovou žádost do programu OP TAK.

Jihočeský potravinářský klastr, z. s.                                  strana 1 / 3
Jihočeský potravinářský klastr, z. s.
Zápis z řádné valné hromady

3. Zpráva o hospodaření a zpráva revizní komise
Hospodářský výsledek za rok 2038 činí +184 000 Kč. Předsedkyně revizní komise Ing. Marie
Dvořáková konstatovala, že účetnictví je vedeno řádně a nebyly zjištěny nedostatky.

4. Volba členů představenstva
Funkční období dvou členů představenstva skončilo. Valná hromada zvolila na období 2039–
2042 tyto členy:
– Ing. Lukáš Zeman (Jihočeské pekárny a. s.) – 29 hlasů pro,
– Mgr. Zuzana O'Connor-Hájková (Bio Šumava s.r.o.) – 27 hlasů pro.
Na ustavujícím zasedání představenstva, které následovalo bezprostředně po valné hromadě,
byl předsedou představenstva znovu zvolen Ing. Tomáš Kubíček a místopředsedkyní Mgr. Zuzana
O'Connor-Hájková. Ing. Lukáš Zeman zůstává členem představenstva bez další funkce.

5. Plán činnosti na rok 2039
Manažerka klastru představila plán akcí, zejména:
– Jihočeský den potravinářů 2039 (čtvrtek 14. 4. 2039, Výstaviště České Budějovice),
– matchmaking s bavorskými výrobci v Pasově ve spolupráci s Cluster Ernährung am KErn,
– obchodní misi do Polska (Krakov, Rzeszów) na podzim 2039.
Mgr. Petra Vondrášková nabídla spolupráci JAIP při přípravě inovač-
ních voucherů pro členy.

6. Různé
Ing. Radek Šimůnek informoval o přípravě nové krajské RIS3 strategie a pozval členy
na kulaté stoly, které kraj pořádá v březnu 2039.

Jihočeský potravinářský klastr, z. s.                                  strana 2 / 3
Jihočeský potravinářský klastr, z. s.
Zápis z řádné valné hromady

USNESENÍ
Valná hromada Jihočeského potravinářského klastru:
1. schvaluje zprávu o činnosti a zprávu o hospodaření za rok 2038
2. schvaluje rozpočet na rok 2039 ve výši 3,2 mil. Kč
3. zvyšuje roční členský příspěvek pro velké podniky na 24 000 Kč s účinností od 1. 7. 2039
4. ukládá představenstvu předložit do příští valné hromady návrh nové strategie klastru na
období 2040–2042

Valná hromada byla ukončena v 15:40 hod.
Příští zasedání představenstva se koná 3. 3. 2039.

V Českých Budějovicích dne 24. 2. 2039

Zapsala: Bc. Klára Nováková-Hrubá
Ověřovatelka zápisu: Ing. Jana Pokorná
Ověřovatel zápisu: Martin Lhoták
Ing. Tomáš Kubíček, Ph.D., předseda představenstva

Jihočeský potravinářský klastr, z. s.                                  strana 3 / 3
"""
write(F, T)
J="Jihočeský potravinářský klastr, z. s."
gold(F,
 [P("Radek Šimůnek","vedoucí odboru regionálního rozvoje","Krajského úřadu Jihočeského kraje"),
  P("Petra Vondrášková",None,"Jihočeská agentura pro podporu inovačního podnikání"),
  P("Klára Nováková-Hrubá","Zapisovatelka",J),
  P("Tomáš Kubíček","předseda představenstva",J),
  P("Jana Pokorná","Ověřovatelka zápisu","Jihočeská univerzita v Českých Budějovicích"),
  P("Martin Lhoták","Ověřovatel zápisu","Pivovar Budvar Regent s.r.o."),
  P("Veronika Štěpánková","Manažerka klastru",J),
  P("Marie Dvořáková","Předsedkyně revizní komise",J),
  P("Lukáš Zeman","členem představenstva",J),
  P("Zuzana O'Connor-Hájková","místopředsedkyní",J)],
 [O(J,"JPK"), O("Jihočeské hospodářské komory"), O("Krajského úřadu Jihočeského kraje"),
  O("Jihočeská agentura pro podporu inovačního podnikání","JAIP"), O("Madeta a. s."),
  O("Jihočeská univerzita v Českých Budějovicích"), O("Pivovar Budvar Regent s.r.o."),
  O("Jihočeské pekárny a. s."), O("Bio Šumava s.r.o."), O("Cluster Ernährung am KErn")],
 [E("9. řádné valné hromady","2039-02-24",None,"České Budějovice","Czechia"),
  E("Jihočeský den potravinářů","2038-05-17",None,"České Budějovice","Czechia"),
  E("Anuga","2038-10-07","2038-10-11","Kolíně nad Rýnem","Germany"),
  E("studijní cestu do Dolního Rakouska","2038-09",None,"Tullnu","Austria"),
  E("seminář o balení bez plastů pro malé a střední podniky","2038-11-21",None,"Táboře","Czechia"),
  E("ustavujícím zasedání představenstva","2039-02-24",None,"České Budějovice","Czechia"),
  E("Jihočeský den potravinářů 2039","2039-04-14",None,"České Budějovice","Czechia"),
  E("matchmaking s bavorskými výrobci","2039",None,"Pasově","Germany"),
  E("obchodní misi do Polska","2039",None,"Krakov, Rzeszów","Poland"),
  E("kulaté stoly","2039-03",None,None,None),
  E("zasedání představenstva","2039-03-03",None,None,None)],
 ["2039-02-24","2038","2038-05-17","2038-10-07/2038-10-11","2038-09","2038-11-21","2039/2042","2039","2039-04-14",
  "2039-03","2039-07-01","2040/2042","2039-03-03"],
 ["schvaluje zprávu o činnosti a zprávu o hospodaření za rok 2038",
  "schvaluje rozpočet na rok 2039 ve výši 3,2 mil. Kč",
  "zvyšuje roční členský příspěvek pro velké podniky na 24 000 Kč s účinností od 1. 7. 2039",
  "ukládá představenstvu předložit do příští valné hromady návrh nové strategie klastru na období 2040–2042"],
 pub=None)
