from h import *
F = 'g02_debrecen_klaszter_hirek.txt'
assert wd(2039,3,15)=='Tuesday' and wd(2039,4,13)=='Wednesday' and wd(2039,3,29)=='Tuesday'
T = """Főoldal | Rólunk | Tagjaink | Projektek | Hírek | Események | Kapcsolat | English

HÍREK

Kelet-magyarországi gyógyszeripari klasztertalálkozó Debrecenben – közös laborhálózatról döntöttek

Közzétéve: 2039. március 17. | Szerző: Kiss-Bodnár Anikó | Kategória: Klaszterélet

Debrecen, 2039. 03. 17. – Több mint hatvan résztvevővel rendezte meg a Hajdú-Bihari Egészségipari Klaszter Egyesület (HBEK) tavaszi klasztertalálkozóját március 15-én, kedden a Debreceni Egyetem Élettudományi Központjában. A rendezvényen a klaszter 38 tagvállalata mellett részt vett a Hajdú-Bihar Vármegyei Önkormányzat, a Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal (NKFIH) és a nagyváradi Transilvania Biotech Cluster delegációja is.

A találkozót dr. Szabó-Lengyel Márton, a klaszter elnöke nyitotta meg. Beszédében kiemelte, hogy az elmúlt két évben a klaszter tagjai összesen 14 közös kutatás-fejlesztési projektet indítottak, és hogy a régió gyógyszeripari foglalkoztatása 2034 óta 22 százalékkal nőtt. „A kérdés már nem az, hogy együttműködünk-e, hanem az, hogy mennyire gyorsan” – fogalmazott.

Program (összefoglaló)
9:30 Regisztráció, kávé
10:00 Köszöntő – dr. Szabó-Lengyel Márton, elnök, HBEK
10:20 A vármegye innovációs stratégiája 2036–2042 – Fekete Zsuzsanna, a Hajdú-Bihar Vármegyei Önkormányzat területfejlesztési főosztályvezetője
11:00 Panelbeszélgetés: „Közös laborok – közös kockázat?” – moderátor: Oláh Bence (HBEK)
12:30 Ebéd
13:30 B2B találkozók a tagok és a nagyváradi delegáció között
15:30 Üzemlátogatás a TEVA-Debrecen Kft. gyárában

A panelbeszélgetésen Tóth Eszter (Debreceni Egyetem, Gyógyszerésztudományi Kar), Ioana Mureșan (Transilvania Biotech Cluster, klasztermenedzser) és Nagy Gergely (BioPharm-Tech Zrt., ügyvezető igazgató) vitatta meg, hogyan oszthatnák meg a kis cégek a drága analitikai műszereket.

Döntés a közös laborhálózatról
A délutáni zárt ülésen a klaszter elnöksége egyhangúlag jóváhagyta a Kelet-Magyarországi Analitikai Laborhálózat létrehozását. A hálózatban kezdetben öt tag – a Debreceni Egyetem, a BioPharm-Tech Zrt., a Pharmaline Kft., az Alföldi Vegyipari Kft. és a Nyíregyházi Egyetem – nyitja meg laborkapacitását a klasztertagok előtt, egységes díjszabással. A hálózat koordinátora Varga-Pap Dóra lesz, aki eddig a klaszter projektmenedzsereként dolgozott.

A találkozó főbb megállapításai:
– a közös laborhasználat csökkentheti a kkv-k fejlesztési költségeit, de csak átlátható díjszabással működik;
– a határon átnyúló együttműködést a nagyváradi klaszterrel konkrét projektekre kell építeni, nem általános megállapodásokra;
– a vármegyei stratégia következő felülvizsgálatába a klasztert már a tervezés elején be kell vonni.

Előzmények
A klasztertalálkozók sorozata 2035-ben indult, azóta évente kétszer, felváltva magyar és romániai helyszínen rendezik meg. A korábbi találkozók helyszínei: Debrecen (2035. október), Nyíregyháza (2036. május), Nagyvárad (2037. november) és Hajdúszoboszló (2038. szeptember); az utolsón írta alá a két klaszter a határon átnyúló együttműködési szándéknyilatkozatot. Ioana Mureșan szerint a nagyváradi tagvállalatok elsősorban a klinikai vizsgálatokhoz szükséges analitikában látnak lehetőséget: „Nálunk vannak a kórházak, Debrecenben a laborok – ezt a kettőt kell végre összekötni.” Hozzátette, hogy a romániai fél – a Bihor Megyei Tanács bevonásával – egy kisebb pénzügyi alapot is létrehozna a közös projektek előkészítésére.

A rendezvényt a Hajdú-Bihar Vármegyei Önkormányzat és a Debreceni Egyetem támogatta. A résztvevők visszajelzései alapján a B2B találkozókon 41 egyeztetés zajlott, ebből kilenc esetben már konkrét közös pályázati ötlet is született.

Következő lépések
A laborhálózat együttműködési megállapodását 2039. április 13-án, szerdán írják alá Debrecenben. A következő klasztertalálkozó 2039 szeptemberében Nagyváradon lesz, a Transilvania Biotech Cluster vendégeként. A tagok 2039. március 29-ig jelezhetik, mely műszereiket ajánlják fel a hálózat számára.

Fotók: Balogh Ádám / HBEK

Címkék: klasztertalálkozó, laborhálózat, gyógyszeripar, Nagyvárad
Megosztás: Facebook | LinkedIn | E-mail

« Előző hír: Új tag a klaszterben: Pharmaline Kft. | Következő hír: Pályázati felhívás klasztermenedzsment-képzésre »

© 2039 Hajdú-Bihari Egészségipari Klaszter Egyesület · 4032 Debrecen, Egyetem tér 1. · info@hbek.example.hu · Adatvédelem · Süti beállítások
"""
write(F, T)
H = "Hajdú-Bihari Egészségipari Klaszter Egyesület"
gold(F,
 [P("Kiss-Bodnár Anikó",None,None),
  P("Szabó-Lengyel Márton","elnöke",H),
  P("Fekete Zsuzsanna","területfejlesztési főosztályvezetője","Hajdú-Bihar Vármegyei Önkormányzat"),
  P("Oláh Bence","moderátor","HBEK"),
  P("Tóth Eszter",None,"Debreceni Egyetem"),
  P("Ioana Mureșan","klasztermenedzser","Transilvania Biotech Cluster"),
  P("Nagy Gergely","ügyvezető igazgató","BioPharm-Tech Zrt."),
  P("Varga-Pap Dóra","koordinátora","Kelet-Magyarországi Analitikai Laborhálózat"),
  P("Balogh Ádám",None,None)],
 [O(H,"HBEK"), O("Debreceni Egyetem"), O("Hajdú-Bihar Vármegyei Önkormányzat"),
  O("Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal","NKFIH"), O("Transilvania Biotech Cluster"),
  O("Gyógyszerésztudományi Kar"), O("BioPharm-Tech Zrt."), O("TEVA-Debrecen Kft."),
  O("Kelet-Magyarországi Analitikai Laborhálózat"), O("Pharmaline Kft."), O("Alföldi Vegyipari Kft."), O("Nyíregyházi Egyetem"), O("Bihor Megyei Tanács")],
 [E("tavaszi klasztertalálkozó","2039-03-15",None,"Debrecen","Hungary"),
  E("B2B találkozók","2039-03-15",None,"Debrecen","Hungary"),
  E("Üzemlátogatás a TEVA-Debrecen Kft. gyárában","2039-03-15",None,"Debrecen","Hungary"),
  E("zárt ülés","2039-03-15",None,"Debrecen","Hungary"),
  E("klasztertalálkozó","2039-09",None,"Nagyvárad","Romania"),
  E("klasztertalálkozó (2035. október)","2035-10",None,"Debrecen","Hungary"),
  E("klasztertalálkozó (2037. november)","2037-11",None,"Nagyvárad","Romania"),
  E("klasztertalálkozó (2036. május)","2036-05",None,"Nyíregyháza","Hungary"),
  E("klasztertalálkozó (2038. szeptember)","2038-09",None,"Hajdúszoboszló","Hungary")],
 ["2039-03-17","2039-03-15","2034","2035","2035-10","2036-05","2037-11","2038-09","2036/2042","2039-04-13","2039-09","2039-03-29"],
 ["a közös laborhasználat csökkentheti a kkv-k fejlesztési költségeit, de csak átlátható díjszabással működik",
  "a határon átnyúló együttműködést a nagyváradi klaszterrel konkrét projektekre kell építeni, nem általános megállapodásokra",
  "a vármegyei stratégia következő felülvizsgálatába a klasztert már a tervezés elején be kell vonni"],
 pub="2039-03-17")
