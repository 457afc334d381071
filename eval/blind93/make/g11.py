from h import *
F = 'g11_hradec_medtech_konference_presunuta.txt'
assert wd(2038,4,21)=='Wednesday' and wd(2038,4,22)=='Thursday' and wd(2038,10,6)=='Wednesday' and wd(2038,10,7)=='Thursday'
assert wd(2038,3,29)=='Monday' and wd(2038,9,15)=='Wednesday' and wd(2038,5,12)=='Wednesday'
T = """Klastr MedTech Východní Čechy | Úvod | O klastru | Členové | Projekty | Akce | Aktuality | Kontakt | EN
Hledat...

Úvod > Aktuality > Konference MedTech Hradec 2038 se přesouvá na podzim

KONFERENCE MEDTECH HRADEC 2038 SE PŘESOUVÁ NA ŘÍJEN – NOVÝ TERMÍN I NOVÉ MÍSTO

Publikováno: 29. 3. 2038 | Autor: Tereza Vondráčková | Kategorie: Akce, Oznámení

Vážení členové, partneři a přihlášení účastníci,

s lítostí oznamujeme, že 4. ročník konference MedTech Hradec, plánovaný na středu a čtvrtek 21.–22.
dubna 2038 v Novém Adalbertinu v Hradci Králové, se v původním termínu neuskuteční. Konference se
přesouvá na středu 6. a čtvrtek 7. října 2038 a bude se konat v Kongresovém centru Aldis, Eliščino
nábřeží 375, Hradec Králové.

Proč k přesunu dochází?
Hlavním důvodem je rekonstrukce sálu Nového Adalbertina, která se podle sdělení majitele
budovy (Biskupství královéhradecké) protáhne nejméně do konce června. Zároveň jsme chtěli vyjít vstříc partnerům z
Polska a Německa, pro které se dubnový termín kryl s veletrhem MEDICA Poland ve Vratislavi. Nový
termín navazuje na zasedání pracovní skupiny pro zdravotnické prostředky, kterou vede
Národní klastrová asociace (NCA), takže řada hostů spojí obě akce.

„Víme, že přesun komplikuje plány mnoha z vás. Věříme ale, že větší sál a podzimní termín umožní
pozvat více zahraničních nákupčích a rozšířit program o exkurze," uvedl předseda představenstva
klastru Ing. Pavel Štěpánek, Ph.D., generální ředitel společnosti Medin Orlice a.s.

Co se pro vás mění?
- Registrace zůstávají v platnosti. Nemusíte dělat nic; potvrzení s novým termínem vám zašleme
  e-mailem do 15. 4. 2038.
- Pokud se v novém termínu nemůžete zúčastnit, vrátíme vám celé účastnické poplatky. Žádost pošlete
  do 12. 5. 2038 na akce@medtechvc.example.cz.
- Vystavovatelé si mohou ponechat stejné číslo stánku; plánek sálu Aldis zveřejníme v květnu.
- Uzávěrka přihlášek příspěvků do posterové sekce se posouvá na 15. září 2038.
- Hotelové rezervace v Hotelu Nové Adalbertinum si prosím zrušte sami; dohodnuté ceny pro účastníky
  platí v hotelu Aldis i v říjnu.

Upravený program (stručně)
Středa 6. 10. 2038
  9:00  Zahájení – hejtman Královéhradeckého kraje Martin Červíček-Holub a rektorka UHK
        prof. RNDr. Jana Nováková, CSc.
  9:45  Hlavní přednáška: Nové nařízení o zdravotnických prostředcích po pěti letech –
        MUDr. Ondřej Sýkora, ředitel sekce zdravotnických prostředků, Státní ústav pro kontrolu léčiv (SÚKL)
  11:00 Paralelní bloky: A) Klinické hodnocení, B) Digitální zdraví, C) Export do zemí mimo EU
  14:00 B2B jednání s nákupčími nemocnic (ve spolupráci s Enterprise Europe Network a CzechTrade)
  19:00 Společenský večer v pivovaru Královský Lev
Čtvrtek 7. 10. 2038
  9:00  Panel: Spolupráce nemocnic a firem – moderuje Mgr. Lucie Marková, Fakultní nemocnice Hradec Králové
  13:00 Exkurze: Medin Orlice a.s., Nové Město nad Metují;
        Biomedicínské centrum Lékařské fakulty v Hradci Králové

Doprovodná akce, která se NEPŘESOUVÁ
Seminář „Úhrady zdravotnických prostředků ze zdravotního pojištění" pro členy klastru se uskuteční
podle plánu ve čtvrtek 22. dubna 2038 od 13:00 online. Přednáší Ing. Radek Holý
(Všeobecná zdravotní pojišťovna ČR). Odkaz dostanou přihlášení den předem.

Původní pozvánka (pro úplnost)
> Zveme vás na 4. ročník konference MedTech Hradec, 21.–22. 4. 2038, Nové Adalbertinum, Hradec
> Králové. Hlavní téma: Zdravotnické prostředky z regionu pro evropské nemocnice. Partneři:
> Královéhradecký kraj, CzechInvest, Univerzita Hradec Králové. Registrace do 31. 3. 2038.

Organizátoři a partneři
Klastr MedTech Východní Čechy, z. s. ve spolupráci s Královéhradeckým krajem, agenturou CzechInvest,
Univerzitou Hradec Králové a Fakultní nemocnicí Hradec Králové. Akce je spolufinancována z Operačního
programu Technologie a aplikace pro konkurenceschopnost.

Předchozí ročníky: 2035 (Hradec Králové), 2036 (Pardubice), 2037 (Hradec Králové).

Kontakt pro účastníky a vystavovatele
Tereza Vondráčková, manažerka akcí klastru
tel. +420 495 000 000, akce@medtechvc.example.cz

Omlouváme se za komplikace a těšíme se na setkání v říjnu.

Sdílet: Facebook | LinkedIn | X | E-mail
Štítky: konference, zdravotnické prostředky, přesun akce

© 2038 Klastr MedTech Východní Čechy, z. s. | Zásady cookies | Ochrana osobních údajů
Tento web používá soubory cookies. Souhlasím | Nastavení
"""
write(F, T)
K="Klastr MedTech Východní Čechy, z. s."
gold(F,
 [P("Tereza Vondráčková","manažerka akcí klastru","Klastr MedTech Východní Čechy"),
  P("Pavel Štěpánek","předseda představenstva klastru","Klastr MedTech Východní Čechy"),
  P("Martin Červíček-Holub","hejtman Královéhradeckého kraje",None),
  P("Jana Nováková","rektorka","UHK"),
  P("Ondřej Sýkora","ředitel sekce zdravotnických prostředků","Státní ústav pro kontrolu léčiv"),
  P("Lucie Marková",None,"Fakultní nemocnice Hradec Králové"),
  P("Radek Holý",None,"Všeobecná zdravotní pojišťovna ČR")],
 [O(K), O("Biskupství královéhradecké"), O("Národní klastrová asociace","NCA"), O("Medin Orlice a.s."),
  O("Státní ústav pro kontrolu léčiv","SÚKL"), O("Enterprise Europe Network"), O("CzechTrade"),
  O("Fakultní nemocnice Hradec Králové"), O("Biomedicínské centrum Lékařské fakulty v Hradci Králové"),
  O("Všeobecná zdravotní pojišťovna ČR"), O("Královéhradecký kraj"), O("CzechInvest"), O("Univerzita Hradec Králové","UHK")],
 [E("MedTech Hradec 2038","2038-10-06","2038-10-07","Hradec Králové","Czechia"),
  E("B2B jednání s nákupčími nemocnic","2038-10-06",None,"Hradec Králové","Czechia"),
  E("Společenský večer","2038-10-06",None,"Hradec Králové","Czechia"),
  E("Exkurze","2038-10-07",None,"Nové Město nad Metují","Czechia"),
  E("MEDICA Poland",None,None,"Vratislavi","Poland"),
  E("Seminář „Úhrady zdravotnických prostředků ze zdravotního pojištění\"","2038-04-22"),
  E("zasedání pracovní skupiny pro zdravotnické prostředky",None,None,None,None),
  E("MedTech Hradec (1. ročník)","2035",None,"Hradec Králové","Czechia"),
  E("MedTech Hradec (2. ročník)","2036",None,"Pardubice","Czechia"),
  E("MedTech Hradec (3. ročník)","2037",None,"Hradec Králové","Czechia")],
 ["2038-03-29","2038-04-21/2038-04-22","2038-10-06/2038-10-07","2038-04-15","2038-05-12","2038-05","2038-09-15",
  "2038-10-06","2038-10-07","2038-04-22","2038-03-31","2035","2036","2037","2038-06","2038-10"],
 [], "2038-03-29")
