from h import *
F = 'g13_presov_klaster_o_nas.txt'
assert wd(2036,6,12)=='Thursday'
T = """SK | EN | UA
Domov · O nás · Členovia · Projekty · Podujatia · Kariéra · Kontakt
Hľadať na stránke

Táto stránka používa súbory cookies. Viac informácií | Súhlasím

Domov > O nás

O NÁS

Šarišský strojársky klaster (ŠSK) je záujmové združenie právnických osôb so sídlom v Prešove. Spája strojárske firmy, dodávateľov, školy a samosprávy z Prešovského kraja, ktoré chcú spolu rásť, vzdelávať ľudí a presadiť sa na zahraničných trhoch. Dnes má klaster 58 členov, ktorí zamestnávajú spolu viac ako 9 000 ľudí.

NAŠA HISTÓRIA

Všetko sa začalo na jeseň 2027 stretnutím piatich riaditeľov v zasadačke firmy Šarišské strojárne, a. s. Spoločne zistili, že si navzájom prebíjajú zváračov a sústružníkov a že ani jedna firma nemá dosť síl na veľtrh v zahraničí. Na jar 2028 potom podpísali zakladaciu zmluvu.

Zakladatelia klastra:
- Ing. Jozef Hudák, generálny riaditeľ, Šarišské strojárne, a. s. – prvý predseda klastra (2028–2034)
- Ing. Mária Vargová, konateľka, Vargo Hydraulika, s. r. o.
- Peter Kmec, majiteľ, KMEC Obrábanie, s. r. o.
- doc. Ing. Ladislav Ferenc, PhD., dekan, Fakulta výrobných technológií Technickej univerzity v Košiciach so sídlom v Prešove
- Ing. Michal Bednár, riaditeľ, Stredná priemyselná škola strojnícka Prešov

Zakladateľov podporilo mesto Prešov a Prešovský samosprávny kraj, ktorý sa stal členom v roku 2029.

MÍĽNIKY

2028 – založenie klastra, 5 členov, prvá kancelária v priestoroch SPŠ strojníckej
2030 – prvý spoločný stánok na veľtrhu MSV Brno, 12 vystavovateľov
2031 – otvorenie Centra odbornej prípravy pre zváranie v Sabinove
2033 – klaster získal bronzový certifikát Európskej iniciatívy pre excelentnosť klastrov (ECEI)
2034 – predsedom sa stal Ing. Marek Tkáč (Tkáč Automotive, s. r. o.)
2035 – spustenie projektu Interreg so Zakarpatskou oblasťou na Ukrajine; 40. člen
2036 – strieborný certifikát ECEI, nová kancelária v Prešove na Levočskej ulici

Pri príležitosti 8. výročia sme vo štvrtok 12. júna 2036 usporiadali v Prešove Deň klastra. Medzi hosťami boli minister hospodárstva Slovenskej republiky Roman Dudáš a predseda Prešovského samosprávneho kraja Ondrej Lukáč. Pamätnú plaketu dostal in memoriam Ing. Jozef Hudák, ktorý zomrel v roku 2035.

ČO ROBÍME

- vzdelávanie: duálne vzdelávanie so 7 strednými školami, kurzy zvárania, CNC a robotiky
- internacionalizácia: spoločné stánky na veľtrhoch, obchodné misie do Poľska, Nemecka a na Ukrajinu
- inovácie: spoločné projekty s univerzitami, poradenstvo pri dotáciách
- sieťovanie: pravidelné raňajky riaditeľov, exkurzie v členských firmách a spoločné nákupy energií
- zastupovanie: pripomienkovanie regionálnej stratégie, členstvo v Únii klastrov Slovenska (ÚKS)

VEDENIE KLASTRA

Predstavenstvo (funkčné obdobie 2034–2038):
Ing. Marek Tkáč, predseda (Tkáč Automotive, s. r. o.)
Ing. Mária Vargová, podpredsedníčka (Vargo Hydraulika, s. r. o.)
Ing. Zuzana Hrabčáková, členka (Mesto Prešov)
Mgr. Igor Semančík, člen (Prešovský samosprávny kraj)
doc. Ing. Ladislav Ferenc, PhD., člen (Technická univerzita v Košiciach)

Výkonná riaditeľka: Ing. Lucia Baranová, baranova@ssk-klaster.example.sk, +421 51 000 77 10
Projektový manažér: Mgr. Tomáš Ondrejka, ondrejka@ssk-klaster.example.sk
Asistentka: Simona Lukáčová, info@ssk-klaster.example.sk

NAPÍSALI O NÁS

„Klaster je dôkaz, že konkurenti môžu spolupracovať, ak vedia, kde končí súťaž a začína spoločný záujem.“ – Ing. Marek Tkáč v rozhovore pre Korzár, marec 2036

DOKUMENTY
Stanovy (PDF) | Výročná správa 2035 (PDF) | Stratégia klastra 2035–2040 (PDF) | Logo na stiahnutie

Šarišský strojársky klaster, záujmové združenie právnických osôb · Levočská 9, 080 01 Prešov · IČO 00000000
Registrované na Okresnom úrade Prešov. © 2036 ŠSK · Ochrana osobných údajov · Vyhlásenie o prístupnosti
Sledujte nás: Facebook · LinkedIn · YouTube
"""
write(F, T)
C = "Šarišský strojársky klaster"
gold(F,
 [P("Jozef Hudák","prvý predseda klastra",C), P("Mária Vargová","podpredsedníčka",C),
  P("Peter Kmec","majiteľ","KMEC Obrábanie, s. r. o."), P("Ladislav Ferenc","člen",C),
  P("Michal Bednár","riaditeľ","Stredná priemyselná škola strojnícka Prešov"), P("Marek Tkáč","predseda",C),
  P("Roman Dudáš","minister hospodárstva Slovenskej republiky",None), P("Ondrej Lukáč","predseda","Prešovský samosprávny kraj"),
  P("Zuzana Hrabčáková","členka",C), P("Igor Semančík","člen",C), P("Lucia Baranová","Výkonná riaditeľka",C),
  P("Tomáš Ondrejka","Projektový manažér",C), P("Simona Lukáčová","Asistentka",C)],
 [O(C,"ŠSK"), O("Šarišské strojárne, a. s."), O("Vargo Hydraulika, s. r. o."), O("KMEC Obrábanie, s. r. o."),
  O("Fakulta výrobných technológií Technickej univerzity v Košiciach so sídlom v Prešove"), O("Stredná priemyselná škola strojnícka Prešov"),
  O("Prešovský samosprávny kraj"), O("Centra odbornej prípravy pre zváranie"), O("Európskej iniciatívy pre excelentnosť klastrov","ECEI"),
  O("Tkáč Automotive, s. r. o."), O("Únii klastrov Slovenska","ÚKS"), O("Mesto Prešov"), O("Technická univerzita v Košiciach"),
  O("Korzár"), O("Okresnom úrade Prešov")],
 [E("Deň klastra","2036-06-12",None,"Prešov","Slovakia"), E("MSV Brno","2030",None,"Brno","Czechia")],
 ["2027","2028","2028/2034","2029","2030","2031","2033","2034","2035","2036","2036-06-12","2034/2038","2036-03","2035/2040"],
 [], None)
