from h import *
F = 'g08.html'
assert wd(2036,6,23)=='Monday' and wd(2036,9,1)=='Monday' and wd(2036,9,10)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Klyngen og otte partnere får 14,2 mio. kr. til grøn brint i Sønderjylland | Energy Cluster South</title></head>
<body>
<nav>Forside · Om klyngen · Medlemmer · Projekter · <b>Nyheder</b> · Arrangementer · Kontakt · <a>English</a></nav>
<div class="cookie">Vi bruger cookies til statistik. <a>Tillad alle</a> | <a>Kun nødvendige</a></div>
<main>
<p class="crumbs">Forside / Nyheder / Projekter</p>
<h1>Klyngen og otte partnere får 14,2 mio. kr. til grøn brint i Sønderjylland</h1>
<p class="byline">Af Mette Hjortshøj, kommunikationsansvarlig · 23. juni 2036 · Læsetid 4 min.</p>
<figure><img alt=""><figcaption>Projektpartnerne samlet på Alsion i Sønderborg efter underskrivelsen. Foto: Jens Lykke Bruun</figcaption></figure>
<p><strong>Energy Cluster South har sammen med otte partnere fået bevilget 14,2 millioner kroner fra Danmarks
Erhvervsfremmebestyrelse og EU's Regionalfond til projektet H2-Grænseland. Projektet skal i løbet af tre år
hjælpe små og mellemstore virksomheder i Sønderjylland med at tage brint og Power-to-X i brug.</strong></p>
<p>Ansøgningen blev sendt i februar, og tilsagnet kom den 19. juni 2036. I alt søgte 41 projekter om midler i
runden, og 12 fik tilsagn. Projektet starter den 1. september 2036 og løber til den 31. august 2039.</p>
<p>„Det er den største bevilling, klyngen har fået, og den rammer præcis det, vores medlemmer har bedt om: hjælp
til at komme fra snak til konkrete anlæg," siger klyngechef Henrik Damgaard Thomsen.</p>
<h2>Det skal projektet lave</h2>
<ul>
<li>30 virksomhedsforløb, hvor SMV'er får kortlagt deres muligheder for at bruge brint i produktion og transport</li>
<li>en testfacilitet for brændselsceller på havnen i Sønderborg</li>
<li>et efteruddannelsesforløb for 120 elektrikere og smede</li>
<li>en grænseoverskridende indkøbsalliance med virksomheder i Slesvig-Holsten</li>
</ul>
<h2>Partnerne</h2>
<p>Projektet ledes af Energy Cluster South. Partnerne er:</p>
<ul>
<li>Syddansk Universitet (SDU), Institut for Mekanik og Elektronik</li>
<li>Sønderborg Kommune</li>
<li>Aabenraa Kommune</li>
<li>Business Region Sønderjylland</li>
<li>EUC Syd</li>
<li>Danfoss A/S</li>
<li>Sønderborg Havn</li>
<li>Wasserstoff-Netzwerk Schleswig-Holstein (tysk strategisk partner)</li>
</ul>
<p>Fra SDU glæder lektor Anne Kristine Frølund sig over, at universitetets nye laboratorium bliver brugt af
virksomhederne: „Vi har udstyret, men mangler de praktiske cases. Dem kommer virksomhederne med." Hos Sønderborg
Kommune ser borgmester Erik Lauritzen projektet som en del af byens klimaplan frem mod 2040.</p>
<p>Projektlederen bliver Sofie Nørgaard, der kommer fra en stilling som projektleder i Business Region
Sønderjylland. Hun tiltræder 1. august 2036.</p>
<h2>Kom med fra starten</h2>
<p>Projektet åbnes officielt ved et kick-off-arrangement onsdag den 10. september 2036 kl. 13.00–16.30 på Alsion,
Alsion 2, Sønderborg. Her præsenteres forløbene, og virksomheder kan melde sig til den første runde. Tilmelding
senest den 3. september via klyngens hjemmeside.</p>
<p>Klyngens medlemmer kan allerede nu booke et uforpligtende møde med projektteamet. Virksomheder, der ikke er
medlemmer, kan også deltage i forløbene, men medlemmer har fortrinsret til testfaciliteten.</p>
<h2>Baggrund</h2>
<p>Energy Cluster South blev etableret i 2029 og har i dag 186 medlemmer, heraf 142 små og mellemstore
virksomheder. Klyngen er en af de regionale energiklynger, der samarbejder med den nationale klynge Energy
Cluster Denmark om at styrke den grønne omstilling i landsdelen. H2-Grænseland bygger på erfaringerne fra
forprojektet Brintspor (2034–2035).</p>
<p>I forprojektet deltog 14 virksomheder, og fire af dem har siden investeret i egne elektrolyseanlæg. Erfaringen var, at virksomhederne især mangler hjælp til myndighedsgodkendelser og til at finde leverandører, der kan levere små anlæg. Derfor får begge dele en central plads i det nye projekt.</p>
<p class="contact"><b>Kontakt:</b> Henrik Damgaard Thomsen, klyngechef, tlf. 20 00 41 17 · Sofie Nørgaard, projektleder (fra 1. august)</p>
<p class="share">Del: Facebook · LinkedIn · Mail</p>
<aside><h3>Seneste nyheder</h3>
<ul><li>Generalforsamling 2036: ny formand valgt (28. april 2036)</li><li>Ny analyse: PtX-kompetencer i Syddanmark (4. marts 2036)</li><li>Frokostmøde om elpriser – se optagelsen</li></ul></aside>
</main>
<footer>Energy Cluster South · Alsion 2 · 6400 Sønderborg · CVR 00000000 · Privatlivspolitik · Tilgængelighedserklæring</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Mette Hjortshøj","kommunikationsansvarlig",None), P("Jens Lykke Bruun",None,None),
  P("Henrik Damgaard Thomsen","klyngechef","Energy Cluster South"),
  P("Anne Kristine Frølund","lektor","SDU"),
  P("Erik Lauritzen","borgmester","Sønderborg Kommune"),
  P("Sofie Nørgaard","projektleder",None)],
 [O("Energy Cluster South"), O("Danmarks Erhvervsfremmebestyrelse"), O("Syddansk Universitet","SDU"),
  O("Institut for Mekanik og Elektronik"), O("Sønderborg Kommune"), O("Aabenraa Kommune"),
  O("Business Region Sønderjylland"), O("EUC Syd"), O("Danfoss A/S"), O("Sønderborg Havn"),
  O("Wasserstoff-Netzwerk Schleswig-Holstein"), O("Energy Cluster Denmark")],
 [E("kick-off-arrangement","2036-09-10",None,"Sønderborg","Denmark"), E("Generalforsamling 2036"), E("Frokostmøde om elpriser")],
 ["2036-06-23","2036-02","2036-06-19","2036-09-01","2039-08-31","2040","2036-08-01","2036-09-10","2036-09-03",
  "2029","2034/2035","2036-04-28","2036-03-04"],
 [], pub="2036-06-23")
