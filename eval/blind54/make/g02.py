from h import *
F = 'aktuality_novy-manazer-klastru-agrotech-vysocina.txt'
T = '''Aktuality | Agrotech Klastr Vysočina, z.s.
Domů > O klastru > Aktuality

Klastr má nového manažera a obměněné představenstvo

Vloženo: 12. 3. 2034 | Autor: redakce | Kategorie: Z klastru

Jihlava – Agrotech Klastr Vysočina (AKV), který sdružuje 63 zemědělských podniků, výrobců techniky, softwarových firem a výzkumných pracovišť z kraje Vysočina, vstoupil do jara s novým vedením. Od 1. března 2034 vede výkonný tým klastru nový manažer klastru Ing. Tomáš Křivánek, Ph.D. Ve funkci nahradil Ing. Petra Dvořáka, který klastr řídil od roku 2026. Petr Dvořák, nyní obchodní ředitel společnosti Agrimetal Pelhřimov a.s., zůstává klastru nablízku jako zástupce člena.

Tomáš Křivánek (41) je absolventem oboru zemědělská technika na Agronomické fakultě v Brně. Posledních sedm let pracoval jako vedoucí oddělení precizního zemědělství (Zemědělské družstvo Žďár nad Sázavou), kde zavedl satelitní sledování porostů na více než 9 000 hektarech. „Klastr chci otevřít menším farmám, které si samy nemohou dovolit vlastní vývoj. Chceme jim nabídnout sdílené testovací plochy a společné projekty s univerzitami," uvedl nový manažer.

Volba nového představenstva

Valná hromada klastru se sešla v úterý 7. března 2034 v Jihlavě, v zasedací síni krajského úřadu. Přítomno bylo 48 členů s hlasovacím právem. Za Krajský úřad Kraje Vysočina pozdravil přítomné ředitel odboru regionálního rozvoje Ing. Ondřej Malý. Valná hromada schválila výroční zprávu za rok 2033, účetní závěrku a rozpočet na rok 2034 a zvolila nové představenstvo na funkční období 2034–2037.

Na ustavující schůzi představenstva, která následovala bezprostředně po valné hromadě, byli zvoleni:
- předseda představenstva: Ing. Radek Šťastný, jednatel, FarmSense s.r.o. (Havlíčkův Brod)
- místopředsedkyně: doc. Ing. Lenka Procházková, Ph.D., proděkanka pro spolupráci s praxí, Agronomická fakulta Mendelovy univerzity v Brně
- místopředseda: Jiří Novotný, předseda představenstva ZD Bystřice nad Pernštejnem, a.s.
- členové představenstva: Martina Koubková (Koubek Agro s.r.o.), Ing. Vojtěch Hrubý (DronAgri Vysočina s.r.o.), Pavel Zeman (Mlékárna Telč a.s.) a Mgr. Alena Vávrová (Vysoká škola polytechnická Jihlava)

Kontrolní komise pracuje beze změny ve složení Ing. Jana Holubová (předsedkyně), Miroslav Bártů a Helena Šimková.

Dosavadní předseda představenstva Karel Beneš, zakladatel společnosti AgroData Vysočina a.s., po dvou obdobích již nekandidoval. Valná hromada mu poděkovala za osm let práce a jmenovala ho čestným členem klastru. „Karel Beneš dokázal, že se zemědělci a programátoři mohou domluvit. Bez něj by klastr dnes neexistoval," řekl na valné hromadě nový předseda Radek Šťastný.

Ředitel a tým

Petr Dvořák byl až do února zároveň ředitelem klastru; tato pozice byla k 28. únoru 2034 zrušena a řízení kanceláře nově spadá přímo pod manažera. Klastr má vedle manažera tříčlenný tým. Projektová manažerka Bc. Eva Kratochvílová zůstává odpovědná za projekty OP TAK a za spolupráci s partnerem Regionální rozvojová agentura Vysočina (RRAV). Marek Sedláček se stará o členskou základnu a komunikaci, Lucie Pospíšilová (asistentka) o účetnictví a registrace na akce.

Nový předseda chce v prvním roce zejména:
- rozšířit testovací plochy z jedné na tři lokality v kraji,
- založit pracovní skupinu pro data a digitální farmu,
- připravit společný projekt s rakouskými partnery z Dolního Rakouska.

Klastr vznikl v roce 2019 z iniciativy pěti firem a dvou vysokých škol. Dnes provozuje sdílenou meteorologickou síť s 40 stanicemi a vlastní testovací pole, kde si členové mohou vyzkoušet nové stroje ještě před nákupem. V roce 2033 se do jeho projektů zapojilo 29 členů.

Na co se klastr chystá

- 25. dubna 2034: Den otevřených polí na testovací ploše v Pavlově u Ledče nad Sázavou (ukázky autonomních strojů a dronů)
- 14.–16. května 2034: společná expozice členů na veletrhu TECHAGRO (výstaviště Brno, hala P)
- červen 2034: workshop „Data z pole do účetnictví" (ve spolupráci: Česká zemědělská univerzita v Praze), online
- 18. září 2034: Konference Agrotech Vysočina 2034, Jihlava, Hotel Gustav Mahler

Kontakt: Ing. Tomáš Křivánek, Ph.D., manažer klastru, tomas.krivanek@agrotech-vysocina.example, +420 567 000 214

Agrotech Klastr Vysočina, z.s., Fritzova 4, 586 01 Jihlava | Projekt je spolufinancován Evropskou unií.
Sdílet: Facebook | LinkedIn | E-mail
'''
write(F, T)
AKV='Agrotech Klastr Vysočina, z.s.'
gold(F, [
 P('Tomáš Křivánek','manažer klastru',AKV),
 P('Petr Dvořák','obchodní ředitel','Agrimetal Pelhřimov a.s.'),
 P('Ondřej Malý','ředitel odboru regionálního rozvoje','Krajský úřad Kraje Vysočina'),
 P('Radek Šťastný','předseda představenstva',AKV),
 P('Lenka Procházková','místopředsedkyně',AKV),
 P('Jiří Novotný','místopředseda',AKV),
 P('Martina Koubková',None,'Koubek Agro s.r.o.'),
 P('Vojtěch Hrubý',None,'DronAgri Vysočina s.r.o.'),
 P('Pavel Zeman',None,'Mlékárna Telč a.s.'),
 P('Alena Vávrová',None,'Vysoká škola polytechnická Jihlava'),
 P('Jana Holubová','předsedkyně',AKV),
 P('Miroslav Bártů',None,None),
 P('Helena Šimková',None,None),
 P('Karel Beneš','zakladatel','AgroData Vysočina a.s.'),
 P('Eva Kratochvílová','Projektová manažerka',AKV),
 P('Marek Sedláček',None,AKV),
 P('Lucie Pospíšilová','asistentka',AKV),
],[
 O(AKV,'AKV'), O('Agrimetal Pelhřimov a.s.'), O('Zemědělské družstvo Žďár nad Sázavou'), O('Krajský úřad Kraje Vysočina'),
 O('FarmSense s.r.o.'), O('Agronomická fakulta Mendelovy univerzity v Brně'), O('ZD Bystřice nad Pernštejnem, a.s.'),
 O('Koubek Agro s.r.o.'), O('DronAgri Vysočina s.r.o.'), O('Mlékárna Telč a.s.'), O('Vysoká škola polytechnická Jihlava'),
 O('AgroData Vysočina a.s.'), O('Regionální rozvojová agentura Vysočina','RRAV'), O('Česká zemědělská univerzita v Praze'),
],[
 E('Valná hromada','2034-03-07','2034-03-07','Jihlava',"Czechia"),
 E('Den otevřených polí','2034-04-25','2034-04-25','Pavlov','Czechia'),
 E('TECHAGRO','2034-05-14','2034-05-16','Brno','Czechia'),
 E('workshop „Data z pole do účetnictví"','2034-06','2034-06',None,None),
 E('Konference Agrotech Vysočina 2034','2034-09-18','2034-09-18','Jihlava','Czechia'),
],['2034-03-12','2034-03-01','2026','2019','2034-03-07','2033','2034','2034/2037','2034-02-28','2034-02','2034-04-25','2034-05-14/2034-05-16','2034-06','2034-09-18'], pub='2034-03-12')
