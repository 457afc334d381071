from h import *
F = 'g04_vysocina_zapis_predstavenstva.txt'
assert wd(2041,4,13)=='Saturday' and wd(2041,1,16)=='Wednesday' and wd(2041,2,6)=='Wednesday' and wd(2041,3,20)=='Wednesday'
T = """Klastr dřevařů a nábytkářů Vysočiny, z. s.
IČO: 00000000 · Karlovo náměstí 00, 674 01 Třebíč

ZÁPIS
z 1. jednání představenstva v roce 2041

Datum a čas: středa 16. ledna 2041, 14:00–16:45
Místo: Regionální hospodářská komora Vysočina, zasedací místnost 2. patro, Jihlava

Přítomni:
Ing. Pavel Dvořák – předseda představenstva (Truhlářství Dvořák s.r.o., Velké Meziříčí)
Mgr. Lucie Nováková-Hrubá – místopředsedkyně představenstva (Mendelova univerzita v Brně, Lesnická a dřevařská fakulta)
Ing. Tomáš Kratochvíl – člen představenstva (Jitona a.s., Soběslav)
Jan Procházka – člen představenstva (Stolařství Procházka, Náměšť nad Oslavou)
Host: Ing. Martina Zelenková, Krajský úřad Kraje Vysočina, odbor regionálního rozvoje

Omluveni: Ing. arch. Václav ŠTĚPÁNEK – člen představenstva

Zapisovatel: Bc. Kateřina Benešová, manažerka klastru
Ověřovatel zápisu: Jan Procházka

Program:
1. Zahájení, schválení programu a kontrola usnesení z minulého jednání
2. Hospodaření klastru za rok 2040
3. Plán akcí na rok 2041
4. Přihláška do projektu Interreg Česko – Rakousko
5. Přijetí nových členů
6. Různé

K bodu 1
Předseda Ing. Dvořák zahájil jednání ve 14:05 a konstatoval, že představenstvo je usnášeníschopné (4 z 5 členů). Program byl schválen bez připomínek. Úkoly z jednání dne 28. listopadu 2040 byly splněny s výjimkou aktualizace webových stránek, která se přesouvá na březen.

K bodu 2
Manažerka klastru Bc. Benešová předložila přehled hospodaření. Klastr skončil rok 2040 s kladným výsledkem 186 400 Kč. Příjmy tvořily členské příspěvky (41 %), dotace Kraje Vysočina (35 %) a tržby za služby (24 %). Revizorka Ing. Eva Pospíšilová (Účetnictví Pospíšilová, Třebíč) provede kontrolu účetnictví do 15. února 2041.

K bodu 3
Představenstvo projednalo plán akcí. Na rok 2041 se navrhuje:
- Den otevřených dílen – sobota 13. dubna 2041 (výběr dílen proběhne do konce února)
- odborný seminář o požární bezpečnosti dřevostaveb ve spolupráci s Technickou univerzitou ve Zvolenu, květen 2041, Jihlava
- účast na veletrhu Holz-Handwerk, Norimberk (24.–27. března 2042 – předběžně, společná expozice s Klastrem nábytku Ostrava)
- valná hromada klastru – středa 20. března 2041, Třebíč
Ing. Zelenková informovala, že kraj připravuje novou Regionální inovační strategii Kraje Vysočina 2041–2047 a zve klastr ke spolupráci v pracovní skupině pro dřevo a stavebnictví; první zasedání pracovní skupiny se uskuteční ve středu 6. února 2041.

K bodu 4
Ing. Kratochvíl informoval o přípravě projektu s rakouským partnerem Holzcluster Waldviertel (Zwettl). Projekt se zaměří na výuku učňů a sdílení strojů. Termín podání žádosti je 30. dubna 2041. Rozpočet podílu klastru cca 3,1 mil. Kč.

K bodu 5
O členství požádaly firma Okna Pelhřimov s.r.o. a Střední průmyslová škola stavební Třebíč. Obě přihlášky jsou úplné a žadatelé uhradili vstupní poplatek. Představenstvo ocenilo zájem školy, protože klastr dlouhodobě řeší nedostatek vyučených truhlářů a tesařů v regionu. Ředitel školy se zúčastní valné hromady jako host.

K bodu 6
Mgr. Nováková-Hrubá upozornila na konferenci Dřevo a klima, kterou fakulta pořádá 9.–10. října 2041 (Brno, areál Zemědělská 3). Členové klastru mají slevu 30 % na vložné.

USNESENÍ
Představenstvo:
1) schvaluje výsledek hospodaření za rok 2040 a ukládá manažerce předložit jej valné hromadě;
2) schvaluje plán akcí na rok 2041 s úpravou termínu semináře podle možností TU Zvolen;
3) pověřuje Ing. Kratochvíla podáním žádosti do programu Interreg Česko – Rakousko;
4) přijímá za členy klastru Okna Pelhřimov s.r.o. a Střední průmyslovou školu stavební Třebíč;
5) deleguje Ing. Zelenkovou jako kontaktní osobu kraje a Bc. Benešovou do krajské pracovní skupiny.

Jednání bylo ukončeno v 16:45. Příští jednání představenstva se uskuteční ve středu 20. března 2041 v 10:00 před valnou hromadou.

Zapsala: Kateřina Benešová, 18. 1. 2041
Ověřil: Jan Procházka
"""
write(F, T)
K="Klastr dřevařů a nábytkářů Vysočiny, z. s."
gold(F,
 [P("Pavel Dvořák","předseda představenstva",K),
  P("Lucie Nováková-Hrubá","místopředsedkyně představenstva",K),
  P("Tomáš Kratochvíl","člen představenstva",K),
  P("Jan Procházka","člen představenstva",K),
  P("Martina Zelenková",None,"Krajský úřad Kraje Vysočina"),
  P("Václav ŠTĚPÁNEK","člen představenstva",K),
  P("Kateřina Benešová","manažerka klastru",K),
  P("Eva Pospíšilová","Revizorka",K)],
 [O(K), O("Regionální hospodářská komora Vysočina"), O("Truhlářství Dvořák s.r.o."), O("Mendelova univerzita v Brně"),
  O("Lesnická a dřevařská fakulta"), O("Jitona a.s."), O("Stolařství Procházka"), O("Krajský úřad Kraje Vysočina"),
  O("odbor regionálního rozvoje"), O("Kraje Vysočina"), O("Účetnictví Pospíšilová"), O("Technickou univerzitou ve Zvolenu","TU Zvolen"),
  O("Klastrem nábytku Ostrava"), O("Holzcluster Waldviertel"), O("Okna Pelhřimov s.r.o."), O("Střední průmyslová škola stavební Třebíč")],
 [E("jednání představenstva","2041-01-16",None,"Jihlava","Czech Republic"),
  E("Den otevřených dílen","2041-04-13",None,None,None),
  E("odborný seminář o požární bezpečnosti dřevostaveb","2041-05",None,"Jihlava","Czech Republic"),
  E("Holz-Handwerk","2042-03-24","2042-03-27","Norimberk","Germany"),
  E("valná hromada klastru","2041-03-20",None,"Třebíč","Czech Republic"),
  E("první zasedání pracovní skupiny","2041-02-06",None,None,None),
  E("Dřevo a klima","2041-10-09","2041-10-10","Brno","Czech Republic"),
  E("jednání představenstva","2040-11-28",None,None,None),
  E("jednání představenstva","2041-03-20",None,None,None)],
 ["2041","2041-01-16","2040","2040-11-28","2041-03","2041-02-15","2041-04-13","2041-02","2041-05","2042-03-24/2042-03-27","2041-03-20",
  "2041-2047".replace('-','/',1) if False else "2041/2047","2041-02-06","2041-04-30","2041-10-09/2041-10-10","2041-01-18"],
 ["schvaluje výsledek hospodaření za rok 2040 a ukládá manažerce předložit jej valné hromadě",
  "schvaluje plán akcí na rok 2041 s úpravou termínu semináře podle možností TU Zvolen",
  "pověřuje Ing. Kratochvíla podáním žádosti do programu Interreg Česko – Rakousko",
  "přijímá za členy klastru Okna Pelhřimov s.r.o. a Střední průmyslovou školu stavební Třebíč",
  "deleguje Ing. Zelenkovou jako kontaktní osobu kraje a Bc. Benešovou do krajské pracovní skupiny"],
 pub="2041-01-18")
