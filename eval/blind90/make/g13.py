from h import *
F = 'g13_liikmetutvustus_ida_viru_klaster.html'
assert wd(2038,4,29)=='Thursday' and wd(2038,4,16)=='Friday' and wd(2038,5,6)=='Thursday'
T = """<!DOCTYPE html>
<html lang="et"><head><meta charset="utf-8"><title>Liikme lugu: OÜ Narva Komposiit | Ida-Virumaa Tööstusklaster</title></head>
<body>
<div class="kupsised">Kasutame küpsiseid, et veebilehe kasutamist analüüsida. <button>Nõustun</button> <a href="/privaatsus">Loe lähemalt</a></div>
<header><strong>Ida-Virumaa Tööstusklaster</strong> | <a href="/">Avaleht</a> · <a href="/klastrist">Klastrist</a> · <a href="/liikmed">Liikmed</a> · <a href="/uudised">Uudised</a> · <a href="/sundmused">Sündmused</a> · <a href="/kontakt">Kontakt</a> · EST | ENG | RUS</header>
<main>
<p class="teekond">Avaleht › Uudised › Liikme lugu</p>
<h1>Liikme lugu: OÜ Narva Komposiit – tuuleturbiini labadest paatide kereni</h1>
<p class="info">Avaldatud 21. aprillil 2038 · Autor: Kadri Pärnpuu · Foto: Ida-Virumaa Tööstusklaster / Sergei Ivanov</p>

<p>Igas kuus tutvustame ühte klastri liiget. Seekord külastasime Narva tööstusparki, kus OÜ Narva Komposiit toodab klaaskiust ja süsinikkiust detaile nii tuuleenergeetikale kui ka väikelaevaehitusele.</p>

<p>Ettevõte asutati 2032. aastal, kui kaks endist põlevkivitööstuse inseneri, Andrei Smirnov ja Tiina Kask, otsustasid oma teadmised uues valdkonnas proovile panna. Täna töötab ettevõttes 46 inimest ja ligi 70 protsenti toodangust läheb ekspordiks, peamiselt Soome, Rootsi ja Saksamaale. Tootmine käib kahes vahetuses ning tellimusi on ette juba järgmise aasta lõpuni, mistõttu otsib ettevõte praegu veel kümmet oskustöölist.</p>

<p>„Kui me alustasime, ei uskunud keegi, et Narvas saab teha kõrgtehnoloogilisi komposiittooteid. Nüüd tulevad kliendid ise meie juurde,“ ütleb ettevõtte juhatuse liige Tiina Kask. Tema sõnul on suurimaks väljakutseks kvalifitseeritud töötajate leidmine, mistõttu teeb ettevõte koostööd Ida-Virumaa Kutsehariduskeskusega, kus avati 2036. aastal komposiitmaterjalide õppekava.</p>

<h2>Klastriga koos</h2>
<p>Narva Komposiit liitus klastriga 2034. aastal. Klastri kaudu on ettevõte osalenud kahes rahvusvahelises projektis ja kolmel messil. „Klastri suurim väärtus on kontaktid. Ühe Soome kliendi leidsime just klastri korraldatud ärikohtumistelt Turus,“ räägib tegevjuht Andrei Smirnov.</p>

<p>Klastri juht Margus Lillemägi lisab, et Narva Komposiit on hea näide sellest, kuidas Õiglase Ülemineku Fondi toetusega saab piirkonnas luua uusi töökohti. Ettevõte sai 2036. aastal Ettevõtluse ja Innovatsiooni Sihtasutuselt (EIS) 1,4 miljoni euro suuruse investeeringutoetuse uue tootmishoone rajamiseks. Hoone valmis 2037. aasta sügisel.</p>

<h2>Uued plaanid</h2>
<p>Järgmise sammuna plaanib ettevõte koostöös Tallinna Tehnikaülikooli (TalTech) Virumaa kolledžiga arendada taaskasutatavaid komposiitmaterjale. Projekti ettevalmistamiseks korraldatakse reedel, 16. aprillil 2038 Jõhvis töötuba, kus osalevad ka Eesti Maaülikooli ja Tartu Ülikooli teadlased. TalTechi Virumaa kolledži direktor Mare Roosileht kinnitas, et kolledž on valmis projekti jaoks oma laborit laiendama.</p>

<p>Lisaks osaleb Narva Komposiit 6. mail 2038 Tallinnas toimuval Eesti Tööstuse Päeval, kus Tiina Kask esineb paneelarutelul teemal „Naised tööstuses“.</p>

<h2>Faktid</h2>
<ul>
<li>Asutatud: 2032</li>
<li>Töötajaid: 46</li>
<li>Müügitulu 2037: 7,8 miljonit eurot</li>
<li>Tooted: tuuleturbiini labade osad, paadikered, tööstuslikud kaaned</li>
<li>Kontakt: info@narvakomposiit.example.ee</li>
</ul>

<h2>Koostööpartnerid</h2>
<p>Narva Komposiidi olulisemad koostööpartnerid viimastel aastatel on olnud:</p>
<ul>
<li>Ida-Virumaa Kutsehariduskeskus – praktikakohad ja komposiitmaterjalide õppekava</li>
<li>Ettevõtluse ja Innovatsiooni Sihtasutus (EIS) – investeeringutoetus ja ekspordinõustamine</li>
<li>Tallinna Tehnikaülikool, Virumaa kolledž – materjalikatsetused</li>
<li>Eesti Maaülikool ja Tartu Ülikool – taaskasutatavate materjalide uuringud</li>
<li>Turu ärikohtumised (september 2035) – esimene Soome klient</li>
</ul>

<h2>Klastri tulevased sündmused</h2>
<p>Klaster kutsub liikmeid osalema kevadistel üritustel. Neljapäeval, 29. aprillil 2038 toimub Kohtla-Järvel liikmete üldkoosolek, kus valitakse uus juhatus ja kinnitatakse 2037. aasta majandusaasta aruanne. Mai lõpus korraldab klaster ühise külastuse Elmia Subcontractor messile Rootsis ning juunis Soome ja Eesti tööstusettevõtete ärikohtumised Narvas. Registreerimine käib klastri kodulehel; lisainfot annab projektijuht Kadri Pärnpuu.</p>

<h2>Ida-Virumaa Tööstusklastrist</h2>
<p>Ida-Virumaa Tööstusklaster ühendab 58 tööstusettevõtet, haridusasutust ja arendusorganisatsiooni Ida-Virumaalt. Klastrit veab Ida-Virumaa Ettevõtluskeskus (IVEK) ning selle tegevust toetab Eesti Vabariigi Majandus- ja Kommunikatsiooniministeerium. Klaster korraldab liikmetele koolitusi, ühiseid messikülastusi ja ärikohtumisi, aitab leida projektipartnereid ning esindab piirkonna tööstuse huve riiklikes ja rahvusvahelistes võrgustikes.</p>

<p class="jaga">Jaga: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-post</a></p>
<p class="eelmised">Eelmised liikme lood: <a href="#">AS Sillamäe Metall (märts 2038)</a> · <a href="#">OÜ Kohtla Puit (veebruar 2038)</a> · <a href="#">Jõhvi Elektroonika OÜ (jaanuar 2038)</a></p>
</main>
<footer>Ida-Virumaa Tööstusklaster · Tallinna mnt 3, 41532 Jõhvi · tel +372 000 0000 · <a href="/privaatsus">Privaatsuspoliitika</a> · © 2038</footer>
</body></html>
"""
write(F, T)
C = "Ida-Virumaa Tööstusklaster"
gold(F,
 [P("Kadri Pärnpuu","projektijuht",C), P("Sergei Ivanov"), P("Andrei Smirnov","tegevjuht","OÜ Narva Komposiit"),
  P("Tiina Kask","juhatuse liige","OÜ Narva Komposiit"), P("Margus Lillemägi","Klastri juht",C),
  P("Mare Roosileht","direktor","Virumaa kolledž")],
 [O(C), O("OÜ Narva Komposiit"), O("Ida-Virumaa Kutsehariduskeskus"), O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"),
  O("Tallinna Tehnikaülikool","TalTech"), O("Virumaa kolledž"), O("Eesti Maaülikool"), O("Tartu Ülikool"),
  O("Ida-Virumaa Ettevõtluskeskus","IVEK"), O("Eesti Vabariigi Majandus- ja Kommunikatsiooniministeerium"),
  O("AS Sillamäe Metall"), O("OÜ Kohtla Puit"), O("Jõhvi Elektroonika OÜ")],
 [E("Turu ärikohtumised","2035-09",None,"Turu","Finland"),
  E("liikmete üldkoosolek","2038-04-29",None,"Kohtla-Järve","Estonia"),
  E("Elmia Subcontractor","2038-05",None,None,"Sweden"),
  E("Soome ja Eesti tööstusettevõtete ärikohtumised","2038-06",None,"Narva","Estonia"),
  E("töötuba","2038-04-16",None,"Jõhvi","Estonia"),
  E("Eesti Tööstuse Päev","2038-05-06",None,"Tallinn","Estonia"),
  E("paneelarutelu „Naised tööstuses“","2038-05-06",None,"Tallinn","Estonia")],
 ["2038-04-21","2032","2036","2034","2037","2038-04-16","2038-05-06","2038-03","2038-02","2038-01","2035-09","2038-04-29","2038-05","2038-06"],
 [], "2038-04-21")
