from h import *
F = 'g12.txt'
assert wd(2037,11,17)=='Tuesday' and wd(2037,11,24)=='Tuesday' and wd(2037,12,8)=='Tuesday'
T = """Pärnumaa Ettevõtlus- ja Arenduskeskus · Avaleht › Sündmused › Veebiseminarid › Salvestused
Otsi… | EST · ENG | Logi sisse

Kasutame küpsiseid, et veebilehe kasutamist mõõta. [Nõustun] [Keeldun]

VEEBISEMINARI SALVESTUS: Klastrite ja ettevõtete rahastusvõimalused 2038. aastal

Lisatud 24. novembril 2037 · Kategooria: Rahastus, Klastrid · Vaatamisi: 312

Teisipäeval, 17. novembril 2037 toimus Pärnumaa Ettevõtlus- ja Arenduskeskuse (PEAK) ja Eesti
Puitmajaklastri ühine veebiseminar, kus tutvustati 2038. aasta tähtsamaid taotlusvoore klastritele ja
nende liikmetele. Veebiseminaril osales 96 inimest, neist ligi pooled klastrite liikmesettevõtetest. Allpool on seminari salvestus, esitlused ja
vastused küsimustele, millele otse-eetris vastata ei jõutud.

▶ Vaata salvestust (YouTube, 1 t 48 min)
⬇ Esitlused (PDF, 6,4 MB)

Sisukord ja esinejad

00:00 Avasõnad – Katrin Lepik, PEAK-i juhataja
04:10 Klastriprogramm 2038–2041: mis muutub? – Madis Kruus, Ettevõtluse ja Innovatsiooni Sihtasutuse
      (EIS) klastrite programmi juht
28:35 Innovatsiooniosak ja arendusosak: tingimused ja tähtajad – Liisi Tamm, EIS-i ettevõtlusnõunik
49:20 Euroopa klastripartnerluste konkurss: kuidas leida partnereid? – Rasmus Vahtra, Eesti
      Puitmajaklastri juhatuse liige
1:08:00 Kogemuslugu: kuidas meie ettevõte sai 2037. aastal arendustoetuse – Piret Saar, Pärnu
      Saetööstus OÜ tegevjuht
1:25:40 Küsimused ja vastused – modereeris Hanno Mägi, PEAK-i ettevõtluskonsultant

Peamised tähtajad (seisuga 24.11.2037)

- Klastriprogrammi taotlusvoor: avatakse 15. jaanuaril 2038, tähtaeg 16. märts 2038
- Innovatsiooniosak: jooksev taotlemine kuni eelarve ammendumiseni
- Arendusosak: taotlusvoor 1.–28. veebruar 2038
- Euroopa klastripartnerluste konkurss: tähtaeg 21. aprill 2038, kell 17.00 Brüsseli aja järgi
- Interreg Kesk-Läänemere programmi 4. taotlusvoor: eeldatavalt mai 2038

Olulisemad mõtted seminarilt

Madis Kruus rõhutas, et uues klastriprogrammis hinnatakse senisest rohkem klastri mõju liikmete
ekspordile ja koostööle ülikoolidega. Programmi eelarve perioodiks 2038–2041 on 8 miljonit eurot
ning ühe klastri toetus võib olla kuni 600 000 eurot. Taotleda saavad klastrid, millel on vähemalt
15 liiget ja kinnitatud arengustrateegia.

Liisi Tamm tuletas meelde, et innovatsiooniosaku eest saab osta teenust ainult EIS-i nimekirjas
olevatelt teadus- ja arendusasutustelt ning et ühe ettevõtte kohta on aastas lubatud kaks osakut.
Arendusosaku puhul peab ettevõtte omafinantseering olema vähemalt 20 protsenti.

Rasmus Vahtra jagas Eesti Puitmajaklastri kogemust eelmisest Euroopa konkursist, kus klaster oli
Põhjamaade ja Baltimaade partnerluse liige. Tema soovitus: alustada partnerite otsimist vähemalt
neli kuud enne tähtaega ja kasutada Euroopa klastrikoostöö platvormi (ECCP) partnerotsingut.

Vastused küsimustele (lisatud pärast seminari)

K: Kas ühe ettevõte võib olla korraga kahe klastri liige ja osaleda mõlema klastri projektis?
V: Võib, kuid samu kulusid ei tohi kahest projektist hüvitada.

K: Kas klastriprogrammis saab taotleda ka välismaiste messide kulusid?
V: Jah, kui mess on seotud klastri ekspordistrateegiaga. Täpsemad tingimused avaldab EIS jaanuaris.

K: Kas PEAK aitab taotlust kirjutada?
V: PEAK-i konsultandid nõustavad Pärnumaa ettevõtteid tasuta. Broneeri aeg: hanno.magi@peak.example.ee.

K: Millal avaldatakse klastriprogrammi uus määrus?
V: EIS-i hinnangul detsembri keskel. Seminari esitlustes on kasutatud eelnõu seisuga november 2037, nii et
   mõned tingimused võivad veel muutuda. Jälgi EIS-i kodulehte.

K: Kas veebiseminari salvestust võib jagada oma liikmetele?
V: Jah, salvestus on avalik ja seda võib vabalt jagada.

Korraldajad ja partnerid
Pärnumaa Ettevõtlus- ja Arenduskeskus (PEAK) · Eesti Puitmajaklaster · Ettevõtluse ja Innovatsiooni
Sihtasutus (EIS) · Euroopa klastrikoostöö platvorm (ECCP) partnerotsingu tööriistaga

Järgmised sündmused

- Teisipäev, 8. detsember 2037 kell 10.00–12.00 – Taotluskoolitus klastrijuhtidele, Pärnu
  Ettevõtlusmaja, Rüütli 25
- Jaanuar 2038 – EIS-i infopäev uue klastriprogrammi kohta (kuupäev täpsustamisel)

Veebiseminari rahastas Pärnumaa Omavalitsuste Liit.

Jaga: Facebook | LinkedIn | E-post

Pärnumaa Ettevõtlus- ja Arenduskeskus SA · Rüütli 25, 80010 Pärnu · info@peak.example.ee · +372 44 00 000
© 2037 PEAK · Privaatsuspoliitika · Ligipääsetavus
"""
write(F, T)
gold(F,
 [P("Katrin Lepik","juhataja","PEAK"),
  P("Madis Kruus","klastrite programmi juht","Ettevõtluse ja Innovatsiooni Sihtasutus"),
  P("Liisi Tamm","ettevõtlusnõunik","EIS"),
  P("Rasmus Vahtra","juhatuse liige","Eesti Puitmajaklaster"),
  P("Piret Saar","tegevjuht","Pärnu Saetööstus OÜ"),
  P("Hanno Mägi","ettevõtluskonsultant","PEAK")],
 [O("Pärnumaa Ettevõtlus- ja Arenduskeskus","PEAK"), O("Eesti Puitmajaklaster"),
  O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"), O("Pärnu Saetööstus OÜ"),
  O("Euroopa klastrikoostöö platvorm","ECCP"), O("Pärnumaa Omavalitsuste Liit")],
 [E("Veebiseminar","2037-11-17"),
  E("Taotluskoolitus klastrijuhtidele","2037-12-08",None,"Pärnu","Estonia"),
  E("EIS-i infopäev","2038-01")],
 ["2037-11-24","2037-11-17","2038","2038/2041","2037","2038-01-15","2038-03-16","2038-02-01/2038-02-28",
  "2038-04-21","2038-05","2037-11","2037-12-08","2038-01","2037-12"],
 [], pub="2037-11-24")
