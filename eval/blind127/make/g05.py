from h import *
F = 'g05_karlovarsky_kraj_zapis_ris3-pdf.txt'
assert wd(2037,5,20)=='Wednesday' and wd(2037,5,27)=='Wednesday' and wd(2037,6,16)=='Tuesday' and wd(2037,9,22)=='Tuesday'
H = "Karlovarská agentura rozvoje podnikání, p. o.          Zápis ze 14. zasedání Regionální rady RIS3"
T = H + """

ZÁPIS
ze 14. zasedání Regionální rady pro inovace a chytrou specializaci Karlovarského kraje
(Regionální rada RIS3)

Datum a čas: středa 20. 5. 2037, 13:00–16:10
Místo: Sokolov, Business Innovation Centre Sokolov, zasedací místnost 2. patro
Zapsala: Bc. Veronika Šťastná, KARP
Ověřil: Ing. Dušan Koláček, Ph.D.

Přítomní členové rady:
Ing. Dušan Koláček, Ph.D. – předseda rady, náměstek hejtmana Karlovarského kraje
Mgr. Lenka Hrubá-Novotná – místopředsedkyně, ředitelka Karlovarské agentury rozvoje podnikání (KARP)
doc. RNDr. Pavel Brož, CSc. – Západočeská univerzita v Plzni
Ing. Radek Vondráček – Sokolovská uhelná, právní nástupce, a.s.
Ing. arch. Tereza van der Berg-Malá – Svaz lázní České republiky
Jiří Šindelář – Hospodářská komora Karlovarského kraje
MUDr. Alena Cibulková – Léčebné lázně Jáchymov a.s.

Omluveni: Ing. Martin Hošek (CzechInvest), PhDr. Jan Pazdera

Hosté: Mgr. Kateřina Lukešová (Ministerstvo pro místní rozvoj ČR), Ing. Ondřej Fiala (Technologická agentura
České republiky)

Rada je usnášeníschopná, přítomno je 7 z 9 členů.

1. Zahájení a schválení programu
Předseda přivítal přítomné a seznámil je s programem. Program byl schválen bez připomínek.

2. Výsledky výzvy „Inovační vouchery a klastry 2037“
Mgr. Hrubá-Novotná informovala o výsledcích výzvy, která byla otevřena od 2. 2. do 31. 3. 2037. Do výzvy
bylo podáno 34 žádostí, z toho 8 žádostí klastrových organizací. Na zasedání hodnoticí komise dne 27. 5.
2037 bylo doporučeno k podpoře 21 projektů v celkové výši 18,4 mil. Kč. Mezi podpořenými klastry jsou Klastr
lázeňství a balneologie Karlovarského kraje, z. s., Sklářský a porcelánový klastr Karlovarsko a nově založený
Energetický klastr Sokolovsko. Doc. Brož upozornil, že u dvou projektů hodnotitelé neshledali dostateč-
nou vazbu na domény specializace RIS3.

--- strana 1 z 3 ---
""" + H + """

3. Transformace Sokolovska a Fond pro spravedlivou transformaci
Ing. Vondráček představil stav přípravy areálu bývalého lomu Medard a zdůraznil, že firmy z regionu potře-
bují sdílenou zkušební infrastrukturu pro vodíkové technologie. Mgr. Lukešová doplnila, že ministerstvo
připravuje na podzim 2037 novou výzvu pro strategické projekty transformace. Proběhla diskuse o tom,
zda má KARP vystupovat jako žadatel, nebo pouze jako koordinátor partnerství.

4. Aktualizace RIS3 Karlovarského kraje 2035–2041
Ing. Fiala představil zkušenosti jiných krajů s průběžnou aktualizací strategie. Rada se shodla, že krajské
karty RIS3 budou aktualizovány jednou ročně a že do procesu podnikatelského objevování budou více zapojeny
lázeňské společnosti. Jednání pracovní skupiny pro lázeňství a zdraví se uskuteční v úterý 16. 6. 2037 v Karlových Varech
pod vedením Ing. arch. van der Berg-Malé.

5. Různé
Pan Šindelář pozval členy rady na Inovační den Karlovarského kraje (Cheb, 22. 9. 2037).
Hospodářská komora Karlovarského kraje jej pořádá již pošesté; loňský ročník v Ostrově navštívilo 230
účastníků.

Usnesení
Regionální rada RIS3:
U 14/1 schvaluje program 14. zasedání;
U 14/2 bere na vědomí výsledky výzvy „Inovační vouchery a klastry 2037“ a doporučuje hejtmanovi podpořit
21 projektů dle přílohy č. 1;
U 14/3 ukládá KARP připravit do 30. 6. 2037 návrh role agentury v projektech transformace Sokolovska;
U 14/4 schvaluje roční aktualizaci krajských karet RIS3 a harmonogram na období 2037–2038;

--- strana 2 z 3 ---
""" + H + """

U 14/5 jmenuje Ing. arch. Terezu van der Berg-Malou vedoucí pracovní skupiny pro lázeňství a zdraví.

Příští zasedání rady se uskuteční v úterý 22. 9. 2037 dopoledne v Chebu, v návaznosti na Inovační den.

Přílohy:
1. Seznam doporučených projektů výzvy „Inovační vouchery a klastry 2037“
2. Prezentace KARP a TA ČR
3. Prezenční listina

V Karlových Varech dne 27. 5. 2037
KARP, Závodní 379/84, 360 06 Karlovy Vary
Zapsala: Bc. Veronika Šťastná, projektová manažerka RIS3, KARP
Ověřil: Ing. Dušan Koláček, Ph.D., předseda Regionální rady RIS3

--- strana 3 z 3 ---
"""
write(F, T)
K="Karlovarská agentura rozvoje podnikání, p. o."; R="Regionální rada RIS3"
gold(F,
 [P("Veronika Šťastná","projektová manažerka RIS3","KARP"),
  P("Dušan Koláček","předseda rady",R),
  P("Lenka Hrubá-Novotná","místopředsedkyně",R),
  P("Pavel Brož","člen",R),
  P("Radek Vondráček","člen",R),
  P("Tereza van der Berg-Malá","vedoucí pracovní skupiny pro lázeňství a zdraví",R),
  P("Jiří Šindelář","člen",R),
  P("Alena Cibulková","člen",R),
  P("Martin Hošek","člen",R),
  P("Jan Pazdera","člen",R),
  P("Kateřina Lukešová",None,"Ministerstvo pro místní rozvoj ČR"),
  P("Ondřej Fiala",None,"Technologická agentura České republiky")],
 [O(K,"KARP"), O(R), O("Business Innovation Centre Sokolov"),
  O("Západočeská univerzita v Plzni"), O("Sokolovská uhelná, právní nástupce, a.s."), O("Svaz lázní České republiky"),
  O("Hospodářská komora Karlovarského kraje"), O("Léčebné lázně Jáchymov a.s."), O("CzechInvest"),
  O("Ministerstvo pro místní rozvoj ČR"), O("Technologická agentura České republiky","TA ČR"),
  O("Klastr lázeňství a balneologie Karlovarského kraje, z. s."), O("Sklářský a porcelánový klastr Karlovarsko"),
  O("Energetický klastr Sokolovsko"),],
 [E("14. zasedání Regionální rady RIS3","2037-05-20",None,"Sokolov","Czech Republic"),
  E("zasedání hodnoticí komise","2037-05-27",None,None,None),
  E("Jednání pracovní skupiny pro lázeňství a zdraví","2037-06-16",None,"Karlovy Vary","Czech Republic"),
  E("Inovační den Karlovarského kraje","2037-09-22",None,"Cheb","Czech Republic"),
  E("Příští zasedání rady","2037-09-22",None,"Cheb","Czech Republic")],
 ["2037-05-20","2037-02-02/2037-03-31","2037-05-27","2037","2035/2041","2037-06-16","2037-09-22","2037-06-30","2037/2038"],
 ["schvaluje program 14. zasedání",
  "bere na vědomí výsledky výzvy „Inovační vouchery a klastry 2037“ a doporučuje hejtmanovi podpořit 21 projektů dle přílohy č. 1",
  "ukládá KARP připravit do 30. 6. 2037 návrh role agentury v projektech transformace Sokolovska",
  "schvaluje roční aktualizaci krajských karet RIS3 a harmonogram na období 2037–2038",
  "jmenuje Ing. arch. Terezu van der Berg-Malou vedoucí pracovní skupiny pro lázeňství a zdraví"],
 pub="2037-05-27")
