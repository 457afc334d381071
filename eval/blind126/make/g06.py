from h import *
F = 'g06_kempen_chemistry_member_digest.md'
assert wd(2036,2,5)=='Tuesday' and wd(2036,2,21)=='Thursday' and wd(2036,3,11)=='Tuesday' and wd(2036,1,23)=='Wednesday'
T = """# Member News Digest – January 2036

*Kempen Chemistry & Materials Cluster vzw · compiled by the cluster office, Geel · sent to members on 31 January 2036*

> You are reading the web version of our monthly digest. [Open in browser] · [Forward to a colleague] · [Update your preferences]

---

## In this digest

1. Members in the news
2. Cluster activities in February and March
3. From our partners
4. People

---

## 1. Members in the news

**Turnhout-based Polynova NV opens pilot hall.** Polynova, a maker of bio-based coatings, inaugurated a 2,400 m² pilot hall on 23 January. The ribbon was cut by Flemish Minister for Economy, Innovation and Work Hilde Vandenbroucke and the company's CEO, Pieter-Jan Van den Eynde. *Read more on the Polynova website →*

**Umicore Olen signs recycling deal.** Umicore's plant in Olen will recycle production scrap from three cluster members under a five-year agreement (2036–2040) prepared in our Circular Metals working group.

**VITO and Thomas More team up on green solvents.** The Flemish Institute for Technological Research (VITO) in Mol and Thomas More University of Applied Sciences, Geel campus, have started a two-year project on green solvents with six SMEs from the cluster. Project lead is Dr. Annelies Claes (VITO).

**Award for Kasterlee start-up.** HydroCat BV from Kasterlee won the public prize at the Catalisti Innovation Awards in Antwerp. Founder Yusuf Demir: "We were the smallest team in the room."

---

## 2. Cluster activities

Our programme for the coming weeks – members register through the extranet:

| When | What | Where |
|---|---|---|
| Tue 5 February 2036, 16:00–19:00 | Members' café: energy prices and long-term contracts | Geel, cluster office |
| Thu 21 February 2036, 09:00–12:30 | Workshop "REACH revision – what changes for SMEs" | Thomas More, Geel |
| 11–12 March 2036 | Study visit to the Chemelot campus, Geleen (NL) | Geleen |
| 26 March 2036 | General assembly and New Year's reception (postponed from January) | Turnhout |

The workshop on 21 February is given by Mr. Bart Wouters, regulatory expert at essenscia, the Belgian federation of chemistry and life sciences industries, with a case presented by Leen Goossens-Aerts (SAFECHEM Europe).

For the study visit to Chemelot on 11–12 March (Tuesday and Wednesday), the programme is:

- Tuesday: arrival, tour of the Brightlands Chemelot Campus, dinner with the Limburg chemistry cluster
- Wednesday: company visits to Sabic and to two start-ups in the campus incubator, return by 18:00

Places are limited to 20; the cluster covers the bus.

---

## 3. From our partners

**POM Antwerpen** (the provincial development agency of Antwerp) has opened the call *Kempen Circulair 2036*. SMEs can obtain up to EUR 50,000 for a circular demonstration project. Deadline: 15 April 2036.

**Flanders Innovation & Entrepreneurship (VLAIO)** reminds members that the cluster's own innovation programme (Spearhead cluster Catalisti) accepts project ideas all year round.

**European Cluster Collaboration Platform:** our cluster profile was updated; we now hold the Silver Label of the European Cluster Excellence Initiative (ECEI), valid until December 2037.

The European Chemical Regions Network (ECRN) holds its annual assembly in Tarragona on 14 May 2036. Members who would like to join our delegation can contact the office.

---

## 4. People

- **Sofie Verhaegen** has become our new innovation manager. She joins from Agoria, where she was a business group manager from 2031 to 2035.
- **Dirk Peeters**, board member since the founding of the cluster in 2029, has left the board on his retirement from Janssen Pharmaceutica in Beerse. Thank you, Dirk!
- Our chair **Katrien Mertens-Lambrechts** (Nouryon Belgium) was re-elected as vice-president of the European Chemical Regions Network for 2036–2038.

---

*Kempen Chemistry & Materials Cluster vzw · Kleinhoefstraat 4, 2440 Geel · info@kempenchem.example.be*
*You received this e-mail because you are a contact person of a member organisation. [Unsubscribe]*
"""
write(F, T)
K = "Kempen Chemistry & Materials Cluster vzw"
gold(F,
 [P("Hilde Vandenbroucke", "Flemish Minister for Economy, Innovation and Work", None),
  P("Pieter-Jan Van den Eynde", "CEO", "Polynova NV"),
  P("Annelies Claes", "Project lead", "VITO"),
  P("Yusuf Demir", "Founder", "HydroCat BV"),
  P("Bart Wouters", "regulatory expert", "essenscia"),
  P("Leen Goossens-Aerts", None, "SAFECHEM Europe"),
  P("Sofie Verhaegen", "innovation manager", K),
  P("Dirk Peeters", "board member", K),
  P("Katrien Mertens-Lambrechts", "chair", K)],
 [O(K), O("Polynova NV"), O("Umicore"), O("Flemish Institute for Technological Research", "VITO"),
  O("Thomas More University of Applied Sciences"), O("HydroCat BV"), O("Catalisti"), O("essenscia"),
  O("SAFECHEM Europe"), O("Limburg chemistry cluster"), O("Sabic"), O("POM Antwerpen"),
  O("Flanders Innovation & Entrepreneurship", "VLAIO"), O("European Cluster Collaboration Platform"),
  O("European Cluster Excellence Initiative", "ECEI"), O("European Chemical Regions Network", "ECRN"),
  O("Agoria"), O("Janssen Pharmaceutica"), O("Nouryon Belgium")],
 [E("Catalisti Innovation Awards", None, None, "Antwerp", "Belgium"),
  E("Members' café: energy prices and long-term contracts", "2036-02-05", None, "Geel", "Belgium"),
  E("Workshop \"REACH revision – what changes for SMEs\"", "2036-02-21", None, "Geel", "Belgium"),
  E("Study visit to the Chemelot campus", "2036-03-11", "2036-03-12", "Geleen", "Netherlands"),
  E("tour of the Brightlands Chemelot Campus", "2036-03-11", None, "Geleen", "Netherlands"),
  E("dinner with the Limburg chemistry cluster", "2036-03-11", None, None, None),
  E("company visits", "2036-03-12", None, None, None),
  E("General assembly and New Year's reception", "2036-03-26", None, "Turnhout", "Belgium"),
  E("annual assembly", "2036-05-14", None, "Tarragona", "Spain")],
 ["2036-01", "2036-01-31", "2036-01-23", "2036-02", "2036-03", "2036/2040", "2036-02-05", "2036-02-21", "2036-03-11/2036-03-12",
  "2036-03-26", "2036-04-15", "2037-12", "2036-05-14", "2031/2035", "2029", "2036/2038"],
 [], pub="2036-01-31")
