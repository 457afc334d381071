from h import *
F = 'g13_vaxjo_trakluster_kalendarium.html'
SV={'Monday':'måndag','Tuesday':'tisdag','Wednesday':'onsdag','Thursday':'torsdag','Friday':'fredag'}
def sv(y,m,d,w): assert SV[wd(y,m,d)]==w, (y,m,d,w)
for a in [(2034,10,5,'torsdag'),(2034,10,11,'onsdag'),(2034,10,17,'tisdag'),(2034,10,26,'torsdag'),(2034,11,7,'tisdag'),(2034,11,9,'torsdag'),
          (2034,11,15,'onsdag'),(2034,11,22,'onsdag'),(2034,11,30,'torsdag'),(2034,12,6,'onsdag'),(2034,12,12,'tisdag'),(2034,9,28,'torsdag')]: sv(*a)
T = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Kalendarium – Trä- och Byggklustret Kronoberg</title></head>
<body>
<div class="kakor">Vi använder kakor (cookies) för att webbplatsen ska fungera och för statistik. <a href="/kakor">Läs mer</a> <button>Godkänn alla</button> <button>Endast nödvändiga</button></div>
<header><a class="logo" href="/">Trä- och Byggklustret Kronoberg</a>
<nav><a href="/">Start</a> <a href="/om-oss">Om oss</a> <a href="/medlemmar">Medlemmar</a> <a href="/projekt">Projekt</a> <a class="aktiv" href="/kalendarium">Kalendarium</a> <a href="/nyheter">Nyheter</a> <a href="/kontakt">Kontakt</a> <a href="/en">English</a></nav></header>
<main>
<p class="brod">Start / Kalendarium</p>
<h1>Kalendarium</h1>
<p>Här hittar du klustrets egna träffar, utbildningar och studiebesök samt utvalda evenemang hos våra partner. Alla tider anges i svensk tid. Medlemmar deltar kostnadsfritt om inget annat anges. Senast uppdaterad 28 september 2034.</p>
<p>Filtrera: <a href="?typ=alla">Alla</a> | <a href="?typ=klustertraff">Klusterträffar</a> | <a href="?typ=utbildning">Utbildningar</a> | <a href="?typ=digitalt">Digitalt</a> | <a href="?typ=partner">Partnerevenemang</a></p>

<h2>Oktober 2034</h2>

<div class="kort"><p class="datum">Torsdag 5 oktober 2034 kl. 08.00–09.30 · Växjö, Videum Science Park</p>
<h3>Frukostmöte: Nya regler för klimatdeklaration av byggnader</h3>
<p>Boverkets handläggare Malin Ekdahl går igenom ändringarna som gäller från årsskiftet. Frukost serveras från 07.30.</p>
<p><a href="/anmalan/frukost-okt">Anmäl dig</a> · <a href="/kalendarium/frukost-okt">Läs mer</a></p></div>

<div class="kort"><span class="etikett">Digitalt</span><p class="datum">Onsdag 11 oktober 2034 kl. 13.00–14.00</p>
<h3>Webbinarium: Exportera trähus till Tyskland</h3>
<p>Med Jonas Albrektsson, exportrådgivare på Business Sweden i Berlin, och Karin Wallin, vd för Emmaboda Hustillverkning AB.</p>
<p><a href="/anmalan/webb-tyskland">Anmäl dig</a></p></div>

<div class="kort"><span class="etikett">Fullbokat</span><p class="datum">Tisdag 17 oktober 2034 kl. 09.00–16.00 · Alvesta</p>
<h3>Studiebesök på Södra Wood i Värö och Derome</h3>
<p>Bussresa med två fabriksbesök. Avresa 06.30 från Växjö resecentrum. Reservlista finns.</p>
<p><a href="/reservlista/studiebesok-okt">Skriv upp dig på reservlistan</a></p></div>

