from h import *
F = 'g12_split_nautical_webinar_recap.md'
assert wd(2037,10,13)=='Tuesday' and wd(2037,11,10)=='Tuesday'
T = """Adriatic Nautical Cluster · [Home](/) · [About](/about) · [Members](/members) · [Events](/events) · [Knowledge](/knowledge) · [Contact](/contact) · HR | EN

> We use cookies to make this site work and to understand how it is used. [Accept](#) [Settings](#)

[Knowledge](/knowledge) › [Webinars](/knowledge/webinars) › Recap

# Webinar recap: Electric boats in the Adriatic – are marinas ready?

*Posted 20 October 2037 by Ana Perković · Reading time 6 min · Category: Webinars, Energy transition*

![Screenshot of the webinar panel](/img/webinar-e-boats.jpg)
*The four panellists and the moderator during the discussion. Screenshot: Adriatic Nautical Cluster*

On Tuesday 13 October 2037, from 10:00 to 11:45, the Adriatic Nautical Cluster (ANK) held the third webinar of its autumn series "Blue Transition Talks". The topic was the readiness of marinas in Croatia for electric and hybrid boats. 186 people registered and 131 followed the session live, most of them marina operators, boat builders, charter companies and local authorities from Dalmatia, Istria and Kvarner.

The webinar was opened by **Ivan Bašić**, president of ANK and owner of the Kaštela shipyard Brodogradilište Bašić d.o.o., who recalled that one in four new boats sold by cluster members in 2037 had an electric or hybrid drive, against one in twenty only five years earlier.

## Speakers

- **Dr. Marija Jurišić-Kovač**, Faculty of Maritime Studies, University of Split – *Charging demand in marinas: a model for the Split-Dalmatia County*
- **Luka Tomić**, technical director, ACI Marinas – *Two seasons with fast chargers: what we learned in Trogir and Šibenik*
- **Dr. Paolo Benedetti**, project manager, Friuli Venezia Giulia Maritime Technology Cluster (mareFVG) – *Electric boating on the northern Adriatic: the Italian experience*
- **Snježana Radić**, head of the energy department, Regional Development Agency of Split-Dalmatia County (RERA SD) – *Funding for marina grids from 2038*

Moderation: **Ana Perković**, project coordinator, ANK

## Agenda

| Time | Item |
|---|---|
| 10:00 | Welcome – Ivan Bašić |
| 10:10 | Charging demand in marinas – Dr. Marija Jurišić-Kovač |
| 10:30 | Fast chargers in practice – Luka Tomić |
| 10:45 | The Italian experience – Dr. Paolo Benedetti |
| 11:00 | Funding for marina grids – Snježana Radić |
| 11:15 | Questions and discussion |
| 11:45 | End |

## What we heard

Dr. Jurišić-Kovač presented a model of charging demand for the 34 marinas of Split-Dalmatia County. If the share of electric boats keeps growing at the present rate, the peak demand on a summer Saturday will exceed the grid connection of at least half of the marinas by 2041. Luka Tomić explained that the fast chargers installed by ACI Marinas in Trogir and Šibenik were used far more by day-trip boats than by yachts, and that most users paid by card and not by app. Dr. Benedetti showed how marinas in Trieste and Grado share one booking and payment system for charging. Snježana Radić announced that a call for the modernisation of port grids is planned under the regional programme in the spring of 2038.

In the discussion, several charter companies asked for a common plug standard along the whole coast, and a representative of the Port Authority of Split asked who should pay for grid upgrades when the marina is on a public concession. Ivan Bašić closed the session by proposing that the cluster set up a working group of marina operators and boat builders to draft a common position before the call opens.

## Key takeaways

1. Grid capacity, not the chargers themselves, is the main limit for electric boating in Croatian marinas
2. Marinas should plan charging together with solar panels and batteries on site, not as a separate investment
3. A common plug standard and one payment system for the whole Adriatic coast would remove the biggest obstacle for charter fleets
4. Day-trip and taxi boats are the first market; large yachts will follow later
5. Concession contracts for marinas need a clause on who finances grid upgrades

## Next in the series

- **Blue Transition Talks #4: Recycling of fibreglass boats** – Tuesday 10 November 2037, 10:00, online
- **Nautical Cluster Day 2037** – 3 December 2037, Split, Hotel Park conference hall (in person)

The recording of the webinar and the slides of all speakers are available to members in the [knowledge area](/knowledge/members). Non-members can request them at info@ank.example.hr.

## About the series

*Blue Transition Talks* is a series of six webinars organised by ANK with the support of the Ministry of the Sea, Transport and Infrastructure of the Republic of Croatia. It runs from September 2037 to February 2038. Earlier episodes:

- #1 Alternative fuels for ferries – 15 September 2037
- #2 Digital tools for marina management – 29 September 2037

---

**Share:** [Facebook](#) · [LinkedIn](#) · [E-mail](#)

**Tags:** #electricboats #marinas #webinar #BlueTransitionTalks

**Contact:** Ana Perković, project coordinator · ana.perkovic@ank.example.hr · +385 21 000 000

Adriatic Nautical Cluster · Obala kneza Branimira 00, 21000 Split · [Privacy](/privacy) · [Imprint](/imprint)
"""
write(F, T)
C = "Adriatic Nautical Cluster"
gold(F,
 [P("Ana Perković","project coordinator","ANK"),
  P("Ivan Bašić","president","ANK"),
  P("Marija Jurišić-Kovač",None,"Faculty of Maritime Studies, University of Split"),
  P("Luka Tomić","technical director","ACI Marinas"),
  P("Paolo Benedetti","project manager","Friuli Venezia Giulia Maritime Technology Cluster"),
  P("Snježana Radić","head of the energy department","Regional Development Agency of Split-Dalmatia County")],
 [O(C,"ANK"), O("Brodogradilište Bašić d.o.o."), O("Faculty of Maritime Studies"), O("University of Split"),
  O("ACI Marinas"), O("Friuli Venezia Giulia Maritime Technology Cluster","mareFVG"),
  O("Regional Development Agency of Split-Dalmatia County","RERA SD"), O("Port Authority of Split"),
  O("Ministry of the Sea, Transport and Infrastructure of the Republic of Croatia")],
 [E("Electric boats in the Adriatic – are marinas ready?","2037-10-13"),
  E("Blue Transition Talks","2037-09","2038-02"),
  E("Blue Transition Talks #4: Recycling of fibreglass boats","2037-11-10"),
  E("Nautical Cluster Day 2037","2037-12-03",None,"Split","Croatia"),
  E("Alternative fuels for ferries","2037-09-15"),
  E("Digital tools for marina management","2037-09-29")],
 ["2037-10-20","2037-10-13","2037","2041","2038","2037-11-10","2037-12-03","2037-09/2038-02","2037-09-15","2037-09-29"],
 ["Grid capacity, not the chargers themselves, is the main limit for electric boating in Croatian marinas",
  "Marinas should plan charging together with solar panels and batteries on site, not as a separate investment",
  "A common plug standard and one payment system for the whole Adriatic coast would remove the biggest obstacle for charter fleets",
  "Day-trip and taxi boats are the first market; large yachts will follow later",
  "Concession contracts for marinas need a clause on who finances grid upgrades"],
 "2037-10-20")
