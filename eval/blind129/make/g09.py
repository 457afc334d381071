from h import *
F = 'g09_karlstad_klustret_ny_vd.html'
assert wd(2042,4,24)=='Thursday' and wd(2042,8,18)=='Monday' and wd(2042,6,11)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Nyheter – Fiberdalen Värmland</title></head>
<body>
<div class="kakor">Vi använder kakor (cookies) för att webbplatsen ska fungera och för besöksstatistik. <a href="/kakor">Läs mer</a> <button>Godkänn</button> <button>Endast nödvändiga</button></div>
<header><p class="logo">Fiberdalen Värmland – klustret för skog, papper och bioekonomi</p>
<nav><a href="/">Start</a> | <a href="/om-oss">Om oss</a> | <a href="/medlemmar">Medlemmar</a> | <a href="/projekt">Projekt</a> | <a href="/kalender">Kalender</a> | <a href="/nyheter">Nyheter</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">In English</a></nav></header>
<main>
<p class="sokvag">Start › Nyheter › 2042</p>

<article>
<h1>Ny vd för Fiberdalen – Johanna Åkerlund-Nyström tar över efter Per-Olof Lindqvist</h1>
<p class="datum">Publicerad 29 april 2042 · Uppdaterad 30 april 2042</p>
<p>Styrelsen för Fiberdalen Värmland ekonomisk förening har utsett Johanna Åkerlund-Nyström till ny verkställande direktör. Hon tillträder den 18 augusti 2042 och efterträder Per-Olof Lindqvist, som har lett klustret sedan 2030 och går i pension efter sommaren.</p>
<p>Johanna Åkerlund-Nyström kommer närmast från Karlstads universitet, där hon sedan 2037 har varit föreståndare för forskningsmiljön för pappers- och förpackningsteknik. Dessförinnan arbetade hon i tio år på Stora Enso i Skoghall, bland annat som utvecklingschef för kartong.</p>
<p>– Värmland har företagen, forskningen och skogen. Min uppgift blir att se till att de små företagen också får plats när de stora investerar i nya biobaserade produkter, säger hon.</p>
<p>Under Per-Olof Lindqvists tid har klustret vuxit från 40 till 132 medlemsföretag, fått två stora forskningsprogram till regionen och byggt upp ett gemensamt testlabb för förpackningar i Hammarö. Han har också suttit i styrelsen för det nationella nätverket Svenska Klusterorganisationer och varit en flitig talare på europeiska klusterkonferenser. Han kommer att finnas kvar som rådgivare till styrelsen under hösten för att underlätta överlämningen, men lämnar det dagliga arbetet den 31 juli.</p>
<p>Styrelsens ordförande Mats Eriksson-Blom säger att rekryteringen har pågått sedan januari och att 31 personer sökte tjänsten.</p>
<p>– Per-Olof har byggt upp ett kluster som är känt långt utanför Sverige. Vi är glada att hitta en efterträdare som kan både industrin och akademin.</p>
<p><a href="/nyheter/ny-vd">Läs mer</a> · Dela: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">E-post</a></p>
</article>

<article>
<h2>Årsstämman valde ny styrelse</h2>
<p class="datum">Publicerad 25 april 2042</p>
<p>Fiberdalens årsstämma hölls torsdagen den 24 april 2042 på Karlstad CCC med 58 närvarande medlemmar. Stämman fastställde årsredovisningen för 2041 och beviljade styrelsen ansvarsfrihet. Följande styrelse valdes för tiden intill nästa årsstämma:</p>
<ul>
<li>Mats Eriksson-Blom, ordförande (Billerud, Gruvön)</li>
<li>Anna-Karin Falk, vice ordförande (Karlstads universitet)</li>
<li>Ahmed Haddad (Valmet AB, Karlstad)</li>
<li>Linnea Sjöberg (Region Värmland)</li>
<li>Björn Ödmark (Ödmarks Trä AB, Torsby)</li>
<li>Ida Wennberg (RISE Research Institutes of Sweden)</li>
<li>Tomas Granlund (Nordic Paper Åmotfors AB), ny ledamot</li>
</ul>
<p>Valberedningen har bestått av Kerstin Holm (sammankallande) och Lars Mellgren. Revisor är Grant Thornton Sweden AB med auktoriserade revisorn Eva Sundqvist som huvudansvarig.</p>
<p><a href="/nyheter/arsstamma-2042">Läs mer</a></p>
</article>

