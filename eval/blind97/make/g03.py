from h import *
F = 'g03_bornholm_foedevarer_medlemmer.txt'
assert wd(2035,9,4)=='Tuesday'
T = """Gå til indhold
Bornholms Fødevareklynge
Forside
Om klyngen
Medlemmer
Projekter
Arrangementer
Nyheder
Kontakt
Bliv medlem
Denne hjemmeside bruger cookies til statistik og til at huske dine valg. Læs mere om cookies
Tillad alle  Kun nødvendige

Forside / Om klyngen / Medlemmer

Vores medlemmer

Bornholms Fødevareklynge er en forening for virksomheder, uddannelsessteder og offentlige aktører, der arbejder med fødevarer fra Bornholm. Klyngen blev stiftet i 2029 og har i dag 74 medlemmer – fra små gårdbutikker til øens største mejeri. Siden er senest opdateret 4. september 2035.

Medlemskab koster 1.500 kr. om året for virksomheder med under ti ansatte og 4.000 kr. for større virksomheder. Uddannelsesinstitutioner og kommunale enheder er kontingentfri.

Filtrér: Alle | Producenter | Restauranter og turisme | Detail og distribution | Viden og uddannelse | Offentlige partnere

Producenter
Gudhjem Røgeri ApS – røget fisk og sild, Gudhjem
Bornholms Andelsmejeri A.m.b.a. – ost og smør, Klemensker
Svaneke Bryghus A/S – øl og malt, Svaneke
Kalas Bornholmsk Hvede – mel og gryn, Aakirkeby
Høstet Havtorn I/S – bær og saft, Østermarie
Nexø Laks ApS – landbaseret lakseopdræt, Nexø
Lille Gadegård Vin – vin og most, Pedersker

Restauranter og turisme
Kadeau Bornholm – restaurant, Pedersker
Hotel Nordlandet – hotel og køkken, Allinge
Destination Bornholm – øens turismeorganisation, Rønne

Detail og distribution
Ø-Kassen ApS – måltidskasser med lokale råvarer, Rønne
Bornholmerfærgen Fragt – fragt til København og Ystad

Viden og uddannelse
Campus Bornholm – erhvervsuddannelser inden for køkken og fødevarer
Københavns Universitet, Institut for Fødevarevidenskab – samarbejdspartner om holdbarhed
Center for Regional- og Turismeforskning (CRT)

Offentlige partnere
Bornholms Regionskommune
Business Center Bornholm
Landbrugsstyrelsen (som observatør)

Se alle 74 medlemmer (PDF)

Bestyrelse
Formand: Mette Kofoed, direktør, Svaneke Bryghus A/S
Næstformand: Jens Peter Ipsen, gårdejer, Høstet Havtorn I/S
Kasserer: Lisbeth Mortensen, økonomichef, Bornholms Andelsmejeri A.m.b.a.
Bestyrelsesmedlem: Ahmad Nazari, køkkenchef, Hotel Nordlandet
Bestyrelsesmedlem: Karen Sonne-Hansen, uddannelsesleder, Campus Bornholm

Sekretariat
Klyngeleder Rasmus Westh Holm
Projektkoordinator Signe Aakjær
Kommunikation: Freja Bech Lund (barselsvikar frem til 31. marts 2036)

Nyt medlem? Sådan gør du
1. Udfyld indmeldelsesformularen
2. Sekretariatet kontakter dig inden for 14 dage
3. Bestyrelsen godkender nye medlemmer på sit næste møde
4. Du får adgang til medlemsnetværket og arrangementskalenderen

Kommende medlemsarrangementer
Medlemsmøde og høstmarked – tirsdag den 4. september 2035 kl. 15.00–19.00, Svaneke Bryghus
Temadag om emballage og holdbarhed – 2. oktober 2035, Campus Bornholm, Rønne
Generalforsamling 2036 – 17. marts 2036, Rønne Theater (indkaldelse følger)

"Det vigtigste, vi gør som klynge, er at få producenter og køkkener til at tale sammen, før sæsonen starter," siger formand Mette Kofoed.

Medlemmer fortæller
Nexø Laks ApS kom med i klyngen i 2033. Gennem klyngens netværk fandt virksomheden både en lokal aftager af fiskeaffald til foder og to restauranter, der nu har laksen fast på menukortet hele året. "Uden klyngen havde vi brugt et år mere på at finde de rigtige partnere på øen," fortæller direktør Birgitte Thorsen.

Også Kalas Bornholmsk Hvede har haft gavn af medlemskabet: sammen med Campus Bornholm har møllen udviklet et kursus i bagning med lokalt korn, som i foråret blev gennemført af 32 elever. Kurset gentages i 2036.

Klyngens arbejde finansieres af kontingenter, projektmidler og et treårigt driftstilskud for perioden 2034–2036. Regnskabet for 2034 kan læses i årsberetningen.

Nyhedsbrev
Få klyngens nyhedsbrev 10 gange om året. Skriv din e-mail
Tilmeld

Del siden: Facebook  LinkedIn  E-mail

Bornholms Fødevareklynge · Store Torv 1 · 3700 Rønne · CVR 00000000 · kontakt@bfklynge.example.dk
Klyngen er støttet af Danmarks Erhvervsfremmebestyrelse og Bornholms Regionskommune.
Privatlivspolitik · Cookiepolitik · Tilgængelighedserklæring
"""
write(F, T)
C = "Bornholms Fødevareklynge"
gold(F,
 [P("Mette Kofoed","Formand",C), P("Jens Peter Ipsen","Næstformand",C), P("Lisbeth Mortensen","Kasserer",C),
  P("Ahmad Nazari","Bestyrelsesmedlem",C), P("Karen Sonne-Hansen","Bestyrelsesmedlem",C),
  P("Rasmus Westh Holm","Klyngeleder",C), P("Signe Aakjær","Projektkoordinator",C), P("Freja Bech Lund","barselsvikar",C), P("Birgitte Thorsen","direktør","Nexø Laks ApS")],
 [O(C), O("Gudhjem Røgeri ApS"), O("Bornholms Andelsmejeri A.m.b.a."), O("Svaneke Bryghus A/S"), O("Kalas Bornholmsk Hvede"),
  O("Høstet Havtorn I/S"), O("Nexø Laks ApS"), O("Lille Gadegård Vin"), O("Kadeau Bornholm"), O("Hotel Nordlandet"),
  O("Destination Bornholm"), O("Ø-Kassen ApS"), O("Bornholmerfærgen Fragt"), O("Campus Bornholm"),
  O("Københavns Universitet"), O("Institut for Fødevarevidenskab"), O("Center for Regional- og Turismeforskning","CRT"),
  O("Bornholms Regionskommune"), O("Business Center Bornholm"), O("Landbrugsstyrelsen"), O("Danmarks Erhvervsfremmebestyrelse")],
 [E("Medlemsmøde og høstmarked","2035-09-04",None,"Svaneke","Denmark"),
  E("Temadag om emballage og holdbarhed","2035-10-02",None,"Rønne","Denmark"),
  E("Generalforsamling 2036","2036-03-17",None,"Rønne","Denmark")],
 ["2029","2033","2036","2034/2036","2034","2035-09-04","2036-03-31","2035-10-02","2036-03-17"],
 [], "2035-09-04")
