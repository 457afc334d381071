from h import *
F = 'g02_presov_it_klaster_novinky.md'
assert wd(2036,10,8)=='Wednesday' and wd(2036,11,19)=='Wednesday' and wd(2036,10,21)=='Tuesday'
T = """[Domov](/) > [Aktuality](/aktuality) > Novinky z klastra

# Novinky z klastra – október 2036

*Zverejnené: 23. októbra 2036 | Autor: Zuzana Hudáková, komunikácia | Čítanie: 5 min*

Prešovský IT klaster (PITK) prináša prehľad toho, čo sa v klastri udialo za posledný mesiac: nový člen, spustenie projektu, podporený projekt z výzvy a pozvánka na novembrové podujatie.

## Nový člen: DataForge Sabinov s. r. o.

Predstavenstvo klastra na svojom zasadnutí 8. októbra 2036 schválilo prijatie spoločnosti DataForge Sabinov s. r. o., ktorá sa venuje spracovaniu dát zo senzorov v poľnohospodárstve. Konateľ spoločnosti Marek Ondrejka uviedol, že od členstva očakáva najmä prístup k študentom Prešovskej univerzity a spoločné projekty s väčšími firmami. Klaster má po tomto rozhodnutí 52 členov, z toho 38 malých a stredných podnikov. Firma vznikla v roku 2031 ako spin-off a dnes zamestnáva 17 ľudí.

## Štart projektu SmartRegion Šariš

V utorok 21. októbra 2036 sa v priestoroch Prešovského samosprávneho kraja (PSK) uskutočnilo úvodné stretnutie projektu SmartRegion Šariš. Projekt v hodnote 1,2 milióna eur je financovaný z Programu Slovensko 2021 – 2027 a potrvá do júna 2039. Jeho cieľom je prepojiť dáta o doprave, odpadoch a energiách v 14 mestách regiónu.

Na stretnutí vystúpil podpredseda PSK Ján Vaľko, ktorý zdôraznil, že kraj chce byť do roku 2040 „regiónom otvorených dát“. Za klaster projekt koordinuje projektová manažérka Ing. Lucia Petrovská, PhD. Technickým partnerom je Technická univerzita v Košiciach (TUKE), ktorá zabezpečí analytickú platformu.

Partneri projektu:
- Prešovský IT klaster (koordinátor)
- Prešovský samosprávny kraj
- Technická univerzita v Košiciach
- Mesto Bardejov
- Mesto Sabinov
- Regionálna rozvojová agentúra Šariš (RRA Šariš)

## Úspech vo výzve: 180 000 eur na kybernetickú bezpečnosť

Ministerstvo investícií, regionálneho rozvoja a informatizácie Slovenskej republiky (MIRRI) zverejnilo 14. októbra 2036 výsledky výzvy na podporu kybernetickej bezpečnosti v malých a stredných podnikoch. Medzi podporenými projektmi je aj projekt klastra CyberŠtít, ktorý získal 180 000 eur. Z nich bude financovaný bezpečnostný audit pre 30 členských firiem a séria školení pre ich zamestnancov v roku 2037.

„Veľa našich členov sú malé firmy bez vlastného bezpečnostného tímu. Tento projekt im dá prvú ucelenú ochranu,“ povedal výkonný riaditeľ klastra Tomáš Kmec.

## Pozvánka: Šarišský IT deň 2036

Srdečne vás pozývame na Šarišský IT deň, ktorý sa uskutoční v stredu 19. novembra 2036 v Divadle Jonáša Záborského v Prešove.

**Program:**

| Čas | Bod programu |
|---|---|
| 9:00 | Registrácia účastníkov |
| 9:30 | Otvorenie – Tomáš Kmec, výkonný riaditeľ PITK |
| 9:45 | Umelá inteligencia vo verejnej správe – prof. Ing. Peter Drotár, PhD., TUKE |
| 10:30 | Panelová diskusia: Ako udržať talenty v regióne |
| 12:00 | Obed |
| 13:00 | Workshop: Bezpečnosť pre malé firmy |
| 15:00 | Networking a ukončenie |

Účasť je pre členov bezplatná, ostatní platia 40 eur. Registrácia do 12. novembra 2036.

## Z predstavenstva

Predstavenstvo na zasadnutí 8. októbra 2036 ďalej rozhodlo:

- schváliť rozpočet klastra na rok 2037 vo výške 410 000 eur,
- zriadiť pracovnú skupinu pre umelú inteligenciu, ktorú povedie Martina Šoltésová (Soft-Tech Prešov a. s.),
- podať prihlášku na obnovenie bronzového certifikátu ECEI do konca januára 2037.

Nasledujúce zasadnutie predstavenstva bude 10. decembra 2036.

---

**Kontakt:**
Prešovský IT klaster, Hlavná 12, 080 01 Prešov
Zuzana Hudáková | info@pitk.example.sk | +421 51 000 0000

[Facebook](#) · [LinkedIn](#) · [Odber noviniek](#)

© 2036 Prešovský IT klaster. Všetky práva vyhradené. | [Ochrana osobných údajov](#) | [Cookies](#)
"""
write(F, T)
C = "Prešovský IT klaster"
gold(F,
 [P("Zuzana Hudáková","komunikácia",C), P("Marek Ondrejka","Konateľ","DataForge Sabinov s. r. o."),
  P("Ján Vaľko","podpredseda","PSK"), P("Lucia Petrovská","projektová manažérka",C),
  P("Tomáš Kmec","výkonný riaditeľ",C), P("Peter Drotár",None,"TUKE"),
  P("Martina Šoltésová",None,"Soft-Tech Prešov a. s.")],
 [O(C,"PITK"), O("DataForge Sabinov s. r. o."), O("Prešovskej univerzity"), O("Prešovský samosprávny kraj","PSK"),
  O("Technická univerzita v Košiciach","TUKE"), O("Mesto Bardejov"), O("Mesto Sabinov"),
  O("Regionálna rozvojová agentúra Šariš","RRA Šariš"),
  O("Ministerstvo investícií, regionálneho rozvoja a informatizácie Slovenskej republiky","MIRRI"),
  O("Soft-Tech Prešov a. s."), O("ECEI")],
 [E("zasadnutie predstavenstva","2036-10-08"), E("úvodné stretnutie projektu SmartRegion Šariš","2036-10-21",None,None,None),
  E("Šarišský IT deň 2036","2036-11-19",None,"Prešov","Slovakia"),
  E("Workshop: Bezpečnosť pre malé firmy","2036-11-19",None,"Prešov","Slovakia"),
  E("zasadnutie predstavenstva (december)","2036-12-10")],
 ["2036-10-23","2036-10-08","2031","2036-10-21","2021/2027","2039-06","2040","2036-10-14","2037","2036-11-19","2036-11-12","2037-01","2036-12-10","2036-10"],
 ["schváliť rozpočet klastra na rok 2037 vo výške 410 000 eur",
  "zriadiť pracovnú skupinu pre umelú inteligenciu, ktorú povedie Martina Šoltésová (Soft-Tech Prešov a. s.)",
  "podať prihlášku na obnovenie bronzového certifikátu ECEI do konca januára 2037"], "2036-10-23")
