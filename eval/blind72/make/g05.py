from h import *
F = 'zlinsky-plastikarsky-klastr-hodnoceni-2034.md'
S = ["Klastr má stabilní a rostoucí členskou základnu; 41 z 52 členů jsou malé a střední podniky ze Zlínského kraje",
 "Úzká spolupráce s Univerzitou Tomáše Bati ve Zlíně, zejména s Fakultou technologickou, se projevuje ve společných projektech a stážích studentů",
 "Klastrový tým je zkušený a členové oceňují jeho dostupnost a rychlost reakce",
 "Klastr úspěšně zapojil členy do tří mezinárodních projektů v programech Interreg a Horizont Evropa"]
I = ["Klastr nemá aktualizovanou strategii; poslední strategický dokument pokrývá období 2028–2032",
 "Příjmy z členských příspěvků tvoří jen 18 % rozpočtu, klastr je závislý na projektovém financování",
 "Chybí systematické měření spokojenosti členů a ukazatele výsledků",
 "Mezinárodní spolupráce je soustředěna na Slovensko a Rakousko; chybí partneři v západní a severní Evropě",
 "Webové stránky a komunikace v angličtině jsou nedostatečné"]
T = f"""# Shrnutí hodnocení: Zlínský plastikářský klastr, z.s.

**Benchmarking podle metodiky ESCA · Zpráva ze dne {wd(2034,10,9,'cs')} 9. října 2034**

*Hodnotitelka:* Ing. Lenka Vaňková, Ph.D., certifikovaná benchmarkingová expertka ESCA (Kladno)
*Datum návštěvy a rozhovorů:* 16.–17. září 2034, Zlín
*Předchozí hodnocení:* 2030 (bronzový certifikát)

---

## 1. Úvod

Zlínský plastikářský klastr, z.s. (ZPK) sdružuje výrobce plastových dílů, výrobce forem a nástrojů, zpracovatele recyklátů a výzkumné a vzdělávací instituce ze Zlínského kraje. Klastr byl založen v roce 2012 jako zájmové sdružení právnických osob a od roku 2016 působí jako spolek. Sídlí v areálu bývalého Baťova závodu ve Zlíně.

Na žádost představenstva klastru proběhlo v září 2034 hodnocení podle metodiky Evropského sekretariátu pro klastrovou analýzu (European Secretariat for Cluster Analysis, ESCA). Hodnocení vychází z 36 ukazatelů ve čtyřech oblastech: struktura klastru, řízení a financování, služby klastru a dosažené výsledky. Podkladem byly vyplněný dotazník, dokumenty klastru a rozhovory s vedením a s osmi členy. Písemné stanovisko k hodnocení zaslala také Fakulta technologická Univerzity Tomáše Bati.

Za klastr se rozhovorů zúčastnili předseda představenstva **Ing. Radim Bartošík** (PLASTEX Otrokovice s.r.o.), místopředsedkyně **doc. Ing. Hana Šuláková, Ph.D.** (Univerzita Tomáše Bati ve Zlíně), výkonný ředitel klastru **Mgr. Petr Zapletal** a projektová manažerka **Ing. Kristýna Holubová**. Za členy se vyjádřili mimo jiné **Jaroslav Kužela** (Kužela Forms a.s., Vizovice), **Ing. Martina Dvořáková-Šimková** (RecyPlast Morava s.r.o., Uherské Hradiště) a **Tomasz Wiśniewski** (Polymer Parts CZ s.r.o., Zlín).

## 2. Klastr v číslech

| Ukazatel | 2030 | 2034 |
|---|---|---|
| Počet členů | 37 | 52 |
| z toho MSP | 29 | 41 |
| Zaměstnanci klastrové organizace (FTE) | 2,5 | 4 |
| Roční rozpočet (mil. Kč) | 6,8 | 11,2 |
| Podíl členských příspěvků na rozpočtu | 24 % | 18 % |
| Počet akcí za rok | 14 | 23 |

## 3. Silné stránky

{chr(10).join('- ' + x for x in S)}

## 4. Oblasti ke zlepšení

{chr(10).join('- ' + x for x in I)}

## 5. Celkové hodnocení

Klastr splňuje požadavky na udělení **stříbrného certifikátu** ESCA, kterým se prokazuje cílevědomé úsilí o excelenci klastrového managementu. Oproti hodnocení z roku 2030 se klastr zlepšil především v oblasti služeb a mezinárodní spolupráce. Pro získání zlatého certifikátu by musel zejména přijmout novou strategii s měřitelnými cíli a posílit vlastní příjmy.

Hodnotitelka doporučuje, aby klastr do konce roku 2035 zpracoval strategii na období 2036–2040, zavedl každoroční průzkum spokojenosti členů a zvážil zapojení do sítě European Cluster Collaboration Platform (ECCP) a partnerství s klastry v Bavorsku a v Dolním Rakousku.

## 6. Další postup

Výsledky hodnocení projednalo představenstvo klastru na svém zasedání dne {wd(2034,10,22,'cs')[:-1] if False else ''}22. října 2034. Výkonný ředitel Petr Zapletal představí zprávu členům na valné hromadě, která se uskuteční **{wd(2034,12,4,'cs')} 4. prosince 2034** ve Zlíně (Baťův institut, budova 14|15). Předseda Radim Bartošík k tomu uvedl: „Stříbrný certifikát je pro nás ocenění, ale hlavně úkol. Strategii chceme mít hotovou dřív, než nám vyprší projekty.“

Certifikát je platný dva roky, do října 2036. Klastr informoval o výsledku také Ministerstvo průmyslu a obchodu a agenturu CzechInvest, které spravují národní klastrovou politiku, a Zlínský kraj, který klastru spolufinancuje provoz.

---
*Shrnutí zpracováno pro členy klastru a pro zveřejnění na webu www.plastklastr.cz. Plné znění zprávy (34 stran) je k dispozici členům v sekci Dokumenty.*
"""
write(F, T)
gold(F, [P('Lenka Vaňková','certifikovaná benchmarkingová expertka ESCA',None), P('Radim Bartošík','předseda představenstva','PLASTEX Otrokovice s.r.o.'),
 P('Hana Šuláková','místopředsedkyně','Univerzita Tomáše Bati ve Zlíně'), P('Petr Zapletal','výkonný ředitel klastru','Zlínský plastikářský klastr, z.s.'),
 P('Kristýna Holubová','projektová manažerka','Zlínský plastikářský klastr, z.s.'), P('Jaroslav Kužela',None,'Kužela Forms a.s.'),
 P('Martina Dvořáková-Šimková',None,'RecyPlast Morava s.r.o.'), P('Tomasz Wiśniewski',None,'Polymer Parts CZ s.r.o.')],
 [O('Zlínský plastikářský klastr, z.s.','ZPK'), O('European Secretariat for Cluster Analysis','ESCA'), O('PLASTEX Otrokovice s.r.o.'), O('Univerzita Tomáše Bati ve Zlíně'),
  O('Fakulta technologická'), O('Kužela Forms a.s.'), O('RecyPlast Morava s.r.o.'), O('Polymer Parts CZ s.r.o.'), O('European Cluster Collaboration Platform','ECCP'),
  O('Ministerstvo průmyslu a obchodu'), O('CzechInvest'), O('Zlínský kraj')],
 [E('valná hromada','2034-12-04','2034-12-04','Zlín','Czechia'), E('zasedání představenstva','2034-10-22','2034-10-22',None,None), E('návštěva a rozhovory','2034-09-16','2034-09-17','Zlín','Czechia')],
 ['2034-10-09','2034-09-16/2034-09-17','2030','2012','2016','2034-09','2034','2035','2036/2040','2034-10-22','2034-12-04','2036-10','2028/2032'],
 km=S+I, pub='2034-10-09')
