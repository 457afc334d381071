from h import *
F = 'g08_gavleborg_installt_flyttat.txt'
assert wd(2041,2,12)=='Tuesday' and wd(2041,2,13)=='Wednesday' and wd(2041,4,23)=='Tuesday' and wd(2041,2,7)=='Thursday'
assert wd(2041,2,14)=='Thursday' and wd(2041,3,6)=='Wednesday'
T = """Metallklustret Gävleborg – Nyheter

Startsida > Nyheter > Ändrade evenemang

VIKTIGT: Materialdagarna 2041 ställs in i februari – ny tid i april
Publicerad 7 februari 2041, uppdaterad 10 februari 2041 kl. 16.20 | Kategori: Evenemang

På grund av den pågående strejken inom inrikesflyget och den snöstorm som SMHI varnar för i Gävleborg och Dalarna har styrgruppen för Materialdagarna beslutat att ställa in konferensen på plats den 12–13 februari 2041 i Sandviken.

– Vi har över 40 talare och utställare som skulle resa från Göteborg, Luleå och utlandet, och vi kan inte garantera att de kommer fram. Hellre skjuter vi upp än genomför en halv konferens, säger Karin Lindqvist Öberg, verksamhetsledare för Metallklustret Gävleborg.

Så här gör vi:

1. Konferensen flyttas till tisdag–onsdag 23–24 april 2041, på samma plats: Göransson Arena i Sandviken. Programmet är i stort sett detsamma, men lunchen flyttas till arenans övre foajé. Huvudtalaren professor Mattias Hedlund från Kungliga Tekniska högskolan (KTH) har bekräftat det nya datumet.

2. Workshopen "Hållbara legeringar – vad kräver kunderna?" som skulle hållas den 13 februari genomförs i stället digitalt den 14 februari 2041 kl. 9.00–11.30 i Teams. Moderator är Anders Nyström från Jernkontoret. Länk skickas till anmälda deltagare.

3. Studiebesöket hos Sandvik Coromant och i testbädden vid Högskolan i Gävle ställs in helt. Vi återkommer med en ny tid under hösten.

4. Mingelmiddagen på Högbo Bruk den 12 februari ställs in. Högbo Bruk har gått med på att flytta bokningen till den 23 april.

Varför inte hela konferensen digitalt?
Styrgruppen diskuterade att flytta hela programmet till nätet, men de flesta talare och utställare ville träffa deltagarna på plats. Materialdagarna bygger på möten mellan företag, forskare och studenter, och de mötena fungerar dåligt i en digital sal. Därför blir bara workshopen digital, eftersom den redan var planerad som ett arbetsmöte i mindre grupper med gemensamma dokument.

– Det är tråkigt, men rätt beslut. Vi har redan bokat om våra biljetter, skriver Jonas Ekholm, vd för Ockelbo Precisionsgjuteri AB, i en kommentar på LinkedIn.

Redan anmäld?
Din anmälan gäller automatiskt för det nya datumet. Om du inte kan delta den 23–24 april får du full återbetalning av deltagaravgiften. Meddela oss senast den 6 mars 2041 via anmälningslänken eller e-post. Hotellrum som bokats via vårt avtal med Scandic Gävle Väst avbokas av oss utan kostnad.

Utställare
Montrar och sponsorpaket flyttas till april. Kontaktperson för utställare är Elin Bergström, projektledare, tfn 026-00 00 00.

Uppdatering 10 februari kl. 16.20: Flera deltagare har frågat om de digitala delarna. Öppningstalet av landshövding Per-Erik Sundin spelas in och publiceras på vår webbplats den 12 februari kl. 10.00. Panelsamtalet med Region Gävleborg, Almi Företagspartner Gävleborg och Business Sweden sänds inte, utan hålls i april.

Om Materialdagarna
Materialdagarna arrangeras av Metallklustret Gävleborg tillsammans med Högskolan i Gävle och Region Gävleborg. Konferensen hölls första gången 2033 och samlade förra året 420 deltagare. Tema 2041 är "Stål för en fossilfri framtid".

Andra evenemang i vår
- 6 mars 2041: Frukostmöte om kompetensförsörjning, Gävle
- 9–10 april 2041: Nordic Steel Matchmaking, Luleå (i samarbete med Enterprise Europe Network Sverige)
- 22 maj 2041: Klustrets årsstämma, Hofors

Kontakt
Karin Lindqvist Öberg, verksamhetsledare
Elin Bergström, projektledare
info@metallklustret.example.se

Dela: LinkedIn | Facebook | E-post

Metallklustret Gävleborg ek. för. | Storgatan 10, 811 30 Sandviken | Org.nr 000000-0000
Vi använder kakor för att förbättra webbplatsen. Läs mer i vår integritetspolicy.
"""
write(F, T)
C = "Metallklustret Gävleborg"
gold(F,
 [P("Karin Lindqvist Öberg","verksamhetsledare",C),
  P("Mattias Hedlund","professor","Kungliga Tekniska högskolan"),
  P("Anders Nyström","Moderator","Jernkontoret"),
  P("Elin Bergström","projektledare",None),
  P("Per-Erik Sundin","landshövding",None),
  P("Jonas Ekholm","vd","Ockelbo Precisionsgjuteri AB")],
 [O("Metallklustret Gävleborg ek. för."), O("SMHI"), O("Kungliga Tekniska högskolan","KTH"), O("Jernkontoret"), O("Sandvik Coromant"),
  O("Högskolan i Gävle"), O("Högbo Bruk"), O("Scandic Gävle Väst"), O("Region Gävleborg"),
  O("Almi Företagspartner Gävleborg"), O("Business Sweden"), O("Enterprise Europe Network Sverige"), O("Ockelbo Precisionsgjuteri AB")],
 [E("Materialdagarna 2041","2041-04-23","2041-04-24","Sandviken","Sweden"),
  E("Hållbara legeringar – vad kräver kunderna?","2041-02-14"),
  E("Studiebesöket hos Sandvik Coromant och i testbädden vid Högskolan i Gävle",None,None,None,None),
  E("Mingelmiddagen","2041-04-23",None,"Sandviken","Sweden"),
  E("Öppningstalet","2041-02-12"),
  E("Frukostmöte om kompetensförsörjning","2041-03-06",None,"Gävle","Sweden"),
  E("Nordic Steel Matchmaking","2041-04-09","2041-04-10","Luleå","Sweden"),
  E("Klustrets årsstämma","2041-05-22",None,"Hofors","Sweden")],
 ["2041-02-07","2041-02-10","2041-02-12/2041-02-13","2041-04-23/2041-04-24","2041-02-13","2041-02-14","2041-02-12","2041-04-23",
  "2041-03-06","2033","2041","2041-04-09/2041-04-10","2041-05-22",
  "2041-02","2041-04"],  # third pass: "ställs in i februari – ny tid i april", "flyttas till april", "hålls i april"
 [], pub="2041-02-07")
print(F, words(T))
