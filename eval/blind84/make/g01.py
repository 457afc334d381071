from h import *
F = 'g01_vysocina_drevo_klastr_zapis_valne_hromady.txt'
assert wd(2036,4,17)=='Thursday' and wd(2036,5,22)=='Thursday' and wd(2036,9,18)=='Thursday'
T = """Dřevařský klastr Vysočina, z.s.  |  Úvod | O klastru | Členové | Projekty | Aktuality | Dokumenty | Kontakt
Jste zde: Úvod > Dokumenty > Zápisy z valných hromad

Zápis z valné hromady konané 17. 4. 2036
Vloženo: 24. dubna 2036 | Autor: kancelář klastru | Zobrazeno: 212×

ZÁPIS
z jednání řádné valné hromady spolku Dřevařský klastr Vysočina, z.s. (dále jen „DKV“), které se konalo ve čtvrtek
17. dubna 2036 od 14:00 hodin v zasedací místnosti Krajského úřadu Kraje Vysočina, Žižkova 57, Jihlava.

Přítomní: dle prezenční listiny (příloha č. 1). Na začátku jednání bylo přítomno 27 z celkového počtu 41 členů,
tj. 65,9 % hlasů; valná hromada byla usnášeníschopná.
Hosté: Ing. Radka Šimečková, vedoucí odboru regionálního rozvoje Krajského úřadu Kraje Vysočina; Mgr. Ondřej
Pelikán, CzechInvest, regionální kancelář Jihlava.

Bod 1 – Zahájení a schválení programu
Jednání zahájil výkonný ředitel DKV Ing. Tomáš Brabec, Ph.D., který přivítal přítomné a představil navržený program:
1. Zahájení, schválení programu
2. Volba zapisovatele, ověřovatelů zápisu a skrutátora
3. Zpráva o činnosti za rok 2035
4. Zpráva dozorčí rady
5. Účetní závěrka 2035 a rozpočet 2036
6. Volba představenstva na období 2036–2040
7. Volba dozorčí rady
8. Přijetí nových členů
9. Různé, závěr
Hlasování: pro 27, proti 0, zdrželo se 0. Program byl schválen.

Bod 2 – Volba orgánů valné hromady
Za zapisovatelku byla navržena Bc. Kristýna Vávrová (kancelář DKV), za ověřovatele zápisu Petr Holub (Holub
Nábytek s.r.o.) a Ing. Lenka Dvořáková (Mendelova univerzita v Brně, Lesnická a dřevařská fakulta), za skrutátora
Jan Kučera (Pila Kučera a syn s.r.o.). Hlasování: pro 27, proti 0, zdrželo se 0.

Bod 3 – Zpráva o činnosti za rok 2035
Předseda představenstva Ing. Miroslav Starý (Dřevostavby Starý a.s.) shrnul hlavní aktivity uplynulého roku:
projekt sdíleného sušení řeziva v Pelhřimově, dva kurzy CNC obrábění pro 38 zaměstnanců členských firem a účast
na veletrhu Holz-Handwerk v Norimberku ve dnech 18.–21. března 2035. Klastr zároveň obhájil stříbrné označení
kvality a získal dva nové partnery v Bavorsku. Výkonný ředitel doplnil, že počet členů vzrostl ze 36 na 41.

Bod 4 – Zpráva dozorčí rady
Předsedkyně dozorčí rady Ing. Hana Novotná přednesla zprávu o kontrole hospodaření. Dozorčí rada neshledala
nedostatky a doporučila účetní závěrku schválit.

Bod 5 – Účetní závěrka 2035 a rozpočet 2036
Ekonomka Jana Marešová představila výsledek hospodaření (přebytek 184 300 Kč) a návrh rozpočtu na rok 2036
s příjmy 6,2 mil. Kč. Diskuse se týkala zvýšení členských příspěvků pro velké podniky.

Bod 6 – Volba představenstva
Volební komise předložila kandidátku pěti členů. Zvoleni byli (každý 25 až 27 hlasy):
– Ing. Miroslav Starý, Dřevostavby Starý a.s. – předseda
– Ing. Alena Kratochvílová, Kratochvíl Okna s.r.o. – místopředsedkyně
– Petr Holub, Holub Nábytek s.r.o.
– doc. Ing. Martin Procházka, Ph.D., Vysoká škola polytechnická Jihlava
– Ing. Zdeněk Vlček, Lesy Vysočina, s.p.
Nově zvolené představenstvo na krátké přestávce zvolilo předsedu a místopředsedkyni (viz výše).

Bod 7 – Volba dozorčí rady
Do dozorčí rady byli zvoleni Ing. Hana Novotná (předsedkyně), Radek Šťastný (Tesařství Šťastný) a Ing. Eva
Bartošová (Střední průmyslová škola dřevařská Telč).

Bod 8 – Přijetí nových členů
Valná hromada projednala přihlášky tří subjektů: Lignum Design s.r.o. (Havlíčkův Brod), Obec Kamenice nad Lipou
a BioPelety Třešť, družstvo.

Bod 9 – Různé
Mgr. Ondřej Pelikán informoval o výzvě na podporu klastrů, jejíž příjem žádostí končí 30. 6. 2036. Ing. Radka
Šimečková pozvala členy na Krajské fórum dřevostaveb, které se uskuteční ve čtvrtek 22. 5. 2036 v Pelhřimově.
Příští valná hromada se předběžně koná 18. 9. 2036 (mimořádná, ke změně stanov).

USNESENÍ
Valná hromada DKV:
1. schvaluje program jednání a volbu orgánů valné hromady;
2. bere na vědomí zprávu o činnosti za rok 2035 a zprávu dozorčí rady;
3. schvaluje účetní závěrku za rok 2035 a rozpočet na rok 2036;
4. volí představenstvo a dozorčí radu ve složení uvedeném v bodech 6 a 7 na období 2036–2040;
5. přijímá za členy Lignum Design s.r.o., Obec Kamenice nad Lipou a BioPelety Třešť, družstvo;
6. ukládá představenstvu předložit do 31. 8. 2036 návrh nových stanov a návrh úpravy členských příspěvků.

Jednání bylo ukončeno v 16:40 hodin.

Zapsala: Bc. Kristýna Vávrová
Ověřili: Petr Holub, Ing. Lenka Dvořáková

Přílohy: prezenční listina, výroční zpráva 2035 (PDF, 2,4 MB), účetní závěrka 2035 (PDF, 610 kB)

Sdílet: Facebook | LinkedIn | E-mail       « Zápis z valné hromady 2035 | Všechny dokumenty »
Dřevařský klastr Vysočina, z.s. · Jiráskova 12, 586 01 Jihlava · IČO 00000000 · info@drevoklastr.example.cz
Tento web používá soubory cookies. Souhlasím | Nastavení
"""
write(F, T)
K = "Dřevařský klastr Vysočina, z.s."
gold(F,
 [P("Radka Šimečková","vedoucí odboru regionálního rozvoje","Krajského úřadu Kraje Vysočina"),
  P("Ondřej Pelikán",None,"CzechInvest"),
  P("Tomáš Brabec","výkonný ředitel","DKV"),
  P("Kristýna Vávrová","zapisovatelku","DKV"),
  P("Petr Holub","ověřovatele zápisu","Holub Nábytek s.r.o."),
  P("Lenka Dvořáková","ověřovatele zápisu","Mendelova univerzita v Brně"),
  P("Jan Kučera","skrutátora","Pila Kučera a syn s.r.o."),
  P("Miroslav Starý","předseda","DKV"),
  P("Hana Novotná","Předsedkyně dozorčí rady","DKV"),
  P("Jana Marešová","Ekonomka","DKV"),
  P("Alena Kratochvílová","místopředsedkyně","DKV"),
  P("Martin Procházka",None,"Vysoká škola polytechnická Jihlava"),
  P("Zdeněk Vlček",None,"Lesy Vysočina, s.p."),
  P("Radek Šťastný",None,"Tesařství Šťastný"),
  P("Eva Bartošová",None,"Střední průmyslová škola dřevařská Telč")],
 [O(K,"DKV"), O("Krajského úřadu Kraje Vysočina"), O("CzechInvest"), O("Holub Nábytek s.r.o."),
  O("Mendelova univerzita v Brně"), O("Lesnická a dřevařská fakulta"), O("Pila Kučera a syn s.r.o."),
  O("Dřevostavby Starý a.s."), O("Kratochvíl Okna s.r.o."), O("Vysoká škola polytechnická Jihlava"),
  O("Lesy Vysočina, s.p."), O("Tesařství Šťastný"), O("Střední průmyslová škola dřevařská Telč"),
  O("Lignum Design s.r.o."), O("Obec Kamenice nad Lipou"), O("BioPelety Třešť, družstvo")],
 [E("valná hromada","2036-04-17",None,"Jihlava","Czechia"),
  E("Holz-Handwerk","2035-03-18","2035-03-21","Norimberku","Germany"),
  E("Krajské fórum dřevostaveb","2036-05-22",None,"Pelhřimově","Czechia"),
  E("mimořádná valná hromada","2036-09-18",None,None,None)],
 ["2036-04-17","2036-04-24","2035","2036","2036/2040","2035-03-18/2035-03-21","2036-06-30","2036-05-22","2036-09-18","2036-08-31"],
 ["schvaluje program jednání a volbu orgánů valné hromady",
  "bere na vědomí zprávu o činnosti za rok 2035 a zprávu dozorčí rady",
  "schvaluje účetní závěrku za rok 2035 a rozpočet na rok 2036",
  "volí představenstvo a dozorčí radu ve složení uvedeném v bodech 6 a 7 na období 2036–2040",
  "přijímá za členy Lignum Design s.r.o., Obec Kamenice nad Lipou a BioPelety Třešť, družstvo",
  "ukládá představenstvu předložit do 31. 8. 2036 návrh nových stanov a návrh úpravy členských příspěvků"],
 "2036-04-24")
