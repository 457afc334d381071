from h import *
F = 'g02_jamtland_interreg_uppstart.txt'
assert wd(2036,9,23)=='Tuesday' and wd(2036,9,24)=='Wednesday' and wd(2037,4,14)=='Tuesday'
T = """Mittuniversitetet | Nyheter | Forskning | Samverkan | Kontakt
Startsida > Nyheter > Projekt

Interregprojektet WOODLOOP har startat – tolv partner samlades i Östersund

Publicerad 29 september 2036 | Text: Elin Sjöberg

Under två dagar, tisdag 23 och onsdag 24 september 2036, samlades partnerna i Interreg Europe-projektet WOODLOOP i Östersund för projektets uppstartsmöte. Projektet ska under fyra år hjälpa regionala myndigheter och klusterorganisationer att förbättra sina stödprogram för cirkulär träförädling, från sågverksrester till nya byggprodukter.

Värd för mötet var Region Jämtland Härjedalen, som också är projektets ledande partner. Regionens projektledare Anders Öhlund hälsade deltagarna välkomna i regionhuset och gav en översikt över projektets arbetspaket, budget och tidsplan.

Partnerskapet

I projektet deltar tolv organisationer från åtta länder:
- Region Jämtland Härjedalen (ledande partner)
- Mittuniversitetet, Östersund
- Trästad Norr ekonomisk förening (klusterorganisation)
- Pohjois-Karjalan maakuntaliitto, Joensuu
- Agencia de Desarrollo Económico de La Rioja (ADER)
- Lesarski grozd, Ljubljana
- Vidzemes plānošanas reģions
- Holzcluster Steiermark GmbH, Graz
- Wood Technology Ireland (WTI), Limerick
- Agenția pentru Dezvoltare Regională Nord-Vest (ADR Nord-Vest), Cluj-Napoca
- Fundacja Klaster Drzewny Podkarpacie
- Association Fibois Grand Est, rådgivande partner

Program för mötet

Tisdag 23 september
09.30 Registrering och kaffe
10.00 Välkomsttal – regionråd Kristina Dahlqvist-Berg, Region Jämtland Härjedalen
10.30 Presentation av partnerna och deras styrdokument
12.00 Lunch
13.30 Interreg Europe: regler för rapportering och kommunikation – Lucía Fernández Beltrán, projektansvarig vid gemensamma sekretariatet (Joint Secretariat) i Lille
15.00 Arbetspaket 1 och 2: regionala intressentgrupper och analys
18.30 Middag på Jamtli med lokala företag

Onsdag 24 september
08.30 Studiebesök vid Trästad Norrs testbädd för korslimmat trä i Krokom
11.00 Styrgruppsmöte (endast partner)
13.00 Slutsatser och nästa steg
14.00 Avslut

Intressant redan från början

Under presentationsrundan visade det sig att nästan alla regioner har samma problem: sågverken säljer sina restprodukter billigt som bränsle, medan byggföretagen importerar skivmaterial. "Vi har pengarna i skogen men värdet hamnar någon annanstans", sammanfattade professor Henrik Lindqvist från Mittuniversitetet, som leder den vetenskapliga analysen i projektet.

Studiebesöket i Krokom väckte stort intresse. Klusterchefen Maja Nordin-Persson visade hur elva små företag delar på en presslinje som de inte skulle ha råd med var för sig. Flera av partnerna, bland dem Tomás Ó Briain från WTI och Ana-Maria Pop från ADR Nord-Vest, bad om att få återkomma med sina intressentgrupper.

Vid styrgruppsmötet utsågs Dr. Ilze Bērziņa (Vidzemes plānošanas reģions) till ordförande i styrgruppen för det första året. Gruppen godkände också partnerskapsavtalet och kommunikationsplanen.

Slutsatser från uppstartsmötet

Deltagarna enades om följande:
- Varje region bildar en intressentgrupp före december 2036 med minst en klusterorganisation och en kommun.
- Analysen av regionala stödprogram ska vara klar till den 31 mars 2037.
- Studiebesöken läggs i anslutning till partnermötena för att spara resor.
- Erfarenheter från tidigare projekt inom Interreg Europe ska samlas i en gemensam databas.

Nästa möte

Det andra partnermötet hålls i Logroño den 14–15 april 2037 och följs av ett studiebesök hos vinindustrins träleverantörer i La Rioja. Ett interregionalt seminarium om offentlig upphandling av trähus planeras till hösten 2037 i Graz.

Mötets presentationer finns på projektets webbplats för alla partner och observatörer.

Projektet WOODLOOP pågår från 1 augusti 2036 till 31 juli 2040 och har en budget på 2,1 miljoner euro, varav 80 procent från Europeiska regionala utvecklingsfonden.

Kontakt: Anders Öhlund, projektledare, Region Jämtland Härjedalen

Dela: Facebook | LinkedIn | E-post
Läs mer om Mittuniversitetets forskning inom skogsindustri

© Mittuniversitetet 2036 | Tillgänglighet | Om cookies
"""
write(F, T)
R="Region Jämtland Härjedalen"
gold(F,
 [P("Elin Sjöberg"), P("Anders Öhlund","projektledare",R),
  P("Kristina Dahlqvist-Berg","regionråd",R),
  P("Lucía Fernández Beltrán","projektansvarig","Joint Secretariat"),
  P("Henrik Lindqvist","professor","Mittuniversitetet"),
  P("Maja Nordin-Persson","Klusterchefen","Trästad Norr ekonomisk förening"),
  P("Tomás Ó Briain",None,"WTI"), P("Ana-Maria Pop",None,"ADR Nord-Vest"),
  P("Ilze Bērziņa","ordförande i styrgruppen",None)],
 [O("Mittuniversitetet"), O(R), O("Trästad Norr ekonomisk förening"), O("Pohjois-Karjalan maakuntaliitto"),
  O("Agencia de Desarrollo Económico de La Rioja","ADER"), O("Lesarski grozd"), O("Vidzemes plānošanas reģions"),
  O("Holzcluster Steiermark GmbH"), O("Wood Technology Ireland","WTI"),
  O("Agenția pentru Dezvoltare Regională Nord-Vest","ADR Nord-Vest"), O("Fundacja Klaster Drzewny Podkarpacie"),
  O("Association Fibois Grand Est"), O("Joint Secretariat")],
 [E("uppstartsmöte","2036-09-23","2036-09-24","Östersund","Sweden"),
  E("Middag","2036-09-23",None,"Östersund","Sweden"),
  E("Studiebesök","2036-09-24",None,"Krokom","Sweden"),
  E("Styrgruppsmöte","2036-09-24",None,"Östersund","Sweden"),
  E("andra partnermötet","2037-04-14","2037-04-15","Logroño","Spain"),
  E("studiebesök","2037-04",None,None,"Spain"),
  E("interregionalt seminarium om offentlig upphandling av trähus","2037",None,"Graz","Austria")],
 ["2036-09-29","2036-09-23/2036-09-24","2036-09-23","2036-09-24","2036-12","2037-03-31","2037-04-14/2037-04-15","2037","2036-08-01/2040-07-31"],
 ["Varje region bildar en intressentgrupp före december 2036 med minst en klusterorganisation och en kommun",
  "Analysen av regionala stödprogram ska vara klar till den 31 mars 2037",
  "Studiebesöken läggs i anslutning till partnermötena för att spara resor",
  "Erfarenheter från tidigare projekt inom Interreg Europe ska samlas i en gemensam databas"],
 pub="2036-09-29")
