from h import *
F = 'g08_halsingland_trakluster_styrelseprotokoll.txt'
assert wd(2035,9,18)=='Tuesday' and wd(2035,10,11)=='Thursday' and wd(2035,11,20)=='Tuesday' and wd(2035,10,23)=='Tuesday'
T = """PROTOKOLL
Styrelsemöte nr 5/2035
Hälsinglands Träkluster ekonomisk förening (HTK), org.nr 769600-0000

Datum: tisdag 18 september 2035, kl. 13.00–16.15
Plats: Kulturhuset Hudiksvall, sal Ljusnan, samt via Teams

Närvarande ledamöter:
Ingela Bäckström-Ek, ordförande (Iggesunds Snickeri AB)
Mikael Nordqvist, vice ordförande (Holmen Skog AB)
Leila Haddad-Sjöberg (Söderhamns kommun)
Per-Olof Gävert (Hälsinglands Sparbank)
Eeva Lindroos (Mittuniversitetet, campus Sundsvall), via Teams

Övriga närvarande:
Johan af Klercker, klusterchef (föredragande)
Tove Ahlqvist, projektledare, sekreterare vid mötet

Frånvarande: Anders Stjernfeldt (Moelven Byggmodul AB)

§ 1 Mötets öppnande
Ordföranden öppnade mötet och hälsade Eeva Lindroos, ny ledamot sedan föreningsstämman den 24 april 2035, särskilt välkommen.

§ 2 Val av justerare
Per-Olof Gävert valdes att jämte ordföranden justera protokollet.

§ 3 Godkännande av dagordning
Dagordningen godkändes med tillägg av en punkt om studieresan till Finland under § 9.

§ 4 Föregående protokoll
Protokollet från styrelsemötet den 12 juni 2035 lades till handlingarna.

§ 5 Klusterchefens rapport
Johan af Klercker redogjorde för verksamheten sedan juni. Föreningen har nu 58 medlemsföretag. Träbyggnadsdagen i Bollnäs den 30 augusti 2035 samlade 140 deltagare, varav en tredjedel från kommuner och bostadsbolag. Ansökan till Tillväxtverket om fortsatt finansiering för perioden 2036–2038 lämnades in den 1 september. Besked väntas i december.

§ 6 Ekonomisk rapport
Kassören Per-Olof Gävert föredrog resultatet per den 31 augusti 2035. Intäkterna följer budget; kostnaderna för evenemang ligger 8 procent över budget på grund av högre lokalhyror.

§ 7 Evenemang hösten 2035
Klusterchefen presenterade höstens planering:
- Frukostmöte om cirkulära byggmaterial torsdag 11 oktober 2035 kl. 7.30 hos Iggesunds Snickeri AB
- Matchmakingdag "Trä möter kommun" tisdag 23 oktober 2035 i Söderhamn, tillsammans med Region Gävleborg
- Julmingel för medlemmar tisdag 20 november 2035 på Hotell Hudik
Styrelsen diskuterade om matchmakingdagen ska vara avgiftsfri för kommunerna. Flera ledamöter framhöll att kommunernas upphandlare är den grupp som klustret har svårast att nå, och att en avgift riskerar att minska deltagandet. Andra menade att en symbolisk avgift minskar antalet avhopp. Klusterchefen fick i uppdrag att undersöka om Region Gävleborg kan bekosta lokal och lunch. Till frukostmötet har hittills 22 personer anmält sig; julminglet planeras för cirka 80 gäster och ska, liksom tidigare år, kombineras med en kort presentation av årets nya medlemmar.

§ 8 Samarbete med Mittuniversitetet
Eeva Lindroos informerade om universitetets nya forskarskola i träbyggande och möjligheten för medlemsföretag att ta emot industridoktorander från 2036.

§ 9 Studieresa till Österbotten
Tove Ahlqvist redogjorde för förslaget till studieresa till Vasa och Seinäjoki den 4–6 februari 2036, i samarbete med Österbottens förbund och klustret Wood Ostrobothnia. Kostnaden beräknas till 9 500 kronor per deltagare.

§ 10 Beslut
Styrelsen beslutade
att matchmakingdagen den 23 oktober ska vara avgiftsfri för kommuner och regionala bostadsbolag,
att genomföra studieresan till Österbotten under förutsättning att minst tio medlemsföretag anmäler sig senast den 15 december 2035,
att uppdra åt klusterchefen att ta fram en kommunikationsplan för 2036 till nästa möte,
att utse Leila Haddad-Sjöberg till föreningens kontaktperson gentemot Region Gävleborg.

§ 11 Övriga frågor
Mikael Nordqvist påminde om att Holmen Skog AB tar emot besök från en delegation från Lettland i oktober och bjöd in intresserade ledamöter. Anmälan sker direkt till honom senast två veckor före besöket.

§ 12 Nästa möte
Nästa styrelsemöte hålls tisdag 20 november 2035 kl. 13.00, före julminglet.

§ 13 Mötets avslutande
Ordföranden tackade för visat intresse och avslutade mötet.

Vid protokollet:
Tove Ahlqvist

Justeras:
Ingela Bäckström-Ek, ordförande          Per-Olof Gävert
"""
write(F, T)
H="Hälsinglands Träkluster ekonomisk förening"
gold(F,
 [P("Ingela Bäckström-Ek","ordförande",H),
  P("Mikael Nordqvist","vice ordförande",H),
  P("Leila Haddad-Sjöberg","ledamot",H),
  P("Per-Olof Gävert","Kassören",H),
  P("Eeva Lindroos","ledamot",H),
  P("Johan af Klercker","klusterchef",H),
  P("Tove Ahlqvist","projektledare",H),
  P("Anders Stjernfeldt",None,"Moelven Byggmodul AB")],
 [O(H,"HTK"), O("Iggesunds Snickeri AB"), O("Holmen Skog AB"), O("Söderhamns kommun"), O("Hälsinglands Sparbank"),
  O("Mittuniversitetet"), O("Moelven Byggmodul AB"), O("Tillväxtverket"), O("Region Gävleborg"),
  O("Österbottens förbund"), O("Wood Ostrobothnia")],
 [E("Styrelsemöte nr 5/2035","2035-09-18",None,"Hudiksvall","Sweden"),
  E("föreningsstämman","2035-04-24",None,None,None),
  E("styrelsemötet","2035-06-12",None,None,None),
  E("Träbyggnadsdagen","2035-08-30",None,"Bollnäs","Sweden"),
  E("Frukostmöte om cirkulära byggmaterial","2035-10-11",None,None,None),
  E("Matchmakingdag \"Trä möter kommun\"","2035-10-23",None,"Söderhamn","Sweden"),
  E("Julmingel för medlemmar","2035-11-20",None,None,None),
  E("studieresa till Österbotten","2036-02-04","2036-02-06","Vasa, Seinäjoki","Finland"),
  E("besök från en delegation från Lettland","2035-10",None,None,None),
  E("Nästa styrelsemöte","2035-11-20",None,None,None)],
 ["2035-09-18","2035-04-24","2035-06-12","2035-06","2035-08-30","2036/2038","2035-09-01","2035-12","2035-08-31","2035",
  "2035-10-11","2035-10-23","2035-11-20","2036","2036-02-04/2036-02-06","2035-12-15","2035-10"],
 ["att matchmakingdagen den 23 oktober ska vara avgiftsfri för kommuner och regionala bostadsbolag",
  "att genomföra studieresan till Österbotten under förutsättning att minst tio medlemsföretag anmäler sig senast den 15 december 2035",
  "att uppdra åt klusterchefen att ta fram en kommunikationsplan för 2036 till nästa möte",
  "att utse Leila Haddad-Sjöberg till föreningens kontaktperson gentemot Region Gävleborg"])
