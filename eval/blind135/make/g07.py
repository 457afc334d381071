from h import *
F = 'g07_siauliai_klasteriu_vertinimas.txt'
assert wd(2040,6,12)=='Tuesday' and wd(2040,9,6)=='Thursday'
T = """ŠIAULIŲ REGIONO PLĖTROS AGENTŪRA
Naujienos | Apie mus | Projektai | Renginiai | Kontaktai | EN

Paskelbta: 2040-06-18 | Kategorija: Tyrimai ir vertinimai

Klasterių skatinimo priemonės vertinimas: ką parodė ketverių metų patirtis

Šiaulių regiono plėtros agentūra (ŠRPA) paskelbė nepriklausomo vertinimo, kuriuo buvo analizuojama regioninė klasterių skatinimo priemonė 2036–2039 m., santrauką. Vertinimą atliko UAB „Baltic Policy Lab“ (Vilnius) ekspertų komanda; jai vadovavo dr. Rūta Kazlauskienė. Vertinimo ataskaita buvo pristatyta agentūros valdybos posėdyje 2040 m. birželio 12 d. (antradienį).

Per ketverius metus parama skirta septyniems klasteriams. Didžiausią paramos dalį gavo Šiaulių pramonės automatizavimo klasteris „ŠIAURĖS MECHATRONIKA“, Joniškio maisto inovacijų klasteris ir Radviliškio medienos klasteris „Medžio vertė“. Bendra paramos suma – 4,8 mln. eurų, iš kurios daugiau nei pusė teko bendriems eksporto ir mokymų projektams.

Vertintojai atliko 37 interviu su klasterių koordinatoriais, įmonių vadovais ir savivaldybių atstovais, išanalizavo 112 projektų duomenis ir surengė dvi fokus grupes – Šiauliuose ir Telšiuose. Agentūros direktorius Mindaugas Žilinskas sako, kad vertinimo tikslas buvo ne tik suskaičiuoti rezultatus, bet ir suprasti, kodėl vieni klasteriai auga, o kiti sustoja.

PAGRINDINĖS IŠVADOS

Vertinimo ataskaitoje pateikiamos šios pagrindinės išvados:

- Klasterių narių skaičius per laikotarpį išaugo nuo 148 iki 231, tačiau aktyviai veikloje dalyvauja tik trečdalis narių
- Bendri eksporto projektai buvo veiksmingiausia veikla: jų dalyviai vidutiniškai 18 proc. padidino eksportą
- Klasteriai, turintys nuolatinį koordinatorių, pasiekė geresnių rezultatų nei tie, kurių veiklą koordinavo savanoriai
- Bendradarbiavimas su Šiaulių valstybine kolegija ir Kauno technologijos universitetu išliko epizodinis
- Stebėsenos rodikliai matavo veiklą, o ne rezultatus, todėl poveikį įvertinti buvo sunku

Vertintojai pabrėžia, kad šios išvados galioja visam regionui, tačiau skirtumai tarp klasterių yra dideli: du stipriausi klasteriai sukūrė daugiau nei pusę visų rezultatų.

REKOMENDACIJOS

1. Naujuoju laikotarpiu finansuoti tik tuos klasterius, kurie turi bent vieną etatinį koordinatorių
2. Įvesti rezultatų rodiklius: naujus produktus, eksporto augimą ir bendrus mokslinių tyrimų projektus
3. Sukurti inovacijų čekius, skirtus klasterių narių bendradarbiavimui su aukštosiomis mokyklomis
4. Skatinti klasterių dalyvavimą Europos strateginėse klasterių partnerystėse

„Išvados mums nemalonios, bet naudingos,“ sakė klasterio „ŠIAURĖS MECHATRONIKA“ valdybos pirmininkas Tomas Grigaitis-Mažeika, kuris taip pat vadovauja UAB „Mechatronika LT“. Jo teigimu, klasteris jau nuo šių metų rudens įdarbins antrą koordinatorių.

Mero pavaduotoja Aistė Vaitkevičiūtė (Šiaulių miesto savivaldybė) pabrėžė, kad rekomendacijos bus įtrauktos į regiono plėtros planą 2041–2047 m. Ekonomikos ir inovacijų ministerija (atstovas Jonas Petrauskas) patvirtino, kad vertinimą naudos rengdama nacionalinę klasterių politiką.

KAS TOLIAU

Vertinimo rezultatai bus aptarti regiono klasterių forume „Klasteriai 2040“, kuris vyks 2040 m. rugsėjo 6 d. (ketvirtadienį) Šiaulių verslo inkubatoriuje (Vieta: Šiauliai, Aušros al. 31). Forume dalyvaus ir svečiai iš Latvijos: Zemgalės plėtros agentūra ketina kartu su ŠRPA parengti bendrą klasterių mainų programą. Taip pat pakviesti Šiaulių valstybinė kolegija ir Kauno technologijos universitetas, kurie pristatys savo laboratorijų paslaugas įmonėms. Registracija – iki rugpjūčio 30 d.

Ankstesni klasterių forumai: 2037 m. – Šiauliai, 2038 m. – Mažeikiai.

Vertintojų komanda taip pat pažymėjo, kad regiono klasteriai mažai žinomi už Lietuvos ribų. Tik du iš septynių klasterių turi profilius ECCP platformoje, o tarptautiniuose renginiuose dalyvauja daugiausia didesnės įmonės. Todėl agentūra svarsto galimybę kartu su kaimyniniais regionais organizuoti bendrą klasterių misiją į Šiaurės šalis.

Pastabas dėl rekomendacijų klasteriai ir savivaldybės gali pateikti agentūrai raštu. Visą vertinimo ataskaitą (96 psl.) galima atsisiųsti agentūros svetainės skiltyje „Dokumentai“.

Daugiau informacijos: Indrė Jankauskaitė, projektų vadovė, tel. +370 41 000 000, el. p. indre.j@srpa.example.lt

Dalintis: Facebook | LinkedIn | El. paštu
© 2040 Šiaulių regiono plėtros agentūra. Visos teisės saugomos. Slapukų politika
"""
write(F, T)
S="Šiaulių regiono plėtros agentūra"
gold(F,
 [P("Rūta Kazlauskienė",None,"UAB „Baltic Policy Lab“"),
  P("Mindaugas Žilinskas","direktorius",S),
  P("Tomas Grigaitis-Mažeika","valdybos pirmininkas","Šiaulių pramonės automatizavimo klasteris „ŠIAURĖS MECHATRONIKA“"),
  P("Aistė Vaitkevičiūtė","Mero pavaduotoja","Šiaulių miesto savivaldybė"),
  P("Jonas Petrauskas","atstovas","Ekonomikos ir inovacijų ministerija"),
  P("Indrė Jankauskaitė","projektų vadovė",S)],
 [O(S,"ŠRPA"), O("UAB „Baltic Policy Lab“"), O("Šiaulių pramonės automatizavimo klasteris „ŠIAURĖS MECHATRONIKA“"), O("Joniškio maisto inovacijų klasteris"),
  O("Radviliškio medienos klasteris „Medžio vertė“"), O("Šiaulių valstybinė kolegija"), O("Kauno technologijos universitetas"), O("UAB „Mechatronika LT“"),
  O("Šiaulių miesto savivaldybė"), O("Ekonomikos ir inovacijų ministerija"), O("Zemgalės plėtros agentūra"), O("ECCP")],
 [E("valdybos posėdis","2040-06-12",None,None,None),
  E("Klasteriai 2040","2040-09-06",None,"Šiauliai","Lithuania"),
  E("klasterių forumai","2037",None,"Šiauliai","Lithuania"),
  E("klasterių forumai","2038",None,"Mažeikiai","Lithuania")],
 ["2040-06-18","2036/2039","2040-06-12","2041/2047","2040-09-06","2040-08-30","2037","2038"],
 ["Klasterių narių skaičius per laikotarpį išaugo nuo 148 iki 231, tačiau aktyviai veikloje dalyvauja tik trečdalis narių",
  "Bendri eksporto projektai buvo veiksmingiausia veikla: jų dalyviai vidutiniškai 18 proc. padidino eksportą",
  "Klasteriai, turintys nuolatinį koordinatorių, pasiekė geresnių rezultatų nei tie, kurių veiklą koordinavo savanoriai",
  "Bendradarbiavimas su Šiaulių valstybine kolegija ir Kauno technologijos universitetu išliko epizodinis",
  "Stebėsenos rodikliai matavo veiklą, o ne rezultatus, todėl poveikį įvertinti buvo sunku",
  "Naujuoju laikotarpiu finansuoti tik tuos klasterius, kurie turi bent vieną etatinį koordinatorių",
  "Įvesti rezultatų rodiklius: naujus produktus, eksporto augimą ir bendrus mokslinių tyrimų projektus",
  "Sukurti inovacijų čekius, skirtus klasterių narių bendradarbiavimui su aukštosiomis mokyklomis",
  "Skatinti klasterių dalyvavimą Europos strateginėse klasterių partnerystėse"],
 pub="2040-06-18")