<div class="kort"><p class="datum">Torsdag 26 oktober 2034 kl. 15.00–18.00 · Ljungby</p>
<h3>Klusterträff höst: Industriellt byggande i trä</h3>
<p>Klusterledaren Anders Gustavsson presenterar verksamhetsplanen för 2035. Gästföreläsare: docent Åsa Blomqvist, Linnéuniversitetet, institutionen för byggteknik. Efteråt middag på Ljungby Stadshotell.</p>
<p><a href="/anmalan/klustertraff-host">Anmäl dig</a> senast 19 oktober</p></div>

<h2>November 2034</h2>

<div class="kort"><span class="etikett">Utbildning</span><p class="datum">Tisdag 7 och torsdag 9 november 2034 kl. 09.00–12.00 · Digitalt</p>
<h3>Kurs: Lean i småskalig träindustri (två halvdagar)</h3>
<p>Kursledare: Per Lindahl, RISE Research Institutes of Sweden. Avgift för icke-medlemmar 1 800 kr.</p>
<p><a href="/anmalan/lean">Anmäl dig</a></p></div>

<div class="kort"><span class="etikett">Partnerevenemang</span><p class="datum">Onsdag 15 november 2034 · Jönköping, Elmia</p>
<h3>Trähusdagen 2034</h3>
<p>Arrangeras av Svenskt Trä och Träbyggnadskansliet. Klustret har ett gemensamt bord för medlemmar. Rabattkod i medlemsbrevet.</p>
<p><a href="https://example.se/trahusdagen">Till arrangörens sida</a></p></div>

<div class="kort"><p class="datum">Onsdag 22 november 2034 kl. 17.30 · Växjö, Hotell Royal Corner</p>
<h3>Årsmöte och styrelsemöte</h3>
<p>Föreningens ordinarie årsmöte. Kallelse och handlingar skickas ut fyra veckor före mötet. Styrelsen sammanträder kl. 16.00 samma dag. Ordförande Lena Håkansson, vd för Håkanssons Snickeri AB, leder mötet.</p>
<p><a href="/anmalan/arsmote">Anmäl dig</a></p></div>

<div class="kort"><span class="etikett">Digitalt</span><p class="datum">Torsdag 30 november 2034 kl. 10.00–11.00</p>
<h3>Infoträff: Regionala utvecklingsmedel 2035</h3>
<p>Region Kronoberg informerar om utlysningen av företagsstöd. Med Johan Nilsson, handläggare, enheten för regional utveckling.</p>
<p><a href="/anmalan/info-stod">Anmäl dig</a></p></div>

<h2>December 2034</h2>

<div class="kort"><p class="datum">Onsdag 6 december 2034 kl. 12.00–14.00 · Tingsryd</p>
<h3>Julbord och medlemsmingel</h3>
<p>Vi avslutar året tillsammans hos medlemsföretaget Tingsryds Limträ AB. Begränsat antal platser.</p>
<p><a href="/anmalan/julbord">Anmäl dig</a></p></div>

<div class="kort"><span class="etikett">Inställt</span><p class="datum"><s>Tisdag 12 december 2034</s></p>
<h3>Workshop: Cirkulära byggprodukter</h3>
<p>Workshopen är inställd och flyttas till våren 2035. Nytt datum meddelas i nyhetsbrevet.</p></div>

