from h import *
F = 'g06_side_event_bystrica.txt'
assert wd(2040,3,6)=='Tuesday' and wd(2040,3,7)=='Wednesday' and wd(2040,3,5)=='Monday'
T = """Stredoslovenský klaster strojárstva a automatizácie | Aktuality | Podujatia | Členovia | Projekty | Kontakt | EN
Domov > Aktuality > Sprievodné podujatie na Summite regiónov

Klastre zo stredného Slovenska na Summite regiónov a miest: sprievodné podujatie o dodávateľských reťazcoch

Publikované: 12. 3. 2040 | Autor: Zuzana Holubcová | Zdieľať: Facebook · LinkedIn · E-mail

V utorok 6. marca 2040 sa na podujatí 11. Európsky summit regiónov a miest, ktoré sa konalo 5. – 7. marca 2040 v
Bratislave, uskutočnilo aj naše sprievodné podujatie s názvom „Klastre ako most medzi veľkým priemyslom a malými
dodávateľmi". Organizátormi summitu boli Európsky výbor regiónov (VR) a Bratislavský samosprávny kraj. Naše
podujatie sa konalo v salóniku Zrkadlová sieň v hoteli Devín od 14.00 do 16.00 hod. a zúčastnilo sa na ňom 64 hostí.

Sprievodné podujatie pripravil Stredoslovenský klaster strojárstva a automatizácie (SKSA). Partnermi boli Únia klastrov
Slovenska (ÚKS) a Banskobystrický samosprávny kraj (BBSK). Podujatie bolo jedným z 38 sprievodných podujatí summitu
a jediným, ktoré sa venovalo výlučne klastrom a ich úlohe v priemyselnej politike. Miesto: Bratislava, hotel Devín.

Program

14.00 Otvorenie – Ing. Marián Kováčik, PhD., predseda predstavenstva SKSA
14.10 Úvodné slovo – Mgr. Lucia Hrušovská, podpredsedníčka BBSK
14.20 Priemyselná politika EÚ a klastre – Dr. Renate Aigner, vedúca oddelenia, Generálne riaditeľstvo pre vnútorný
      trh, priemysel, podnikanie a MSP (GR GROW), Európska komisia
14.45 Panelová diskusia „Kto potrebuje klastre?"
      – Ing. Peter Šimko, generálny riaditeľ, Podpolianske strojárne a.s.
      – Ing. Andrea Vavrová, výkonná riaditeľka, Únia klastrov Slovenska
      – Tomáš Dvořák, manažér, Moravskoslezský automobilový klastr, Ostrava
      – doc. Ing. Michal Rybár, PhD., prorektor, Technická univerzita vo Zvolene
      Moderuje: Zuzana Holubcová, SKSA
15.45 Zhrnutie a networking

Z diskusie

Renate Aigner pripomenula, že Európska komisia pripravuje do konca roka 2040 nový rámec pre klastre a že
zástupcovia regiónov majú možnosť zapojiť sa do konzultácie do 31. mája 2040. Podľa nej sú klastre „najrýchlejšou
cestou, ako sa informácia z Bruselu dostane k malej firme v regióne".

Peter Šimko, ktorého firma zamestnáva vyše 900 ľudí v Detve, opísal, ako cez klaster našiel 14 nových dodávateľov
z Banskobystrického kraja. Tomáš Dvořák priblížil skúsenosti z Moravskosliezskeho kraja, kde klaster prevzal
koordináciu rekvalifikácie zamestnancov automobilových dodávateľov. Andrea Vavrová upozornila, že slovenské klastre
stále nemajú stabilné financovanie zo štátneho rozpočtu a že väčšina z nich žije z projektov.

Michal Rybár predstavil spoločné laboratórium univerzity a klastra pre testovanie lesných strojov, ktoré otvoria
v septembri 2040.

Hlavné závery sprievodného podujatia

• Klastre sú prirodzeným prostredníkom medzi veľkými odberateľmi a malými dodávateľmi v regióne
• Štát a kraje by mali zabezpečiť viacročné financovanie klastrových organizácií
• Regióny by sa mali aktívne zapojiť do konzultácie Európskej komisie o novom rámci pre klastre
• Spolupráca univerzít a klastrov pri testovaní a certifikácii skracuje cestu malých firiem na trh

Závery podujatia odovzdal predseda SKSA Marián Kováčik na záverečnom zasadnutí summitu 7. marca 2040. Prevzala ich
predsedníčka Európskeho výboru regiónov Helena Kallasmaa, ktorá prisľúbila, že ich výbor zohľadní vo svojom stanovisku.

Ďakujeme za pomoc pri organizácii. Slovenská agentúra pre rozvoj investícií a obchodu (SARIO) podporila účasť
našich členov na summite. Fotografie: Jakub Lipták.

Ďalšie podujatia
• 24. 4. 2040 – Valné zhromaždenie SKSA, Banská Bystrica
• 3. – 4. 6. 2040 – Dni automatizácie, Zvolen

Stredoslovenský klaster strojárstva a automatizácie, z. p. o.
Námestie SNP 12, 974 01 Banská Bystrica | IČO: 51234567 | info@sksa.example | +421 48 555 0101
Táto stránka používa cookies. Súhlasím | Nastavenia
"""
write(F, T)
gold(F,
 [P("Zuzana Holubcová",None,"SKSA"), P("Marián Kováčik","predseda predstavenstva","SKSA"),
  P("Lucia Hrušovská","podpredsedníčka","BBSK"),
  P("Renate Aigner","vedúca oddelenia","Generálne riaditeľstvo pre vnútorný trh, priemysel, podnikanie a MSP"),
  P("Peter Šimko","generálny riaditeľ","Podpolianske strojárne a.s."),
  P("Andrea Vavrová","výkonná riaditeľka","Únia klastrov Slovenska"),
  P("Tomáš Dvořák","manažér","Moravskoslezský automobilový klastr"),
  P("Michal Rybár","prorektor","Technická univerzita vo Zvolene"),
  P("Helena Kallasmaa","predsedníčka","Európsky výbor regiónov"), P("Jakub Lipták")],
 [O("Stredoslovenský klaster strojárstva a automatizácie","SKSA"), O("Európsky výbor regiónov","VR"),
  O("Bratislavský samosprávny kraj"), O("Únia klastrov Slovenska","ÚKS"),
  O("Banskobystrický samosprávny kraj","BBSK"),
  O("Generálne riaditeľstvo pre vnútorný trh, priemysel, podnikanie a MSP","GR GROW"), O("Európska komisia"),
  O("Podpolianske strojárne a.s."), O("Moravskoslezský automobilový klastr"), O("Technická univerzita vo Zvolene"),
  O("Slovenská agentúra pre rozvoj investícií a obchodu","SARIO")],
 [E("11. Európsky summit regiónov a miest","2040-03-05","2040-03-07","Bratislava","Slovakia"),
  E("Klastre ako most medzi veľkým priemyslom a malými dodávateľmi","2040-03-06",None,"Bratislava","Slovakia"),
  E("Valné zhromaždenie SKSA","2040-04-24",None,"Banská Bystrica","Slovakia"),
  E("Dni automatizácie","2040-06-03","2040-06-04","Zvolen","Slovakia")],
 ["2040-03-12","2040-03-06","2040-03-05/2040-03-07","2040","2040-05-31","2040-09","2040-03-07","2040-04-24","2040-06-03/2040-06-04"],
 ["Klastre sú prirodzeným prostredníkom medzi veľkými odberateľmi a malými dodávateľmi v regióne",
  "Štát a kraje by mali zabezpečiť viacročné financovanie klastrových organizácií",
  "Regióny by sa mali aktívne zapojiť do konzultácie Európskej komisie o novom rámci pre klastre",
  "Spolupráca univerzít a klastrov pri testovaní a certifikácii skracuje cestu malých firiem na trh"],
 pub="2040-03-12")
