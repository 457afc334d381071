from h import *
F = 'valgamaa-puiduklaster-uudised-lk2.html'
T = f"""<!DOCTYPE html>
<html lang="et"><head><meta charset="utf-8"><title>Uudised – lk 2 | Lõuna-Eesti Puiduklaster MTÜ</title></head>
<body>
<div id="cookie">See veebileht kasutab küpsiseid. Jätkates sirvimist nõustute küpsiste kasutamisega. <a href="#">Nõustun</a> <a href="#">Seaded</a></div>
<header><a href="/">Lõuna-Eesti Puiduklaster</a>
<nav><a href="/klastrist">Klastrist</a> | <a href="/liikmed">Liikmed</a> | <a href="/projektid">Projektid</a> | <a href="/uudised">Uudised</a> | <a href="/sundmused">Sündmused</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Avaleht › Uudised › Lehekülg 2</p>
<h1>Uudised</h1>

<article><p class="date">{wd(2034,3,14,'et').capitalize()[:-2]}, 14.03.2034</p>
<h2>Klaster sai Euroopa klastrijuhtimise hõbemärgise</h2>
<p>Lõuna-Eesti Puiduklaster MTÜ läbis veebruaris hindamise ning sai Euroopa klastrijuhtimise hõbemärgise. Hindaja Mirjam Vahtramäe sõnul paistis klaster silma liikmete kaasamise ja selge strateegiaga aastateks 2034–2038. Klastrijuht Kristjan Ilves tänas kõiki liikmeid, kes küsitlusele vastasid …</p>
<p><a href="/uudised/hobemargis">Loe edasi »</a></p></article>

<article><p class="date">27.02.2034</p>
<h2>Valgas avati puitkonstruktsioonide katsekoda</h2>
<p>Valga Kutsehariduskeskuse juurde rajatud katsekoda avati pidulikult {wd(2034,2,23,'et')} 23. veebruaril. Lindi lõikasid läbi Valga vallavanem Urmas Tamm-Kõrge ja SA Valgamaa Arenguagentuur juhatuse liige Liina Mäeots. Katsekojas saavad klastri liikmed katsetada liimpuitpaneelide ja CLT-elementide niiskuskindlust. Seadmed soetati Ettevõtluse ja Innovatsiooni Sihtasutuse (EIS) toel …</p>
<p><a href="/uudised/katsekoda">Loe edasi »</a></p></article>

<article><p class="date">09.02.2034</p>
<h2>Uued liikmed: Otepää Palkmajad OÜ ja Tõrva Saetööstus AS</h2>
<p>Klastri juhatus kinnitas {wd(2034,2,6,'et')} 6. veebruaril kaks uut liiget. Otepää Palkmajad OÜ toodab käsitööpalkmaju peamiselt Norra ja Saksamaa turule, Tõrva Saetööstus AS on piirkonna üks suuremaid saematerjali tootjaid. Klastris on nüüd 38 liiget. „Tõrva saeveskiga saame esimest korda kogu väärtusahela palgist majani ühe katuse alla,“ ütles juhatuse esimees Piret Org …</p>
<p><a href="/uudised/uued-liikmed-veebruar">Loe edasi »</a></p></article>

<article><p class="date">22.01.2034</p>
<h2>Kutse: Puitehituse Päev 2034 Valgas</h2>
<p>Juba kuuendat korda toimuv Puitehituse Päev leiab aset {wd(2034,4,16,'et')} 16. aprillil 2034 Valga Muuseumi konverentsisaalis. Peaesinejaks on Läti puitehitusklastri juht Jānis Ozoliņš Valmierast, kes räägib piiriülesest koostööst Valga–Valka kaksiklinnas. Pärastlõunal toimub ettevõtete külastus Otepääle. Registreerimine kuni 5. aprillini …</p>
<p><a href="/uudised/puitehituse-paev-2034">Loe edasi »</a></p></article>

<article><p class="date">08.01.2034</p>
<h2>Klastri 2033. aasta kokkuvõte</h2>
<p>Möödunud aastal korraldas klaster 14 koolitust ja kaks õppereisi, millest üks viis liikmed Soome Lahtisse ja teine Rootsi Skellefteåsse. Ühisprojektide maht ulatus 1,2 miljoni euroni. Klastrijuht Kristjan Ilves: „Kõige olulisem oli see, et kolm väiksemat liiget esitasid esimest korda ühispakkumise.“ Täielik tegevusaruanne esitatakse üldkoosolekule …</p>
<p><a href="/uudised/kokkuvote-2033">Loe edasi »</a></p></article>

<article><p class="date">18.12.2033</p>
<h2>Jõulukohtumine Sangaste lossis</h2>
<p>Klastri traditsiooniline jõulukohtumine toimus {wd(2033,12,12,'et')} 12. detsembril Sangaste lossis. Külalisena esines Eesti Metsa- ja Puidutööstuse Liidu (EMPL) tegevjuht Henrik Välja-Saar, kes tutvustas puitehituse riiklikku tegevuskava 2034–2040. Õhtu lõpetas Hummuli Puidutöö OÜ meistrite valmistatud tammepuidust auhinna üleandmine aasta liikmele …</p>
<p><a href="/uudised/joulukohtumine">Loe edasi »</a></p></article>

<article><p class="date">30.11.2033</p>
<h2>Läti partneritega allkirjastati koostöömemorandum</h2>
<p>Valka linnas allkirjastati {wd(2033,11,28,'et')} 28. novembril koostöömemorandum Lõuna-Eesti Puiduklastri ja Vidzemes Koka Klasteris biedrība vahel. Memorandum näeb ette ühiseid messikülastusi ja õpipoisiõppe vahetust aastatel 2034–2036. Läti poolelt allkirjastas dokumendi valdes priekšsēdētāja Ilze Bērziņa …</p>
<p><a href="/uudised/memorandum-vidzeme">Loe edasi »</a></p></article>

<article><p class="date">15.11.2033</p>
<h2>Klastrijuht Kristjan Ilves esines Tallinnas Puitlinna foorumil</h2>
<p>{wd(2033,11,10,'et').capitalize()} 10. novembril Tallinnas toimunud Puitlinna foorumil rääkis klastrijuht, kuidas väikesed Lõuna-Eesti ettevõtted saavad osaleda suurtes puitkorterelamute hangetes. Paneelis osalesid ka Tallinna Tehnikaülikooli professor Dr. Anneli Kask-Rüütel ja Riigi Kinnisvara AS-i (RKAS) arendusjuht Margus Lepik …</p>
<p><a href="/uudised/puitlinna-foorum">Loe edasi »</a></p></article>

<article><p class="date">04.11.2033</p>
<h2>Õppereis Skellefteåsse: puitkõrghoonete ehitus lähedalt</h2>
<p>Kaheteistkümneliikmeline delegatsioon külastas 30. oktoobrist 2. novembrini Rootsis Skellefteå kultuurikeskust ja kohalikke CLT-tehaseid. Reisi juhtis klastri projektijuht Maarja-Liis Õunapuu. Osalejate sõnul oli kõige õpetlikum kohtumine Skellefteå kommuni planeerijatega, kes selgitasid, kuidas hankedokumentides puidu kasutamist soodustatakse. Reisi kokkuvõte ja fotod on liikmetele kättesaadavad siseveebis …</p>
<p><a href="/uudised/skelleftea">Loe edasi »</a></p></article>

<article><p class="date">20.10.2033</p>
<h2>Koolitussari „Puit ja tuleohutus“ jätkub</h2>
<p>Päästeameti Lõuna päästekeskuse ekspert Tõnu Raudsepp viib novembris ja detsembris läbi kolm praktilist koolitust puitmajade tuleohutuse teemal. Koolitused toimuvad Valgas, Tõrvas ja Otepääl ning on klastri liikmetele tasuta. Eelmisel hooajal osales sarjas kokku 64 inimest 21 ettevõttest …</p>
<p><a href="/uudised/tuleohutus">Loe edasi »</a></p></article>

<nav class="pager">« <a href="/uudised?page=1">Eelmine</a> | <a href="/uudised?page=1">1</a> | <strong>2</strong> | <a href="/uudised?page=3">3</a> | <a href="/uudised?page=4">4</a> | … | <a href="/uudised?page=11">11</a> | <a href="/uudised?page=3">Järgmine</a> »</nav>
</main>
<aside><h3>Tulevased sündmused</h3><ul><li>16.04.2034 – Puitehituse Päev, Valga</li><li>21.05.2034 – Üldkoosolek, Tõrva</li></ul>
<h3>Uudiskiri</h3><p>Telli klastri uudiskiri, et olla kursis liikmete ja projektide uudistega. <a href="#">Telli</a></p></aside>
<footer><p>Lõuna-Eesti Puiduklaster MTÜ · Vabaduse 26, 68204 Valga · registrikood 80544213 · info@puiduklaster.ee · +372 766 2211</p>
<p>Klastri tegevust toetab Ettevõtluse ja Innovatsiooni Sihtasutus. © 2034 Lõuna-Eesti Puiduklaster</p></footer>
</body></html>
"""
write(F, T)
gold(F, [P('Mirjam Vahtramäe','Hindaja',None), P('Kristjan Ilves','klastrijuht','Lõuna-Eesti Puiduklaster MTÜ'),
 P('Urmas Tamm-Kõrge','vallavanem',None), P('Liina Mäeots','juhatuse liige','SA Valgamaa Arenguagentuur'),
 P('Piret Org','juhatuse esimees','Lõuna-Eesti Puiduklaster MTÜ'), P('Jānis Ozoliņš','puitehitusklastri juht',None),
 P('Henrik Välja-Saar','tegevjuht','Eesti Metsa- ja Puidutööstuse Liidu'), P('Ilze Bērziņa','valdes priekšsēdētāja','Vidzemes Koka Klasteris biedrība'),
 P('Anneli Kask-Rüütel','professor','Tallinna Tehnikaülikooli'), P('Margus Lepik','arendusjuht','Riigi Kinnisvara AS'), P('Maarja-Liis Õunapuu','projektijuht','Lõuna-Eesti Puiduklaster MTÜ'), P('Tõnu Raudsepp','ekspert','Päästeameti Lõuna päästekeskus')],
 [O('Lõuna-Eesti Puiduklaster MTÜ'), O('Valga Kutsehariduskeskus'), O('SA Valgamaa Arenguagentuur'),
  O('Ettevõtluse ja Innovatsiooni Sihtasutus','EIS'), O('Otepää Palkmajad OÜ'), O('Tõrva Saetööstus AS'),
  O('Valga Muuseum'), O('Eesti Metsa- ja Puidutööstuse Liidu','EMPL'), O('Hummuli Puidutöö OÜ'),
  O('Vidzemes Koka Klasteris biedrība'), O('Tallinna Tehnikaülikooli'), O('Riigi Kinnisvara AS','RKAS'), O('Skellefteå kommun'), O('Päästeameti Lõuna päästekeskus')],
 [E('Puitehituse Päev 2034','2034-04-16','2034-04-16','Valga','Estonia'), E('ettevõtete külastus','2034-04-16','2034-04-16','Otepää','Estonia'),
  E('katsekoja avamine','2034-02-23','2034-02-23','Valga','Estonia'),
  E('jõulukohtumine','2033-12-12','2033-12-12',None,'Estonia'), E('Puitlinna foorum','2033-11-10','2033-11-10','Tallinn','Estonia'),
  E('Õppereis Skellefteåsse','2033-10-30','2033-11-02','Skellefteå','Sweden'), E('Koolitussari „Puit ja tuleohutus“','2033-11','2033-12',None,None), E('Üldkoosolek','2034-05-21','2034-05-21','Tõrva','Estonia'), E('memorandumi allkirjastamine','2033-11-28','2033-11-28','Valka','Latvia')],
 ['2034-03-14','2034/2038','2034-02-27','2034-02-23','2034-02-09','2034-02-06','2034-01-22','2034-04-16','2034-04-05',
  '2034-01-08','2033','2033-12-18','2033-12-12','2034/2040','2033-11-30','2033-11-28','2034/2036','2033-11-15','2033-11-10','2034-05-21','2033-11-04','2033-10-30/2033-11-02','2033-10-20','2033-11','2033-12'],
 pub=None)
