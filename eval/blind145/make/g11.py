from h import *
F = 'g11_polva_toiduseminar_kokkuvote.html'
assert wd(2041,4,24)=='Wednesday' and wd(2041,4,25)=='Thursday' and wd(2041,9,18)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="et"><head><meta charset="utf-8"><title>Seminari kokkuvõte: väiketootjad ja ühine töötlemine | Kagu-Eesti Toiduklaster</title></head>
<body>
<div id="kupsised">Kasutame veebilehel küpsiseid. <a href="/privaatsus">Loe lähemalt</a> <button>Nõustun</button></div>
<header><p class="logo">Kagu-Eesti Toiduklaster MTÜ</p>
<nav><a href="/">Avaleht</a> · <a href="/meist">Meist</a> · <a href="/liikmed">Liikmed</a> · <a href="/uudised">Uudised</a> · <a href="/sundmused">Sündmused</a> · <a href="/en">English</a></nav></header>
<main>
<p class="rada">Avaleht › Uudised › Kokkuvõtted</p>
<h1>Väiketootjate seminar Põlvas: ühine töötlemine on ainus tee kasvuks</h1>
<p class="info">Avaldatud 2. mail 2041 · Autor: Kadri-Liis Vähi, klastri kommunikatsioonijuht</p>
<p>Kagu-Eesti Toiduklaster korraldas koos Põlvamaa Arenduskeskusega 24.–25. aprillil 2041 Põlvas kahepäevase seminari „Väiketootja ja ühine töötlemine“. Seminaril osales 73 inimest: talunikud, piima- ja lihatöötlejad, marjakasvatajad, kohalike omavalitsuste ja ülikoolide esindajad Põlva-, Võru- ja Valgamaalt ning külalised Lätist.</p>
<p>Seminari avas klastri juhatuse esimees Margus Kõiv, kes tuletas meelde, et piirkonna toidutootjatest kaks kolmandikku on mikroettevõtted ja et enamik neist ei jõua üksi investeerida tänapäevasesse töötlemisse. Põlva vallavanem Anneli Kuusk-Mägi rääkis valla plaanist rajada endise meierei hoonesse ühine tootmisköök.</p>
<h2>Programm</h2>
<p><b>Kolmapäev, 24. aprill</b><br>
10.00 Registreerimine ja kohv<br>
10.30 Avasõnad – Margus Kõiv, Kagu-Eesti Toiduklaster<br>
11.00 „Ühistöötlemise mudelid Põhjamaades“ – Dr. Ingrid Haugland, Norwegian Institute of Bioeconomy Research (NIBIO)<br>
13.00 Töötoad: piim, liha, marjad ja köögiviljad<br>
19.00 Ühine õhtusöök Värska veekeskuses</p>
<p><b>Neljapäev, 25. aprill</b><br>
9.30 Õppekäik Räpina aianduskooli tootmisköögi ja Tartu ülikooli toidutehnoloogia laborisse<br>
13.00 Töötubade tulemuste arutelu ja kokkuvõte</p>
<h2>Mida kuulsime</h2>
<p>Dr. Ingrid Haugland tutvustas Norra kogemust, kus üheksa väiketootjat jagavad Trøndelagis ühist lihalõikusruumi ja müügiplatvormi. Eesti Maaülikooli toiduteaduse ja toitumise õppetooli dotsent Raul Tammeorg selgitas, et ühine töötlemine nõuab selgeid reegleid toiduohutuse vastutuse jagamisel. Läti kolleeg Jānis Bērziņš Latgales plānošanas reģions’ist rääkis Rēzekne piirkonna kogemusest ühise külmlao rajamisel.</p>
<h2>Töötubade tulemused</h2>
<p>Piimatöötoas leiti, et piirkonnas on vähemalt kuus talu, kes tahaksid toota juustu, kuid kellel puudub nõuetele vastav ruum. Ühiselt kasutatav juustuköök koos laagerdusruumiga vähendaks iga tootja investeeringut ligikaudu kolm korda. Lihatöötoas räägiti eelkõige tapamaja kättesaadavusest: lähim väiketootjatele sobiv tapamaja asub praegu üle saja kilomeetri kaugusel ning transpordikulu sööb ära suure osa kasumist.</p>
<p>Marjade ja köögiviljade töötoas arutati külmutamise ja kuivatamise võimalusi. Osalejad tõid välja, et hooajaline töö ja tööjõu puudus on sama suur probleem kui seadmete hind. Mitu tootjat oli valmis jagama nii seadmeid kui ka töötajaid, kui keegi võtaks enda peale graafiku koostamise ja arvelduse. Eraldi arutati ka seda, kuidas ühine tootmisköök saaks teenindada kohalikke koole ja lasteaedu, mis annaks töötlejatele kindla aastaringse tellimuse.</p>
<h2>Peamised järeldused</h2>
<ul>
<li>Väiketootjad vajavad ühist töötlemisruumi, mida haldab neutraalne operaator, mitte üks tootja</li>
<li>Toiduohutuse nõuded ei ole takistus, kui vastutus on lepingus selgelt jagatud</li>
<li>Ühine müügikanal on sama oluline kui ühine tootmine, sest ilma turuta ei kasva ka töötlemine</li>
<li>Piirkond peaks kasutama Läti ja Norra kogemust, mitte leiutama kõike uuesti</li>
</ul>
<p>Seminari lõpus täitsid osalejad tagasisidelehe. Kolm neljandikku vastanutest hindas seminari väga kasulikuks ning 41 ettevõtet andis teada, et on valmis osalema ühise tootmisköögi edasises planeerimises. Kõige rohkem sooviti järgmiseks korraks praktilisi näiteid lepingutest ja hinnakujundusest ning rohkem aega omavaheliseks suhtlemiseks. Korraldajad lubasid need soovid järgmise seminari kavandamisel kindlasti arvesse võtta.</p>
<h2>Edasised sammud</h2>
<p>Klaster koostab koos Põlvamaa Arenduskeskuse ja Võrumaa Arenduskeskusega teostatavusuuringu ühise tootmisköögi kohta ning esitab taotluse Ettevõtluse ja Innovatsiooni Sihtasutusele (EIS) 2041. aasta sügisel. Tulemusi tutvustatakse klastri üldkoosolekul 18. septembril 2041 Võrus. Seminari ettekanded on liikmetele kättesaadavad siseveebis. Need, kes seminarile ei jõudnud, saavad ettekannete salvestusi küsida klastri kontorist.</p>
<p>Seminari toetas Regionaal- ja Põllumajandusministeerium. Eelmine väiketootjate seminar toimus 2040. aasta märtsis Otepääl ja käsitles otsemüüki.</p>
<p>Lisainfo: Kadri-Liis Vähi, kadri-liis@kagutoit.example.ee, tel 5000 0000</p>
<p class="jaga">Jaga: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">E-post</a></p>
</main>
<footer><p>Kagu-Eesti Toiduklaster MTÜ · Kesk 20, 63308 Põlva · registrikood 80000000</p><p>© 2041 · Kõik õigused kaitstud</p></footer>
</body></html>
"""
write(F, T)
K="Kagu-Eesti Toiduklaster MTÜ"
gold(F,
 [P("Kadri-Liis Vähi","kommunikatsioonijuht","Kagu-Eesti Toiduklaster"),
  P("Margus Kõiv","juhatuse esimees","Kagu-Eesti Toiduklaster"),
  P("Anneli Kuusk-Mägi","Põlva vallavanem",None),
  P("Ingrid Haugland",None,"Norwegian Institute of Bioeconomy Research"),
  P("Raul Tammeorg","dotsent","Eesti Maaülikool"),
  P("Jānis Bērziņš",None,"Latgales plānošanas reģions")],
 [O(K), O("Põlvamaa Arenduskeskus"), O("Norwegian Institute of Bioeconomy Research","NIBIO"),
  O("Eesti Maaülikool"), O("Latgales plānošanas reģions"), O("Võrumaa Arenduskeskus"),
  O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"), O("Regionaal- ja Põllumajandusministeerium"),
  O("Räpina aianduskool"), O("Tartu ülikool")],
 [E("Väiketootja ja ühine töötlemine","2041-04-24","2041-04-25","Põlva","Estonia"),
  E("Ühine õhtusöök","2041-04-24",None,"Värska","Estonia"),
  E("Õppekäik","2041-04-25",None,"Räpina, Tartu","Estonia"),
  E("klastri üldkoosolek","2041-09-18",None,"Võru","Estonia"),
  E("väiketootjate seminar","2040-03",None,"Otepää","Estonia")],
 ["2041-05-02","2041-04-24/2041-04-25","2041-04-24","2041-04-25","2041","2041-09-18","2040-03"],
 ["Väiketootjad vajavad ühist töötlemisruumi, mida haldab neutraalne operaator, mitte üks tootja",
  "Toiduohutuse nõuded ei ole takistus, kui vastutus on lepingus selgelt jagatud",
  "Ühine müügikanal on sama oluline kui ühine tootmine, sest ilma turuta ei kasva ka töötlemine",
  "Piirkond peaks kasutama Läti ja Norra kogemust, mitte leiutama kõike uuesti"],
 pub="2041-05-02")
