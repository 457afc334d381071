from h import *
F = 'g12_digimach_vsetin_uvodni_setkani.txt'
assert wd(2034,11,7)=='Tuesday' and wd(2034,11,8)=='Wednesday' and wd(2034,11,14)=='Tuesday' and wd(2035,1,22)=='Monday'
T = """KLASTR MORAVSKÉ STROJÍRENSTVÍ
Úvod · O klastru · Členové · Projekty · Akce · Aktuality · Kontakt      🔍 Hledat      CZ | SK | EN

Aktuality / Projekty

Projekt DIGIMACH odstartoval: strojaři z Moravy a Považí spojí síly v digitalizaci

14. 11. 2034 | Redakce KMS | 5 min čtení

Ve Vsetíně a v Uherském Hradišti se ve dnech 7. a 8. listopadu 2034 uskutečnilo úvodní setkání partnerů projektu DIGIMACH, který je financován z programu Interreg Slovensko – Česko 2021–2027. Projekt potrvá od 1. října 2034 do 30. září 2037 a jeho cílem je pomoci malým a středním strojírenským firmám na obou stranách hranice se zaváděním digitálních technologií – od prediktivní údržby přes simulace výroby až po kybernetickou bezpečnost.

Projektoví partneři
Vedoucím partnerem je Klastr Moravské strojírenství, z.s. (KMS) se sídlem ve Vsetíně. Dalšími partnery jsou:
• Univerzita Tomáše Bati ve Zlíně, Fakulta aplikované informatiky
• Klaster strojárskeho priemyslu Považie, Považská Bystrica
• Trenčianska univerzita Alexandra Dubčeka v Trenčíne
• Regionální rozvojová agentura Východní Moravy (RRA VM) – strategický partner

Program úvodního setkání

Úterý 7. listopadu 2034 – Vsetín, sídlo KMS
10:00 Přivítání – Ing. Radim Vaculík-Kubáň, předseda představenstva KMS
10:20 Představení partnerů a cílů projektu
11:30 Pravidla programu, publicita a vykazování (Mgr. Tereza Hrabalová, Společný sekretariát programu Interreg SK-CZ)
12:30 Oběd
13:30 Pracovní balíčky 1–4: audit digitální zralosti, pilotní projekty, školení, propagace
16:00 Exkurze do firmy ZBROJOVKA VSETÍN a.s. – robotizované svařovací pracoviště
19:00 Společná večeře

Středa 8. listopadu 2034 – Uherské Hradiště
9:00 Zasedání Řídicího výboru projektu
10:30 Prohlídka Digitálního inovačního centra Slovácka
12:00 Kulatý stůl s firmami „Co brzdí digitalizaci v malých fabrikách?"
13:30 Závěr a odjezd

Úvodní slovo patřilo předsedovi představenstva klastru Ing. Radimu Vaculíkovi-Kubáňovi. Připomněl, že klastr sdružuje 64 členů, z nichž tři čtvrtiny mají méně než sto zaměstnanců. „Velké podniky už digitalizují samy. Menší firmy potřebují někoho, kdo jim ukáže první krok a nebude jim hned prodávat drahý systém," řekl.

Za slovenskou stranu vystoupil Ing. Marek Ďurovec, PhD., výkonný riaditeľ Klastra strojárskeho priemyslu Považie, který popsal situaci v regionu Považská Bystrica a Púchov. Doc. Ing. Petra Kocourková-Malá, Ph.D., proděkanka Fakulty aplikované informatiky UTB, představila plán auditu digitální zralosti, který během prvního roku projde 40 firem. Prof. Ing. Ľubomír van Meegen, CSc., z Trenčianské univerzity Alexandra Dubčeka v Trenčíne informoval o připravovaném školicím kurzu pro mistry a techniky.

Ředitelka RRA VM Ing. Jana Šimečková upozornila, že výsledky projektu by se měly promítnout do Regionální inovační strategie Zlínského kraje na období 2035–2041.

Hlavní závěry úvodního setkání
Partneři se shodli na těchto závěrech:
– audit digitální zralosti bude jednotný pro obě země a bude hotov do června 2035;
– pilotní projekty budou vybírány ve dvou kolech, první výzva pro firmy bude vyhlášena v pondělí 22. ledna 2035;
– každý partner zajistí nejméně deset firem do školicího programu;
– webové stránky a newsletter projektu budou dvojjazyčné (česky a slovensky).

Další akce projektu
• Informační seminář pro firmy k první výzvě – Vsetín, únor 2035
• Setkání partnerů – Považská Bystrica, duben 2035
• Konference DIGIMACH 2036 – Trenčín, jaro 2036

Kontakt: Ing. Lucie Ondrušková, projektová manažerka KMS, tel. +420 571 000 000, digimach@kms.example.cz

Projekt DIGIMACH je spolufinancován Evropskou unií z Evropského fondu pro regionální rozvoj.

Sdílet: Facebook | LinkedIn | E-mail | Tisk
← Předchozí: Členská schůze KMS schválila rozpočet na rok 2035 | Další: Veletrh MSV Brno 2034 – ohlédnutí →
© 2034 Klastr Moravské strojírenství, z.s. | Ochrana osobních údajů | Cookies
"""
write(F, T)
K="Klastr Moravské strojírenství, z.s."
gold(F,
 [P("Radim Vaculík-Kubáň","předseda představenstva","KMS"),
  P("Tereza Hrabalová",None,"Společný sekretariát programu Interreg SK-CZ"),
  P("Marek Ďurovec","výkonný riaditeľ","Klaster strojárskeho priemyslu Považie"),
  P("Petra Kocourková-Malá","proděkanka","Fakulta aplikované informatiky"),
  P("Ľubomír van Meegen",None,"Trenčianska univerzita Alexandra Dubčeka v Trenčíne"),
  P("Jana Šimečková","Ředitelka","RRA VM"),
  P("Lucie Ondrušková","projektová manažerka","KMS")],
 [O(K,"KMS"), O("Univerzita Tomáše Bati ve Zlíně","UTB"), O("Fakulta aplikované informatiky"),
  O("Klaster strojárskeho priemyslu Považie"), O("Trenčianska univerzita Alexandra Dubčeka v Trenčíne"),
  O("Regionální rozvojová agentura Východní Moravy","RRA VM"), O("Společný sekretariát programu Interreg SK-CZ"),
  O("ZBROJOVKA VSETÍN a.s."), O("Digitálního inovačního centra Slovácka"), O("Zlínského kraje"), O("Evropskou unií")],
 [E("úvodní setkání partnerů projektu DIGIMACH","2034-11-07","2034-11-08","Vsetín, Uherské Hradiště","Czechia"),
  E("Exkurze do firmy ZBROJOVKA VSETÍN a.s.","2034-11-07",None,"Vsetín","Czechia"),
  E("Společná večeře","2034-11-07",None,"Vsetín","Czechia"),
  E("Zasedání Řídicího výboru projektu","2034-11-08",None,"Uherské Hradiště","Czechia"),
  E("Prohlídka Digitálního inovačního centra Slovácka","2034-11-08",None,"Uherské Hradiště","Czechia"),
  E("Informační seminář pro firmy k první výzvě","2035-02",None,"Vsetín","Czechia"),
  E("Setkání partnerů","2035-04",None,"Považská Bystrica","Slovakia"),
  E("Konference DIGIMACH 2036","2036",None,"Trenčín","Slovakia"),
  E("Členská schůze KMS",None,None,None,None),
  E("Veletrh MSV Brno 2034",None,None,"Brno","Czechia")],
 ["2034-11-14","2034-11-07/2034-11-08","2021/2027","2034-10-01/2037-09-30","2034-11-07","2034-11-08",
  "2035/2041","2035-06","2035-01-22","2035-02","2035-04","2036","2035"],
 ["audit digitální zralosti bude jednotný pro obě země a bude hotov do června 2035",
  "pilotní projekty budou vybírány ve dvou kolech, první výzva pro firmy bude vyhlášena v pondělí 22. ledna 2035",
  "každý partner zajistí nejméně deset firem do školicího programu",
  "webové stránky a newsletter projektu budou dvojjazyčné (česky a slovensky)"],
 pub="2034-11-14")