<h2>Tidigare evenemang i urval</h2>
<ul>
<li>14 september 2034 – Studieresa till Skellefteå och Sara kulturhus, 22 deltagare. Rapport i medlemsbrevet nr 7.</li>
<li>31 augusti 2034 – Sommarträff på Huseby bruk med Kronobergs länsstyrelse och landshövding Eva Lindgren-Sjöö.</li>
<li>23 maj 2034 – Temadag om brandskydd i flervåningshus i trä tillsammans med Brandskyddsföreningen Sydost.</li>
</ul>
<h2>Om klustret</h2>
<p>Trä- och Byggklustret Kronoberg samlar drygt 70 företag, kommuner och forskningsaktörer inom skogsindustri, trähustillverkning och byggande i Kronobergs län. Klustrets evenemang ska vara korta, konkreta och ge nya kontakter. Har du förslag på ett tema eller vill du vara värd för ett studiebesök hos ditt företag? Hör av dig till oss, vi planerar vårens program under november.</p>
<p class="arkiv"><a href="/kalendarium/tidigare">Tidigare evenemang</a> · <a href="/kalendarium.ics">Prenumerera på kalendern</a></p>
<aside><h3>Frågor om evenemang?</h3><p>Hanna Petersson, projektledare och evenemangsansvarig<br>hanna.petersson@trabygg.example.se · 0470-00 00 00</p></aside>
<p class="dela">Dela: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-post</a></p>
</main>
<footer><p>Trä- och Byggklustret Kronoberg, ekonomisk förening · c/o Videum Science Park, Universitetsplatsen 00, 352 52 Växjö</p><p>Klustret stöds av Region Kronoberg och Europeiska regionala utvecklingsfonden. © 2034</p></footer>
</body></html>
"""
write(F, T)
TB="Trä- och Byggklustret Kronoberg"
gold(F,
 [P("Malin Ekdahl","handläggare","Boverket"),
  P("Jonas Albrektsson","exportrådgivare","Business Sweden"),
  P("Karin Wallin","vd","Emmaboda Hustillverkning AB"),
  P("Anders Gustavsson","Klusterledaren",TB),
  P("Åsa Blomqvist","Gästföreläsare","Linnéuniversitetet"),
  P("Per Lindahl","Kursledare","RISE Research Institutes of Sweden"),
  P("Lena Håkansson","Ordförande",TB),
  P("Johan Nilsson","handläggare","Region Kronoberg"),
  P("Eva Lindgren-Sjöö","landshövding","Kronobergs länsstyrelse"),
  P("Hanna Petersson","projektledare och evenemangsansvarig",TB)],
 [O(TB), O("Videum Science Park"), O("Boverket"), O("Business Sweden"), O("Emmaboda Hustillverkning AB"),
  O("Södra Wood"), O("Derome"), O("Linnéuniversitetet"), O("institutionen för byggteknik"), O("RISE Research Institutes of Sweden"), O("Svenskt Trä"),
  O("Träbyggnadskansliet"), O("Håkanssons Snickeri AB"), O("Region Kronoberg"), O("enheten för regional utveckling"), O("Tingsryds Limträ AB"), O("Kronobergs länsstyrelse"), O("Brandskyddsföreningen Sydost")],
 [E("Frukostmöte: Nya regler för klimatdeklaration av byggnader","2034-10-05",None,"Växjö","Sweden"),
  E("Webbinarium: Exportera trähus till Tyskland","2034-10-11"),
  E("Studiebesök på Södra Wood i Värö och Derome","2034-10-17",None,"Värö","Sweden"),
  E("Klusterträff höst: Industriellt byggande i trä","2034-10-26",None,"Ljungby","Sweden"),
  E("middag","2034-10-26",None,"Ljungby","Sweden"),
  E("Kurs: Lean i småskalig träindustri","2034-11-07","2034-11-09"),
  E("Trähusdagen 2034","2034-11-15",None,"Jönköping","Sweden"),
  E("Årsmöte","2034-11-22",None,"Växjö","Sweden"),
  E("styrelsemöte","2034-11-22",None,"Växjö","Sweden"),
  E("Infoträff: Regionala utvecklingsmedel 2035","2034-11-30"),
  E("Julbord och medlemsmingel","2034-12-06",None,"Tingsryd","Sweden"),
  E("Workshop: Cirkulära byggprodukter","2035",None,None,None),
  E("Studieresa till Skellefteå och Sara kulturhus","2034-09-14",None,"Skellefteå","Sweden"),
  E("Sommarträff på Huseby bruk","2034-08-31",None,None,"Sweden"),
  E("Temadag om brandskydd i flervåningshus i trä","2034-05-23",None,None,None)],
 ["2034-09-28","2034-10","2034-10-05","2034-10-11","2034-10-17","2034-10-26","2035","2034-10-19","2034-11","2034-11-07","2034-11-09",
  "2034-11-15","2034-11-22","2034-11-30","2034-12","2034-12-06","2034-12-12","2034-09-14","2034-08-31","2034-05-23"],
 [], None)
