from h import *
F = 'g06_saaremaa_klastrifoorum_jareldused.txt'
assert wd(2039,6,16)=='Thursday' and wd(2039,6,17)=='Friday' and wd(2039,5,30)=='Monday'
T = """Saarte Arenduskeskus | Avaleht > Uudised > Ettevõtlus

Saarte klastrifoorum: merendus- ja toiduklastrid leppisid kokku ühises tegevuskavas

30.06.2039 · Autor: Kadri-Liis Sepp

Kuressaares Kuursaalis toimus 16.–17. juunil 2039 kolmas Saarte klastrifoorum, mis tõi kokku ligi 140 ettevõtjat, teadlast ja avaliku sektori esindajat Saaremaalt, Hiiumaalt, Muhust ja Ahvenamaalt. Foorumi korraldasid Saarte Arenduskeskus SA koostöös MTÜ-ga Eesti Väikesadamate Klaster ning Saaremaa Vallavalitsusega. Üritust toetas Ettevõtluse ja Innovatsiooni Sihtasutus (EIS).

Foorumi avas Saaremaa vallavanem Tõnis Kõiv-Rebane, kes rõhutas, et saarte majandus vajab rohkem koostööd ka väljaspool Eestit. Peaettekande pidas Ahvenamaa valitsuse majandusnõunik Johanna Sundqvist-Eriksson, kes tutvustas Ahvenamaa kogemusi toidutootjate ühisturunduses.

Programm

Neljapäev, 16. juuni
10.00 Avamine
10.30 Uuring „Saarte ettevõtete koostöövajadused 2039“ – tulemuste esitlus (dr Mart Ilves, Tallinna Tehnikaülikooli Kuressaare Kolledž)
12.00 Lõuna
13.00 Töötoad: väikesadamate võrgustik, kohalik toit, puhas energia saartel
17.00 Ettevõtete külastus: Saaremaa Laevaremonditehas OÜ ja Salme kalatööstus
19.30 Foorumi õhtusöök Kuressaare piiskopilinnuses

Reede, 17. juuni
09.30 Töötubade tulemuste arutelu
11.00 Klastrijuhtide ümarlaud
12.30 Foorumi lõpetamine

Uuringu peamised tulemused

Dr Mart Ilves tutvustas uuringut, mille raames küsitleti aprillis ja mais 2039 kokku 226 saarte ettevõtet. Uuringust selgus, et enam kui pooled ettevõtted ei ole kunagi osalenud ühiskoostöös teiste saarte ettevõtetega, kuigi 64% neist peab seda vajalikuks. Suurimaks takistuseks peetakse logistikat ja kõrgeid transpordikulusid, järgnevad tööjõupuudus ja vähene info rahastusvõimaluste kohta.

Uuringu järgi on saarte ettevõtetest 71% mikroettevõtted, kus töötab alla kümne inimese. Neist vaid iga viies on viimase kolme aasta jooksul taotlenud toetust mõnest riiklikust või Euroopa Liidu programmist. Küsitlusele vastanud kalatöötlejad ja toidutootjad nimetasid koostöö peamise eesmärgina ühist transporti ja laopinda, turismiettevõtted aga ühist turundust välisturgudel. Rein Vaher-Saar (MTÜ Hiiumaa Ettevõtjate Liit, juhatuse esimees) märkis arutelus, et paljud väikeettevõtted ei tea klastrite olemasolust üldse ning vajavad esimest kontakti just kohalikul tasandil.

Töötubade tulemused

Väikesadamate töötoas arutati, kuidas siduda saarte umbes neljakümmet väikesadamat üheks võrgustikuks, millel oleks ühine broneerimissüsteem ja ühtsed teenusestandardid. Osalejad tõdesid, et paljud sadamad on viimase kümne aasta jooksul renoveeritud, kuid neil puudub püsiv haldaja ja turundus. Kohaliku toidu töötoas jagasid Ahvenamaa ja Hiiumaa tootjad kogemusi ühiste müügikanalite ja toidufestivalide korraldamisel. Mitu väiketootjat tõi välja, et laevapiletite hind ja praamide vähene mahutavus tipphooajal teevad mandriturule jõudmise keeruliseks. Puhta energia töötoas keskenduti energiaühistutele: Muhu saarel tegutseb juba kaks ühistut, kuid nende laienemist pidurdavad võrguühenduse piirangud ja keerulised loamenetlused.

Klastrijuhtide ümarlaual osalesid kuue klastri esindajad, kes leppisid kokku, et hakkavad edaspidi kord kvartalis kohtuma ning vahetama infot ühiste projektide ja rahastusvõimaluste kohta.

Foorumi järeldused

Foorumi lõpus võtsid korraldajad arutelud kokku järgmiselt:

• Saarte klastrid peavad looma ühise logistikalahenduse, et vähendada väikeste tootjate transpordikulusid mandrile
• Väikesadamate võrgustik tuleb siduda merendusturismi ja kalanduse arendamisega
• Kohaliku toidu brändi „Saarte maitse“ arendamine jätkub koostöös Ahvenamaa partneritega
• Saarte energiaühistud vajavad tehnilist nõustamist, mida saab pakkuda klastri kaudu
• Järgmine foorum korraldatakse 2041. aastal Hiiumaal Kärdlas

„Foorum näitas, et saarte ettevõtjad on valmis rohkem koostööd tegema, kui keegi võtab korraldamise enda peale,“ ütles Saarte Arenduskeskuse juhataja Priit Lõhmus. „Meie ülesanne on nüüd muuta need järeldused tegevusteks.“

Eesti Väikesadamate Klastri juhatuse liige Anneli Kask lisas, et klaster valmistab ette taotlust Interreg Kesk-Läänemere programmi, et rahastada väikesadamate võrgustiku arendamist aastatel 2040–2043.

Järgmised sammud

Foorumi tulemusi arutatakse klastrijuhtide ümarlauas uuesti 15. septembril 2039 Kärdlas. Taotluse esitamise tähtaeg on 30. oktoober 2039.

Varasemad foorumid:
2035 – Kuressaare
2037 – Kärdla

Lisainfo: Kadri-Liis Sepp, kommunikatsioonijuht, kadri-liis.sepp@saared.example.ee, tel 5xx xxxx

Jaga: Facebook | LinkedIn | E-post

© Saarte Arenduskeskus SA · Tallinna 10, 93811 Kuressaare
"""
assert wd(2039,9,15)=='Thursday'
write(F, T)
S = "Saarte Arenduskeskus SA"
gold(F,
 [P("Kadri-Liis Sepp","kommunikatsioonijuht",S),
  P("Tõnis Kõiv-Rebane","vallavanem","Saaremaa Vallavalitsus"),
  P("Johanna Sundqvist-Eriksson","majandusnõunik","Ahvenamaa valitsus"),
  P("Mart Ilves",None,"Tallinna Tehnikaülikooli Kuressaare Kolledž"),
  P("Priit Lõhmus","juhataja",S),
  P("Rein Vaher-Saar","juhatuse esimees","Hiiumaa Ettevõtjate Liit"),
  P("Anneli Kask","juhatuse liige","Eesti Väikesadamate Klaster")],
 [O(S), O("Eesti Väikesadamate Klaster"), O("Saaremaa Vallavalitsus"), O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"),
  O("Ahvenamaa valitsus"), O("Tallinna Tehnikaülikooli Kuressaare Kolledž"), O("Saaremaa Laevaremonditehas OÜ"),
  O("Salme kalatööstus"), O("Hiiumaa Ettevõtjate Liit")],
 [E("Saarte klastrifoorum","2039-06-16","2039-06-17","Kuressaare","Estonia"),
  E("Ettevõtete külastus","2039-06-16",None,None,"Estonia"),
  E("Foorumi õhtusöök","2039-06-16",None,"Kuressaare","Estonia"),
  E("klastrijuhtide ümarlaud","2039-09-15",None,"Kärdla","Estonia"),
  E("Saarte klastrifoorum","2041",None,"Kärdla","Estonia"),
  E("Saarte klastrifoorum","2035",None,"Kuressaare","Estonia"),
  E("Saarte klastrifoorum","2037",None,"Kärdla","Estonia")],
 ["2039-06-30","2039-06-16/2039-06-17","2039-06-16","2039-06-17","2039-04/2039-05","2041","2040/2043","2039-09-15","2039-10-30","2035","2037"],
 ["Saarte klastrid peavad looma ühise logistikalahenduse, et vähendada väikeste tootjate transpordikulusid mandrile",
  "Väikesadamate võrgustik tuleb siduda merendusturismi ja kalanduse arendamisega",
  "Kohaliku toidu brändi „Saarte maitse“ arendamine jätkub koostöös Ahvenamaa partneritega",
  "Saarte energiaühistud vajavad tehnilist nõustamist, mida saab pakkuda klastri kaudu",
  "Järgmine foorum korraldatakse 2041. aastal Hiiumaal Kärdlas"],
 pub="2039-06-30")
