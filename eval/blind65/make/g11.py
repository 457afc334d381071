"""11: a partner's event teaser in Estonian on a South Estonian wood cluster's site (Viljandi), cut off mid-sentence,
with share buttons, related posts and footer (HTML)."""
from h import *
W = wd(2034,4,20,'et'); W2 = wd(2034,4,21,'et')
t = f"""<!DOCTYPE html><html lang="et"><head><meta charset="utf-8"><title>Partneri üritus: Viljandi Puidufoorum 2034 | Lõuna-Eesti Puiduklaster</title></head><body>
<div class="kupsised">Kasutame küpsiseid, et veebileht töötaks paremini. <a href="/privaatsus">Loe lähemalt</a> <button>Nõustun</button> <button>Keeldun</button></div>
<header><a href="/">Lõuna-Eesti Puiduklaster</a>
<nav><a href="/klastrist">Klastrist</a> · <a href="/liikmed">Liikmed</a> · <a href="/projektid">Projektid</a> · <a href="/uudised">Uudised</a> · <a href="/sundmused">Sündmused</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="rubriik">Partnerite sündmused · 12.02.2034</p>
<h1>Viljandi Puidufoorum 2034: puit, disain ja ringmajandus</h1>
<p><strong>Viljandi Puidufoorum</strong> toimub sel aastal juba kuuendat korda. Foorumi korraldab meie partner SA Viljandimaa
Arenduskeskus koostöös kahe partneriga (Eesti Kunstiakadeemia, Viljandi Linnavalitsus), Lõuna-Eesti Puiduklaster on foorumi ametlik partner.
Foorum toimub {W} ja {W2}, <strong>20.–21. aprillil 2034</strong> Viljandis, Sakala Keskuses.</p>
<p>Esimene päev on pühendatud puidu väärindamisele ja disainile. Avakõne peab SA Viljandimaa Arenduskeskus juhatuse liige
<strong>Margus Õunapuu</strong>, peaesinejaks on Soomest professor
<strong>Jukka-Pekka Laaksonen</strong> (LAB University of Applied Sciences, Lahti), kes räägib puitmööbli ringdisainist ja sellest, kuidas Soome tootjad on vähendanud
jäätmeid poole võrra. Päeva teises pooles toimuvad töötoad: „Saematerjalist tooteni“, „Puit ehituses“ ja „Disain ja eksport“.
Õhtul kell 19.00 ootab osalejaid foorumi õhtusöök Ugala teatris, kus antakse üle ka <strong>Aasta Puidutoode 2034</strong>
auhind.</p>
<p>Teisel päeval, {W2} 21. aprillil, toimuvad <strong>ettevõtete külastused</strong>: osalejad saavad valida kahe marsruudi vahel,
mis viivad Suure-Jaani ja Karksi-Nuia piirkonna mööbli- ja puitmajatootjate juurde. Külastuste lõpus kohtutakse kell 14.00
Viljandis, kus toimub B2B-kohtumiste sessioon Läti ja Soome ettevõtetega.</p>
<h2>Miks osaleda?</h2>
<p>„Puidufoorum on kohtumispaik, kus väikeettevõtja saab rääkida sama laua taga nii disaineri, teadlase kui ka ostjaga,“ ütleb
Lõuna-Eesti Puiduklastri juht <strong>Kadri Tamm-Sepp</strong>. „Eelmisel aastal sündis foorumil kolm uut koostööprojekti
ja kaks meie liiget said esimese tellimuse Lätist. Tänavu ootame eriti neid ettevõtteid, kes pole varem
välisturule läinud – just neile on B2B-kohtumised kõige kasulikumad.“</p>
<p>Foorumil esinevad ka:</p>
<ul>
<li><strong>dr Anneli Vähi-Kuusk</strong>, sisearhitektuuri osakonna juhataja (Eesti Kunstiakadeemia);</li>
<li><strong>Ilze Bērziņa</strong>, Läti puiduklastri esindaja (Latvian Wood Cluster);</li>
<li><strong>Priit Kask</strong>, tegevjuht (Eesti Metsa- ja Puidutööstuse Liit);</li>
<li><strong>Helen Rebane-Orav</strong>, ekspordinõunik (Ettevõtluse ja Innovatsiooni Sihtasutus).</li>
</ul>
<p>
Foorumit modereerib ajakirjanik <strong>Kristjan Saar</strong>.</p>
<h2>Programm lühidalt</h2>
<ul>
<li>{W} 20. aprill, 10.00 – registreerimine ja hommikukohv Sakala Keskuses</li>
<li>10.30 – avakõne ja peaettekanne</li>
<li>13.30 – töötoad kolmes saalis</li>
<li>16.30 – paneelarutelu „Kas Lõuna-Eesti puit jõuab Euroopa disainipoodidesse?“</li>
<li>19.00 – õhtusöök ja auhinnagala</li>
<li>{W2} 21. aprill, 9.00 – ettevõtete külastused (bussid väljuvad Sakala Keskuse eest)</li>
<li>14.00 – B2B-kohtumised, 16.00 foorumi lõpp</li>
</ul>
<p>Foorumi keel on eesti keel, peaettekanne ja B2B-kohtumised toimuvad inglise keeles. Kõigile osalejatele on tagatud
sünkroontõlge.</p>
<h2>Aasta Puidutoode 2034</h2>
<p>Auhinnale saab kandideerida iga Eestis tegutsev ettevõte või disainer, kelle puidust toode on turule tulnud 2033. aastal.
Kandidaate oodatakse kuni 15. märtsini 2034. Žürii eesotsas on Eesti Kunstiakadeemia professor <strong>Toomas Rätsep</strong>;
žüriisse kuuluvad ka klastri ja Arenduskeskuse esindajad. Hinnatakse toote disaini, materjali kasutust, kohalikku
päritolu ja ringmajanduse põhimõtete järgimist. Möödunud aastal pälvis auhinna Karksi-Nuia väikeettevõte Puitvorm OÜ
kokkupandava lastemööbli sarja eest, mida müüakse nüüd ka Soomes ja Rootsis. Kõik kandidaadid saavad tutvustada oma
toodet foorumi näitusealal mõlemal päeval tasuta.</p>
<h2>Registreerimine</h2>
<p>Osalemine on tasuline: 95 eurot, klastri liikmetele 60 eurot. Registreerimine on avatud kuni 10. aprillini 2034 või kuni kohtade
täitumiseni. Õhtusöök on hinna sees. B2B-kohtumised broneeritakse eraldi platvormil alates 1. märtsist.</p>
<p>Lõuna-Eesti Puiduklaster korraldab foorumi eel, {wd(2034,4,6,'et')} 6. aprillil, liikmetele veebiseminari, kus tutvustatakse
B2B-platvormi ja antakse nõu, kuidas koostada hea ettevõtte profiil. Seminari viib läbi klastri projektijuht
<strong>Mart Lill</strong>. Eelmine foorum toimus 2033. aasta aprillis ja kogus 310 osalejat kuuest riigist; selle
korraldajad said tagasisidet, et rohkem aega tuleks jätta ettevõtete omavahelisteks kohtumisteks, mistõttu on
tänavu teine päev täielikult pühendatud külastustele ja B2B-kohtumistele ning programmi on lisatud</p>
<p class="loe-edasi"><a href="https://www.arenduskeskus.ee/puidufoorum2034">Loe edasi korraldaja lehel →</a></p>
<div class="jaga">Jaga: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-post</a> <a href="#">Kopeeri link</a></div>
<aside><h3>Seotud uudised</h3><ul>
<li><a href="#">Klastri üldkoosolek valis uue nõukogu</a> · 28.01.2034</li>
<li><a href="#">Puitmajade ekspordimissioon Norrasse</a> · 15.01.2034</li>
<li><a href="#">Kutse: innovatsiooniauditid liikmetele</a> · 04.12.2033</li>
</ul></aside>
</main>
<footer><p>MTÜ Lõuna-Eesti Puiduklaster · Tallinna 5, 71008 Viljandi · info@puiduklaster.ee · +372 435 0000</p>
<p>Klastri tegevust toetab Ettevõtluse ja Innovatsiooni Sihtasutus (EIS). © 2034</p></footer>
</body></html>
"""
fn = 'blind65_11_viljandi_puidufoorum_teaser_et.html'
write(fn, t)
L = "Lõuna-Eesti Puiduklaster"
gold(fn,
 [P("Margus Õunapuu", "juhatuse liige", "SA Viljandimaa Arenduskeskus"), P("Jukka-Pekka Laaksonen", "professor", "LAB University of Applied Sciences"),
  P("Kadri Tamm-Sepp", "juht", L), P("Anneli Vähi-Kuusk", "sisearhitektuuri osakonna juhataja", "Eesti Kunstiakadeemia"),
  P("Ilze Bērziņa", "esindaja", "Latvian Wood Cluster"), P("Priit Kask", "tegevjuht", "Eesti Metsa- ja Puidutööstuse Liit"),
  P("Kristjan Saar", "ajakirjanik", None), P("Mart Lill", "projektijuht", L),
  P("Toomas Rätsep", "professor", "Eesti Kunstiakadeemia"), P("Helen Rebane-Orav", "ekspordinõunik", "Ettevõtluse ja Innovatsiooni Sihtasutus")],
 [O(L), O("SA Viljandimaa Arenduskeskus"), O("Eesti Kunstiakadeemia"), O("Viljandi Linnavalitsus"),
  O("Sakala Keskus"), O("Puitvorm OÜ"), O("LAB University of Applied Sciences"), O("Latvian Wood Cluster"),
  O("Eesti Metsa- ja Puidutööstuse Liit"), O("Ettevõtluse ja Innovatsiooni Sihtasutus", "EIS")],
 [E("Viljandi Puidufoorum 2034", "2034-04-20", "2034-04-21", "Viljandi", "Estonia"),
  E("Aasta Puidutoode 2034 auhind", "2034-04-20", "2034-04-20", "Viljandi", "Estonia"),
  E("ettevõtete külastused", "2034-04-21", "2034-04-21", None, "Estonia"),
  E("B2B-kohtumiste sessioon", "2034-04-21", "2034-04-21", "Viljandi", "Estonia"),
  E("veebiseminar", "2034-04-06", "2034-04-06", None, None),
  E("Viljandi Puidufoorum (2033 edition)", "2033-04", "2033-04", "Viljandi", "Estonia")],
 ["2034-02-12", "2034-04-20/2034-04-21", "2034-04-21", "2034-04-10", "2034-03-01", "2034-04-06", "2033-04", "2033", "2034-03-15", "2034-01-28", "2034-01-15", "2033-12-04"],
 pub="2034-02-12")
