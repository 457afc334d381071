from h import *
F = 'g07_rogaland_energiklynge_arsmote_protokoll.txt'
T = """PROTOKOLL FRA ÅRSMØTE 2035
Energiklyngen Rogaland SA

Tid: tirsdag 24. april 2035 kl. 16.00–18.15
Sted: Stavanger Forum, Gunnar Warebergs gate 13, Stavanger
Til stede: 58 stemmeberettigede medlemmer, hvorav 9 ved fullmakt. Fra administrasjonen: daglig leder Kristin Aarsland Haugen og økonomiansvarlig Ole Martin Tjelta.

Sak 1 Åpning og godkjenning av innkalling og dagsorden
Styreleder Torbjørn Egeland ønsket velkommen og konstaterte at innkallingen ble sendt ut 20. mars 2035, i samsvar med vedtektene. Innkalling og dagsorden ble godkjent uten merknader.

Sak 2 Valg av møteleder og to til å underskrive protokollen
Advokat Ingrid Sømme Bergesen, Advokatfirmaet Sømme & Ree AS, ble valgt til møteleder. Guro Vik Larsen (Sandnes Subsea AS) og Ahmad Rahimi (Karmøy Hydrogen AS) ble valgt til å underskrive protokollen sammen med møtelederen.

Sak 3 Årsberetning for 2034
Daglig leder gikk gjennom årsberetningen. Klyngen hadde ved utgangen av 2034 i alt 164 medlemmer, en økning på 21 fra året før. Klyngen fikk i juni 2034 status som Arena Pro-klynge i programmet Norwegian Innovation Clusters, og gjennomførte 37 arrangementer, blant dem konferansen Energiomstilling Vest i Haugesund 12.–13. september 2034. Medlemmene ga innspill om at klyngen bør legge mer vekt på havvind og karbonfangst.

Sak 4 Regnskap for 2034 og revisors beretning
Økonomiansvarlig la fram regnskapet, som viser driftsinntekter på 18,6 millioner kroner og et overskudd på 412 000 kroner. Revisor, Sandvik Revisjon AS ved statsautorisert revisor Henrik Mjølsnes, har avgitt beretning uten forbehold.

Sak 5 Kontingent for 2036
Styret foreslo å heve kontingenten for bedrifter med over 50 ansatte fra 25 000 til 30 000 kroner. Forslaget ble diskutert; flere små medlemmer ønsket at kontingenten for dem holdes uendret. Daglig leder viste til at klyngens egenfinansiering må øke når den offentlige støtten trappes ned fra 2037, og at de største bedriftene selv har bedt om å bære en større del av kostnadene.

Sak 6 Strategi 2036–2040
Nestleder Marit Øvrebø Tjøtta presenterte utkastet til ny strategi, med tre satsingsområder: havvind, hydrogen og karbonfangst, og kompetanse. Utkastet er utarbeidet etter fire medlemsverksteder høsten 2034 og en spørreundersøkelse med 88 svar. I diskusjonen ba flere medlemmer om at strategien får tydelige mål for internasjonalt samarbeid, særlig med klynger i Skottland og Nederland, og at leverandørbedrifter i Haugalandet og Dalane trekkes bedre med. Styret tok innspillene med seg, og møtet ble enig om at endringene innarbeides før strategien publiseres.

Sak 7 Valg
Valgkomiteens leder, Sverre Hetland, la fram komiteens innstilling.

VEDTAK

1. Årsberetningen for 2034 ble tatt til etterretning.
2. Regnskapet for 2034 ble godkjent, og overskuddet overføres til egenkapitalen.
3. Kontingenten for bedrifter med over 50 ansatte heves til 30 000 kroner fra 1. januar 2036; øvrige satser holdes uendret.
4. Strategi 2036–2040 ble vedtatt med de endringer som kom fram i møtet.
5. Revisor Sandvik Revisjon AS ble gjenvalgt for ett år.

Valg av styre
Følgende ble valgt (valgperiode to år der ikke annet er nevnt):
- Styreleder: Marit Øvrebø Tjøtta, Equinor ASA (ny som leder)
- Nestleder: Tor-Arne Skadberg, Universitetet i Stavanger (ny)
- Styremedlem: Guro Vik Larsen, Sandnes Subsea AS (gjenvalgt)
- Styremedlem: Jolanta Kowalczyk-Berg, NORCE Norwegian Research Centre AS (ny)
- Styremedlem: Einar Fjelde, Haugesund Offshore Service AS (ett år)
- Varamedlem: Siri Bø Nesheim, Stavanger kommune

Torbjørn Egeland gikk av etter seks år som styreleder og ble takket for innsatsen med applaus.

Valgkomité: Sverre Hetland (leder), Lise Aanestad og Øyvind Gjerde.

Sak 8 Eventuelt
Kristin Aarsland Haugen orienterte om studieturen til Aberdeen 9.–11. juni 2035 og om medlemsmøtet om havvind 29. mai 2035.

Neste årsmøte holdes i april 2036; dato fastsettes av styret.

Møtet ble hevet kl. 18.15.

Stavanger, 24. april 2035

Ingrid Sømme Bergesen, møteleder
Guro Vik Larsen
Ahmad Rahimi

Energiklyngen Rogaland SA · org.nr. 900 000 000 · Kjølv Egelands gate 1, 4011 Stavanger
"""
write(F, T)
gold(F,
 [P("Kristin Aarsland Haugen","daglig leder","Energiklyngen Rogaland SA"),
  P("Ole Martin Tjelta","økonomiansvarlig","Energiklyngen Rogaland SA"),
  P("Torbjørn Egeland","Styreleder","Energiklyngen Rogaland SA"),
  P("Ingrid Sømme Bergesen","møteleder","Advokatfirmaet Sømme & Ree AS"),
  P("Guro Vik Larsen","Styremedlem","Energiklyngen Rogaland SA"),
  P("Ahmad Rahimi",None,"Karmøy Hydrogen AS"),
  P("Henrik Mjølsnes","statsautorisert revisor","Sandvik Revisjon AS"),
  P("Marit Øvrebø Tjøtta","Styreleder","Energiklyngen Rogaland SA"),
  P("Sverre Hetland","Valgkomiteens leder",None),
  P("Tor-Arne Skadberg","Nestleder","Energiklyngen Rogaland SA"),
  P("Jolanta Kowalczyk-Berg","Styremedlem","Energiklyngen Rogaland SA"),
  P("Einar Fjelde","Styremedlem","Energiklyngen Rogaland SA"),
  P("Siri Bø Nesheim","Varamedlem","Energiklyngen Rogaland SA"),
  P("Lise Aanestad",None,None), P("Øyvind Gjerde",None,None)],
 [O("Energiklyngen Rogaland SA"), O("Advokatfirmaet Sømme & Ree AS"), O("Sandnes Subsea AS"), O("Karmøy Hydrogen AS"),
  O("Sandvik Revisjon AS"), O("Equinor ASA"), O("Universitetet i Stavanger"), O("NORCE Norwegian Research Centre AS"),
  O("Haugesund Offshore Service AS"), O("Stavanger kommune")],
 [E("ÅRSMØTE 2035","2035-04-24",None,"Stavanger","Norway"), E("Energiomstilling Vest","2034-09-12","2034-09-13","Haugesund","Norway"),
  E("studieturen til Aberdeen","2035-06-09","2035-06-11","Aberdeen","United Kingdom"), E("medlemsmøtet om havvind","2035-05-29"),
  E("Neste årsmøte","2036-04")],
 ["2035-04-24","2035-03-20","2034","2034-06","2034-09-12/2034-09-13","2036","2036/2040","2036-01-01","2037","2035-06-09/2035-06-11","2035-05-29","2036-04"],
 ["Årsberetningen for 2034 ble tatt til etterretning",
  "Regnskapet for 2034 ble godkjent, og overskuddet overføres til egenkapitalen",
  "Kontingenten for bedrifter med over 50 ansatte heves til 30 000 kroner fra 1. januar 2036; øvrige satser holdes uendret",
  "Strategi 2036–2040 ble vedtatt med de endringer som kom fram i møtet",
  "Revisor Sandvik Revisjon AS ble gjenvalgt for ett år"],
 pub=None)
