from h import *
F = 'g15_polvamaa_toiduklaster_uldkoosolek.txt'
assert wd(2036,8,14)=='Thursday' and wd(2036,8,19)=='Tuesday' and wd(2036,9,24)=='Wednesday' and wd(2036,11,5)=='Wednesday'
T = """MTÜ Kagu-Eesti Toiduklaster
ÜLDKOOSOLEKU PROTOKOLL nr 2/2036

Koht: Põlva, Intsikurmu puhkekeskuse seminariruum
Aeg: neljapäev, 14. august 2036, algus kell 11.00, lõpp kell 13.40
Koosoleku juhataja: Kaido Tamm
Protokollija: Merilin Raudsepp

Osalesid: 27 liiget 41-st (sh 4 volikirja alusel), seega oli üldkoosolek otsustusvõimeline.
Külalised: Põlva valla vallavanem Georg Pelisaar, Põlvamaa Arenduskeskuse (PAK) ettevõtluskonsultant Kadri Kõiv ja Eesti Maaülikooli toiduainete tehnoloogia õppetooli dotsent Riina Sarapuu.

PÄEVAKORD
1. Klastri tegevusaruanne 2035/2036
2. Ülevaade ühisürituste kalendrist
3. Juhatuse valimine
4. Liikmemaksu muutmine
5. Muud küsimused

1. Tegevusaruanne
Klastrijuht Liina Vaher andis ülevaate möödunud hooaja tegevustest. Klastriga liitus viis uut ettevõtet, sealhulgas Võru Juustuvabrik OÜ ja Räpina Mahekaup OÜ. Klaster korraldas kolm koolitust ja osales ühisstendiga messil Toidumess 2036 Tallinnas 5.–7. märtsil 2036. Kõige edukam oli Lõuna-Eesti Toidupäevad Põlvas 12.–13. juunil 2036, kus osales 1200 külastajat ja 38 tootjat. Koostöös Läti partneriga Vidzeme Food Cluster toimus õppereis Valmierasse 20.–21. aprillil 2036. Klastrijuht märkis, et liikmete ühine müük jaekettidele kasvas aastaga ligi kolmandiku võrra, kuid väiksemate tootjate jaoks on logistika endiselt suurim mure. Ühise jahutatud veoki kasutamise katse kestis kolm kuud ja seda soovitakse järgmisel aastal jätkata, kui leitakse rahastus.

2. Ühisürituste kalender sügis 2036
Klastrijuht tutvustas eelseisvaid üritusi:
- teisipäev, 19. august 2036 – tootjate infopäev Räpinas uute pakendinõuete teemal;
- kolmapäev, 24. september 2036 – ühine õppereis Soome, külastus Helsingi toiduklastri Food Hub Helsinki juurde ja ostujuhtide kohtumised;
- kolmapäev, 5. november 2036 – Kagu-Eesti toiduklastri aastakonverents Võrus, Kubija hotellis;
- detsember 2036 – jõululaat Põlva keskväljakul.

Aastakonverentsi teema on sel aastal „Kohalik toit koolides ja haiglates“. Esinema on kutsutud Põlvamaa Arenduskeskus, Võru valla hankespetsialistid ning Läti ja Soome klastrite esindajad. Liikmed, kes soovivad konverentsil oma tooteid tutvustada, peavad sellest klastrijuhile teada andma septembri lõpuks. Soome õppereisile mahub 20 inimest; reisi kulud kaetakse osaliselt klastri eelarvest ja Interreg Eesti–Läti projekti vahenditest. Liikmed arutasid ka seda, kas jõululaat peaks toimuma kahel päeval, kuid otsust selles küsimuses ei tehtud.

Varasemad Lõuna-Eesti Toidupäevad:
2033 – Võru, 15. juuni 2033
2034 – Valga, 14.–15. juuni 2034
2035 – Otepää, 13.–14. juuni 2035
2036 – Põlva, 12.–13. juuni 2036

3. Juhatuse valimine
Juhatuse volitused lõppesid. Üldkoosolek valis salajasel hääletusel uue juhatuse kolmeks aastaks (2036–2039):
juhatuse esimees – Kaido Tamm (Tamme Talu OÜ);
juhatuse liige – Anneli Paju (Põlva Piim AS);
juhatuse liige – Toomas LAUR (Mooska Suitsusaun OÜ).
Senine juhatuse liige Helle Kuus ei kandideerinud; üldkoosolek tänas teda kuue aasta töö eest.

4. Liikmemaks
Juhatus tegi ettepaneku tõsta liikmemaksu mikroettevõtetele 120 eurolt 150 eurole aastas alates 1. jaanuarist 2037.

OTSUSED
1. Kinnitada klastri tegevusaruanne 2035/2036.
2. Kinnitada juhatuse koosseis: Kaido Tamm, Anneli Paju ja Toomas Laur.
3. Tõsta mikroettevõtete liikmemaksu 150 eurole aastas alates 1. jaanuarist 2037.
4. Teha Põlvamaa Arenduskeskusele ettepanek korraldada Lõuna-Eesti Toidupäevad 2037. aastal taas Põlvas.

5. Muud küsimused
Riina Sarapuu tutvustas Eesti Maaülikooli uut toidu tootearenduse laborit, mida klastri liikmed saavad kasutada soodushinnaga. Labor asub Tartus ja seda rahastab Eesti Maaülikool koos Ettevõtluse ja Innovatsiooni Sihtasutusega. Esimesed katsetööd on juba tehtud kahe klastri liikme jaoks. Liikmed tegid ettepaneku korraldada laboris ühine õppepäev, kus tutvustatakse säilivusaja katseid ja pakendite testimist. Kadri Kõiv tuletas meelde, et Ettevõtluse ja Innovatsiooni Sihtasutuse (EIS) ekspordi toetusvooru tähtaeg on 30. september 2036.

Pärast koosolekut toimus ühine lõuna ja külastus Tamme Talu juustukotta, kus peremees näitas uut laagerdamiskeldrit ja pakkus maitsmiseks kolme sorti juustu.

Koosoleku juhataja: Kaido Tamm /allkirjastatud digitaalselt/
Protokollija: Merilin Raudsepp /allkirjastatud digitaalselt/
"""
write(F, T)
K="MTÜ Kagu-Eesti Toiduklaster"
gold(F,
 [P("Kaido Tamm","juhatuse esimees",K), P("Merilin Raudsepp","Protokollija",None),
  P("Georg Pelisaar","Põlva valla vallavanem",None),
  P("Kadri Kõiv","ettevõtluskonsultant","Põlvamaa Arenduskeskus"),
  P("Riina Sarapuu","dotsent","Eesti Maaülikool"),
  P("Liina Vaher","Klastrijuht",K),
  P("Anneli Paju","juhatuse liige",K), P("Toomas LAUR","juhatuse liige",K), P("Helle Kuus","juhatuse liige",K)],
 [O(K), O("Põlva valla"), O("Põlvamaa Arenduskeskus","PAK"), O("Eesti Maaülikool"), O("Võru Juustuvabrik OÜ"), O("Räpina Mahekaup OÜ"),
  O("Vidzeme Food Cluster"), O("Food Hub Helsinki"), O("Tamme Talu OÜ"), O("Põlva Piim AS"), O("Mooska Suitsusaun OÜ"),
  O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"), O("Võru valla")],
 [E("üldkoosolek","2036-08-14",None,"Põlva","Estonia"),
  E("Toidumess 2036","2036-03-05","2036-03-07","Tallinn","Estonia"),
  E("Lõuna-Eesti Toidupäevad","2036-06-12","2036-06-13","Põlva","Estonia"),
  E("õppereis","2036-04-20","2036-04-21","Valmiera","Latvia"),
  E("tootjate infopäev","2036-08-19",None,"Räpina","Estonia"),
  E("õppereis","2036-09-24",None,"Helsinki","Finland"),
  E("Kagu-Eesti toiduklastri aastakonverents","2036-11-05",None,"Võru","Estonia"),
  E("jõululaat","2036-12",None,"Põlva","Estonia"),
  E("Lõuna-Eesti Toidupäevad","2033-06-15",None,"Võru","Estonia"),
  E("Lõuna-Eesti Toidupäevad","2034-06-14","2034-06-15","Valga","Estonia"),
  E("Lõuna-Eesti Toidupäevad","2035-06-13","2035-06-14","Otepää","Estonia"),
  E("Lõuna-Eesti Toidupäevad","2037",None,"Põlva","Estonia"),
  E("ühine lõuna","2036-08-14",None,"Põlva","Estonia"),
  E("külastus Tamme Talu juustukotta","2036-08-14",None,None,"Estonia")],
 ["2036-08-14","2035/2036","2036-03-05/2036-03-07","2036-06-12/2036-06-13","2036-04-20/2036-04-21","2036-08-19","2036-09-24",
  "2036-11-05","2036-12","2033","2033-06-15","2034","2034-06-14/2034-06-15","2035","2035-06-13/2035-06-14","2036",
  "2036/2039","2037-01-01","2037","2036-09-30","2036-09"],
 ["Kinnitada klastri tegevusaruanne 2035/2036",
  "Kinnitada juhatuse koosseis: Kaido Tamm, Anneli Paju ja Toomas Laur",
  "Tõsta mikroettevõtete liikmemaksu 150 eurole aastas alates 1. jaanuarist 2037",
  "Teha Põlvamaa Arenduskeskusele ettepanek korraldada Lõuna-Eesti Toidupäevad 2037. aastal taas Põlvas"],
 pub="2036-08-14")
