from mk import *
doc = "tlsc-newsletter-2033-04.md"
text(doc, """
# TLSC Newsletter · April 2033

*Tiszántúl Life Science Cluster — news for members and partners in Debrecen, Nyíregyháza and beyond*

[View in browser](#) | [Unsubscribe](#)

---

## Editorial

Dear members, spring is conference season. This issue lists seven events where you will meet us, from a
GMP clinic in Debrecen to BIO-Europe Spring in Milan. We also welcome three new members: Hajdú Peptides Kft.,
the contract lab AnaliTech Zrt. and the University of Debrecen's Clinical Research Centre.

— Eszter Kovács-Nagy, managing director, TLSC

---

## Events

> **Friday, 15 April 2033 · 09:00–13:00 · Debrecen**
> ### GMP clinic: preparing for an EU-GMP inspection
> Small-group workshop with a former inspector, Dr. Gábor Szilágyi,
> now senior consultant at QualiPharm Advisory Kft. Max. 20 participants. Venue: Debrecen Science Park, building B.

> **24–26 March 2033 · Milan, Italy**
> ### BIO-Europe Spring — already happened
> Six TLSC members had over 90 partnering meetings in Milan. Thank you to the Hungarian National Trading House
> for the joint stand.

> **7 May 2033 · online**
> ### Webinar: Horizon Europe health calls for SMEs
> With the National Research, Development and Innovation Office (NKFIH). Speaker:
> Réka Balogh, national contact point.

> **20–21 May 2033 · Nyíregyháza**
> ### Biotech Summer Camp for PhD students
> Two days of pitching, lab tours and career talks with cluster companies. Applications until 30 April.

> **4 June 2033 · Debrecen, Kölcsey Centre**
> ### TLSC Annual General Meeting
> Approval of the 2032 accounts, election of two board members. Proxies by 28 May.

> **June 2033 (date tbc) · Szeged**
> ### Joint workshop with the Southern Great Plain health cluster
> Clinical trial networks in eastern Hungary and Romania. Organised with the
> Oradea-based Crișana MedTech Association.

> **16–18 September 2033 · Budapest**
> ### Life Science Hungary Days
> Hungary's largest life-science partnering event; the cluster will host a panel on regional manufacturing.

---

## In brief

- The cluster's office moves to Debrecen Science Park on 1 May.
- Our 2033–2034 skills survey closes on 12 April; thank you to the 38 companies that already answered.

Editor: Dániel Fekete · TLSC, Egyetem tér 1, Debrecen · newsletter@tlsc.example
""")
gold(doc, None,
 [P("Eszter Kovács-Nagy", "managing director", "TLSC"), P("Gábor Szilágyi", "senior consultant", "QualiPharm Advisory Kft."),
  P("Réka Balogh", "national contact point", "NKFIH"), P("Dániel Fekete", None, "TLSC")],
 [O("Tiszántúl Life Science Cluster", "TLSC"), O("Hajdú Peptides Kft."), O("AnaliTech Zrt."),
  O("University of Debrecen"), O("Clinical Research Centre"), O("QualiPharm Advisory Kft."),
  O("Debrecen Science Park"), O("Hungarian National Trading House"),
  O("National Research, Development and Innovation Office", "NKFIH"), O("Crișana MedTech Association")],
 [E("GMP clinic: preparing for an EU-GMP inspection", "2033-04-15", "2033-04-15", "Debrecen", "Hungary"),
  E("BIO-Europe Spring", "2033-03-24", "2033-03-26", "Milan", "Italy"),
  E("Webinar: Horizon Europe health calls for SMEs", "2033-05-07", "2033-05-07", None, None),
  E("Biotech Summer Camp for PhD students", "2033-05-20", "2033-05-21", "Nyíregyháza", "Hungary"),
  E("TLSC Annual General Meeting", "2033-06-04", "2033-06-04", "Debrecen", "Hungary"),
  E("Joint workshop with the Southern Great Plain health cluster", "2033-06", "2033-06", "Szeged", "Hungary"),
  E("Life Science Hungary Days", "2033-09-16", "2033-09-18", "Budapest", "Hungary")],
 ["2033-04", "2033-04-15", "2033-03-24/2033-03-26", "2033-05-07", "2033-05-20/2033-05-21", "2033-04-30",
  "2033-06-04", "2032", "2033-05-28", "2033-06", "2033-09-16/2033-09-18", "2033-05-01", "2033/2034", "2033-04-12"])
