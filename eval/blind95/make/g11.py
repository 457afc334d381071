from h import *
F = 'g11_karlskrona_innovationspris_jury_vinnare.txt'
assert wd(2034,11,23)=='Thursday' and wd(2034,11,24)=='Friday'
T = """Blekinge Tech Cluster › Nyheter › Blekinges Innovationspris 2034

Här är vinnarna av Blekinges Innovationspris 2034

Publicerad 24 november 2034 av Elin Åkesson | Uppdaterad 24 november 2034 kl. 09.15

Tre företag, en forskargrupp och en ung entreprenör fick ta emot priser när Blekinges Innovationspris delades ut för tolfte gången på torsdagskvällen den 23 november 2034 på Kungsholms fort i Karlskrona. Över 240 gäster från näringsliv, akademi och offentlig sektor var på plats. Priset delas ut av Blekinge Tech Cluster tillsammans med Region Blekinge och Sparbanken Blekinge.

[Bild: Vinnarna samlade på scenen. Foto: Johan Nordström]

VINNARE

Årets innovation: NautiSense AB, Karlskrona
För en sensorboj som mäter syrehalt och mikroplaster i Östersjön i realtid. Priset togs emot av vd Linnea Forsberg och utvecklingschef Oskar Bengtsson. Motiveringen: ”En lösning som kombinerar hav, data och affärer på ett sätt som bara Blekinge kan.”

Årets tillväxtföretag: Ronneby Precision Composites AB
Företaget har fördubblat antalet anställda till 86 på tre år och levererar kolfiberdetaljer till fartygs- och flygindustrin. Grundaren och styrelseordföranden Kenneth Axelsson tog emot priset.

Årets hållbara omställning: Olofström Pressverk AB
För omställningen till fossilfri pressning av karossdetaljer. Priset togs emot av hållbarhetschef Sara Mahmoud.

Årets forskningssamarbete: Forskargruppen för programvaruteknik vid Blekinge tekniska högskola (BTH) och Saab Kockums AB
För ett gemensamt projekt om AI-stöd vid konstruktion av ubåtar. Priset togs emot av professor Anders Sjöholm (BTH) och Maria Lindgren, chef för systemutveckling på Saab Kockums.

Årets unga entreprenör: Amira Haddad, grundare av Lyckeby Loop
Haddad, 24 år, startade en tjänst för uthyrning av arbetskläder till industrin under sin tid på Ungdomsentreprenörskap Blekinge.

Hedersomnämnande: Sölvesborgs Energi AB för en pilotanläggning för vätgas i Sölvesborgs hamn.

JURYN 2034

Juryn bestod av sju ledamöter:
- Charlotte Wendel, ordförande, Region Blekinge, regionråd
- Henrik Dahl, vd, Sparbanken Blekinge
- Professor Ulrika Nyqvist, prorektor, Blekinge tekniska högskola
- Mikael Bergström, affärsrådgivare, ALMI Företagspartner Blekinge
- Johanna Petersson, innovationsrådgivare, Vinnova
- Tobias Ek, vd, Blekinge Tech Cluster
- Fredrik Lööw, grundare av förra årets vinnare Marinpropell AB

Jurymedlemmar som har en koppling till en nominerad deltog inte i beslutet i den kategorin. Totalt nominerades 63 företag och personer. Nomineringarna kom från allmänheten, från klustrets medlemmar och från kommunernas näringslivskontor i Karlskrona, Ronneby, Karlshamn, Olofström och Sölvesborg. Juryn träffades två gånger under oktober och besökte fem av de nominerade företagen innan beslutet fattades. Vinnarna i de fem kategorierna får 50 000 kronor vardera, ett glaskonstverk av en konstnär från Kosta och ett års coachning hos ALMI.

”Årets vinnare visar att innovation i Blekinge inte bara sker i de stora företagen. En 24-åring i Lyckeby och en global koncern i Karlskrona står på samma scen, och det är precis så det ska vara”, säger juryns ordförande Charlotte Wendel.

KVÄLLENS PROGRAM

17.30 Mingel och utställning av de nominerade
18.30 Välkommen – Tobias Ek, Blekinge Tech Cluster
18.45 Prisutdelning, moderator: Ebba Holmqvist, programledare Sveriges Radio Blekinge
20.15 Middag i Kungsholms fort
22.00 Båt tillbaka till Fisktorget (ingår i biljetten)

Tidigare vinnare av Årets innovation
2033 Marinpropell AB
2032 Blekinge Batteri Återvinning AB
2031 Karlshamns Kraftverk Digital AB

Nomineringen till Blekinges Innovationspris 2035 öppnar den 1 september 2035. Alla kan nominera, även sig själva.

Kontakt: Elin Åkesson, kommunikatör, Blekinge Tech Cluster, elin.akesson@btc.example.se, 0455-00 00 00

Dela: Facebook | LinkedIn | E-post

Blekinge Tech Cluster ekonomisk förening · Campus Gräsvik, 371 79 Karlskrona
Vi använder kakor för att förbättra webbplatsen. Godkänn | Inställningar
"""
write(F, T)
B = "Blekinge Tech Cluster"
gold(F,
 [P("Elin Åkesson","kommunikatör",B),
  P("Johan Nordström",None,None),
  P("Linnea Forsberg","vd","NautiSense AB"),
  P("Oskar Bengtsson","utvecklingschef","NautiSense AB"),
  P("Kenneth Axelsson","Grundaren och styrelseordföranden","Ronneby Precision Composites AB"),
  P("Sara Mahmoud","hållbarhetschef","Olofström Pressverk AB"),
  P("Anders Sjöholm","professor","BTH"),
  P("Maria Lindgren","chef för systemutveckling","Saab Kockums"),
  P("Amira Haddad","grundare","Lyckeby Loop"),
  P("Charlotte Wendel","ordförande","Region Blekinge"),
  P("Henrik Dahl","vd","Sparbanken Blekinge"),
  P("Ulrika Nyqvist","prorektor","Blekinge tekniska högskola"),
  P("Mikael Bergström","affärsrådgivare","ALMI Företagspartner Blekinge"),
  P("Johanna Petersson","innovationsrådgivare","Vinnova"),
  P("Tobias Ek","vd",B),
  P("Fredrik Lööw","grundare","Marinpropell AB"),
  P("Ebba Holmqvist","programledare","Sveriges Radio Blekinge")],
 [O(B), O("Region Blekinge"), O("Sparbanken Blekinge"), O("NautiSense AB"), O("Ronneby Precision Composites AB"),
  O("Olofström Pressverk AB"), O("Forskargruppen för programvaruteknik"), O("Blekinge tekniska högskola","BTH"),
  O("Saab Kockums AB"), O("Lyckeby Loop"), O("Ungdomsentreprenörskap Blekinge"), O("Sölvesborgs Energi AB"),
  O("ALMI Företagspartner Blekinge"), O("Vinnova"), O("Marinpropell AB"), O("Sveriges Radio Blekinge"),
  O("Blekinge Batteri Återvinning AB"), O("Karlshamns Kraftverk Digital AB")],
 [E("Blekinges Innovationspris 2034","2034-11-23",None,"Karlskrona","Sweden"),
  E("Mingel och utställning av de nominerade","2034-11-23",None,"Karlskrona","Sweden"),
  E("Prisutdelning","2034-11-23",None,"Karlskrona","Sweden"),
  E("Middag i Kungsholms fort","2034-11-23",None,"Karlskrona","Sweden")],
 ["2034-11-24","2034-11-23","2034-10","2033","2032","2031","2035-09-01"],
 [], "2034-11-24")
