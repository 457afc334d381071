from h import *
F = 'g07_silkeborg_vandklynge_kalender.txt'
for s_,w in [('2042-01-15','Wednesday'),('2042-02-05','Wednesday'),('2042-02-10','Monday'),('2042-02-26','Wednesday'),('2042-03-11','Tuesday'),
             ('2042-03-17','Monday'),('2042-03-19','Wednesday'),('2042-04-22','Tuesday'),('2042-05-06','Tuesday'),('2042-05-07','Wednesday'),('2041-12-04','Wednesday'),('2042-04-08','Tuesday')]:
    y,m,d = map(int,s_.split('-')); assert wd(y,m,d)==w, s_
T = """Vandklyngen Midt · Arrangementer
Forside | Om klyngen | Medlemmer | Projekter | Arrangementer | Nyheder | Kontakt | English

Arrangementskalender – forår 2042
Opdateret 15. januar 2042 af Mette Kjærgaard Lund, kommunikationsansvarlig

Her finder du klyngens arrangementer for foråret. Medlemmer deltager gratis, medmindre andet er nævnt. Tilmelding sker via linket under hvert arrangement; du får en bekræftelse pr. e-mail. Vi forbeholder os ret til at aflyse ved under 15 tilmeldte. Vandklyngen Midt samler 112 virksomheder, forsyninger, kommuner og vidensinstitutioner i Region Midtjylland, der arbejder med rent vand, spildevand, klimatilpasning og vand i industrien.

----------------------------------------------------------------
ONSDAG 5. FEBRUAR 2042, KL. 13.00–16.00 · SILKEBORG
Netværksmøde: Digitale tvillinger i forsyningen
Tre forsyninger fortæller, hvordan de bruger digitale modeller til at styre pumper og ledningsnet. Oplæg ved Anders Bech Thygesen, driftschef i Silkeborg Forsyning A/S, og ph.d. Louise Nørgaard-Vestergaard fra Aarhus Universitet, Institut for Bio- og Kemiteknologi. Sted: Papirfabrikken, Silkeborg.
Tilmelding senest mandag 3. februar.

----------------------------------------------------------------
ONSDAG 26. FEBRUAR 2042, KL. 09.00–15.30 · HORSENS
Matchmakingdag: Vand og landbrug
Klyngens første matchmakingdag med landbruget. Om formiddagen præsenterer seks virksomheder løsninger til drænvand og næringsstoffer; om eftermiddagen er der forudbookede B2B-møder på 20 minutter. Arrangeres sammen med SEGES Innovation og Erhvervshus Midtjylland. Gebyr for ikke-medlemmer: 750 kr. ekskl. moms.
Program:
09.00 Morgenmad og velkomst ved klyngedirektør Rasmus Holm-Andersen
09.30 Pitch-session
12.00 Frokost
13.00–15.30 B2B-møder

----------------------------------------------------------------
11.–19. MARTS 2042 · ØSTRIG OG SLOVAKIET
Studietur til Wien og Bratislava
Studieturen følger Donau fra Wien til Bratislava og besøger vandværker, to teknologiske universiteter og klyngen Water Cluster Slovakia. Turen ledes af projektleder Sofie Damgaard. Begrænset til 18 deltagere; egenbetaling 9.500 kr. Tilmeldingsfrist var 10. februar – venteliste åben.
Foreløbigt program: mandag 17. marts besøg hos Wiener Wasser og hos det tekniske universitet TU Wien; onsdag 19. marts afsluttende workshop hos Slovenská technická univerzita v Bratislave med danske og slovakiske virksomheder. Turen er støttet af Innovationsfonden og Danmarks Eksportråd, som deltager med en rådgiver fra ambassaden i Wien.

----------------------------------------------------------------
TIRSDAG 8. APRIL 2042, KL. 16.00–18.00 · RANDERS
Generalforsamling i Vandklyngen Midt
Dagsorden efter vedtægterne: beretning, regnskab for 2041, budget, valg til bestyrelsen og eventuelt. Efter generalforsamlingen er der spisning for medlemmerne på Randers Regnskov. Forslag skal være bestyrelsen i hænde senest tirsdag 25. marts. Formand Jens Peter Søndergaard genopstiller ikke; bestyrelsen foreslår Camilla Uhrenholt, adm. direktør i Kruger Ejendomme? nej – i Aqua-Tek Horsens ApS, som ny formand.

----------------------------------------------------------------
6.–7. MAJ 2042 · AARHUS
Danish Water Summit 2042
Klyngen har fælles stand og inviterer medlemmer til en frokost på standen onsdag 7. maj. Summit arrangeres af DANVA og Danish Water Forum. Medlemmer får 20 % rabat på billetten med koden KLYNGE42.

----------------------------------------------------------------
TIDLIGERE ARRANGEMENTER
• 4. december 2041, Silkeborg – Julemøde og årets klyngepris. Prisen gik til start-uppen Flowmetrix IVS.
• 27. november 2041, online – Webinar om EU's nye byspildevandsdirektiv med Karin Weitzmann fra Europa-Kommissionen, GD Miljø.
• 24. september 2041, Herning – Temadag om vandbesparelser i industrien i samarbejde med Lifestyle & Design Cluster.

Erfaringer fra efteråret 2041
Efter evalueringen af efterårets arrangementer har sekretariatet besluttet følgende:
1. Netværksmøder lægges om eftermiddagen, fordi formiddagsmøder havde færrest deltagere
2. Hvert arrangement skal have mindst ét oplæg fra en virksomhed, ikke kun fra forskere
3. Webinarer optages og lægges på medlemssiden samme dag

Spørgsmål? Skriv til arrangementer@vandklyngen.example.dk eller ring 86 00 00 00.
Vandklyngen Midt · Vestergade 00, 8600 Silkeborg · CVR 00000000
Cookies | Privatlivspolitik | Tilgængelighedserklæring
"""
T = T.replace("adm. direktør i Kruger Ejendomme? nej – i Aqua-Tek Horsens ApS", "adm. direktør i Aqua-Tek Horsens ApS")
assert wd(2042,3,25)=='Tuesday' and wd(2041,12,4)=='Wednesday'
write(F, T)
V = "Vandklyngen Midt"
gold(F,
 [P("Mette Kjærgaard Lund","kommunikationsansvarlig",None),  # third pass: the text names no organisation for her (as g01 Marco Pierini)
  P("Anders Bech Thygesen","driftschef","Silkeborg Forsyning A/S"),
  P("Louise Nørgaard-Vestergaard",None,"Aarhus Universitet"),
  P("Rasmus Holm-Andersen","klyngedirektør",V),
  P("Sofie Damgaard","projektleder",None),  # third pass: the text names no organisation for her
  P("Jens Peter Søndergaard","Formand",V),
  P("Camilla Uhrenholt","adm. direktør","Aqua-Tek Horsens ApS"),
  P("Karin Weitzmann",None,"Europa-Kommissionen")],
 [O(V), O("Silkeborg Forsyning A/S"), O("Aarhus Universitet"), O("Institut for Bio- og Kemiteknologi"),
  O("SEGES Innovation"), O("Erhvervshus Midtjylland"), O("Water Cluster Slovakia"), O("Aqua-Tek Horsens ApS"),
  O("DANVA"), O("Danish Water Forum"), O("Flowmetrix IVS"), O("Europa-Kommissionen"), O("GD Miljø"),
  O("Lifestyle & Design Cluster"), O("Wiener Wasser"), O("TU Wien"), O("Slovenská technická univerzita v Bratislave"), O("Innovationsfonden"), O("Danmarks Eksportråd")],
 [E("Netværksmøde: Digitale tvillinger i forsyningen","2042-02-05",None,"Silkeborg","Denmark"),
  E("Matchmakingdag: Vand og landbrug","2042-02-26",None,"Horsens","Denmark"),
  E("B2B-møder","2042-02-26",None,"Horsens","Denmark"),
  E("Studietur til Wien og Bratislava","2042-03-11","2042-03-19","Wien, Bratislava","Austria, Slovakia"),
  E("besøg hos Wiener Wasser og hos det tekniske universitet TU Wien","2042-03-17",None,"Wien","Austria"),
  E("afsluttende workshop","2042-03-19",None,"Bratislava","Slovakia"),
  E("Generalforsamling i Vandklyngen Midt","2042-04-08",None,"Randers","Denmark"),
  E("spisning for medlemmerne","2042-04-08",None,"Randers","Denmark"),
  E("Danish Water Summit 2042","2042-05-06","2042-05-07","Aarhus","Denmark"),
  E("Julemøde og årets klyngepris","2041-12-04",None,"Silkeborg","Denmark"),
  E("Webinar om EU's nye byspildevandsdirektiv","2041-11-27",None,None,None),
  E("Temadag om vandbesparelser i industrien","2041-09-24",None,"Herning","Denmark")],
 ["2042-01-15","2042-02-05","2042-02-03","2042-02-26","2042-03-11/2042-03-19","2042-02-10","2042-03-17","2042-03-19","2042-04-08","2041","2042",
  "2042-03-25","2042-05-06/2042-05-07","2042-05-07","2041-12-04","2041-11-27","2041-09-24"],
 ["Netværksmøder lægges om eftermiddagen, fordi formiddagsmøder havde færrest deltagere",
  "Hvert arrangement skal have mindst ét oplæg fra en virksomhed, ikke kun fra forskere",
  "Webinarer optages og lægges på medlemssiden samme dag"],
 pub="2042-01-15")