<article>
<h2>Avtackning och välkomstmingel</h2>
<p class="datum">Publicerad 12 maj 2042</p>
<p>Vi tackar Per-Olof Lindqvist för tolv år som vd vid en avtackning onsdagen den 11 juni 2042 kl. 16.00 på Sandgrund i Karlstad. Samtidigt hälsar vi Johanna välkommen. Alla medlemmar och samarbetspartner är välkomna; anmäl dig senast den 4 juni. Under kvällen delas också Fiberdalens innovationspris ut för sjätte gången.</p>
<p><a href="/kalender/avtackning">Anmälan</a></p>
</article>

<aside>
<h3>Kontakt på kansliet</h3>
<p>Per-Olof Lindqvist, vd (till och med 31 juli 2042)<br>
Sara Bengtsson, projektledare internationalisering<br>
Erik Wahlström, kommunikatör<br>
Maria Ståhl, ekonomi och medlemsfrågor<br>
info@fiberdalen.example.se · 054-00 00 00</p>
<h3>Om Fiberdalen</h3>
<p>Fiberdalen är en ekonomisk förening som ägs av sina medlemmar: massa- och pappersbruk, sågverk, maskinleverantörer, konsulter, kommuner och forskningsaktörer i Värmland och angränsande delar av Dalsland. Klustret driver projekt inom förpackningar, träbyggande och kompetensförsörjning.</p>
<h3>Kalender</h3>
<p>17–19 september 2042: Nordic Bioeconomy Days, Karlstad<br>
8 oktober 2042: Medlemsmöte om skogens klimatnytta, Arvika</p>
</aside>
</main>
<footer><p>Fiberdalen Värmland ekonomisk förening · Lagergrens gata 2, 652 26 Karlstad · Org.nr 000000-0000</p>
<p>Klustret finansieras av medlemmarna, Region Värmland och Vinnova. <a href="/integritet">Integritetspolicy</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a></p></footer>
</body></html>
"""
write(F, T)
Fd="Fiberdalen Värmland ekonomisk förening"
gold(F,
 [P("Johanna Åkerlund-Nyström","verkställande direktör",Fd),
  P("Per-Olof Lindqvist","vd",Fd),
  P("Mats Eriksson-Blom","ordförande",Fd),
  P("Anna-Karin Falk","vice ordförande",Fd),
  P("Ahmed Haddad",None,"Valmet AB"),
  P("Linnea Sjöberg",None,"Region Värmland"),
  P("Björn Ödmark",None,"Ödmarks Trä AB"),
  P("Ida Wennberg",None,"RISE Research Institutes of Sweden"),
  P("Tomas Granlund","ledamot",Fd),
  P("Kerstin Holm","sammankallande",Fd),
  P("Lars Mellgren",None,None),
  P("Eva Sundqvist","auktoriserade revisorn","Grant Thornton Sweden AB"),
  P("Sara Bengtsson","projektledare internationalisering",Fd),
  P("Erik Wahlström","kommunikatör",Fd),
  P("Maria Ståhl","ekonomi och medlemsfrågor",Fd)],
 [O(Fd), O("Karlstads universitet"), O("Stora Enso"), O("Billerud"), O("Valmet AB"), O("Region Värmland"),
  O("Ödmarks Trä AB"), O("RISE Research Institutes of Sweden"), O("Nordic Paper Åmotfors AB"),
  O("Grant Thornton Sweden AB"), O("Vinnova"), O("Svenska Klusterorganisationer")],
 [E("årsstämma","2042-04-24",None,"Karlstad","Sweden"),
  E("avtackning","2042-06-11",None,"Karlstad","Sweden"),
  E("Nordic Bioeconomy Days","2042-09-17","2042-09-19","Karlstad","Sweden"),
  E("Medlemsmöte om skogens klimatnytta","2042-10-08",None,"Arvika","Sweden")],
 ["2042-04-29","2042-04-30","2042-08-18","2030","2037","2042-01","2042-04-25","2042-04-24","2041","2042-05-12","2042-06-11","2042-06-04","2042-07-31","2042-09-17/2042-09-19","2042-10-08"],
 [], pub="2042-04-29")
