from h import *
from email.message import EmailMessage
F='soenderborg-energiklynge-generalforsamling-2035.eml'
body=f'''Kære medlemmer af Sønderborg Energiklynge

Hermed indkaldes til ordinær generalforsamling i foreningen Sønderborg Energiklynge (SEK)

{wd(2035,3,22,'da')} den 22. marts 2035 kl. 15.00–17.30
Alsion, Alsion 2, 6400 Sønderborg (lokale U55 i stueplanen)

Generalforsamlingen indledes kl. 14.00 med et oplæg af Mette Kjærsgaard Holm, direktør for Energy Cluster Denmark, om "Klyngernes rolle i den grønne omstilling frem mod 2040". Herefter kaffe og kage. Efter generalforsamlingen er der netværksmiddag kl. 18.00 i Alsions restaurant for de tilmeldte.

DAGSORDEN
1. Valg af dirigent og referent
2. Bestyrelsens beretning for 2034 v/ formand Niels Peter Østergaard
3. Fremlæggelse og godkendelse af årsregnskab 2034
4. Fremlæggelse af handlingsplan og budget for 2035, herunder fastsættelse af kontingent
5. Behandling af indkomne forslag
6. Valg af bestyrelsesmedlemmer (se nedenfor)
7. Valg af suppleanter
8. Valg af revisor
9. Eventuelt

VALG TIL BESTYRELSEN
Bestyrelsen består af syv medlemmer, som vælges for to år ad gangen. I år er fire pladser på valg:
- Niels Peter Østergaard, Danfoss Drives A/S – genopstiller ikke (har siddet siden 2027)
- Karin Lund-Jessen, Syddansk Universitet (SDU), Mads Clausen Instituttet – genopstiller
- Henrik Brodersen, Sønderborg Forsyning A/S – genopstiller
- Aylin Demir, Nordic PowerTech ApS – genopstiller ikke

Bestyrelsen foreslår som nye medlemmer:
- Jens-Christian von Holstein, adm. direktør, Als Hydrogen ApS
- Birgitte Sønnichsen, innovationschef, Sønderborg Kommune

Bestyrelsen konstituerer sig selv efter generalforsamlingen. Det er bestyrelsens indstilling, at Karin Lund-Jessen vælges som ny formand.

ÅRET DER GIK – UDDRAG AF BERETNINGEN
Klyngen fik i 2034 elleve nye medlemmer og tæller nu 86 virksomheder og videninstitutioner. Sekretariatet gennemførte 23 arrangementer med i alt 1.140 deltagere, heriblandt konferencen "Power-to-X på Als" i september og en studietur til Rotterdam med 18 deltagere. Tre nye samarbejdsprojekter om overskudsvarme og grøn brint blev sat i gang med støtte fra Danmarks Erhvervsfremmebestyrelse. Årsregnskabet viser et mindre overskud, som bestyrelsen foreslår overført til egenkapitalen. Kontingentet foreslås uændret for 2035.

Bestyrelsen vil gerne takke Niels Peter Østergaard for otte års formandskab. Han har været med til at gøre klyngen til en af de mest aktive energiklynger i Syddanmark og fortsætter som medlem af klyngens strategiske råd.

PRAKTISK
Der er gratis parkering ved Alsion. Generalforsamlingen foregår på dansk; oplægget kl. 14.00 holdes på engelsk, så også vores tyske medlemmer fra Flensborg kan følge med. Deltagelse er gratis for medlemmer, og middagen koster 295 kr. pr. person, som faktureres efterfølgende.

Forslag, der ønskes behandlet på generalforsamlingen, skal være sekretariatet i hænde senest {wd(2035,3,8,'da')} den 8. marts 2035. Opstilling af andre kandidater til bestyrelsen skal ske skriftligt senest samme dato. Regnskab og handlingsplan sendes ud senest en uge før generalforsamlingen.

Hver medlemsvirksomhed har én stemme. Et medlem kan give fuldmagt til et andet medlem; fuldmagtsblanketten er vedhæftet.

Tilmelding til generalforsamling og middag senest {wd(2035,3,15,'da')} den 15. marts 2035 via linket nedenfor eller ved svar på denne mail.

Vi ser frem til at se jer!

Med venlig hilsen

Sofie Damgaard Thomsen
Klyngechef
Sønderborg Energiklynge
Alsion 2, 6400 Sønderborg
Tlf. +45 74 00 12 34 · sdt@energiklynge-sdb.example.dk

Sønderborg Energiklynge er en medlemsforening for virksomheder og videninstitutioner i Sønderborg-området, der arbejder med energieffektivitet, Power-to-X og elektrificering.

-----Oprindelig meddelelse-----
Fra: Sofie Damgaard Thomsen
Sendt: {wd(2035,1,20,'da')} 20. januar 2035 09:12
Til: medlemmer@energiklynge-sdb.example.dk
Emne: Sæt kryds i kalenderen: generalforsamling 22. marts

Kære alle

Godt nytår! Et par datoer til kalenderen i foråret 2035:

- 22. marts: Ordinær generalforsamling i Alsion, Sønderborg (indkaldelse følger)
- 27.–28. marts: Green Hydrogen Valleys Matchmaking (online) sammen med Enterprise Europe Network Danmark – profiler kan oprettes til og med 20. marts
- 10. april: Temadag om varmepumper i industrien hos Danfoss Climate Solutions i Nordborg
- 5. juni: Sommerafslutning med grillaften på havnen i Sønderborg

Sidste år deltog 41 medlemmer i generalforsamlingen, og vi håber at blive endnu flere i år. Husk, at medlemmer, der ønsker at stille op til bestyrelsen, kan kontakte valgudvalget ved Henrik Brodersen.

Venlig hilsen
Sofie
'''
m=EmailMessage()
m['From']='Sofie Damgaard Thomsen <sdt@energiklynge-sdb.example.dk>'
m['To']='medlemmer@energiklynge-sdb.example.dk'
m['Subject']='Indkaldelse til ordinær generalforsamling 22. marts 2035'
m['Date']='Thu, 01 Mar 2035 10:04:17 +0100'
m.set_content(body)
open(os.path.join(B,'docs',F),'wb').write(bytes(m))
SEK='Sønderborg Energiklynge'
gold(F,[P('Mette Kjærsgaard Holm','direktør','Energy Cluster Denmark'),P('Niels Peter Østergaard','formand',SEK),P('Karin Lund-Jessen',None,'Mads Clausen Instituttet'),
 P('Henrik Brodersen',None,'Sønderborg Forsyning A/S'),P('Aylin Demir',None,'Nordic PowerTech ApS'),P('Jens-Christian von Holstein','adm. direktør','Als Hydrogen ApS'),
 P('Birgitte Sønnichsen','innovationschef','Sønderborg Kommune'),P('Sofie Damgaard Thomsen','Klyngechef',SEK)],
 [O(SEK,'SEK'),O('Energy Cluster Denmark'),O('Danfoss Drives A/S'),O('Syddansk Universitet','SDU'),O('Mads Clausen Instituttet'),O('Sønderborg Forsyning A/S'),
  O('Nordic PowerTech ApS'),O('Als Hydrogen ApS'),O('Sønderborg Kommune'),O('Enterprise Europe Network Danmark'),O('Danfoss Climate Solutions'),O('Danmarks Erhvervsfremmebestyrelse')],
 [E('ordinær generalforsamling','2035-03-22','2035-03-22','Sønderborg','Denmark'),
  E('netværksmiddag','2035-03-22','2035-03-22','Sønderborg','Denmark'),E('Green Hydrogen Valleys Matchmaking','2035-03-27','2035-03-28',None,None),
  E('Power-to-X på Als','2034-09','2034-09',None,None),E('studietur til Rotterdam','2034','2034','Rotterdam','Netherlands'),E('Temadag om varmepumper i industrien','2035-04-10','2035-04-10','Nordborg','Denmark'),E('Sommerafslutning med grillaften','2035-06-05','2035-06-05','Sønderborg','Denmark')],
 ['2035-03-22','2040','2034','2035','2027','2035-03-08','2035-03-15','2035-01-20','2035-03-27/2035-03-28','2035-03-20','2035-04-10','2035-06-05','2035-03-01','2034-09'],pub='2035-03-01')
