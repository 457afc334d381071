from h import *
F = 'g08_sydhavet_foedevareklynge_nyheder.html'
assert wd(2042,3,26)=='Wednesday' and wd(2042,4,15)=='Tuesday' and wd(2042,4,23)=='Wednesday' and wd(2042,5,7)=='Wednesday' and wd(2042,5,8)=='Thursday' and wd(2042,3,31)=='Monday' and wd(2042,6,12)=='Thursday'
T = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Nyheder – Fødevareklyngen Sydhavet</title></head>
<body>
<div id="cookie-consent"><p>Vi bruger cookies til statistik og til at huske dine valg. Læs mere i vores <a href="/cookiepolitik">cookiepolitik</a>.</p><button>Tillad alle</button> <button>Kun nødvendige</button></div>
<header>
<a class="logo" href="/">Fødevareklyngen Sydhavet</a>
<nav><a href="/">Forside</a> · <a href="/om-klyngen">Om klyngen</a> · <a href="/medlemmer">Medlemmer</a> · <a href="/projekter">Projekter</a> · <a href="/nyheder">Nyheder</a> · <a href="/kalender">Kalender</a> · <a href="/kontakt">Kontakt</a> · <a href="/en">English</a></nav>
</header>
<main>
<p class="sti">Du er her: Forside / Nyheder</p>
<h1>Nyheder</h1>

<article>
<h2>Ny bestyrelse og ny formand i klyngen</h2>
<p class="meta">31. marts 2042 · Af Mette Skovgaard Holm, kommunikationsansvarlig</p>
<p>Fødevareklyngen Sydhavet holdt ordinær generalforsamling onsdag den 26. marts 2042 i Vordingborg. Omkring 70 medlemmer – landmænd, fødevarevirksomheder, restauranter og uddannelsesinstitutioner fra Vordingborg, Møn, Lolland og Falster – deltog. Aftenen begyndte kl. 17.30 med spisning og et oplæg om fremtidens fiskeri i Østersøen ved fiskeribiolog Rasmus Vestergaard fra DTU Aqua.</p>
<p>Efter beretning og regnskab blev der valgt ny bestyrelse. Bestyrelsen har efterfølgende konstitueret sig således:</p>
<ul>
<li>Formand: Birgitte Lund-Mikkelsen, direktør i Møns Mejeri A/S</li>
<li>Næstformand: Kasper Østergaard, Østergaards Frugtplantage, Stege</li>
<li>Kasserer: Henrik Dalsgaard, Sparekassen Sydsjælland</li>
<li>Bestyrelsesmedlemmer: Amalie Friis (Restaurant Klintekongen), Jonas Bech Sørensen (ZBC Vordingborg) og Lise-Lotte Hviid (Vordingborg Kommune)</li>
</ul>
<p>Revisorerne Per Kofoed og Anne Marie Juul blev genvalgt. Den afgående formand, Søren Brandt, fik en stor tak for ni år i spidsen for klyngen.</p>
<p class="del">Del: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Mail</a></p>
</article>

<article>
<h2>Ansøgningsfrist 8. maj: tilskud til grøn omstilling i små fødevarevirksomheder</h2>
<p class="meta">19. marts 2042 · Af sekretariatet</p>
<p>Erhvervshus Sjælland åbner igen for puljen til grøn omstilling. Små og mellemstore fødevarevirksomheder kan få op til 100.000 kr. til energitjek, klimaregnskab eller nye emballager. Fødevareklyngen hjælper gerne med ansøgningen.</p>
<p>Ansøgningsfristen er <strong>torsdag den 8. maj 2042 kl. 12.00</strong>. Der holdes informationsmøde tirsdag den 15. april 2042 kl. 9.00–10.30 i Vordingborg Erhvervscenter. Tilmelding til klyngekoordinator Nikolaj Rasmussen på nr@sydhavet.example.dk.</p>
<p class="del">Del: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Mail</a></p>
</article>

<article>
<h2>Studietur til Skåne: få pladser tilbage</h2>
<p class="meta">12. marts 2042 · Af Mette Skovgaard Holm</p>
<p>Onsdag den 23. april 2042 tager klyngen på studietur til Skåne sammen med Livsmedelsakademin (Sverige). Turen går til Österlen, hvor vi besøger to gårdbutikker og et økologisk bryggeri i Simrishamn. Bussen kører fra Vordingborg Station kl. 7.00. Pris for medlemmer: 450 kr. inkl. frokost.</p>
<p class="del">Del: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Mail</a></p>
</article>

