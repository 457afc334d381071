from h import *
F = 'g10_eger_export_akademia.txt'
for d in [(2038,9,15),(2038,9,22),(2038,9,29),(2038,10,6),(2038,10,13),(2038,10,20),(2038,10,27)]: assert wd(*d)=='Wednesday'
assert wd(2038,9,2)=='Thursday' and wd(2038,11,10)=='Wednesday' and wd(2038,7,28)=='Wednesday'
T = """EGRI BOR- ÉS ÉLELMISZERIPARI KLASZTER
Hírek | Rendezvények | Tagjaink | Projektek | Kapcsolat

Főoldal » Rendezvények » Export Akadémia 2038

EXPORT AKADÉMIA 2038 – hét hét, hét modul, egy exportterv
Közzétéve: 2038. július 28. | Szerző: Tóthné Kiss Erika | Címkék: képzés, export, borászat

Ősszel ismét elindul a klaszter Export Akadémiája. A hét hetes program kis- és középvállalkozásoknak szól, amelyek borral, pálinkával, sajttal vagy más feldolgozott élelmiszerrel szeretnének új külpiacra lépni. A képzés végére minden résztvevő cég elkészíti saját, egy célpiacra szabott exporttervét, amelyet a záró napon szakmai zsűri előtt mutat be.

A programot az Egri Bor- és Élelmiszeripari Klaszter az Eszterházy Károly Katolikus Egyetemmel és a Heves Vármegyei Kereskedelmi és Iparkamarával (HKIK) közösen szervezi. A képzés helyszíne az egyetem Líceum épülete (Eger, Eszterházy tér 1.), a modulok szerdánként 9:00 és 15:30 között zajlanak.

MODULOK

1. modul – szeptember 15., szerda
Célpiac kiválasztása és piackutatás
Előadó: Dr. Szalai Gergely, egyetemi docens, Eszterházy Károly Katolikus Egyetem

2. modul – szeptember 22., szerda
Árazás, fizetési feltételek, Incoterms
Előadó: Bóna Krisztina, exportfinanszírozási szakértő, Magyar Export-Import Bank Zrt. (EXIM)

3. modul – szeptember 29., szerda
Címke, eredetvédelem, jogszabályok az EU-n kívül
Előadó: Dr. Horváth-Pintér Anna, ügyvéd

4. modul – október 6., szerda (ONLINE)
Digitális marketing és e-kereskedelmi platformok
Előadó: Lukas Pfeiffer, Wine Business Institute, Bécs

5. modul – október 13., szerda
Kiállítások és üzletember-találkozók: hogyan készüljünk?
Előadó: Mészáros Bence, Enterprise Europe Network Magyarország, HKIK

6. modul – október 20., szerda
Tanulmányút: látogatás a Szepsy pincészetben és a tokaji Borászati Kutatóintézetben
Indulás 7:30-kor az egyetem elől, visszaérkezés kb. 18:00
A látogatáson a résztvevők megismerik, hogyan épített fel egy kis családi pincészet nemzetközi hírnevet, és hogyan segíti a kutatóintézet a borászatok minőségbiztosítását és laboratóriumi vizsgálatait. Az utazás költségét a klaszter fedezi.

7. modul – október 27., szerda
Exporttervek bemutatása és értékelése
Zsűri: Varga Ildikó, a klaszter elnöke; Nagy-Fehér Tamás, a HUMDA Magyar Exportfejlesztési Ügynökség regionális igazgatója; Jean-Marc Dufresne, importőr, Caves du Rhin (Strasbourg)

Ünnepélyes oklevélátadó: november 10., szerda, 17:00, Eger, Városháza díszterme

MIT KAPNAK A RÉSZTVEVŐK?
- Hét nap gyakorlati képzést tapasztalt exportőrökkel és szakértőkkel, kiscsoportos feladatokkal.
- Minden cég mellé egy mentort, aki a modulok között is segít az exportterv elkészítésében; a mentorok a klaszter tapasztalt exportőr tagjai közül kerülnek ki.
- Egy célpiaci adatcsomagot, amelyet a HKIK piackutatási csoportja állít össze a kiválasztott országról.
- Lehetőséget arra, hogy a legjobb három exportterv készítője a klaszter közös standján bemutatkozzon a jövő évi ProWein kiállításon Düsseldorfban.
- Tanúsítványt, amelyet az egyetem felnőttképzési központja állít ki a záró nap után.

RÉSZVÉTELI FELTÉTELEK
- Legfeljebb 16 vállalkozás vehet részt, cégenként 1–2 fővel.
- Klasztertagoknak a részvétel díjmentes, nem tagoknak 95 000 Ft + áfa.
- A részvételhez legalább öt modulon kell jelen lenni.
- A képzést a Gazdaságfejlesztési és Innovációs Operatív Program Plusz (GINOP Plusz) támogatja.

JELENTKEZÉS
Jelentkezési határidő: 2038. szeptember 2. (csütörtök)
A kiválasztott cégeket szeptember 8-ig értesítjük.
Jelentkezés online űrlapon vagy e-mailben: akademia@egriklaszter.example.hu

TAVALYI TAPASZTALATOK
A 2037-es Akadémián 14 cég vett részt; közülük hat azóta Lengyelországba, Csehországba vagy Japánba is szállít. „Az akadémia nélkül nem mertünk volna nekivágni a japán piacnak” – mondta Kovács Dániel, a Bükkaljai Sajtműhely Kft. ügyvezetője.

KAPCSOLAT
Tóthné Kiss Erika, klasztermenedzser
Egri Bor- és Élelmiszeripari Klaszter
3300 Eger, Széchenyi utca 16. | +36 36 000 000

Partnereink: Eszterházy Károly Katolikus Egyetem · Heves Vármegyei Kereskedelmi és Iparkamara (HKIK) · Enterprise Europe Network Magyarország
Megosztás: Facebook | LinkedIn | E-mail
© 2038 Egri Bor- és Élelmiszeripari Klaszter | Adatkezelési tájékoztató | Sütik beállítása
"""
write(F, T)
C = "Egri Bor- és Élelmiszeripari Klaszter"
gold(F,
 [P("Tóthné Kiss Erika","klasztermenedzser",C),
  P("Szalai Gergely","egyetemi docens","Eszterházy Károly Katolikus Egyetem"),
  P("Bóna Krisztina","exportfinanszírozási szakértő","Magyar Export-Import Bank Zrt."),
  P("Horváth-Pintér Anna","ügyvéd",None),
  P("Lukas Pfeiffer",None,"Wine Business Institute"),
  P("Mészáros Bence",None,"Enterprise Europe Network Magyarország"),
  P("Varga Ildikó","elnöke",C),
  P("Nagy-Fehér Tamás","regionális igazgatója","HUMDA Magyar Exportfejlesztési Ügynökség"),
  P("Jean-Marc Dufresne","importőr","Caves du Rhin"),
  P("Kovács Dániel","ügyvezetője","Bükkaljai Sajtműhely Kft.")],
 [O(C), O("Eszterházy Károly Katolikus Egyetem"), O("Heves Vármegyei Kereskedelmi és Iparkamara","HKIK"),
  O("Magyar Export-Import Bank Zrt.","EXIM"), O("Wine Business Institute"), O("Enterprise Europe Network Magyarország"),
  O("Szepsy pincészet"), O("Borászati Kutatóintézet"), O("HUMDA Magyar Exportfejlesztési Ügynökség"), O("Caves du Rhin"),
  O("Bükkaljai Sajtműhely Kft.")],
 [E("Export Akadémia 2038","2038-09-15","2038-10-27","Eger","Hungary"),
  E("1. modul – Célpiac kiválasztása és piackutatás","2038-09-15",None,"Eger","Hungary"),
  E("2. modul – Árazás, fizetési feltételek, Incoterms","2038-09-22",None,"Eger","Hungary"),
  E("3. modul – Címke, eredetvédelem, jogszabályok az EU-n kívül","2038-09-29",None,"Eger","Hungary"),
  E("4. modul – Digitális marketing és e-kereskedelmi platformok","2038-10-06"),
  E("5. modul – Kiállítások és üzletember-találkozók: hogyan készüljünk?","2038-10-13",None,"Eger","Hungary"),
  E("Tanulmányút","2038-10-20",None,None,None),
  E("7. modul – Exporttervek bemutatása és értékelése","2038-10-27",None,"Eger","Hungary"),
  E("Ünnepélyes oklevélátadó","2038-11-10",None,"Eger","Hungary"),
  E("ProWein",None,None,"Düsseldorf","Germany"),
  E("2037-es Akadémia","2037",None,None,None)],
 ["2038-07-28","2038-09-15","2038-09-22","2038-09-29","2038-10-06","2038-10-13","2038-10-20","2038-10-27","2038-11-10",
  "2038-09-02","2038-09-08"],
 [], pub="2038-07-28")
print(F, words(T))
