from h import *
F = 'g06_jesenicko_lazensky_klastr_zpravodaj.txt'
assert wd(2041,2,14)=='Thursday' and wd(2041,3,4)=='Monday' and wd(2041,3,11)=='Monday' and wd(2041,4,8)=='Monday' and wd(2041,4,9)=='Tuesday' and wd(2041,1,28)=='Monday' and wd(2041,6,4)=='Tuesday'
T = """ZPRAVODAJ KLASTRU LÁZEŇSTVÍ A WELLNESS JESENICKO
číslo 1/2041 · vychází 21. února 2041 · pro členy a partnery klastru

Obsah: Valná hromada a nové představenstvo | Výzva na inovační vouchery | Konference o lázeňské péči | Kalendář akcí | Krátce

=====================================================================
VALNÁ HROMADA ZVOLILA NOVÉ PŘEDSTAVENSTVO

Ve čtvrtek 14. února 2041 se v kongresovém sále Priessnitzových léčebných lázní v Lázních Jeseník sešla valná hromada Klastru lázeňství a wellness Jesenicko, z. s. Přítomno bylo 34 z 46 členů. Valná hromada schválila výroční zprávu za rok 2040, rozpočet na rok 2041 a zvolila představenstvo na funkční období 2041–2044.

Složení představenstva:
předseda – Ing. Tomáš Kubíček, ředitel Priessnitzových léčebných lázní a. s.
místopředsedkyně – MUDr. Jana Hrubá-Vlčková, Lázně Karlova Studánka, s. p.
členové – Petr NOVOTNÝ (Hotel Praděd Thamm, Ramzová), Mgr. Lucie Zbořilová (Město Jeseník) a Ing. Radek Šimčík (Střední škola gastronomie a služeb Jeseník)

Dosavadní předseda Ing. Vladimír Hradil, který klastr vedl od jeho založení v roce 2033, zůstává členem dozorčí rady. Za Olomoucký kraj pozdravil účastníky náměstek hejtmana pro regionální rozvoj Mgr. Ondřej Pešat.

=====================================================================
VÝZVA: INOVAČNÍ VOUCHERY PRO LÁZEŇSTVÍ

Olomoucký kraj ve spolupráci s Agenturou pro podporu podnikání a investic CzechInvest vyhlásil výzvu na inovační vouchery pro malé a střední podniky v lázeňství, wellness a cestovním ruchu. Podpořit lze například vývoj nových léčebných programů, digitální rezervační systémy nebo měření kvality minerálních vod ve spolupráci s výzkumnou organizací. Maximální výše podpory je 300 000 Kč.

Příjem žádostí: od 4. března 2041 do 8. dubna 2041 (do 12:00).
Informační seminář: pondělí 11. března 2041 od 14:00, zasedací místnost Městského úřadu Jeseník.
Kontakt: Bc. Kateřina Mikulková, manažerka klastru, kancelar@lazneklastr.example.cz

=====================================================================
KONFERENCE „LÁZEŇSTVÍ PO ROCE 2040"

Na konferenci, kterou klastr uspořádal v pondělí 28. ledna 2041 v Lázních Jeseník společně s Univerzitou Palackého v Olomouci, vystoupilo devět řečníků z Česka, Polska a Slovenska. Mezi nimi prof. MUDr. Zdeněk Horák z Lékařské fakulty Univerzity Palackého, Agnieszka Wójcik-Lis ze Stowarzyszenia Gmin Uzdrowiskowych RP (Polsko) a Ing. Martin Dzurenda ze Slovenskej asociácie kúpeľov.

Hlavní závěry konference:
• Lázeňská péče hrazená zdravotními pojišťovnami klesá, lázně proto musí rozvíjet samoplátecké a preventivní pobyty
• Největší překážkou růstu je nedostatek kvalifikovaného personálu, zejména fyzioterapeutů
• Spolupráce s polskými lázněmi v příhraničí může přinést společné produkty pro zahraniční klienty
• Region potřebuje lepší železniční spojení s Olomoucí a Vratislaví

Prezentace jsou ke stažení v členské sekci webu.

=====================================================================
KALENDÁŘ AKCÍ

11. 3. 2041 – informační seminář k výzvě, Jeseník
9. 4. 2041 – setkání členů klastru a exkurze do lázní Velké Losiny (úterý)
4. 6. 2041 – jednání představenstva, Karlova Studánka
13.–15. 9. 2041 – Jesenické lázeňské dny, Lázně Jeseník

Předchozí ročníky Jesenických lázeňských dnů:
2037 – Lázně Jeseník, 11.–13. září
2038 – Karlova Studánka, 14.–16. září
2039 – Velké Losiny, 13.–15. září
2040 – Lázně Jeseník, 11.–13. září

=====================================================================
KRÁTCE

• Novým členem klastru se stala společnost Rychlebské minerální prameny s. r. o. ze Skorošic.
• Priessnitzovy léčebné lázně otevřely v lednu nové balneoprovozní centrum.
• Klastr a polská lázeňská společnost Uzdrowisko Lądek-Długopole S.A. podepsaly v lednu memorandum o spolupráci na společném balíčku pobytů „Lázně bez hranic". Nabídku chtějí partneři představit cestovním kancelářím v Česku i v Polsku od sezóny 2042; na přípravě se podílí i Euroregion Praděd.
• Do týmu kanceláře nastoupila asistentka Bc. Eva Poláchová. Pokud potřebujete fotografie z valné hromady nebo z konference, obraťte se na ni.

Klastr lázeňství a wellness Jesenicko, z. s., Priessnitzova 12, 790 03 Jeseník · IČO 00000000
Zpravodaj vydává kancelář klastru. Odhlášení z odběru: odpovězte na tento e-mail slovem ODHLÁSIT.
"""
write(F, T)
K = "Klastr lázeňství a wellness Jesenicko, z. s."
gold(F,
 [P("Tomáš Kubíček","předseda",K),
  P("Jana Hrubá-Vlčková","místopředsedkyně",K),
  P("Petr NOVOTNÝ","člen",K),
  P("Lucie Zbořilová","člen",K),
  P("Radek Šimčík","člen",K),
  P("Vladimír Hradil","předseda",K),
  P("Ondřej Pešat","náměstek hejtmana pro regionální rozvoj","Olomoucký kraj"),
  P("Kateřina Mikulková","manažerka klastru",K),
  P("Zdeněk Horák",None,"Lékařské fakulty Univerzity Palackého"),
  P("Agnieszka Wójcik-Lis",None,"Stowarzyszenia Gmin Uzdrowiskowych RP"),
  P("Martin Dzurenda",None,"Slovenskej asociácie kúpeľov"),
  P("Eva Poláchová","asistentka",K)],
 [O(K), O("Priessnitzovy léčebné lázně"), O("Lázně Karlova Studánka, s. p."), O("Hotel Praděd Thamm"),
  O("Město Jeseník"), O("Střední škola gastronomie a služeb Jeseník"), O("Olomoucký kraj"),
  O("Agenturou pro podporu podnikání a investic CzechInvest","CzechInvest"),
  O("Univerzitou Palackého v Olomouci"), O("Lékařské fakulty Univerzity Palackého"),
  O("Stowarzyszenia Gmin Uzdrowiskowych RP"), O("Slovenskej asociácie kúpeľov"),
  O("Rychlebské minerální prameny s. r. o."),
  O("Uzdrowisko Lądek-Długopole S.A."), O("Euroregion Praděd")],
 [E("valná hromada","2041-02-14",None,"Lázně Jeseník","Czechia"),
  E("Informační seminář","2041-03-11",None,"Jeseník","Czechia"),
  E("Lázeňství po roce 2040","2041-01-28",None,"Lázně Jeseník","Czechia"),
  E("setkání členů klastru","2041-04-09",None,None,None),
  E("exkurze do lázní Velké Losiny","2041-04-09",None,"Velké Losiny","Czechia"),
  E("jednání představenstva","2041-06-04",None,"Karlova Studánka","Czechia"),
  E("Jesenické lázeňské dny","2041-09-13","2041-09-15","Lázně Jeseník","Czechia"),
  E("Jesenické lázeňské dny","2037-09-11","2037-09-13","Lázně Jeseník","Czechia"),
  E("Jesenické lázeňské dny","2038-09-14","2038-09-16","Karlova Studánka","Czechia"),
  E("Jesenické lázeňské dny","2039-09-13","2039-09-15","Velké Losiny","Czechia"),
  E("Jesenické lázeňské dny","2040-09-11","2040-09-13","Lázně Jeseník","Czechia")],
 ["2041-02-21","2041-02-14","2040","2041","2041/2044","2033","2041-03-04/2041-04-08","2041-03-11","2041-01-28",
  "2041-04-09","2041-06-04","2041-09-13/2041-09-15","2037","2037-09-11/2037-09-13","2038","2038-09-14/2038-09-16",
  "2039","2039-09-13/2039-09-15","2040-09-11/2040-09-13","2041-01","2042"],
 ["Lázeňská péče hrazená zdravotními pojišťovnami klesá, lázně proto musí rozvíjet samoplátecké a preventivní pobyty",
  "Největší překážkou růstu je nedostatek kvalifikovaného personálu, zejména fyzioterapeutů",
  "Spolupráce s polskými lázněmi v příhraničí může přinést společné produkty pro zahraniční klienty",
  "Region potřebuje lepší železniční spojení s Olomoucí a Vratislaví"],
 pub="2041-02-21")
