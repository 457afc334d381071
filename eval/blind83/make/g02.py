from h import *
F = 'g02_zlin_plastikarske_dny_rocniky.md'
assert wd(2037,9,23)=='Wednesday' and wd(2037,9,24)=='Thursday' and wd(2036,9,17)=='Wednesday' and wd(2037,5,29)=='Friday'
T = """[Domů](/) › [Akce](/akce) › Plastikářské dny Zlín

# Plastikářské dny Zlín – přehled ročníků

*Stránka aktualizována 2. března 2037 · Sdílet: [Facebook](#) · [LinkedIn](#) · [Tisk](#)*

Plastikářské dny Zlín jsou dvoudenní odborné setkání zpracovatelů plastů a pryže z Moravy, Slovenska a Rakouska. Pořádá je **Klastr plastů a pryže Zlín, z. s.** (KPPZ) společně s Univerzitou Tomáše Bati ve Zlíně (UTB) a Zlínským krajem. Každý ročník má jedno hlavní téma, exkurze do členských firem a večerní setkání.

## IX. ročník – 23.–24. září 2037 (připravujeme)

- **Místo:** Zlín, Kongresové centrum Zlín, Štefánikova 2431
- **Téma:** Recyklát v technických dílech – kde jsou limity?
- **Středa 23. září:** 9:00 zahájení, přednáškové bloky, od 14:30 exkurze do firmy Fatra, a.s. v Napajedlích, 19:00 společenský večer v Baťově mrakodrapu (21. patro)
- **Čtvrtek 24. září:** kulatý stůl „Zálohové systémy a obaly", dopoledne B2B jednání se slovenskými a rakouskými partnery, 13:00 předání Ceny Františka Kašpara za inovaci roku
- **Přihlášky:** od 1. června do 4. září 2037, sleva pro včasné přihlášení do 30. června
- **Garant odborného programu:** doc. Ing. Martina Kubíčková, Ph.D., Fakulta technologická UTB

Call for papers: abstrakty (max. 2 000 znaků) zasílejte do 29. května 2037 na adresu program@kppz.example.cz.

## VIII. ročník – 17.–18. září 2036

Kongresové centrum Zlín, 312 účastníků, 27 přednášek. Téma: *Energie a plasty po roce 2035*. Hlavní řečník: Ing. Pavel Mlčoch, generální ředitel společnosti Plastika Otrokovice s.r.o. Cenu Františka Kašpara získal tým firmy Rubena Tech za pryžové těsnění z biobutadienu. Exkurze: Continental Barum, Otrokovice.
[Fotogalerie](#) · [Sborník (PDF, 14 MB)](#)

## VII. ročník – 20.–21. září 2035

Poprvé s mezinárodní sekcí ve spolupráci s **Plastics Cluster Upper Austria** (Kunststoff-Cluster, Linz) a Slovenským plastikárskym klastrom (Slovenský plastikársky klaster, SPK). 268 účastníků. Kulatý stůl o nedostatku nástrojařů moderovala Ing. Radka Šimková (Krajská hospodářská komora Zlínského kraje).

## VI. ročník – 2034

Kvůli rekonstrukci kongresového centra se konal v prostorách UTB, Univerzitní centrum, 14.–15. září 2034. Téma: digitální dvojče vstřikovacího lisu.

## Starší ročníky

| Ročník | Rok | Místo | Téma |
|---|---|---|---|
| V. | 2033 | Zlín | Biopolymery v praxi |
| IV. | 2032 | Uherské Hradiště | Automatizace malých lisoven |
| III. | 2031 | Zlín | Kvalita a měření |
| II. | 2030 | Vsetín | Nástrojárny regionu |
| I. | 2029 | Zlín | Založení setkání |

Iniciátory prvního ročníku byli tehdejší předseda klastru Ing. Jaroslav Hubáček a děkan Fakulty technologické prof. Oldřich Vašíček. Setkání se od té doby rozrostlo z 60 na více než 300 účastníků.

## Praktické informace

Účastnický poplatek činí 3 900 Kč bez DPH pro členy klastru a 5 400 Kč pro ostatní; zahrnuje obědy, exkurzi a společenský večer. Studenti UTB mají vstup na přednáškové bloky zdarma. Ubytování je předběžně rezervováno v hotelu Moskva a v Interhotelu Zlín do konce července, poté jen podle volné kapacity. Parkování je možné v podzemních garážích u kongresového centra. Exkurze mají omezenou kapacitu (40 osob) a přidělují se podle pořadí přihlášek. Prezentace z minulých ročníků jsou pro členy ke stažení v intranetu.

## Partneři IX. ročníku

Zlínský kraj · Univerzita Tomáše Bati ve Zlíně · CzechInvest, regionální kancelář Zlín · Technologické inovační centrum s.r.o. · Svaz chemického průmyslu ČR · Plastics Cluster Upper Austria · Slovenský plastikársky klaster

## Kontakt

**Mgr. Lenka Vaculíková**
projektová manažerka, Klastr plastů a pryže Zlín
lenka.vaculikova@kppz.example.cz · +420 577 000 000

Kancelář klastru: Vavrečkova 5262, 760 01 Zlín (budova 23, 4. patro)

---

*Související akce:* [Den otevřených dveří lisoven – 15. dubna 2037](#) · [Seminář o REACH, Otrokovice – 12. května 2037](#)

© 2037 Klastr plastů a pryže Zlín, z. s. · [Ochrana osobních údajů](#) · [Cookies](#) · Tento web používá soubory cookies. [Souhlasím](#)
"""
assert wd(2037,4,15)=='Wednesday' and wd(2037,5,12)=='Tuesday'
write(F, T)
K="Klastr plastů a pryže Zlín"
gold(F,
 [P("Martina Kubíčková","Garant odborného programu","Fakulta technologická UTB"),
  P("Pavel Mlčoch","generální ředitel","Plastika Otrokovice s.r.o."),
  P("Radka Šimková",None,"Krajská hospodářská komora Zlínského kraje"),
  P("Jaroslav Hubáček","předseda klastru",K),
  P("Oldřich Vašíček","děkan","Fakulta technologická"),
  P("Lenka Vaculíková","projektová manažerka",K)],
 [O("Klastr plastů a pryže Zlín, z. s.","KPPZ"), O("Univerzita Tomáše Bati ve Zlíně","UTB"), O("Zlínský kraj"),
  O("Fatra, a.s."), O("Fakulta technologická"), O("Plastika Otrokovice s.r.o."),
  O("Rubena Tech"), O("Continental Barum"), O("Plastics Cluster Upper Austria"), O("Slovenský plastikársky klaster","SPK"),
  O("Krajská hospodářská komora Zlínského kraje"), O("CzechInvest"), O("Technologické inovační centrum s.r.o."),
  O("Svaz chemického průmyslu ČR")],
 [E("IX. ročník Plastikářské dny Zlín","2037-09-23","2037-09-24","Zlín","Czech Republic"),
  E("exkurze do firmy Fatra, a.s.","2037-09-23",None,"Napajedlích","Czech Republic"),
  E("společenský večer","2037-09-23",None,"Zlín","Czech Republic"),
  E("kulatý stůl „Zálohové systémy a obaly\"","2037-09-24",None,"Zlín","Czech Republic"),
  E("B2B jednání","2037-09-24",None,"Zlín","Czech Republic"),
  E("předání Ceny Františka Kašpara","2037-09-24",None,"Zlín","Czech Republic"),
  E("VIII. ročník Plastikářské dny Zlín","2036-09-17","2036-09-18","Zlín","Czech Republic"),
  E("VII. ročník Plastikářské dny Zlín","2035-09-20","2035-09-21",None,None),  # second pass: no place stated for 2035
  E("VI. ročník Plastikářské dny Zlín","2034-09-14","2034-09-15","Zlín","Czech Republic"),
  # second pass: the older editions of the table (year and place) are events too
  E("V. ročník Plastikářské dny Zlín","2033",None,"Zlín","Czech Republic"),
  E("IV. ročník Plastikářské dny Zlín","2032",None,"Uherské Hradiště","Czech Republic"),
  E("III. ročník Plastikářské dny Zlín","2031",None,"Zlín","Czech Republic"),
  E("II. ročník Plastikářské dny Zlín","2030",None,"Vsetín","Czech Republic"),
  E("I. ročník Plastikářské dny Zlín","2029",None,"Zlín","Czech Republic"),
  E("Den otevřených dveří lisoven","2037-04-15"),
  E("Seminář o REACH","2037-05-12",None,"Otrokovice","Czech Republic")],
 ["2037-03-02","2037-09-23/2037-09-24","2037-09-23","2037-09-24","2037-06-01/2037-09-04","2037-06-30","2037-05-29",
  "2036-09-17/2036-09-18","2035-09-20/2035-09-21","2034","2034-09-14/2034-09-15","2033","2032","2031","2030","2029",
  "2037-04-15","2037-05-12"],
 [], None)