<article>
<h2>Madens Dag på Møn vender tilbage</h2>
<p class="meta">26. februar 2042 · Af sekretariatet</p>
<p>Klyngens store madmarked, Madens Dag på Møn, holdes i år lørdag den 14. juni 2042 på havnen i Stege. Udstillere kan tilmelde sig frem til 1. maj. Markedet er blevet afholdt siden 2038:</p>
<ul>
<li>2038: Stege, 16. juni</li>
<li>2039: Klintholm Havn, 15. juni</li>
<li>2040: Stege, 13. juni</li>
<li>2041: Nyord, 14. juni</li>
</ul>
<p>I forbindelse med markedet holder klyngen sit bestyrelsesmøde torsdag den 12. juni 2042 på Møns Mejeri, hvor også Region Sjællands regionsrådsformand, Tine Bak Nielsen, deltager.</p>
<p class="del">Del: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Mail</a></p>
</article>

<article>
<h2>Ny projektleder for fødevareturisme</h2>
<p class="meta">5. marts 2042 · Af sekretariatet</p>
<p>Vi byder velkommen til Sara Mahmoud, der den 1. marts er startet som projektleder for klyngens arbejde med fødevareturisme. Sara kommer fra VisitDenmark, hvor hun i fire år arbejdede med internationale pressebesøg, og hun har en kandidatgrad i madkultur fra Københavns Universitet. Hun skal blandt andet udvikle en fælles rute for gårdbutikker på Møn og i Sydsjælland i samarbejde med Destination Sydkystdanmark. Du kan fange hende på sara@sydhavet.example.dk eller på telefon 55 00 00 00.</p>
<p class="del">Del: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Mail</a></p>
</article>

<nav class="pagination"><a href="/nyheder?side=2">Ældre nyheder »</a></nav>
<aside><h3>Nyhedsbrev</h3><p>Få klyngens nyheder direkte i indbakken hver måned. <a href="/nyhedsbrev">Tilmeld dig her</a></p></aside>
</main>
<footer>
<p>Fødevareklyngen Sydhavet · Algade 44 · 4760 Vordingborg · CVR 00000000 · info@sydhavet.example.dk</p>
<p>Klyngen er medfinansieret af Vordingborg Kommune og Guldborgsund Kommune. © 2042 · <a href="/privatliv">Privatlivspolitik</a> · <a href="/tilgaengelighed">Tilgængelighedserklæring</a></p>
</footer>
</body></html>
"""
write(F, T)
assert wd(2042,6,14)=='Saturday'
S = "Fødevareklyngen Sydhavet"
gold(F,
 [P("Mette Skovgaard Holm","kommunikationsansvarlig",S),
  P("Rasmus Vestergaard","fiskeribiolog","DTU Aqua"),
  P("Birgitte Lund-Mikkelsen","Formand",S),
  P("Kasper Østergaard","Næstformand",S),
  P("Henrik Dalsgaard","Kasserer",S),
  P("Amalie Friis","Bestyrelsesmedlem",S),
  P("Jonas Bech Sørensen","Bestyrelsesmedlem",S),
  P("Lise-Lotte Hviid","Bestyrelsesmedlem",S),
  P("Per Kofoed","Revisor",S),
  P("Anne Marie Juul","Revisor",S),
  P("Søren Brandt","afgående formand",S),
  P("Nikolaj Rasmussen","klyngekoordinator",S),
  P("Tine Bak Nielsen","regionsrådsformand","Region Sjælland"),
  P("Sara Mahmoud","projektleder",S)],
 [O(S), O("DTU Aqua"), O("Møns Mejeri A/S"), O("Østergaards Frugtplantage"), O("Sparekassen Sydsjælland"),
  O("Restaurant Klintekongen"), O("ZBC Vordingborg"), O("Vordingborg Kommune"), O("Erhvervshus Sjælland"),
  O("Livsmedelsakademin"), O("Region Sjælland"), O("Guldborgsund Kommune"),
  O("VisitDenmark"), O("Københavns Universitet"), O("Destination Sydkystdanmark")],
 [E("ordinær generalforsamling","2042-03-26",None,"Vordingborg","Denmark"),
  E("spisning","2042-03-26",None,"Vordingborg","Denmark"),
  E("informationsmøde","2042-04-15",None,"Vordingborg","Denmark"),
  E("studietur til Skåne","2042-04-23",None,"Simrishamn","Sweden"),
  E("Madens Dag på Møn","2042-06-14",None,"Stege","Denmark"),
  E("Madens Dag på Møn","2038-06-16",None,"Stege","Denmark"),
  E("Madens Dag på Møn","2039-06-15",None,"Klintholm Havn","Denmark"),
  E("Madens Dag på Møn","2040-06-13",None,"Stege","Denmark"),
  E("Madens Dag på Møn","2041-06-14",None,"Nyord","Denmark"),
  E("bestyrelsesmøde","2042-06-12",None,None,None)],
 ["2042-03-31","2042-03-26","2042-05-08","2042-03-19","2042-04-15","2042-03-12","2042-04-23","2042-02-26","2042-06-14",
  "2042-05-01","2038","2038-06-16","2039","2039-06-15","2040","2040-06-13","2041","2041-06-14","2042-06-12","2042-03-05","2042-03-01"],
 [], pub=None)
