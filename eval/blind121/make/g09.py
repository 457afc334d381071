from h import *
F = 'g09_karlovarsky_lazensky_klastr_zpravodaj.txt'
assert wd(2034,5,16)=='Tuesday' and wd(2034,6,6)=='Tuesday' and wd(2034,6,7)=='Wednesday' and wd(2034,4,24)=='Monday' and wd(2034,9,19)=='Tuesday'
T = """ZPRAVODAJ 2/2034
Klastr lázeňství a zdravotní péče Karlovarského kraje, z. s.
květen 2034

Úvod | O klastru | Členové | Akce | Zpravodaj | Kontakt
Sdílet: Facebook · LinkedIn · Tisk

-----------------------------------------------------------------
SLOVO ÚVODEM
-----------------------------------------------------------------
Vážení členové, milí partneři,
lázeňská sezóna je v plném proudu a s ní přichází i řada akcí, na které vás chceme pozvat. Zároveň vám přinášíme výsledky dubnové valné hromady a doporučení naší pracovní skupiny pro digitální zdravotnictví.

Ing. Kateřina Vondráčková-Stehlíková, výkonná ředitelka klastru

-----------------------------------------------------------------
VALNÁ HROMADA 2034
-----------------------------------------------------------------
Valná hromada Klastru lázeňství a zdravotní péče Karlovarského kraje se sešla v pondělí 24. dubna 2034 v Lázeňském hotelu Thermal v Karlových Varech. Z 48 členů bylo přítomno 35. Valná hromada schválila výroční zprávu za rok 2033, rozpočet na rok 2034 a přijala pět nových členů, mezi nimi Lázně Kynžvart, s. r. o. a společnost MedTech Cheb a. s.

Do předsednictva klastru byli na období 2034–2037 zvoleni:
– MUDr. Jaroslav Pospíšil, předseda (Léčebné lázně Jáchymov a. s.)
– Mgr. Alžběta Königová, místopředsedkyně (Západočeská univerzita v Plzni, Fakulta zdravotnických studií)
– Ing. Tomáš Kubeš, člen předsednictva (Karlovarská krajská nemocnice a. s.)

Hostem jednání byl náměstek hejtmana Karlovarského kraje pro regionální rozvoj Mgr. Petr Hnilička, který představil přípravu nové regionální inovační strategie. Podle jeho slov chce Karlovarský kraj do roku 2040 zdvojnásobit počet firem ve zdravotnických technologiích.

Číst dále »

-----------------------------------------------------------------
DOPORUČENÍ PRACOVNÍ SKUPINY PRO DIGITÁLNÍ ZDRAVOTNICTVÍ
-----------------------------------------------------------------
Pracovní skupina, kterou vede doc. Ing. Radek Šimůnek, Ph.D., z Vysoké školy báňské – Technické univerzity Ostrava (VŠB-TUO), se během zimy sešla čtyřikrát. Svá zjištění shrnula do těchto doporučení:
1. Lázeňské domy by měly sdílet anonymizovaná data o léčebných výsledcích v jednotném formátu
2. Klastr zřídí testovací prostředí pro telemonitoring pacientů po návratu z lázní
3. Členské firmy mají využívat inovační vouchery Karlovarského kraje k pilotním projektům
4. Klastr bude hledat partnery pro mezinárodní projekt prostřednictvím European Cluster Collaboration Platform
Celé znění je k dispozici v členské sekci.

-----------------------------------------------------------------
KALENDÁŘ AKCÍ
-----------------------------------------------------------------
Út 16. 5. 2034, 9:00–13:00 – Kulatý stůl „Lázně a zdravotní pojišťovny“, Mariánské Lázně, Casino. Pozvání přijala ředitelka regionální pobočky Všeobecné zdravotní pojišťovny ČR Ing. Lenka Šťastná.

6.–7. 6. 2034 – Mezinárodní setkání lázeňských klastrů, 4. ročník, Karlovy Vary. Program:
   úterý 6. 6.
   13:00 registrace
   14:00 zahájení – Ing. Kateřina Vondráčková-Stehlíková
   14:30 panelová diskuse „Lázně jako součást zdravotního systému“
   19:00 společenský večer v Grandhotelu Pupp
   středa 7. 6.
   9:00 B2B jednání s partnery z Bavorska a Saska
   12:00 exkurze do Léčebných lázní Jáchymov
   Partnery setkání jsou Cluster Gesundheitswirtschaft Oberfranken e.V. (Bayreuth) a Healthy Saxony e.V. Předchozí ročníky se konaly v Bad Elsteru (2031), Františkových Lázních (2032) a Bayreuthu (2033).

Út 19. 9. 2034 – Den otevřených dveří v laboratořích Fakulty zdravotnických studií v Plzni.

Přihlášky na mezinárodní setkání zasílejte do 26. 5. 2034 na akce@lazenskyklastr.example.cz.

-----------------------------------------------------------------
ZE ŽIVOTA ČLENŮ
-----------------------------------------------------------------
Společnost MedTech Cheb a. s. zahájila výrobu nového přístroje pro léčbu suchým uhličitým plynem; generální ředitel Martin Oberhofer-Bláha očekává, že polovina produkce půjde na export do Německa a Rakouska.

Lázně Kynžvart oslavily 200 let od otevření první kolonády. Při této příležitosti otevřely pro veřejnost zrekonstruovaný pramen a novou expozici o historii lázeňské léčby v regionu, kterou připravily spolu s Krajským muzeem v Chebu.

-----------------------------------------------------------------
Klastr lázeňství a zdravotní péče Karlovarského kraje, z. s.
Závodní 390/98c, 360 06 Karlovy Vary · info@lazenskyklastr.example.cz
Zpravodaj vychází čtyřikrát ročně. Odhlásit odběr | Ochrana osobních údajů
"""
write(F, T)
K = "Klastr lázeňství a zdravotní péče Karlovarského kraje, z. s."
gold(F,
 [P("Kateřina Vondráčková-Stehlíková","výkonná ředitelka klastru",K),
  P("Jaroslav Pospíšil","předseda",K),
  P("Alžběta Königová","místopředsedkyně",K),
  P("Tomáš Kubeš","člen předsednictva",K),
  P("Petr Hnilička","náměstek hejtmana Karlovarského kraje pro regionální rozvoj","Karlovarský kraj"),
  P("Radek Šimůnek",None,"Vysoké školy báňské – Technické univerzity Ostrava"),
  P("Lenka Šťastná","ředitelka regionální pobočky","Všeobecné zdravotní pojišťovny ČR"),
  P("Martin Oberhofer-Bláha","generální ředitel","MedTech Cheb a. s.")],
 [O(K), O("Lázně Kynžvart, s. r. o."), O("MedTech Cheb a. s."), O("Léčebné lázně Jáchymov a. s."),
  O("Západočeská univerzita v Plzni"), O("Fakulta zdravotnických studií"), O("Karlovarská krajská nemocnice a. s."),
  O("Karlovarský kraj"), O("Krajským muzeem v Chebu"), O("Vysoké školy báňské – Technické univerzity Ostrava","VŠB-TUO"),
  O("European Cluster Collaboration Platform"), O("Všeobecné zdravotní pojišťovny ČR"),
  O("Cluster Gesundheitswirtschaft Oberfranken e.V."), O("Healthy Saxony e.V.")],
 [E("Valná hromada","2034-04-24",None,"Karlovy Vary","Czechia"),
  E("Kulatý stůl „Lázně a zdravotní pojišťovny“","2034-05-16",None,"Mariánské Lázně","Czechia"),
  E("Mezinárodní setkání lázeňských klastrů","2034-06-06","2034-06-07","Karlovy Vary","Czechia"),
  E("společenský večer","2034-06-06",None,"Karlovy Vary","Czechia"),
  E("B2B jednání","2034-06-07",None,"Karlovy Vary","Czechia"),
  E("exkurze do Léčebných lázní Jáchymov","2034-06-07",None,None,"Czechia"),
  E("Mezinárodní setkání lázeňských klastrů","2031",None,"Bad Elster","Germany"),
  E("Mezinárodní setkání lázeňských klastrů","2032",None,"Františkových Lázních","Czechia"),
  E("Mezinárodní setkání lázeňských klastrů","2033",None,"Bayreuth","Germany"),
  E("Den otevřených dveří","2034-09-19",None,"Plzni","Czechia")],
 ["2034-05","2034-04","2034-04-24","2033","2034","2034/2037","2040","2034-05-16","2034-06-06/2034-06-07","2034-06-06",
  "2034-06-07","2031","2032","2034-09-19","2034-05-26"],
 ["Lázeňské domy by měly sdílet anonymizovaná data o léčebných výsledcích v jednotném formátu",
  "Klastr zřídí testovací prostředí pro telemonitoring pacientů po návratu z lázní",
  "Členské firmy mají využívat inovační vouchery Karlovarského kraje k pilotním projektům",
  "Klastr bude hledat partnery pro mezinárodní projekt prostřednictvím European Cluster Collaboration Platform"],
 pub="2034-05")
