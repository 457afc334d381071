from h import *
F = 'g07_woodcraft_paide_lopuseminar.txt'
assert wd(2037,4,15)=='Wednesday' and wd(2037,4,16)=='Thursday' and wd(2037,8,20)=='Thursday'
T = """UUDISED | Kesk-Eesti Arenduskeskus
Avaleht » Projektid » WOOD-CRAFT » Uudised

WOOD-CRAFT lõpuseminar Paides: puidutöötlejad said kokku üle piiri
Avaldatud 22.04.2037 | Autor: Kadri Saarepuu

Kolmapäeval ja neljapäeval, 15. ja 16. aprillil 2037 toimus Paide Muusika- ja Teatrimajas Interreg Eesti–Läti programmi projekti WOOD-CRAFT lõpuseminar. Kahe päeva jooksul arutasid puidutöötlemise ettevõtjad, klastrijuhid ja omavalitsuste esindajad, mida kolm aastat kestnud koostöö on andnud ja kuidas edasi minna. Seminaril osales 118 inimest Eestist ja Lätist.

Projekti eesmärk oli aidata Järvamaa, Viljandimaa ja Läti Vidzeme piirkonna väikestel puidutöötlejatel jõuda uute toodete ja turgudeni ning kasutada paremini kohalikku lehtpuitu. Projekti juhtpartner on Kesk-Eesti Arenduskeskus (KEAK).

Projekti partnerid:
- Kesk-Eesti Arenduskeskus (KEAK), Paide, Eesti – juhtpartner
- Eesti Puitmajaliit, Tallinn, Eesti
- Viljandi Maagümnaasium ja Kutseõppekeskus, Viljandi, Eesti
- Vidzemes plānošanas reģions, Cēsis, Läti
- Latvijas Kokrūpniecības klasteris, Rīga, Läti
- Vidzemes Augstskola, Valmiera, Läti

PROGRAMM
Kolmapäev, 15. aprill 2037
10.00 Tervitussõnad – Paide linnapea Priit Lomp ja Järva vallavanem Ülle Vapper
10.30 Projekti tulemused – projektijuht Marek Tamm, KEAK
11.30 Ettekanne „Lehtpuit uues rollis“ – dr Anna Ozola, Vidzemes Augstskola
12.30 Lõuna
13.30 Ettevõtete kohtumised (B2B), 46 eelnevalt kokku lepitud kohtumist
17.00 Juhtkomitee koosolek
19.00 Pidulik õhtusöök Särevere mõisas

Neljapäev, 16. aprill 2037
09.00 Ettevõtete külastus: AS Järva Mööbel ja OÜ Türi Saematerjal
12.00 Seminari lõpetamine

Tulemused numbrites
Projektijuht Marek Tamm tutvustas, et aastatel 2034–2037 said 57 ettevõtet tasuta tootearendusnõustamist, koolitustel osales 312 töötajat ja valmis 14 uut toodet, mille hulgas on kasemööbel, akustilised seinapaneelid ja mänguasjad. Eesti Puitmajaliidu juhatuse esimees Andres Kiik ütles, et kõige väärtuslikumaks pidasid ettevõtjad just üle piiri tehtud tutvusi.

Vidzeme planeerimispiirkonna projektijuht Līga Kalniņa rääkis, et Läti poolel ühineb osa ettevõtteid nüüd klastriga, mis on piirkonna jaoks uus. Viljandi Maagümnaasiumi ja Kutseõppekeskuse direktor Toomas Raudsepp lisas, et kooli õppekavasse tuleb sügisest lehtpuidu töötlemise moodul.

Ettevõtete kohtumistel leppisid mitmed Eesti ja Läti firmad kokku edasistes pakkumistes. Türi saeveski omanik Rein Kask rääkis, et tema ettevõte hakkab Cēsise mööblitootjale kaske tarnima juba sel suvel. „Ilma projektita poleks me üksteist üles leidnud, sest meie ettevõtted on väikesed ja reklaami jaoks raha ei ole,“ ütles ta. Läti Kokrūpniecības klastri juht Jānis Bērziņš lisas, et klaster soovib korraldada sarnaseid kohtumisi ka Leedu ja Soome ettevõtetega.

Teisel päeval külastasid osalejad kahte Järvamaa ettevõtet. Mööblitehases näidati uut lakkimisliini, mis soetati osaliselt projekti nõustamise toel, ning saeveskis räägiti, kuidas väikese mahuga lehtpuitu kuivatada nii, et see ei praguneks. Külastused olid osalejate tagasiside järgi seminari kõige huvitavam osa.

Juhtkomitee, mida juhib Kesk-Eesti Arenduskeskuse juhataja Kristi Lõhmus, kinnitas lõpparuande kava ja otsustas, et partnerid jätkavad koostööd ka pärast projekti lõppu.

Peamised järeldused
Seminari lõpus sõnastasid partnerid järgmised järeldused:
- Väikesed puidutöötlejad vajavad ühist tootearendajat, keda üks ettevõte üksi palgata ei suuda
- Lehtpuidu kuivatamine on kogu piirkonna kitsaskoht ja vajab ühisinvesteeringut
- Kutsekoolid ja ettevõtted peavad õppekavad koos koostama
- Piiriülene koostöö toimib siis, kui ettevõtjad kohtuvad regulaarselt, mitte ainult projektiüritustel

Varasemad projektiüritused
- Avaseminar, Valmiera, 12. september 2034
- Puidupäev, Viljandi, 5. mai 2035
- Õppereis Soome, 8.–10. oktoober 2036

Eriti kiideti 2036. aasta sügisest õppereisi, kus osalejad nägid Soome väikeste puidutöökodade ühist kuivatit ja müügiorganisatsiooni. Sama mudelit soovitakse nüüd proovida ka Järvamaal.

Mis edasi?
Partnerid valmistavad ette uut taotlust Interreg Läänemere piirkonna programmi. Järgmine kohtumine toimub neljapäeval, 20. augustil 2037 Cēsises.

Lisainfo: Marek Tamm, projektijuht, marek.tamm@keak.example.ee, +372 5000 0000

Jaga: Facebook | LinkedIn | E-post

Projekti kaasrahastab Euroopa Liit.
© Kesk-Eesti Arenduskeskus 2037
"""
write(F, T)
K="Kesk-Eesti Arenduskeskus"
gold(F,
 [P("Kadri Saarepuu",None,None),
  P("Priit Lomp","Paide linnapea",None),
  P("Ülle Vapper","Järva vallavanem",None),
  P("Marek Tamm","projektijuht","KEAK"),
  P("Anna Ozola",None,"Vidzemes Augstskola"),
  P("Andres Kiik","juhatuse esimees","Eesti Puitmajaliit"),
  P("Līga Kalniņa","projektijuht","Vidzemes plānošanas reģions"),
  P("Toomas Raudsepp","direktor","Viljandi Maagümnaasium ja Kutseõppekeskus"),
  P("Rein Kask","omanik",None),
  P("Jānis Bērziņš","juht","Latvijas Kokrūpniecības klasteris"),
  P("Kristi Lõhmus","juhataja",K)],
 [O(K,"KEAK"), O("Eesti Puitmajaliit"), O("Viljandi Maagümnaasium ja Kutseõppekeskus"),
  O("Vidzemes plānošanas reģions"), O("Latvijas Kokrūpniecības klasteris"), O("Vidzemes Augstskola"),
  O("AS Järva Mööbel"), O("OÜ Türi Saematerjal"), O("Euroopa Liit")],
 [E("WOOD-CRAFT lõpuseminar","2037-04-15","2037-04-16","Paide","Estonia"),
  E("Lehtpuit uues rollis","2037-04-15",None,"Paide","Estonia"),
  E("Ettevõtete kohtumised (B2B)","2037-04-15",None,"Paide","Estonia"),
  E("Juhtkomitee koosolek","2037-04-15",None,"Paide","Estonia"),
  E("Pidulik õhtusöök","2037-04-15",None,None,"Estonia"),
  E("Ettevõtete külastus","2037-04-16",None,None,"Estonia"),
  E("Avaseminar","2034-09-12",None,"Valmiera","Latvia"),
  E("Puidupäev","2035-05-05",None,"Viljandi","Estonia"),
  E("Õppereis Soome","2036-10-08","2036-10-10",None,"Finland"),
  E("Järgmine kohtumine","2037-08-20",None,"Cēsis","Latvia")],
 ["2037-04-22","2037-04-15/2037-04-16","2037-04-15","2037-04-16","2034/2037","2034-09-12","2035-05-05",
  "2036-10-08/2036-10-10","2037-08-20","2037","2036"],
 ["Väikesed puidutöötlejad vajavad ühist tootearendajat, keda üks ettevõte üksi palgata ei suuda",
  "Lehtpuidu kuivatamine on kogu piirkonna kitsaskoht ja vajab ühisinvesteeringut",
  "Kutsekoolid ja ettevõtted peavad õppekavad koos koostama",
  "Piiriülene koostöö toimib siis, kui ettevõtjad kohtuvad regulaarselt, mitte ainult projektiüritustel"],
 pub="2037-04-22")
