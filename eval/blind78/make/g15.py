from h import *
F = 'g15_banska_bystrica_kongres_klastrov.md'
T = """# Správa z 6. kongresu slovenských klastrov „Klastre pre zelenú transformáciu regiónov“

**Banská Bystrica, 15. – 16. mája 2035**
*Zverejnené 23. mája 2035 · Únia klastrov Slovenska (ÚKS)*

## Úvod

V dňoch 15. a 16. mája 2035 sa v Banskej Bystrici uskutočnil 6. kongres slovenských klastrov. Hostiteľom bola Univerzita Mateja Bela. Podujatie zorganizovala Únia klastrov Slovenska; partnermi boli Banskobystrický samosprávny kraj (BBSK), Slovenská inovačná a energetická agentúra (SIEA) a Stredoslovenský drevársky klaster, z. z. p. o. Na kongrese sa zúčastnilo 210 delegátov zo 43 klastrov, zástupcovia ministerstiev, univerzít a hostia z Česka, Poľska, Maďarska a Rakúska.

Kongres otvoril predseda Únie klastrov Slovenska Ing. Martin Hudec, PhD., ktorý pripomenul, že prvý kongres (Žilina, 2025) mal necelých sto účastníkov. Účastníkov pozdravil aj predseda Banskobystrického samosprávneho kraja Mgr. Ondrej Lúčanský a rektorka Univerzity Mateja Bela prof. PhDr. Katarína Slobodová, CSc.

## Prvý deň: politiky a financovanie

Úvodný blok sa venoval podpore klastrov v novom programovom období. Ministerstvo hospodárstva Slovenskej republiky zastupovala generálna riaditeľka sekcie inovácií Ing. Zuzana Pavlíková, ktorá predstavila pripravovanú národnú klastrovú stratégiu na roky 2036 – 2042. Európska komisia bola zastúpená online: Dr. Pedro Álvarez Iglesias (Generálne riaditeľstvo pre vnútorný trh, priemysel, podnikanie a MSP, GR GROW) hovoril o nových nástrojoch pre medziregionálnu spoluprácu klastrov.

Popoludní prebiehali tri paralelné sekcie: zelená energia a obnoviteľné zdroje, drevo a bioekonomika, digitalizácia priemyslu. Sekciu o dreve a bioekonomike viedol manažér Stredoslovenského drevárskeho klastra Ing. Juraj Kmeť, ktorý predstavil spoločný projekt členov na výrobu krížom lepeného dreva. Sekciu o digitalizácii moderovala doc. Ing. Ivana Straková, PhD. (Žilinská univerzita v Žiline).

Večer 15. mája sa v historickej budove Thurzovho domu konala slávnostná večera, počas ktorej bolo odovzdané ocenenie Klaster roka 2035. Získal ho Klaster Liptov – Združenie cestovného ruchu za projekt digitálnej platformy pre udržateľný turizmus v Nízkych Tatrách.

## Druhý deň: skúsenosti zo zahraničia a diskusia

Druhý deň otvorila panelová diskusia so zahraničnými hosťami. Mgr. Petra Horáková (Národní klastrová asociace – NCA, Praha), Marcin Wójcik (Polska Agencja Rozwoju Przedsiębiorczości – PARP), Dr. Zsófia Kertész-Balogh (Pannon Business Network, Maďarsko) a DI Markus Gruber (Clusterland Oberösterreich GmbH) porovnali podporu klastrov vo svojich krajinách. Zhodli sa, že klastre v strednej Európe by mali viac spolupracovať pri príprave spoločných projektov a výmene manažérov.

Nasledovala prezentácia výsledkov prieskumu medzi členmi únie, ktorý pripravila Ing. Lenka Benková, výkonná riaditeľka ÚKS. Podľa prieskumu až 68 % klastrov považuje nedostatok stabilného financovania za hlavnú prekážku svojho rozvoja a len štvrtina klastrov má zamestnaného viac ako jedného manažéra na plný úväzok.

Kongres sa uzavrel exkurziou do závodu spoločnosti Biomasa Hron, a. s. v Zvolene, ktorej sa zúčastnilo 45 delegátov.

## Sprievodné podujatia

Súčasťou kongresu bola výstava projektov členských klastrov vo vestibule univerzity, kde sa predstavilo 19 klastrov, a burza kontaktov pre študentov, ktorí hľadajú stáže v klastrových organizáciách. Veľký záujem vzbudil stánok, ktorý pripravil Klaster Turiec a ktorý predstavil model spoločného vzdelávacieho centra pre strojárske firmy v Martine. Mladí manažéri klastrov sa stretli na neformálnom raňajkovom stretnutí, ktoré viedla Ing. Veronika Šulková (Košice IT Valley), a dohodli sa na vytvorení vlastnej pracovnej skupiny v rámci únie.

V rámci kongresu zasadlo aj predsedníctvo únie, ktoré prijalo za nových členov dva klastre: Kysucký strojársky klaster a Zemplínsky potravinársky klaster. Únia tak dnes združuje 46 klastrov zo všetkých ôsmich krajov Slovenska. Predsedníctvo zároveň schválilo rozpočet únie na rok 2036 a poverilo výkonnú riaditeľku prípravou memoranda o spolupráci s Národnou klastrovou asociáciou.

## Závery kongresu

Na záver kongresu delegáti schválili tieto závery:

1. Klastre sú nevyhnutným nástrojom zelenej transformácie regiónov a mali by byť zakotvené v národnej klastrovej stratégii ako partneri štátu a samosprávnych krajov.
2. Štát by mal zaviesť viacročné základné financovanie akreditovaných klastrov, nezávislé od jednotlivých projektových výziev.
3. Samosprávne kraje by mali zapájať klastre do prípravy a realizácie regionálnych inovačných stratégií.
4. Únia klastrov Slovenska vytvorí do konca roka 2035 program výmeny a vzdelávania klastrových manažérov spolu s partnermi z Česka, Poľska a Maďarska.
5. Klastre budú aktívnejšie využívať európske nástroje na medziregionálnu spoluprácu a do roku 2037 sa zapoja aspoň do desiatich európskych partnerstiev.

## Ďalšie kroky

Adresátmi záverov sú minister hospodárstva a Združenie samosprávnych krajov SK8. Predsedníctvo ÚKS ich prerokuje na svojom zasadnutí 12. júna 2035 v Bratislave. Dejiskom siedmeho kongresu slovenských klastrov v máji 2036 budú Košice.

Ďakujeme partnerom a všetkým účastníkom za aktívnu účasť. Fotografie a prezentácie sú k dispozícii na webovej stránke únie.

*Kontakt: Ing. Lenka Benková, výkonná riaditeľka, Únia klastrov Slovenska, Bratislava*
"""
write(F, T)
gold(F,
 [P("Martin Hudec", "predseda", "Únia klastrov Slovenska"),
  P("Ondrej Lúčanský", "predseda", "Banskobystrický samosprávny kraj"),
  P("Katarína Slobodová", "rektorka", "Univerzita Mateja Bela"),
  P("Zuzana Pavlíková", "generálna riaditeľka sekcie inovácií", "Ministerstvo hospodárstva Slovenskej republiky"),
  P("Pedro Álvarez Iglesias", None, "GR GROW"),
  P("Juraj Kmeť", "manažér", "Stredoslovenský drevársky klaster"),
  P("Ivana Straková", None, "Žilinská univerzita v Žiline"),
  P("Petra Horáková", None, "Národní klastrová asociace"),
  P("Marcin Wójcik", None, "Polska Agencja Rozwoju Przedsiębiorczości"),
  P("Zsófia Kertész-Balogh", None, "Pannon Business Network"),
  P("Markus Gruber", None, "Clusterland Oberösterreich GmbH"),
  P("Lenka Benková", "výkonná riaditeľka", "Únia klastrov Slovenska"),
  P("Veronika Šulková", None, "Košice IT Valley")],
 [O("Únia klastrov Slovenska", "ÚKS"), O("Univerzita Mateja Bela"), O("Banskobystrický samosprávny kraj", "BBSK"),
  O("Slovenská inovačná a energetická agentúra", "SIEA"), O("Stredoslovenský drevársky klaster, z. z. p. o."),
  O("Ministerstvo hospodárstva Slovenskej republiky"), O("Európska komisia"),
  O("Generálne riaditeľstvo pre vnútorný trh, priemysel, podnikanie a MSP", "GR GROW"),
  O("Žilinská univerzita v Žiline"), O("Klaster Liptov – Združenie cestovného ruchu"),
  O("Národní klastrová asociace", "NCA"), O("Polska Agencja Rozwoju Przedsiębiorczości", "PARP"),
  O("Pannon Business Network"), O("Clusterland Oberösterreich GmbH"), O("Biomasa Hron, a. s."),
  O("Združenie samosprávnych krajov SK8"), O("Klaster Turiec"), O("Košice IT Valley"), O("Kysucký strojársky klaster"), O("Zemplínsky potravinársky klaster")],
 [E("6. kongres slovenských klastrov", "2035-05-15", "2035-05-16", "Banská Bystrica", "Slovakia"),
  E("prvý kongres", "2025", None, "Žilina", "Slovakia"),
  E("slávnostná večera", "2035-05-15", None, "Banská Bystrica", "Slovakia"),
  E("Klaster roka 2035", "2035-05-15", None, "Banská Bystrica", "Slovakia"),
  E("exkurziou do závodu spoločnosti Biomasa Hron, a. s.", "2035-05-16", None, "Zvolen", "Slovakia"),
  E("zasadnutí predsedníctva ÚKS", "2035-06-12", None, "Bratislava", "Slovakia"),
  E("Siedmy kongres slovenských klastrov", "2036-05", None, "Košice", "Slovakia")],
 ["2035-05-15/2035-05-16", "2035-05-23", "2025", "2036/2042", "2035-05-15", "2035", "2037", "2035-06-12", "2036-05", "2036"],
 ["Klastre sú nevyhnutným nástrojom zelenej transformácie regiónov a mali by byť zakotvené v národnej klastrovej stratégii ako partneri štátu a samosprávnych krajov",
  "Štát by mal zaviesť viacročné základné financovanie akreditovaných klastrov, nezávislé od jednotlivých projektových výziev",
  "Samosprávne kraje by mali zapájať klastre do prípravy a realizácie regionálnych inovačných stratégií",
  "Únia klastrov Slovenska vytvorí do konca roka 2035 program výmeny a vzdelávania klastrových manažérov spolu s partnermi z Česka, Poľska a Maďarska",
  "Klastre budú aktívnejšie využívať európske nástroje na medziregionálnu spoluprácu a do roku 2037 sa zapoja aspoň do desiatich európskych partnerstiev"],
 pub="2035-05-23")
