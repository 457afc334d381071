from h import *
F = 'g02_delta_maritime_days_series.md'
for (y,m,d,w) in [(2039,9,22,'Thursday'),(2039,9,23,'Friday'),(2038,9,29,'Wednesday'),(2038,9,30,'Thursday'),(2039,6,30,'Thursday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """[Home](/) > [Events](/events) > Delta Maritime Days

# Delta Maritime Days – the series

*Last updated: 14 March 2039 · by the Zeeland Maritime Cluster events team*

Since 2033 the **Delta Maritime Days** bring together shipyards, offshore suppliers, port companies and researchers from the Scheldt estuary and the wider North Sea region. Each edition is hosted by a different port town, alternating between the Dutch and the Belgian side of the estuary. The series is organised by the Zeeland Maritime Cluster (ZMC) with the North Sea Port Business Association and, since the fourth edition, with the Flemish maritime network Blue Cluster Flanders.

> "We wanted a meeting where a welder and a port director sit at the same lunch table." – Willemijn de Kok, founder of the series and director of ZMC 2031–2038

---

## Coming edition

### 7th Delta Maritime Days – Terneuzen, 22–23 September 2039

**Theme:** Retrofit or replace? Green propulsion for the working fleet
**Venue:** Portaal van Vlaanderen, Terneuzen
**Format:** plenary, two parallel tracks, shipyard tours, B2B meetings

| | |
|---|---|
| Thursday 22 September | opening, keynotes, track sessions, harbour dinner |
| Friday 23 September | shipyard tours, B2B meetings, closing panel (until 15:00) |

Early-bird registration until 30 June 2039. Exhibitor stands (3 × 2 m) can be booked via the cluster office.

[Register now](/events/dmd2039/register) · [Call for speakers (closed)](/events/dmd2039/speakers) · [Practical information](/events/dmd2039/venue)

---

## Past editions

| No. | Year | Host city | Dates | Theme | Participants |
|---|---|---|---|---|---|
| 1st | 2033 | Vlissingen | 12–13 October 2033 | Skills for the offshore decade | 140 |
| 2nd | 2034 | Ostend | 4–5 October 2034 | Ports as energy hubs | 185 |
| 3rd | 2035 | Middelburg | 19–20 September 2035 | Digital twins at sea | 210 |
| 4th | 2036 | Zeebrugge | 25–26 September 2036 | Circular shipbuilding | 260 |
| – | 2037 | – | – | no edition (see note) | – |
| 5th | 2038 | Vlissingen | 29–30 September 2038 | Autonomous vessels in confined waters | 310 |
| 6th | 2038 | online | 1 December 2038 | Winter session: fuels and bunkering | 420 online |

*Note: in 2037 the series paused while the Vlissingen quayside was being rebuilt; members met instead at the Europort fair in Rotterdam.*

### Highlights of the 5th edition (Vlissingen, 2038)

The fifth edition, opened by the King's Commissioner in Zeeland, Hendrik-Jan Verbeek, drew a record 310 participants from nine countries. The keynote came from Sofie Vandamme, Chief Technology Officer of Damen Shipyards Vlissingen, who described the conversion of a dredger to methanol in eleven months. A panel chaired by Prof. Joris Meulemans (Ghent University, Maritime Technology Division) compared the permitting of autonomous test areas in the Netherlands and Belgium. 64 companies held 231 B2B meetings on the second day.

Presentations of the 5th edition are available in the [members' area](/members/downloads). Photo gallery: © Marco Sinke / ZMC.

### Highlights of the 4th edition (Zeebrugge, 2036)

At the fourth edition the Zeeland Maritime Cluster and Blue Cluster Flanders signed a memorandum of understanding on joint training for marine electricians. The memorandum was signed by Willemijn de Kok and by Bart Claeys, Chairman of Blue Cluster Flanders.

---

## Organising committee 2039

- Anouk Steketee, ZMC – programme (chair of the committee)
- Pieter-Jan Goossens, Blue Cluster Flanders – exhibitors and partners
- Marloes Dieleman, North Sea Port Business Association – venue and logistics
- Kees Joosse, HZ University of Applied Sciences – student challenge

## Partners

Province of Zeeland · Port of Terneuzen (North Sea Port) · HZ University of Applied Sciences · Imarex Marine Engineering BV · Scheldemond Maritime Services NV · Enterprise Europe Network Netherlands

---

**Contact**
Zeeland Maritime Cluster · Edisonweg 4, Vlissingen
events@zmc.example.nl · +31 118 000 000

[Back to events](/events) · [Newsletter](/newsletter) · [Privacy statement](/privacy)

© 2039 Zeeland Maritime Cluster · Share: LinkedIn | E-mail
"""
write(F, T)
gold(F,
 [P("Willemijn de Kok","director","ZMC"),
  P("Hendrik-Jan Verbeek","King's Commissioner in Zeeland",None),
  P("Sofie Vandamme","Chief Technology Officer","Damen Shipyards Vlissingen"),
  P("Joris Meulemans",None,"Ghent University"),
  P("Bart Claeys","Chairman","Blue Cluster Flanders"),
  P("Anouk Steketee","chair of the committee","ZMC"),
  P("Pieter-Jan Goossens",None,"Blue Cluster Flanders"),
  P("Marloes Dieleman",None,"North Sea Port Business Association"),
  P("Kees Joosse",None,"HZ University of Applied Sciences"),
  P("Marco Sinke",None,None)],
 [O("Zeeland Maritime Cluster","ZMC"), O("North Sea Port Business Association"), O("Blue Cluster Flanders"),
  O("Damen Shipyards Vlissingen"), O("Ghent University"), O("Maritime Technology Division"),
  O("HZ University of Applied Sciences"), O("Province of Zeeland"), O("Port of Terneuzen"),
  O("Imarex Marine Engineering BV"), O("Scheldemond Maritime Services NV"), O("Enterprise Europe Network Netherlands")],
 [E("7th Delta Maritime Days","2039-09-22","2039-09-23","Terneuzen","Netherlands"),
  E("harbour dinner","2039-09-22",None,"Terneuzen","Netherlands"),
  E("shipyard tours","2039-09-23",None,"Terneuzen","Netherlands"),
  E("B2B meetings","2039-09-23",None,"Terneuzen","Netherlands"),
  E("1st Delta Maritime Days","2033-10-12","2033-10-13","Vlissingen","Netherlands"),
  E("2nd Delta Maritime Days","2034-10-04","2034-10-05","Ostend","Belgium"),
  E("3rd Delta Maritime Days","2035-09-19","2035-09-20","Middelburg","Netherlands"),
  E("4th Delta Maritime Days","2036-09-25","2036-09-26","Zeebrugge","Belgium"),
  E("5th Delta Maritime Days","2038-09-29","2038-09-30","Vlissingen","Netherlands"),
  E("6th Delta Maritime Days","2038-12-01"),
  E("Europort","2037",None,"Rotterdam","Netherlands")],
 ["2039-03-14","2033","2031/2038","2039-09-22/2039-09-23","2039-06-30","2034","2035","2036","2037","2038","2039",
  "2033-10-12/2033-10-13","2034-10-04/2034-10-05","2035-09-19/2035-09-20","2036-09-25/2036-09-26",
  "2038-09-29/2038-09-30","2038-12-01","2039-09-22","2039-09-23"],
 [], pub="2039-03-14")
