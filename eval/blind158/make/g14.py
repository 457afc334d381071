from h import *
F = 'g14_vinkovci_dani_klastera.html'
assert wd(2041,4,10)=='Wednesday' and wd(2041,4,11)=='Thursday' and wd(2041,5,29)=='Wednesday' and wd(2041,6,5)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="hr"><head><meta charset="utf-8"><title>Održani 3. Dani slavonskih klastera | Klaster hrane Slavonije</title></head>
<body>
<div class="kolacici">Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo. <a href="/kolacici">Saznajte više</a> <button>Prihvaćam</button></div>
<header><p class="logo">KLASTER HRANE SLAVONIJE · Vinkovci</p>
<nav><a href="/">Naslovna</a> | <a href="/o-nama">O nama</a> | <a href="/clanovi">Članovi</a> | <a href="/projekti">Projekti</a> | <a href="/vijesti">Vijesti</a> | <a href="/dogadanja">Događanja</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="put">Naslovna » Vijesti » Održani 3. Dani slavonskih klastera</p>
<h1>Održani 3. Dani slavonskih klastera u Vinkovcima</h1>
<p class="meta">Objavljeno: 15. travnja 2041. · Autor: Ivana Matić · Kategorija: Događanja</p>

<p>U srijedu 10. i četvrtak 11. travnja 2041. u Gradskom kazalištu „Joza Ivakić“ u Vinkovcima održani su treći Dani slavonskih klastera. Skup je okupio više od 150 sudionika iz klastera, poduzeća, fakulteta i jedinica lokalne samouprave iz Hrvatske, Mađarske, Srbije i Bosne i Hercegovine.</p>

<p>Organizator je bio Klaster hrane Slavonije (KHS) u suradnji s Vukovarsko-srijemskom županijom, Hrvatskom gospodarskom komorom – Županijskom komorom Vukovar i Fakultetom agrobiotehničkih znanosti Osijek. Skup je otvorio župan Vukovarsko-srijemske županije Damir Jurišić-Kolar, a pozdravne riječi uputili su i gradonačelnica Vinkovaca Marija ŠIMUNOVIĆ te predsjednik klastera Tomislav Babić.</p>

<h2>Program u kratko</h2>
<p>Prvog dana uvodno predavanje o budućnosti ratarstva u Panonskoj nizini održao je dr. sc. Krunoslav Zmaić, redoviti profesor na Fakultetu agrobiotehničkih znanosti Osijek, nakon čega su uslijedili B2B sastanci između proizvođača i kupaca iz trgovačkih lanaca. Održano je 96 sastanaka. Navečer je za sudionike organizirana svečana večera u restoranu Villa Cibalae.</p>
<p>Drugog dana, u četvrtak, organiziran je studijski posjet tvrtkama Žito d.o.o. i Vupik plus d.o.o. te posjet Arheološkom parku Sopot. Skup je zatvoren okruglim stolom o suradnji klastera preko granice.</p>

<p>Među sudionicima bili su predstavnici Klastera za hranu Vojvodine iz Novog Sada, mađarskog klastera Dél-Alföldi Élelmiszeripari Klaszter iz Szegeda te Agroklastera Posavina iz Bosne i Hercegovine. Prema anketi provedenoj na kraju skupa, 87 posto sudionika ocijenilo je B2B sastanke kao korisne, a gotovo polovica je najavila nastavak razgovora s barem jednim novim partnerom. Najveći interes vladao je za suradnju u preradi voća i povrća te za zajedničku nabavu ambalaže.</p>
<p>Partneri skupa: Vukovarsko-srijemska županija, Hrvatska gospodarska komora – Županijska komora Vukovar, Fakultet agrobiotehničkih znanosti Osijek, Grad Vinkovci.</p>

<h2>Dosadašnja izdanja</h2>
<ul>
<li>1. Dani slavonskih klastera – Đakovo, 22. i 23. travnja 2039.</li>
<li>2. Dani slavonskih klastera – Slavonski Brod, 18. i 19. travnja 2040.</li>
</ul>

<h2>Zaključci</h2>
<p>Na kraju skupa sudionici su usvojili sljedeće zaključke:</p>
<ol>
<li>Klasteri istočne Hrvatske trebaju zajednički nastupati na sajmovima u inozemstvu</li>
<li>Potrebno je osnovati zajednički laboratorij za ispitivanje kvalitete hrane</li>
<li>Županije trebaju uvesti potpore za zapošljavanje mladih stručnjaka u klasterima</li>
<li>Suradnju s klasterima iz Vojvodine i Mađarske treba nastaviti kroz Interreg projekte</li>
</ol>

