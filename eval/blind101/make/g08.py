from h import *
F = 'g08_zilina_studijna_cesta_sprava.md'
assert wd(2038,9,22)=='Wednesday' and wd(2038,9,24)=='Friday' and wd(2038,10,13)=='Wednesday'
T = """# Správa zo študijnej cesty do Baskicka: čo sme sa naučili

**Žilinský automobilový klaster – Slovensko (ZAKS)** · Aktuality · 13. októbra 2038 · Autor: Michal Ďurčo

[Domov](/) › [Aktuality](/aktuality) › Správa zo študijnej cesty

---

V dňoch 22. až 24. septembra 2038 navštívila 14-členná delegácia Žilinského automobilového klastra Baskicko. Cieľom cesty bolo spoznať, ako baskický automobilový klaster ACICAE a regionálna agentúra SPRI podporujú malých dodávateľov pri prechode na elektromobilitu. Cestu pripravil klaster v spolupráci so Žilinským samosprávnym krajom a Slovenskou agentúrou pre rozvoj investícií a obchodu (SARIO).

Delegáciu viedol **Ing. Peter Hlinka**, predseda predstavenstva ZAKS. Za Žilinský samosprávny kraj sa zúčastnila **Mgr. Zuzana Kováčiková**, vedúca odboru regionálneho rozvoja, a za Žilinskú univerzitu v Žiline **prof. Ing. Martin Beňo, PhD.**, prorektor pre vedu a výskum.

## Program

**Streda 22. septembra** – Bilbao
- 10:00 Prijatie v sídle ACICAE, prezentácia klastra – *Itziar Goikoetxea*, riaditeľka ACICAE
- 14:00 Návšteva Automotive Intelligence Center v Amorebieta-Etxano
- 19:30 Spoločná večera s baskickými dodávateľmi

**Štvrtok 23. septembra** – San Sebastián
- 09:30 Technologické centrum CEIT – testovanie batérií
- 13:00 Stretnutie so SPRI – *Ander Arrizabalaga*, vedúci oddelenia klastrov
- 16:00 B2B stretnutia so 17 baskickými firmami

**Piatok 24. septembra** – Vitoria-Gasteiz
- 09:00 Exkurzia do závodu Mercedes-Benz Vitoria
- 12:00 Záverečná diskusia a odchod

## Čo sme sa naučili

1. Baskický klaster má stabilné viacročné financovanie od vlády, preto môže plánovať na päť rokov dopredu.
2. Malí dodávatelia tam majú prístup k technologickým centrám za zvýhodnené ceny cez jednoduché poukážky.
3. Spoločné projekty vznikajú v pracovných skupinách, ktoré vedú samotné firmy, nie manažment klastra.
4. Vzdelávanie pracovníkov pre elektromobilitu je súčasťou regionálnej stratégie a platí ho región.
5. Medzinárodné kontakty sa budujú dlhodobo – ACICAE spolupracuje s niektorými klastrami viac ako desať rokov.

## Ako baskický model funguje

ACICAE združuje viac ako 300 firiem a výskumných pracovísk. Klaster sa financuje z členských príspevkov, projektov a viacročnej zmluvy s baskickou vládou, ktorá mu zaručuje základný rozpočet na štyri roky. Pracovné skupiny, napríklad pre batériové systémy alebo ľahké materiály, vedú zástupcovia firiem a manažment klastra im poskytuje len administratívnu podporu. Technologické centrá ako CEIT ponúkajú malým firmám testovanie za polovičnú cenu, pričom rozdiel hradí regionálna agentúra SPRI cez jednoduché poukážky vybavené do dvoch týždňov.

## Odporúčania pre Žilinský kraj

- Zaviesť inovačné poukážky pre malé firmy do 50 zamestnancov od roku 2039.
- Zriadiť pracovnú skupinu pre batérie a elektroniku pod vedením členských firiem.
- Dohodnúť s ACICAE memorandum o spolupráci a recipročnú návštevu v roku 2039.

## Hlasy účastníkov

„Prekvapilo ma, ako málo byrokracie potrebuje malá firma, aby si mohla otestovať prototyp v technologickom centre,“ povedala **Lucia Šimková**, konateľka firmy Kysucké strojárne s.r.o.

„Baskovia nám ukázali, že klaster nie je kancelária, ale ľudia, ktorí si dôverujú,“ dodal Peter Hlinka.

## Čo bude ďalej

Výsledky cesty budú prezentované na valnom zhromaždení ZAKS 25. novembra 2038 v Žiline. Recipročná návšteva baskickej delegácie na Slovensku sa predbežne plánuje na máj 2039.

Účastníci cesty sa zhodli, že najväčšou hodnotou boli osobné kontakty s baskickými firmami, z ktorých tri už prejavili záujem o spoluprácu so slovenskými dodávateľmi.

Cesta bola spolufinancovaná z programu Interreg Europe v rámci projektu ClusterShift.

*Foto: ZAKS / Michal Ďurčo*

---

**Kontakt:** Michal Ďurčo, komunikácia a projekty, Žilinský automobilový klaster – Slovensko, Univerzitná 8215/1, 010 08 Žilina · durco@zaks.sk · +421 41 513 22 90

Zdieľať: Facebook · LinkedIn · E-mail | [« Späť na aktuality](/aktuality)

*Táto stránka používa súbory cookies. [Viac informácií](/cookies)*
"""
write(F, T)
Z='Žilinský automobilový klaster – Slovensko'
gold(F,
 [P('Michal Ďurčo','komunikácia a projekty',Z),P('Peter Hlinka','predseda predstavenstva','ZAKS'),
  P('Zuzana Kováčiková','vedúca odboru regionálneho rozvoja','Žilinský samosprávny kraj'),
  P('Martin Beňo','prorektor pre vedu a výskum','Žilinskú univerzitu v Žiline'),
  P('Itziar Goikoetxea','riaditeľka','ACICAE'),P('Ander Arrizabalaga','vedúci oddelenia klastrov','SPRI'),
  P('Lucia Šimková','konateľka','Kysucké strojárne s.r.o.')],
 [O(Z,'ZAKS'),O('ACICAE'),O('SPRI'),O('Žilinský samosprávny kraj'),O('Slovenskou agentúrou pre rozvoj investícií a obchodu','SARIO'),
  O('Žilinskú univerzitu v Žiline'),O('Automotive Intelligence Center'),O('CEIT'),O('Mercedes-Benz Vitoria'),O('Kysucké strojárne s.r.o.')],
 [E('študijná cesta do Baskicka','2038-09-22','2038-09-24',None,'Spain'),
  E('Prijatie v sídle ACICAE','2038-09-22',None,'Bilbao','Spain'),
  E('Technologické centrum CEIT – testovanie batérií','2038-09-23',None,'San Sebastián','Spain'),
  E('Stretnutie so SPRI','2038-09-23',None,'San Sebastián','Spain'),
  E('Spoločná večera s baskickými dodávateľmi','2038-09-22',None,'Bilbao','Spain'),
  E('Návšteva Automotive Intelligence Center','2038-09-22',None,'Amorebieta-Etxano','Spain'),
  E('B2B stretnutia','2038-09-23',None,'San Sebastián','Spain'),
  E('Exkurzia do závodu Mercedes-Benz Vitoria','2038-09-24',None,'Vitoria-Gasteiz','Spain'),
  E('valné zhromaždenie ZAKS','2038-11-25',None,'Žilina','Slovakia'),
  E('Recipročná návšteva baskickej delegácie','2039-05',None,None,'Slovakia')],
 ['2038-10-13','2038-09-22/2038-09-24','2038-09-22','2038-09-23','2038-09-24','2039','2038-11-25','2039-05'],
 ['Baskický klaster má stabilné viacročné financovanie od vlády, preto môže plánovať na päť rokov dopredu',
  'Malí dodávatelia tam majú prístup k technologickým centrám za zvýhodnené ceny cez jednoduché poukážky',
  'Spoločné projekty vznikajú v pracovných skupinách, ktoré vedú samotné firmy, nie manažment klastra',
  'Vzdelávanie pracovníkov pre elektromobilitu je súčasťou regionálnej stratégie a platí ho región',
  'Medzinárodné kontakty sa budujú dlhodobo – ACICAE spolupracuje s niektorými klastrami viac ako desať rokov',
  'Zaviesť inovačné poukážky pre malé firmy do 50 zamestnancov od roku 2039',
  'Zriadiť pracovnú skupinu pre batérie a elektroniku pod vedením členských firiem',
  'Dohodnúť s ACICAE memorandum o spolupráci a recipročnú návštevu v roku 2039'],
 pub='2038-10-13')
