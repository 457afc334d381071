from h import *
F = 'g03_liberecky_evaluace_klastru.txt'
assert wd(2039,6,9)=='Thursday' and wd(2039,5,24)=='Tuesday'
T = """Liberecký kraj – Krajský úřad | Odbor regionálního rozvoje a evropských projektů
Úřední deska > Strategické dokumenty > Evaluace

SHRNUTÍ ZÁVĚREČNÉ ZPRÁVY
Evaluace programu podpory klastrů Libereckého kraje 2034–2038

Zadavatel: Liberecký kraj, Odbor regionálního rozvoje a evropských projektů
Zpracovatel: Agentura pro regionální rozvoj, spol. s r.o. (ARR), Liberec, ve spolupráci s Technickou univerzitou v Liberci (TUL)
Řešitelský tým: Ing. Kateřina Nováková-Šťastná, Ph.D. (vedoucí týmu), Mgr. Ondřej Hrubý, Ing. Jan Van Dijk
Datum: 16. května 2039

1. Účel evaluace

Liberecký kraj podporuje klastrové organizace od roku 2029. V období 2034–2038 bylo z krajského dotačního programu vyplaceno celkem 41,6 mil. Kč pěti klastrům: Nanoprogresu, Klastru sklářského a bižuterního průmyslu Jablonec (Crystal Valley Cluster), Klastru automotive Libereckého kraje, Textilnímu klastru CLUTEX a Klastru chytrého regionu. Cílem evaluace bylo zjistit, zda podpora vedla k novým společným projektům firem a výzkumných organizací a zda má program pokračovat i v dalším období.

Evaluátoři analyzovali 112 podpořených aktivit, provedli 34 rozhovorů s manažery klastrů, členskými firmami a zástupci kraje a dne 24. května 2039 (v úterý) uspořádali v sídle Krajského úřadu v Liberci fokusní skupinu s 19 účastníky.

2. Hlavní zjištění

- Klastry v kraji vytvořily za pět let 27 společných výzkumných a inovačních projektů, z toho 9 financovaných z evropských zdrojů.
- Podpora byla rozdělena nerovnoměrně: dva největší klastry čerpaly 63 % prostředků.
- Malé firmy oceňují hlavně přístup k laboratořím Technické univerzity v Liberci a společné veletrhy.
- Klastry nemají jednotný systém sledování výsledků, a proto nelze spolehlivě změřit dopad podpory.
- Spolupráce přes hranice se Saskem a Dolním Slezskem zůstává nahodilá.

3. Doporučení

1. Program podpory klastrů zachovat i v letech 2040–2044, ale část prostředků vázat na dosažené výsledky.
2. Zavést jednotné ukazatele a roční zprávu o činnosti všech klastrů.
3. Vyhlásit zvláštní výzvu pro mezinárodní spolupráci klastrů v Euroregionu Nisa.
4. Posílit roli Krajské inovační rady při výběru strategických projektů klastrů.

Evaluátoři dále upozorňují, že program byl nastaven velmi obecně. Žádost o dotaci mohl podat každý klastr se sídlem v kraji, a proto se podpora rozdělovala spíše podle velikosti klastru než podle kvality jeho plánu. Firmy v rozhovorech opakovaně zmiňovaly, že o krajském programu vědí jen málo a že jim chybí přehled o tom, co který klastr nabízí. Naopak velmi kladně hodnotily společné expozice na veletrzích v Brně a v Mnichově a pravidelná setkání technických ředitelů, která pořádá Klastr automotive Libereckého kraje v Jablonci nad Nisou.

3a. Stanovisko zadavatele

Náměstek hejtmana pro regionální rozvoj Mgr. Tomáš Lichtenberg uvedl, že kraj s většinou doporučení souhlasí. "Klastry jsou pro náš kraj důležité, ale musíme lépe ukázat, co za krajské peníze přinášejí," řekl. Ředitelka Krajského inovačního centra (KIC) Ing. Lucie Šrámková-Zelená doplnila, že jednotné ukazatele připraví KIC spolu s Národní klastrovou asociací do konce roku 2039.

Manažer Klastru automotive Libereckého kraje Petr Dvořáček upozornil, že nárůst administrativy by neměl převážit nad přínosy podpory. Předseda představenstva Nanoprogresu, z.s.p.o., doc. RNDr. Martin Kocourek, CSc., ocenil, že evaluace poprvé srovnala všech pět klastrů podle stejných kritérií.

4. Další postup

Zpráva bude projednána Radou Libereckého kraje na zasedání ve čtvrtek 9. června 2039 a následně Zastupitelstvem v září. Nová pravidla programu mají platit od 1. ledna 2040.

Kontaktní osoba: Ing. Radka Holubová, odbor regionálního rozvoje, radka.holubova@kraj-lbc.example.cz, tel. 485 000 000

Vloženo: 3. června 2039 | Počet zobrazení: 214 | Tisk | Sdílet
© Liberecký kraj | Prohlášení o přístupnosti | Cookies
"""
write(F, T)
gold(F,
 [P("Kateřina Nováková-Šťastná","vedoucí týmu","Agentura pro regionální rozvoj, spol. s r.o."),
  P("Ondřej Hrubý",None,"Agentura pro regionální rozvoj, spol. s r.o."),
  P("Jan Van Dijk",None,"Agentura pro regionální rozvoj, spol. s r.o."),
  P("Tomáš Lichtenberg","Náměstek hejtmana pro regionální rozvoj","Liberecký kraj"),
  P("Lucie Šrámková-Zelená","Ředitelka","Krajského inovačního centra"),
  P("Petr Dvořáček","Manažer","Klastr automotive Libereckého kraje"),
  P("Martin Kocourek","Předseda představenstva","Nanoprogresu, z.s.p.o."),
  P("Radka Holubová",None,"Odbor regionálního rozvoje a evropských projektů")],
 [O("Liberecký kraj"), O("Krajský úřad"), O("Odbor regionálního rozvoje a evropských projektů"),
  O("Agentura pro regionální rozvoj, spol. s r.o.","ARR"), O("Technickou univerzitou v Liberci","TUL"),
  O("Nanoprogresu, z.s.p.o."), O("Klastru sklářského a bižuterního průmyslu Jablonec (Crystal Valley Cluster)"),
  O("Klastr automotive Libereckého kraje"), O("Textilnímu klastru CLUTEX"), O("Klastru chytrého regionu"),
  O("Krajské inovační rady"), O("Krajského inovačního centra","KIC"), O("Národní klastrovou asociací"),
  O("Radou Libereckého kraje"), O("Zastupitelstvem")],
 [E("fokusní skupinu","2039-05-24",None,"Liberec","Czech Republic"),
  E("zasedání","2039-06-09",None,None,None)],
 ["2034/2038","2039-05-16","2029","2039-05-24","2040/2044","2039","2039-06-09","2039-09","2040-01-01","2039-06-03"],
 ["Klastry v kraji vytvořily za pět let 27 společných výzkumných a inovačních projektů, z toho 9 financovaných z evropských zdrojů",
  "Podpora byla rozdělena nerovnoměrně: dva největší klastry čerpaly 63 % prostředků",
  "Malé firmy oceňují hlavně přístup k laboratořím Technické univerzity v Liberci a společné veletrhy",
  "Klastry nemají jednotný systém sledování výsledků, a proto nelze spolehlivě změřit dopad podpory",
  "Spolupráce přes hranice se Saskem a Dolním Slezskem zůstává nahodilá",
  "Program podpory klastrů zachovat i v letech 2040–2044, ale část prostředků vázat na dosažené výsledky",
  "Zavést jednotné ukazatele a roční zprávu o činnosti všech klastrů",
  "Vyhlásit zvláštní výzvu pro mezinárodní spolupráci klastrů v Euroregionu Nisa",
  "Posílit roli Krajské inovační rady při výběru strategických projektů klastrů"],
 pub="2039-06-03")
