from h import *
F = 'g02_vysocina_partnerske_setkani.md'
assert wd(2037,5,19)=='Tuesday' and wd(2037,5,20)=='Wednesday' and wd(2037,5,21)=='Thursday' and wd(2037,11,10)=='Tuesday'
T = """[Domů](/) › [Projekty](/projekty) › [AGRI-TWIN](/projekty/agri-twin) › Aktuality

# Partnerské setkání projektu AGRI-TWIN v Jihlavě: tři dny jednání a exkurzí

*Zveřejněno 26. 5. 2037 | Autor: Tereza Novotná | Foto: Martin Kubíček, Klastr Agrotech Vysočina*

Sdílet: Facebook | LinkedIn | Tisk

Ve dnech 19. až 21. května 2037 hostil Klastr Agrotech Vysočina, z. s. čtvrté partnerské setkání projektu AGRI-TWIN, který je financován z programu Interreg Central Europe. Do Jihlavy přijelo 27 zástupců devíti partnerů ze šesti zemí. Projekt se zabývá digitálními dvojčaty zemědělských podniků a jejich využitím pro plánování závlah a hnojení v malých a středních farmách.

## Úterý 19. května – jednání řídicího výboru

Setkání zahájil předseda klastru Ing. Pavel Dvořák, který partnerům představil zemědělství na Vysočině: kraj obhospodařuje přes 400 000 hektarů zemědělské půdy a sucho posledních let donutilo mnoho podniků měnit osevní postupy. Za Kraj Vysočina partnery přivítal radní pro oblast regionálního rozvoje Mgr. Jiří Holub.

Za vedoucího partnera, Univerzitu v Mariboru (Slovinsko), vystoupila koordinátorka projektu dr. Maja Kovač a shrnula stav projektu po 22 měsících. Do konce dubna bylo vyčerpáno 43 % rozpočtu a splněno 11 z 18 výstupů. Řídicí výbor poté schválil:

- posunutí termínu pilotního testování v Maďarsku o tři měsíce,
- přesun 18 000 EUR mezi pracovními balíčky WP2 a WP3,
- plán komunikace na druhou polovinu projektu.

Dr. Kovač zároveň připomněla, že průběžná zpráva za čtvrté období musí být ve společném monitorovacím systému nahrána do 15. července 2037.

## Středa 20. května – pilotní akce a exkurze

Dopoledne představili partneři výsledky pilotních akcí. Tým Mendelovy univerzity v Brně, který vede doc. Ing. Radek Šimek, Ph.D., ukázal model půdní vlhkosti pro tři farmy u Pelhřimova; podle jeho slov se přesnost předpovědi oproti loňsku zlepšila z 68 na 81 %. Za rakouského partnera, Landwirtschaftskammer Niederösterreich, hovořil Stefan Gruber o napojení dat ze satelitů Sentinel na farmářské aplikace. Maďarský partner Szent István Agrárklaszter prezentoval první zkušenosti s dronovým snímkováním kukuřice.

Odpoledne se konaly exkurze. První zastávkou byla Zemědělská společnost Kamenice nad Lipou, a.s., kde ředitel Ing. Vojtěch Pokorný ukázal precizní aplikaci hnojiv podle výnosových map. Druhou zastávkou byl rodinný statek Farma Bukovec v Hodicích, který jako jeden z prvních v kraji využívá digitální dvojče pro řízení závlahy brambor. Majitelka Lenka Bukovcová přiznala, že první rok stál hlavně čas: „Data jsme museli opravovat ručně, ale letos už nám systém ušetřil asi pětinu vody.“

Večer se uskutečnila společná večeře v pivovaru Ježek, kterou podpořilo statutární město Jihlava.

## Čtvrtek 21. května – workshop se stakeholdery

Poslední den byl věnován regionálnímu workshopu se zemědělci, poradci a zástupci Agrární komory České republiky. Workshop moderovala Ing. Šárka Veselá z Regionální rozvojové agentury Vysočina. Diskuse se točila kolem otázky, kdo bude data z digitálních dvojčat vlastnit a kdo je bude platit po skončení projektu. Účastníci se shodli na třech závěrech:

1. Malé farmy potřebují sdílenou datovou infrastrukturu, kterou nebudou provozovat samy.
2. Poradenství k digitálním nástrojům by mělo být součástí krajských dotačních programů.
3. Výsledky pilotů je třeba převést do jednoduchých příruček v národních jazycích.

## Partneři projektu

| Partner | Země |
|---|---|
| Univerzita v Mariboru (vedoucí partner) | Slovinsko |
| Klastr Agrotech Vysočina, z. s. | Česko |
| Mendelova univerzita v Brně | Česko |
| Landwirtschaftskammer Niederösterreich | Rakousko |
| Szent István Agrárklaszter | Maďarsko |
| Consorzio di Bonifica Veneto Orientale | Itálie |
| Podlaski Ośrodek Doradztwa Rolniczego | Polsko |
| Slovenská poľnohospodárska univerzita v Nitre | Slovensko |
| Kmetijsko gozdarska zbornica Slovenije | Slovinsko |

## Další kroky

Příští partnerské setkání se uskuteční 10.–12. listopadu 2037 v italském Portogruaru a bude spojeno s mezinárodní konferencí o řízení vody v zemědělství. Do té doby partneři dokončí pilotní testování a připraví podklady pro sadu politických doporučení, která má být představena na závěrečné konferenci v březnu 2039.

---

**Kontakt pro média:** Tereza Novotná, projektová manažerka, Klastr Agrotech Vysočina, z. s., Fritzova 4, Jihlava, novotna@example-agrotech.cz, tel. +420 567 000 123

*Projekt AGRI-TWIN je spolufinancován Evropskou unií z programu Interreg Central Europe.*

Štítky: #AGRITWIN #InterregCE #digitálnízemědělství | [← Zpět na aktuality](/aktuality)
"""
write(F, T)
gold(F,
 [P('Tereza Novotná','projektová manažerka','Klastr Agrotech Vysočina, z. s.'), P('Martin Kubíček',None,'Klastr Agrotech Vysočina'),
  P('Pavel Dvořák','předseda klastru','Klastr Agrotech Vysočina, z. s.'),
  P('Jiří Holub','radní pro oblast regionálního rozvoje','Kraj Vysočina'),
  P('Maja Kovač','koordinátorka projektu','Univerzita v Mariboru'),
  P('Radek Šimek',None,'Mendelovy univerzity v Brně'),
  P('Stefan Gruber',None,'Landwirtschaftskammer Niederösterreich'),
  P('Vojtěch Pokorný','ředitel','Zemědělská společnost Kamenice nad Lipou, a.s.'),
  P('Lenka Bukovcová','Majitelka','Farma Bukovec'),
  P('Šárka Veselá',None,'Regionální rozvojové agentury Vysočina')],
 [O('Klastr Agrotech Vysočina, z. s.'), O('Kraj Vysočina'), O('Univerzita v Mariboru'), O('Mendelova univerzita v Brně'),
  O('Landwirtschaftskammer Niederösterreich'), O('Szent István Agrárklaszter'), O('Zemědělská společnost Kamenice nad Lipou, a.s.'),
  O('Farma Bukovec'), O('statutární město Jihlava'), O('Agrární komory České republiky'), O('Regionální rozvojové agentury Vysočina'),
  O('Consorzio di Bonifica Veneto Orientale'), O('Podlaski Ośrodek Doradztwa Rolniczego'),
  O('Slovenská poľnohospodárska univerzita v Nitre'), O('Kmetijsko gozdarska zbornica Slovenije')],
 [E('Partnerské setkání projektu AGRI-TWIN','2037-05-19','2037-05-21','Jihlava','Czechia'),
  E('jednání řídicího výboru','2037-05-19',None,'Jihlava','Czechia'),
  E('exkurze','2037-05-20',None,None,'Czechia'),
  E('společná večeře','2037-05-20',None,'Jihlava','Czechia'),
  E('workshop se stakeholdery','2037-05-21',None,'Jihlava','Czechia'),
  E('Příští partnerské setkání','2037-11-10','2037-11-12','Portogruaru','Italy'),
  E('mezinárodní konferencí o řízení vody v zemědělství',None,None,'Portogruaru','Italy'),
  E('závěrečné konferenci','2039-03',None,None,None)],
 ['2037-05-26','2037-05-19/2037-05-21','2037-05-19','2037-05-20','2037-05-21','2037-07-15','2037-11-10/2037-11-12','2039-03',
  '2037-04'],  # second pass: 'Do konce dubna' (2037)
 ['Malé farmy potřebují sdílenou datovou infrastrukturu, kterou nebudou provozovat samy',
  'Poradenství k digitálním nástrojům by mělo být součástí krajských dotačních programů',
  'Výsledky pilotů je třeba převést do jednoduchých příruček v národních jazycích'], pub='2037-05-26')
