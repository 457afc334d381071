from h import *
F = 'g02_kokkola_chemistry_days.md'
assert wd(2040,10,2)=='Tuesday' and wd(2040,10,3)=='Wednesday' and wd(2040,10,1)=='Monday'
T = """[Home](/) | [About the cluster](/about) | [Members](/members) | **Events** | [Projects](/projects) | [Contact](/contact) | [FI](/fi) [SV](/sv)

# Kokkola Chemistry Days

*The annual meeting place of the Nordic process and battery chemicals industry – since 2035*

Kokkola Chemistry Days are organised every autumn by the Central Ostrobothnia Chemistry Cluster (COCC) together with Centria University of Applied Sciences and KIP Service Oy, the operator of Kokkola Industrial Park, the largest inorganic chemicals cluster in the Nordic countries. Two days of talks, site visits and matchmaking bring together producers, technology suppliers, researchers and the public authorities that grant the permits.

## Kokkola Chemistry Days 2040 – 2–3 October 2040

**Theme: Permits, people and power – what the next plant needs**

- **Tuesday 2 October, 09:00** – Opening by Harri Kivelä-Backman, Chair of the Board of COCC, and by Regional Mayor Annika Storbacka of the Regional Council of Central Ostrobothnia
- **Tuesday 2 October, 13:00** – Parallel sessions on permitting, skilled workers and grid capacity
- **Tuesday 2 October, 19:00** – Cluster dinner at Kokkola Harbour, sponsored by Boliden Kokkola
- **Wednesday 3 October, 08:30** – Site visits to the industrial park (bus departs from the conference venue; safety shoes provided)
- **Wednesday 3 October, 11:00** – B2B meetings for suppliers and plant operators, in cooperation with Enterprise Europe Network Finland

Early-bird registration closes on **31 August 2040**; final registration deadline **21 September 2040**. A pre-event for students, "Chemistry careers morning", will be held at Centria's Talonpojankatu campus on Monday 1 October.

[Register now](/register) · [Download the draft programme (PDF)](/kcd2040.pdf)

## Past editions

### Kokkola Chemistry Days 2039
18–19 September 2039 · 410 participants · Theme: battery chemicals value chain. Keynote by Dr. Liisa Rautiainen-Bäck, Research Director at the Geological Survey of Finland (GTK). On the second day the edition hosted the first Nordic battery-materials matchmaking, with 160 meetings.

**Key takeaways from 2039**
- Permitting times for new chemical plants must be cut to under twelve months if the Nordic battery value chain is to stay in Europe
- Companies in the park should share one training pool for process operators instead of competing for the same people
- Surplus heat from the park can cover a third of Kokkola's district heating demand by 2045

### Kokkola Chemistry Days 2038
20–21 September 2038 · 350 participants · Theme: hydrogen and electrification of process heat. Guests from the Port of Oulu and from Swedish partner IUC Norrbotten in Luleå.

### Kokkola Chemistry Days 2037
Held online on 23 September 2037 because of the renovation of the conference centre · 520 online viewers.

### Kokkola Chemistry Days 2036
September 2036 · a one-day seminar at Centria with about 150 participants, on process safety and automation.

### Kokkola Chemistry Days 2035
October 2035 · the founding edition, also a one-day seminar at Centria with about 140 participants. It was opened by then cluster manager Jonas Forsgård, who led COCC from 2034 to 2039.

## Venue and travel
All sessions of the 2040 edition take place in the centre of Kokkola, ten minutes' walk from the railway station. The bus to the industrial park leaves at 08:15 sharp on the second morning; participants who join only the site visits must still register, because the park admits visitors on a named list only. Hotel rooms at a reduced rate can be booked with the code KCD40 until the early-bird deadline.

Are you a student or a teacher? Vocational schools in the region can book a free group place for up to ten students per school. Exhibitor tables (EUR 600, including two passes) are still available for suppliers.

## Contact
Event manager: **Maija Nevalainen-Öhman**, COCC, events@cocc.example.fi, +358 40 000 0000
Cluster manager: **Tobias Hägglund**

---
Central Ostrobothnia Chemistry Cluster · Kokkola, Finland · Supported by the Regional Council of Central Ostrobothnia · [Privacy](/privacy) · [Newsletter](/newsletter)
"""
write(F, T)
C="Central Ostrobothnia Chemistry Cluster"
gold(F,
 [P("Harri Kivelä-Backman","Chair of the Board",C),
  P("Annika Storbacka","Regional Mayor","Regional Council of Central Ostrobothnia"),
  P("Liisa Rautiainen-Bäck","Research Director","Geological Survey of Finland"),
  P("Jonas Forsgård","cluster manager",C),
  P("Maija Nevalainen-Öhman","Event manager",C),
  P("Tobias Hägglund","Cluster manager",C)],
 [O(C,"COCC"), O("Centria University of Applied Sciences"), O("KIP Service Oy"), O("Kokkola Industrial Park"),
  O("Regional Council of Central Ostrobothnia"), O("Boliden Kokkola"), O("Enterprise Europe Network Finland"),
  O("Geological Survey of Finland","GTK"), O("Port of Oulu"), O("IUC Norrbotten")],
 [E("Kokkola Chemistry Days 2040","2040-10-02","2040-10-03","Kokkola","Finland"),
  E("Cluster dinner","2040-10-02",None,"Kokkola","Finland"),
  E("Site visits","2040-10-03",None,"Kokkola","Finland"),
  E("B2B meetings","2040-10-03",None,"Kokkola","Finland"),
  E("Chemistry careers morning","2040-10-01",None,"Kokkola","Finland"),
  E("Kokkola Chemistry Days 2039","2039-09-18","2039-09-19","Kokkola","Finland"),
  E("Nordic battery-materials matchmaking","2039-09-19",None,"Kokkola","Finland"),
  E("Kokkola Chemistry Days 2038","2038-09-20","2038-09-21","Kokkola","Finland"),
  E("Kokkola Chemistry Days 2037","2037-09-23",None,None,None),
  E("Kokkola Chemistry Days 2035","2035-10",None,"Kokkola","Finland"),
  E("Kokkola Chemistry Days 2036","2036-09",None,"Kokkola","Finland")],
 ["2035","2040-10-02/2040-10-03","2040-10-02","2040-10-03","2040-08-31","2040-09-21","2040-10-01",
  "2039-09-18/2039-09-19","2039","2045","2038-09-20/2038-09-21","2037-09-23","2035-10","2036-09","2034/2039"],
 ["Permitting times for new chemical plants must be cut to under twelve months if the Nordic battery value chain is to stay in Europe",
  "Companies in the park should share one training pool for process operators instead of competing for the same people",
  "Surplus heat from the park can cover a third of Kokkola's district heating demand by 2045"])
