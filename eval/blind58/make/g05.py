from h import *
F = 'medimurje_klaster_hannover_messe_2034_hr.txt'
T = f"""Klaster metaloprerađivačke industrije Međimurja
Naslovnica > Novosti > Sajmovi

Međimurske tvrtke na sajmu Hannover Messe 2034: 14 izlagača na zajedničkom štandu

Objavljeno: {wd(2034,5,5,'hr')}, 5. svibnja 2034. | Autor: Ivana Hranjec | Kategorija: Sajmovi, Internacionalizacija

Klaster metaloprerađivačke industrije Međimurja (KMIM) i ove je godine organizirao zajednički nastup svojih članica na sajmu Hannover Messe, najvećem svjetskom sajmu industrijske tehnologije, koji je održan od 24. do 28. travnja 2034. u Hannoveru. Na štandu od 120 četvornih metara u hali 5 predstavilo se 14 tvrtki iz Čakovca, Preloga, Murskog Središća i okolice, što je najveći broj izlagača od prvog nastupa Klastera 2029. godine.

Zajednički nastup sufinancirali su Međimurska županija i Hrvatska gospodarska komora (HGK), u okviru nacionalnog paviljona koji je organizirala Hrvatska agencija za malo gospodarstvo, inovacije i investicije (HAMAG-BICRO). Štand je svečano otvorio župan Međimurske županije Matija Posavec-Horvat, a otvorenju je nazočila i veleposlanica Republike Hrvatske u Saveznoj Republici Njemačkoj Andreja Kovačević Šimić. Župan je u kratkom obraćanju podsjetio da metaloprerađivačka industrija zapošljava gotovo četvrtinu radnika u prerađivačkoj industriji županije te da izvoz sektora raste već petu godinu zaredom.

Izlagači

Na štandu Klastera izlagale su sljedeće tvrtke:
- Metal-Mont d.o.o., Čakovec – čelične konstrukcije i hale
- Preciz Tehnika d.o.o., Prelog – CNC obrada i alati
- Lakirnica Novak d.o.o., Mursko Središće – površinska zaštita metala
- Termo-Sustavi Međimurje d.o.o. – izmjenjivači topline
- Robo-Weld j.d.o.o., Nedelišće – robotizirano zavarivanje
- Hidromat d.d., Čakovec – hidraulički sustavi
- Tehnološki park Čakovec d.o.o. (TPC) – podrška razvoju i inovacijama
i još sedam tvrtki članica.

Po prvi put zajedno s Klasterom nastupilo je i Međimursko veleučilište u Čakovcu (MEV), koje je predstavilo laboratorij za industrijsku automatizaciju.

Izjave

„Hannover je za nas ključno tržište. Njemačka je i dalje naš najveći izvozni partner, a ovdje u pet dana sretnemo kupce kojima bismo inače putovali mjesecima", izjavio je predsjednik Klastera Damir Vrbanec, direktor tvrtke Metal-Mont d.o.o.

Voditeljica Klastera mr. sc. Snježana Toplek-Baranašić istaknula je da su izlagači tijekom sajma održali više od 230 poslovnih sastanaka, od čega 86 unaprijed dogovorenih preko platforme za poslovne susrete mreže Enterprise Europe Network Hrvatska. „Posebno nas veseli interes partnera iz Bavarske i Austrije za zajedničke projekte u robotizaciji zavarivanja", dodala je.

Direktor tvrtke Robo-Weld j.d.o.o. Kristijan Lisjak potpisao je na sajmu sporazum o suradnji s tvrtkom Schweißtechnik Oberland GmbH iz Rosenheima. „To je za malu tvrtku poput naše velik korak", rekao je Lisjak.

Dr. sc. Zvonimir Kovač, prodekan za suradnju s gospodarstvom Međimurskog veleučilišta, najavio je da će veleučilište od jeseni 2034. pokrenuti novi stručni studij mehatronike u suradnji s članicama Klastera.

Forum i prateća događanja

Drugog dana sajma, u utorak 25. travnja 2034., Klaster je na štandu organizirao forum „Croatian Metal Industry Day" na kojem su o mogućnostima suradnje govorili Helmut Brandstätter, direktor bavarskog klastera Cluster Mechatronik & Automation e.V., i Irena Šantek (HGK – Županijska komora Čakovec). Forum je okupio oko 80 posjetitelja, a moderirala ga je novinarka Martina Vugrinec s regionalnog radija Radio Međimurje. Nakon foruma održan je kratki B2B susret tvrtki iz Hrvatske i Bavarske.

U četvrtak je dio delegacije posjetio tvornicu tvrtke Sennebogen Maschinenfabrik GmbH u Straubingu.

Sljedeći koraci

Klaster će rezultate nastupa predstaviti članicama na sjednici Upravnog odbora 16. svibnja 2034. u Čakovcu. Sljedeći zajednički nastup planiran je na sajmu EuroBLECH u Hannoveru od 20. do 23. listopada 2036., a prije toga na Međunarodnom obrtničkom i poduzetničkom sajmu u Celju u rujnu 2034. Tvrtke zainteresirane za sudjelovanje mogu se javiti do 15. lipnja 2034.

Kontakt: Ivana Hranjec, voditeljica projekata, ivana.hranjec@kmim.example, tel. +385 40 000 000

Podijeli: Facebook | LinkedIn | E-mail | Ispis

Povezane vijesti:
- Klaster na sajmu Intertool u Beču (ožujak 2034.)
- Godišnja skupština Klastera: izabran novi Upravni odbor (veljača 2034.)

© Klaster metaloprerađivačke industrije Međimurja | Impressum | Politika privatnosti | Kolačići
"""
write(F, T)
gold(F,
 [P('Ivana Hranjec', 'voditeljica projekata', 'Klaster metaloprerađivačke industrije Međimurja'),
  P('Matija Posavec-Horvat', 'župan Međimurske županije', 'Međimurska županija'),
  P('Andreja Kovačević Šimić', 'veleposlanica Republike Hrvatske u Saveznoj Republici Njemačkoj', None),
  P('Damir Vrbanec', 'predsjednik Klastera', 'Klaster metaloprerađivačke industrije Međimurja'),
  P('Snježana Toplek-Baranašić', 'Voditeljica Klastera', 'Klaster metaloprerađivačke industrije Međimurja'),
  P('Kristijan Lisjak', 'Direktor', 'Robo-Weld j.d.o.o.'),
  P('Zvonimir Kovač', 'prodekan za suradnju s gospodarstvom', 'Međimursko veleučilište u Čakovcu'),
  P('Helmut Brandstätter', 'direktor', 'Cluster Mechatronik & Automation e.V.'),
  P('Irena Šantek', None, 'Hrvatska gospodarska komora'),
  P('Martina Vugrinec', 'novinarka', 'Radio Međimurje')],
 [O('Klaster metaloprerađivačke industrije Međimurja', 'KMIM'), O('Međimurska županija'), O('Hrvatska gospodarska komora', 'HGK'),
  O('Hrvatska agencija za malo gospodarstvo, inovacije i investicije', 'HAMAG-BICRO'), O('Metal-Mont d.o.o.'), O('Preciz Tehnika d.o.o.'),
  O('Lakirnica Novak d.o.o.'), O('Termo-Sustavi Međimurje d.o.o.'), O('Robo-Weld j.d.o.o.'), O('Hidromat d.d.'),
  O('Tehnološki park Čakovec d.o.o.', 'TPC'), O('Međimursko veleučilište u Čakovcu', 'MEV'), O('Enterprise Europe Network Hrvatska'),
  O('Schweißtechnik Oberland GmbH'), O('Cluster Mechatronik & Automation e.V.'), O('Županijska komora Čakovec'), O('Radio Međimurje'),
  O('Sennebogen Maschinenfabrik GmbH')],
 [E('Hannover Messe 2034', '2034-04-24', '2034-04-28', 'Hannoveru', 'Germany'),
  E('Croatian Metal Industry Day', '2034-04-25', '2034-04-25', 'Hannoveru', 'Germany'),
  E('sjednici Upravnog odbora', '2034-05-16', '2034-05-16', 'Čakovcu', 'Croatia'),
  E('EuroBLECH', '2036-10-20', '2036-10-23', 'Hannoveru', 'Germany'),
  E('Međunarodnom obrtničkom i poduzetničkom sajmu', '2034-09', '2034-09', 'Celju', 'Slovenia'),
  E('Intertool', '2034-03', '2034-03', 'Beču', 'Austria'),
  E('Godišnja skupština Klastera', '2034-02', '2034-02', None, None)],
 ['2034-05-05', '2034-04-24/2034-04-28', '2029', '2034', '2034-04-25', '2034-05-16', '2036-10-20/2036-10-23', '2034-09', '2034-06-15', '2034-03', '2034-02'],
 [], pub='2034-05-05')