<p>„Slavonija ima zemlju, znanje i ljude, ali ih mora bolje povezati. Zato su nam ovakvi skupovi važni“, rekao je predsjednik klastera Tomislav Babić.</p>
<p>Četvrti Dani slavonskih klastera održat će se 2042. godine u Vukovaru. Domaćin će biti Vukovarsko-srijemska županija, a organizatori već sada pozivaju klastere iz susjednih zemalja da predlože teme i govornike. Prijedlozi se mogu slati na adresu klastera do kraja godine.</p>

<h2>Najava događanja</h2>
<p><strong>Srijeda, 29. svibnja 2041.</strong> – Webinar „Kako do EU oznake zaštićenog podrijetla“, u suradnji s Ministarstvom poljoprivrede.<br>
<strong>Srijeda, 5. lipnja 2041.</strong> – Skupština Klastera hrane Slavonije, Vinkovci, s izborom novog upravnog odbora.<br>
<strong>Listopad 2041.</strong> – Sajam „Okusi Slavonije“ u Osijeku.</p>

<p class="dijeli">Podijeli: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-pošta</a></p>
<p class="oznake">Oznake: klasteri, Vinkovci, hrana, B2B</p>
</main>
<footer><p>Klaster hrane Slavonije · Trg bana Josipa Šokčevića 7, 32100 Vinkovci · info@khs.example.hr · OIB 00000000000</p>
<p>Projekt je sufinancirala Europska unija iz Europskog fonda za regionalni razvoj · © 2041 KHS · <a href="#">Pravila privatnosti</a></p></footer>
</body></html>
"""
write(F, T)
K="Klaster hrane Slavonije"; FA="Fakultet agrobiotehničkih znanosti Osijek"
gold(F,
 [P("Ivana Matić",None,None),
  P("Damir Jurišić-Kolar","župan Vukovarsko-srijemske županije",None),
  P("Marija ŠIMUNOVIĆ","gradonačelnica Vinkovaca",None),
  P("Tomislav Babić","predsjednik",K),
  P("Krunoslav Zmaić","redoviti profesor","Fakultet agrobiotehničkih znanosti Osijek")],
 [O(K,"KHS"), O("Vukovarsko-srijemska županija"), O("Hrvatska gospodarska komora – Županijska komora Vukovar"), O("Grad Vinkovci"), O("Klastera za hranu Vojvodine"), O("Dél-Alföldi Élelmiszeripari Klaszter"), O("Agroklastera Posavina"),
  O(FA), O("Žito d.o.o."), O("Vupik plus d.o.o."), O("Ministarstvom poljoprivrede"), O("Europska unija")],
 [E("3. Dani slavonskih klastera","2041-04-10","2041-04-11","Vinkovci","Croatia"),
  E("B2B sastanci","2041-04-10",None,"Vinkovci","Croatia"),
  E("svečana večera","2041-04-10",None,"Vinkovci","Croatia"),
  E("studijski posjet","2041-04-11",None,None,"Croatia"),
  E("posjet Arheološkom parku Sopot","2041-04-11",None,None,"Croatia"),
  E("1. Dani slavonskih klastera","2039-04-22","2039-04-23","Đakovo","Croatia"),
  E("2. Dani slavonskih klastera","2040-04-18","2040-04-19","Slavonski Brod","Croatia"),
  E("Webinar „Kako do EU oznake zaštićenog podrijetla“","2041-05-29"),
  E("Skupština Klastera hrane Slavonije","2041-06-05",None,"Vinkovci","Croatia"),
  E("Okusi Slavonije","2041-10",None,"Osijek","Croatia"),
  E("Četvrti Dani slavonskih klastera","2042",None,"Vukovar","Croatia")],
 ["2041-04-15","2041-04-10/2041-04-11","2039-04-22/2039-04-23","2040-04-18/2040-04-19","2041-05-29","2041-06-05","2041-10","2042"],
 ["Klasteri istočne Hrvatske trebaju zajednički nastupati na sajmovima u inozemstvu",
  "Potrebno je osnovati zajednički laboratorij za ispitivanje kvalitete hrane",
  "Županije trebaju uvesti potpore za zapošljavanje mladih stručnjaka u klasterima",
  "Suradnju s klasterima iz Vojvodine i Mađarske treba nastaviti kroz Interreg projekte"],
 pub="2041-04-15")
