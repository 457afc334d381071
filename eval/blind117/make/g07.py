from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_bodo_energiklynge_medlemsbrev.eml'
assert wd(2042,4,22)=='Tuesday' and wd(2042,4,23)=='Wednesday' and wd(2042,6,3)=='Tuesday' and wd(2042,5,5)=='Monday' and wd(2042,4,28)=='Monday'
body = """Hei alle sammen,

her kommer en kort oppsummering fra klyngesamlingen i Luleå forrige uke, og en invitasjon til to aktiviteter før sommeren. Svar gjerne direkte på denne e-posten.

1) KLYNGESAMLING I LULEÅ, 22.–23. APRIL

Sju av våre medlemmer var med til Luleå, der Interreg Aurora-prosjektet "Arctic Zero Emission Shipping" hadde sin tredje partnersamling. Vertskap var den svenske klyngen Swedish Arctic Maritime Network (SAMN) sammen med Luleå tekniska universitet. Fra Finland deltok Oulu Energy Cluster og havneselskapet Oulun Satama Oy.

Programmet tirsdag 22. april startet med en omvisning i havnen i Luleå, der havnedirektør Annika Sjöberg-Nilsson viste planene for landstrøm og et ammoniakklart kaianlegg. På ettermiddagen hadde vi B2B-møter mellom 31 bedrifter, og dagen ble avsluttet med felles middag på Kulturens hus. Onsdag 23. april var det arbeidsverksted om finansiering, ledet av prosjektkoordinator Mikko Häkkinen fra Oulu Energy Cluster.

Viktigste lærdommer fra samlingen:
- Svenske og finske havner er lenger fremme enn oss med landstrøm, men de mangler leverandører av ladeutstyr for mindre fartøy
- Det er mulig å søke felles prosjekter om hydrogen i ferjedrift, men vi må ha en norsk offentlig partner med fra starten
- Bedriftene våre bør presentere seg med referanseprosjekter, ikke med produktkataloger

Torgeir Nilsen Hammari fra Hammari Elektro AS fikk tre konkrete forespørsler på B2B-møtene og reiser tilbake til Luleå i mai. Gratulerer!

2) MATCHMAKING PÅ NOR-SHIPPING

Klyngen har fått 10 plasser på den europeiske matchmakingen under Nor-Shipping i Lillestrøm 3. juni 2042, som arrangeres av Enterprise Europe Network Norge og Innovasjon Norge. Påmeldingsfrist er mandag 5. mai. Vi dekker deltakeravgiften for medlemmer med under 50 ansatte.

3) MEDLEMSMØTE OG STYREMØTE

Årets medlemsmøte holdes i Bodø mandag 28. april kl. 12.00–15.00 på Nord universitet, med innlegg fra fylkesråd for næring i Nordland fylkeskommune, Silje Bentsen-Aas. Styremøte kl. 09.00 samme dag.

4) NYTT FRA MEDLEMMENE

Verftet Rognan Båtbyggeri AS har levert sin første helelektriske arbeidsbåt til et oppdrettsselskap i Lofoten, med batteripakke fra klyngemedlemmet Polar Power Systems AS i Mo i Rana. Samarbeidet startet på vår leverandørdag i november i fjor. Daglig leder i verftet, Ingvild Strøm-Olsen, forteller at de nå har to nye forespørsler fra Troms.

Vi ønsker også velkommen til tre nye medlemmer: Salten Havnevesen KF, konsulentselskapet Arktis Energiråd AS og Fauske Sveis og Mekaniske AS. Klyngen har dermed 64 medlemmer.

Påminnelse: søknadsfristen for Innovasjon Norges klyngeprogram for neste periode er 15. mai 2042. Styret behandler vår søknad på styremøtet 28. april.

Med vennlig hilsen

Kristoffer Lauvås
Daglig leder | Nordland Energiklynge
Nordland Energiklynge SA, Sjøgata 21, 8006 Bodø
+47 900 00 000 | kristoffer@nordlandenergiklynge.example.no

Denne e-posten er sendt til alle medlemmer av Nordland Energiklynge. Vil du ikke lenger motta medlemsbrev? Svar "avmeld".

-----Opprinnelig melding-----
Fra: Mikko Häkkinen <mikko.hakkinen@oulu-energy.example.fi>
Sendt: fredag 25. april 2042 14:07
Til: AZES partners
Emne: Thank you and next steps

Dear partners,
thank you for two productive days in Luleå. The presentations are now in the shared folder, together with the list of participants and the photos. Please send me your comments on the draft work plan for the second project year by 9 May, so that the steering group can approve it before the summer. Swedish Arctic Maritime Network has offered to collect the case studies on shore power. Our next partner meeting will be hosted in Bodø in October 2042; Kristoffer will send a date proposal.
Best regards,
Mikko Häkkinen
Project Coordinator, Oulu Energy Cluster
"""
assert wd(2042,4,25)=='Friday'
m = EmailMessage()
m['From'] = 'Kristoffer Lauvås <kristoffer@nordlandenergiklynge.example.no>'
m['To'] = 'medlemmer@nordlandenergiklynge.example.no'
m['Subject'] = 'Medlemsbrev: oppsummering fra Luleå + Nor-Shipping + medlemsmøte'
m['Date'] = format_datetime(datetime.datetime(2042,4,29,8,31,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
N="Nordland Energiklynge SA"; O_="Oulu Energy Cluster"
gold(F,
 [P("Annika Sjöberg-Nilsson","havnedirektør",None),
  P("Mikko Häkkinen","prosjektkoordinator",O_),
  P("Torgeir Nilsen Hammari",None,"Hammari Elektro AS"),
  P("Silje Bentsen-Aas","fylkesråd for næring","Nordland fylkeskommune"),
  P("Kristoffer Lauvås","Daglig leder","Nordland Energiklynge"),
  P("Ingvild Strøm-Olsen","Daglig leder","Rognan Båtbyggeri AS")],
 [O(N), O("Swedish Arctic Maritime Network","SAMN"), O("Luleå tekniska universitet"), O(O_), O("Oulun Satama Oy"),
  O("Hammari Elektro AS"), O("Enterprise Europe Network Norge"), O("Innovasjon Norge"), O("Nord universitet"),
  O("Nordland fylkeskommune"), O("Rognan Båtbyggeri AS"), O("Polar Power Systems AS"),
  O("Salten Havnevesen KF"), O("Arktis Energiråd AS"), O("Fauske Sveis og Mekaniske AS")],
 [E("klyngesamlingen","2042-04-22","2042-04-23","Luleå","Sweden"),
  E("omvisning i havnen i Luleå","2042-04-22",None,"Luleå","Sweden"),
  E("B2B-møter","2042-04-22",None,"Luleå","Sweden"),
  E("felles middag","2042-04-22",None,"Luleå","Sweden"),
  E("arbeidsverksted om finansiering","2042-04-23",None,"Luleå","Sweden"),
  E("matchmakingen under Nor-Shipping","2042-06-03",None,"Lillestrøm","Norway"),
  E("Nor-Shipping","2042-06-03",None,"Lillestrøm","Norway"),
  E("medlemsmøte","2042-04-28",None,"Bodø","Norway"),
  E("Styremøte","2042-04-28",None,"Bodø","Norway"),
  E("leverandørdag",None,None,None,None),
  E("partner meeting","2042-10",None,"Bodø","Norway")],
 ["2042-04-29","2042-04-22/2042-04-23","2042-04-22","2042-04-23","2042-06-03","2042-05-05","2042-04-28","2042-04-25","2042-10","2042-05","2042-05-15","2042-05-09"],
 ["Svenske og finske havner er lenger fremme enn oss med landstrøm, men de mangler leverandører av ladeutstyr for mindre fartøy",
  "Det er mulig å søke felles prosjekter om hydrogen i ferjedrift, men vi må ha en norsk offentlig partner med fra starten",
  "Bedriftene våre bør presentere seg med referanseprosjekter, ikke med produktkataloger"],
 pub="2042-04-29")
