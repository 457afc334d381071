from h import *
F = 'g06_lolland_falster_klynge_ny_direktoer.html'
assert wd(2042,3,28)=='Friday' and wd(2042,1,28)=='Tuesday' and wd(2042,2,11)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Ny direktør for Femern Byggeklynge | Nyheder</title></head>
<body>
<div class="cookiebanner">Vi bruger cookies til statistik og til at forbedre hjemmesiden. <button>Accepter alle</button> <button>Kun nødvendige</button> <a href="/cookiepolitik">Læs mere</a></div>
<header><p class="logo">Femern Byggeklynge – Lolland-Falster</p>
<nav><a href="/">Forside</a> | <a href="/om-klyngen">Om klyngen</a> | <a href="/medlemmer">Medlemmer</a> | <a href="/projekter">Projekter</a> | <a href="/nyheder">Nyheder</a> | <a href="/kalender">Kalender</a> | <a href="/en">English</a></nav></header>
<main>
<p class="sti">Forside › Nyheder › Organisation</p>
<h1>Mette Skovgaard Vinther bliver ny direktør for Femern Byggeklynge</h1>
<p class="meta">Nyhed · 30. januar 2042 · Af Jens Holm, kommunikationsansvarlig</p>
<p>Bestyrelsen for Femern Byggeklynge har på sit møde tirsdag den 28. januar 2042 i Nakskov ansat 47-årige Mette Skovgaard Vinther som ny direktør. Hun tiltræder 1. april 2042 og afløser Henrik Bøgebjerg, der har stået i spidsen for klyngen siden etableringen i 2030 og nu går på pension.</p>
<p>Mette Skovgaard Vinther kommer fra en stilling som afdelingschef i Erhvervshus Sjælland, hvor hun siden 2036 har haft ansvaret for virksomhedsrettede indsatser inden for bygge- og anlægsbranchen. Tidligere har hun været projektleder i Sund &amp; Bælt Holding A/S og konsulent hos COWI i Lyngby. Hun er uddannet bygningsingeniør fra Danmarks Tekniske Universitet og bor i Nykøbing Falster.</p>
<p>– Femern-forbindelsen er snart færdig, og spørgsmålet er nu, hvad de mange kompetencer, der er bygget op her på øerne, skal bruges til bagefter. Det er den opgave, jeg glæder mig til at løse sammen med medlemmerne, siger Mette Skovgaard Vinther.</p>
<p>Bestyrelsesformand Anders Thygesen, adm. direktør i Thygesen Entreprise A/S, glæder sig over ansættelsen:</p>
<p>– Vi havde 31 ansøgere, og flere af dem var meget stærke. Mette kender både kommunerne, staten og virksomhederne, og hun har et netværk i Nordtyskland, som bliver vigtigt for os de kommende år.</p>

<h2>Tak til Henrik</h2>
<p>Henrik Bøgebjerg var klyngens første medarbejder. Han startede med et lånt skrivebord hos Lolland Kommune og har bygget klyngen op til 146 medlemsvirksomheder og et sekretariat med otte ansatte. Under hans ledelse blev klyngen i 2033 en del af den nationale klyngestruktur under Danske Klyngeorganisationer, og i 2038 indgik den en samarbejdsaftale med Baukompetenzzentrum Ostholstein i Oldenburg in Holstein.</p>
<p>Der holdes afskedsreception for Henrik Bøgebjerg fredag den 28. marts 2042 kl. 14–16 i Femern Kompetencecenter, Rødby. Alle medlemmer og samarbejdspartnere er velkomne.</p>
<p>Tilmelding til receptionen senest 20. marts 2042 til sekretariatet.</p>

