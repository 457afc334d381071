from h import *
from email.message import EmailMessage
F = 'g10_herning_lifestyle_nyt_om_folk.eml'
assert wd(2041,3,7)=='Thursday' and wd(2041,3,21)=='Thursday' and wd(2041,4,10)=='Wednesday'
body = """Kære medlemmer

Her er marts-udgaven af vores faste rubrik "Nyt om folk". Tak til alle, der har sendt os oplysninger. Har du selv skiftet job eller fået en ny kollega, så skriv til os inden den 25. i måneden. God fornøjelse med læsningen – og tak for jeres bidrag.

Med venlig hilsen
Sanne Kjærgaard
Kommunikationsansvarlig, Lifestyle & Design Cluster Midtjylland

------------------------------------------------------------
NYT OM FOLK – MARTS 2041
------------------------------------------------------------

NY DIREKTØR I KLYNGEN
Bestyrelsen har ansat Mads Holmgaard som ny direktør for Lifestyle & Design Cluster Midtjylland (LDCM) fra 1. april 2041. Mads Holmgaard kommer fra en stilling som salgsdirektør i møbelvirksomheden Brande Møbelfabrik A/S og har tidligere været eksportrådgiver i Eksportrådet ved Den Danske Ambassade i Stockholm. Han afløser Birgitte Lauridsen, der har været klyngens direktør siden 2033.

FARVEL TIL BIRGITTE
Birgitte Lauridsen går på pension efter 38 år i tekstil- og designbranchen. Hun var med til at samle de tre gamle netværk i Herning, Ikast og Silkeborg til én klynge og har været med i bestyrelsen for Danske Klynger for Erhverv (DKE). Der holdes reception for Birgitte torsdag den 21. marts 2041 kl. 14.00–16.00 i Textilforum, Herning. Alle medlemmer er velkomne.

NYE ANSIGTER I SEKRETARIATET
Louise Bach er startet som projektleder for bæredygtige materialer. Hun kommer fra VIA University College, hvor hun var lektor i tekstilteknologi.
Jonas Frederiksen er ansat som studentermedhjælper og hjælper med klyngens nye materialebibliotek.

HOS MEDLEMMERNE
- Ikast Knit ApS har udnævnt Trine Møller-Hansen til administrerende direktør. Hun afløser stifteren Poul Erik Damgaard, som fortsætter i bestyrelsen.
- Silkeborg Leather Works I/S har fået ny produktionschef: Henrik Abildgaard, tidligere Vejle Sko A/S.
- Designstudiet Nord & Form ApS i Aarhus har ansat Amalie Winther som kreativ direktør.
- Nina Rask er ny formand for Herning Erhvervsråd. Hun er ejer af konsulentvirksomheden Rask Retail Consult.

I NETVÆRKET
- Anders Thygesen, der i ti år har været erhvervskonsulent i Herning Kommune, er blevet chef for Erhvervshus Midtjylland i Herning. Han bliver klyngens faste kontaktperson i erhvervshuset.
- Katrine Dahl fra Innovationsfonden er udpeget som ny sagsbehandler for klyngens projekter om cirkulære tekstiler. Hun har kontor i København, men deltager i materialedagen i april.
- Textilforums leder gennem femten år, Ole Kristensen, har overdraget ledelsen til kurator Lise Hvid. Ole Kristensen bliver tilknyttet museet som rådgiver, blandt andet i arbejdet med den nye samling af dansk strikdesign fra efterkrigstiden.

BESTYRELSEN
På generalforsamlingen torsdag den 7. marts 2041 blev Karsten Lund, adm. direktør i Hammerum Textile A/S, genvalgt som formand for klyngens bestyrelse. Som nyt medlem blev Mette Bjerre, VIA University College, valgt. Peter Vang Sørensen udtrådte efter seks år.

KALENDER
10. april 2041 (onsdag): Materialedag på VIA Design i Herning, kl. 9.30–15.00
5.–6. maj 2041: Klyngens studietur til Borås Textile Fashion Center i Sverige

Rubrikken redigeres af Sanne Kjærgaard. Billeder: LDCM og medlemmerne.

------------------------------------------------------------
Afmeld nyhedsbrevet | Opdater dine oplysninger | Se tidligere udgaver

Lifestyle & Design Cluster Midtjylland · Birk Centerpark 15 · 7400 Herning · CVR 00000000
"""
quoted = """

-----Oprindelig meddelelse-----
Fra: Trine Møller-Hansen <tmh@ikastknit.example.dk>
Sendt: 27. februar 2041 10:14
Til: Sanne Kjærgaard
Emne: Til Nyt om folk

Hej Sanne
Må vi komme med i næste nummer? Jeg overtager som adm. direktør hos Ikast Knit ApS pr. 1. marts, og Poul Erik bliver i bestyrelsen.
Venlig hilsen
Trine
"""
m = EmailMessage()
m['From'] = 'Sanne Kjærgaard <sk@ldcm.example.dk>'
m['To'] = 'medlemmer@ldcm.example.dk'
m['Subject'] = 'Nyt om folk – marts 2041'
m['Date'] = 'Tue, 12 Mar 2041 08:45:00 +0100'
assert wd(2041,3,12)=='Tuesday'
m.set_content(body + quoted)
open(path(F), 'wb').write(bytes(m))
C = "Lifestyle & Design Cluster Midtjylland"
gold(F,
 [P("Sanne Kjærgaard","Kommunikationsansvarlig",C), P("Mads Holmgaard","direktør",C),
  P("Birgitte Lauridsen","direktør",C), P("Louise Bach","projektleder for bæredygtige materialer",C),
  P("Jonas Frederiksen","studentermedhjælper",C), P("Trine Møller-Hansen","administrerende direktør","Ikast Knit ApS"),
  P("Poul Erik Damgaard","stifteren","Ikast Knit ApS"), P("Henrik Abildgaard","produktionschef","Silkeborg Leather Works I/S"),
  P("Amalie Winther","kreativ direktør","Nord & Form ApS"), P("Nina Rask","formand","Herning Erhvervsråd"),
  P("Karsten Lund","formand",C), P("Mette Bjerre","medlem",C), P("Peter Vang Sørensen",None,None),
  P("Anders Thygesen","chef","Erhvervshus Midtjylland"), P("Katrine Dahl","sagsbehandler","Innovationsfonden"),
  P("Ole Kristensen","rådgiver","Textilforum"), P("Lise Hvid","kurator","Textilforum")],
 [O(C,"LDCM"), O("Brande Møbelfabrik A/S"), O("Eksportrådet"), O("Den Danske Ambassade i Stockholm"),
  O("Danske Klynger for Erhverv","DKE"), O("Textilforum"), O("VIA University College"), O("Ikast Knit ApS"),
  O("Silkeborg Leather Works I/S"), O("Vejle Sko A/S"), O("Nord & Form ApS"), O("Herning Erhvervsråd"),
  O("Rask Retail Consult"), O("Hammerum Textile A/S"), O("VIA Design"), O("Borås Textile Fashion Center"), O("Herning Kommune"), O("Erhvervshus Midtjylland"), O("Innovationsfonden")],
 [E("reception for Birgitte","2041-03-21",None,"Herning","Denmark"), E("generalforsamlingen","2041-03-07",None,None,None),
  E("Materialedag","2041-04-10",None,"Herning","Denmark"),
  E("Klyngens studietur til Borås Textile Fashion Center","2041-05-05","2041-05-06","Borås","Sweden")],
 ["2041-03","2041-04-01","2033","2041-03-21","2041-03-07","2041-04-10","2041-05-05/2041-05-06","2041-02-27","2041-03-01","2041-03-12","2041-04"],
 [], "2041-03-12")
