from h import *
F = 'g04_pardubice_elektro_klastr_rozlouceni.txt'
assert wd(2039,5,27)=='Friday' and wd(2039,6,16)=='Thursday'
T = """Klastr elektrotechniky Pardubického kraje | Aktuality | Lidé

Děkujeme, Vlasto! Po čtrnácti letech odchází ředitelka klastru

Pardubice, 27. května 2039 — Zuzana Hromádková, komunikace

Ing. Vlasta Kubelková, Ph.D., ředitelka Klastru elektrotechniky Pardubického kraje, z. s. (KEPK), končí ke 30. červnu 2039. V klastru pracovala od roku 2025, nejprve jako projektová manažerka a od roku 2030 jako ředitelka. Od července přechází na Ministerstvo průmyslu a obchodu, kde povede oddělení podpory klastrů a inovační infrastruktury.

Za jejího vedení se počet členů zvýšil z 19 na 63. Klastr získal v roce 2034 zlatou značku European Cluster Excellence Initiative, otevřel společnou zkušebnu elektromagnetické kompatibility v Pardubicích-Rosicích a dvakrát uspořádal mezinárodní konferenci Power Electronics East.

„Vlasta uměla přesvědčit ředitele konkurenčních firem, aby seděli u jednoho stolu a sdíleli laboratoř. To se v našem oboru nevidí často,“ říká předseda správní rady Petr Doležal, jednatel společnosti ELKOM Chrudim s.r.o. Podle místopředsedkyně Aleny Šindelářové z Univerzity Pardubice dokázala Kubelková propojit studenty s firmami tak, že dnes třetina absolventů elektrotechniky zůstává v kraji.

Co se za čtrnáct let podařilo
– společná zkušebna EMC pro 22 členských firem (otevřena v roce 2036, náklady 48 milionů Kč)
– program stáží pro studenty středních průmyslových škol v Pardubicích a Chrudimi, dosud 410 stážistů
– společná účast členů na veletrhu Amper (Brno) každý rok od roku 2031, kde klastr pravidelně pořádá i setkání s nákupčími velkých firem
– projekt Interreg CENTRAL EUROPE zaměřený na opravitelnost elektroniky s partnery z Rakouska, Slovinska a Polska
– sdílená licence na simulační software pro malé firmy, kterou dnes využívá 17 členů

Sama Kubelková se loučí skromně: „Klastr je síť lidí. Děkuji členům, kolegům v kanceláři a partnerům na kraji. Zkušebna, kterou jsme postavili, bude sloužit ještě dlouho po mně.“

Kdo klastr povede

Správní rada na svém zasedání 19. května 2039 pověřila vedením klastru od 1. července 2039 dosavadního zástupce ředitelky Ing. Tomáše Vondráčka. Výběrové řízení na nového ředitele nebo ředitelku bude vyhlášeno v září a nový ředitel by měl nastoupit nejpozději na začátku příštího roku; přihlášky bude posuzovat komise, ve které zasednou Petr Doležal, Alena Šindelářová a zástupce Pardubického kraje Martin Jelínek, vedoucí odboru rozvoje.

Další změny v kanceláři klastru:
– Kateřina Plachá, manažerka vzdělávání, odchází na rodičovskou dovolenou; její agendu převezme Lukáš Švec.
– Od 1. června posílí tým Nikola Hrubá, která přichází z agentury CzechInvest, regionální kancelář Pardubice.

Rozloučení

Na rozloučenou zveme členy a partnery na setkání ve čtvrtek 16. června 2039 od 17:00 v Automatických mlýnech v Pardubicích. Program:

17:00 přivítání – Petr Doležal
17:15 Čtrnáct let klastru v obrazech – Zuzana Hromádková
17:45 slovo hejtmana Pardubického kraje Romana Kučery
18:00 raut a hudba (Jazz trio Labe)

Účast prosíme potvrdit do 10. června 2039 na akce@kepk.example.cz.

Kariéra v kostce
2019–2025 výzkumná pracovnice, Fakulta elektrotechniky a informatiky Univerzity Pardubice
2025–2030 projektová manažerka, KEPK
2030–2039 ředitelka, KEPK
od 2039 vedoucí oddělení, Ministerstvo průmyslu a obchodu

Foto: Vlasta Kubelková při otevření zkušebny EMC v roce 2036. Autor: Ondřej Mach

Související články
12. 4. 2039 – Valná hromada schválila rozpočet na rok 2040
3. 3. 2039 – Zkušebna EMC rozšiřuje provoz o víkendy
14. 1. 2039 – Klastr má pět nových členů

Sdílet: Facebook | LinkedIn | Tisk

Klastr elektrotechniky Pardubického kraje, z. s. · Studentská 95, 532 10 Pardubice · IČ 00000000
Projekt je spolufinancován Evropskou unií z Operačního programu Technologie a aplikace pro konkurenceschopnost.
Tento web používá cookies. Souhlasím | Nastavení
"""
write(F, T)
K = "Klastr elektrotechniky Pardubického kraje, z. s."
gold(F,
 [P("Zuzana Hromádková","komunikace",K),
  P("Vlasta Kubelková","ředitelka",K),
  P("Petr Doležal","předseda správní rady",K),
  P("Alena Šindelářová","místopředsedkyně","Klastr elektrotechniky Pardubického kraje, z. s."),
  P("Tomáše Vondráčka","zástupce ředitelky",K),
  P("Martin Jelínek","vedoucí odboru rozvoje","Pardubického kraje"),
  P("Kateřina Plachá","manažerka vzdělávání",K),
  P("Lukáš Švec",None,K),
  P("Nikola Hrubá",None,K),
  P("Romana Kučery","hejtmana","Pardubického kraje"),
  P("Ondřej Mach",None,None)],
 [O(K,"KEPK"), O("Ministerstvo průmyslu a obchodu"), O("European Cluster Excellence Initiative"),
  O("ELKOM Chrudim s.r.o."), O("Univerzity Pardubice"), O("Pardubického kraje"), O("CzechInvest"),
  O("Fakulta elektrotechniky a informatiky Univerzity Pardubice"), O("Evropskou unií")],
 [E("Rozloučení","2039-06-16",None,"Pardubice","Czechia"),
  E("zasedání správní rady","2039-05-19",None,None,None),
  E("Power Electronics East",None,None,None,None), E("Amper",None,None,"Brno","Czechia"),
  E("raut a hudba","2039-06-16",None,"Pardubice","Czechia"),  # second pass: programme line with a time (reception)
  E("Valná hromada",None,None,None,None)],  # second pass: general assembly in a news headline, start null as g10
 ["2039-05-27","2039-06-30","2025","2030","2034","2039-05-19","2039-07-01","2039-09","2039-06-01","2039-06-16","2039-06-10",
  "2019/2025","2025/2030","2030/2039","2039","2036","2039-07","2031","2039-04-12","2040","2039-03-03","2039-01-14"],
 [], "2039-05-27")
