from h import *
F = 'g03_krakow_aerospace_conference_programme.md'
assert wd(2040,6,13)=='Wednesday' and wd(2040,6,14)=='Thursday' and wd(2040,5,18)=='Friday'
T = """[Home](/) · [About the conference](/about) · **Programme** · [Speakers](/speakers) · [Venue & travel](/venue) · [Register](/register)

# Małopolska Aviation & Space Days 2040
## Programme (version 4, published 22 May 2040)

**13–14 June 2040 · ICE Kraków Congress Centre, ul. Marii Konopnickiej 17, Kraków**

Organised by the **Aviation Valley Małopolska Cluster** together with the **Małopolska Regional Development Agency (MARR)** and the **Cracow University of Technology**. Conference languages: English and Polish, with simultaneous interpretation in the main hall (Sala Audytoryjna). Parallel sessions are in English only.

> Early-bird registration ends on **Friday, 18 May 2040**. Exhibitor set-up: 12 June from 14:00.

---

### Day 1 – Wednesday, 13 June 2040

| Time | Main hall | |
|---|---|---|
| 08:00–09:00 | Registration and welcome coffee | |
| 09:00–09:30 | **Opening**. Welcome by Katarzyna Wójcik-Lis, President of the Board, Aviation Valley Małopolska Cluster; Marshal of the Małopolska Region Piotr Zawada; Prof. Andrzej Szymański, Rector, Cracow University of Technology | |
| 09:30–10:15 | **Keynote**: "Europe's next regional aircraft – where will it be built?" – Dr. Hélène Castaing, Vice-President Industrial Strategy, Aerolia Aérostructures | |
| 10:15–11:15 | **Panel**: Supply chains after the ramp-up. Moderator: Michał Dębski (Polish Space Agency). With Johan Verstraete (Flemish Aerospace Group), Iwona Kaczmarek (WZL-2 Kraków) and Ricardo Alves (AED Cluster Portugal) | |
| 11:15–11:45 | Coffee break and exhibition | |

| Time | Session A – Room Wisła | Session B – Room Dunajec |
|---|---|---|
| 11:45–13:15 | **A1. Composites and repair** – chair: Dr. Ewa Nowak-Gil (AGH University of Krakow). Speakers: Tomasz Pietrzyk (CompoTech Rzeszów), Greta Lindholm (RISE Research Institutes of Sweden) | **B1. Small satellites made in Małopolska** – chair: Paweł Lis (SatRev Kraków). Speakers: Anna Hrabia (Creotech Instruments), Lukas Brandner (Austrian Space Cluster) |
| 13:15–14:15 | Lunch | |
| 14:15–15:45 | **A2. Digital twins on the shop floor** – chair: Jakub Ostrowski (Cracow University of Technology). Speakers: Marta Reis (CEiiA), Bartosz Kowal (Siemens Digital Industries Poland) | **B2. Skills and apprenticeships** – chair: Dorota Mazur (Vocational Training Centre Nowa Huta). Speakers: Ilse de Groot (Inholland Aeronautical Engineering), Krzysztof Bąk (Lufthansa Technik Kraków) |
| 15:45–16:15 | Coffee break | |
| 16:15–17:30 | **B2B meetings** (pre-booked via the matchmaking platform, Hall C) | |
| 19:30 | **Conference dinner** at Hotel Stary, Szczepańska 5 (invitation only; shuttle from ICE at 19:00) | |

### Day 2 – Thursday, 14 June 2040

| Time | Main hall | |
|---|---|---|
| 08:30–09:00 | Morning coffee | |
| 09:00–09:45 | **Keynote**: "Space Act, export control and SMEs" – Dr. Francesca Rinaldi, Head of Sector, European Commission, DG DEFIS | |
| 09:45–10:45 | **Panel**: Funding the cluster's next decade. Moderator: Joanna Kral (MARR). With Bernd Hofstätter (Bavarian Aerospace Cluster), Zofia Jasińska (Bank Gospodarstwa Krajowego) and Ondřej Vávra (Moravian Aerospace Cluster) | |
| 10:45–11:15 | Coffee break | |

| Time | Session C – Room Wisła | Session D – Room Dunajec |
|---|---|---|
| 11:15–12:30 | **C1. Hydrogen and sustainable aviation fuels** – chair: Piotr Grabowski (Kraków Airport). Speakers: Elena Moretti (Distretto Aerospaziale della Campania), Filip Wrona (Grupa Azoty) | **D1. Start-up pitches** – ten start-ups, jury chaired by Agnieszka Kołodziej (Kraków Technology Park) |
| 12:30–13:00 | **Closing session**: conclusions of the rapporteurs and announcement of the 2041 host city | |
| 13:00–14:00 | Lunch | |
| 14:00–17:30 | **Site visits** (choose one when registering; buses from ICE at 14:00): | |
| | Visit 1: Pratt & Whitney Rzeszów test cell (limited to 25 persons, ID required) | |
| | Visit 2: Aerolab of the Cracow University of Technology, Czyżyny campus | |
| | Visit 3: Kraków Airport maintenance hangars, Balice | |

---

### Practical information

- **Fees**: members of the cluster and of partner clusters PLN 450; non-members PLN 900; students and start-ups (under three years old) free of charge. The fee covers both conference days, lunches and coffee breaks; the site visits are free but must be booked.
- **B2B meetings**: profiles can be created on the matchmaking platform until 6 June 2040. Meeting slots last 20 minutes.
- **Accessibility**: all rooms at ICE Kraków are step-free. Please tell us about any access or dietary needs when registering.
- **Getting there**: ICE Kraków is a 10-minute walk from the Main Square; tram lines 1, 6 and 8 stop at Jubilat. Kraków Airport is connected to the city centre by train every 30 minutes.
- **Accommodation**: reduced rates are available at three hotels near the venue until 20 May 2040 with the code AVM2040.

**Speakers' corner**: all presentations will be uploaded within a week after the conference. Photos: Studio Fotograficzne Kadr, Kraków.

**Contact**: conference office – Małgorzata Szewczyk, Event Manager, Aviation Valley Małopolska Cluster, events@avm-cluster.example.pl, +48 12 000 00 00.

*The programme may change. Last change: room of session B1 moved from Room Raba to Room Dunajec.*

[Download the programme (PDF)](/files/programme-v4.pdf) · [Add to calendar](/ics) · Share: [LinkedIn](#) [Facebook](#)

© 2040 Aviation Valley Małopolska Cluster · [Privacy policy](/privacy) · This site uses cookies.
"""
write(F, T)
AV="Aviation Valley Małopolska Cluster"; CUT="Cracow University of Technology"
gold(F,
 [P("Katarzyna Wójcik-Lis","President of the Board",AV),
  P("Piotr Zawada","Marshal of the Małopolska Region",None),
  P("Andrzej Szymański","Rector",CUT),
  P("Hélène Castaing","Vice-President Industrial Strategy","Aerolia Aérostructures"),
  P("Michał Dębski","Moderator","Polish Space Agency"),
  P("Johan Verstraete",None,"Flemish Aerospace Group"),
  P("Iwona Kaczmarek",None,"WZL-2 Kraków"),
  P("Ricardo Alves",None,"AED Cluster Portugal"),
  P("Ewa Nowak-Gil","chair","AGH University of Krakow"),
  P("Tomasz Pietrzyk","Speaker","CompoTech Rzeszów"),
  P("Greta Lindholm","Speaker","RISE Research Institutes of Sweden"),
  P("Paweł Lis","chair","SatRev Kraków"),
  P("Anna Hrabia","Speaker","Creotech Instruments"),
  P("Lukas Brandner","Speaker","Austrian Space Cluster"),
  P("Jakub Ostrowski","chair",CUT),
  P("Marta Reis","Speaker","CEiiA"),
  P("Bartosz Kowal","Speaker","Siemens Digital Industries Poland"),
  P("Dorota Mazur","chair","Vocational Training Centre Nowa Huta"),
  P("Ilse de Groot","Speaker","Inholland Aeronautical Engineering"),
  P("Krzysztof Bąk","Speaker","Lufthansa Technik Kraków"),
  P("Francesca Rinaldi","Head of Sector","DG DEFIS"),
  P("Joanna Kral","Moderator","MARR"),
  P("Bernd Hofstätter",None,"Bavarian Aerospace Cluster"),
  P("Zofia Jasińska",None,"Bank Gospodarstwa Krajowego"),
  P("Ondřej Vávra",None,"Moravian Aerospace Cluster"),
  P("Piotr Grabowski","chair","Kraków Airport"),
  P("Elena Moretti","Speaker","Distretto Aerospaziale della Campania"),
  P("Filip Wrona","Speaker","Grupa Azoty"),
  P("Agnieszka Kołodziej","jury chair","Kraków Technology Park"),
  P("Małgorzata Szewczyk","Event Manager",AV)],
 [O(AV), O("Małopolska Regional Development Agency","MARR"), O(CUT), O("Aerolia Aérostructures"),
  O("Polish Space Agency"), O("Flemish Aerospace Group"), O("WZL-2 Kraków"), O("AED Cluster Portugal"),
  O("AGH University of Krakow"), O("CompoTech Rzeszów"), O("RISE Research Institutes of Sweden"), O("SatRev Kraków"),
  O("Creotech Instruments"), O("Austrian Space Cluster"), O("CEiiA"), O("Siemens Digital Industries Poland"),
  O("Vocational Training Centre Nowa Huta"), O("Inholland Aeronautical Engineering"), O("Lufthansa Technik Kraków"),
  O("European Commission"), O("DG DEFIS"), O("Bavarian Aerospace Cluster"), O("Bank Gospodarstwa Krajowego"),
  O("Moravian Aerospace Cluster"), O("Kraków Airport"), O("Distretto Aerospaziale della Campania"), O("Grupa Azoty"),
  O("Kraków Technology Park"), O("Pratt & Whitney Rzeszów"), O("Studio Fotograficzne Kadr")],
 [E("Małopolska Aviation & Space Days 2040","2040-06-13","2040-06-14","Kraków","Poland"),
  E("B2B meetings","2040-06-13",None,"Kraków","Poland"),
  E("Conference dinner","2040-06-13",None,"Kraków","Poland"),
  E("Site visits","2040-06-14",None,None,None)],
 ["2040-05-22","2040-06-13/2040-06-14","2040-05-18","2040-06-12","2040-06-13","2040-06-14","2040-06-06","2040-05-20"],
 [], "2040-05-22")
