from h import *
F = 'g05_medjimurje_kongres_izdanja.txt'
T = f"""Početna | O klasteru | Članovi | Projekti | Kongres | Vijesti | Kontakt | EN

Klaster metaloprerađivačke i drvne industrije Međimurja (KMDIM)

KONGRES MEĐIMURSKE INDUSTRIJE – SVA IZDANJA

Kongres međimurske industrije najveći je godišnji skup industrijskih tvrtki sjeverozapadne Hrvatske. Organizira ga Klaster metaloprerađivačke i drvne industrije Međimurja (KMDIM) u suradnji s Međimurskom županijom i Regionalnom razvojnom agencijom Međimurje (REDEA). Kongres okuplja vlasnike i direktore tvrtki, predstavnike javnih institucija, sveučilišta i stručnjake iz susjednih zemalja.

SLJEDEĆE IZDANJE

7. kongres međimurske industrije
Čakovec, {w(2035,10,11,'hr')} i {w(2035,10,12,'hr')}, 11. i 12. listopada 2035.
Mjesto: Centar za kompetencije Međimurje (CEKOM), Bana Josipa Jelačića 22, Čakovec
Tema: „Tvornica budućnosti – ljudi, energija, podaci"

Potvrđeni govornici:
– Matija Horvat-Zadravec, predsjednik Upravnog vijeća KMDIM-a
– dr. sc. Ivana Novak Kralj, izvanredna profesorica, Fakultet strojarstva i brodogradnje Sveučilišta u Zagrebu
– Dragutin Vrbanec, župan, Međimurska županija
– Kristina Posavec, ravnateljica, Regionalna razvojna agencija Međimurje
– Mag. Florian Gruber-Lasnik, direktor austrijskog klastera Holzcluster Steiermark GmbH
– Zsófia Nagy-Tóth, voditeljica projekata, Pannon Business Network (Szombathely)

Prvi dan kongresa posvećen je plenarnim predavanjima i panel-raspravi o cijenama energije i ulaganjima u solarne elektrane na krovovima tvornica. Poslijepodne se održavaju tri paralelne radionice: digitalni blizanac u proizvodnji, zapošljavanje radnika iz trećih zemalja te zajednička nabava sirovina. Za sudionike iz Slovenije i Mađarske osiguran je simultani prijevod na engleski jezik.

Program prvog dana završava svečanom večerom u dvorcu Zrinskih u Čakovcu. Drugog dana, u subotu ujutro, predviđen je posjet tvornicama članica klastera u Poslovnoj zoni Sveti Križ i u Prelogu.
Kotizacija: 80 EUR (članovi klastera 40 EUR). Rana prijava do 15. rujna 2035., prijave do 1. listopada 2035. Studenti Međimurskog veleučilišta sudjeluju besplatno uz prethodnu prijavu.

PRETHODNA IZDANJA

6. kongres – Čakovec, 13. i 14. listopada 2034.
Tema: „Automatizacija u malim pogonima". 412 sudionika iz 7 zemalja, 38 predavača.
Kongres je otvorio tadašnji predsjednik klastera Stjepan Bajzek. Dodijeljena je prva nagrada „Međimurski inovator godine" tvrtki Elkom d.o.o. iz Preloga.

5. kongres – Prelog, 6. i 7. listopada 2033.
Tema: „Drvo i metal u zelenoj gradnji". 350 sudionika. Prvi put održani B2B sastanci (96 sastanaka).

4. kongres – Mursko Središće, 30. rujna 2032.
Tema: „Energetska učinkovitost industrije". 270 sudionika. Jednodnevni kongres uz izložbu članica.

3. kongres – Čakovec, 8. listopada 2031.
Tema: „Vještine za industriju 4.0". 240 sudionika. Sudjelovala je i delegacija slovenskog Pomurskog tehnološkog parka.

2. kongres – Čakovec, 9. listopada 2030.
Tema: „Izvoz i nova tržišta". 190 sudionika.

1. kongres – Nedelišće, 24. studenoga 2029.
Tema: „Zajedno smo jači". 120 sudionika. Na prvom kongresu osnovan je Klaster kao udruga, a za prvog predsjednika izabran je Stjepan Bajzek.

Posjećenost po godinama (broj sudionika):
2029 – 120 | 2030 – 190 | 2031 – 240 | 2032 – 270 | 2033 – 350 | 2034 – 412

IZ ZAKLJUČAKA 6. KONGRESA

Sudionici 6. kongresa usvojili su sljedeće zaključke:
1. Automatizacija malih pogona mora ići zajedno s prekvalifikacijom postojećih radnika.
2. Klaster će osnovati zajednički centar za ispitivanje i certificiranje proizvoda.
3. Međimurska županija i klaster zajedno će tražiti sredstva za novu industrijsku zonu uz autocestu.
4. Suradnju s klasterima u Sloveniji, Austriji i Mađarskoj treba pretvoriti u zajedničke projekte, a ne samo posjete.

Napomena: fotografije i prezentacije s prethodnih kongresa dostupne su članovima u arhivi klastera. Zbornik radova 6. kongresa može se naručiti kod tajništva klastera.

Organizacijski odbor 7. kongresa:
Matija Horvat-Zadravec (predsjednik odbora), Lana Kovačić-Šoštarić (tajnica klastera), Nikola Baranašić (REDEA), Petra Lisjak (Obrtnička komora Međimurske županije)

Kontakt: Lana Kovačić-Šoštarić, tajnica klastera, tel. 040 000 000, kongres@kmdim.example.hr

Partneri kongresa: Međimurska županija, Grad Čakovec, Hrvatska gospodarska komora – Županijska komora Čakovec, Obrtnička komora Međimurske županije, Međimursko veleučilište u Čakovcu.

Stranica ažurirana: 3. 6. 2035.
© 2035 KMDIM | Pravila privatnosti | Kolačići
"""
write(F, T)
gold(F,
 [P("Matija Horvat-Zadravec", "predsjednik Upravnog vijeća", "KMDIM"),
  P("Ivana Novak Kralj", "izvanredna profesorica", "Fakultet strojarstva i brodogradnje Sveučilišta u Zagrebu"),
  P("Dragutin Vrbanec", "župan", "Međimurska županija"),
  P("Kristina Posavec", "ravnateljica", "Regionalna razvojna agencija Međimurje"),
  P("Florian Gruber-Lasnik", "direktor", "Holzcluster Steiermark GmbH"),
  P("Zsófia Nagy-Tóth", "voditeljica projekata", "Pannon Business Network"),
  P("Stjepan Bajzek", "predsjednik", "KMDIM"),
  P("Lana Kovačić-Šoštarić", "tajnica klastera", "KMDIM"),
  P("Nikola Baranašić", None, "REDEA"),
  P("Petra Lisjak", None, "Obrtnička komora Međimurske županije")],
 [O("Klaster metaloprerađivačke i drvne industrije Međimurja", "KMDIM"), O("Međimurska županija"),
  O("Regionalna razvojna agencija Međimurje", "REDEA"), O("Centar za kompetencije Međimurje", "CEKOM"),
  O("Fakultet strojarstva i brodogradnje Sveučilišta u Zagrebu"), O("Holzcluster Steiermark GmbH"), O("Pannon Business Network"),
  O("Elkom d.o.o."), O("Pomurskog tehnološkog parka"), O("Obrtnička komora Međimurske županije"), O("Grad Čakovec"),
  O("Hrvatska gospodarska komora – Županijska komora Čakovec"), O("Međimursko veleučilište u Čakovcu")],
 [E("7. kongres međimurske industrije", "2035-10-11", "2035-10-12", "Čakovec", "Croatia"),
  E("svečanom večerom", "2035-10-11", None, "Čakovcu", "Croatia"),
  E("posjet tvornicama članica klastera", "2035-10-12", None, "Prelogu", "Croatia"),
  E("6. kongres", "2034-10-13", "2034-10-14", "Čakovec", "Croatia"),
  E("5. kongres", "2033-10-06", "2033-10-07", "Prelog", "Croatia"),
  E("4. kongres", "2032-09-30", None, "Mursko Središće", "Croatia"),
  E("3. kongres", "2031-10-08", None, "Čakovec", "Croatia"),
  E("2. kongres", "2030-10-09", None, "Čakovec", "Croatia"),
  E("1. kongres", "2029-11-24", None, "Nedelišće", "Croatia")],
 ["2035-10-11/2035-10-12", "2035-09-15", "2035-10-01", "2034-10-13/2034-10-14", "2033-10-06/2033-10-07", "2032-09-30",
  "2031-10-08", "2030-10-09", "2029-11-24", "2029", "2030", "2031", "2032", "2033", "2034", "2035-06-03"],
 ["Automatizacija malih pogona mora ići zajedno s prekvalifikacijom postojećih radnika",
  "Klaster će osnovati zajednički centar za ispitivanje i certificiranje proizvoda",
  "Međimurska županija i klaster zajedno će tražiti sredstva za novu industrijsku zonu uz autocestu",
  "Suradnju s klasterima u Sloveniji, Austriji i Mađarskoj treba pretvoriti u zajedničke projekte, a ne samo posjete"],
 pub="2035-06-03")
