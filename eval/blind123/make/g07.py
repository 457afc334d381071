from h import *
F = 'g07_vaxjo_styrelsemote.md'
assert wd(2040,2,14)=='Tuesday' and wd(2040,3,6)=='Tuesday' and wd(2040,3,20)=='Tuesday' and wd(2040,4,3)=='Tuesday' and wd(2040,4,23)=='Monday'
T = """# Protokoll från styrelsemöte i Smålands Träcluster ekonomisk förening

**Datum:** tisdag 14 februari 2040, kl. 13.00–16.15
**Plats:** Videum Science Park, Växjö (och via Teams)
**Protokoll nr:** 1/2040

**Närvarande:** Karin Lindqvist-Håkansson (ordförande), Mattias Öberg (vice ordförande, Södra Skogsägarna), Leila Haddad (ledamot, Linnéuniversitetet), Per-Erik Johannesson (ledamot, Derome AB), Sofia Åkerblom (ledamot, Region Kronoberg)
**Övriga:** Jonas Wetterlind, klusterchef (föredragande), Amanda Nyström, kommunikatör (sekreterare)
**Frånvarande:** Ulf Strand

---

## § 1 Mötets öppnande
Ordföranden Karin Lindqvist-Håkansson öppnade mötet och hälsade Leila Haddad välkommen som ny ledamot efter föreningsstämman.

## § 2 Val av justerare
Till att jämte ordföranden justera protokollet valdes Per-Erik Johannesson.

## § 3 Verksamhetsrapport
Klusterchefen redogjorde för verksamheten sedan föregående möte den 29 november 2039. Föreningen har nu 74 medlemsföretag, en ökning med nio under året. Studieresan till Vorarlberg den 22–24 november 2039 samlade 18 deltagare från 11 företag; rapporten finns på medlemssidorna. Deltagarna besökte bland annat tre träbyggföretag i Bregenzerwald och en yrkesskola för snickare, och flera av dem har redan fått offerter på maskiner och tjänster. Klusterchefen framhöll att resan hade gett mer konkreta kontakter än den mässa i Stuttgart som klustret deltog i våren 2039. Klustrets ansökan till Tillväxtverket om medel för internationalisering beviljades i januari. Beslutet omfattar 1,4 miljoner kronor under två år och ska bland annat täcka gemensamma mässmontrar och en ny matchmakingdag med norska träföretag.

## § 4 Webbinarieserien "Trä på fredagar" våren 2040
Jonas Wetterlind presenterade vårens webbinarier, som hålls digitalt kl. 09.00–10.00:
- 6 mars: Klimatdeklarationer för trähus – med Henrik Sandell, Boverket
- 20 mars: Limträ och KL-trä i höga hus – med dr Emilia Kowalczyk, RISE
- 3 april: Nya marknader i Tyskland – med Tobias Reinhardt, Holzbau Cluster Baden-Württemberg

Varje webbinarium spelas in och läggs ut på medlemssidorna. Anmälan görs via klustrets webbplats senast dagen före. Styrelsen diskuterade om serien även ska vara öppen för icke-medlemmar och beslutade att pröva det under våren. Styrelsen noterade att datumen är tisdagar och inte fredagar, och att seriens namn därför bör ses över inför hösten.

## § 5 Föreningsstämma 2040
Ordinarie föreningsstämma hålls måndag 23 april 2040 kl. 15.00 på Kosta Boda Art Hotel i Kosta, följd av middag kl. 18.30. Kallelse skickas senast fyra veckor före stämman. Valberedningen leds av Birgitta Roos-Ekdahl.

## § 6 Ekonomi
Kassören var inte närvarande; klusterchefen redovisade resultatet för 2039, ett överskott på 212 000 kronor. Budget för 2040 fastställdes enligt förslag. Ordföranden påminde om att revisorerna ska ha årsredovisningen senast sex veckor före stämman.

## § 7 Beslut
Styrelsen beslutade
- att fastställa budgeten för 2040 enligt bilaga 2
- att ge klusterchefen i uppdrag att ansöka om medlemskap i European Wood Cluster Network
- att genomföra en studieresa till Vorarlberg även 2041, med fokus på industriellt byggande
- att föreslå stämman att medlemsavgiften för företag med färre än tio anställda sänks till 2 500 kronor

## § 8 Övriga frågor
Sofia Åkerblom informerade om att Region Kronoberg planerar en regional skogsdag i Alvesta i september 2040 och önskar klustrets medverkan.

## § 9 Nästa möte
Nästa styrelsemöte hålls tisdag 20 mars 2040 kl. 13.00 i Växjö, direkt efter webbinariet.

## § 10 Mötets avslutande
Ordföranden tackade de närvarande och avslutade mötet.

---

Vid protokollet: *Amanda Nyström*
Justeras: *Karin Lindqvist-Håkansson*, ordförande · *Per-Erik Johannesson*, justerare

Smålands Träcluster ekonomisk förening · org.nr 000000-0000 · Videum Science Park, Växjö
"""
write(F, T)
S="Smålands Träcluster ekonomisk förening"
gold(F,
 [P("Karin Lindqvist-Håkansson","ordförande",S),
  P("Mattias Öberg","vice ordförande",S),
  P("Leila Haddad","ledamot",S),
  P("Per-Erik Johannesson","ledamot",S),
  P("Sofia Åkerblom","ledamot",S),
  P("Jonas Wetterlind","klusterchef",S),
  P("Amanda Nyström","kommunikatör",S),
  P("Ulf Strand",None,None),
  P("Henrik Sandell",None,"Boverket"),
  P("Emilia Kowalczyk",None,"RISE"),
  P("Tobias Reinhardt",None,"Holzbau Cluster Baden-Württemberg"),
  P("Birgitta Roos-Ekdahl",None,None)],
 [O(S), O("Södra Skogsägarna"), O("Linnéuniversitetet"), O("Derome AB"), O("Region Kronoberg"),
  O("Tillväxtverket"), O("Boverket"), O("RISE"), O("Holzbau Cluster Baden-Württemberg"), O("European Wood Cluster Network")],
 [E("styrelsemöte i Smålands Träcluster ekonomisk förening","2040-02-14",None,"Växjö","Sweden"),
  E("föregående möte","2039-11-29"),
  E("Studieresan till Vorarlberg","2039-11-22","2039-11-24",None,"Austria"),
  E("Trä på fredagar","2040-03-06","2040-04-03"),
  E("mässa i Stuttgart","2039",None,"Stuttgart","Germany"),
  E("Klimatdeklarationer för trähus","2040-03-06"),
  E("Limträ och KL-trä i höga hus","2040-03-20"),
  E("Nya marknader i Tyskland","2040-04-03"),
  E("Föreningsstämma 2040","2040-04-23",None,"Kosta","Sweden"),
  E("middag","2040-04-23",None,"Kosta","Sweden"),
  E("studieresa till Vorarlberg","2041",None,None,"Austria"),
  E("regional skogsdag","2040-09",None,"Alvesta","Sweden"),
  E("Nästa styrelsemöte","2040-03-20",None,"Växjö","Sweden")],
 ["2040-02-14","2039-11-29","2039-11-22/2039-11-24","2040","2040-03-06","2040-03-20","2040-04-03","2040-04-23","2039","2041","2040-09","2040-01"],
 ["att fastställa budgeten för 2040 enligt bilaga 2",
  "att ge klusterchefen i uppdrag att ansöka om medlemskap i European Wood Cluster Network",
  "att genomföra en studieresa till Vorarlberg även 2041, med fokus på industriellt byggande",
  "att föreslå stämman att medlemsavgiften för företag med färre än tio anställda sänks till 2 500 kronor"],
 pub=None)
