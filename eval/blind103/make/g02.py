from h import *
F = 'g02_dalmatia_blue_days_archive.md'
assert wd(2039,10,12)=='Wednesday' and wd(2039,10,14)=='Friday' and wd(2039,7,15)=='Friday'
T = """[Home](/) > [Events](/events) > Blue Economy Days > Archive

# Blue Economy Days – archive of past editions

*Dalmatian Blue Economy Cluster (DBEC) · Šibenik · page updated 15 July 2039*

[Share on LinkedIn] [Share on Facebook] [Print]

The Blue Economy Days are the annual meeting place of the maritime, fisheries, marine tourism and boat-building community of Dalmatia. The series was launched in 2031 by the cluster and the Šibenik-Knin County Development Agency (RRA ŠKŽ) as a one-day workshop for 40 people; the 2038 edition brought together 610 participants from 19 countries. Every edition moves to a different coastal town and adopts a theme chosen by the cluster's members at their spring assembly.

Below you can find all past editions, with their host city, theme and a link to presentations where available. Photos are shared under the licence stated on each gallery.

## Past editions

| Year | Dates | Host city | Theme | Participants | Material |
|------|-------|-----------|-------|--------------|----------|
| 2031 | 24 September | Šibenik | Fishing ports after the pandemic years | 40 | – |
| 2032 | 6–7 October | Zadar | Mariculture and water quality | 115 | [slides](/a/2032) |
| 2033 | 12–13 October | Split | Green refits for small passenger ships | 190 | [slides](/a/2033) |
| 2034 | 4–6 October | Trogir | Digital ports and data sharing | 240 | [slides](/a/2034) · [photos](/g/2034) |
| 2035 | – | – | *cancelled (storm damage at the venue)* | – | – |
| 2036 | 8–10 October | Makarska | Blue skills: training the next crews | 355 | [report](/a/2036) |
| 2037 | 14–16 October | Biograd na Moru | Electric and hydrogen boats | 480 | [report](/a/2037) · [video](/v/2037) |
| 2038 | 5–7 October | Šibenik | Offshore wind and fisheries: sharing the sea | 610 | [report](/a/2038) · [photos](/g/2038) |

## Highlights of the last edition (2038)

- Opening by **Marija Kovačević-Lalić**, President of the Dalmatian Blue Economy Cluster, and **Ante Jurišić**, Prefect of Šibenik-Knin County.
- Keynote by **Dr Sven Oltmanns**, Head of Maritime Spatial Planning at the Federal Maritime and Hydrographic Agency (BSH), on how the North Sea countries allocate space between wind farms and fishing grounds.
- Panel moderated by **Lucija Bašić**, journalist at *Slobodna Dalmacija*, with the Croatian Chamber of Economy, the Fishermen's Cooperative Omiš and the shipyard Brodosplit-Mali.
- B2B meetings on the second day: 212 meetings between 118 organisations, arranged with the help of Enterprise Europe Network Croatia.
- Site visit on 7 October 2038 to the aquaculture research station of the Ruđer Bošković Institute in Martinska.
- Award "Blue Idea of the Year" to the start-up KelpKraft d.o.o. from Rogoznica.

Full report: [DBEC_BlueDays_2038_report.pdf](/a/2038) (4.2 MB)

## Next edition

The **Blue Economy Days 2039** will take place from **Wednesday, 12 to Friday, 14 October 2039** in **Hvar**, on the theme *Tourism, water and energy on small islands*. The call for speakers is open until 31 July 2039. Partners of the 2039 edition: the Split-Dalmatia County Development Agency (RERA SD), the University of Split – Faculty of Maritime Studies and the Island Energy Transition Secretariat.

*Note: the programme page for the 2039 edition will be published in August. Hotel quotas in Hvar are limited; members are asked to book through the cluster office.*

## Contact

Dalmatian Blue Economy Cluster
Obala palih omladinaca 4, 22000 Šibenik, Croatia
Event coordinator: **Petra Radić**, events@dbec.example.hr, +385 22 000 000

---

Photo credits: Blue Economy Days 2038 © DBEC / Tomislav Grubišić. Archive data compiled by the cluster office; participant numbers are registrations at the door.

[Back to events](/events) · [Newsletter](/newsletter) · [Privacy](/privacy)
"""
write(F, T)
gold(F,
 [P("Marija Kovačević-Lalić","President","Dalmatian Blue Economy Cluster"),
  P("Ante Jurišić","Prefect of Šibenik-Knin County",None),
  P("Sven Oltmanns","Head of Maritime Spatial Planning","Federal Maritime and Hydrographic Agency"),
  P("Lucija Bašić","journalist","Slobodna Dalmacija"),
  P("Petra Radić","Event coordinator","Dalmatian Blue Economy Cluster"),
  P("Tomislav Grubišić",None,None)],
 [O("Dalmatian Blue Economy Cluster","DBEC"),
  O("Šibenik-Knin County Development Agency","RRA ŠKŽ"),
  O("Federal Maritime and Hydrographic Agency","BSH"), O("Slobodna Dalmacija"),
  O("Croatian Chamber of Economy"), O("Fishermen's Cooperative Omiš"), O("Brodosplit-Mali"),
  O("Enterprise Europe Network Croatia"), O("Ruđer Bošković Institute"), O("KelpKraft d.o.o."),
  O("Split-Dalmatia County Development Agency","RERA SD"),
  O("University of Split – Faculty of Maritime Studies"), O("Island Energy Transition Secretariat")],
 [E("Blue Economy Days 2031","2031-09-24",None,"Šibenik","Croatia"),
  E("Blue Economy Days 2032","2032-10-06","2032-10-07","Zadar","Croatia"),
  E("Blue Economy Days 2033","2033-10-12","2033-10-13","Split","Croatia"),
  E("Blue Economy Days 2034","2034-10-04","2034-10-06","Trogir","Croatia"),
  E("Blue Economy Days 2036","2036-10-08","2036-10-10","Makarska","Croatia"),
  E("Blue Economy Days 2037","2037-10-14","2037-10-16","Biograd na Moru","Croatia"),
  E("Blue Economy Days 2038","2038-10-05","2038-10-07","Šibenik","Croatia"),
  E("B2B meetings","2038-10-06",None,"Šibenik","Croatia"),
  E("Site visit","2038-10-07",None,"Martinska","Croatia"),
  E("Blue Economy Days 2039","2039-10-12","2039-10-14","Hvar","Croatia")],
 ["2039-07-15","2031","2031-09-24","2032-10-06/2032-10-07","2033-10-12/2033-10-13","2034-10-04/2034-10-06","2035",
  "2036-10-08/2036-10-10","2037-10-14/2037-10-16","2038-10-05/2038-10-07","2038-10-07","2039-10-12/2039-10-14","2039-07-31","2039-08"],
 [], pub="2039-07-15")
print(F, words(T))
