from h import *
F = 'g04_sjaelland_foedevareklynge_nyhedsbrev.html'
assert wd(2041,4,23)=='Tuesday' and wd(2041,5,8)=='Wednesday' and wd(2041,5,27)=='Monday' and wd(2041,6,12)=='Wednesday' and wd(2041,8,29)=='Thursday'
T = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Nyhedsbrev maj 2041 – Fødevareklynge Sjælland</title></head>
<body>
<div class="cookiebar">Vi bruger cookies til statistik. <a href="/cookies">Læs mere</a> <button>Accepter alle</button> <button>Kun nødvendige</button></div>
<header><p class="logo">Fødevareklynge Sjælland</p>
<nav><a href="/">Forside</a> · <a href="/om">Om klyngen</a> · <a href="/medlemmer">Medlemmer</a> · <a href="/arrangementer">Arrangementer</a> · <a href="/nyheder">Nyheder</a> · <a href="/en">English</a></nav></header>
<main>
<h1>Nyhedsbrev – maj 2041</h1>
<p class="dato">Udsendt 14. maj 2041</p>

<h2>Kære medlemmer</h2>
<p>Foråret har budt på både generalforsamling, nye medlemmer og et travlt besøg fra Bretagne. Nedenfor finder du et overblik – og husk at tilmelde dig sommerens arrangementer. God læselyst!<br>
Mette Skovgaard-Holm, klyngedirektør</p>

<h2>Generalforsamlingen 2041</h2>
<p>Fødevareklynge Sjælland holdt sin ordinære generalforsamling tirsdag den 23. april 2041 på Campus Slagelse. 64 medlemmer var til stede. Generalforsamlingen godkendte årsrapporten for 2040 og genvalgte Niels Peter Brøndum, adm. direktør i Gourmet Mejeri Næstved A/S, som formand for bestyrelsen. Som nyt medlem af bestyrelsen blev valgt Fatima El-Amrani, innovationschef hos Zealand – Sjællands Erhvervsakademi. Hun afløser Poul Erik Damgaard, der har siddet i bestyrelsen siden 2033.</p>
<p>Bestyrelsen består herefter af:</p>
<ul>
<li>Niels Peter Brøndum (Gourmet Mejeri Næstved A/S), formand</li>
<li>Karen Ølgaard (Region Sjælland), næstformand</li>
<li>Fatima El-Amrani (Zealand – Sjællands Erhvervsakademi)</li>
<li>Jakob de Place Thomsen (Danish Crown A/S)</li>
<li>Lise-Lotte Andersen (Slagelse Kommune)</li>
</ul>

<h2>Besøg fra Bretagne</h2>
<p>Den 8. maj tog klyngen imod en delegation på 12 personer fra den bretonske fødevareklynge Valorial og regionens udviklingsselskab Bretagne Développement Innovation. Delegationen besøgte Danish Crowns slagteri i Ringsted og Teknologisk Instituts fødevarelaboratorium i Taastrup. Delegationens leder, Yann Le Goff, fremhævede den danske tradition for samarbejde mellem landbrug og forskning. Besøget sluttede med en workshop om fælles projektansøgninger, og to sjællandske virksomheder er allerede inviteret til et genbesøg i Rennes til efteråret. Klyngen vil undersøge, om samarbejdet kan udvikles til et egentligt partnerskab mellem de to regioner.</p>

<h2>Erfaringer fra projektet FoodLoop</h2>
<p>Klyngen har afsluttet sit toårige projekt om genanvendelse af sidestrømme, som kørte fra marts 2039 til februar 2041 med støtte fra Danmarks Erhvervsfremmebestyrelse. Projektleder Simon Kjærgaard opsummerer:</p>
<h3>Anbefalinger til virksomhederne</h3>
<ol>
<li>Kortlæg jeres sidestrømme, før I investerer i nyt udstyr</li>
<li>Indgå aftaler med nabovirksomheder om fælles afhentning og forarbejdning</li>
<li>Brug klyngens netværk af forskere til at teste nye produkter i lille skala</li>
</ol>
<p><a href="/foodloop">Læs hele slutrapporten</a></p>

<h2>Medlemsnyt</h2>
<p><strong>Gourmet Mejeri Næstved udvider.</strong> Mejeriet har taget en ny linje til plantebaserede oste i brug og har ansat 18 nye medarbejdere. Investeringen er på 45 mio. kr. og er delvist finansieret af Vækstfonden. "Vi havde ikke turdet uden sparringen i klyngens netværk om plantebaserede proteiner," siger produktionschef Birgitte Munch-Petersen.</p>
<p><strong>Ph.d.-projekt om tang.</strong> Danmarks Tekniske Universitet (DTU) og tre af klyngens medlemmer har fået bevilget et erhvervs-ph.d.-projekt om tang som fødevareingrediens. Projektet starter 1. september 2041 og løber i tre år. Kontaktperson er lektor Anders Hvidtfeldt, DTU Fødevareinstituttet.</p>
<p><strong>Fælles stand på messe.</strong> Klyngen samler igen medlemmerne på en fælles dansk stand på SIAL Paris fra 18. til 22. oktober 2042. Der er plads til otte virksomheder; interesserede kan kontakte sekretariatet allerede nu, da pladserne plejer at blive fordelt hurtigt.</p>

