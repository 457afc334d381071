from h import *
F = 'g10_paide_puiduklaster_uldkoosolek.txt'
assert wd(2036,5,21)=='Wednesday' and wd(2036,6,4)=='Wednesday' and wd(2036,9,10)=='Wednesday'
T = """Kesk-Eesti Puiduklaster | Uudised | Klastrist | Liikmed | Projektid | Kontakt | EN

Avaleht / Uudised / 2036

Puiduklastri üldkoosolek valis uue juhatuse
27.05.2036 | Autor: klastri meeskond

MTÜ Kesk-Eesti Puiduklaster korraline üldkoosolek toimus kolmapäeval, 21. mail 2036 Paides, Järvamaa Kutsehariduskeskuse aulas. Koosolekul osales 34 liiget 47-st, seega oli üldkoosolek otsustusvõimeline. Koosolekut juhatas juhatuse senine esimees Tarmo Kõiv ja protokollis klastri projektijuht Kadri Lepik.

Üldkoosolek kinnitas 2035. aasta majandusaasta aruande ja valis klastrile uue juhatuse kolmeks aastaks (2036–2039). Juhatusse kuuluvad:
- Marika Saar-Pärn, AS Järva Palk (juhatuse esimees)
- Rein Tuisk, OÜ Türi Aknatehas (aseesimees)
- Jaanus Oja-Laane, Paide Linnavalitsus
- Kristiina von Wahl, OÜ Wahl Puitmajad
- Aleksei Smirnov, Tallinna Tehnikaülikooli puidutehnoloogia õppetool

Juhatuse uus esimees Marika Saar-Pärn juhib Järva Palgi tootmist alates 2031. aastast. „Meie piirkonna puidutööstus on tugev, aga ettevõtted on väikesed. Klaster peab aitama neil koos välisturgudele minna ja noori inimesi tööle saada,“ ütles ta pärast valimist.

Tänu senisele esimehele

Tarmo Kõiv juhtis klastri juhatust üheksa aastat (2027–2036). Tema ajal kasvas klastri liikmete arv 12-lt 47-le ning klaster sai 2033. aastal Euroopa klastrite tipptaseme algatuse pronksmärgise. Üldkoosolek valis Tarmo Kõivu klastri auliikmeks. Tarmo jätkab AS Kõiv & Pojad nõukogu liikmena ja on lubanud klastrit ka edaspidi nõuga aidata.

Meeskond

Klastri igapäevatööd juhib jätkuvalt klastrijuht Piret Anton, kes on ametis alates 2034. aastast. Meeskonda kuuluvad projektijuht Kadri Lepik ja ekspordinõunik Andres Kuusik, kes töötab osalise tööajaga ka Ettevõtluse ja Innovatsiooni Sihtasutuses (EIS). Alates septembrist liitub meeskonnaga praktikant Kärt-Liis Mägi Eesti Maaülikoolist.

Külalised ja ettekanded

Üldkoosolekul esinesid külalistena Järva Arenduskeskuse juhataja Urmas Vainola, kes tutvustas maakonna arengustrateegia uuendamist, ning Soome puidutööstuse klastri Puuinfo esindaja Heikki Rautiainen Lahtist. Ta rääkis, kuidas Päijät-Häme ettevõtted on ühiselt eksportinud puitmaju Saksamaale ja milliseid vigu nad alguses tegid. Tema sõnul ei piisa ühisest messistendist: ettevõtted peavad kokku leppima ka ühistes kvaliteedinõuetes, tarnetingimustes ja hinnastamises, muidu ostja valib lihtsalt odavaima pakkuja. Mitu klastri liiget avaldas soovi Lahti ettevõtteid ise külastada, millest sündiski sügisese õppereisi mõte.

Üldkoosoleku otsused

Üldkoosolek otsustas:
1. kinnitada 2035. aasta majandusaasta aruanne ja revisjonikomisjoni aruanne
2. valida juhatus koosseisus Marika Saar-Pärn, Rein Tuisk, Jaanus Oja-Laane, Kristiina von Wahl ja Aleksei Smirnov
3. jätta liikmemaks 2037. aastaks muutmata
4. valida Tarmo Kõiv klastri auliikmeks
5. teha ettepanek Järva Vallavalitsusele ja Paide Linnavalitsusele ühise puiduinnovatsiooni keskuse rajamiseks

Järgmised sammud

Uue juhatuse esimene koosolek toimub kolmapäeval, 4. juunil 2036 klastri kontoris Paides. Sügisel korraldab klaster õppereisi Soome: 10.–12. septembrini 2036 külastatakse Lahti ja Heinola puidutööstusettevõtteid. Reisile saab registreeruda kuni 15. augustini 2036.

Lisaks osaleb klaster 2. oktoobril 2036 Tallinnas toimuval Eesti Puitmajaliidu aastakonverentsil, kus Marika Saar-Pärn esineb ettekandega piirkondliku koostöö kogemustest. Konverentsi korraldab Eesti Puitmajaliit koostöös Tallinna Tehnikaülikooliga.

Uued liikmed

2035. aastal ja 2036. aasta esimestel kuudel liitus klastriga viis uut liiget: saetööstus OÜ Imavere Saeveski, mööblitootja OÜ Koigi Mööbel, inseneribüroo OÜ Puitkonstruktsioonid, Türi vallavalitsus ning Järvamaa Kutsehariduskeskus. Klastril on nüüd 47 liiget, neist 38 ettevõtet, kolm haridusasutust ja kuus avaliku sektori organisatsiooni. Liikmeks astumise avaldus tuleb saata klastrijuhile; avaldused vaatab läbi juhatus oma järgmisel koosolekul.

Klastri töö põhineb liikmemaksudel ning projektitoetustel. Suurima osa tegevustest rahastab praegu Ettevõtluse ja Innovatsiooni Sihtasutuse klastriprogramm, mis kestab 2038. aasta lõpuni. Juhatus koostab sügiseks uue arengukava aastateks 2037–2041 ja kutsub kõiki liikmeid selle koostamisel kaasa rääkima. Esimene arutelu toimub oktoobris.

Kontakt: Piret Anton, klastrijuht, piret.anton@puiduklaster.example.ee, +372 500 0000
Kesk-Eesti Puiduklaster MTÜ, Pärnu 8, 72711 Paide

Jaga: Facebook | LinkedIn | E-post
Küpsiste kasutamine | Privaatsuspoliitika
"""
write(F, T)
K="Kesk-Eesti Puiduklaster"
gold(F,
 [P("Tarmo Kõiv","esimees",K),
  P("Kadri Lepik","projektijuht",K),
  P("Marika Saar-Pärn","juhatuse esimees",K),
  P("Rein Tuisk","aseesimees",K),
  P("Jaanus Oja-Laane",None,"Paide Linnavalitsus"),
  P("Kristiina von Wahl",None,"OÜ Wahl Puitmajad"),
  P("Aleksei Smirnov",None,"Tallinna Tehnikaülikooli puidutehnoloogia õppetool"),
  P("Piret Anton","klastrijuht",K),
  P("Andres Kuusik","ekspordinõunik",K),
  P("Kärt-Liis Mägi","praktikant",K),
  P("Urmas Vainola","juhataja","Järva Arenduskeskus"),
  P("Heikki Rautiainen","esindaja","Puuinfo")],
 [O(K), O("Järvamaa Kutsehariduskeskus"), O("AS Järva Palk"), O("OÜ Türi Aknatehas"), O("Paide Linnavalitsus"),
  O("OÜ Wahl Puitmajad"), O("Tallinna Tehnikaülikool"), O("Tallinna Tehnikaülikooli puidutehnoloogia õppetool"),
  O("AS Kõiv & Pojad"), O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"), O("Eesti Maaülikool"),
  O("Järva Arenduskeskus"), O("Puuinfo"), O("Järva Vallavalitsus"), O("Eesti Puitmajaliit"),
  O("OÜ Imavere Saeveski"), O("OÜ Koigi Mööbel"), O("OÜ Puitkonstruktsioonid"), O("Türi vallavalitsus")],
 [E("üldkoosolek","2036-05-21",None,"Paide","Estonia"),
  E("juhatuse esimene koosolek","2036-06-04",None,"Paide","Estonia"),
  E("õppereis","2036-09-10","2036-09-12","Lahti, Heinola","Finland"),
  E("Eesti Puitmajaliidu aastakonverents","2036-10-02",None,"Tallinn","Estonia")],
 ["2036-05-27","2036-05-21","2035","2036/2039","2031","2027/2036","2033","2034","2036-09","2037","2036-06-04","2036-09-10/2036-09-12","2036-08-15","2036-10-02","2036","2038","2037/2041","2036-10"],
 ["kinnitada 2035. aasta majandusaasta aruanne ja revisjonikomisjoni aruanne",
  "valida juhatus koosseisus Marika Saar-Pärn, Rein Tuisk, Jaanus Oja-Laane, Kristiina von Wahl ja Aleksei Smirnov",
  "jätta liikmemaks 2037. aastaks muutmata",
  "valida Tarmo Kõiv klastri auliikmeks",
  "teha ettepanek Järva Vallavalitsusele ja Paide Linnavalitsusele ühise puiduinnovatsiooni keskuse rajamiseks"],
 pub="2036-05-27")
