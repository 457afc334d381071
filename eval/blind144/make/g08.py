from h import *
F = 'g08_kezmarok_clenovia_klastra.txt'
assert wd(2035,4,5)=='Thursday' and wd(2035,5,15)=='Tuesday' and wd(2035,6,12)=='Tuesday'
T = """Podtatranský drevársky klaster | O klastri | Členovia | Projekty | Aktuality | Kontakt | SK | EN | PL

ČLENOVIA KLASTRA A ORGÁNY ZDRUŽENIA
Posledná aktualizácia: 10. 4. 2035

Podtatranský drevársky klaster (PDK) je záujmové združenie právnických osôb so sídlom v Kežmarku. Združuje firmy spracúvajúce drevo, výrobcov nábytku a drevostavieb, lesné podniky, školy a samosprávy z okresov Kežmarok, Poprad a Stará Ľubovňa. Na členskej schôdzi vo štvrtok 5. apríla 2035 v Kežmarku prijal klaster troch nových členov a zvolil nové predstavenstvo na obdobie 2035–2038.

PREDSTAVENSTVO
Predseda predstavenstva: Ing. Marián Kollár, PhD. (Tatrastav-Drevodom, s. r. o., Spišská Belá)
Podpredsedníčka: Mgr. Zuzana Vaľková-Jurčová (Mesto Kežmarok)
Člen predstavenstva: Ing. Štefan Gemza (Lesy mesta Kežmarok, s. r. o.)
Člen predstavenstva: doc. Ing. Ľubomír Hanuska, CSc. (Technická univerzita vo Zvolene, Drevárska fakulta)
Člen predstavenstva: Wojciech Hajduk (Hajduk Meble Sp. z o.o., Nowy Targ)

DOZORNÁ RADA
Predsedníčka dozornej rady: Ing. Alžbeta Slivková (Podtatranská regionálna rozvojová agentúra)
Členovia: Peter Ondrejka, Ing. Monika Šoltésová

VÝKONNÁ RIADITEĽKA KLASTRA
Ing. Katarína Baranová, výkonná riaditeľka, riadi kanceláriu klastra od roku 2031. Kontakt: baranova@pdk.example.sk, +421 52 000 00 00.

Odstupujúci predseda predstavenstva Ing. Jozef Pitoňák viedol klaster od jeho založenia v roku 2027. Členská schôdza mu poďakovala a zvolila ho za čestného predsedu.

ZOZNAM ČLENOV (k 10. 4. 2035)
Členmi klastra sú tieto podniky a inštitúcie:

Podniky:
- Tatrastav-Drevodom, s. r. o., Spišská Belá
- Drevovýroba Lendak, s. r. o., Lendak
- Nábytok Kolibrík, a. s., Poprad
- Pílnica Ľubica, družstvo, Ľubica
- Hajduk Meble Sp. z o.o., Nowy Targ (Poľsko) – pridružený člen
- Spišské peletky, s. r. o., Spišská Stará Ves
- WoodTech Tatry, s. r. o., Svit (nový člen od 5. 4. 2035)
- Krovy Mlynčeky, s. r. o., Mlynčeky (nový člen od 5. 4. 2035)

Lesné podniky a samosprávy:
- Lesy mesta Kežmarok, s. r. o.
- Mesto Kežmarok
- Obec Lendak
- Podtatranská regionálna rozvojová agentúra

Vzdelávanie a výskum:
- Technická univerzita vo Zvolene, Drevárska fakulta
- Stredná odborná škola drevárska Spišská Nová Ves (nový člen od 5. 4. 2035)
- Národné lesnícke centrum, Zvolen

ZÁVERY ČLENSKEJ SCHÔDZE
Členská schôdza na zasadnutí 5. apríla 2035 prijala tieto závery:
1. Klaster pripraví do konca júna 2035 spoločnú ponuku drevostavieb pre obce regiónu
2. Predstavenstvo zriadi pracovnú skupinu pre odborné vzdelávanie, ktorú povedie zástupca SOŠ drevárskej
3. Členský príspevok zostáva na úrovni roku 2034
4. Klaster sa uchádza o zlatý certifikát Európskej iniciatívy pre excelentnosť klastrov do roku 2037

PRIPRAVUJEME
Dňa 15. mája 2035 (utorok) sa v Poprade uskutoční seminár „Drevo v obecných stavbách“, ktorý klaster organizuje spolu so Slovenskou inovačnou a energetickou agentúrou (SIEA). Prednášať bude aj Ing. arch. Tomáš Kačmarčík z Fakulty architektúry a dizajnu STU v Bratislave. Seminár je určený starostom, projektantom a stavebným firmám; účasť je bezplatná, registrácia do 10. mája.

Partnerské stretnutie s Klastrom Drzewny Podhale sa uskutoční 12. júna 2035 (utorok) v Nowom Targu v rámci cezhraničného projektu. Na programe sú návštevy dvoch stolárskych dielní a rokovanie o spoločnej účasti na veľtrhu v Krakove.

Staňte sa členom: prihlášku nájdete v sekcii Kontakt. Členom sa môže stať každá firma alebo inštitúcia pôsobiaca v odvetví dreva v Prešovskom kraji alebo v susednom Malopoľsku.

Podtatranský drevársky klaster, záujmové združenie právnických osôb · Hlavné námestie 00, 060 01 Kežmarok · IČO 00000000
Projekt je spolufinancovaný z rozpočtu Prešovského samosprávneho kraja.
Ochrana osobných údajov | Cookies | Mapa stránky
"""
write(F, T)
K = "Podtatranský drevársky klaster"
gold(F,
 [P("Marián Kollár","Predseda predstavenstva",K),
  P("Zuzana Vaľková-Jurčová","Podpredsedníčka",K),
  P("Štefan Gemza","Člen predstavenstva",K),
  P("Ľubomír Hanuska","Člen predstavenstva",K),
  P("Wojciech Hajduk","Člen predstavenstva",K),
  P("Alžbeta Slivková","Predsedníčka dozornej rady",K),
  P("Peter Ondrejka","člen",K),
  P("Monika Šoltésová","člen",K),
  P("Katarína Baranová","výkonná riaditeľka",K),
  P("Jozef Pitoňák","predseda predstavenstva",K),
  P("Tomáš Kačmarčík",None,"Fakulty architektúry a dizajnu STU")],
 [O(K,"PDK"), O("Tatrastav-Drevodom, s. r. o."), O("Mesto Kežmarok"), O("Lesy mesta Kežmarok, s. r. o."),
  O("Technická univerzita vo Zvolene"), O("Drevárska fakulta"), O("Hajduk Meble Sp. z o.o."),
  O("Podtatranská regionálna rozvojová agentúra"), O("Drevovýroba Lendak, s. r. o."), O("Nábytok Kolibrík, a. s."),
  O("Pílnica Ľubica, družstvo"), O("Spišské peletky, s. r. o."), O("WoodTech Tatry, s. r. o."), O("Krovy Mlynčeky, s. r. o."),
  O("Obec Lendak"), O("Stredná odborná škola drevárska Spišská Nová Ves"), O("Národné lesnícke centrum"),
  O("Slovenskou inovačnou a energetickou agentúrou","SIEA"), O("Fakulty architektúry a dizajnu STU"), O("STU"),
  O("Klastrom Drzewny Podhale"), O("Prešovského samosprávneho kraja")],
 [E("Členská schôdza","2035-04-05",None,"Kežmarok","Slovakia"),
  E("Drevo v obecných stavbách","2035-05-15",None,"Poprad","Slovakia"),
  E("Partnerské stretnutie s Klastrom Drzewny Podhale","2035-06-12",None,"Nowy Targ","Poland")],
 ["2035-04-10","2035-04-05","2035/2038","2031","2027","2035-06","2034","2037","2035-05-15","2035-06-12","2035-05-10"],
 ["Klaster pripraví do konca júna 2035 spoločnú ponuku drevostavieb pre obce regiónu",
  "Predstavenstvo zriadi pracovnú skupinu pre odborné vzdelávanie, ktorú povedie zástupca SOŠ drevárskej",
  "Členský príspevok zostáva na úrovni roku 2034",
  "Klaster sa uchádza o zlatý certifikát Európskej iniciatívy pre excelentnosť klastrov do roku 2037"],
 pub="2035-04-10")
