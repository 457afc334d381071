from h import *
F = 'g10_horny_saris_drevarsky_klaster_novinky.txt'
assert wd(2039,2,24)=='Thursday' and wd(2039,2,10)=='Thursday' and wd(2039,3,10)=='Thursday' and wd(2039,3,31)=='Thursday'
assert wd(2039,4,14)=='Thursday' and wd(2039,4,15)=='Friday' and wd(2039,5,19)=='Thursday' and wd(2039,5,20)=='Friday'
T = """NOVINKY Z KLASTRA · marec 2039
Drevársky klaster Horný Šariš – elektronický spravodaj pre členov a partnerov
Bardejov, 1. marca 2039

Vážení členovia, milí partneri,

prinášame vám prehľad toho, čo sa v klastri udialo od januára, a pozvánky na jarné podujatia. Upozorňujeme najmä na výzvu Prešovského samosprávneho kraja, ktorej termín sa blíži.

S pozdravom
Ing. Zuzana Hudáková, PhD., výkonná riaditeľka klastra

------------------------------------------------------------
1. VALNÉ ZHROMAŽDENIE A NOVÉ PREDSTAVENSTVO

Vo štvrtok 24. februára 2039 sa v Bardejove konalo riadne valné zhromaždenie Drevárskeho klastra Horný Šariš. Zúčastnilo sa ho 29 z 35 členských organizácií. Valné zhromaždenie schválilo výročnú správu za rok 2038, plán činnosti na rok 2039 a zvolilo predstavenstvo na obdobie 2039 – 2042:

predseda predstavenstva: Ing. Marek Kmec (Nábytok Kmec, s. r. o., Svidník)
podpredsedníčka: doc. Ing. Alena Sopková, PhD. (Technická univerzita vo Zvolene)
člen predstavenstva: Ján Hrinko (Píla Hrinko Giraltovce)
člen predstavenstva: Mgr. Peter Dzurovčin (Mesto Bardejov)

Za kontrolórku klastra bola opätovne zvolená Ing. Mária Fedorková. Doterajší predseda Pavol Semančík poďakoval členom za dôveru počas ôsmich rokov. Valné zhromaždenie zároveň rozhodlo, že členský príspevok zostáva pre mikropodniky nezmenený a pre ostatných členov sa od roku 2040 zvýši o desať percent. Nové predstavenstvo sa prvýkrát stretne na jar a pripraví stratégiu klastra do roku 2045.

------------------------------------------------------------
2. VÝZVA: PODPORA DREVOSPRACUJÚCICH FIRIEM

Prešovský samosprávny kraj (PSK) vyhlásil výzvu na podporu inovácií v drevospracujúcom priemysle. Malé a stredné podniky môžu získať príspevok do 25 000 eur na nové technológie, certifikáciu výrobkov či spoluprácu s vysokými školami.

Termín predkladania žiadostí: do 31. marca 2039 do 15:00.
Informačný seminár: štvrtok 10. marca 2039 o 10:00, Úrad PSK v Prešove.
Kontakt v klastri: Ing. Michal Baran, projektový manažér, baran@drevoklaster.example.sk

------------------------------------------------------------
3. SEMINÁR O DREVOSTAVBÁCH – ZÁVERY

Dňa 10. februára 2039 sa vo Svidníku uskutočnil seminár „Drevostavby pre severovýchod Slovenska“, ktorý klaster zorganizoval s Národným lesníckym centrom a Slovenskou obchodnou a priemyselnou komorou (SOPK), Regionálnou komorou Prešov. Prednášali Ing. Tomáš Lukáč z Národného lesníckeho centra, architekt Pavol Mihaľov a Agata Zielińska (Klaster Drzewny Podkarpacie, Poľsko).

Závery seminára:
• Miestne drevo z Nízkych Beskýd má kvalitu vhodnú na konštrukčné prvky, chýba však sušiareň a triedenie podľa pevnosti
• Obce by mali vo verejnom obstarávaní uprednostňovať drevostavby pri školách a škôlkach
• Klaster pripraví s poľskými partnermi spoločný projekt na cezhraničné školenia tesárov

------------------------------------------------------------
4. KALENDÁR

10. 3. 2039 – informačný seminár k výzve PSK, Prešov
14. – 15. 4. 2039 – exkurzia do drevárskych firiem v Rzeszowe a Krosne (Poľsko), odchod vo štvrtok o 6:00 z Bardejova
19. – 20. 5. 2039 – Drevárske dni Bardejov, 6. ročník, Radničné námestie
9. 6. 2039 – zasadnutie predstavenstva, Svidník

Predchádzajúce ročníky Drevárskych dní Bardejov:
2034 – 20. – 21. mája
2035 – 19. – 20. mája
2036 – 16. – 17. mája
2037 – 21. – 22. mája
2038 – 20. – 21. mája

------------------------------------------------------------
5. KRÁTKO Z KLASTRA

• Novým členom je Stredná odborná škola drevárska v Bardejove.
• Firma Nábytok Kmec, s. r. o. dodala v januári interiéry pre nový hotel v Bardejovských Kúpeľoch.
• Klaster sa stal členom Únie klastrov Slovenska a zapojí sa do jej pracovnej skupiny pre bioekonomiku.
• Od apríla bude kancelária klastra sídliť v budove Podnikateľského inkubátora Svidník na Sovietskych hrdinov 200.

------------------------------------------------------------
Drevársky klaster Horný Šariš, záujmové združenie právnických osôb · Radničné námestie 16 · 085 01 Bardejov
Ak si neželáte dostávať tento spravodaj, odpovedzte slovom ODHLÁSIŤ.
"""
write(F, T)
K = "Drevársky klaster Horný Šariš"
gold(F,
 [P("Zuzana Hudáková","výkonná riaditeľka klastra",K),
  P("Marek Kmec","predseda predstavenstva",K),
  P("Alena Sopková","podpredsedníčka",K),
  P("Ján Hrinko","člen predstavenstva",K),
  P("Peter Dzurovčin","člen predstavenstva",K),
  P("Mária Fedorková","kontrolórku klastra",K),
  P("Pavol Semančík","predseda",K),
  P("Michal Baran","projektový manažér",K),
  P("Tomáš Lukáč",None,"Národného lesníckeho centra"),
  P("Pavol Mihaľov","architekt",None),
  P("Agata Zielińska",None,"Klaster Drzewny Podkarpacie")],
 [O(K), O("Prešovský samosprávny kraj","PSK"), O("Nábytok Kmec, s. r. o."), O("Technická univerzita vo Zvolene"),
  O("Píla Hrinko Giraltovce"), O("Mesto Bardejov"), O("Národného lesníckeho centra"),
  O("Slovenskou obchodnou a priemyselnou komorou","SOPK"), O("Regionálnou komorou Prešov"),
  O("Klaster Drzewny Podkarpacie"), O("Stredná odborná škola drevárska v Bardejove"), O("Únie klastrov Slovenska")],
 [E("valné zhromaždenie","2039-02-24",None,"Bardejov","Slovakia"),
  E("Informačný seminár","2039-03-10",None,"Prešov","Slovakia"),
  E("Drevostavby pre severovýchod Slovenska","2039-02-10",None,"Svidník","Slovakia"),
  E("exkurzia do drevárskych firiem v Rzeszowe a Krosne","2039-04-14","2039-04-15","Rzeszowe, Krosne","Poland"),
  E("Drevárske dni Bardejov","2039-05-19","2039-05-20","Bardejov","Slovakia"),
  E("zasadnutie predstavenstva","2039-06-09",None,"Svidník","Slovakia"),
  E("Drevárske dni Bardejov","2034-05-20","2034-05-21","Bardejov","Slovakia"),
  E("Drevárske dni Bardejov","2035-05-19","2035-05-20","Bardejov","Slovakia"),
  E("Drevárske dni Bardejov","2036-05-16","2036-05-17","Bardejov","Slovakia"),
  E("Drevárske dni Bardejov","2037-05-21","2037-05-22","Bardejov","Slovakia"),
  E("Drevárske dni Bardejov","2038-05-20","2038-05-21","Bardejov","Slovakia")],
 ["2039-03","2039-03-01","2039-02-24","2038","2039","2039/2042","2039-03-31","2039-03-10","2039-02-10",
  "2039-04-14/2039-04-15","2039-05-19/2039-05-20","2039-06-09","2034","2034-05-20/2034-05-21","2035","2035-05-19/2035-05-20",
  "2036","2036-05-16/2036-05-17","2037","2037-05-21/2037-05-22","2038-05-20/2038-05-21","2039-01","2039-04","2040","2045"],
 ["Miestne drevo z Nízkych Beskýd má kvalitu vhodnú na konštrukčné prvky, chýba však sušiareň a triedenie podľa pevnosti",
  "Obce by mali vo verejnom obstarávaní uprednostňovať drevostavby pri školách a škôlkach",
  "Klaster pripraví s poľskými partnermi spoločný projekt na cezhraničné školenia tesárov"],
 pub="2039-03-01")
