from h import *
F = 'g06_nordjylland_faellesstand_messe.txt'
assert wd(2036,9,21)=='Sunday'
assert wd(2036,9,22)=='Monday' and wd(2036,9,25)=='Thursday' and wd(2036,5,15)=='Thursday' and wd(2036,9,23)=='Tuesday' and wd(2036,8,28)=='Thursday'
T = """Nyheder · Arrangementer · Medlemmer · Om os · Kontakt                           Søg | Log ind

Forside > Nyheder > Fællesstand på WindEnergy Hamburg 2036

FÆLLESSTAND PÅ WINDENERGY HAMBURG 2036 – BOOK DIN PLADS NU
Af Mette Søndergaard, projektleder · 3. april 2036 · Læsetid 4 min

Energy Cluster Nordjylland inviterer igen medlemsvirksomheder med på en dansk fællesstand på verdens største messe for vindenergi, WindEnergy Hamburg, som finder sted fra mandag den 22. til torsdag den 25. september 2036 i Hamburg Messe. Standen arrangeres i samarbejde med Dansk Industri, Business Region North Denmark og Det Danske Generalkonsulat i Hamborg.

Sidste gang, i 2034, stod 14 nordjyske virksomheder på fællesstanden i hal B6, og ifølge vores evaluering fik de i gennemsnit 31 kvalificerede kundekontakter hver. Denne gang har vi booket 260 m² i hal A1, tæt på hovedindgangen.

HVAD FÅR DU?
- En fuldt indrettet standmodul på 9 m² med logo, skranke, hylde og strøm
- Adgang til fælles mødelokale og lounge med kaffe og frokost alle fire dage
- Optagelse i det fælles danske udstillerkatalog og i messens app
- Deltagelse i matchmaking-programmet "Meet the Buyers", som Enterprise Europe Network Danmark står for
- Plads i den fælles presseomtale og på klyngens sociale medier
- Billet til den danske netværksreception tirsdag den 23. september 2036 kl. 18.00 på standen, hvor generalkonsul Jens Peter Kristiansen byder velkommen

PRIS
Medlemmer af Energy Cluster Nordjylland: 38.500 kr. ekskl. moms
Ikke-medlemmer: 52.000 kr. ekskl. moms
SMV'er kan søge tilskud på op til 50 pct. af standprisen via Region Nordjyllands internationaliseringspulje. Ansøgningsfristen til puljen er den 15. maj 2036.

TIDSPLAN
15. maj 2036: frist for tilmelding og for ansøgning om tilskud
juni 2036: opstartsmøde for udstillere (online)
28. august 2036: frist for materiale til kataloget
21. september 2036: opbygning af standen (udstillerne kan ankomme fra kl. 12)
22.–25. september 2036: messe
oktober 2036: evalueringsmøde i Aalborg

HVAD SIGER TIDLIGERE UDSTILLERE?
"Fællesstanden gav os en synlighed, som vi aldrig havde fået alene. Vi mødte to af vores nuværende største kunder i Hamborg," siger Rasmus Vestergaard, salgsdirektør i Nordic Blade Service ApS fra Hobro.

"Det er en stor fordel, at klyngen tager sig af alt det praktiske. Vi kunne koncentrere os om samtalerne," siger Line Bach Nielsen, adm. direktør i Aalborg Gearbox Solutions A/S.

REJSE OG OPHOLD
Klyngen har reserveret 40 værelser på et hotel nær messen fra 21. til 25. september. Der arrangeres fælles bustransport fra Aalborg med afgang søndag den 21. september kl. 6.30. Prisen for bus og hotel er ikke inkluderet i standprisen.

OM MESSEN
WindEnergy Hamburg samler hvert andet år omkring 1.500 udstillere og mere end 35.000 besøgende fra hele verden. Messen dækker hele værdikæden for vindenergi på land og til havs.

TILMELDING OG SPØRGSMÅL
Tilmelding sker via formularen på klyngens hjemmeside. Pladserne fordeles efter først til mølle. Bemærk, at antallet af standmoduler er begrænset til 20, og at tilmeldingen er bindende.

Kontakt:
Mette Søndergaard
Projektleder, internationalisering
Energy Cluster Nordjylland
Niels Jernes Vej 10, 9220 Aalborg Ø
ms@energycluster.example.dk
+45 00 00 00 00

Del: Facebook | LinkedIn | Mail

Relaterede nyheder:
> Klyngens generalforsamling 2036: ny bestyrelsesformand valgt
> Offshore-netværket mødes i Frederikshavn i maj
> Ny rapport om kompetencebehov i havvindindustrien

Foto: Energy Cluster Nordjylland / Kasper Bjerre

Energy Cluster Nordjylland · CVR 00000000 · Cookie- og privatlivspolitik
Vi bruger cookies til statistik. Ved at fortsætte accepterer du vores brug af cookies.
"""
write(F, T)
E_='Energy Cluster Nordjylland'
gold(F,
 [P("Mette Søndergaard","projektleder",E_),
  P("Jens Peter Kristiansen","generalkonsul","Det Danske Generalkonsulat i Hamborg"),
  P("Rasmus Vestergaard","salgsdirektør","Nordic Blade Service ApS"),
  P("Line Bach Nielsen","adm. direktør","Aalborg Gearbox Solutions A/S"),
  P("Kasper Bjerre",None,None)],
 [O(E_), O("Dansk Industri"), O("Business Region North Denmark"), O("Det Danske Generalkonsulat i Hamborg"),
  O("Enterprise Europe Network Danmark"), O("Region Nordjylland"),
  O("Nordic Blade Service ApS"), O("Aalborg Gearbox Solutions A/S")],
 [E("WindEnergy Hamburg 2036","2036-09-22","2036-09-25","Hamburg","Germany"),
  E("Meet the Buyers",None,None,"Hamburg","Germany"),
  E("netværksreception","2036-09-23",None,"Hamburg","Germany"),
  E("opstartsmøde for udstillere","2036-06"),
  E("evalueringsmøde","2036-10",None,"Aalborg","Denmark"),
  E("WindEnergy Hamburg (2034 edition)","2034",None,"Hamburg","Germany"),
  E("generalforsamling 2036","2036"),
  E("Offshore-netværkets møde","2036-05",None,"Frederikshavn","Denmark")],
 ["2036-04-03","2036-09-22/2036-09-25","2034","2036-09-23","2036-05-15","2036-06","2036-08-28","2036-09-21",
  "2036-10","2036-09-21/2036-09-25","2036-05"],
 [], "2036-04-03")
