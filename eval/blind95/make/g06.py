from h import *
F = 'g06_trencin_strojarsky_klaster_clenovia.md'
assert wd(2040,2,8)=='Wednesday' and wd(2040,3,21)=='Wednesday'
T = """[Domov](/) › [O klastri](/o-klastri) › Členovia

# Adresár členov

**Trenčiansky strojársky klaster, záujmové združenie právnických osôb (TSK)**

Aktualizované: 8. februára 2040 · 52 členov · [Stiahnuť ako XLSX](/clenovia.xlsx)

Klaster združuje výrobné firmy, dodávateľov služieb, školy a verejné inštitúcie z Trenčianskeho kraja a z pohraničia s Moravou. Členovia sú zoradení podľa odvetvia. Krajina sídla je uvedená v zátvorke; pri zahraničných členoch aj mesto. Kontaktnú osobu uvádzame len so súhlasom člena. Ak chcete údaje o svojej firme opraviť alebo doplniť, napíšte nám; zmeny zverejňujeme raz mesačne, zvyčajne v prvý pracovný deň mesiaca. Adresár slúži členom aj pri hľadaní partnerov do spoločných projektov a dodávateľských reťazcov.

Filter: [Všetci](?f=all) · [Obrábanie](?f=cnc) · [Zváranie](?f=weld) · [Automatizácia](?f=auto) · [Vzdelávanie](?f=edu) · [Verejný sektor](?f=pub)

## Obrábanie a kovovýroba

- **Považská presná mechanika, s.r.o.** (SK) – CNC obrábanie hliníka pre letectvo; kontakt: Ing. Marián Kopecký, konateľ
- **Nemšovské strojárne, a.s.** (SK) – ozubené kolesá a prevodovky; kontakt: Zuzana Ďurišová, obchodná riaditeľka
- **Kovolis Hedviga, a.s.** (CZ, Uherský Brod) – tlakové odliatky
- **Bánovská kovovýroba, s. r. o.** (SK) – rezanie laserom, ohýbanie plechov
- **Precizní obrábění Zlín, spol. s r.o.** (CZ, Zlín) – 5-osé frézovanie
- **Metalwerk Waidhofen GmbH** (AT, Waidhofen an der Ybbs) – pridružený člen od roku 2038

## Zváranie a povrchové úpravy

- **Weldtech Dubnica, s.r.o.** (SK) – robotické zváranie; kontakt: Peter Gajdoš, vedúci výroby
- **Galvanika Ilava, družstvo** (SK) – zinkovanie a práškové lakovanie
- **Povrchy Vlára, v.o.s.** (SK) – tryskanie, pasivácia nehrdzavejúcej ocele

## Automatizácia a elektronika

- **Trenčín Robotics, s.r.o.** (SK) – robotické pracoviská na kľúč; kontakt: Martina Horňáková, CEO
- **Elektroautomatika Myjava, s.r.o.** (SK) – rozvádzače a PLC
- **Senzorika Brno, a.s.** (CZ, Brno) – priemyselné snímače
- **Automatyka Bielsko Sp. z o.o.** (PL, Bielsko-Biała) – strojové videnie; kontakt: Krzysztof Wawrzyniak, prezes zarządu

## Vzdelávanie a výskum

- **Trenčianska univerzita Alexandra Dubčeka v Trenčíne** (SK) – Fakulta špeciálnej techniky; kontakt: doc. Ing. Ľubomír Pavlík, PhD., dekan
- **Stredná priemyselná škola stavebná Emila Belluša** (SK)
- **Stredná odborná škola strojnícka Považská Bystrica** (SK) – duálne vzdelávanie
- **Univerzita Tomáše Bati ve Zlíně** (CZ, Zlín) – Fakulta technologická
- **Výskumný ústav zváračský, n. o.** (SK) – skúšobné laboratórium

## Verejný sektor a podpora podnikania

- **Trenčiansky samosprávny kraj** (SK) – zakladajúci člen
- **Mesto Trenčín** (SK) – zakladajúci člen
- **Slovenská obchodná a priemyselná komora – Trenčianska regionálna komora** (SK)
- **Slovenská agentúra pre rozvoj investícií a obchodu (SARIO)** (SK)
- **Regionální rozvojová agentura Východní Moravy** (CZ, Zlín)

## Služby

- **Advokátska kancelária Krištofová & partneri, s.r.o.** (SK) – právne služby pre členov so zľavou
- **Logistika Váh, k.s.** (SK) – preprava nadrozmerných nákladov
- **Ing. Jozef Baran – Certifikácie** (SK, živnostník) – ISO 9001, IATF 16949

*Zoznam nie je úplný: 27 ďalších členov si neželá byť uvedených na webe.*

## Ako sa stať členom

Prihlášku posúdi predstavenstvo na najbližšom zasadnutí; nasledujúce je v stredu 21. marca 2040. Ročný členský príspevok je 400 € pre firmy do 50 zamestnancov a 900 € pre väčšie firmy; školy a obce platia 150 €. Noví členovia v roku 2039: Weldtech Dubnica, s.r.o., Automatyka Bielsko Sp. z o.o. a Povrchy Vlára, v.o.s.

Kontakt pre členstvo: Mgr. Daniela Holubová, manažérka klastra, clenstvo@tsk.example.sk, +421 32 000 0000

---

Trenčiansky strojársky klaster, Štúrovo námestie 9, 911 01 Trenčín · IČO 00000000
Táto stránka používa súbory cookies. [Rozumiem](#) · [Nastavenia](#)
© 2040 TSK · [Ochrana osobných údajov](/gdpr) · Zdieľať: [Facebook](#) [LinkedIn](#)
"""
write(F, T)
gold(F,
 [P("Marián Kopecký","konateľ","Považská presná mechanika, s.r.o."),
  P("Zuzana Ďurišová","obchodná riaditeľka","Nemšovské strojárne, a.s."),
  P("Peter Gajdoš","vedúci výroby","Weldtech Dubnica, s.r.o."),
  P("Martina Horňáková","CEO","Trenčín Robotics, s.r.o."),
  P("Krzysztof Wawrzyniak","prezes zarządu","Automatyka Bielsko Sp. z o.o."),
  P("Ľubomír Pavlík","dekan","Fakulta špeciálnej techniky"),
  P("Jozef Baran",None,"Ing. Jozef Baran – Certifikácie"),
  P("Daniela Holubová","manažérka klastra","Trenčiansky strojársky klaster")],
 [O("Trenčiansky strojársky klaster, záujmové združenie právnických osôb","TSK"),
  O("Považská presná mechanika, s.r.o."), O("Nemšovské strojárne, a.s."), O("Kovolis Hedviga, a.s."),
  O("Bánovská kovovýroba, s. r. o."), O("Precizní obrábění Zlín, spol. s r.o."), O("Metalwerk Waidhofen GmbH"),
  O("Weldtech Dubnica, s.r.o."), O("Galvanika Ilava, družstvo"), O("Povrchy Vlára, v.o.s."),
  O("Trenčín Robotics, s.r.o."), O("Elektroautomatika Myjava, s.r.o."), O("Senzorika Brno, a.s."),
  O("Automatyka Bielsko Sp. z o.o."), O("Trenčianska univerzita Alexandra Dubčeka v Trenčíne"),
  O("Fakulta špeciálnej techniky"), O("Stredná priemyselná škola stavebná Emila Belluša"),
  O("Stredná odborná škola strojnícka Považská Bystrica"), O("Univerzita Tomáše Bati ve Zlíně"),
  O("Fakulta technologická"), O("Výskumný ústav zváračský, n. o."), O("Trenčiansky samosprávny kraj"),
  O("Mesto Trenčín"), O("Slovenská obchodná a priemyselná komora – Trenčianska regionálna komora"),
  O("Slovenská agentúra pre rozvoj investícií a obchodu","SARIO"), O("Regionální rozvojová agentura Východní Moravy"),
  O("Advokátska kancelária Krištofová & partneri, s.r.o."), O("Logistika Váh, k.s."),
  O("Ing. Jozef Baran – Certifikácie")],
 [E("zasadnutie predstavenstva","2040-03-21",None,None,None)],
 ["2040-02-08","2038","2040-03-21","2039"],
 [], "2040-02-08")