<h2>Det venter den nye direktør</h2>
<p>Klyngen står over for en omstilling. Når tunnelelementfabrikken ved Rødbyhavn lukker, skal omkring 600 faglærte finde nye opgaver, og mange af dem bor på Lolland og Falster. Klyngen arbejder derfor på tre spor: vedligehold og drift af store anlæg, energirenovering af bygninger i yderområderne og en fælles dansk-tysk arbejdsmarkedsplatform med partnere i Slesvig-Holsten. Sekretariatet forventer at sende en ansøgning til Interreg Deutschland-Danmark i løbet af foråret, og den nye direktør skal stå i spidsen for det arbejde.</p>
<p>Indtil Mette Skovgaard Vinther tiltræder, fungerer chefkonsulent Sofie Lauridsen som konstitueret leder af sekretariatet.</p>
<h2>Bestyrelsen</h2>
<p>Bestyrelsen består efter generalforsamlingen 2041 af:</p>
<ul>
<li>Anders Thygesen, formand (Thygesen Entreprise A/S)</li>
<li>Lise-Lotte Brandt, næstformand (Guldborgsund Kommune)</li>
<li>Kasper Friis (Maribo Beton ApS)</li>
<li>Rikke Hald (Zealand – Sjællands Erhvervsakademi)</li>
<li>Niels Christian Munk (Lolland Havne)</li>
<li>Bente Sørensen, medarbejderrepræsentant</li>
</ul>
<p>Næste bestyrelsesmøde holdes tirsdag den 11. februar 2042 i Nykøbing Falster.</p>

<h2>Kontakt</h2>
<p>Bestyrelsesformand Anders Thygesen, tlf. 20 00 00 00<br>Kommunikationsansvarlig Jens Holm, jh@femernbyg.example.dk</p>
<p class="del">Del: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
<aside><h3>Seneste nyheder</h3><ul><li><a href="#">Ny uddannelse i tunnelvedligehold på Zealand</a></li><li><a href="#">Klyngen på Bauma i München</a></li></ul></aside>
</main>
<footer><p>Femern Byggeklynge · Havnegade 12, 4900 Nakskov · CVR 00000000 · info@femernbyg.example.dk</p>
<p>Klyngen er støttet af Uddannelses- og Forskningsministeriet og Region Sjælland. <a href="/privatliv">Privatlivspolitik</a></p></footer>
</body></html>
"""
write(F, T)
FB="Femern Byggeklynge"
gold(F,
 [P("Mette Skovgaard Vinther","direktør",FB), P("Henrik Bøgebjerg",None,FB), P("Jens Holm","kommunikationsansvarlig",FB),
  P("Anders Thygesen","formand",FB), P("Lise-Lotte Brandt","næstformand",FB), P("Kasper Friis",None,FB),
  P("Rikke Hald",None,FB), P("Niels Christian Munk",None,FB), P("Sofie Lauridsen","chefkonsulent",FB), P("Bente Sørensen","medarbejderrepræsentant",FB)],
 [O(FB), O("Erhvervshus Sjælland"), O("Sund & Bælt Holding A/S"), O("COWI"), O("Danmarks Tekniske Universitet"),
  O("Thygesen Entreprise A/S"), O("Lolland Kommune"), O("Danske Klyngeorganisationer"), O("Baukompetenzzentrum Ostholstein"),
  O("Guldborgsund Kommune"), O("Maribo Beton ApS"), O("Zealand – Sjællands Erhvervsakademi"),
  O("Lolland Havne"), O("Uddannelses- og Forskningsministeriet"), O("Region Sjælland")],
 [E("møde","2042-01-28",None,"Nakskov","Denmark"), E("afskedsreception","2042-03-28",None,"Rødby","Denmark"),
  E("generalforsamlingen 2041","2041",None,None,None), E("bestyrelsesmøde","2042-02-11",None,"Nykøbing Falster","Denmark"), E("Bauma",None,None,"München","Germany")],
 ["2042-01-30","2042-01-28","2042-04-01","2030","2036","2033","2038","2042-03-28","2042-03-20","2042-02-11"],
 [], pub="2042-01-30")
