from h import *
F = 'g14_znojmo_setkani_klastru_zprava.md'
assert wd(2035,9,19)=='Wednesday' and wd(2035,9,20)=='Thursday' and wd(2035,10,16)=='Tuesday' and wd(2035,11,28)=='Wednesday'
T = """# Zpráva ze 4. Jihomoravského setkání klastrů

**Znojmo a Břeclav, 19.–20. září 2035**
*Zveřejněno 2. října 2035 · Autorka: Mgr. Petra Vaňková, Jihomoravské inovační centrum (JIC)*

[Domů](/) › [Aktuality](/aktuality) › Zpráva ze 4. Jihomoravského setkání klastrů

Sdílet: Facebook · LinkedIn · X

---

Čtvrté Jihomoravské setkání klastrů přivedlo do Znojma a Břeclavi 142 zástupců klastrových organizací, firem, vysokých škol a veřejné správy. Setkání každoročně pořádá Jihomoravské inovační centrum spolu s Jihomoravským krajem a Národní klastrovou asociací (NCA). Letos se poprvé konalo mimo Brno – v regionu, kde vedle vinařství a potravinářství roste i strojírenství a logistika.

## Program v kostce

**Středa 19. září 2035 – Znojmo, Dům umění**

- 13:00 Zahájení: JUDr. Jan Hrubý, hejtman Jihomoravského kraje; Ing. Vlastimil Kuchta, starosta města Znojma
- 13:30 Vystoupení „Klastry v nové kohezní politice" – Ing. Radka KONEČNÁ, ředitelka odboru podnikání, Ministerstvo průmyslu a obchodu
- 14:30 Prezentace klastrů kraje: Moravský vinařský klastr, Klastr Nano Brno, CREA Hydro&Energy, Klastr dopravních technologií Břeclav
- 16:30 Exkurze do Znojemského pivovaru a do podzemí města
- 19:00 Společenský večer ve Vinařství Lahofer, Dobšice

**Čtvrtek 20. září 2035 – Břeclav, Centrum excelence Lednicko-valtického areálu**

- 9:00 Tři paralelní workshopy: voda v krajině a v podnicích; kvalifikovaní pracovníci; digitalizace malých firem
- 11:30 B2B setkání firem z Rakouska, Slovenska a jižní Moravy
- 13:00 Oběd a zakončení
- 14:00 Návštěva logistického centra společnosti Gebrüder Weiss v Břeclavi (pro přihlášené)

## Kdo vystoupil

Z rakouské strany představil spolupráci klastrů Dolního Rakouska Mag. Stefan Haider ze společnosti ecoplus. Niederösterreichs Wirtschaftsagentur GmbH, slovenské klastry zastupovala Ing. Monika Baranová, předsedkyně Únie klastrov Slovenska. Za Národní klastrovou asociaci hovořil její výkonný ředitel Ing. Pavel Šindelka.

## Ohlasy účastníků

„Poprvé jsem na jednom místě potkal klastry z Brna, z Vídně i z Bratislavy a zjistil jsem, že řešíme úplně stejné problémy se sháněním techniků," řekl jednatel znojemské strojírenské firmy Agrotech Znojmo s.r.o. Ing. Libor Pospíšil. Podle ankety pořadatelů hodnotilo setkání jako přínosné 87 % účastníků; nejvíce chválili exkurze a B2B setkání, naopak kritizovali dlouhé přesuny autobusem mezi oběma městy a málo času na diskusi po prezentacích.

## Hlavní závěry

Účastníci se na konci setkání shodli na těchto závěrech:

1. Klastry v kraji potřebují společnou nabídku služeb pro firmy, nikoli soupeření o tytéž členy
2. Přeshraniční spolupráce s Dolním Rakouskem a Trnavským krajem má být založena na konkrétních projektech v oblasti vody a energie
3. Jihomoravský kraj by měl zavést jednoduchý inovační voucher pro členy klastrů
4. Setkání se má i nadále konat střídavě v Brně a v ostatních okresech kraje

## Dosavadní ročníky

- 1. ročník – Brno, 14. září 2032
- 2. ročník – Brno, 19. září 2033
- 3. ročník – Brno, 24.–25. září 2034
- 4. ročník – Znojmo a Břeclav, 19.–20. září 2035

Pátý ročník se uskuteční v září 2036 v Blansku.

## Co bude dál

Představenstvo Národní klastrové asociace projedná závěry setkání na svém zasedání v úterý 16. října 2035. Pracovní skupina pro vodu, kterou vede doc. Ing. Tomáš Kučera, Ph.D. z Mendelovy univerzity v Brně, se poprvé sejde ve středu 28. listopadu 2035 v Lednici.

Prezentace řečníků a fotografie najdete v [galerii](/galerie). Děkujeme partnerům setkání: Jihomoravskému kraji, městům Znojmo a Břeclav, Hospodářské komoře Znojmo a společnosti Lahofer a.s.

---

**Kontakt:** Mgr. Petra Vaňková, projektová manažerka, Jihomoravské inovační centrum, vankova@jic.example.cz

© Jihomoravské inovační centrum · [Ochrana osobních údajů](/gdpr) · [Cookies](/cookies)
"""
write(F, T)
J="Jihomoravské inovační centrum"
gold(F,
 [P("Petra Vaňková","projektová manažerka",J),
  P("Jan Hrubý","hejtman Jihomoravského kraje",None),
  P("Vlastimil Kuchta","starosta města Znojma",None),
  P("Radka KONEČNÁ","ředitelka odboru podnikání","Ministerstvo průmyslu a obchodu"),
  P("Stefan Haider",None,"ecoplus. Niederösterreichs Wirtschaftsagentur GmbH"),
  P("Monika Baranová","předsedkyně","Únie klastrov Slovenska"),
  P("Pavel Šindelka","výkonný ředitel","Národní klastrovou asociaci"),
  P("Libor Pospíšil","jednatel","Agrotech Znojmo s.r.o."),
  P("Tomáš Kučera",None,"Mendelovy univerzity v Brně")],
 [O(J,"JIC"), O("Jihomoravský kraj"), O("Národní klastrovou asociací","NCA"), O("Ministerstvo průmyslu a obchodu"),
  O("Moravský vinařský klastr"), O("Klastr Nano Brno"), O("CREA Hydro&Energy"), O("Klastr dopravních technologií Břeclav"),
  O("Znojemského pivovaru"), O("Vinařství Lahofer"), O("Gebrüder Weiss"), O("ecoplus. Niederösterreichs Wirtschaftsagentur GmbH"),
  O("Únie klastrov Slovenska"), O("Mendelovy univerzity v Brně"), O("Hospodářské komoře Znojmo"), O("Agrotech Znojmo s.r.o.")],
 [E("4. Jihomoravské setkání klastrů","2035-09-19","2035-09-20","Znojmo, Břeclav","Czechia"),
  E("Exkurze do Znojemského pivovaru a do podzemí města","2035-09-19",None,"Znojmo","Czechia"),
  E("Společenský večer","2035-09-19",None,"Dobšice","Czechia"),
  E("B2B setkání","2035-09-20",None,"Břeclav","Czechia"),
  E("Návštěva logistického centra společnosti Gebrüder Weiss","2035-09-20",None,"Břeclav","Czechia"),
  E("1. ročník","2032-09-14",None,"Brno","Czechia"),
  E("2. ročník","2033-09-19",None,"Brno","Czechia"),
  E("3. ročník","2034-09-24","2034-09-25","Brno","Czechia"),
  E("Pátý ročník","2036-09",None,"Blansku","Czechia"),
  E("zasedání Představenstva Národní klastrové asociace","2035-10-16",None,None,None),
  E("první setkání pracovní skupiny pro vodu","2035-11-28",None,"Lednici","Czechia")],
 ["2035-09-19/2035-09-20","2035-10-02","2035-09-19","2035-09-20","2032-09-14","2033-09-19","2034-09-24/2034-09-25",
  "2036-09","2035-10-16","2035-11-28"],
 ["Klastry v kraji potřebují společnou nabídku služeb pro firmy, nikoli soupeření o tytéž členy",
  "Přeshraniční spolupráce s Dolním Rakouskem a Trnavským krajem má být založena na konkrétních projektech v oblasti vody a energie",
  "Jihomoravský kraj by měl zavést jednoduchý inovační voucher pro členy klastrů",
  "Setkání se má i nadále konat střídavě v Brně a v ostatních okresech kraje"],
 pub="2035-10-02")
