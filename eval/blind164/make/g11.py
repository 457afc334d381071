from h import *
F = 'g11_zutphen_cluster_nieuwe_voorzitter.txt'
assert wd(2034,10,12)=='Thursday' and wd(2034,11,9)=='Thursday' and wd(2034,12,1)=='Friday'
T = """Nieuws | Achterhoek-IJssel Maakcluster
Home > Nieuws > Organisatie

Petra van den Berkmortel nieuwe voorzitter van het Maakcluster: ‘We moeten de vakmensen van morgen nu al binnenhalen’

Zutphen, 16 oktober 2034 – Door redactie Maakcluster

De algemene ledenvergadering van de vereniging Achterhoek-IJssel Maakcluster heeft op donderdag 12 oktober 2034 Petra van den Berkmortel gekozen tot voorzitter. Zij volgt Henk-Jan ter Haar op, die na acht jaar voorzitterschap afscheid nam. De vergadering vond plaats in de Hanzehof in Zutphen en werd bezocht door 112 leden.

Van den Berkmortel (49) is algemeen directeur van Berkmortel Metaalbewerking B.V. in Lochem, een familiebedrijf met 140 medewerkers dat onderdelen maakt voor landbouwmachines en de scheepsbouw. Zij zit sinds 2029 in het bestuur van het cluster, de laatste twee jaar als penningmeester. Daarnaast is zij lid van de Raad van Toezicht van het Graafschap College in Doetinchem.

Bestuur opnieuw samengesteld
Naast de nieuwe voorzitter koos de vergadering nog drie bestuursleden. Het bestuur bestaat nu uit:
– voorzitter: Petra van den Berkmortel (Berkmortel Metaalbewerking B.V.)
– vicevoorzitter: Erik Wissink, directeur van Wissink Kunststoftechniek in Doetinchem
– penningmeester: Sanne Oude Luttikhuis (Rabobank Graafschap)
– secretaris: mr. Joost van Dijk, advocaat bij Van Dijk & Kremer Advocaten
– leden: Ruud Hoitink (Hoitink Machinebouw), Fatima el Amrani (Saxion Hogeschool) en Bart ten Dam, wethouder economie van de gemeente Zutphen

De vergadering benoemde Henk-Jan ter Haar tot erelid. In zijn afscheidswoord blikte hij terug op de oprichting van het cluster in 2026, toen ‘twaalf directeuren rond een keukentafel in Vorden besloten dat ze het tekort aan technici niet meer alleen wilden oplossen’. Inmiddels telt de vereniging 186 leden in de Achterhoek en langs de IJssel, van Deventer tot Doesburg.

Interview: ‘Samen opleiden is geen luxe meer’
Wij spraken de nieuwe voorzitter kort na haar verkiezing.

Waarom wilde u voorzitter worden?
‘Omdat ik zie dat de grote vraagstukken niet meer per bedrijf op te lossen zijn. In Lochem hebben wij vier vacatures voor CNC-operators die al een half jaar openstaan. Mijn buren in Eefde en Gorssel hebben precies hetzelfde probleem. Als we blijven concurreren om dezelfde twintig mensen, verliest iedereen.’

Wat gaat het cluster daaraan doen?
‘We hebben met het Graafschap College en het Aventus in Apeldoorn afgesproken dat we samen een praktijkroute voor zij-instromers opzetten. Bedrijven leiden op in hun eigen werkplaats, de scholen verzorgen de theorie. De eerste groep van vijftien mensen begint in februari 2035.’

En de energietransitie?
‘Die is voor onze leden tegelijk een kans en een zorg. Het stroomnet in de Achterhoek zit vol, sommige bedrijven kunnen niet uitbreiden. We praten daarover met Liander en met de provincie Gelderland. Ik hoop dat we in 2035 een gezamenlijke energiehub op het bedrijventerrein De Mars in Zutphen kunnen openen.’

Wat is uw eerste afspraak?
‘Op donderdag 9 november 2034 ga ik met het bestuur op werkbezoek bij Hoitink Machinebouw in Ruurlo. En op vrijdag 1 december 2034 is onze jaarlijkse Maakcluster Netwerkavond in Deventer – daar hoop ik zoveel mogelijk leden persoonlijk te ontmoeten.’

Over het Achterhoek-IJssel Maakcluster
Het cluster is een vereniging van maakbedrijven, onderwijsinstellingen en overheden in Oost-Gelderland. Het werkt samen met Oost NL, de ontwikkelingsmaatschappij van Gelderland en Overijssel, en met de Achterhoek Board. Het bureau van het cluster wordt geleid door clustermanager Ilse Nijenhuis.

Contact voor de pers: Ilse Nijenhuis, clustermanager, i.nijenhuis@maakcluster.example.nl, 0575 00 00 00

Deel dit bericht: LinkedIn | X | Facebook | WhatsApp | E-mail

Lees ook:
– Maakcluster start praktijkroute voor zij-instromers
– Terugblik op de Techniekdag Achterhoek 2034
"""
write(F, T)
M="Achterhoek-IJssel Maakcluster"
gold(F,
 [P("Petra van den Berkmortel","voorzitter",M),
  P("Henk-Jan ter Haar","erelid",M),
  P("Erik Wissink","vicevoorzitter",M),
  P("Sanne Oude Luttikhuis","penningmeester",M),
  P("Joost van Dijk","secretaris",M),
  P("Ruud Hoitink","lid",M),
  P("Fatima el Amrani","lid",M),
  P("Bart ten Dam","lid",M),
  P("Ilse Nijenhuis","clustermanager",M)],
 [O(M), O("Berkmortel Metaalbewerking B.V."), O("Graafschap College"), O("Wissink Kunststoftechniek"),
  O("Rabobank Graafschap"), O("Van Dijk & Kremer Advocaten"), O("Hoitink Machinebouw"), O("Saxion Hogeschool"),
  O("gemeente Zutphen"), O("Aventus"), O("Liander"), O("provincie Gelderland"), O("Oost NL"), O("Achterhoek Board")],
 [E("algemene ledenvergadering","2034-10-12",None,"Zutphen","Netherlands"),
  E("werkbezoek","2034-11-09",None,"Ruurlo","Netherlands"),
  E("Maakcluster Netwerkavond","2034-12-01",None,"Deventer","Netherlands"),
  E("Techniekdag Achterhoek 2034",None,None,None,None)],
 ["2034-10-16","2034-10-12","2029","2026","2035-02","2035","2034-11-09","2034-12-01"],
 [], pub="2034-10-16")
