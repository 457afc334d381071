from h import *
F = 'g14_liberec_klastr_zapis_valne_hromady.txt'
assert wd(2039,5,25)=='Wednesday' and wd(2039,6,22)=='Wednesday' and wd(2039,9,15)=='Thursday' and wd(2039,5,2)=='Monday'
T = """ZÁPIS
z jednání řádné valné hromady spolku
Liberecký klastr strojírenství a textilu, z. s. (LKST)

Datum: středa 25. května 2039, 14:00–17:10
Místo: Krajský úřad Libereckého kraje, zasedací sál, U Jezu 642/2a, 461 80 Liberec
Přítomni: dle prezenční listiny 41 členů z celkového počtu 63 (65 %)
Hosté: Mgr. Lenka Drahošová, náměstkyně hejtmana pro regionální rozvoj, Liberecký kraj;
Ing. Ondřej Kysela, ředitel pobočky agentury CzechInvest v Liberci

Program:
1. Zahájení, volba předsedajícího, zapisovatele a ověřovatelů zápisu
2. Zpráva výkonné rady o činnosti za rok 2038
3. Zpráva dozorčí rady
4. Schválení účetní závěrky za rok 2038
5. Rozpočet a plán činnosti na rok 2039
6. Změna stanov
7. Volba členů výkonné rady a dozorčí rady
8. Přijetí nových členů
9. Různé, závěr

K bodu 1
Jednání zahájil předseda výkonné rady Ing. Radek Šimůnek, Ph.D. (Elmarco s.r.o.), který konstatoval, že valná hromada je usnášeníschopná. Předsedajícím byl zvolen Ing. Radek Šimůnek, Ph.D., zapisovatelkou Bc. Tereza Holubová (výkonná manažerka LKST), ověřovatel zápisu: Ing. Miloš Pavlíček (Preciosa, a.s.), ověřovatelka zápisu: doc. Ing. Jana Vávrová, CSc. (Technická univerzita v Liberci).
Hlasování: pro 41, proti 0, zdržel se 0.

K bodu 2
Výkonná manažerka Tereza Holubová představila výroční zprávu za rok 2038. Klastr v roce 2038 uspořádal 27 akcí s celkem 1 140 účastníky, mimo jiné Strojírenské fórum Liberec (13. října 2038), veletrh pracovních příležitostí na Technické univerzitě v Liberci a společnou expozici na Mezinárodním strojírenském veletrhu MSV Brno (3.–7. října 2038). Klastr se stal partnerem projektu programu Interreg Česko–Sasko zaměřeného na recyklaci technických textilií, spolu se Sächsisches Textilforschungsinstitut e.V. (STFI) v Chemnitzu. Počet členů vzrostl z 55 na 63. Výkonná manažerka dále zmínila úspěšný vzdělávací program pro mistry ve výrobě, kterým prošlo 48 zaměstnanců členských firem, a novou databázi volných kapacit strojního parku, kterou využívá 22 členů. Za slabé stránky roku označila nízkou účast malých firem na zahraničních akcích a zpoždění při přípravě nových webových stránek klastru.

K bodu 3
Předsedkyně dozorčí rady Ing. Hana Kulhánková (Kulhánková & partneři, s.r.o.) uvedla, že dozorčí rada neshledala v hospodaření nedostatky, a doporučila schválit účetní závěrku.

K bodu 4
Účetní závěrka za rok 2038 vykazuje výnosy 6,8 mil. Kč a kladný výsledek hospodaření 214 tis. Kč. Závěrku ověřila auditorská společnost Auditoři Ještěd s.r.o.

K bodu 5
Rozpočet na rok 2039 počítá s výnosy 7,4 mil. Kč, z toho 38 % tvoří členské příspěvky a tržby za služby. Plán činnosti obsahuje mimo jiné akci Den otevřených dveří firem Libereckého kraje (15. září 2039) a studijní cestu do Saska.

K bodu 6
Navržená změna stanov zavádí možnost elektronického hlasování a snižuje kvórum pro změnu výše členských příspěvků.

K bodu 7
Do výkonné rady byli na funkční období 2039–2042 zvoleni: Ing. Radek Šimůnek, Ph.D. (Elmarco s.r.o.), Ing. Petra Lustigová (Magna Exteriors Bohemia s.r.o.), Ing. Martin Bureš (Jablotron Alarms a.s.), Mgr. Jakub Fiala (Textilní zkušební ústav, s.p.) a doc. Ing. Jana Vávrová, CSc. (Technická univerzita v Liberci).
Do dozorčí rady byli zvoleni: Ing. Hana Kulhánková, Ing. Václav Mareš (Hospodářská komora Liberec) a Ing. Zdeňka Nováková (Grupo Antolin Turnov s.r.o.).
Na následném zasedání výkonné rady byl předsedou výkonné rady opětovně zvolen Ing. Radek Šimůnek, Ph.D., místopředsedkyní Ing. Petra Lustigová.

K bodu 8
Valná hromada projednala žádosti o členství společností Nanovia Textil s.r.o., Frýdlantská strojírna a.s. a Střední průmyslová škola strojní a elektrotechnická Liberec.

K bodu 9
Náměstkyně hejtmana Lenka Drahošová ocenila spolupráci klastru s krajem při přípravě Regionální inovační strategie Libereckého kraje 2040–2046 a pozvala členy na Krajskou inovační konferenci, která se uskuteční ve středu 22. června 2039 v Liberci. Ondřej Kysela informoval o novém programu podpory klastrů agentury CzechInvest.
V diskusi vystoupil Ing. Martin Bureš, který upozornil na nedostatek kvalifikovaných elektrotechniků v regionu a navrhl, aby klastr spolu se středními školami připravil společný program odborných praxí. Ing. Zdeňka Nováková podpořila návrh a nabídla zapojení společnosti Grupo Antolin Turnov s.r.o. Mgr. Jakub Fiala informoval o novém zkušebním zařízení pro technické textilie, které bude členům klastru k dispozici za zvýhodněných podmínek od podzimu 2039. Předsedající shrnul, že výkonná rada připraví návrh programu praxí do příštího zasedání a představí jej členům na podzimním setkání.

USNESENÍ
Valná hromada:
1. schvaluje zprávu výkonné rady o činnosti klastru za rok 2038
2. schvaluje účetní závěrku za rok 2038 a převod kladného výsledku hospodaření do rezervního fondu
3. schvaluje rozpočet a plán činnosti na rok 2039
4. schvaluje změnu stanov podle přiloženého návrhu
5. volí členy výkonné rady a dozorčí rady v uvedeném složení na funkční období 2039–2042
6. přijímá za členy spolku společnosti Nanovia Textil s.r.o., Frýdlantská strojírna a.s. a Střední průmyslovou školu strojní a elektrotechnickou Liberec
7. pověřuje výkonnou radu přípravou strategie klastru na období 2040–2044

Všechna usnesení byla přijata jednomyslně (pro 41, proti 0, zdržel se 0), usnesení č. 4 počtem 39 hlasů pro, 2 se zdrželi.

Jednání bylo ukončeno v 17:10. Následovalo neformální setkání členů s občerstvením.

Zapsala: Bc. Tereza Holubová, dne 27. května 2039
Ověřili: Ing. Miloš Pavlíček, doc. Ing. Jana Vávrová, CSc.

Přílohy: prezenční listina, výroční zpráva 2038, účetní závěrka 2038, návrh změny stanov
"""
write(F, T)
L="Liberecký klastr strojírenství a textilu, z. s."
TUL="Technická univerzita v Liberci"
gold(F,
 [P("Lenka Drahošová","náměstkyně hejtmana pro regionální rozvoj","Liberecký kraj"),
  P("Ondřej Kysela","ředitel pobočky agentury CzechInvest v Liberci","CzechInvest"),
  P("Radek Šimůnek","předseda výkonné rady",L),
  P("Tereza Holubová","výkonná manažerka",L),
  P("Miloš Pavlíček","ověřovatel zápisu","Preciosa, a.s."),
  P("Jana Vávrová","ověřovatelka zápisu",TUL),
  P("Hana Kulhánková","Předsedkyně dozorčí rady",L),
  P("Petra Lustigová","místopředsedkyní",L),
  P("Martin Bureš",None,"Jablotron Alarms a.s."),
  P("Jakub Fiala",None,"Textilní zkušební ústav, s.p."),
  P("Václav Mareš",None,"Hospodářská komora Liberec"),
  P("Zdeňka Nováková",None,"Grupo Antolin Turnov s.r.o.")],
 [O(L,"LKST"), O("Krajský úřad Libereckého kraje"), O("Liberecký kraj"), O("CzechInvest"), O("Elmarco s.r.o."),
  O("Preciosa, a.s."), O(TUL), O("Sächsisches Textilforschungsinstitut e.V.","STFI"), O("Kulhánková & partneři, s.r.o."),
  O("Auditoři Ještěd s.r.o."), O("Magna Exteriors Bohemia s.r.o."), O("Jablotron Alarms a.s."), O("Textilní zkušební ústav, s.p."),
  O("Hospodářská komora Liberec"), O("Grupo Antolin Turnov s.r.o."), O("Nanovia Textil s.r.o."), O("Frýdlantská strojírna a.s."),
  O("Střední průmyslová škola strojní a elektrotechnická Liberec")],
 [E("řádná valná hromada","2039-05-25",None,"Liberec","Czechia"),
  E("Strojírenské fórum Liberec","2038-10-13",None,"Liberec","Czechia"),
  E("veletrh pracovních příležitostí","2038",None,"Liberec","Czechia"),
  E("Mezinárodní strojírenský veletrh","2038-10-03","2038-10-07","Brno","Czechia"),
  E("Den otevřených dveří firem Libereckého kraje","2039-09-15",None,None,None),
  E("studijní cesta do Saska","2039",None,None,None),
  E("zasedání výkonné rady",None,None,None,None),
  E("Krajská inovační konference","2039-06-22",None,"Liberec","Czechia"),
  E("neformální setkání členů","2039-05-25",None,None,None)],
 ["2039-05-25","2038","2038-10-13","2038-10-03/2038-10-07","2039","2039-09-15","2039/2042","2040/2046","2039-06-22","2040/2044","2039-05-27"],
 ["schvaluje zprávu výkonné rady o činnosti klastru za rok 2038",
  "schvaluje účetní závěrku za rok 2038 a převod kladného výsledku hospodaření do rezervního fondu",
  "schvaluje rozpočet a plán činnosti na rok 2039",
  "schvaluje změnu stanov podle přiloženého návrhu",
  "volí členy výkonné rady a dozorčí rady v uvedeném složení na funkční období 2039–2042",
  "přijímá za členy spolku společnosti Nanovia Textil s.r.o., Frýdlantská strojírna a.s. a Střední průmyslovou školu strojní a elektrotechnickou Liberec",
  "pověřuje výkonnou radu přípravou strategie klastru na období 2040–2044"],
 "2039-05-27")
