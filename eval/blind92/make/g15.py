from h import *
F = 'g15_bornholm_energiklynge_ny_direktoer.txt'
assert wd(2041,1,4)=='Friday' and wd(2041,1,24)=='Thursday' and wd(2041,3,1)=='Friday'
T = """Bornholms Energiklynge – Nyheder
Forside › Nyheder › Organisation
------------------------------------------------------------

Ny klyngedirektør på Bornholm: Mette Kofoed afløser Lars Hjorth

Rønne, fredag den 4. januar 2041 · Af Signe Ipsen, kommunikationsansvarlig · Læsetid 4 min

Bestyrelsen for Bornholms Energiklynge har ansat Mette Kofoed som ny klyngedirektør. Hun tiltræder fredag den 1. marts 2041 og afløser Lars Hjorth, der har ledet klyngen siden 2033 og nu går på pension.

Mette Kofoed er 44 år, uddannet civilingeniør fra DTU og har de seneste syv år været afdelingschef for offshore-net i Energinet i Fredericia. Før det arbejdede hun hos Ørsted med tilslutning af havvindmølleparker i Østersøen. Hun er født og opvokset i Svaneke og flytter nu tilbage til øen med sin familie.

"Bornholm skal være stedet, hvor energiøen bliver til virkelighed, og hvor de lokale virksomheder får en del af opgaverne. Det vil jeg arbejde for fra første dag," siger Mette Kofoed.

Bestyrelsesformand Henrik Mortensen, administrerende direktør i Bornholms Energi & Forsyning A/S, glæder sig over ansættelsen: "Vi fik 23 ansøgninger, og Mette var det klare valg. Hun kender både de store energiselskaber og øens virksomheder."

Mette Kofoeds første opgaver bliver at lægge en ny strategi for perioden efter 2042, at styrke samarbejdet med havnen om service af havvindmøller og at få flere unge bornholmere i lære hos klyngens medlemmer. Hun vil i løbet af foråret besøge alle medlemsvirksomheder og holde åbne morgenmøder for medlemmerne hver måned.

Tak til Lars

Lars Hjorth kom til klyngen fra Bornholms Regionskommune i 2033. Under hans ledelse voksede klyngen fra 19 til 64 medlemmer, og klyngen blev en del af den nationale klyngeorganisation Energy Cluster Denmark som regional node. Han var også med til at starte projektet BALTIC ENERGY ISLAND sammen med Campus Bornholm og Rønne Havn A/S.

"Jeg har haft verdens bedste job. Nu glæder jeg mig til at have tid til båden," siger Lars Hjorth, der fortsætter som rådgiver for bestyrelsen frem til generalforsamlingen i april.

Afskedsreception

Klyngen holder afskedsreception for Lars Hjorth torsdag den 24. januar 2041 kl. 15.00–17.00 på Campus Bornholm, Minervavej 1, Rønne. Borgmester Jacob Trøst og direktør for Energy Cluster Denmark, Anders Stouge, holder tale. Tilmelding til signe.ipsen@energiklynge.example.dk senest 20. januar.

Andre ændringer i sekretariatet

- Rasmus Holm, projektleder, bliver konstitueret klyngedirektør fra 1. februar til 28. februar 2041.
- Camilla Westh starter 1. februar 2041 som erhvervskonsulent med fokus på leverandørudvikling; hun kommer fra Business Center Bornholm.
- Peter Lund Sørensen, økonomiansvarlig, går ned i tid og arbejder fremover 30 timer om ugen.

Bestyrelsen 2040–2042

Formand: Henrik Mortensen (Bornholms Energi & Forsyning A/S)
Næstformand: Birgitte Munch (Munch Elteknik ApS)
Medlemmer: Jonas Thorsen (Rønne Havn A/S), Lene Kjøller (Campus Bornholm), Ole Bech (Bornholms Regionskommune), Karin Dam (Nexø Stålværk A/S) og Thomas Riis (Dansk Industri Bornholm)

Om klyngen

Bornholms Energiklynge er en forening med 64 medlemmer: energiselskaber, havn, entreprenører, elinstallatører, uddannelsesinstitutioner og kommunen. Klyngen hjælper lokale virksomheder med at blive leverandører til energiøen, havvindparkerne og de nye fjernvarmeanlæg. Sekretariatet har seks medarbejdere og holder til på Campus Bornholm.

Kontakt
Henrik Mortensen, bestyrelsesformand, tlf. 56 00 00 00
Signe Ipsen, kommunikationsansvarlig, signe.ipsen@energiklynge.example.dk

Foto: Mette Kofoed ved Rønne Havn. Fotograf: Bo Schou / Bornholms Energiklynge

Del: Facebook · LinkedIn · Mail · Print

Læs også
› 12.12.2040 Julefrokost og årets leverandørpris
› 28.11.2040 Klyngen på Offshore Energy i Amsterdam
› 07.11.2040 Ny aftale med Energy Cluster Denmark
"""
write(F, T)
B='Bornholms Energiklynge'
gold(F,
 [P('Signe Ipsen','kommunikationsansvarlig',B), P('Mette Kofoed','klyngedirektør',B), P('Lars Hjorth','rådgiver for bestyrelsen',B),
  P('Henrik Mortensen','Bestyrelsesformand',B), P('Jacob Trøst','Borgmester',None),
  P('Anders Stouge','direktør','Energy Cluster Denmark'), P('Rasmus Holm','projektleder',B),
  P('Camilla Westh','erhvervskonsulent',B), P('Peter Lund Sørensen','økonomiansvarlig',B),
  P('Birgitte Munch','Næstformand',B), P('Jonas Thorsen','Medlem','Rønne Havn A/S'), P('Lene Kjøller','Medlem','Campus Bornholm'),
  P('Ole Bech','Medlem','Bornholms Regionskommune'), P('Karin Dam','Medlem','Nexø Stålværk A/S'),
  P('Thomas Riis','Medlem','Dansk Industri Bornholm'), P('Bo Schou',None,B)],
 [O(B), O('DTU'), O('Energinet'), O('Ørsted'), O('Bornholms Energi & Forsyning A/S'), O('Bornholms Regionskommune'),
  O('Energy Cluster Denmark'), O('Campus Bornholm'), O('Rønne Havn A/S'), O('Business Center Bornholm'),
  O('Munch Elteknik ApS'), O('Nexø Stålværk A/S'), O('Dansk Industri Bornholm')],
 [E('afskedsreception','2041-01-24',None,'Rønne','Denmark'), E('generalforsamlingen','2041-04',None,None,None),
  E('Julefrokost',None,None,None,None), E('Offshore Energy',None,None,'Amsterdam','Netherlands')],
 ['2041-01-04','2042','2041-03-01','2033','2041-01-24','2041-01-20','2041-02-01/2041-02-28','2041-02-01','2040/2042',
  '2040-12-12','2040-11-28','2040-11-07'],
 [], pub='2041-01-04')
