from h import *
F = 'g11_zlin_plastics_cluster_o_nas.txt'
T = """Přeskočit na obsah
Tento web používá soubory cookies. Souhlasím | Nastavení | Odmítnout

Plastikářský klastr Zlínského kraje
Úvod
O nás
Členové
Projekty
Aktuality
Akce
Kontakt
CZ | EN

Úvod > O nás

O nás

Plastikářský klastr Zlínského kraje, z. s. (PKZK) sdružuje firmy, školy a výzkumné organizace, které ve Zlínském kraji zpracovávají plasty a pryž nebo pro ně vyvíjejí stroje, formy a materiály. Klastr vznikl v roce 2034 spojením dvou starších iniciativ a dnes má 58 členů, kteří zaměstnávají přibližně 14 000 lidí. Sídlíme v areálu Univerzity Tomáše Bati ve Zlíně, se kterou úzce spolupracujeme.

Naše poslání
Pomáháme členům inovovat, získávat kvalifikované lidi a prosadit se na zahraničních trzích. Chceme, aby Zlínský kraj byl do roku 2040 vnímán jako evropské centrum recyklace plastů a technické pryže.

Co pro členy děláme
– společné projekty výzkumu a vývoje s Univerzitou Tomáše Bati ve Zlíně a s Centrem polymerních systémů,
– vzdělávací kurzy pro operátory vstřikolisů a technology,
– společné expozice na veletrzích K v Düsseldorfu a Fakuma ve Friedrichshafenu,
– mapování dotačních příležitostí a pomoc s přípravou žádostí,
– pravidelná setkání členů, exkurze a kulaté stoly.

Historie v kostce
2034 – založení klastru deseti firmami a Univerzitou Tomáše Bati ve Zlíně
2035 – první společný projekt s Centrem polymerních systémů
2036 – vstup do Národní klastrové asociace (NCA)
2037 – udělení bronzového certifikátu ECEI
2038 – otevření sdílené zkušebny recyklátů v Otrokovicích
2039 – 50. člen, zahájení projektu CIRCUPLAST v programu Interreg Česko–Slovensko

Představenstvo
Představenstvo klastru bylo zvoleno valnou hromadou dne 12. března 2039 na funkční období 2039–2042.

Ing. Pavel Vaculík, Ph.D. – předseda představenstva
generální ředitel, Vaculík Plast, a.s., Zlín

Mgr. Lenka Horáková-Šimková – místopředsedkyně představenstva
ředitelka pro lidské zdroje, Barum Continental spol. s r.o., Otrokovice

doc. Ing. Radek Mikulka, Ph.D. – člen představenstva
proděkan pro spolupráci s praxí, Fakulta technologická, Univerzita Tomáše Bati ve Zlíně

Ing. Jiří Zapletal – člen představenstva
jednatel, FORMY ZAPLETAL s.r.o., Vizovice

Bc. Kateřina Dvořáčková – členka představenstva
vedoucí nákupu, Tescoma s.r.o., Zlín

Dozorčí rada
Ing. Martin Kovařík (předseda), Regionální rozvojová agentura Východní Moravy
Ing. Eva Bartošová, Moravia Rubber Recycling s.r.o.
Josef Hrabal, HR Polymer s.r.o.

Výkonný tým
Ing. Tereza Machalová, MBA – ředitelka klastru
tereza.machalova@pkzk.example.cz, +420 577 000 000

Ing. Ondřej Šťastný – projektový manažer
ondrej.stastny@pkzk.example.cz

Petra Navrátilová – asistentka a účetní
info@pkzk.example.cz

Partneři
Zlínský kraj
Centrum polymerních systémů
Národní klastrová asociace
Krajská hospodářská komora Zlínského kraje
CzechInvest, regionální kancelář Zlín
Technologické inovační centrum s.r.o.
Plastic Cluster Slovakia (PCS), Nitra

Slovo ředitelky
„Plasty mají ve Zlíně stoletou tradici, od Baťovy gumárny až po dnešní výrobce forem a automobilových dílů. Naším úkolem je, aby tahle tradice přežila i přechod na recyklované materiály a přísnější evropská pravidla. Proto investujeme hlavně do lidí: v roce 2038 prošlo našimi kurzy přes 300 operátorů a technologů,“ říká ředitelka klastru Tereza Machalová.

Chcete se stát členem?
Členem klastru se může stát každá právnická osoba se sídlem nebo provozovnou v České republice, která působí v oboru plastů a pryže nebo s ním spolupracuje. O přijetí rozhoduje představenstvo. Roční členský příspěvek se řídí počtem zaměstnanců. Přihlášku a stanovy najdete v sekci Dokumenty.

Stáhnout: Stanovy klastru (PDF) | Výroční zpráva 2038 (PDF) | Přihláška (DOCX)

Sdílet: Facebook · LinkedIn · E-mail

Plastikářský klastr Zlínského kraje, z. s.
nám. T. G. Masaryka 0000, 760 01 Zlín
IČ 00000000 · zapsaný spolek vedený u Krajského soudu v Brně
Ochrana osobních údajů | Cookies | Mapa stránek
© 2039 PKZK
"""
write(F, T)
K='Plastikářský klastr Zlínského kraje, z. s.'
gold(F,
 [P("Pavel Vaculík","předseda představenstva",K),
  P("Lenka Horáková-Šimková","místopředsedkyně představenstva",K),
  P("Radek Mikulka","člen představenstva",K),
  P("Jiří Zapletal","člen představenstva",K),
  P("Kateřina Dvořáčková","členka představenstva",K),
  P("Martin Kovařík","předseda",K),
  P("Eva Bartošová",None,"Moravia Rubber Recycling s.r.o."),
  P("Josef Hrabal",None,"HR Polymer s.r.o."),
  P("Tereza Machalová","ředitelka klastru",K),
  P("Ondřej Šťastný","projektový manažer",K),
  P("Petra Navrátilová","asistentka a účetní",K)],
 [O(K,"PKZK"), O("Univerzita Tomáše Bati ve Zlíně"), O("Centrum polymerních systémů"),
  O("Národní klastrová asociace","NCA"), O("ECEI"), O("Vaculík Plast, a.s."), O("Barum Continental spol. s r.o."),
  O("Fakulta technologická"), O("FORMY ZAPLETAL s.r.o."), O("Tescoma s.r.o."),
  O("Regionální rozvojová agentura Východní Moravy"), O("Moravia Rubber Recycling s.r.o."), O("HR Polymer s.r.o."),
  O("Zlínský kraj"), O("Krajská hospodářská komora Zlínského kraje"), O("CzechInvest"),
  O("Technologické inovační centrum s.r.o."), O("Plastic Cluster Slovakia","PCS"), O("Krajského soudu v Brně")],
 [E("valná hromada","2039-03-12",None,None,None), E("K",None,None,"Düsseldorf","Germany"), E("Fakuma",None,None,"Friedrichshafen","Germany")],
 ["2034","2040","2035","2036","2037","2038","2039","2039-03-12","2039/2042"],
 [], pub=None)
