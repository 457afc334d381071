from common import *
doc = "trade-mission-singapore-2035-report.md"
write(doc, """
# Trade mission of the Adriatic ICT Cluster to Singapore, 3–7 December 2035 — Report

*Zagreb, 19 December 2035 · Prepared by the cluster secretariat (contact: Ivana Marković Šarić, international
projects manager)*

## Summary

Eight Croatian software and electronics companies travelled to Singapore with the **Adriatic ICT Cluster (AICT)**
from 3 to 7 December 2035. The mission was organised with the Croatian Chamber of Economy (HGK) and the Enterprise
Europe Network partner in Singapore, and coincided with the **Asia Smart Ports Forum** (5–6 December). In five days
the companies held 61 one-to-one meetings, 17 of them with potential customers that have asked for an offer.

Delegation leader: **Damir Kovačević**, President of AICT and CEO of Lumen Systems d.o.o. The Croatian Ambassador to
Singapore, **Vesna Horvat-Ilić**, hosted a reception for the delegation at her residence on 4 December.

## Participating companies

| Company | City | Field |
|---|---|---|
| Lumen Systems d.o.o. | Zagreb | port logistics software |
| Tempora Labs d.o.o. | Split | maritime IoT sensors |
| Brodokod d.o.o. | Rijeka | ship design software |
| Quadrant Analytics j.d.o.o. | Osijek | data analytics |
| Vox Istra d.o.o. | Pula | voice AI |
| NordAdria Electronics d.d. | Varaždin | industrial electronics |
| Kvarner Cloud d.o.o. | Rijeka | cloud services |
| Sigma Pay d.o.o. | Zagreb | payments |

## Programme and meetings

**Monday 3 December** — Arrival; market briefing at the EU Delegation by **Laurent Fischbach**, trade counsellor,
on public procurement rules and the EU–Singapore Free Trade Agreement.

**Tuesday 4 December** — Visit to PSA's innovation centre in Pasir Panjang. Company meetings at the Singapore
Maritime Institute campus (22 meetings). Evening reception at the ambassador's residence.

**Wednesday 5 December** — Asia Smart Ports Forum, day 1. AICT shared a stand with HGK. Tempora Labs presented its
hull-stress sensor in the start-up corner; **Petra Jurić**, CTO of Tempora Labs d.o.o., was interviewed by a
regional trade magazine.

**Thursday 6 December** — Forum day 2 and B2B area (27 meetings). Brodokod met three shipyards.

**Friday 7 December** — Individual follow-up meetings (12) and return flights.

## Results

- 61 meetings, 17 offer requests, 2 non-disclosure agreements signed (Lumen Systems, Kvarner Cloud)
- Sigma Pay d.o.o. agreed a pilot with a Singapore payment provider, to start in March 2036
- NordAdria Electronics d.d. was invited to a supplier audit in January 2036

## Lessons learned

- Meetings arranged by the EEN partner were better qualified than meetings booked through the forum app.
- Singapore buyers expect a local partner or office; a shared desk for Croatian companies should be examined.
- Follow-up meetings on the last day worked, but companies asked for a shorter programme next time.

## Next steps

AICT will organise a debriefing for all members on 22 January 2036 in Zagreb and plans a second mission to Singapore
and Kuala Lumpur in November 2036. Applications for that mission open on 1 June 2036.

*The mission was co-financed by the Ministry of Economy of the Republic of Croatia.*
""")
gold(doc, "2035-12-19",
 [P("Ivana Marković Šarić","international projects manager","Adriatic ICT Cluster"),
  P("Damir Kovačević","President","AICT"), P("Vesna Horvat-Ilić","Croatian Ambassador to Singapore",None),
  P("Laurent Fischbach","trade counsellor","EU Delegation"), P("Petra Jurić","CTO","Tempora Labs d.o.o.")],
 [O("Adriatic ICT Cluster","AICT"), O("Croatian Chamber of Economy","HGK"), O("Enterprise Europe Network","EEN"),
  O("Lumen Systems d.o.o."), O("Tempora Labs d.o.o."), O("Brodokod d.o.o."), O("Quadrant Analytics j.d.o.o."),
  O("Vox Istra d.o.o."), O("NordAdria Electronics d.d."), O("Kvarner Cloud d.o.o."), O("Sigma Pay d.o.o."),
  O("EU Delegation"), O("PSA"), O("Singapore Maritime Institute"), O("Ministry of Economy of the Republic of Croatia")],
 [E("Trade mission of the Adriatic ICT Cluster to Singapore","2035-12-03","2035-12-07","Singapore","Singapore"),
  E("Asia Smart Ports Forum","2035-12-05","2035-12-06","Singapore","Singapore"),
  E("debriefing for all members","2036-01-22",None,"Zagreb","Croatia"),
  E("second mission to Singapore and Kuala Lumpur","2036-11",None,"Singapore, Kuala Lumpur",None)],
 ["2035-12-03/2035-12-07","2035-12-19","2035-12-05/2035-12-06","2035-12-04","2035-12-03","2035-12-05","2035-12-06","2035-12-07",
  "2036-03","2036-01","2036-01-22","2036-11","2036-06-01"],
 ["Meetings arranged by the EEN partner were better qualified than meetings booked through the forum app",
  "Singapore buyers expect a local partner or office; a shared desk for Croatian companies should be examined",
  "Follow-up meetings on the last day worked, but companies asked for a shorter programme next time"])
