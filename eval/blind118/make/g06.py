from h import *
F = 'g06_zlin_plastikarsky_den-pdf.txt'
assert wd(2038,6,9)=='Wednesday' and wd(2038,6,10)=='Thursday' and wd(2038,5,21)=='Friday'
T = """Plastikářský klastr, z. s. – Pozvánka a program
Zlín, 3. května 2038                                                        strana 1/3

PLASTIKÁŘSKÝ DEN 2038
Setkání členů klastru, výrobců forem a zpracovatelů plastů
9.–10. června 2038, Univerzita Tomáše Bati ve Zlíně, Centrum polymerních sy-
stémů, tř. Tomáše Bati 5678, Zlín

Vážení členové a partneři,
zveme Vás na již sedmý ročník Plastikářského dne, který pořádá Plastikářský
klastr, z. s. (PLASTR). Partnery akce jsou Univerzita Tomáše Bati ve Zlíně
(UTB) a Regionální rozvojová agentura Východní Moravy (RRA VM). Letošní ročník
je věnován recyklaci a uhlíkové stopě výrobků z plastů a novým požadavkům ev-
ropské legislativy na obaly.

Účast je pro členy klastru zdarma, ostatní účastníci hradí poplatek 1 500 Kč.
Registrace je otevřena do pátku 21. května 2038 prostřednictvím formuláře na
webu klastru. Součástí programu je i valná hromada klastru, na které bude
zvolen nový člen představenstva a schválen rozpočet na rok 2039. Členové
obdrží podklady e-mailem nejpozději dva týdny před konáním.

PROGRAM

Středa 9. června 2038
09:00 Registrace, káva
09:30 Zahájení – Ing. Radek Šťastný, předseda představenstva PLASTR, a
      prof. Ing. Vladimír Sedlařík, Ph.D., prorektor UTB pro tvůrčí činnosti
10:00 Nová pravidla EU pro obaly a co znamenají pro české firmy
      Mgr. Lucie Horáková-Pospíšilová, Svaz chemického průmyslu České republiky
10:45 Recyklát ve výrobě autodílů – zkušenosti z praxe
      Dipl.-Ing. Heike Brandstätter, Kunststoff-Cluster Oberösterreich, Linz
11:30 Přestávka
11:45 Panelová diskuse: Kde vzít kvalitní recyklát?
13:00 Oběd
14:00 Exkurze do laboratoří Centra polymerních systémů
16:00 Valná hromada Plastikářského klastru (pouze pro členy)
19:00 Společenský večer v Baťově vile

Plastikářský klastr, z. s. – Pozvánka a program
Zlín, 3. května 2038                                                        strana 2/3

Čtvrtek 10. června 2038
08:30 Odjezd autobusem od UTB
09:30 Návštěva firmy Barum Continental spol. s r.o., Otrokovice
12:00 Návštěva firmy Fatra, a.s., Napajedla – linka na recyklaci PVC podlah-
      ovin
14:30 Ukončení, návrat do Zlína

Dosavadní ročníky
• Plastikářský den 2037 – Kroměříž, téma: digitalizace vstřikoven (14. června
  2037)
• Plastikářský den 2036 – Zlín, téma: nedostatek techniků
• 2032 – první Plastikářský den, tehdy ještě jako setkání sdružení
  CZECHPLAST

Závěry loňského ročníku
Plastikářský den 2037 v Kroměříži přijal tyto závěry:
• firmy potřebují společnou databázi dodavatelů certifikovaného recyklátu,
• klastr má zajistit odborné kurzy pro seřizovače vstřikovacích lisů,
• spolupráce s rakouskými a slovenskými klastry má pokračovat formou výměnných stáží.
Představenstvo klastru tyto závěry zapracovalo do akčního plánu na léta
2038–2040 a na podzim 2037 spustilo první kurz pro seřizovače.

Plastikářský klastr, z. s. – Pozvánka a program
Zlín, 3. května 2038                                                        strana 3/3

Praktické informace
Centrum polymerních systémů UTB sídlí v budově U15, vchod z ulice Nad Ovčírnou;
cestu od hlavní brány budou ukazovat šipky a hostesky klastru. Panelovou dis-
kusi moderuje Mgr. Jiří Kocourek, šéfredaktor časopisu Plasty a kaučuk, a zúčast-
ní se jí zástupci zpracovatelů, recyklačních firem a krajského úřadu. Otázky pro
panelisty můžete posílat předem e-mailem. Prezentace přednášejících zveřejníme
do týdne po akci v členské sekci webu klastru.
Parkování je možné v areálu univerzity. Ubytování doporučujeme v hotelu
Moskva ve Zlíně, kde je pro účastníky rezervováno 30 pokojů do 25. května
2038 (heslo „PLASTR“). Na společenský večer je nutné se přihlásit zvlášť.

Kontakt: Ing. Petra Vávrová, manažerka klastru, tel. +420 577 000 000,
info@plastr.example.cz

Akci spolufinancuje Zlínský kraj v rámci programu podpory klastrů a z projektu Interreg Střední Evropa PLAST-CIRCLE.

Plastikářský klastr, z. s., IČO 00000000, Nám. T. G. Masaryka 5555, 760 01
Zlín. Spolek zapsaný ve spolkovém rejstříku, spisová značka L 0000.
"""
write(F, T)
PL = "Plastikářský klastr, z. s."
gold(F,
 [P("Radek Šťastný","předseda představenstva","PLASTR"),
  P("Vladimír Sedlařík","prorektor UTB pro tvůrčí činnosti","UTB"),
  P("Lucie Horáková-Pospíšilová",None,"Svaz chemického průmyslu České republiky"),
  P("Heike Brandstätter",None,"Kunststoff-Cluster Oberösterreich"),
  P("Jiří Kocourek","šéfredaktor časopisu Plasty a kaučuk",None),
  P("Petra Vávrová","manažerka klastru",PL)],
 [O(PL,"PLASTR"), O("Univerzita Tomáše Bati ve Zlíně","UTB"), O("Regionální rozvojová agentura Východní Moravy","RRA VM"),
  O("Centrum polymerních systémů"), O("Svaz chemického průmyslu České republiky"), O("Kunststoff-Cluster Oberösterreich"),
  O("Barum Continental spol. s r.o."), O("Fatra, a.s."), O("CZECHPLAST"), O("Zlínský kraj")],
 [E("Plastikářský den 2038","2038-06-09","2038-06-10","Zlín","Czech Republic"),
  E("Exkurze do laboratoří Centra polymerních systémů","2038-06-09",None,"Zlín","Czech Republic"),
  E("Valná hromada Plastikářského klastru","2038-06-09",None,"Zlín","Czech Republic"),
  E("Společenský večer","2038-06-09",None,"Zlín","Czech Republic"),
  E("Návštěva firmy Barum Continental spol. s r.o.","2038-06-10",None,"Otrokovice","Czech Republic"),
  E("Návštěva firmy Fatra, a.s.","2038-06-10",None,"Napajedla","Czech Republic"),
  E("Plastikářský den 2037","2037-06-14",None,"Kroměříž","Czech Republic"),
  E("Plastikářský den 2036","2036",None,"Zlín","Czech Republic"),
  E("první Plastikářský den","2032",None,None,None)],
 ["2038-05-03","2038-06-09/2038-06-10","2038-05-21","2038-06-09","2038-06-10","2037","2037-06-14","2032","2038/2040","2038-05-25","2039"],
 ["firmy potřebují společnou databázi dodavatelů certifikovaného recyklátu",
  "klastr má zajistit odborné kurzy pro seřizovače vstřikovacích lisů",
  "spolupráce s rakouskými a slovenskými klastry má pokračovat formou výměnných stáží"],
 pub="2038-05-03")
