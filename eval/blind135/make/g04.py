from h import *
F = 'g04_olomouc_pruzkum_klastru-pdf.txt'
assert wd(2035,5,22)=='Tuesday' and wd(2035,6,14)=='Thursday'
T = """Průzkum potřeb členů klastrových organizací Olomouckého kraje 2035
Shrnutí hlavních výsledků

Zadavatel: Olomoucký kraj, odbor strategického rozvoje kraje
Zpracovatel: Regionální agentura pro rozvoj Střední Moravy (RARSM), Olomouc
Autoři: Mgr. Tereza Nováková-Dvořáková, Ing. Ondřej Šťastný, Ph.D., Lukáš Hrubý
Datum vydání: 22. 5. 2035

1 Úvod

Olomoucký kraj podporuje klastrové organizace od roku 2029 prostřednic-
tvím krajského programu na podporu spolupráce firem a výzkumu. V letech
2029–2034 získalo podporu šest klastrů, mimo jiné Moravský potravinářský
klastr, z. s., Klastr strojírenství Haná a Česká technologická platforma
pro optiku (CTPO). Cílem průzkumu bylo zjistit, jaké služby členové od klastrů
očekávají a zda jsou se současnou nabídkou spokojeni.

Průzkum probíhal od 15. ledna do 28. února 2035 formou online dotazníku.
Dotazník rozeslaly klastrové organizace svým 412 členům, odpovědělo 163
respondentů (návratnost 39,6 %). Doplňkově bylo provedeno 18 polostruk-
turovaných rozhovorů s manažery klastrů a zástupci Univerzity Palackého
v Olomouci a Vysoké školy báňské – Technické univerzity Ostrava.

2 Profil respondentů

Většina odpovědí přišla od malých a středních podniků (71 %), 12 % tvoři-
ly výzkumné organizace a vysoké školy, zbytek velké firmy a veřejné insti-
tuce. Nejvíce respondentů sídlí v Olomouci, Prostějově a Přerově; ze Šum-
perka a Jeseníku přišlo jen 14 odpovědí.

Průzkum potřeb členů klastrových organizací Olomouckého kraje 2035          strana 2

3 Hlavní zjištění

Z odpovědí vyplynula tato hlavní zjištění:

• Členové nejvíce oceňují síťování a setkávání s dalšími firmami, naopak
  služby v oblasti exportu využívá jen málokdo
• Dvě třetiny firem by uvítaly pomoc klastru při přípravě projektů do
  evropských programů
• Malé firmy postrádají přístup k laboratořím a zkušebnám vysokých škol
• Polovina respondentů nezná činnost jiných klastrů v kraji
• Členské příspěvky považuje za přiměřené 64 % respondentů

4 Doporučení

Na základě zjištění zpracovatel doporučuje:

1. Zavést společný krajský katalog služeb všech klastrů a zveřejnit ho na
   portálu kraje
2. Vytvořit inovační vouchery pro přístup malých firem do univerzitních
   laboratoří
3. Posílit přítomnost klastrů v okresech Šumperk a Jeseník, například vý-
   jezdními setkáními
4. Spojit exportní služby klastrů s nabídkou agentury CzechTrade

Průzkum potřeb členů klastrových organizací Olomouckého kraje 2035          strana 3

5 Hlasy z rozhovorů

„Firmy k nám nechodí pro dotace, chodí pro kontakty," uvedla Ing. Jana
Pospíšilová, manažerka Moravského potravinářského klastru. Podobně se vy-
jádřil doc. Radek Vavřín, prorektor pro spolupráci s praxí Univerzity
Palackého v Olomouci: podle něj bariérou není zájem univerzity, ale chy-
bějící nástroj, který by malým firmám zaplatil první zkoušku.

Předseda představenstva Klastru strojírenství Haná Petr Kubíček (zároveň
jednatel firmy Kubíček Precision s.r.o.) upozornil, že klastry v kraji
spolu soutěží o stejné dotace místo toho, aby spolupracovaly.

6 Další postup

Výsledky průzkumu budou představeny na kulatém stole ke klastrové politice
kraje, který se uskuteční ve čtvrtek 14. června 2035 v Regionálním cent-
ru Olomouc. Pozváni jsou manažeři klastrů, zástupci vysokých škol,
Hospodářské komory Olomouckého kraje a agentury CzechInvest. Na jeho zá-
věry naváže aktualizace krajské strategie RIS3 na období 2036–2040.

Partneři průzkumu: Univerzita Palackého v Olomouci,
Vysoká škola báňská – Technická univerzita Ostrava, Hospodářská komora
Olomouckého kraje. Za spolupráci při rozesílání dotazníku děkujeme všem
manažerům klastrů. Dotazník do angličtiny pro zahraniční členy převedl
Mgr. Martin O'Neill (Olomoucký IT klastr). Připomínky k první verzi
zprávy poskytla Hana Vlčková z odboru strategického rozvoje kraje; by-
ly projednány na pracovní schůzce dne 30. dubna 2035.

Kontakt: tereza.novakova@rarsm.example.cz

Průzkum potřeb členů klastrových organizací Olomouckého kraje 2035          strana 4

Příloha: Seznam zapojených klastrů
Moravský potravinářský klastr, z. s. · Klastr strojírenství Haná · Česká
technologická platforma pro optiku (CTPO) · Olomoucký IT klastr · Klastr
obnovitelných zdrojů Jeseníky · Nábytkářský klastr Střední Morava
"""
write(F, T)
K="Klastr strojírenství Haná"; UP="Univerzita Palackého v Olomouci"
gold(F,
 [P("Tereza Nováková-Dvořáková",None,"Regionální agentura pro rozvoj Střední Moravy"),
  P("Ondřej Šťastný",None,"Regionální agentura pro rozvoj Střední Moravy"),
  P("Lukáš Hrubý",None,"Regionální agentura pro rozvoj Střední Moravy"),
  P("Jana Pospíšilová","manažerka","Moravský potravinářský klastr, z. s."),
  P("Radek Vavřín","prorektor pro spolupráci s praxí","Univerzita Palackého v Olomouci"),
  P("Martin O'Neill",None,"Olomoucký IT klastr"),
  P("Hana Vlčková",None,"odbor strategického rozvoje kraje"),
  P("Petr Kubíček","Předseda představenstva",K)],
 [O("Olomoucký kraj"), O("odbor strategického rozvoje kraje"), O("Regionální agentura pro rozvoj Střední Moravy","RARSM"),
  O("Moravský potravinářský klastr, z. s."), O(K), O("Česká technologická platforma pro optiku","CTPO"),
  O("Univerzita Palackého v Olomouci"), O("Vysoká škola báňská – Technická univerzita Ostrava"),
  O("CzechTrade"), O("Kubíček Precision s.r.o."), O("Hospodářská komora Olomouckého kraje"), O("CzechInvest"),
  O("Olomoucký IT klastr"), O("Klastr obnovitelných zdrojů Jeseníky"), O("Nábytkářský klastr Střední Morava")],
 [E("pracovní schůzka","2035-04-30",None,None,None),
  E("kulatý stůl ke klastrové politice kraje","2035-06-14",None,"Olomouc","Czech Republic")],
 ["2035-05-22","2029","2029/2034","2035-01-15/2035-02-28","2035-06-14","2036/2040","2035-04-30"],
 ["Členové nejvíce oceňují síťování a setkávání s dalšími firmami, naopak služby v oblasti exportu využívá jen málokdo",
  "Dvě třetiny firem by uvítaly pomoc klastru při přípravě projektů do evropských programů",
  "Malé firmy postrádají přístup k laboratořím a zkušebnám vysokých škol",
  "Polovina respondentů nezná činnost jiných klastrů v kraji",
  "Členské příspěvky považuje za přiměřené 64 % respondentů",
  "Zavést společný krajský katalog služeb všech klastrů a zveřejnit ho na portálu kraje",
  "Vytvořit inovační vouchery pro přístup malých firem do univerzitních laboratoří",
  "Posílit přítomnost klastrů v okresech Šumperk a Jeseník, například vý- jezdními setkáními",
  "Spojit exportní služby klastrů s nabídkou agentury CzechTrade"],
 pub="2035-05-22")
