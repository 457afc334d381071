from h import *
F = 'g04_zilina_rra_kalendar.txt'
assert wd(2039,2,8)=='Tuesday' and wd(2039,2,17)=='Thursday' and wd(2039,3,2)=='Wednesday' and wd(2039,3,15)=='Tuesday' and wd(2039,3,24)=='Thursday'
T = """Preskočiť na obsah
Regionálna rozvojová agentúra Žilinského kraja
O nás  Projekty  Výzvy  Kalendár podujatí  Dokumenty  Kontakt  EN
Vyhľadávanie...
Táto stránka používa súbory cookies. Pokračovaním v prehliadaní súhlasíte s ich používaním. Súhlasím  Nastavenia

Domov > Kalendár podujatí > Február – marec 2039

Kalendár podujatí
Zobraziť: Zoznam | Mesiac | Týždeň
Kategória: Všetky | Klastre | Inovácie | Cestovný ruch | Vzdelávanie | Fondy EÚ

Aktualizované 1. februára 2039

V kalendári nájdete podujatia agentúry, klastrov a partnerov v Žilinskom kraji: informačné dni k výzvam, semináre, stretnutia manažérov klastrov a valné zhromaždenia. Pri každom podujatí uvádzame miesto, čas a spôsob registrácie. Ak sa podujatie presunie alebo zruší, informáciu zverejníme najneskôr dva pracovné dni vopred. Na podujatiach agentúry sa fotografuje; fotografie môžeme použiť na propagáciu projektu.

FEBRUÁR 2039

08
utorok
Informačný deň k výzve na klastrové inovačné vouchery
9:00 – 12:30 | Úrad Žilinského samosprávneho kraja, Komenského 48, Žilina, zasadačka č. 214
Organizátor: Regionálna rozvojová agentúra Žilinského kraja (RRA ŽK) v spolupráci so Slovenskou inovačnou a energetickou agentúrou (SIEA)
Program: 9:00 privítanie – Ing. Zuzana Hrušková, riaditeľka RRA ŽK; 9:20 podmienky výzvy – Mgr. Peter Laco, SIEA; 10:30 skúsenosti žiadateľov – Ing. Tomáš Bielik, Strojársky klaster Kysuce; 11:45 otázky a odpovede
Vstup voľný, registrácia do 4. februára 2039.
Registrovať sa  |  Pridať do kalendára

17
štvrtok
Stretnutie manažérov klastrov Žilinského kraja
13:00 – 16:00 | Žilinská univerzita v Žiline, Univerzitný vedecký park, Žilina
Neformálne stretnutie manažérov klastrov z regiónu. Hlavnou témou je spoločná účasť na veľtrhu v Brne a príprava krajskej stratégie pre klastre na roky 2040–2045. Stretnutie moderuje Mgr. Lucia Ďurčová z oddelenia regionálneho rozvoja Žilinského samosprávneho kraja.
Len pre pozvaných.
Viac informácií

24.–25.
Zimná škola cestovného ruchu Orava
Hotel Studnička, Oravská Lesná
Dvojdňový seminár pre poskytovateľov služieb v cestovnom ruchu, ktorý organizuje Klaster Orava. Prednášajú Ing. Martina Kubalová (Klaster Orava) a doc. Ing. Róbert Štefko, PhD. (Katedra cestovného ruchu, Univerzita Mateja Bela v Banskej Bystrici). Cena 60 € vrátane ubytovania.
Registrovať sa

MAREC 2039

02
streda
Webinár: Ako napísať dobrý projektový zámer
10:00 – 11:30 | online (MS Teams)
Lektor: Ing. Juraj Pažický, RRA ŽK
Webinár je určený najmä pre malé obce a občianske združenia, ktoré sa chystajú žiadať o podporu z Programu Slovensko.
Registrovať sa

15
utorok
Inovačné raňajky: vodík v doprave
8:00 – 10:00 | Kysucké múzeum, Čadca
Raňajky s prezentáciou výsledkov pilotného projektu vodíkových autobusov v Čadci. Vystúpia: Ing. Marek Holúbek, riaditeľ dopravného podniku SAD Žilina, a prof. Ing. Jana Masárová, PhD., Žilinská univerzita v Žiline. Podujatie organizuje Žilinský inteligentný klaster (ŽIK).
Registrovať sa

24
štvrtok
Valné zhromaždenie Strojárskeho klastra Kysuce
14:00 | Kysucké Nové Mesto, Dom kultúry
Valné zhromaždenie členov. Na programe je výročná správa za rok 2038, voľba predsedu a plán činnosti na rok 2039.
Pre členov klastra.

30.–31.
Medzinárodný strojársky veľtrh – spoločný stánok Žilinského kraja
Brno, Výstavisko
Na spoločnom stánku sa predstaví 9 firiem z kraja. Záujemcovia sa môžu hlásiť do 20. februára 2039 u Ing. Juraja Pažického.

Staršie podujatia
Novoročné stretnutie partnerov RRA ŽK – 12. januára 2039, Žilina
Konferencia Klastre v regióne 2038 – 23. novembra 2038, Martin

Máte tip na podujatie? Pošlite nám ho na kalendar@rrazk.example.sk. Podujatia zverejňujeme bezplatne.

Zdieľať: Facebook | LinkedIn | E-mail | Tlačiť

Kontakt
Regionálna rozvojová agentúra Žilinského kraja, záujmové združenie právnických osôb
Komenského 48, 011 09 Žilina
tel. +421 41 000 00 00
Úradné hodiny: po – pi 8:00 – 15:30

Projekt je spolufinancovaný z Programu Slovensko 2028–2034.
© 2039 RRA ŽK | Ochrana osobných údajov | Vyhlásenie o prístupnosti | Mapa stránky
"""
write(F, T)
R = "RRA ŽK"
gold(F,
 [P("Zuzana Hrušková","riaditeľka",R), P("Peter Laco",None,"SIEA"), P("Tomáš Bielik",None,"Strojársky klaster Kysuce"),
  P("Lucia Ďurčová",None,"Žilinského samosprávneho kraja"), P("Martina Kubalová",None,"Klaster Orava"),
  P("Róbert Štefko",None,"Katedra cestovného ruchu"), P("Juraj Pažický","Lektor",R),
  P("Marek Holúbek","riaditeľ","SAD Žilina"), P("Jana Masárová",None,"Žilinská univerzita v Žiline")],
 [O("Regionálna rozvojová agentúra Žilinského kraja",R), O("Žilinského samosprávneho kraja"),
  O("Slovenskou inovačnou a energetickou agentúrou","SIEA"), O("Strojársky klaster Kysuce"), O("Žilinská univerzita v Žiline"),
  O("Klaster Orava"), O("Katedra cestovného ruchu"), O("Univerzita Mateja Bela v Banskej Bystrici"),
  O("SAD Žilina"), O("Žilinský inteligentný klaster","ŽIK")],
 [E("Informačný deň k výzve na klastrové inovačné vouchery","2039-02-08",None,"Žilina","Slovakia"),
  E("Stretnutie manažérov klastrov Žilinského kraja","2039-02-17",None,"Žilina","Slovakia"),
  E("Zimná škola cestovného ruchu Orava","2039-02-24","2039-02-25","Oravská Lesná","Slovakia"),
  E("Webinár: Ako napísať dobrý projektový zámer","2039-03-02",None,None,None),
  E("Inovačné raňajky: vodík v doprave","2039-03-15",None,"Čadca","Slovakia"),
  E("Valné zhromaždenie Strojárskeho klastra Kysuce","2039-03-24",None,"Kysucké Nové Mesto","Slovakia"),
  E("Medzinárodný strojársky veľtrh","2039-03-30","2039-03-31","Brno","Czechia"),
  E("Novoročné stretnutie partnerov RRA ŽK","2039-01-12",None,"Žilina","Slovakia"),
  E("Konferencia Klastre v regióne 2038","2038-11-23",None,"Martin","Slovakia")],
 ["2039-02-01","2039-02/2039-03","2039-02","2039-03","2039-02-08","2039-02-04","2039-02-17","2040/2045","2039-02-24/2039-02-25","2039-03-02",
  "2039-03-15","2039-03-24","2038","2039","2039-03-30/2039-03-31","2039-02-20","2039-01-12","2038-11-23","2028/2034"],
 [], "2039-02-01")