<h2>Nye medlemmer</h2>
<p>Vi byder velkommen til Stevns Bryghus ApS, Lolland-Falster Grøntsagslaug og softwarevirksomheden FarmData ApS fra Roskilde.</p>

<h2>Kommende arrangementer</h2>
<ul>
<li><strong>27. maj 2041, kl. 9.00–12.00, Næstved:</strong> Morgenmøde om emballage og EU's nye krav, med oplæg fra Emballageindustrien</li>
<li><strong>12. juni 2041, Sorø:</strong> Sommermøde for klyngens medlemmer – kl. 14.00 virksomhedsbesøg hos Sorø Frugtplantage, kl. 17.30 grillaften</li>
<li><strong>29. august 2041:</strong> Folkemødet for fødevarer i Holbæk (3. udgave) – tidligere udgaver blev holdt i Køge (2039) og Kalundborg (2040)</li>
</ul>
<p>Tilmelding senest en uge før på klyngens hjemmeside.</p>
</main>
<footer><p>Fødevareklynge Sjælland · Holbækvej 00 · 4200 Slagelse · CVR 00000000 · kontakt@foedevareklynge.example.dk</p>
<p><a href="/afmeld">Afmeld nyhedsbrev</a> · <a href="/privatliv">Privatlivspolitik</a></p></footer>
</body></html>
"""
write(F, T)
K = "Fødevareklynge Sjælland"; Z = "Zealand – Sjællands Erhvervsakademi"
gold(F,
 [P("Mette Skovgaard-Holm","klyngedirektør",K),
  P("Niels Peter Brøndum","formand",K),
  P("Fatima El-Amrani","innovationschef",Z),
  P("Poul Erik Damgaard",None,None),
  P("Karen Ølgaard","næstformand",K),
  P("Jakob de Place Thomsen",None,"Danish Crown A/S"),
  P("Lise-Lotte Andersen",None,"Slagelse Kommune"),
  P("Yann Le Goff","leder",None),
  P("Simon Kjærgaard","Projektleder",K),
  P("Birgitte Munch-Petersen","produktionschef","Gourmet Mejeri Næstved A/S"),
  P("Anders Hvidtfeldt","lektor","DTU Fødevareinstituttet")],
 [O(K), O("Gourmet Mejeri Næstved A/S"), O(Z), O("Region Sjælland"), O("Danish Crown A/S"), O("Slagelse Kommune"),
  O("Valorial"), O("Bretagne Développement Innovation"), O("Teknologisk Institut"), O("Danmarks Erhvervsfremmebestyrelse"),
  O("Stevns Bryghus ApS"), O("Lolland-Falster Grøntsagslaug"), O("FarmData ApS"), O("Emballageindustrien"),
  O("Sorø Frugtplantage"), O("Vækstfonden"), O("Danmarks Tekniske Universitet","DTU"), O("DTU Fødevareinstituttet")],
 [E("generalforsamling","2041-04-23",None,"Slagelse","Denmark"),
  E("Besøg fra Bretagne","2041-05-08",None,None,None),
  E("workshop om fælles projektansøgninger","2041-05-08",None,None,None),
  E("genbesøg",None,None,"Rennes","France"),
  E("Morgenmøde om emballage og EU's nye krav","2041-05-27",None,"Næstved","Denmark"),
  E("Sommermøde","2041-06-12",None,"Sorø","Denmark"),
  E("virksomhedsbesøg hos Sorø Frugtplantage","2041-06-12",None,"Sorø","Denmark"),
  E("grillaften","2041-06-12",None,"Sorø","Denmark"),
  E("Folkemødet for fødevarer","2041-08-29",None,"Holbæk","Denmark"),
  E("SIAL Paris","2042-10-18","2042-10-22","Paris","France"),
  E("Folkemødet for fødevarer (2039)","2039",None,"Køge","Denmark"),
  E("Folkemødet for fødevarer (2040)","2040",None,"Kalundborg","Denmark")],
 ["2041-05","2041-05-14","2041-04-23","2040","2033","2041-05-08","2039-03/2041-02","2041-05-27","2041-06-12","2041-08-29","2039","2041-09-01","2042-10-18/2042-10-22"],
 ["Kortlæg jeres sidestrømme, før I investerer i nyt udstyr",
  "Indgå aftaler med nabovirksomheder om fælles afhentning og forarbejdning",
  "Brug klyngens netværk af forskere til at teste nye produkter i lille skala"],
 pub="2041-05-14")
